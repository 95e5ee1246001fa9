import { registerClaims } from './claims';
import { cai } from './systems/cai';

registerClaims(cai);
