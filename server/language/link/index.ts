export { declare, type Declarations } from './declare';
export { importClosure, type ImportGraph } from './imports';
export { link, type LinkContext } from './link';
export { metricPathsFor } from './metrics';
export type { HnetSymbol, LinkResult, PropertyTarget, Reference, ResolvedImport, ResolvedMetric } from './types';
