import { proof } from "../../proofs/C1-gold-informant.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
