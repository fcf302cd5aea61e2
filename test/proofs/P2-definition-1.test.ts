import { proof } from "../../proofs/P2-definition-1.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
