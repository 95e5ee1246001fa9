import { registerClaims } from './claims';
import { prism } from './systems/prism';

registerClaims(prism);
