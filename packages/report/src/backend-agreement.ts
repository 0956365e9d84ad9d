import type { ClaimGroup } from './group-claims.ts';

export interface BackendAgreement {
  /** cpu when it ran (the reference backend), else the first backend with a value. */
  reference: string;
  /** Backends compared with the reference, the reference excluded. */
  compared: string[];
  /** Absolute tolerance on the claim statistic. */
  tolerance: number;
  /** Largest |value − reference value| and the backend it occurs on. */
  maxDelta: number;
  worst: string;
  /** Every compared backend reached the reference's verdict. */
  sameVerdict: boolean;
  agree: boolean;
}

const DECIDED = new Set(['pass', 'fail', 'inconclusive']);

/**
 * Whether a claim's statistic agrees across the backends it ran on: every backend with a measured value
 * is compared with the reference (cpu, else the first); they agree when each differs by at most the claim's
 * agreement tolerance (half its expected tolerance unless the claim states one) and has the same verdict.
 * null when fewer than two backends have a value.
 */
export function backendAgreement(group: ClaimGroup): BackendAgreement | null {
  const valued = group.entries.filter(
    (e) => DECIDED.has(e.claim.verdict) && e.claim.measured?.value !== null && e.claim.measured?.value !== undefined,
  );
  if (valued.length < 2) return null;
  const ref = valued.find((e) => e.backend === 'cpu') ?? (valued[0] as (typeof valued)[number]);
  const refValue = ref.claim.measured?.value as number;
  const tolerance = group.lead.agreement ?? ref.claim.agreement ?? group.lead.expected.tolerance / 2;
  let maxDelta = 0;
  let worst = ref.backend;
  let sameVerdict = true;
  const compared: string[] = [];
  for (const entry of valued) {
    if (entry === ref) continue;
    compared.push(entry.backend);
    const delta = Math.abs((entry.claim.measured?.value as number) - refValue);
    if (!(delta <= maxDelta)) {
      maxDelta = delta;
      worst = entry.backend;
    }
    if (entry.claim.verdict !== ref.claim.verdict) sameVerdict = false;
  }
  const agree = sameVerdict && maxDelta <= tolerance;
  return { reference: ref.backend, compared, tolerance, maxDelta, worst, sameVerdict, agree };
}
