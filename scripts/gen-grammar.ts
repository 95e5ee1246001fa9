// Generates syntaxes/hnet.tmLanguage.json from the template below and the
// catalog (units, block keywords, enum words), so none is spelled twice.
//   npx tsx scripts/gen-grammar.ts           rewrite the grammar
//   npx tsx scripts/gen-grammar.ts --check   exit 1 when the file on disk is stale
// The scope of each construct is listed in syntaxes/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BLOCKS, ENUM_WORDS, UNIT_TEXTS } from '../server/language/catalog';

export const GRAMMAR_PATH = fileURLToPath(new URL('../syntaxes/hnet.tmLanguage.json', import.meta.url));

/** Block keywords by what follows them, from the catalog (see README for the scopes). */
const byHeader = (test: (block: (typeof BLOCKS)[number]) => boolean) => BLOCKS.filter(test).map((block) => block.keyword);
const ACTIVITIES: readonly string[] = ['traffic', 'scenario'];
export const BLOCK_KINDS = {
  /** `KIND NAME`: the name is a thing of the system → entity.name.type.hnet. */
  namedThings: byHeader((b) => b.header === 'name' && !ACTIVITIES.includes(b.keyword)),
  /** `KIND NAME`: the name is something that runs → entity.name.function.hnet. */
  namedActivities: byHeader((b) => b.header === 'name' && ACTIVITIES.includes(b.keyword)),
  /** No name after the keyword (`link` is followed by its two endpoint paths). */
  unnamed: byHeader((b) => b.header === 'none' || b.header === 'link'),
  /** Own header rules: `chain NAME on HOST`, `stage KIND [NAME]`. */
  special: byHeader((b) => b.header === 'chain' || b.header === 'stage'),
};

export { ENUM_WORDS };

export const ALL_BLOCK_KINDS: readonly string[] = Object.values(BLOCK_KINDS).flat();

// ---- regular-expression fragments (Oniguruma syntax) ----

const IDENT_CHAR = '[A-Za-z0-9_-]';
/** Not inside an identifier or a dotted path. */
const WORD_START = `(?<![A-Za-z0-9_.-])`;
/** The identifier ends here and no path continues it. */
const WORD_END = `(?!${IDENT_CHAR})`;
const NOT_PATH = `(?![.\\[])`;
/** Not followed by `=` (that makes it a property name), but `==` is a comparison. */
const NOT_ASSIGNED = `(?!\\s*=(?!=))`;
const NAME = `[A-Za-z_]${IDENT_CHAR}*${WORD_END}`;
const SEGMENT = `${NAME}(?:\\s*\\[\\s*\\d+\\s*\\])?`;
const PATH = `${SEGMENT}(?:\\.${SEGMENT})*`;
const NUMBER = `\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?`;

