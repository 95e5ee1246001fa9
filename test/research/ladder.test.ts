import { registerClaims } from './claims';
import { ladder } from './systems/ladder';

registerClaims(ladder);
