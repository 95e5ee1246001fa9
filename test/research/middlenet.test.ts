import { registerClaims } from './claims';
import { middlenet } from './systems/middlenet';

registerClaims(middlenet);
