import { proof } from "../../proofs/R3-finite-deterministic.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
