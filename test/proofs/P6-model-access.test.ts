import { proof } from "../../proofs/P6-model-access.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
