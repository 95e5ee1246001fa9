// Chevrotain, typed as the package. Chevrotain 11 ships ES modules only, and
// the files its `require` entry imports export no `require` condition; tsx
// (which runs the tests as CommonJS) cannot load that graph, but it can load
// the package's self-contained bundle, and esbuild bundles either. If the
// project moves to `"type": "module"`, this becomes `export … from 'chevrotain'`.
import type { createToken as CreateToken } from 'chevrotain';
// @ts-expect-error: the bundle has no declaration file of its own; it is typed as the package below.
import { createToken as untypedCreateToken } from '../../../node_modules/chevrotain/lib/chevrotain.mjs';

export const createToken = untypedCreateToken as typeof CreateToken;
export type { IToken, TokenType } from 'chevrotain';
