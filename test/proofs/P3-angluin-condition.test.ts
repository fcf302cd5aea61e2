import { proof } from "../../proofs/P3-angluin-condition.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
