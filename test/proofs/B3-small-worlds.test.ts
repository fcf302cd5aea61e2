import { proof } from "../../proofs/B3-small-worlds.proof.js";
import { proveInVitest } from "./adapter.js";

proveInVitest(proof);
