import { registerClaims } from './claims';
import { limits } from './systems/limits';

registerClaims(limits);
