import type { RunEvent } from '@repro/claims';
import { SingleBar } from 'cli-progress';

const clock = (s: number) =>
  s < 90 ? `${s.toFixed(0)}s` : s < 5400 ? `${(s / 60).toFixed(1)}m` : `${(s / 3600).toFixed(1)}h`;

/**
 * Progress on stderr: a bar on a terminal; otherwise a line at most every few seconds (CI logs),
 * always with cells done / total, elapsed time and the estimate.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, everyS = 5): (e: RunEvent) => void {
  const tty = Boolean(stream.isTTY);
  let bar: SingleBar | undefined;
  let lastLine = 0;
  const erred = new Set<string>();
  return (event) => {
    switch (event.kind) {
      case 'backend-skipped':
        stream.write(`${event.reason}\n`);
        return;
      case 'start':
        stream.write(`${event.backend}: ${event.total} cells, ${event.cached} already in the store\n`);
        if (tty && event.total > event.cached) {
          bar = new SingleBar({
            stream,
            format: '{bar} {value}/{total} cells · {elapsed} · eta {left} · {claim}',
            hideCursor: true,
            clearOnComplete: true,
          });
          bar.start(event.total, event.cached, { elapsed: '0s', left: '…', claim: '' });
        }
        return;
      case 'cell': {
        const left = event.etaS === null ? '…' : clock(event.etaS);
        if (bar) {
          bar.update(event.done, { elapsed: clock(event.elapsedS), left, claim: event.claim });
          if (event.done >= event.total) bar.stop();
        } else if (event.elapsedS - lastLine >= everyS || event.done === event.total) {
          lastLine = event.elapsedS;
          stream.write(
            `  ${event.done}/${event.total} cells · ${clock(event.elapsedS)} elapsed · eta ${left} · ${event.claim}\n`,
          );
        }
        if (event.status === 'error' && !erred.has(event.claim)) {
          erred.add(event.claim);
          stream.write(`  cell error in ${event.claim}: ${event.error ?? 'unknown'} (its verdict will be error)\n`);
        }
        return;
      }
      case 'suite-done':
        if (bar) bar.stop();
        bar = undefined;
        stream.write(`${event.backend}: ${event.suite} done in ${clock(event.durationS)}\n`);
        return;
    }
  };
}
