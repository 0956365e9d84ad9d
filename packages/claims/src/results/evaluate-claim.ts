import { createRng, deriveSeed } from '@repro/tensor';
import { neededCells } from '../run/needed-cells.ts';
import type { PlannedCell } from '../run/plan-cells.ts';
import { bandOf } from '../spec/band-of.ts';
import type { Arm, CellOutcome, ClaimSpec, Measurement } from '../spec/claim-spec.ts';
import { type Tier, tierAtLeast } from '../spec/tier.ts';
import type { CellStore } from '../store/cell-store.ts';
import { claimHeader } from './claim-header.ts';
import { combineWithControl } from './combine-with-control.ts';
import { decide } from './decide.ts';
import type { ClaimResult } from './results-file.ts';

export interface EvaluateInput {
  suite: string;
  claim: ClaimSpec;
  cells: PlannedCell[];
  store: CellStore;
  tier: Tier;
  seed: number;
  /** Errors of cells run in this invocation, by key. */
  errors: Map<string, string>;
  /** Why cells are missing, when they were left to other shards. */
  missingReason?: string;
}

const measured = (m: Measurement) => ({ value: m.value, interval: m.interval });

/** Turns a claim's finished cells into its verdict, applying the band rule to the claim and its control. */
export function evaluateClaim(input: EvaluateInput): ClaimResult {
  const { claim, store } = input;
  // Gated cells that the claim's finished gates do not call for are neither run nor expected.
  const cells = neededCells(claim, input.cells, store);
  const base: ClaimResult = {
    ...claimHeader(claim),
    verdict: 'skipped',
    reason: '',
    measured: null,
    control: null,
    cells: { total: cells.length, done: cells.filter((c) => store.has(c.key)).length },
  };
  const failed = cells.find((c) => input.errors.has(c.key));
  if (failed)
    return {
      ...base,
      verdict: 'error',
      reason: `cell ${failed.arm} ${JSON.stringify(failed.params)}: ${input.errors.get(failed.key)}`,
    };
  if (base.cells && base.cells.done < base.cells.total) {
    const why = input.missingReason ?? 'cells not run';
    const missing = cells.filter((c) => !store.has(c.key));
    const named = missing
      .slice(0, 3)
      .map((c) => `${c.arm} ${JSON.stringify(c.params)} #${c.replicate} (${c.key.slice(0, 8)})`)
      .join(', ');
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
    return {
      ...base,
      reason: `${base.cells.done}/${base.cells.total} cells finished: ${why}; missing ${named}${more}`,
    };
  }
  const measureArm = (arm: Arm): Measurement => {
    const outcomes: CellOutcome[] = cells
      .filter((c) => c.arm === arm)
      .map((c) => {
        const record = store.get(c.key);
        if (record?.status !== 'ok') throw new Error(`cell ${c.key} has no output`);
        return { params: c.params, replicate: c.replicate, seed: c.seed, output: record.output };
      });
    const random = createRng(deriveSeed(input.suite, claim.id, arm, 'measure', input.seed));
    return claim.measure(outcomes, { arm, tier: input.tier, random: () => random.uniform() });
  };
  try {
    const band = bandOf(claim.expected);
    const m = measureArm('claim');
    const c = measureArm('control');
    const claimDecision = decide(measured(m), band);
    const controlDecision = decide(measured(c), band);
    const combined = combineWithControl(claimDecision, controlDecision);
    const decidable = tierAtLeast(input.tier, claim.lowestTier);
    return {
      ...base,
      verdict: decidable ? combined.verdict : 'skipped',
      reason: decidable
        ? combined.reason
        : `tier ${input.tier} is below the lowest decidable tier ${claim.lowestTier} (at this size: ${combined.verdict}: ${combined.reason})`,
      measured: measured(m),
      control: { verdict: controlDecision.verdict, measured: measured(c), ...(c.note ? { note: c.note } : {}) },
      ...(m.note ? { note: m.note } : {}),
      ...(m.detail !== undefined ? { detail: m.detail } : {}),
      ...(m.plot ? { plot: m.plot } : {}),
      ...(c.plot ? { controlPlot: c.plot } : {}),
    };
  } catch (error) {
    return { ...base, verdict: 'error', reason: `measure: ${error instanceof Error ? error.message : String(error)}` };
  }
}
