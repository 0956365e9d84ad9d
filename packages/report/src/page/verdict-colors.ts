import type { Verdict } from '@repro/claims';

/** One colour per verdict (the same as the badges' in report.css). */
export const VERDICT_COLORS: Record<Verdict, string> = {
  pass: '#1a7f37',
  fail: '#cf222e',
  inconclusive: '#9a6700',
  skipped: '#6e7781',
  error: '#8250df',
};
