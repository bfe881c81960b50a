/**
 * Every command and flag of `fangkong`, declared once. The parser (`node:util` parseArgs), the help
 * text and the shell completions are all made from this table; `index.ts` runs what it returns.
 */
import { parseArgs } from 'node:util';
import { CliError } from './errors';
import type { Io } from './io';

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given several times; the values are collected in order. */
  multiple?: boolean;
  /** Placeholder shown in the help, e.g. `<instant>`. */
  value?: string;
  /** The only values accepted. */
  values?: readonly string[];
  description: string;
}

export interface CommandSpec {
  /** One or two words: `parse`, `risk timeline`. */
  name: string;
  summary: string;
  /** The positional arguments, as shown in the usage line. */
  args: string;
  /** How many positional arguments are required and allowed. */
  arity: { min: number; max: number };
  flags: Record<string, FlagSpec>;
  /** Real invocations, each with a comment of what it does. */
  examples: readonly string[];
  /** Loads the command's module (only now) and runs it. */
  run: (parsed: ParsedCommand, io: Io) => Promise<number>;
}

/** A command line read against the table. */
export interface ParsedCommand {
  command: CommandSpec;
  flags: Record<string, string | boolean | string[] | undefined>;
  args: string[];
}

const OUTPUT_FORMATS = ['text', 'json'] as const;

const format = (values: readonly string[], description: string): FlagSpec => ({
  type: 'string',
  value: `<${values.join('|')}>`,
  values,
  description,
});

const INSTANT = '<instant|date>';

/** Flags every command takes. */
export const GLOBAL_FLAGS: Record<string, FlagSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show the help of the command' },
  version: { type: 'boolean', short: 'V', description: 'print the version of fangkong' },
  debug: { type: 'boolean', description: 'print stack traces of errors' },
};

const PLAN_FLAGS: Record<string, FlagSpec> = {
  jurisdiction: {
    type: 'string',
    short: 'j',
    value: '<code|name>',
    description:
      'where the rules apply: CN-LN-DL, 大连市, Dalian or 210200 (the pack in force at the anchor is used)',
  },
  pack: {
    type: 'string',
    value: '<file|id>',
    description: 'a policy pack: a JSON file or a built-in pack id',
  },
  category: {
    type: 'string',
    short: 'c',
    value: '<id>',
    description: 'the quarantine category, e.g. closeContact, inbound, discharged',
  },
  anchor: { type: 'string', short: 'a', value: INSTANT, description: 'last exposure, arrival, discharge…' },
  'rules-at': {
    type: 'string',
    value: INSTANT,
    description: 'apply the rules in force then (default: the anchor)',
  },
  test: {
    type: 'string',
    multiple: true,
    value: '<instant>=<negative|positive>',
    description: 'a test result (repeat the flag for several)',
  },
  'case-in-facility': {
    type: 'string',
    multiple: true,
    value: INSTANT,
    description: 'a new case found in the facility (restarts the clock where the rule says so)',
  },
  identified: { type: 'string', value: INSTANT, description: 'when the person was identified, if late' },
  format: format(OUTPUT_FORMATS, 'a timeline for people, or JSON (default: text)'),
};

const PARSE_INPUT_FLAGS: Record<string, FlagSpec> = {
  published: {
    type: 'string',
    short: 'p',
    value: INSTANT,
    description: "publication instant (default: the document's own stamp; without either, an error says so)",
  },
  region: {
    type: 'string',
    short: 'r',
    value: '<name>',
    description: 'region of bulletins that name none, e.g. 大连市',
  },
};

function load<T>(
  loader: () => Promise<T>,
  call: (module: T, parsed: ParsedCommand, io: Io) => Promise<number>,
) {
  return async (parsed: ParsedCommand, io: Io) => call(await loader(), parsed, io);
}

