/** A seeded source of uniform random numbers; mutable: each call advances it. */
export interface Rng {
  /** A uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** A uniform double in [0, 1), a multiple of 2^-53 (53 random bits). */
  uniform(): number;
}
