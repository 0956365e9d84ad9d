import { orthonormalize, type Rng, sampleNormal, sampleRademacher } from '@repro/tensor';
import { featureDimension, flattenSymmetric, hermiteFeatures } from './hermite-features.ts';

export interface TeacherConfig {
  d: number;
  eps: number;
  bMode: 'dense' | 'powerlaw';
  gamma: number;
  link: 'id' | 'tanh';
}

/**
 * The hierarchical quadratic teacher of CLAIMS.md §4.1: p = ⌊d^ε⌋ features h_i(x) = (xᵀA_i x − tr A_i)/√2 with
 * symmetric Frobenius-orthonormal A_i (Gram–Schmidt of (G + Gᵀ)/2), s = hᵀBh − tr B, y = g(s) standardized.
 * `a` holds the A_i as coefficient vectors in the normalized Hermite basis (`flattenSymmetric`), orthonormal.
 */
export interface Teacher {
  config: TeacherConfig;
  d: number;
  p: number;
  a: Float64Array[];
  b: Float64Array;
  /** Mean and sd of g(s) on real inputs (separate pass), used to standardize y. */
  yMean: number;
  yStd: number;
  /** The same for the Gaussian-equivalent model (its s has a smaller variance at finite d). */
  gaussMean: number;
  gaussStd: number;
}

export interface TeacherSample {
  n: number;
  d: number;
  /** Inputs (n×d) for the real model; empty for the Gaussian-equivalent model. */
  x: Float32Array;
  /** Features z (n × d(d+1)/2): Hermite features of x, or i.i.d. N(0, 1) for the Gaussian-equivalent model. */
  z: Float32Array;
  h: Float64Array;
  y: Float64Array;
}

/** B: `dense` (β/p)·S/(‖S‖_F/√p), S = (G+Gᵀ)/2; `powerlaw` diag(z_i·i^−γ) with the prefactor of §4.1. */
function interaction(config: TeacherConfig, p: number, rng: Rng): Float64Array {
  const b = new Float64Array(p * p);
  if (config.bMode === 'dense') {
    const g = sampleNormal(rng, p * p);
    let norm = 0;
    for (let i = 0; i < p; i += 1)
      for (let j = 0; j < p; j += 1) {
        const s = ((g[i * p + j] as number) + (g[j * p + i] as number)) / 2;
        b[i * p + j] = s;
        norm += s * s;
      }
    const scale = 1 / p / (Math.sqrt(norm) / Math.sqrt(p));
    for (let i = 0; i < b.length; i += 1) b[i] = (b[i] as number) * scale;
    return b;
  }
  const { gamma } = config;
  const prefactor = gamma === 0 ? 1 / p : gamma <= 0.5 ? p ** (2 * gamma - 1) : 1;
  const signs = sampleRademacher(rng, p);
  for (let i = 0; i < p; i += 1) b[i * p + i] = prefactor * (signs[i] as number) * (i + 1) ** -gamma;
  return b;
}

function link(config: TeacherConfig, s: number): number {
  return config.link === 'tanh' ? Math.tanh(s) : s;
}

/** h = Z·aᵀ (n×p) and s = hᵀBh − tr B, for features z (n × D). */
function features(teacher: Pick<Teacher, 'a' | 'b' | 'p'>, z: Float32Array, n: number) {
  const { p } = teacher;
  const dim = (teacher.a[0] as Float64Array).length;
  const h = new Float64Array(n * p);
  const s = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    for (let i = 0; i < p; i += 1) {
      const ai = teacher.a[i] as Float64Array;
      let v = 0;
      for (let k = 0; k < dim; k += 1) v += (ai[k] as number) * (z[r * dim + k] as number);
      h[r * p + i] = v;
    }
    let q = 0;
    for (let i = 0; i < p; i += 1) {
      q -= teacher.b[i * p + i] as number;
      for (let j = 0; j < p; j += 1)
        q += (h[r * p + i] as number) * (teacher.b[i * p + j] as number) * (h[r * p + j] as number);
    }
    s[r] = q;
  }
  return { h, s };
}

export function createTeacher(config: TeacherConfig, rng: Rng): Teacher {
  const { d } = config;
  const p = Math.max(1, Math.floor(d ** config.eps + 1e-9));
  const a = Array.from({ length: p }, () => {
    const g = sampleNormal(rng, d * d);
    const sym = new Float64Array(d * d);
    for (let i = 0; i < d; i += 1)
      for (let j = 0; j < d; j += 1) sym[i * d + j] = ((g[i * d + j] as number) + (g[j * d + i] as number)) / 2;
    return flattenSymmetric(sym, d);
  });
  orthonormalize(a, rng);
  const b = interaction(config, p, rng);
  // Standardization from a separate pass (20 000 fresh samples of each model), as the authors' code does.
  const pass = 20_000;
  const moments = (z: Float32Array) => {
    const { s } = features({ a, b, p }, z, pass);
    let mean = 0;
    for (let i = 0; i < pass; i += 1) mean += link(config, s[i] as number);
    mean /= pass;
    let v = 0;
    for (let i = 0; i < pass; i += 1) v += (link(config, s[i] as number) - mean) ** 2;
    return { mean, sd: Math.sqrt(v / pass) };
  };
  const real = moments(hermiteFeatures(sampleNormal(rng, pass * d), pass, d));
  const gauss = moments(sampleNormal(rng, pass * featureDimension(d)));
  return { config, d, p, a, b, yMean: real.mean, yStd: real.sd, gaussMean: gauss.mean, gaussStd: gauss.sd };
}

function labels(teacher: Teacher, z: Float32Array, n: number, model: 'true' | 'gauss') {
  const { h, s } = features(teacher, z, n);
  const [mean, sd] = model === 'true' ? [teacher.yMean, teacher.yStd] : [teacher.gaussMean, teacher.gaussStd];
  const y = Float64Array.from(s, (v) => (link(teacher.config, v) - mean) / sd);
  return { h, y };
}

/** n samples of the real model: x ~ N(0, I_d), z its Hermite features. */
export function sampleTeacher(teacher: Teacher, n: number, rng: Rng): TeacherSample {
  const x = sampleNormal(rng, n * teacher.d);
  const z = hermiteFeatures(x, n, teacher.d);
  return { n, d: teacher.d, x, z, ...labels(teacher, z, n, 'true') };
}

/**
 * n samples of the Gaussian-equivalent model: the d(d+1)/2 features are i.i.d. N(0, 1) (the authors' code draws
 * d² test columns where d(d+1)/2 are needed; here train and test both use d(d+1)/2).
 */
export function sampleGaussianEquivalent(teacher: Teacher, n: number, rng: Rng): TeacherSample {
  const z = sampleNormal(rng, n * featureDimension(teacher.d));
  return { n, d: teacher.d, x: new Float32Array(0), z, ...labels(teacher, z, n, 'gauss') };
}
