// Where the cursor is, for completion: which blocks enclose it and what the
// text just before it asks for. The enclosing blocks come from the tree (the
// parser recovers from unfinished input, and an unclosed body runs to its
// parent's end); what is being typed comes from the text before the cursor,
// which is there even when that line does not parse.
import type { Block, HnetFile, Span } from '../language/syntax/ast';

export type CursorContext =
  /** Nothing to offer (in a comment, naming a new block, …). */
  | { kind: 'none' }
  /** The start of an item: block kinds and properties; in `sweep` and `expect`, paths. */
  | { kind: 'item'; blocks: Block[]; segments: string[]; replace: Span }
  /** After `key =` or in a list after it. */
  | { kind: 'value'; blocks: Block[]; key: string; segments: string[]; replace: Span }
  /** Right after a number: its unit. `key` is the property, or undefined after a comparison in `expect`. */
  | { kind: 'unit'; blocks: Block[]; key?: string; replace: Span }
  /** After `stage`. */
  | { kind: 'stageKind'; blocks: Block[]; replace: Span }
  /** `chain NAME ▮`: the `on` keyword. */
  | { kind: 'chainOn'; replace: Span }
  /** `chain NAME on ▮`: a host. */
  | { kind: 'chainHost'; replace: Span }
  /** `link ▮` or `link a.b <-> ▮`: a NIC as `host.nic`. */
  | { kind: 'linkEndpoint'; segments: string[]; replace: Span }
  /** In the string of an `import`. */
  | { kind: 'importPath'; replace: Span };

/** Block keywords followed by a new name: nothing to complete there. */
const NAMING_KEYWORDS: ReadonlySet<string> = new Set(['host', 'nic', 'container', 'traffic', 'scenario', 'chain']);

const IDENT_CHAR = /[A-Za-z0-9_-]/;
/** The dotted path being typed: completed segments (with `[N]` indices), then the partial word. */
const PATH_BEFORE_CURSOR = /((?:[A-Za-z_][A-Za-z0-9_-]*(?:\[\d*\])?\.)*)([A-Za-z_][A-Za-z0-9_-]*)?$/;
/** A number and a unit being typed right after it. */
const NUMBER_BEFORE_CURSOR = /(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)([A-Za-zµ%/]*)$/;
/** How far back a list may open before its `=` (a list of a few hundred values). */
const LIST_LOOKBACK = 4000;

export function cursorContext(text: string, file: HnetFile, offset: number): CursorContext {
  if (file.comments.some((comment) => comment.span.start < offset && offset <= commentEnd(text, comment.span))) return { kind: 'none' };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const blocks = enclosingBlocks(file, offset, text.length);

  if (insideString(line)) {
    const opening = line.lastIndexOf('"');
    return /^\s*import\s+"[^"]*$/.test(line)
      ? { kind: 'importPath', replace: { start: lineStart + opening + 1, end: offset } }
      : { kind: 'none' };
  }

  const number = NUMBER_BEFORE_CURSOR.exec(line);
  if (number && !IDENT_CHAR.test(line.charAt(number.index - 1)) && line.charAt(number.index - 1) !== '.') {
    const unitStart = offset - number[2].length;
    const head = scanBack(text, number.index + lineStart);
    const key = valueKey(text, head);
    const replace = { start: unitStart, end: offset };
    if (key) return { kind: 'unit', blocks, key, replace };
    if (head.char === '<' || head.char === '>' || isComparisonEquals(text, head)) return { kind: 'unit', blocks, replace };
    return { kind: 'none' };
  }

  const path = PATH_BEFORE_CURSOR.exec(line)!;
  const segments = path[1] ? path[1].slice(0, -1).split('.') : [];
  const partial = path[2] ?? '';
  const replace = { start: offset - partial.length, end: offset };
  const pathStart = offset - path[0].length;
  if (IDENT_CHAR.test(text.charAt(pathStart - 1))) return { kind: 'none' };
  const head = scanBack(text, pathStart);

  const key = valueKey(text, head);
  if (key !== undefined) return key === '' ? { kind: 'none' } : { kind: 'value', blocks, key, segments, replace };

  const statement = text.slice(Math.max(lineStart, head.offset - 200), pathStart);
  if (/\bchain\s+[A-Za-z_][A-Za-z0-9_-]*\s+on\s+$/.test(statement)) return segments.length ? { kind: 'none' } : { kind: 'chainHost', replace };
  if (/\bchain\s+[A-Za-z_][A-Za-z0-9_-]*\s+$/.test(statement) && segments.length === 0) return { kind: 'chainOn', replace };
  if (/(^|[\s{;}])link\s+$/.test(statement) || /<->\s*$/.test(statement)) return { kind: 'linkEndpoint', segments, replace };

  const previous = wordBefore(text, head);
  if (previous === 'stage' && segments.length === 0) return { kind: 'stageKind', blocks, replace };
  if (previous && NAMING_KEYWORDS.has(previous) && atItemStart(text, head.offset - previous.length)) return { kind: 'none' };
  if (head.char === '.' || head.char === '<' || head.char === '>' || head.char === '"') return { kind: 'none' };
  return { kind: 'item', blocks, segments, replace };
}

