// A small argument parser for the CLI: positional files and `--flag [value]` options.

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/** The options a command takes: `valued` ones take a value (`--json OUT`), `switches` none (`--check`). */
export interface OptionSpec {
  valued?: readonly string[];
  switches?: readonly string[];
}

/** Splits `argv` into files and options; an option the command does not take is a UsageError. */
export function parseArgs(argv: string[], spec: OptionSpec = {}): ParsedArgs {
  const valued = spec.valued ?? [];
  const switches = spec.switches ?? [];
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (!valued.includes(name)) {
      throw new UsageError(`unknown option --${name}`);
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
