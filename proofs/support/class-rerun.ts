/**
 * P4 re-run inside a restricted class (THEORY.md P5, AMENDMENTS.md issue 6): Gold's adversary
 * on EX-FT over a base inside the class, with every member its certificate involves checked to
 * be in the class by the library's classifier and by the brute-force syntactic monoid
 * (proofs/support/small-world.ts), so the defeat happens among models the class can express.
 */
import { isRTrivial } from "../../src/automata/classify/r-trivial.js";
import { isStarFree } from "../../src/automata/classify/star-free.js";
import type { Dfa } from "../../src/automata/dfa.js";
import type { Certificate } from "../../src/identification/certificate/types.js";
import { verifyCertificate } from "../../src/identification/certificate/verify.js";
import type { TextDatum } from "../../src/identification/datum.js";
import { type Family, member } from "../../src/identification/family/family.js";
import type { Learner } from "../../src/identification/learner/learner.js";
import { attack, recheck } from "./gold-attack.js";
import { orThrow } from "./or-throw.js";
import { bruteAperiodic, bruteMonoid, bruteRTrivial } from "./small-world.js";

/** The two classes of P5: star-free (masked hard attention) and R-trivial (soft attention). */
export type TransformerClass = "star-free" | "R-trivial";

/**
 * Is L(d) in the class, by the library's classifier and by the brute-force monoid alike? Throws
 * when the two disagree. Cost: one monoid construction.
 *
 * @example
 * ```ts
 * inTransformerClass("R-trivial", aStar); // true
 * ```
 */
export function inTransformerClass(c: TransformerClass, d: Dfa): boolean {
  const m = bruteMonoid(d);
  const lib = c === "star-free" ? orThrow(isStarFree(d)) : isRTrivial(d);
  const brute = c === "star-free" ? bruteAperiodic(m) : bruteRTrivial(m);
  if (lib !== brute) throw new Error(`the ${c} classifier and the brute-force monoid disagree`);
  return lib;
}

/**
 * The members a certificate involves: index 0 and the fine-tunes F_0..F_n shown (mind changes:
 * n ≤ changes + 1 stages), or the stuck member.
 *
 * @example
 * ```ts
 * involved({ kind: "stuck", member: 6, ... }); // [0, 6]
 * ```
 */
function involved(c: Certificate): number[] {
  if (c.kind === "stuck") return [0, c.member];
  return Array.from({ length: c.changes + 3 }, (_, i) => i);
}

/**
 * Gold's adversary against `learner` on `family`, the certificate checked by verifyCertificate
 * and the proof's re-check, and every involved member checked to be in the class (verdicts kept
 * in `verdicts` across learners). Throws with the reason when anything fails.
 *
 * @example
 * ```ts
 * rerunInClass("star-free", exFt(chat), tellTale, { mindChanges: 20, horizon: 200 }, new Map());
 * ```
 */
export function rerunInClass(
  c: TransformerClass,
  family: Family,
  learner: Learner<unknown, TextDatum>,
  bounds: { readonly mindChanges: number; readonly horizon: number },
  verdicts: Map<number, boolean>,
): Certificate {
  const cert = attack(family, learner, bounds);
  if (!verifyCertificate(family, learner, cert)) throw new Error("verifyCertificate rejects it");
  const problem = recheck(family, learner, cert);
  if (problem !== undefined) throw new Error(`the proof's re-check rejects it: ${problem}`);
  for (const i of involved(cert)) {
    let v = verdicts.get(i);
    if (v === undefined) {
      v = inTransformerClass(c, member(family, i));
      verdicts.set(i, v);
    }
    if (!v) throw new Error(`member ${i} is not ${c}`);
  }
  return cert;
}
