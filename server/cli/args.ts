// A small argument parser for the CLI: positional files and `--flag [value]` options.

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/** `valued` names the options that take a value (`--json OUT`); others are switches. */
export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!valued.includes(name)) {
      options.set(name, true);
    } else if (inline !== undefined) {
      options.set(name, inline);
    } else if (i + 1 < argv.length) {
      options.set(name, argv[++i]);
    } else {
      throw new UsageError(`--${name} needs a value`);
    }
  }
  return { positionals, options };
}

/** A mistake in how the command was called: printed with the command's usage, exit 2. */
export class UsageError extends Error {}
