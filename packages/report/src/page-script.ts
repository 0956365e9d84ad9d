import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * The page's drawing code (`src/page/main.ts` and the pure modules it shares with Node, such as
 * plotModel), bundled by esbuild into one classic script that expects the global `d3`.
 */
export function pageScript(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./page/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('report: esbuild produced no page script');
  return file.text;
}
