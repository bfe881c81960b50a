/**
 * The runner of the examples that run in Chromium (the widget's): loaded by the page as a module,
 * it sets the checks of `claims.ts` as the global `__fk` and gives the page `__fkRun(url)`, which
 * imports one bundled example and returns what happened. Each example is its own module, run after
 * the previous one settled, in the same page.
 */
import { createRunner } from './claims';

const runner = createRunner();
const page = globalThis as unknown as {
  __fk: typeof runner.checker;
  __fkRun: (id: string, url: string) => ReturnType<typeof runner.run>;
  addEventListener(type: string, listener: (event: { error?: unknown; reason?: unknown }) => void): void;
};
page.__fk = runner.checker;
page.__fkRun = (id, url) => runner.run(id, () => import(url));
// An error thrown outside the example's own flow is charged to the example running.
page.addEventListener('error', (event) => runner.charge(event.error));
page.addEventListener('unhandledrejection', (event) => runner.charge(event.reason));
