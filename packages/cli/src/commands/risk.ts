import { CliError } from '../errors';
import { colorsFor, type Io, write } from '../io';
import { instantFlag, now, resultFlag, shortInstant } from '../_internal/instants';
import { type AreaFlags, answerRisk, transitionName } from '../_internal/riskRules';
import { explanationLines } from '../_internal/explain';

/** Options of {@link risk}: the flags of `fangkong risk`. */
export interface RiskOptions {
  jurisdiction?: string;
  pack?: string;
  scheme?: string;
  /** The level the area was put at. */
  level?: string;
  entered?: string;
  enteredFrom?: string;
  lastCase?: string;
  cases?: readonly string[];
  /** Screenings, `<instant>=<negative|positive>`. */
  screenings?: readonly string[];
  /** Default: now. */
  at?: string;
  format?: 'text' | 'json';
}

/**
 * `fangkong risk`: the level of an area at an instant and the chain of earliest downgrades from
 * its case history, each with the rule, what decided it (the day count or a floor) and citations.
 *
 * @example
 * await risk({ jurisdiction: 'CN-LN-DL', level: 'medium', lastCase: '2021-11-08', at: '2021-11-23' }, io);
 * // → low at 2021-11-23 00:00; medium → low from 2021-11-23 00:00 (14 days)
 */
export async function risk(options: RiskOptions, io: Io): Promise<number> {
  if (!options.level) {
    throw new CliError('USAGE', 'fangkong risk needs --level, the level the area was put at', {
      expected: 'a level id of the scheme, e.g. medium (fangkong policy show <pack> lists them)',
      example: 'fangkong risk -j CN-LN-DL --level medium --last-case 2021-11-08 --at 2021-11-23',
    });
  }
  const at = options.at ? instantFlag(options.at, '--at') : now();
  const flags: AreaFlags = { level: options.level };
  if (options.entered) flags.enteredAt = instantFlag(options.entered, '--entered');
  if (options.enteredFrom) flags.enteredFrom = options.enteredFrom;
  if (options.lastCase) flags.lastCaseAt = instantFlag(options.lastCase, '--last-case');
  if (options.cases?.length) flags.cases = options.cases.map((item) => ({ at: instantFlag(item, '--case') }));
  if (options.screenings?.length) {
    flags.screenings = options.screenings.map((item) => {
      const screening = resultFlag(item, '--screening');
      return { at: screening.at, negative: screening.result === 'negative' };
    });
  }
  const answer = await answerRisk(options, flags, at, io.cwd);
  const { level, chain } = answer;
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify({ at, ...level, chain }, null, 2)}\n`);
    return 0;
  }
  const c = await colorsFor(io.stdout, io.env);
  const lines = [
    `${c.bold(`${level.level} (${level.levelName})`)} at ${shortInstant(at)} · scheme ${level.scheme} of pack ${level.packId}${level.since ? ` · since ${shortInstant(level.since)}` : ''}`,
  ];
  if (chain.steps.length === 0)
    lines.push(`no downgrade from this level${chain.stoppedBy ? `: ${chain.stoppedBy}` : ''}`);
  for (const step of chain.steps) {
    const decided =
      step.decidedBy === 'floor'
        ? `the floor ${shortInstant(step.notBefore)} (days alone: ${shortInstant(step.byDays)})`
        : 'the day count';
    lines.push(
      `${transitionName(answer, step)}: ${step.blockedBy ? c.red(`blocked: ${step.blockedBy}`) : `from ${c.bold(shortInstant(step.at))}`} · decided by ${decided}${step.pendingConditions.length ? ` · pending: ${step.pendingConditions.join('; ')}` : ''}`,
    );
  }
  lines.push(
    '',
    c.bold('Why:'),
    ...explanationLines([...level.explanation, ...chain.steps.flatMap((step) => step.explanation)], c.dim),
  );
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}
