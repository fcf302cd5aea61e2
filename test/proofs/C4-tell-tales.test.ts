import { proof } from "../../proofs/C4-tell-tales.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
