import { computeLeap, formatMonomial, parseTarget, TargetSyntaxError } from '@repro/task-leap';
import { UsageError } from '../usage-error.ts';
import type { Io } from './run-command.ts';

/** `repro leap "<expr>" [--gaussian]`: `leap: K` on its own line, then one leap-attaining ordering. */
export function leapCommand(expression: string, flags: { gaussian?: boolean }, io: Io): number {
  const basis = flags.gaussian ? 'gaussian' : 'boolean';
  let terms: ReturnType<typeof parseTarget>;
  try {
    terms = parseTarget(expression, basis);
  } catch (error) {
    if (error instanceof TargetSyntaxError) throw new UsageError(error.message);
    throw error;
  }
  const { leap, ordering } = computeLeap(terms);
  io.out(`leap: ${leap}\n`);
  io.out(`ordering (${basis}):\n`);
  for (const step of ordering) {
    const added = step.newCoordinates.length > 0 ? step.newCoordinates.map((i) => `x${i}`).join(', ') : 'nothing';
    io.out(`  ${formatMonomial(step.monomial, basis).padEnd(24)} leap ${step.cost}  adds ${added}\n`);
  }
  return 0;
}
