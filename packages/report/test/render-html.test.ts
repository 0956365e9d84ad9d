import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.ts';
import type { ReportData } from '../src/report-data.ts';
import { writeReport } from '../src/write-report.ts';
import { fixtureBaseline, fixtureResults, fixtureSeeds, HOSTILE } from './fixture-results.ts';

const embedded = (html: string) => {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no report-data element');
  return { raw: match[1], data: JSON.parse(match[1]) as ReportData };
};

describe('renderHtml(results, options)', () => {
  const results = fixtureResults();
  const html = renderHtml(results, { title: `Report <b>&</b> ${HOSTILE}` });

  it('is one file: d3 and the page script inline, no script or stylesheet loaded from anywhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('https://d3js.org v7.');
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/\s(src|href|action)=["']?(https?:)?\/\//);
  });

  it('forbids the network and any script but its own two by hash (Content-Security-Policy)', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp.match(/'sha256-[A-Za-z0-9+/=]+'/g)).toHaveLength(2);
    expect(csp).not.toContain("unsafe-inline' 'sha");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('embeds the results as JSON with <, >, & and U+2028/2029 escaped, and they round-trip', () => {
    const withSeparators = fixtureResults();
    const first = withSeparators.runs[0]?.claims[0];
    if (first) first.reason = 'line\u2028separator\u2029paragraph';
    const { raw, data } = embedded(renderHtml(withSeparators));
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    expect(raw).toContain('\\u003cscript\\u003e');
    expect(data.results).toEqual(withSeparators);
    expect(data.baseline).toBeNull();
  });

  it('never puts a data string into the markup', () => {
    expect(html.includes(HOSTILE)).toBe(false);
    expect(html.includes('window.__pwned')).toBe(true);
    expect(html.indexOf('<img')).toBe(-1);
    expect(html).toContain('<title>Report &lt;b&gt;&amp;&lt;/b&gt; &lt;script&gt;');
  });

  it('carries the summary lines of @repro/claims and the baseline when given', () => {
    const { data } = embedded(renderHtml(results, { baseline: fixtureBaseline() }));
    expect(data.summaryLine).toBe('claims: 2 passed, 4 failed, 2 skipped');
    expect(data.detailLine).toBe('verdicts: 2 pass, 2 fail, 1 inconclusive, 1 skipped, 2 error');
    expect(data.baseline?.runs).toHaveLength(4);
    expect(data.title).toBe('Reproducibility report');
    expect(data.stability.claims).toHaveLength(0);
  });

  it('carries the verdict stability of a file run with several master seeds', () => {
    const { data } = embedded(renderHtml(fixtureSeeds()));
    expect(data.stability.seeds).toEqual([0, 1]);
    expect(data.stability.unstable.map((c) => c.claim)).toEqual(['toy.exponent']);
    expect(data.stability.claims.length).toBeGreaterThan(1);
  });
});

describe('writeReport({ results, outDir, baseline })', () => {
  it('writes outDir/index.html, creating the directory, and returns its path and size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'repro-write-'));
    try {
      const outDir = join(dir, 'nested', 'reports');
      const written = writeReport({ results: fixtureResults(), outDir, baseline: fixtureBaseline() });
      expect(written.path).toBe(join(outDir, 'index.html'));
      const text = readFileSync(written.path);
      expect(written.bytes).toBe(text.length);
      expect(embedded(text.toString('utf8')).data.baseline).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