const str = (parsed: ParsedCommand, name: string): string | undefined => {
  const value = parsed.flags[name];
  return typeof value === 'string' ? value : undefined;
};
const list = (parsed: ParsedCommand, name: string): string[] => {
  const value = parsed.flags[name];
  return Array.isArray(value) ? value : [];
};
const bool = (parsed: ParsedCommand, name: string): boolean => parsed.flags[name] === true;
/** `--format` of the commands that print text or JSON (the flag's declared choices checked it already). */
const textOrJson = (parsed: ParsedCommand): 'text' | 'json' | undefined =>
  str(parsed, 'format') as 'text' | 'json' | undefined;

/** Copies defined values only (the options objects use exact optional properties). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as never;
}

function planOptions(parsed: ParsedCommand) {
  return defined({
    jurisdiction: str(parsed, 'jurisdiction'),
    pack: str(parsed, 'pack'),
    category: str(parsed, 'category'),
    anchor: str(parsed, 'anchor'),
    rulesAt: str(parsed, 'rules-at'),
    tests: list(parsed, 'test'),
    casesInFacility: list(parsed, 'case-in-facility'),
    identified: str(parsed, 'identified'),
    format: textOrJson(parsed),
  });
}

/** The commands, in the order the main help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'parse',
    summary: 'read bulletins and notices (text or HTML) into records with the source of every figure',
    args: '[files|dirs|globs|-]...',
    arity: { min: 0, max: Number.POSITIVE_INFINITY },
    flags: {
      ...PARSE_INPUT_FLAGS,
      format: format(
        ['table', 'json', 'ndjson', 'csv'],
        'output (default: table on a terminal, ndjson otherwise); csv: one row per daily bulletin',
      ),
      input: format(
        ['text', 'ndjson'],
        'what stdin holds: one document (text), or NDJSON lines {path|text, published?, region?}',
      ),
      kind: {
        type: 'string',
        short: 'k',
        multiple: true,
        value: '<kind>',
        values: ['dailyBulletin', 'riskChange', 'unsealing', 'pressConference', 'bulletinIndex'],
        description: 'keep only records of this kind (repeat, or separate with commas)',
      },
      strict: { type: 'boolean', description: 'exit 1 when any warning is reported' },
      explain: {
        type: 'boolean',
        short: 'e',
        description: 'show each figure with its source text highlighted (instead of the table)',
      },
      codes: { type: 'boolean', description: 'resolve area names to official division codes (loads 7 MB)' },
      jobs: {
        type: 'string',
        short: 'J',
        value: '<n>',
        description: 'worker threads for batches (default: the number of cores)',
      },
      quiet: { type: 'boolean', short: 'q', description: 'no warnings on stderr (errors still print)' },
    },
    examples: [
      'fangkong parse bulletin.txt                          # a table of the records',
      "fangkong parse 'archive/**/*.html' --format csv > cases.csv",
      'fangkong parse notice.txt --explain                  # each figure with its source text',
      'curl -s https://example.org/b.html | fangkong parse - --published 2021-01-13 --format json',
      "jq -c '{path: .}' <<< '\"a.txt\"' | fangkong parse --input ndjson",
    ],
    run: load(
      () => import('./commands/parse'),
      (module, parsed, io) => {
        const jobs = str(parsed, 'jobs');
        return module.parse(
          defined({
            inputs: parsed.args,
            published: str(parsed, 'published'),
            region: str(parsed, 'region'),
            format: str(parsed, 'format') as 'table' | 'json' | 'ndjson' | 'csv' | undefined,
            input: str(parsed, 'input') as 'text' | 'ndjson' | undefined,
            kinds: list(parsed, 'kind').flatMap((item) => item.split(',')),
            strict: bool(parsed, 'strict'),
            explain: bool(parsed, 'explain'),
            codes: bool(parsed, 'codes'),
            quiet: bool(parsed, 'quiet'),
            jobs: jobs === undefined ? undefined : positiveInteger(jobs, '--jobs'),
          }),
          io,
        );
      },
    ),
  },
  {
    name: 'plan',
    summary: 'a quarantine plan: phases, test days, release, and the rules it rests on',
    args: '',
    arity: { min: 0, max: 0 },
    flags: PLAN_FLAGS,
    examples: [
      'fangkong plan -j CN-LN-DL -c closeContact -a 2021-06-01        # 8th protocol: 14 + 7',
      'fangkong plan -j CN-LN-DL -c unsealing -a 2020-12-25 --rules-at 2021-01-13',
      'fangkong plan --pack cn-p9-2022-06 -c closeContact -a 2022-07-01T15:00+08:00 --format json',
    ],
    run: load(
      () => import('./commands/plan'),
      (module, parsed, io) => module.plan(planOptions(parsed), io),
    ),
  },
  {
    name: 'status',
    summary: 'where a person stands in a quarantine plan at an instant',
    args: '',
    arity: { min: 0, max: 0 },
    flags: { ...PLAN_FLAGS, at: { type: 'string', value: INSTANT, description: 'the instant asked about' } },
    examples: ['fangkong status -j CN-LN-DL -c closeContact -a 2021-06-01 --at 2021-06-10T12:00+08:00'],
    run: load(
      () => import('./commands/plan'),
      (module, parsed, io) =>
        module.status({ ...planOptions(parsed), ...defined({ at: str(parsed, 'at') }) }, io),
    ),
  },
  {
    name: 'risk',
    summary: 'the risk level of an area at an instant, and the earliest downgrades from its case history',
    args: '',
    arity: { min: 0, max: 0 },
    flags: {
      jurisdiction: {
        ...PLAN_FLAGS.jurisdiction!,
        description: 'where the rules apply: CN-LN-DL, 大连市, Dalian or 210200',
      },
      pack: PLAN_FLAGS.pack!,
      scheme: { type: 'string', value: '<id>', description: 'the risk scheme (default: the first in force)' },
      level: {
        type: 'string',
        short: 'l',
        value: '<id>',
        description: 'the level the area was put at, e.g. medium',
      },
      entered: { type: 'string', value: INSTANT, description: 'when the area entered that level' },
      'entered-from': { type: 'string', value: '<id>', description: 'the level it came down from' },
      'last-case': { type: 'string', value: INSTANT, description: 'its last case' },
      case: { type: 'string', multiple: true, value: INSTANT, description: 'a case in the area (repeat)' },
      screening: {
        type: 'string',
        multiple: true,
        value: '<instant>=<negative|positive>',
        description: 'an area-wide screening and its result (repeat)',
      },
      at: { type: 'string', value: INSTANT, description: 'the instant asked about (default: now)' },
      format: format(OUTPUT_FORMATS, 'text for people, or JSON (default: text)'),
    },
    examples: [
      'fangkong risk -j CN-LN-DL --level medium --last-case 2021-11-08 --at 2021-11-23     # seed 001: low',
      'fangkong risk --pack dl-2021-01 --level medium --last-case 2020-12-20 --at 2021-01-14',
    ],
    run: load(
      () => import('./commands/risk'),
      (module, parsed, io) =>
        module.risk(
          defined({
            jurisdiction: str(parsed, 'jurisdiction'),
            pack: str(parsed, 'pack'),
            scheme: str(parsed, 'scheme'),
            level: str(parsed, 'level'),
            entered: str(parsed, 'entered'),
            enteredFrom: str(parsed, 'entered-from'),
            lastCase: str(parsed, 'last-case'),
            cases: list(parsed, 'case'),
            screenings: list(parsed, 'screening'),
            at: str(parsed, 'at'),
            format: textOrJson(parsed),
          }),
          io,
        ),
    ),
  },
  {
    name: 'risk timeline',
    summary: 'a risk timeline from parsed notices: the level of an area at an instant, or all areas',
    args: '<files|dirs|globs|->...',
    arity: { min: 1, max: Number.POSITIVE_INFINITY },
    flags: {
      ...PARSE_INPUT_FLAGS,
      area: {
        type: 'string',
        value: '<name>',
        description: 'the area asked about (its full name as written)',
      },
      at: { type: 'string', value: INSTANT, description: 'the instant asked about (default: now)' },
      scheme: { type: 'string', value: '<id>', description: 'only this scheme (riskArea, controlZone, …)' },
      format: format(OUTPUT_FORMATS, 'a table for people, or JSON (default: text)'),
    },
    examples: [
      'fangkong risk timeline notices/ --at 2021-11-23        # every area and its level then',
      'fangkong risk timeline notices/*.txt --area 庄河市城关街道海洋村刘亮屯 --at 2021-11-23',
    ],
    run: load(
      () => import('./commands/riskTimeline'),
      (module, parsed, io) =>
        module.riskTimeline(
          defined({
            inputs: parsed.args,
            published: str(parsed, 'published'),
            region: str(parsed, 'region'),
            area: str(parsed, 'area'),
            at: str(parsed, 'at'),
            scheme: str(parsed, 'scheme'),
            format: textOrJson(parsed),
          }),
          io,
        ),
    ),
  },
  {
    name: 'policy list',
    summary: 'the built-in policy packs with their jurisdictions, dates and sources',
    args: '',
    arity: { min: 0, max: 0 },
    flags: { format: format(OUTPUT_FORMATS, 'a table, or JSON (default: text)') },
    examples: ['fangkong policy list', 'fangkong policy list --format json | jq -r ".[].id"'],
    run: load(
      () => import('./commands/policy'),
      (module, parsed, io) => module.policyList(defined({ format: textOrJson(parsed) }), io),
    ),
  },
  {
    name: 'policy show',
    summary: 'one policy pack: its categories, schemes and citations',
    args: '<id|file>',
    arity: { min: 1, max: 1 },
    flags: { format: format(OUTPUT_FORMATS, 'a summary, or the pack as JSON (default: text)') },
    examples: ['fangkong policy show dl-2021-01', 'fangkong policy show my-pack.json --format json'],
    run: load(
      () => import('./commands/policy'),
      (module, parsed, io) =>
        module.policyShow(
          {
            pack: parsed.args[0]!,
            ...defined({ format: textOrJson(parsed) }),
          },
          io,
        ),
    ),
  },
  {
    name: 'policy validate',
    summary: 'check a policy pack file: every problem with its JSON path; exit 1 if any',
    args: '<file>',
    arity: { min: 1, max: 1 },
    flags: { format: format(OUTPUT_FORMATS, 'one problem a line, or JSON (default: text)') },
    examples: ['fangkong policy validate my-pack.json'],
    run: load(
      () => import('./commands/policy'),
      (module, parsed, io) =>
        module.policyValidate(
          {
            file: parsed.args[0]!,
            ...defined({ format: textOrJson(parsed) }),
          },
          io,
        ),
    ),
  },
  {
    name: 'policy schema',
    summary: 'print the JSON Schema of policy packs (for editors: "$schema")',
    args: '',
    arity: { min: 0, max: 0 },
    flags: {},
    examples: ['fangkong policy schema > policy-pack.schema.json'],
    run: load(
      () => import('./commands/policy'),
      (module, _parsed, io) => module.policySchema(io),
    ),
  },
  {
    name: 'areas resolve',
    summary: 'official division codes of area names, with the path, confidence and candidates',
    args: '<name>...',
    arity: { min: 1, max: Number.POSITIVE_INFINITY },
    flags: {
      within: {
        type: 'string',
        value: '<code|name>',
        description: 'a division that holds the names, e.g. 大连市',
      },
      format: format(OUTPUT_FORMATS, 'a table, or JSON (default: text)'),
    },
    examples: [
      'fangkong areas resolve 金普新区光中街道和平社区',
      'fangkong areas resolve 城关街道海洋村 --within 大连市',
    ],
    run: load(
      () => import('./commands/areas'),
      (module, parsed, io) =>
        module.areasResolve(
          {
            names: parsed.args,
            ...defined({
              within: str(parsed, 'within'),
              format: textOrJson(parsed),
            }),
          },
          io,
        ),
    ),
  },
  {
    name: 'keywords',
    summary: 'the characteristic words of a document (nodejieba with our dictionary)',
    args: '<file|->',
    arity: { min: 1, max: 1 },
    flags: {
      top: { type: 'string', short: 'n', value: '<n>', description: 'how many (default: 10)' },
      format: format(OUTPUT_FORMATS, 'one word a line, or JSON (default: text)'),
    },
    examples: ['fangkong keywords notice.txt --top 5'],
    run: load(
      () => import('./commands/jieba'),
      (module, parsed, io) => {
        const top = str(parsed, 'top');
        return module.keywords(
          {
            file: parsed.args[0]!,
            ...defined({
              top: top === undefined ? undefined : positiveInteger(top, '--top'),
              format: textOrJson(parsed),
            }),
          },
          io,
        );
      },
    ),
  },
  {
    name: 'classify',
    summary: 'what kinds of document a text is (bulletin, risk change, unsealing…), with the evidence',
    args: '<file|->',
    arity: { min: 1, max: 1 },
    flags: { format: format(OUTPUT_FORMATS, 'a table, or JSON (default: text)') },
    examples: ['fangkong classify press-conference.txt'],
    run: load(
      () => import('./commands/jieba'),
      (module, parsed, io) =>
        module.classify(
          {
            file: parsed.args[0]!,
            ...defined({ format: textOrJson(parsed) }),
          },
          io,
        ),
    ),
  },
  {
    name: 'completion',
    summary: 'a shell completion script for bash, zsh or fish',
    args: '<bash|zsh|fish>',
    arity: { min: 1, max: 1 },
    flags: {},
    examples: [
      'fangkong completion bash >> ~/.bashrc',
      'fangkong completion zsh > ~/.zfunc/_fangkong     # with fpath+=(~/.zfunc) in ~/.zshrc',
      'fangkong completion fish > ~/.config/fish/completions/fangkong.fish',
    ],
    run: load(
      () => import('./commands/completion'),
      (module, parsed, io) => module.completion({ shell: parsed.args[0]! }, io),
    ),
  },
];

