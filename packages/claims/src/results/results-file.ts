import type { Json, PlotSpec } from '../spec/claim-spec.ts';
import type { Tier } from '../spec/tier.ts';

/** Verdicts, as a discriminated string; only reporters format them. */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'skipped' | 'error';

export interface MeasuredValue {
  value: number | null;
  interval: [number, number] | null;
}

export interface ClaimResult {
  id: string;
  verdict: Verdict;
  reason: string;
  measured: MeasuredValue | null;
  expected: { value: number; tolerance: number; band?: [number | null, number | null] };
  control: { verdict: Verdict; measured: MeasuredValue | null; note?: string } | null;
  statement?: string;
  source?: { paper: string; arxiv?: string; where: string };
  quantity?: string;
  rule?: string;
  /** Absolute tolerance for the claim statistic to agree across backends (see ClaimSpec.agreement). */
  agreement?: number;
  note?: string;
  detail?: Json;
  plot?: PlotSpec;
  controlPlot?: PlotSpec;
  cells?: { total: number; done: number };
}

export interface Provenance {
  commit: string;
  code: string;
  node: string;
  tfjs: string;
  cpu: string;
  flags: Record<string, unknown>;
  date: string;
}

export interface RunResult {
  suite: string;
  /** The suite's title and paper, for reports. */
  title?: string;
  paper?: { title: string; arxiv?: string; url?: string };
  tier: Tier;
  backend: string;
  seed: number;
  durationS: number;
  shard?: string;
  provenance: Provenance;
  claims: ClaimResult[];
}

export interface ResultsFile {
  schema: 1;
  runs: RunResult[];
}
