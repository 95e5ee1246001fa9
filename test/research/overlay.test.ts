import { registerClaims } from './claims';
import { overlay } from './systems/overlay';

registerClaims(overlay);
