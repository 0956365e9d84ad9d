// Worker entry: TypeScript sources are loaded through tsx; the main thread sends cells one at a time and,
// at the end, asks the worker to release its backend (a GPU device must be destroyed before the thread ends).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runCell, releaseBackend } = await import('./run-cell.ts');

parentPort.on('message', async (message) => {
  if (message.kind === 'run') {
    parentPort.postMessage({ kind: 'done', result: await runCell(message.task) });
  } else if (message.kind === 'close') {
    await releaseBackend();
    parentPort.postMessage({ kind: 'closed' });
    // Stay alive until the process ends: a thread that ends after using Dawn can crash in its teardown.
  }
});
parentPort.postMessage({ kind: 'ready' });