/** Reads a positive integer flag value. */
export function positiveInteger(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new CliError('USAGE', `${flag} takes a whole number of 1 or more, not "${value}"`, {
      expected: 'a positive integer',
      example: `${flag} 4`,
    });
  }
  return Number(value);
}

/** The command an argv names (`risk timeline` before `risk`), and where its own arguments start. */
export function findCommand(argv: readonly string[]): { command: CommandSpec; rest: string[] } | null {
  const [first, second] = argv;
  if (first === undefined) return null;
  const two = COMMANDS.find((command) => command.name === `${first} ${second}`);
  if (two) return { command: two, rest: argv.slice(2) };
  const one = COMMANDS.find((command) => command.name === first);
  return one ? { command: one, rest: argv.slice(1) } : null;
}

/** Names a group of subcommands shares (`policy`, `areas`), for `fangkong policy` alone. */
export function subcommandsOf(group: string): CommandSpec[] {
  return COMMANDS.filter((command) => command.name.startsWith(`${group} `));
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const value = distance(word, candidate);
    if (value < bestDistance) {
      best = candidate;
      bestDistance = value;
    }
  }
  return best;
}

/** Suggests a known command for a mistyped one. */
export function suggestCommand(word: string): string | undefined {
  return closest(
    word,
    COMMANDS.map((command) => command.name.split(' ')[0]!),
  );
}