function words(list: readonly string[]): string {
  return `(?:${list.join('|')})`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first (UNIT_TEXTS' order), so `cycles/B` wins over `cycles` and `ms` over `s`. */
const UNIT = `(?:${UNIT_TEXTS.map(escapeRegExp).join('|')})(?![A-Za-z0-9_/-])`;

/** A keyword at a word boundary that is not a property name nor the head of a path. */
function keyword(list: readonly string[]): string {
  return `${WORD_START}(${words(list)})${WORD_END}${NOT_PATH}${NOT_ASSIGNED}`;
}

// ---- the template ----

type Captures = Record<string, { name?: string; patterns?: { include: string }[] }>;

interface Rule {
  comment?: string;
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: (Rule | { include: string })[];
}

const include = (name: string) => ({ include: `#${name}` });
const scope = (name: string) => ({ name });

const repository: Record<string, Rule> = {
  comments: {
    patterns: [
      {
        name: 'comment.block.hnet',
        begin: '/\\*',
        end: '\\*/',
        beginCaptures: { '0': scope('punctuation.definition.comment.begin.hnet') },
        endCaptures: { '0': scope('punctuation.definition.comment.end.hnet') },
      },
      {
        name: 'comment.line.double-slash.hnet',
        match: '(//).*$',
        captures: { '1': scope('punctuation.definition.comment.hnet') },
      },
      {
        name: 'comment.line.number-sign.hnet',
        match: '(#).*$',
        captures: { '1': scope('punctuation.definition.comment.hnet') },
      },
    ],
  },
  import: {
    comment: '`import "file.hnet"`; the string is coloured by #strings.',
    match: `${WORD_START}(import)${WORD_END}${NOT_ASSIGNED}`,
    captures: { '1': scope('keyword.control.import.hnet') },
  },
  'property-key': {
    comment: 'The key before `=`: a name, or a path inside `sweep` (`bulk.rate = …`) whose last segment is the property.',
    match: `${WORD_START}((?:${SEGMENT}\\s*\\.\\s*)*)(${NAME})(?=\\s*=(?!=))`,
    captures: {
      '1': { patterns: [include('path-parts')] },
      '2': scope('variable.other.property.hnet'),
    },
  },
  'chain-header': {
    comment: '`chain NAME on HOST` on one line; every part after the keyword may still be missing while typing.',
    match: `${keyword(['chain'])}(?:\\s+(${NAME}))?(?:\\s+(on)${WORD_END}(?:\\s+(${PATH}))?)?`,
    captures: {
      '1': scope('keyword.other.block.hnet'),
      '2': scope('entity.name.type.hnet'),
      '3': scope('keyword.other.on.hnet'),
      '4': { patterns: [include('path-parts')] },
    },
  },
  'stage-header': {
    comment: '`stage KIND [NAME]`: a second word on the line is the name unless it is a keyword or a property name.',
    match:
      `${keyword(['stage'])}(?:\\s+(${NAME})${NOT_ASSIGNED}` +
      `(?:\\s+(?!${words(ALL_BLOCK_KINDS)}${WORD_END})(${NAME})${NOT_PATH}${NOT_ASSIGNED})?)?`,
    captures: {
      '1': scope('keyword.other.block.hnet'),
      '2': scope('support.type.stage.hnet'),
      '3': scope('entity.name.type.hnet'),
    },
  },
  'named-thing-header': {
    match: `${keyword(BLOCK_KINDS.namedThings)}(?:\\s+(${NAME})${NOT_PATH}${NOT_ASSIGNED})?`,
    captures: { '1': scope('keyword.other.block.hnet'), '2': scope('entity.name.type.hnet') },
  },
  'named-activity-header': {
    match: `${keyword(BLOCK_KINDS.namedActivities)}(?:\\s+(${NAME})${NOT_PATH}${NOT_ASSIGNED})?`,
    captures: { '1': scope('keyword.other.block.hnet'), '2': scope('entity.name.function.hnet') },
  },
  'unnamed-header': {
    match: keyword(BLOCK_KINDS.unnamed),
    captures: { '1': scope('keyword.other.block.hnet') },
  },
  operators: {
    patterns: [
      { name: 'keyword.operator.link.hnet', match: '<->' },
      { name: 'keyword.operator.comparison.hnet', match: '<=|>=|==|!=|<|>' },
      { name: 'keyword.operator.assignment.hnet', match: '=' },
    ],
  },
  numbers: {
    comment: 'A number, or a quantity: a number and a unit with or without a space between (units from units.ts).',
    match: `(?<![A-Za-z0-9_.])(${NUMBER})(?:\\s*(${UNIT}))?`,
    captures: { '1': scope('constant.numeric.hnet'), '2': scope('keyword.other.unit.hnet') },
  },
  strings: {
    name: 'string.quoted.double.hnet',
    comment: 'Ends at the closing quote or, when unterminated, at the end of the line.',
    begin: '"',
    end: '"|$',
    beginCaptures: { '0': scope('punctuation.definition.string.begin.hnet') },
    endCaptures: { '0': scope('punctuation.definition.string.end.hnet') },
    patterns: [{ name: 'constant.character.escape.hnet', match: '\\\\.' }],
  },
  path: {
    comment: 'A dotted or indexed path (`sut.web`, `rpc.latency.p99`, `sut.core[3].util`): every segment is a reference.',
    match: `${WORD_START}(?:${NAME}\\s*\\[\\s*\\d+\\s*\\](?:\\.${SEGMENT})*|${NAME}(?:\\.${SEGMENT})+)`,
    captures: { '0': { patterns: [include('path-parts')] } },
  },
  'path-parts': {
    patterns: [
      { name: 'variable.other.reference.hnet', match: NAME },
      { name: 'punctuation.accessor.hnet', match: '\\.' },
      { name: 'punctuation.section.index.begin.hnet', match: '\\[' },
      { name: 'punctuation.section.index.end.hnet', match: '\\]' },
      { name: 'constant.numeric.hnet', match: '\\d+' },
    ],
  },
  enums: {
    match: `${WORD_START}${words(ENUM_WORDS)}${WORD_END}${NOT_PATH}`,
    name: 'constant.language.hnet',
  },
  reference: {
    comment: 'Any other single name in a value: a reference to a declared name.',
    match: `${WORD_START}${NAME}`,
    name: 'variable.other.reference.hnet',
  },
  punctuation: {
    patterns: [
      { name: 'punctuation.section.block.begin.hnet', match: '\\{' },
      { name: 'punctuation.section.block.end.hnet', match: '\\}' },
      { name: 'punctuation.section.brackets.begin.hnet', match: '\\[' },
      { name: 'punctuation.section.brackets.end.hnet', match: '\\]' },
      { name: 'punctuation.separator.comma.hnet', match: ',' },
      { name: 'punctuation.separator.semicolon.hnet', match: ';' },
      { name: 'punctuation.accessor.hnet', match: '\\.' },
    ],
  },
  invalid: {
    comment: 'A character the language has no use for.',
    match: '[^\\s]',
    name: 'invalid.illegal.character.hnet',
  },
};

/** Order matters where two rules match at the same column: the first listed wins. */
const topLevel = [
  'comments', 'strings', 'import', 'property-key', 'chain-header', 'stage-header',
  'named-thing-header', 'named-activity-header', 'unnamed-header', 'operators', 'numbers',
  'path', 'enums', 'reference', 'punctuation', 'invalid',
];

export function buildGrammar(): object {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: 'GENERATED by scripts/gen-grammar.ts, do not edit. The scope of each construct is listed in syntaxes/README.md.',
    name: 'hostnet',
    scopeName: 'source.hnet',
    fileTypes: ['hnet'],
    patterns: topLevel.map(include),
    repository,
  };
}

export function grammarText(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

function main(args: string[]): void {
  const text = grammarText();
  if (args.includes('--check')) {
    const current = readFileSync(GRAMMAR_PATH, 'utf8');
    if (current !== text) {
      console.error('syntaxes/hnet.tmLanguage.json is stale: run `npx tsx scripts/gen-grammar.ts`.');
      process.exit(1);
    }
    return;
  }
  writeFileSync(GRAMMAR_PATH, text);
  console.log(`wrote ${GRAMMAR_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
