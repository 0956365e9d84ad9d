import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { BackendInfo } from '@repro/tensor';
import type { Provenance } from '../results/results-file.ts';

/** The commit of the checkout (with `-dirty` when it has changes), or `unknown` outside git. */
export function gitCommit(cwd: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}

export function provenanceOf(info: BackendInfo, code: string, commit: string): Provenance {
  return {
    commit,
    code,
    node: process.version,
    tfjs: info.versions['tfjs-core'] ?? info.versions.tfjs ?? 'unknown',
    cpu: `${cpus()[0]?.model ?? 'unknown'} ×${cpus().length}`,
    flags: { backend: info.name, ...info.flags },
    date: new Date().toISOString(),
  };
}
