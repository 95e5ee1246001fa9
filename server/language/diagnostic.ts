// Diagnostics of the language layer and the table of their codes. Every
// check has one stable code; the CLI prints it, the LSP sends it, tests
// assert it, and code actions read `data`.
import type { Span } from './syntax/ast';
import type { Range, UnitKind } from './catalog';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  /** The document the span belongs to. */
  uri: string;
  data?: DiagnosticData;
}

/** Machine-readable detail for quick fixes. */
export interface DiagnosticData {
  /** Replacements for the text at `span`, best first (did-you-mean). */
  suggestions?: string[];
  /** The unit kinds the value should have. */
  expectedUnits?: UnitKind[];
  /** The allowed range, in SI units. */
  range?: Range;
  /** Properties to add (`missing required property`): name and completion snippet. */
  missing?: { name: string; snippet: string }[];
}

export const DIAGNOSTIC_CODES = {
  HN001: { severity: 'error', summary: 'Syntax error (reported by the parser; the rest of the file is still checked).' },
  HN002: { severity: 'error', summary: 'A block is not allowed here (e.g. `nic` outside a host, `stage` outside a chain).' },
  HN003: { severity: 'error', summary: 'Unknown property for this block.' },
  HN004: { severity: 'error', summary: 'A property is set twice in one block.' },
  HN005: { severity: 'error', summary: 'A quantity has the wrong unit kind (`speed = 3GHz`).' },
  HN006: { severity: 'error', summary: 'A quantity has no unit.' },
  HN007: { severity: 'error', summary: 'A unit is given where the property takes a plain number.' },
  HN008: { severity: 'error', summary: 'A value is out of the allowed range (`cores = 0`).' },
  HN009: { severity: 'error', summary: 'Unknown enum value (`stack = kernl`).' },
  HN010: { severity: 'error', summary: 'A value has the wrong form (a list where a number is expected, a fraction where a whole number is).' },
  HN011: { severity: 'error', summary: 'A required property is missing.' },
  HN012: { severity: 'error', summary: 'A name is defined twice.' },
  HN013: { severity: 'error', summary: 'A reference names nothing that is defined.' },
  HN014: { severity: 'error', summary: 'A reference names something of the wrong kind (`via = sut`, a host instead of a chain).' },
  HN015: { severity: 'error', summary: 'An imported file does not exist.' },
  HN016: { severity: 'error', summary: 'Files import each other in a cycle.' },
  HN017: { severity: 'error', summary: 'A core number is beyond the host\'s cores.' },
  HN018: { severity: 'error', summary: 'A stage does not fit the chain\'s stack (`stage pmd` in a kernel chain).' },
  HN019: { severity: 'warning', summary: 'A FALCON chain has only one core to pipeline over.' },
  HN020: { severity: 'warning', summary: 'Offered load exceeds the NIC\'s line rate (wire overhead included).' },
  HN021: { severity: 'error', summary: '`expect` names an unknown metric.' },
  HN022: { severity: 'error', summary: '`expect` compares a metric with a value of another unit kind.' },
  HN023: { severity: 'error', summary: '`sweep` names an unknown path.' },
  HN024: { severity: 'error', summary: '`sweep` values must be a non-empty list.' },
  HN025: { severity: 'error', summary: '`via` names a chain that is not on the `to` host.' },
  HN026: { severity: 'error', summary: '`via` is missing and cannot be inferred (the host has no chain or several).' },
  HN027: { severity: 'error', summary: 'Unknown stage kind.' },
  HN028: { severity: 'error', summary: 'A chain\'s NIC cannot be determined (the host has no NIC or several and `nic` is not set).' },
  HN029: { severity: 'error', summary: 'A block that may appear once appears again (two `cpu` blocks).' },
  HN030: { severity: 'error', summary: 'A chain has no stages.' },
  HN031: { severity: 'warning', summary: 'Stages after one that drops or forwards every packet are never reached.' },
  HN032: { severity: 'error', summary: 'A trace file is missing or malformed.' },
  HN033: { severity: 'error', summary: 'A NIC of a `sut` host is connected by two links (a loadgen\'s NIC may serve several).' },
  HN034: { severity: 'warning', summary: 'A NUMA node is beyond the host\'s `numa_nodes`, or DDIO ways exceed the LLC\'s.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function diagnostic(
  code: DiagnosticCode,
  uri: string,
  span: Span,
  message: string,
  data?: DiagnosticData,
  severity: Severity = DIAGNOSTIC_CODES[code].severity,
): Diagnostic {
  return data ? { code, severity, message, span, uri, data } : { code, severity, message, span, uri };
}
