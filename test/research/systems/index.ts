// Every research system, in the order docs/reproductions.md lists them.
import { report, type Report } from '../claims';
import { cai } from './cai';
import { falcon } from './falcon';
import { gem5 } from './gem5';
import { generality } from './generality';
import { ladder } from './ladder';
import { limits } from './limits';
import { middlenet } from './middlenet';
import { overlay } from './overlay';
import { prism } from './prism';
import { zstack } from './zstack';

/** Each system's report, measured when called. */
export const REPORTS: readonly { id: string; report(): Promise<Report> }[] = [
  { id: cai.id, report: () => report(cai) },
  { id: ladder.id, report: () => report(ladder) },
  { id: overlay.id, report: () => report(overlay) },
  { id: falcon.id, report: () => report(falcon) },
  { id: prism.id, report: () => report(prism) },
  { id: gem5.id, report: () => report(gem5) },
  { id: middlenet.id, report: () => report(middlenet) },
  { id: zstack.id, report: () => report(zstack) },
  { id: limits.id, report: () => report(limits) },
  { id: generality.id, report: () => report(generality) },
];
