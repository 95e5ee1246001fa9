// Decoding of literal token text: string escapes and hints for misspelt units.

import { UNIT_TEXTS } from '../catalog/units';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"' };

export interface DecodedString {
  value: string;
  /** Offsets (within the token text) of backslashes that start an unknown escape. */
  badEscapes: number[];
}

/** The contents of a string token (quotes stripped, escapes resolved); an unterminated string has no closing quote. */
export function decodeString(image: string, terminated: boolean): DecodedString {
  const inner = image.slice(1, terminated ? -1 : undefined);
  if (!inner.includes('\\')) return { value: inner, badEscapes: [] };
  let value = '';
  const badEscapes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (char !== '\\' || i + 1 >= inner.length) {
      value += char;
      continue;
    }
    const escaped = inner[++i];
    const decoded = ESCAPES[escaped];
    if (decoded === undefined) badEscapes.push(i); // i - 1 in `inner` is i in `image`
    value += decoded ?? escaped;
  }
  return { value, badEscapes };
}

/** The unit the writer probably meant, when `text` differs from one only by letter case (`gbps` → `Gbps`). */
export function unitSuggestion(text: string): string | undefined {
  const lower = text.toLowerCase();
  return UNIT_TEXTS.find((unit) => unit.toLowerCase() === lower);
}
