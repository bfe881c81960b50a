import type { QuarantinePlan, QuarantinePlanInput, QuarantineStatus } from '@fangkong/core/quarantine';
import { CliError } from '../errors';
import { colorsFor, type Io, write } from '../io';
import { instantFlag, now, optionalInstant, resultFlag, shortInstant } from '../_internal/instants';
import { explanationLines } from '../_internal/explain';
import { loadPack } from '../_internal/packs';

/** Options of {@link plan}: the flags of `fangkong plan`. */
export interface PlanOptions {
  /** Where the rules apply (e.g. `CN-LN-DL`); or give `pack`. */
  jurisdiction?: string;
  /** A built-in pack id or a pack file. */
  pack?: string;
  category?: string;
  /** The anchor: an instant or a date. */
  anchor?: string;
  rulesAt?: string;
  /** Test results, `<instant>=<negative|positive>`. */
  tests?: readonly string[];
  casesInFacility?: readonly string[];
  identified?: string;
  format?: 'text' | 'json';
}

/** Options of {@link status}: a plan and the instant asked about. */
export interface StatusOptions extends PlanOptions {
  /** Default: now. */
  at?: string;
}

async function makePlan(options: PlanOptions, io: Io): Promise<QuarantinePlan> {
  if (!options.category) {
    throw new CliError('USAGE', 'a plan needs --category', {
      expected: 'a quarantine category id, e.g. closeContact (fangkong policy show <pack> lists them)',
      example: 'fangkong plan -j CN-LN-DL -c closeContact -a 2021-06-01',
    });
  }
  if (!options.anchor) {
    throw new CliError('USAGE', 'a plan needs --anchor', {
      expected: 'the instant or date the days count from (last exposure, arrival, discharge…)',
      example: 'fangkong plan -j CN-LN-DL -c closeContact -a 2021-06-01',
    });
  }
  if (!options.jurisdiction === !options.pack) {
    throw new CliError('USAGE', 'a plan needs either --jurisdiction or --pack (one of them)', {
      expected: '--jurisdiction CN-LN-DL, or --pack dl-2021-01 / --pack my-pack.json',
      example: 'fangkong plan -j CN-LN-DL -c closeContact -a 2021-06-01',
    });
  }
  const input: QuarantinePlanInput = {
    category: options.category,
    anchor: instantFlag(options.anchor, '--anchor'),
  };
  if (options.pack) input.pack = await loadPack(options.pack, io.cwd);
  if (options.jurisdiction) input.jurisdiction = options.jurisdiction;
  const rulesAt = optionalInstant(options.rulesAt, '--rules-at');
  if (rulesAt) input.rulesAt = rulesAt;
  if (options.tests?.length) input.tests = options.tests.map((test) => resultFlag(test, '--test'));
  const events: NonNullable<QuarantinePlanInput['events']>[number][] = [];
  for (const at of options.casesInFacility ?? [])
    events.push({ kind: 'caseInFacility', at: instantFlag(at, '--case-in-facility') });
  if (options.identified)
    events.push({ kind: 'identified', at: instantFlag(options.identified, '--identified') });
  if (events.length > 0) input.events = events;
  const { planQuarantine } = await import('@fangkong/core/quarantine');
  return planQuarantine(input);
}

/**
 * `fangkong plan`: a quarantine plan with its phases, test days, release and explanation.
 *
 * @example
 * await plan({ jurisdiction: 'CN-LN-DL', category: 'closeContact', anchor: '2021-06-01' }, io);
 * // prints the 14 + 7 days of the 8th protocol with their test days and citations
 */
export async function plan(options: PlanOptions, io: Io): Promise<number> {
  const result = await makePlan(options, io);
  if (options.format === 'json') await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
  else await write(io.stdout, await planText(result, io));
  return 0;
}

/**
 * `fangkong status`: where a person stands in a plan at an instant.
 *
 * @example
 * await status({ jurisdiction: 'CN-LN-DL', category: 'closeContact', anchor: '2021-06-01', at: '2021-06-10T12:00+08:00' }, io);
 * // → in quarantine, day 9, centralized, 12 days left
 */
export async function status(options: StatusOptions, io: Io): Promise<number> {
  const result = await makePlan(options, io);
  const at = options.at ? instantFlag(options.at, '--at') : now();
  const { quarantineStatus } = await import('@fangkong/core/quarantine');
  const state = quarantineStatus(result, at);
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify({ at, ...state, plan: result }, null, 2)}\n`);
  } else {
    await write(io.stdout, await statusText(result, state, at, io));
  }
  return 0;
}

const PHASE_NAMES: Record<string, string> = {
  centralized: 'centralized quarantine',
  homeQuarantine: 'home quarantine',
  homeMonitoring: 'home health monitoring',
  dailyMonitoring: 'daily health monitoring',
};

async function planText(result: QuarantinePlan, io: Io): Promise<string> {
  const c = await colorsFor(io.stdout, io.env);
  const lines = [
    `${c.bold(`${result.categoryName} (${result.category})`)} · pack ${result.packId}`,
    `anchor     ${shortInstant(result.anchor)} (${result.anchorKind}, day ${result.dayZero === 'anchorDayIsOne' ? 1 : 0})`,
  ];
  if (result.countedFrom !== result.anchor) lines.push(`counted    from ${shortInstant(result.countedFrom)}`);
  for (const phase of result.phases) {
    const name = PHASE_NAMES[phase.kind] ?? phase.kind;
    const tests =
      phase.tests.length > 0
        ? `tests ${phase.tests.map((test) => test.date.slice(5)).join(', ')}`
        : 'no tests named';
    lines.push(
      `${phase.skipped ? c.dim('skipped ') : 'phase    '}  ${shortInstant(phase.start)} → ${shortInstant(phase.end)}  ${c.bold(name)}${phase.label ? ` ${phase.label}` : ''}, ${phase.days} days (days ${phase.firstDay}–${phase.lastDay}) · ${tests}`,
    );
  }
  for (const condition of result.conditions) {
    const met = condition.met === null ? 'no results given' : condition.met ? 'met' : 'not met yet';
    lines.push(`condition  ${condition.text} (${met})`);
  }
  const outcome = result.outcome === 'scheduled' ? c.green(result.outcome) : c.yellow(result.outcome);
  lines.push(
    `${c.bold('release')}    ${c.bold(shortInstant(result.release))} · ${outcome}`,
    '',
    c.bold('Why:'),
  );
  lines.push(...explanationLines(result.explanation, c.dim));
  return `${lines.join('\n')}\n`;
}

async function statusText(
  result: QuarantinePlan,
  state: QuarantineStatus,
  at: string,
  io: Io,
): Promise<string> {
  const c = await colorsFor(io.stdout, io.env);
  const phase = state.phaseKind ? (PHASE_NAMES[state.phaseKind] ?? state.phaseKind) : null;
  const where =
    state.state === 'inQuarantine'
      ? `in quarantine: day ${state.day}${phase ? `, ${phase} day ${state.dayOfPhase}` : ''}, ${state.daysLeft} day${state.daysLeft === 1 ? '' : 's'} left${state.testToday ? ', a test today' : ''}`
      : state.state === 'released'
        ? 'released'
        : 'before the anchor';
  return `${shortInstant(at)}  ${c.bold(where)}\nrelease ${shortInstant(state.release)} (${result.categoryName}, pack ${result.packId})\n`;
}
