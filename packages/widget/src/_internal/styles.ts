/**
 * The elements' styles, adopted into each shadow root as a constructed stylesheet (no `<style>`
 * element and no `style` attribute, so `style-src 'self'` suffices). Theming: the custom
 * properties below, set on the element or any ancestor, and `::part()` for finer changes.
 */
const BASE = `
:host {
  --_accent: var(--fangkong-accent, #b5121b);
  --_fg: var(--fangkong-color, #1f2329);
  --_muted: var(--fangkong-muted-color, #5c6370);
  --_bg: var(--fangkong-background, #ffffff);
  --_border: var(--fangkong-border-color, #d6d9de);
  --_radius: var(--fangkong-radius, 4px);
  --_focus: var(--fangkong-focus-color, #1558d6);
  display: block;
  box-sizing: border-box;
  max-width: 100%;
  color: var(--_fg);
  background: var(--_bg);
  font-family: var(--fangkong-font-family, system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
  font-size: var(--fangkong-font-size, 16px);
  line-height: 1.6;
  border: 1px solid var(--_border);
  border-top: 3px solid var(--_accent);
  border-radius: var(--_radius);
  padding: 16px;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
h2 { font-size: 1.15em; margin: 0 0 12px; color: var(--_accent); }
h3 { font-size: 1em; margin: 16px 0 6px; }
form { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
.field { display: flex; flex-direction: column; gap: 4px; flex: 1 1 180px; min-width: 0; }
label { font-size: 0.9em; color: var(--_muted); }
input, select, button { font: inherit; min-height: 44px; border-radius: var(--_radius); }
input, select { border: 1px solid #8a9099; padding: 6px 8px; background: #fff; color: #1f2329; width: 100%; }
button {
  border: 1px solid var(--_accent); background: var(--_accent); color: #fff; padding: 6px 20px; cursor: pointer;
}
button.link { background: transparent; color: var(--_accent); border-color: var(--_border); text-align: left; width: 100%; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.status { margin: 12px 0 0; color: var(--_muted); }
.error { margin: 12px 0 0; color: #a10e16; }
.result { margin-top: 16px; }
.big { font-size: 1.3em; font-weight: 700; color: var(--_accent); margin: 4px 0; }
.muted { color: var(--_muted); font-size: 0.9em; }
ol, ul { padding-left: 1.4em; margin: 6px 0; }
li { margin: 4px 0; }
blockquote { margin: 4px 0 8px; padding: 4px 10px; border-left: 3px solid var(--_border); color: var(--_muted); }
details summary { cursor: pointer; min-height: 32px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dt { color: var(--_muted); }
dd { margin: 0; font-weight: 600; }
a { color: var(--_focus); }
svg { display: block; width: 100%; height: auto; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.phase-centralized { fill: var(--fangkong-phase-centralized, #b5121b); }
.phase-homeQuarantine { fill: var(--fangkong-phase-home-quarantine, #d9822b); }
.phase-homeMonitoring { fill: var(--fangkong-phase-home-monitoring, #2b7bb9); }
.phase-dailyMonitoring { fill: var(--fangkong-phase-daily-monitoring, #4a9a5b); }
.test-mark { fill: #fff; stroke: #1f2329; stroke-width: 1.5; }
.axis { fill: var(--_muted); font-size: 11px; }
.bar { fill: var(--fangkong-chart-color, var(--_accent)); }
.bar.zero { opacity: 0.45; }
.gridline { stroke: var(--_border); stroke-width: 1; }
@media (max-width: 480px) {
  :host { padding: 12px; }
  dl { grid-template-columns: 1fr; gap: 0; }
  dd { margin-bottom: 6px; }
  button { width: 100%; }
}
`;

let sheet: CSSStyleSheet | null = null;

/** The one stylesheet every element's shadow root adopts. */
export function widgetStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(BASE);
  }
  return sheet;
}
