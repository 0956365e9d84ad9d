import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultsFile } from '@repro/claims';
import type { BenchReport } from './bench-report.ts';
import { renderHtml } from './render-html.ts';

/** Renders the HTML report into `outDir/index.html` (creating the directory) and says where and how big. */
export function writeReport(options: {
  results: ResultsFile;
  outDir: string;
  baseline?: ResultsFile;
  title?: string;
  bench?: BenchReport;
}): {
  path: string;
  bytes: number;
} {
  const html = renderHtml(options.results, {
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.bench ? { bench: options.bench } : {}),
  });
  mkdirSync(options.outDir, { recursive: true });
  const path = join(options.outDir, 'index.html');
  writeFileSync(path, html);
  return { path, bytes: Buffer.byteLength(html) };
}
