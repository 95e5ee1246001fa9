import { registerClaims } from './claims';
import { falcon } from './systems/falcon';

registerClaims(falcon);
