// Semantic tokens, agreeing with the TextMate grammar's scopes
// (syntaxes/README.md has the table): where both colour a piece of text they
// give it the same colour, and the server only refines what a line-based
// grammar cannot know (a keyword used as a property name, an enum word used
// as a reference).
import {
  SemanticTokensBuilder,
  type SemanticTokens,
  type SemanticTokensLegend,
  type SemanticTokensParams,
  type SemanticTokensRangeParams,
} from 'vscode-languageserver';
import { ENUM_WORDS, propertySpec, type ValueType } from '../language/catalog';
import type { Block, Ident, Path, Property, Span, Value } from '../language/syntax/ast';
import type { IToken } from '../language/syntax/chevrotain';
import * as lexer from '../language/syntax/lexer';
import { tokenize } from '../language/syntax/lexer';
import type { ParsedDocument } from '../language/workspace';
import type { Session } from './session';

const TOKEN_TYPES = ['keyword', 'type', 'function', 'property', 'variable', 'enumMember', 'number', 'string', 'comment', 'operator'] as const;
const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

interface Classification {
  type: TokenType;
  modifiers?: TokenModifier[];
}

/** A classified piece of text (one line at most). */
export interface ClassifiedToken extends Classification {
  start: number;
  end: number;
}

const RUNNING_THINGS: ReadonlySet<string> = new Set(['traffic', 'scenario']);
const enumWords: ReadonlySet<string> = new Set(ENUM_WORDS);

export function semanticTokens(session: Session, params: SemanticTokensParams): SemanticTokens {
  const parsed = session.parsed(params.textDocument.uri);
  return parsed ? encode(parsed, classify(parsed)) : { data: [] };
}

export function semanticTokensRange(session: Session, params: SemanticTokensRangeParams): SemanticTokens {
  const parsed = session.parsed(params.textDocument.uri);
  if (!parsed) return { data: [] };
  const start = parsed.lines.offset(params.range.start);
  const end = parsed.lines.offset(params.range.end);
  return encode(parsed, classify(parsed).filter((token) => token.end > start && token.start < end));
}

/** Every classified token of the file in source order, multi-line comments split per line. */
export function classify(parsed: ParsedDocument): ClassifiedToken[] {
  const byOffset = classifyTree(parsed);
  const tokens: ClassifiedToken[] = [];
  for (const token of tokenize(parsed.text).tokens) {
    const classification = byOffset.get(token.startOffset) ?? classifyToken(token);
    if (classification) tokens.push({ start: token.startOffset, end: token.startOffset + token.image.length, ...classification });
  }
  for (const comment of parsed.ast.comments) {
    for (const piece of splitLines(parsed, comment.span)) tokens.push({ ...piece, type: 'comment' });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function classifyToken(token: IToken): Classification | undefined {
  switch (token.tokenType) {
    case lexer.Keyword:
      return { type: 'keyword' };
    case lexer.Quantity:
    case lexer.NumberToken:
      return { type: 'number' };
    case lexer.StringToken:
    case lexer.UnterminatedString:
      return { type: 'string' };
    case lexer.BiArrow:
    case lexer.Equals:
    case lexer.LessEqual:
    case lexer.Less:
    case lexer.GreaterEqual:
    case lexer.Greater:
    case lexer.EqualEqual:
    case lexer.NotEqual:
      return { type: 'operator' };
    default:
      return undefined;
  }
}

/** Classifications that need the tree, by the start offset of the identifier. */
function classifyTree(parsed: ParsedDocument): Map<number, Classification> {
  const result = new Map<number, Classification>();
  const set = (ident: Ident | undefined, classification: Classification): void => {
    if (ident) result.set(ident.span.start, classification);
  };
  const references = (path: Path | undefined): void => {
    for (const segment of path?.segments ?? []) set(segment.name, { type: 'variable' });
  };
  const value = (item: Value | undefined, type: ValueType | undefined): void => {
    if (!item) return;
    if (item.type === 'List') {
      const inner = type?.type === 'list' ? type.of : type;
      for (const element of item.items) value(element, inner);
    } else if (item.type === 'Path') {
      if (item.segments.length === 1 && isEnumWord(item.segments[0].name.text, type)) {
        set(item.segments[0].name, { type: 'enumMember' });
      } else {
        references(item);
      }
    }
  };
  const property = (block: Block, item: Property): void => {
    const segments = item.key.segments;
    segments.forEach((segment, index) => set(segment.name, { type: index === segments.length - 1 ? 'property' : 'variable' }));
    const spec = segments.length === 1 ? propertySpec(block.keyword.text, segments[0].name.text) : undefined;
    value(item.value, spec?.type);
  };
  const block = (node: Block): void => {
    set(node.keyword, { type: 'keyword' });
    if (node.stageKind) set(node.stageKind, { type: 'type', modifiers: ['defaultLibrary'] });
    set(node.name, { type: RUNNING_THINGS.has(node.keyword.text) ? 'function' : 'type', modifiers: ['declaration'] });
    references(node.on);
    node.endpoints?.forEach(references);
    for (const item of node.items) {
      if (item.type === 'Block') block(item);
      else if (item.type === 'Property') property(node, item);
      else {
        references(item.metric);
        value(item.value, undefined);
      }
    }
  };
  parsed.ast.blocks.forEach(block);
  return result;
}

/** An enum word unless the property takes a reference (`via = none` would name a chain called none). */
function isEnumWord(word: string, type: ValueType | undefined): boolean {
  if (type?.type === 'enum') return type.enum.values.some((v) => v.name === word);
  if (type?.type === 'reference') return false;
  return enumWords.has(word);
}

function splitLines(parsed: ParsedDocument, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    const newline = parsed.text.indexOf('\n', start);
    const end = newline === -1 || newline >= span.end ? span.end : newline;
    if (end > start) pieces.push({ start, end });
    start = end + 1;
  }
  return pieces;
}

function encode(parsed: ParsedDocument, tokens: ClassifiedToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) {
    const { line, character } = parsed.lines.position(token.start);
    const endOnLine = Math.min(token.end, lineEnd(parsed, line));
    if (endOnLine <= token.start) continue;
    let modifiers = 0;
    for (const modifier of token.modifiers ?? []) modifiers |= 1 << TOKEN_MODIFIERS.indexOf(modifier);
    builder.push(line, character, endOnLine - token.start, TOKEN_TYPES.indexOf(token.type), modifiers);
  }
  return builder.build();
}

function lineEnd(parsed: ParsedDocument, line: number): number {
  const next = line + 1 < parsed.lines.lineCount ? parsed.lines.lineStart(line + 1) - 1 : parsed.text.length;
  return parsed.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
}
