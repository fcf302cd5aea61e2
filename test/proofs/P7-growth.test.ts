import { proof } from "../../proofs/P7-growth.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
