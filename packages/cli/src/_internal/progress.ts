import type { OutputStream } from '../io';

/** A progress bar on stderr (only used when stderr is a terminal). */
export interface Progress {
  tick(count?: number): void;
  /** Prints lines above the bar. */
  log(text: string): void;
  stop(): void;
}

/** Starts a cli-progress bar of `total` documents on `stream`. */
export async function startProgress(stream: OutputStream, total: number): Promise<Progress> {
  const { MultiBar, Presets } = (await import('cli-progress')).default;
  const bars = new MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: ' {bar} {value}/{total} documents · {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  // Draw at once: a short batch would otherwise end before the first scheduled redraw.
  bars.update();
  return {
    tick: (count = 1) => bar.increment(count),
    log: (text) => bars.log(text.endsWith('\n') ? text : `${text}\n`),
    stop: () => bars.stop(),
  };
}
