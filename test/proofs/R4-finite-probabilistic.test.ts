import { proof } from "../../proofs/R4-finite-probabilistic.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
