import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PlotSpec } from '@repro/claims';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.ts';
import { findChromium } from './find-chromium.ts';
import { fixtureBaseline, fixtureBench, fixtureResults, fixtureSeeds, HOSTILE } from './fixture-results.ts';

const executable = findChromium();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a plot spec must show, counted from the spec alone. */
function expectedCounts(plot: PlotSpec): { points: number; lines: number } {
  const logX = plot.logX ?? plot.kind === 'scaling';
  const logY = plot.kind !== 'histogram' && (plot.logY ?? plot.kind === 'scaling');
  const ok = (v: number, log: boolean) => Number.isFinite(v) && (!log || v > 0);
  const lines = plot.lines ?? [];
  const fitFromBand = plot.band && !lines.some((l) => l.role === 'fit') ? 1 : 0;
  if (plot.kind === 'histogram') return { points: 0, lines: plot.series.length + lines.length };
  const points = plot.series.flatMap((s) => s.points).filter((p) => ok(p.x, logX) && ok(p.y, logY)).length;
  return { points, lines: (plot.kind === 'curve' ? plot.series.length : 0) + lines.length + fitFromBand };
}

const title = executable
  ? `renderHtml(results, { baseline }) in Chromium (${executable})`
  : 'renderHtml(results) in Chromium — SKIPPED: no chromium on PATH (apt-get install chromium; see system-packages.txt)';

if (!executable) console.warn(title);

