// The entry of @fangkong/{{name}}. List every export by name, `export type` apart (never
// `export *`); helpers that no entry exports live under src/_internal/. Each public function has
// JSDoc with an @example that shows its result.
export const packageName = '@fangkong/{{name}}';
