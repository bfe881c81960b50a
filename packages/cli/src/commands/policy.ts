import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors';
import { colorsFor, type Io, write } from '../io';
import { shortInstant } from '../_internal/instants';
import { loadPack } from '../_internal/packs';
import { formatPath } from '../_internal/paths';

type Format = { format?: 'text' | 'json' };

/**
 * `fangkong policy list`: the built-in packs, with jurisdiction, dates, contents and sources.
 *
 * @example
 * await policyList({}, io); // id, jurisdiction, from, until, title of the 15 built-in packs
 */
export async function policyList(options: Format, io: Io): Promise<number> {
  const { builtInPacks } = await import('@fangkong/core/policy');
  const summaries = builtInPacks.map((pack) => ({
    id: pack.id,
    jurisdiction: pack.jurisdiction,
    from: pack.effective.from,
    until: pack.effective.until,
    title: pack.title,
    quarantine: pack.rules.quarantine.map((category) => category.id),
    riskSchemes: pack.rules.riskSchemes.map((scheme) => scheme.id),
    sources: pack.citations.map((citation) => `${citation.document} (${citation.date})`),
  }));
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(summaries, null, 2)}\n`);
    return 0;
  }
  const c = await colorsFor(io.stdout, io.env);
  const width = Math.max(...summaries.map((pack) => pack.id.length));
  const lines = summaries.map(
    (pack) =>
      `${c.bold(pack.id.padEnd(width))}  ${pack.jurisdiction.padEnd(8)}  ${pack.from.slice(0, 10)} → ${pack.until ? pack.until.slice(0, 10) : 'open      '}  ${pack.title}`,
  );
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

/**
 * `fangkong policy show <id|file>`: a pack's categories, schemes and citations.
 *
 * @example
 * await policyShow({ pack: 'dl-2021-01' }, io);
 */
export async function policyShow(options: { pack: string } & Format, io: Io): Promise<number> {
  const pack = await loadPack(options.pack, io.cwd);
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(pack, null, 2)}\n`);
    return 0;
  }
  const c = await colorsFor(io.stdout, io.env);
  const lines = [
    `${c.bold(pack.id)}  ${pack.title}`,
    `jurisdiction ${pack.jurisdiction} · in force ${shortInstant(pack.effective.from)} → ${pack.effective.until ? shortInstant(pack.effective.until) : 'open'}`,
  ];
  if (pack.rules.noQuarantine) lines.push('abolishes quarantine');
  if (pack.rules.noRiskAreas) lines.push('abolishes risk areas');
  if (pack.rules.quarantine.length > 0) lines.push('', c.bold('Quarantine categories:'));
  for (const category of pack.rules.quarantine) {
    const phases = category.phases.map((phase) => `${phase.days} ${phase.kind}`).join(' + ');
    lines.push(
      `  ${category.id.padEnd(22)} ${category.name}: ${phases || 'no phase'} (from ${category.anchor})`,
    );
  }
  if (pack.rules.riskSchemes.length > 0) lines.push('', c.bold('Risk schemes:'));
  for (const scheme of pack.rules.riskSchemes) {
    lines.push(
      `  ${scheme.id.padEnd(22)} ${scheme.name}: ${scheme.levels.map((level) => `${level.id} (${level.name})`).join(' < ')}`,
    );
    for (const rule of scheme.downgrades) {
      lines.push(
        `    ${rule.fromLevel} → ${rule.toLevel} after ${rule.daysWithoutNewCase} days${rule.notBefore ? `, not before ${shortInstant(rule.notBefore)}` : ''}`,
      );
    }
  }
  lines.push('', c.bold('Sources:'));
  for (const citation of pack.citations)
    lines.push(`  [${citation.id}] ${citation.document} (${citation.date}): 「${citation.quote}」`);
  if (pack.notes) lines.push('', c.dim(pack.notes));
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

/**
 * `fangkong policy validate <file>`: every problem of a pack file with its JSON path.
 *
 * @returns 0 when valid, 1 with the problems listed otherwise
 * @example
 * await policyValidate({ file: 'my-pack.json' }, io); // "rules.quarantine[0].phases[1].days: …"
 */
export async function policyValidate(options: { file: string } & Format, io: Io): Promise<number> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, options.file), 'utf8');
  } catch (error) {
    throw new CliError('UNREADABLE_INPUT', `cannot read ${options.file}: ${(error as Error).message}`, {
      expected: 'a readable JSON file',
    });
  }
  const { loadPolicyPack } = await import('@fangkong/core/schemas');
  const { isFangkongError } = await import('@fangkong/core/errors');
  try {
    const pack = loadPolicyPack(text);
    if (options.format === 'json')
      await write(io.stdout, `${JSON.stringify({ valid: true, id: pack.id, issues: [] })}\n`);
    else await write(io.stdout, `${options.file}: valid pack ${pack.id}\n`);
    return 0;
  } catch (error) {
    if (!isFangkongError(error) || error.code !== 'INVALID_POLICY_PACK') throw error;
    const issues = error.details.issues ?? [{ path: [], message: error.message }];
    if (options.format === 'json') {
      await write(io.stdout, `${JSON.stringify({ valid: false, issues }, null, 2)}\n`);
    } else {
      const lines = issues.map((issue) => `${options.file}: ${formatPath(issue.path)}: ${issue.message}`);
      await write(io.stdout, `${lines.join('\n')}\n`);
      await write(
        io.stderr,
        `fangkong: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${options.file}\n`,
      );
    }
    return 1;
  }
}

/**
 * `fangkong policy schema`: the JSON Schema of policy packs.
 *
 * @example
 * await policySchema(io); // {"$schema":"https://json-schema.org/draft/2020-12/schema", …}
 */
export async function policySchema(io: Io): Promise<number> {
  const { policyPackJsonSchema } = await import('@fangkong/core/schemas');
  await write(io.stdout, `${JSON.stringify(policyPackJsonSchema(), null, 2)}\n`);
  return 0;
}
