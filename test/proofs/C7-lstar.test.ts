import { proof } from "../../proofs/C7-lstar.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
