// Worker entry of a tfjs timing side: TypeScript sources load through tsx; requests come one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { SideHost } = await import('./side-host.ts');

let host;
try {
  host = await SideHost.open(workerData.backend);
  parentPort.postMessage({ id: 0, ok: true, value: host.info });
} catch (error) {
  parentPort.postMessage({ id: 0, ok: false, error: error instanceof Error ? error.message : String(error) });
}

parentPort.on('message', async ({ id, op, args }) => {
  try {
    const value = await host[op](...args);
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
