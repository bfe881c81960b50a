import type { RiskEvent } from '@fangkong/core/risk';
import { CliError } from '../errors';
import { colorsFor, type Io, write } from '../io';
import { now, optionalInstant, shortInstant } from '../_internal/instants';
import { decodeDocument, expandInputs, readDocument, readStream } from '../_internal/inputs';

/** Options of {@link riskTimeline}: the flags of `fangkong risk timeline`. */
export interface RiskTimelineOptions {
  /** Files, directories, globs or `-` holding risk-change and unsealing notices. */
  inputs: readonly string[];
  published?: string;
  region?: string;
  /** The area asked about (full name as written); without it, every area. */
  area?: string;
  /** Default: now. */
  at?: string;
  /** Only this scheme. */
  scheme?: string;
  format?: 'text' | 'json';
}

/**
 * `fangkong risk timeline`: builds a `RiskTimeline` from the risk changes and unsealings parsed from
 * documents, then answers for one area (its level at the instant and its history) or lists every
 * area with its level at the instant. Contradictions between documents go to stderr.
 *
 * @returns 0, or 1 when a document could not be read
 * @example
 * await riskTimeline({ inputs: ['notices/'], at: '2021-11-23' }, io);
 * // → a table: area, scheme, level at 2021-11-23 00:00, since
 */
export async function riskTimeline(options: RiskTimelineOptions, io: Io): Promise<number> {
  const at = optionalInstant(options.at, '--at') ?? now();
  const published = optionalInstant(options.published, '--published');
  const { extractRecords } = await import('@fangkong/core/extract');
  const { RiskTimeline, riskEventsFromRecords, schemeOfEvent } = await import('@fangkong/core/risk');
  const timeline = new RiskTimeline();
  let failed = 0;
  const events: RiskEvent[] = [];
  for (const ref of await expandInputs(options.inputs, io.cwd)) {
    if (ref.problem) {
      failed++;
      await write(io.stderr, `${ref.name}: error UNREADABLE_INPUT: ${ref.problem}\n`);
      continue;
    }
    const text =
      ref.path === null
        ? decodeDocument(await readStream(io.stdin), '<stdin>')
        : await readDocument(ref.path, ref.name);
    if (typeof text !== 'string') {
      failed++;
      await write(io.stderr, `${ref.name}: error ${text.code}: ${text.message}\n`);
      continue;
    }
    const { records } = extractRecords(text, {
      ...(published ? { reference: published } : {}),
      ...(options.region ? { region: options.region } : {}),
    });
    const made = riskEventsFromRecords(records, { documentId: ref.name });
    for (const warning of made.warnings)
      await write(io.stderr, `${ref.name}: warning ${warning.code}: ${warning.message}\n`);
    events.push(...made.events);
  }
  timeline.add(events);
  for (const problem of timeline.contradictions()) {
    await write(io.stderr, `warning ${problem.kind}: ${problem.message}\n`);
  }
  const schemes = [...new Set(events.map(schemeOfEvent))].filter(
    (scheme) => !options.scheme || scheme === options.scheme,
  );

  if (options.area) {
    const answers = schemes
      .map((scheme) => ({
        scheme,
        level: timeline.levelAt(options.area!, at, scheme),
        history: timeline.history(options.area!, scheme),
      }))
      .filter((answer) => answer.history.length > 0);
    if (answers.length === 0) {
      throw new CliError('INPUT_PROBLEM', `no notice in these documents names the area "${options.area}"`, {
        expected: `a full name as the notices write it, e.g. ${timeline.areas(schemes[0]).slice(0, 2).join(', ') || '(no area found)'}`,
        example: 'fangkong risk timeline notices/ --at 2021-11-23   (lists every area)',
      });
    }
    if (options.format === 'json') {
      await write(io.stdout, `${JSON.stringify({ area: options.area, at, answers }, null, 2)}\n`);
    } else {
      const c = await colorsFor(io.stdout, io.env);
      const lines: string[] = [];
      for (const answer of answers) {
        lines.push(
          `${c.bold(options.area)} · ${answer.scheme}: ${c.bold(answer.level ?? 'no level')} at ${shortInstant(at)}`,
        );
        for (const period of answer.history) {
          lines.push(
            `  ${shortInstant(period.from)} → ${period.until ? shortInstant(period.until) : 'now'}  ${period.level}  ${c.dim(period.event.source?.documentId ?? '')}`,
          );
        }
      }
      await write(io.stdout, `${lines.join('\n')}\n`);
    }
  } else {
    const rows = schemes.flatMap((scheme) =>
      timeline.areas(scheme).map((area) => {
        const level = timeline.levelAt(area, at, scheme);
        const since =
          timeline
            .history(area, scheme)
            .filter((period) => period.from <= at)
            .at(-1)?.from ?? null;
        return { area, scheme, level, since };
      }),
    );
    if (options.format === 'json')
      await write(io.stdout, `${JSON.stringify({ at, areas: rows }, null, 2)}\n`);
    else {
      const width = Math.max(4, ...rows.map((row) => row.area.length * 2));
      const lines = [`${'area'.padEnd(width)}  scheme            level at ${shortInstant(at)}   since`];
      for (const row of rows) {
        lines.push(
          `${row.area}${' '.repeat(Math.max(0, width - row.area.length * 2))}  ${row.scheme.padEnd(16)}  ${(row.level ?? '—').padEnd(20)}  ${shortInstant(row.since)}`,
        );
      }
      await write(io.stdout, `${lines.join('\n')}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
