export { combineWithControl } from './results/combine-with-control.ts';
export { type Decision, decide } from './results/decide.ts';
export { evaluateClaim } from './results/evaluate-claim.ts';
export type {
  ClaimResult,
  MeasuredValue,
  Provenance,
  ResultsFile,
  RunResult,
  Verdict,
} from './results/results-file.ts';
export { RESULTS_NAME, readResults, writeResults } from './results/results-io.ts';
export { countVerdicts, detailLine, summaryLine, type VerdictCounts } from './results/summarize.ts';
export { codeVersion } from './run/code-version.ts';
export { assertFinite, Diverged, isDiverged } from './run/diverged.ts';
export { loadSuites } from './run/load-suites.ts';
export type { LoadedSuite } from './run/loaded-suite.ts';
export { type MergeInput, type MergeOutcome, type MergeProblem, mergeRuns } from './run/merge-runs.ts';
export { cellSeed, type PlannedCell, planClaimCells } from './run/plan-cells.ts';
export type { RunEvent } from './run/progress.ts';
export { type RunOptions, runSuites } from './run/run-suites.ts';
export { inShard, parseShard, type Shard, shardFromEnv } from './run/shard.ts';
export { type ClaimStability, type VerdictStability, verdictStability } from './run/verdict-stability.ts';
export { POOL_THREAD_VARS_ENV, poolThreadDefaults, workerEnvironment } from './run/worker-environment.ts';
export { defaultWorkers } from './run/worker-pool.ts';
export { bandOf } from './spec/band-of.ts';
export type {
  Arm,
  CellContext,
  CellOutcome,
  CellParams,
  CellSpec,
  ClaimSource,
  ClaimSpec,
  Expected,
  GatedCells,
  GateOutcome,
  Json,
  MeasureContext,
  Measurement,
  PlotBand,
  PlotLine,
  PlotSeries,
  PlotSpec,
  SuiteSpec,
} from './spec/claim-spec.ts';
export { defineClaim, defineSuite } from './spec/define-suite.ts';
export { replicateCells } from './spec/replicate-cells.ts';
export { TIERS, type Tier, tierAtLeast } from './spec/tier.ts';
export * from './stats/index.ts';
export { canonicalJson } from './store/canonical-json.ts';
export { type CellIdentity, cellKey } from './store/cell-key.ts';
export type { CellRecord, FinishedRecord } from './store/cell-record.ts';
export { CELLS_NAME, CellStore } from './store/cell-store.ts';
export { StoreWriteError } from './store/store-write-error.ts';
