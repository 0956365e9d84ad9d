import { z } from 'zod';
import type { ClaimSpec, Json, SuiteSpec } from './claim-spec.ts';
import { TIERS } from './tier.ts';

const claimShape = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/),
  source: z.object({ paper: z.string().min(1), arxiv: z.string().optional(), where: z.string().min(1) }),
  statement: z.string().min(1),
  quantity: z.string().min(1),
  expected: z.object({
    value: z.number().finite(),
    tolerance: z.number().nonnegative(),
    band: z.tuple([z.number().nullable(), z.number().nullable()]).optional(),
  }),
  rule: z.string().min(1),
  lowestTier: z.enum(TIERS),
  agreement: z.number().finite().nonnegative().optional(),
  cellGroup: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/)
    .optional(),
  control: z.object({ description: z.string().min(1) }),
  gated: z.object({ isGated: z.function(), needed: z.function() }).optional(),
  usesBackend: z.boolean(),
  cells: z.function(),
  run: z.function(),
  measure: z.function(),
});

const suiteShape = z.object({
  name: z.string().regex(/^[a-z0-9.-]+$/),
  short: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  paper: z.object({ title: z.string(), arxiv: z.string().optional(), url: z.string().optional() }).optional(),
  claims: z.array(claimShape).min(1),
  serial: z.boolean().optional(),
});

/** Validates a claim's shape and keeps its output type. */
export function defineClaim<O extends Json>(claim: ClaimSpec<O>): ClaimSpec {
  return claim as unknown as ClaimSpec;
}

/** Validates a suite spec: shapes, id prefixes, unique ids, every claim has both arms in every tier. */
export function defineSuite(suite: SuiteSpec): SuiteSpec {
  const parsed = suiteShape.safeParse(suite);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`suite ${suite.name}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const seen = new Set<string>();
  const groupRun = new Map<string, ClaimSpec['run']>();
  for (const claim of suite.claims) {
    if (claim.cellGroup !== undefined) {
      const run = groupRun.get(claim.cellGroup) ?? claim.run;
      if (run !== claim.run) {
        throw new Error(`suite ${suite.name}: claims of cell group ${claim.cellGroup} must share one run function`);
      }
      groupRun.set(claim.cellGroup, run);
    }
    if (!claim.id.startsWith(`${suite.short}.`)) {
      throw new Error(`suite ${suite.name}: claim ${claim.id} must start with "${suite.short}."`);
    }
    if (seen.has(claim.id)) throw new Error(`suite ${suite.name}: duplicate claim ${claim.id}`);
    seen.add(claim.id);
    for (const tier of TIERS) {
      const arms = new Set(claim.cells(tier).map((c) => c.arm));
      if (!arms.has('claim') || !arms.has('control')) {
        throw new Error(`suite ${suite.name}: claim ${claim.id} needs claim and control cells at tier ${tier}`);
      }
    }
  }
  return suite;
}
