import { proof } from "../../proofs/B2-generation-vs-attribution.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
