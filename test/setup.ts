/**
 * Every property test of test/ runs from one fixed fast-check seed, so `npm test` and CI see
 * the same cases on every run (a failure prints its seed and path to replay). The proofs
 * derive their own seeds from LIMITLAB_SEED (src/proof).
 */
import fc from "fast-check";

fc.configureGlobal({ seed: 42 });
