import { proof } from "../../proofs/C10-generation.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
