import { proof } from "../../proofs/C11-star-free.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
