import { proof } from "../../proofs/B1-watermark.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
