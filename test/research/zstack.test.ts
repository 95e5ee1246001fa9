import { registerClaims } from './claims';
import { zstack } from './systems/zstack';

registerClaims(zstack);
