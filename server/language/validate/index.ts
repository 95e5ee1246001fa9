// Validation of one linked document: every check of DESIGN §2 beyond syntax
// and name resolution (which the parser and the linker report).
import type { Diagnostic } from '../diagnostic';
import type { FileSource } from '../files';
import type { LinkResult } from '../link';
import type { HnetFile } from '../syntax/ast';
import { checkCrossReferences } from './cross';
import { checkScenarios } from './scenario';
import { checkStructure } from './structure';

/** `files` reads trace files (relative to the document); without it they are not checked. */
export function validate(file: HnetFile, linked: LinkResult, files?: FileSource): Diagnostic[] {
  return [
    ...checkStructure(linked.uri, file),
    ...checkCrossReferences(linked.uri, file.blocks, linked, files),
    ...checkScenarios(linked.uri, file.blocks, linked),
  ];
}

export { evaluate, valueText, type Evaluation, type Interpreted, type Problem } from './values';
export { effectiveNumber, effectiveValue, effectiveWord, findProperty } from './read';
export {
  chainHost, chainNic, chainsIn, cpuBlock, hostCores, isLoadgen, lookup, trafficEnds, trafficVia, type Scope,
} from './infer';
