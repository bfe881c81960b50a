/** The steps of an explanation with their quoted citations, for people. */
export function explanationLines(
  steps: readonly { step: string; text: string; quote?: string; document?: string; instant?: string }[],
  dim: (text: string) => string,
): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    // riskLevelAt's explanation repeats the downgrades already applied: each step once.
    const key = `${step.step}|${step.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${seen.size}. ${step.text}`);
    if (step.quote) lines.push(dim(`     「${step.quote}」${step.document ? ` ${step.document}` : ''}`));
  }
  return lines;
}
