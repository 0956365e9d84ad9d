/**
 * Measures the calibration of logLogSlope against the plain percentile bootstrap over seeds and prints
 * markdown tables (seeds × exponent). Not a test: run it to regenerate the numbers quoted in the report.
 *
 *   npx tsx test/stats/coverage-table.ts [trials=200] [decades=2] [sigma=0.1] [seed=1]
 *
 * Design: 8 log-spaced x from 10 over `decades` decades; log y = 0.5 + e·log x + N(0, σ²) per point and
 * seed (power), or log y = 0.5 + b·(log x)² + N(0, σ²) with b set so the secant slope over the grid is e
 * (curved). 1000 bootstrap resamples, slope at 90%, curvature declared when its 99% interval excludes 0.
 */
import { bootstrapInterval } from '../../src/stats/bootstrap-interval.ts';
import { groupBySeed } from '../../src/stats/group-by-seed.ts';
import { logLogSlope } from '../../src/stats/log-log-slope.ts';
import { ols } from '../../src/stats/ols.ts';
import { olsQuadratic } from '../../src/stats/ols-quadratic.ts';
import { lawPoints, logGrid, mulberry32 } from './seeded.ts';

const [trials = 200, decades = 2, sigma = 0.1, seed = 1] = process.argv.slice(2).map(Number);
const SEEDS = [3, 5, 8];
const EXPONENTS = [0.5, 1, 2, 3];
const random = mulberry32(seed);
const covers = ([lo, hi]: [number, number], v: number) => lo <= v && v <= hi;
const excludesZero = ([lo, hi]: [number, number]) => lo > 0 || hi < 0;

type Point = { x: number; y: number; seed: number };
const pooled = (units: Point[][], fit: (u: number[], v: number[]) => number) => {
  const flat = units.flat();
  return fit(
    flat.map((p) => Math.log(p.x)),
    flat.map((p) => Math.log(p.y)),
  );
};

function cell(kind: 'power' | 'curved', e: number, seeds: number) {
  const counts = { corrected: 0, percentile: 0, correctedCurved: 0, percentileCurved: 0 };
  for (let t = 0; t < trials; t += 1) {
    const points = lawPoints(kind, e, logGrid(decades), seeds, sigma, random);
    const fit = logLogSlope(points, { random, resamples: 1000, level: 0.9, curvatureLevel: 0.99 });
    const units = groupBySeed(points);
    const slope = bootstrapInterval(units, (r) => pooled(r, (u, v) => ols(u, v).slope), {
      random,
      resamples: 1000,
      level: 0.9,
    });
    const curv = bootstrapInterval(units, (r) => pooled(r, (u, v) => olsQuadratic(u, v).curvature), {
      random,
      resamples: 1000,
      level: 0.99,
    });
    if (covers(fit.interval, e)) counts.corrected += 1;
    if (covers(slope.interval, e)) counts.percentile += 1;
    if (excludesZero(fit.curvature.interval)) counts.correctedCurved += 1;
    if (excludesZero(curv.interval)) counts.percentileCurved += 1;
  }
  return counts;
}

const fmt = (k: number) => (k / trials).toFixed(3);
console.log(`trials ${trials}, 8 x over ${decades} decade(s), sigma ${sigma}, 1000 resamples, random seed ${seed}\n`);
for (const kind of ['power', 'curved'] as const) {
  const rows = SEEDS.map((s) => ({ s, cells: EXPONENTS.map((e) => cell(kind, e, s)) }));
  const header = `| seeds | method | ${EXPONENTS.map((e) => `e = ${e}`).join(' | ')} |\n|---|---|${EXPONENTS.map(() => '---').join('|')}|`;
  if (kind === 'power') {
    console.log(`90% slope interval covers e (power law):\n${header}`);
    for (const { s, cells } of rows) {
      console.log(`| ${s} | seedInterval (logLogSlope) | ${cells.map((c) => fmt(c.corrected)).join(' | ')} |`);
      console.log(`| ${s} | plain percentile | ${cells.map((c) => fmt(c.percentile)).join(' | ')} |`);
    }
  }
  const what = kind === 'power' ? 'power law: false curvature' : 'curved law: detection';
  console.log(`\n99% curvature interval excludes 0 (${what}):\n${header}`);
  for (const { s, cells } of rows) {
    console.log(`| ${s} | seedInterval (logLogSlope) | ${cells.map((c) => fmt(c.correctedCurved)).join(' | ')} |`);
    console.log(`| ${s} | plain percentile | ${cells.map((c) => fmt(c.percentileCurved)).join(' | ')} |`);
  }
  if (kind === 'curved') {
    console.log(`\n90% slope interval covers the secant slope e (curved law; informative only):\n${header}`);
    for (const { s, cells } of rows) {
      console.log(`| ${s} | seedInterval (logLogSlope) | ${cells.map((c) => fmt(c.corrected)).join(' | ')} |`);
    }
  }
  console.log('');
}
