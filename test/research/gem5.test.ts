import { registerClaims } from './claims';
import { gem5 } from './systems/gem5';

registerClaims(gem5);
