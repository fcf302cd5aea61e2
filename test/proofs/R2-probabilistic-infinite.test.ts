import { proof } from "../../proofs/R2-probabilistic-infinite.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
