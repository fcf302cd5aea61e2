import { proof } from "../../proofs/C5-finite-elasticity.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
