import { proof } from "../../proofs/P5-transformer-expressivity.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
