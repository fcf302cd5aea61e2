import { proof } from "../../proofs/P1-attribution-candidates.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
