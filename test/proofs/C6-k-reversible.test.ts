import { proof } from "../../proofs/C6-k-reversible.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
