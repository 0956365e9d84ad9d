import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The text of d3 7's UMD bundle (`dist/d3.min.js`) from node_modules, to inline in the page. */
export function d3Source(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('d3'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return readFileSync(join(dir, 'dist', 'd3.min.js'), 'utf8');
}