/**
 * Reads a command's arguments with `node:util` parseArgs (strict: unknown flags and missing values
 * are usage errors that say what was expected), then checks values and argument counts.
 */
export function parseCommand(command: CommandSpec, argv: readonly string[]): ParsedCommand {
  const specs = { ...GLOBAL_FLAGS, ...command.flags };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageFromParseArgs(command, specs, error);
  }
  const flags = parsed.values as ParsedCommand['flags'];
  if (flags.help || flags.version) return { command, flags, args: parsed.positionals };
  for (const [name, spec] of Object.entries(command.flags)) {
    const value = flags[name];
    if (!spec.values || value === undefined) continue;
    const given = (Array.isArray(value) ? value : [String(value)]).flatMap((item) => item.split(','));
    for (const item of given) {
      if (!spec.values.includes(item)) {
        const hint = closest(item, spec.values);
        throw new CliError(
          'USAGE',
          `--${name} does not take "${item}"${hint ? ` (did you mean ${hint}?)` : ''}; expected one of ${spec.values.join(', ')}`,
          {
            expected: spec.values.join(' | '),
            example: `fangkong ${command.name} --${name} ${spec.values[0]}`,
          },
        );
      }
    }
  }
  const args = parsed.positionals;
  if (args.length < command.arity.min || args.length > command.arity.max) {
    const wanted =
      command.arity.max === 0
        ? 'no arguments'
        : command.arity.min === command.arity.max
          ? `${command.arity.min} argument${command.arity.min > 1 ? 's' : ''} (${command.args})`
          : `at least ${command.arity.min} argument (${command.args})`;
    throw new CliError(
      'USAGE',
      `fangkong ${command.name} takes ${wanted}; got ${args.length === 0 ? 'none' : args.map((arg) => `"${arg}"`).join(' ')}`,
      { expected: `fangkong ${command.name} ${command.args}`.trim(), example: exampleOf(command) },
    );
  }
  return { command, flags, args };
}

