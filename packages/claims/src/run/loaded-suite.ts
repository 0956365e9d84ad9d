import type { SuiteSpec } from '../spec/claim-spec.ts';

/** A suite spec with the file it came from (workers import it again) and the hash of its code. */
export interface LoadedSuite {
  spec: SuiteSpec;
  path: string;
  code: string;
}
