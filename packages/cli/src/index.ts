/**
 * The `fangkong` command line as a function (`run`), with its error type and exit codes.
 *
 * @module @fangkong/cli
 */
/**
 * The shell of `fangkong`: reads the command line against the one table in `cli.ts`, runs the
 * command, and turns what it returns or throws into the exit code. The only try/catch of the CLI.
 */
import { COMMANDS, commandHelp, findCommand, mainHelp, parseCommand, suggestCommand } from './cli';
import { CliError, EXIT_INTERNAL, exitCodeOf } from './errors';
import { type Io, write } from './io';
import { formatPath } from './_internal/paths';
import { VERSION } from './version';

export type { CliErrorCode } from './errors';
export { CliError, EXIT_CODES, EXIT_INTERNAL, exitCodeOf } from './errors';
export type { Io, OutputStream } from './io';

/**
 * Runs one `fangkong` command line and resolves to its exit code; never rejects.
 *
 * @param argv - the arguments after the program name, e.g. `['plan', '--jurisdiction', 'CN']`
 * @param io - where to read and write (default: the process's own streams)
 * @returns the exit code (see `EXIT_CODES`)
 * @example
 * // Prints the built-in packs as JSON and resolves to the exit code
 * await run(['policy', 'list', '--format', 'json']); // → 0
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const found = findCommand(argv);
    if (!found) return await topLevel(argv, io);
    const parsed = parseCommand(found.command, found.rest);
    if (parsed.flags.version) return await printVersion(io);
    if (parsed.flags.help) {
      await write(io.stdout, commandHelp(found.command));
      return 0;
    }
    return await found.command.run(parsed, io);
  } catch (error) {
    await write(io.stderr, describeError(error, debug));
    return exitCodeOf(error);
  }
}

async function topLevel(argv: readonly string[], io: Io): Promise<number> {
  const [first] = argv;
  if (first === '--version' || first === '-V') return printVersion(io);
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = argv[1] ? findCommand(argv.slice(1)) : null;
    await write(io.stdout, topic ? commandHelp(topic.command) : mainHelp());
    return first === undefined ? 2 : 0;
  }
  if (COMMANDS.some((command) => command.name.startsWith(`${first} `))) {
    const second = argv[1];
    if (second === undefined || second === '--help' || second === '-h') {
      await write(io.stdout, mainHelp(first));
      return second === undefined ? 2 : 0;
    }
    throw new CliError('USAGE', `fangkong ${first} has no subcommand "${second}"`, {
      expected: COMMANDS.filter((command) => command.name.startsWith(`${first} `))
        .map((command) => command.name)
        .join(', '),
      example: `fangkong ${first} --help`,
    });
  }
  const hint = suggestCommand(first);
  throw new CliError('USAGE', `fangkong has no command "${first}"${hint ? ` (did you mean ${hint}?)` : ''}`, {
    expected: `one of ${[...new Set(COMMANDS.map((command) => command.name.split(' ')[0]))].join(', ')}`,
    example: 'fangkong --help',
  });
}

async function printVersion(io: Io): Promise<number> {
  await write(io.stdout, `${VERSION}\n`);
  return 0;
}

/** What the user reads on stderr: what failed, what was expected, an example; a stack only with --debug. */
export function describeError(error: unknown, debug = false): string {
  const lines: string[] = [];
  const known = exitCodeOf(error) !== EXIT_INTERNAL;
  const message = error instanceof Error ? error.message : String(error);
  lines.push(known ? `fangkong: ${message}` : `fangkong: internal error: ${message}`);
  const details = (error as { details?: Record<string, unknown> } | null)?.details ?? {};
  const issues = details.issues as { path: (string | number)[]; message: string }[] | undefined;
  if (Array.isArray(issues)) {
    for (const issue of issues) lines.push(`  at ${formatPath(issue.path)}: ${issue.message}`);
  }
  // Core's messages often end with what they expected already: say it once.
  if (typeof details.expected === 'string' && !message.includes(details.expected)) {
    lines.push(`  expected: ${details.expected}`);
  }
  if (typeof details.example === 'string') lines.push(`  example:  ${details.example}`);
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  else if (!known) lines.push('  This is a bug in fangkong: run again with --debug and report the output.');
  return `${lines.join('\n')}\n`;
}

function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * What `bin/fangkong.js` calls: runs `process.argv` and sets the exit code (without cutting off
 * output still being written to a pipe).
 */
export function main(): void {
  // A closed pipe (`fangkong parse … | head`) is a normal end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // Until the command settles, the exit code is that of a bug: a command whose promise never
  // settles (the event loop ran dry) must not pass for a success.
  let settled = false;
  process.exitCode = EXIT_INTERNAL;
  process.on('exit', () => {
    if (!settled) process.stderr.write('fangkong: internal error: the command stopped before it finished\n');
  });
  run(process.argv.slice(2)).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    () => {
      settled = true;
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