describe.skipIf(!executable)(title, () => {
  const results = fixtureResults();
  const problems: string[] = [];
  const requests: string[] = [];
  let dir = '';
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'repro-report-'));
    const file = join(dir, 'index.html');
    writeFileSync(
      file,
      renderHtml(results, { baseline: fixtureBaseline(), title: 'Fixture report', bench: fixtureBench() }),
    );
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: executable as string,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 20_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console errors, no page errors and no network request', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('states on each card with two valued backends whether they agree', async () => {
    const lines = await page.$$eval('section.claim-card', (els) =>
      els.map((el) => `${el.getAttribute('data-claim')}: ${el.querySelector('p.agreement')?.textContent ?? '—'}`),
    );
    expect(lines).toEqual([
      'toy.exponent: Backends disagree: wasm vs cpu, max |Δ| = 0.03 (wasm) ≤ 0.05, verdicts differ.',
      'toy.curve: Backends agree: wasm vs cpu, max |Δ| = 0.01 (wasm) ≤ 0.05, same verdict.',
      'toy.no-plot: —',
      'hostile.text: —',
    ]);
  });

  it('draws one card per claim, listing the backends it ran on', async () => {
    const cards = await page.$$eval('section.claim-card', (els) =>
      els.map(
        (el) => `${el.getAttribute('data-suite')} ${el.getAttribute('data-claim')} ${el.getAttribute('data-backends')}`,
      ),
    );
    const expected = new Map<string, string[]>();
    for (const run of results.runs) {
      for (const claim of run.claims) {
        const key = `${run.suite} ${claim.id}`;
        expected.set(key, [...(expected.get(key) ?? []), run.backend]);
      }
    }
    expect(cards).toEqual([...expected].map(([key, backends]) => `${key} ${backends.join(' ')}`));
  });

  it('draws every plot with the points and lines of its spec, per backend and arm', async () => {
    const drawn = await page.$$eval('svg.plot', (svgs) =>
      svgs.map((svg) => ({
        key: `${svg.getAttribute('data-claim')} ${svg.getAttribute('data-backend')} ${svg.getAttribute('data-arm')}`,
        points: svg.querySelectorAll('circle.point').length,
        lines: svg.querySelectorAll('path.line').length,
        dataPoints: Number(svg.getAttribute('data-points')),
        dataLines: Number(svg.getAttribute('data-lines')),
      })),
    );
    const expected = results.runs.flatMap((run) =>
      run.claims.flatMap((claim) =>
        (
          [
            ['claim', claim.plot],
            ['control', claim.controlPlot],
          ] as const
        ).flatMap(([arm, plot]) =>
          plot ? [{ key: `${claim.id} ${run.backend} ${arm}`, ...expectedCounts(plot) }] : [],
        ),
      ),
    );
    const sort = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    expect(sort(drawn).map((d) => ({ key: d.key, points: d.points, lines: d.lines }))).toEqual(sort(expected));
    for (const d of drawn) expect([d.dataPoints, d.dataLines]).toEqual([d.points, d.lines]);
    expect(drawn.some((d) => d.points > 10)).toBe(true);
  });

  it('shows the hostile string as text and runs none of it', async () => {
    const statements = await page.$$eval('.statement', (els) => els.map((el) => el.textContent));
    expect(statements).toContain(HOSTILE);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(3);
    expect(await page.$$eval('.legend li span', (els) => els.map((el) => el.textContent))).toContain(HOSTILE);
  });

  it('draws the performance page: one bar per side with a GFLOP/s value, torch as the reference, the ratios', async () => {
    const rows = await page.$$eval('section.performance tr[data-side]', (trs) =>
      trs.map((tr) => ({
        workload: tr.closest('.workload')?.getAttribute('data-workload'),
        side: tr.getAttribute('data-side'),
        bars: tr.querySelectorAll('rect.bar').length,
        reference: tr.classList.contains('reference'),
        ratio: tr.querySelectorAll('td')[4]?.textContent,
      })),
    );
    expect(rows.map((r) => `${r.workload}/${r.side}:${r.bars}`)).toEqual([
      'matmul-512/wasm:1',
      'matmul-512/cpu:1',
      'matmul-512/torch-1t:1',
      'matmul-512/torch-2t:1',
      'ridge-solve/wasm:0',
      'ridge-solve/cpu:0',
    ]);
    expect(rows.filter((r) => r.reference).map((r) => r.side)).toEqual(['torch-1t', 'torch-2t']);
    expect(rows[0]?.ratio).toBe('0.3 [0.28, 0.32]');
    expect(rows[1]?.ratio).toBe('0.0075 [0.007, —]');
    expect(rows[5]?.ratio).toBe('out of memory');
    const widths = await page.$$eval('section.performance [data-workload="matmul-512"] rect.bar', (rs) =>
      rs.map((r) => Number(r.getAttribute('width'))),
    );
    expect(widths[2]).toBe(360);
    expect(widths[0]).toBeCloseTo((360 * 26.8) / 89.5, 6);
    expect(await page.locator('ul.skipped-sides li').allTextContents()).toEqual(['webgpu: skipped (no adapter)']);
  });

  it('draws no stability section for a file run with one master seed', async () => {
    expect(await page.locator('table.stability').count()).toBe(0);
  });

  it('draws the verdict of each claim at each master seed and marks the claim that flips', async () => {
    const file = join(dir, 'seeds.html');
    writeFileSync(file, renderHtml(fixtureSeeds(), { title: 'Seeds report' }));
    const seeds = await context.newPage();
    try {
      await seeds.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const claims = fixtureSeeds().runs[0]?.claims.length ?? 0;
      await expect(seeds.locator('.stability-line').textContent()).resolves.toBe(
        `Master seeds 0, 1: ${claims - 1} of ${claims} claims keep one verdict at every seed; 1 flip.`,
      );
      const rows = seeds.locator('table.stability tbody tr');
      expect(await rows.count()).toBe(claims);
      const flips = seeds.locator('table.stability tr.verdict-flips');
      expect(await flips.count()).toBe(1);
      expect(await flips.locator('code').first().textContent()).toBe('toy.exponent');
      expect(await flips.locator('.badge').allTextContents()).toHaveLength(2);
      expect(new Set(await flips.locator('.badge').allTextContents()).size).toBe(2);
    } finally {
      await seeds.close();
    }
  });

  it('marks verdict changes against the baseline', async () => {
    const changed = await page.$$eval('section.claim-card.verdict-changed', (els) =>
      els.map((el) => el.getAttribute('data-claim')),
    );
    expect(changed).toEqual(['toy.exponent', 'toy.curve']);
    expect(await page.locator('table.changes tr.verdict-changed').count()).toBe(2);
  });

  it('saves a screenshot of each suite under reports/screenshots/', async () => {
    const out = join(ROOT, 'reports', 'screenshots');
    mkdirSync(out, { recursive: true });
    for (const suite of new Set(results.runs.map((r) => r.suite))) {
      const path = join(out, `${suite}.png`);
      const buffer = await page.locator(`section.suite[data-suite="${suite}"]`).screenshot({ path });
      expect(buffer.length).toBeGreaterThan(10_000);
    }
  });
});
