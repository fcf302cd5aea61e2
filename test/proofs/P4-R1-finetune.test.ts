import { proof } from "../../proofs/P4-R1-finetune.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