/**
 * The blocks whose bodies contain `offset`, outermost first. A body without
 * its `}` runs to the next sibling or to the end of its parent.
 */
function enclosingBlocks(file: HnetFile, offset: number, textLength: number): Block[] {
  const chain: Block[] = [];
  let siblings: readonly Block[] = file.blocks;
  let limit = textLength;
  for (;;) {
    let inner: Block | undefined;
    let innerEnd = limit;
    for (let i = 0; i < siblings.length; i++) {
      const block = siblings[i];
      if (!block.body || offset < block.body.open.end) continue;
      const end = block.body.close?.start ?? siblings[i + 1]?.span.start ?? limit;
      if (offset <= end) {
        inner = block;
        innerEnd = end;
      }
    }
    if (!inner) return chain;
    chain.push(inner);
    siblings = inner.items.filter((item): item is Block => item.type === 'Block');
    limit = innerEnd;
  }
}

interface Head {
  /** The last character before the cursor's word, skipping whitespace ('' at the start of the file). */
  char: string;
  /** Offset just after that character. */
  offset: number;
  /** Whether a line break lies between it and the word. */
  newline: boolean;
}

function scanBack(text: string, from: number): Head {
  let i = from - 1;
  let newline = false;
  while (i >= 0 && /\s/.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') newline = true;
    i--;
  }
  return { char: i >= 0 ? text.charAt(i) : '', offset: i + 1, newline };
}

/**
 * When the word at the cursor is a value, the property key it belongs to
 * (`via`, `bulk.rate`); `''` when it is a value of something without a key;
 * undefined when it is not a value.
 */
function valueKey(text: string, head: Head): string | undefined {
  if (head.char === '=' && !isComparisonEquals(text, head)) return head.newline ? undefined : keyBefore(text, head.offset - 1);
  if (head.char !== '[' && head.char !== ',') return undefined;
  const open = unmatchedBracket(text, head.offset);
  if (open === undefined) return '';
  const before = scanBack(text, open);
  return before.char === '=' && !isComparisonEquals(text, before) ? keyBefore(text, before.offset - 1) : '';
}

function isComparisonEquals(text: string, head: Head): boolean {
  if (head.char !== '=') return false;
  const previous = text.charAt(head.offset - 2);
  return previous === '=' || previous === '<' || previous === '>' || previous === '!';
}

/** The dotted key ending just before `end` (ignoring spaces), or '' when there is none. */
function keyBefore(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  const stop = i + 1;
  while (i >= 0 && /[A-Za-z0-9_.\-[\]]/.test(text.charAt(i))) i--;
  return text.slice(i + 1, stop);
}

/** The offset of the `[` that is still open at `offset`, if any. */
function unmatchedBracket(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - LIST_LOOKBACK); i--) {
    const char = text.charAt(i);
    if (char === ']') depth++;
    else if (char === '[') {
      if (depth === 0) return i;
      depth--;
    } else if (char === '=' || char === '{' || char === '}') return undefined;
  }
  return undefined;
}

function wordBefore(text: string, head: Head): string | undefined {
  const match = /[A-Za-z_][A-Za-z0-9_-]*$/.exec(text.slice(Math.max(0, head.offset - 64), head.offset));
  return match?.[0];
}

/** Whether a word starting at `offset` begins an item (it is not a value or part of a path). */
function atItemStart(text: string, offset: number): boolean {
  const head = scanBack(text, offset);
  return head.char === '' || head.char === '{' || head.char === '}' || head.char === ';' || head.newline || !'=.,[<>'.includes(head.char);
}

/** A `"` opened on this line and not closed. */
function insideString(line: string): boolean {
  let inside = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (char === '\\' && inside) i++;
    else if (char === '"') inside = !inside;
    else if (!inside && (line.startsWith('//', i) || char === '#')) return false;
  }
  return inside;
}

/** A line comment runs to its line's end; a block comment ends before its closing star-slash. */
function commentEnd(text: string, span: Span): number {
  return text.startsWith('*/', span.end - 2) && text.startsWith('/*', span.start) ? span.end - 1 : span.end;
}
