// The `hostnet` command: dispatches to one module per subcommand.
import { UsageError } from './args';
import { checkCommand } from './check';
import { fmtCommand } from './fmt';
import { lspCommand } from './lsp';
import { runCommand } from './run';
import { VERSION } from '../version';

interface Command {
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  check: {
    usage: 'hostnet check FILE…',
    summary: 'report errors and warnings as file:line:col: severity CODE: message (exit 1 on errors); a folder means its .hnet files',
    run: checkCommand,
  },
  fmt: {
    usage: 'hostnet fmt FILE… [--check]',
    summary: 'rewrite files in the canonical layout, keeping comments; --check only lists files that would change (exit 1); a folder means its .hnet files',
    run: fmtCommand,
  },
  run: {
    usage: 'hostnet run FILE [--scenario NAME] [--json OUT] [--csv DIR] [--seed N] [--workers N] [--max-events N] [--max-seconds S]',
    summary: 'simulate the scenarios of FILE; progress on stderr, a summary table on stdout (exit 1 when an expect fails)',
    run: runCommand,
  },
  lsp: {
    usage: 'hostnet lsp --stdio',
    summary: 'start the language server on stdin/stdout, for any LSP client',
    run: lspCommand,
  },
};

function overview(): string {
  const lines = [`hostnet ${VERSION} — describe, check and simulate host network stacks`, '', 'commands:'];
  for (const command of Object.values(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push('', 'hostnet COMMAND --help shows the help of one command.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(VERSION);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`hostnet: unknown command \`${name}\`\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`hostnet ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`hostnet: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
