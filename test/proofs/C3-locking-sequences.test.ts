import { proof } from "../../proofs/C3-locking-sequences.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
