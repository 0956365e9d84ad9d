import type { ClaimSpec } from '@repro/claims';
import { type SideSpec, TORCH_BEST } from './side-spec.ts';
import { speedupClaim } from './speedup-claim.ts';

const wasm: SideSpec = { kind: 'tfjs', backend: 'wasm' };
const wasmMt: SideSpec = { kind: 'tfjs', backend: 'wasm-mt' };
const wasmMtOneThread: SideSpec = {
  kind: 'tfjs',
  backend: 'wasm-mt',
  label: 'wasm-mt@1',
  env: { REPRO_WASM_THREADS: '1' },
};
const cpu: SideSpec = { kind: 'tfjs', backend: 'cpu' };
const wasmBlas: SideSpec = { kind: 'tfjs', backend: 'wasm-blas' };

/** `dense` (custom gradient) against the stock tfjs gradient, forward + backward, on wasm. */
export const customGradient = speedupClaim({
  slug: 'custom-gradient-dense',
  where: 'custom-gradient layers (packages/tensor layers/dense.ts): stock matMul gradient ~20× slower on wasm',
  statement:
    "On wasm, dense's custom gradient trains a dense layer at least 5× faster than tfjs's stock matMul gradient.",
  quantity: 'time(stock) / time(dense), x[1024,256]·w[256,256] + b forward + backward, median over rounds',
  atLeast: 5,
  claim: { fast: { workload: 'dense', sides: [wasm] }, slow: { workload: 'dense-stock', sides: [wasm] } },
  control: {
    fast: { workload: 'dense', sides: [wasm] },
    slow: { workload: 'dense', sides: [wasm] },
    description: 'dense against itself on two wasm sides: a speedup ≈ 1 that must fail "≥ 5×"',
  },
});

/** The factorial suite's MLP training step, wasm against tfjs-cpu. */
export const wasmVsCpu = speedupClaim({
  slug: 'wasm-vs-cpu',
  where: 'backend table: wasm (SIMD) against cpu (pure JavaScript) on a training step',
  statement: "wasm trains the factorial suite's MLP (quick size) at least 10× faster than the cpu backend.",
  quantity: 'time(cpu) / time(wasm), one Adam step of the factorial MLP on batch 1024',
  atLeast: 10,
  claim: {
    fast: { workload: 'factorial-mlp-step', sides: [wasm] },
    slow: { workload: 'factorial-mlp-step', sides: [cpu] },
  },
  control: {
    fast: { workload: 'factorial-mlp-step', sides: [wasm] },
    slow: { workload: 'factorial-mlp-step', sides: [wasm] },
    description: 'wasm against wasm on the same step: ≈ 1, must fail "≥ 10×"',
  },
});

/** Threaded against single-threaded wasm on the largest kernel. */
export const threads = speedupClaim({
  slug: 'wasm-threads',
  where: 'wasm-mt backend (threaded SIMD build, threads = cores) on a 2-core machine',
  statement:
    'wasm-mt (threads = cores) multiplies 512×512 matrices at least 1.5× faster than single-threaded wasm on 2 cores.',
  quantity: 'time(wasm) / time(wasm-mt), tf.matMul(a[512,512], b[512,512]) read back',
  atLeast: 1.5,
  claim: { fast: { workload: 'matmul', sides: [wasmMt] }, slow: { workload: 'matmul', sides: [wasm] } },
  control: {
    fast: { workload: 'matmul', sides: [wasmMtOneThread] },
    slow: { workload: 'matmul', sides: [wasm] },
    description: 'the threaded build with REPRO_WASM_THREADS=1 against wasm: ≈ 1, must fail "≥ 1.5×"',
  },
});

/** OpenBLAS under tfjs-wasm against the stock kernel on the transposed product (the stock matMul gradient's kernel). */
export const blasTransposed = speedupClaim({
  slug: 'blas-matmul-tb',
  where:
    'wasm-blas backend (packages/tensor backend/wasm-blas-driver.ts): BatchMatMul on OpenBLAS sgemm, transpose flags passed through',
  statement: 'wasm-blas multiplies 512×512 matrices with transposeB at least 10× faster than wasm.',
  quantity: 'time(wasm) / time(wasm-blas), tf.matMul(a[512,512], b[512,512], false, true) read back',
  atLeast: 10,
  claim: { fast: { workload: 'matmul-tb', sides: [wasmBlas] }, slow: { workload: 'matmul-tb', sides: [wasm] } },
  control: {
    fast: { workload: 'matmul-tb', sides: [wasm] },
    slow: { workload: 'matmul-tb', sides: [wasm] },
    description: 'wasm against wasm on the same product: ≈ 1, must fail "≥ 10×"',
  },
});

/** OpenBLAS under tfjs-wasm against plain wasm on a whole training step. */
export const blasFactorial = speedupClaim({
  slug: 'blas-factorial-mlp-step',
  where: 'wasm-blas backend (BatchMatMul on sgemm, Transpose on somatcopy) on a training step',
  statement:
    "wasm-blas runs one training step of the factorial suite's MLP (quick size) at least 1.2× faster than wasm.",
  quantity: 'time(wasm) / time(wasm-blas), one Adam step of the factorial MLP on batch 1024',
  atLeast: 1.2,
  claim: {
    fast: { workload: 'factorial-mlp-step', sides: [wasmBlas] },
    slow: { workload: 'factorial-mlp-step', sides: [wasm] },
  },
  control: {
    fast: { workload: 'factorial-mlp-step', sides: [wasm] },
    slow: { workload: 'factorial-mlp-step', sides: [wasm] },
    description: 'wasm against wasm on the same step: ≈ 1, must fail "≥ 1.2×"',
  },
});

/** Our best backend (wasm, wasm-mt or, where OpenBLAS is installed, wasm-blas) against PyTorch's best configuration. */
function torchRatio(workload: string, what: string): ClaimSpec {
  return speedupClaim({
    slug: `torch-${workload}`,
    where:
      'PyTorch CPU reference (scripts/torch/bench.py, Debian python3-torch on OpenBLAS), best of two thread configurations',
    statement: `Our best wasm backend runs ${what} at least as fast as PyTorch CPU (target; not reached is an honest fail).`,
    quantity: `time(torch best) / time(ours best of wasm, wasm-mt, wasm-blas), ${what}`,
    atLeast: 1,
    claim: {
      fast: { workload, sides: [wasm, wasmMt, { ...wasmBlas, optional: true }] },
      slow: { workload, sides: TORCH_BEST },
    },
    control: {
      fast: { workload, sides: [cpu] },
      slow: { workload, sides: TORCH_BEST },
      description: 'the cpu backend against the same torch reference: far below 1, must fail "≥ 1×"',
    },
  });
}

export const torchMatmul = torchRatio('matmul', 'a 512×512×512 matmul');
export const torchDense = torchRatio('dense', 'a dense layer forward + backward (1024×256×256)');
export const torchFactorial = torchRatio('factorial-mlp-step', "one training step of the factorial suite's MLP");
