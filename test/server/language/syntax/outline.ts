// A readable dump of a parsed file, for fixture tests: one line per import,
// block, property and expectation, indented by nesting, then one line per
// error with its 1-based line:column range.

import { pathText, type Block, type HnetFile, type Item, type Value } from '../../../../server/language/syntax/ast';
import { LineIndex } from '../../../../server/language/syntax/text';

export function outline(file: HnetFile, text: string): string {
  const lines: string[] = [];
  for (const item of [...file.imports, ...file.blocks].sort((a, b) => a.span.start - b.span.start)) {
    if (item.type === 'Import') lines.push(`import ${JSON.stringify(item.path.value)}`);
    else outlineBlock(item, 0, lines);
  }
  const index = new LineIndex(text);
  const at = (offset: number) => {
    const position = index.position(offset);
    return `${position.line + 1}:${position.character + 1}`;
  };
  for (const error of file.errors) lines.push(`error ${at(error.span.start)}-${at(error.span.end)} ${error.message}`);
  return `${lines.join('\n')}\n`;
}

function outlineBlock(block: Block, depth: number, lines: string[]): void {
  const header = [block.keyword.text];
  if (block.stageKind) header.push(block.stageKind.text);
  if (block.name) header.push(block.name.text);
  if (block.on) header.push('on', pathText(block.on));
  if (block.endpoints) header.push(pathText(block.endpoints[0]), '<->', pathText(block.endpoints[1]));
  if (block.body) header.push(block.body.close ? '{}' : '{…');
  lines.push('  '.repeat(depth) + header.join(' '));
  for (const item of block.items) outlineItem(item, depth + 1, lines);
}

function outlineItem(item: Item, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if (item.type === 'Block') outlineBlock(item, depth, lines);
  else if (item.type === 'Property') lines.push(`${indent}${pathText(item.key)} = ${valueString(item.value)}`);
  else lines.push(`${indent}${pathText(item.metric)} ${item.op.text} ${valueString(item.value)}`);
}

function valueString(value: Value | undefined): string {
  if (!value) return '<missing>';
  switch (value.type) {
    case 'Number':
      return value.unit ? `${value.raw} ${value.unit.text}` : value.raw;
    case 'String':
      return JSON.stringify(value.value);
    case 'Path':
      return pathText(value);
    case 'List':
      return `[${value.items.map(valueString).join(', ')}]`;
  }
}
