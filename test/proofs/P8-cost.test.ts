import { proof } from "../../proofs/P8-cost.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
