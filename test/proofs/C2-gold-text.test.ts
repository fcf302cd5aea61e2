import { proof } from "../../proofs/C2-gold-text.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