function exampleOf(command: CommandSpec): string {
  return (command.examples[0] ?? `fangkong ${command.name}`).replace(/\s+#.*$/, '');
}

function usageFromParseArgs(command: CommandSpec, specs: Record<string, FlagSpec>, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const message = String((error as Error).message ?? error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const names = Object.keys(specs);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const hint = closest(flag.replace(/^-+/, ''), names);
    return new CliError(
      'USAGE',
      `fangkong ${command.name} has no flag ${flag}${hint ? ` (did you mean --${hint}?)` : ''}`,
      { expected: `one of ${names.map((name) => `--${name}`).join(', ')}`, example: exampleOf(command) },
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^-+/, '').split(/[ ,]/)[0] ?? '';
    const spec = specs[name] ?? Object.values(specs).find((item) => item.short === name);
    const expects = spec?.type === 'boolean' ? 'no value' : `a value ${spec?.value ?? ''}`.trim();
    return new CliError('USAGE', `${flag} of fangkong ${command.name} takes ${expects}`, {
      expected: expects,
      example: exampleOf(command),
    });
  }
  return new CliError('USAGE', message, { example: exampleOf(command) });
}

/** The help of one command: usage, flags, examples. */
export function commandHelp(command: CommandSpec): string {
  const lines = [
    `fangkong ${command.name}: ${command.summary}`,
    '',
    'Usage:',
    `  fangkong ${command.name} ${command.args}`.trimEnd(),
  ];
  lines.push('', 'Flags:', ...flagLines({ ...command.flags, ...GLOBAL_FLAGS }));
  lines.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`), '');
  return lines.join('\n');
}

function flagLines(flags: Record<string, FlagSpec>): string[] {
  const heads = Object.entries(flags).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '    ';
    return `  ${short}--${name}${spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : ''}`;
  });
  const width = Math.min(44, Math.max(...heads.map((head) => head.length)) + 2);
  return Object.values(flags).map((spec, index) => {
    const head = heads[index]!;
    const repeat = spec.multiple ? ' (repeatable)' : '';
    return head.length >= width
      ? `${head}\n${' '.repeat(width)}${spec.description}${repeat}`
      : `${head.padEnd(width)}${spec.description}${repeat}`;
  });
}

/** The help of `fangkong` itself, or of a group (`fangkong policy`). */
export function mainHelp(group?: string): string {
  const commands = group ? subcommandsOf(group) : COMMANDS;
  const width = Math.max(...commands.map((command) => command.name.length)) + 4;
  return [
    'fangkong: Chinese epidemic-control bulletins, quarantine plans and risk levels, from the shell',
    '',
    'Usage:',
    `  fangkong ${group ?? '<command>'} ${group ? '<subcommand>' : ''} [flags]`.replace(/ +/g, ' '),
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Global flags:',
    ...flagLines(GLOBAL_FLAGS),
    '',
    'Exit codes: 0 ok; 1 input problems (or warnings under --strict); 2 usage error; 3 no rule found; 4 broken install; 70 bug.',
    `Run "fangkong <command> --help" for the flags and examples of a command.`,
    '',
  ].join('\n');
}
