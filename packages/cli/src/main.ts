#!/usr/bin/env -S node --import tsx
import { loadSuites } from '@repro/claims';
import pc from 'picocolors';
import { runCli } from './cli.ts';
import { findRoot } from './find-root.ts';

const root = findRoot();
let failed = false;
const code = await runCli(process.argv, {
  root,
  io: { out: (s) => void process.stdout.write(s), color: Boolean(process.stdout.isTTY) && pc.isColorSupported },
  err: (s) => {
    failed = true;
    process.stderr.write(s);
  },
  env: process.env,
  suites: () => loadSuites(root),
});
// A command that failed with an error ends at once (worker threads may still be finishing a cell).
if (failed) process.exit(code);
process.exitCode = code;
