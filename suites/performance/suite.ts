import { defineSuite } from '@repro/claims';
import {
  blasFactorial,
  blasTransposed,
  customGradient,
  threads,
  torchDense,
  torchFactorial,
  torchMatmul,
  wasmVsCpu,
} from './claims.ts';

/** Speedups the project relies on, measured side by side in interleaved rounds, and the gap to PyTorch. */
export default defineSuite({
  name: 'performance',
  short: 'performance',
  title: 'Performance: custom gradients, wasm, threads, OpenBLAS, and the ratio to PyTorch',
  claims: [customGradient, wasmVsCpu, threads, blasTransposed, blasFactorial, torchMatmul, torchDense, torchFactorial],
  serial: true,
});
