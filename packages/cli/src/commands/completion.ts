import { COMMANDS, type CommandSpec, GLOBAL_FLAGS } from '../cli';
import { CliError } from '../errors';
import { type Io, write } from '../io';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

const groups = () => [...new Set(COMMANDS.map((command) => command.name.split(' ')[0]!))];
const subcommands = (group: string) =>
  COMMANDS.filter((command) => command.name.startsWith(`${group} `)).map(
    (command) => command.name.split(' ')[1]!,
  );
const flagsOf = (command: CommandSpec) =>
  Object.keys({ ...command.flags, ...GLOBAL_FLAGS }).map((name) => `--${name}`);

/**
 * `fangkong completion <bash|zsh|fish>`: a completion script made from the same table as the parser,
 * so it always knows every command, subcommand, flag and fixed value.
 *
 * @example
 * await completion({ shell: 'bash' }, io); // complete -F _fangkong fangkong …
 */
export async function completion(options: { shell: string }, io: Io): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(options.shell)) {
    throw new CliError('USAGE', `no completion for the shell "${options.shell}"`, {
      expected: SHELLS.join(' | '),
      example: 'fangkong completion bash >> ~/.bashrc',
    });
  }
  const script = options.shell === 'bash' ? bash() : options.shell === 'zsh' ? zsh() : fish();
  await write(io.stdout, script);
  return 0;
}

function valueCases(indent: string): string {
  const cases: string[] = [];
  for (const command of COMMANDS) {
    for (const [name, spec] of Object.entries(command.flags)) {
      if (spec.values)
        cases.push(`${indent}"${command.name}:--${name}") words="${spec.values.join(' ')}" ;;`);
    }
  }
  return cases.join('\n');
}

function bash(): string {
  const commandCases = COMMANDS.map(
    (command) => `    "${command.name}") flags="${flagsOf(command).join(' ')}" ;;`,
  ).join('\n');
  const groupCases = groups()
    .filter((group) => subcommands(group).length > 0)
    .map((group) => `    ${group}) subs="${subcommands(group).join(' ')}" ;;`)
    .join('\n');
  return `# fangkong completion for bash: source it, or append it to ~/.bashrc
_fangkong() {
  local cur prev cmd subs flags words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${groups().join(' ')}" -- "$cur") )
    return
  fi
  cmd="\${COMP_WORDS[1]}"
  subs=""
  case "$cmd" in
${groupCases}
  esac
  if [ -n "$subs" ]; then
    if [ "$COMP_CWORD" -eq 2 ]; then
      COMPREPLY=( $(compgen -W "$subs" -- "$cur") )
      return
    fi
    case " $subs " in *" \${COMP_WORDS[2]} "*) cmd="$cmd \${COMP_WORDS[2]}" ;; esac
  fi
  words=""
  case "$cmd:$prev" in
${valueCases('    ')}
  esac
  if [ -n "$words" ]; then
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
    return
  fi
  flags=""
  case "$cmd" in
${commandCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _fangkong fangkong
`;
}

function zsh(): string {
  // zsh runs bash completions through bashcompinit: one script, the same behaviour.
  return `#compdef fangkong
# fangkong completion for zsh: save as _fangkong in a directory of $fpath
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(1).join('\n')}`;
}

function fish(): string {
  const lines = [
    '# fangkong completion for fish: save as ~/.config/fish/completions/fangkong.fish',
    'complete -c fangkong -f',
  ];
  const top = groups();
  lines.push(
    `complete -c fangkong -n "not __fish_seen_subcommand_from ${top.join(' ')}" -a "${top.join(' ')}"`,
  );
  for (const group of top) {
    const subs = subcommands(group);
    if (subs.length > 0) {
      lines.push(
        `complete -c fangkong -n "__fish_seen_subcommand_from ${group}; and not __fish_seen_subcommand_from ${subs.join(' ')}" -a "${subs.join(' ')}"`,
      );
    }
  }
  for (const command of COMMANDS) {
    const [group, sub] = command.name.split(' ');
    const condition = sub
      ? `__fish_seen_subcommand_from ${group}; and __fish_seen_subcommand_from ${sub}`
      : `__fish_seen_subcommand_from ${group}`;
    for (const [name, spec] of Object.entries({ ...command.flags, ...GLOBAL_FLAGS })) {
      const values = spec.values
        ? ` -x -a "${spec.values.join(' ')}"`
        : spec.type === 'string'
          ? ' -r -F'
          : '';
      const short = spec.short ? ` -s ${spec.short}` : '';
      lines.push(
        `complete -c fangkong -n "${condition}" -l ${name}${short}${values} -d ${JSON.stringify(spec.description.slice(0, 60))}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
