import { proof } from "../../proofs/C9-stochastic.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
