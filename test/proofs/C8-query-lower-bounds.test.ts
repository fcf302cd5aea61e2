import { proof } from "../../proofs/C8-query-lower-bounds.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
