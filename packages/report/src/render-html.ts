import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { countVerdicts, detailLine, type ResultsFile, summaryLine, verdictStability } from '@repro/claims';
import type { BenchReport } from './bench-report.ts';
import { d3Source } from './d3-source.ts';
import { embedJson } from './embed-json.ts';
import { escapeHtml } from './escape-html.ts';
import { inlineScript } from './inline-script.ts';
import { pageScript } from './page-script.ts';
import type { ReportData } from './report-data.ts';

export interface RenderOptions {
  /** Earlier results: verdict changes and shifts of measured values are marked against them. */
  baseline?: ResultsFile;
  title?: string;
  /** A `repro bench` result (bench.json) to draw as the performance page. */
  bench?: BenchReport;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Results → one self-contained HTML page: the data as escaped JSON in `<script type="application/json">`,
 * d3 7 and the page script inlined, drawn in the browser with text set only through d3's `.text()`.
 * A Content-Security-Policy allows just those two scripts (by hash) and no network at all.
 */
export function renderHtml(results: ResultsFile, options: RenderOptions = {}): string {
  const counts = countVerdicts(results.runs);
  const data: ReportData = {
    title: options.title ?? 'Reproducibility report',
    results,
    baseline: options.baseline ?? null,
    summaryLine: summaryLine(counts),
    detailLine: detailLine(counts),
    bench: options.bench ?? null,
    stability: verdictStability(results.runs),
  };
  const d3 = inlineScript(d3Source());
  const page = inlineScript(pageScript());
  const style = readFileSync(new URL('./page/report.css', import.meta.url), 'utf8');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(d3)} ${sha256(page)}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@repro/report">
<title>${escapeHtml(data.title)}</title>
<style>
${style}</style>
</head>
<body>
<main id="report"><noscript>This report draws its tables and plots with JavaScript; the data are in the script element "report-data".</noscript></main>
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>${d3}</script>
<script>${page}</script>
</body>
</html>
`;
}
