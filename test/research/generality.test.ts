import { registerClaims } from './claims';
import { generality } from './systems/generality';

registerClaims(generality);
