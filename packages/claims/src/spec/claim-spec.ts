import type { Backend, BackendName, Rng } from '@repro/tensor';
import type { Tier } from './tier.ts';

/** Which side of a claim a cell belongs to: the claim itself or its negative control. */
export type Arm = 'claim' | 'control';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type CellParams = Record<string, string | number | boolean>;

/** One training run or measurement: the unit that is cached, sharded and run in a worker. */
export interface CellSpec {
  arm: Arm;
  params: CellParams;
  replicate: number;
  /**
   * The params that choose the cell's seed (default: all of them). Cells that differ only in the other params
   * draw the same data and initialization, so a sweep over those params is paired: one task per seed swept
   * over, say, the embedding size, as the authors' sweeps fix the task by its seed.
   */
  seedFrom?: readonly string[];
}

/** What a cell is handed: its seed and rng (derived from labels), the tier, and the backend on demand. */
export interface CellContext {
  seed: number;
  rng: Rng;
  tier: Tier;
  backendName: BackendName;
  /** Created once per worker on first use; cells that need no tensors never pay for it. */
  backend(): Promise<Backend>;
}

/** A finished cell as the measure function sees it. */
export interface CellOutcome<O extends Json = Json> {
  params: CellParams;
  replicate: number;
  seed: number;
  output: O;
}

/** A finished gate cell, as a gated claim's `needed` sees it. */
export interface GateOutcome<O extends Json = Json> extends CellOutcome<O> {
  arm: Arm;
}

/**
 * Cells that run only when the claim's other cells ("gates", e.g. pilot runs that choose a learning rate) say
 * they are needed. Once every gate cell of the claim has finished, `needed(cell, gates)` is asked for each gated
 * cell: an unneeded cell is neither run nor handed to `measure`. While a gate is missing (left to another shard,
 * or failed), every gated cell is kept, so nothing is decided from a partial view.
 */
export interface GatedCells<O extends Json = Json> {
  isGated(cell: CellSpec): boolean;
  needed(cell: CellSpec, gates: readonly GateOutcome<O>[]): boolean;
}

/** Plot data a reporter can draw; suites name the kind and the series, never SVG. */
export interface PlotSeries {
  name: string;
  points: { x: number; y: number; seed?: number | string }[];
}

/** A reference line: y = a·x^b ('power', a straight line on log-log axes), or a horizontal/vertical line at `at`. */
export interface PlotLine {
  name: string;
  kind: 'power' | 'hline' | 'vline';
  a?: number;
  b?: number;
  at?: number;
  /** What the line is: a fit to the points, the paper's prediction, or a decision threshold. */
  role?: 'fit' | 'prediction' | 'threshold';
}

/** A fitted power law y = a·x^b drawn with its slope interval as a band pivoting at x = pivot. */
export interface PlotBand {
  name: string;
  a: number;
  b: number;
  interval: [number, number];
  pivot: number;
}

/**
 * `scaling`: log-log scatter of every seed's points, with fit, band and predicted lines;
 * `curve`: one line per series through its points in x order (loss vs steps, error vs P, …);
 * `histogram`: the distribution of each series' y values.
 */
export interface PlotSpec {
  kind: 'scaling' | 'curve' | 'histogram';
  xLabel: string;
  yLabel: string;
  logX?: boolean;
  logY?: boolean;
  series: PlotSeries[];
  lines?: PlotLine[];
  band?: PlotBand;
}

export interface Measurement {
  /** null when the quantity does not exist for this arm (a curve that never crosses its threshold). */
  value: number | null;
  interval: [number, number] | null;
  note?: string;
  detail?: Json;
  plot?: PlotSpec;
}

export interface MeasureContext {
  arm: Arm;
  tier: Tier;
  /** Seeded uniform [0,1) source for bootstraps. */
  random: () => number;
}

/** Expected value and tolerance; the band defaults to [value - tolerance, value + tolerance]. */
export interface Expected {
  value: number;
  tolerance: number;
  /** One-sided or asymmetric bands; null is an open end. */
  band?: [number | null, number | null];
}

export interface ClaimSource {
  paper: string;
  arxiv?: string;
  /** Figure, table or section. */
  where: string;
}

export interface ClaimSpec<O extends Json = Json> {
  /** `<suite>.<slug>` */
  id: string;
  source: ClaimSource;
  statement: string;
  /** What is measured, with its unit. */
  quantity: string;
  expected: Expected;
  /** The decision rule in words (the engine applies the band rule of decide()). */
  rule: string;
  lowestTier: Tier;
  /**
   * How far apart the claim statistic may be on two backends and still count as agreeing (absolute, in the
   * quantity's unit). Default: half the expected tolerance. Reports compare every backend with cpu (or the
   * first backend when cpu did not run) and also require the same verdict.
   */
  agreement?: number;
  control: { description: string };
  /**
   * Claims of one suite with the same cell group share their cells: a cell with the same arm, parameters and
   * replicate is run once and read by each (its seed and store key name the group, not the claim). Claims in
   * a group must share `run`; their grids may differ (a control with its own parameters stays their own).
   * Naming the group after the claim that owns the cells (its id) keeps that claim's seeds, and so its
   * numbers, unchanged when other claims join it.
   */
  cellGroup?: string;
  /** Cells run only when the claim's gate cells call for them (see GatedCells). */
  gated?: GatedCells<O>;
  /** Whether the cells use a tensor backend; claims that do not still run once per backend asked. */
  usesBackend: boolean;
  cells(tier: Tier): CellSpec[];
  run(cell: CellSpec, ctx: CellContext): Promise<O>;
  measure(cells: CellOutcome<O>[], ctx: MeasureContext): Measurement;
}

export interface SuiteSpec {
  /** Short name used on the command line, e.g. `calibration` or `srhm-2404.10727`. */
  name: string;
  /** Prefix of claim ids, e.g. `srhm`. */
  short: string;
  title: string;
  paper?: { title: string; arxiv?: string; url?: string };
  claims: ClaimSpec[];
  /** Cells that time themselves: run them one at a time, whatever `--jobs` says. */
  serial?: boolean;
}
