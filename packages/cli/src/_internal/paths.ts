/** `["rules", "quarantine", 0, "days"]` → `rules.quarantine[0].days`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the pack itself)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}
