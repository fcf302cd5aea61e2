/**
 * Scenario `P5-starfree` (THEORY.md P5): restricting the class to what transformers express does
 * not help. Fixed-precision masked hard-attention transformers recognise the star-free languages
 * and soft-attention fixed-precision ones the R-trivial languages; both classes contain every
 * finite language and Σ*-like bases, so P4 re-runs inside each: the star-free re-run on the chat
 * fine-tunes (the chat base is star-free), the R-trivial one on a* and its finite restrictions
 * (EX-GOLD; the chat base is not R-trivial). Every member checked is inside the restricted class,
 * and Gold's adversary still beats every text learner, certificates verified. The pinned facts
 * of P5 are checked beside it: (aa)* fails both, (ab)* is star-free but not R-trivial, a*b*
 * passes both.
 *
 * Horizon: the mind changes the adversary forces (10 fast, 50 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { unsafeAlphabet } from "../../automata/alphabet.js";
import { isRTrivial } from "../../automata/classify/r-trivial.js";
import { isStarFree } from "../../automata/classify/star-free.js";
import { compile } from "../../automata/compile.js";
import { exFt, exGold } from "../../identification/family/examples.js";
import type { Family } from "../../identification/family/family.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import type { Steps } from "../../identification/progress.js";
import { chatBase } from "../models/chat.js";
import { type ExpressivityClass, restrictToClass } from "../restrict.js";
import { type Attack, attackAll, attackJson } from "./attack.js";
import type { Result } from "./chat-zoo.js";
import { check, progress } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "P5-starfree";
/** Members checked for membership of the restricted class (the base and its first fine-tunes). */
const CHECKED = 21;

/** The first `CHECKED` members restricted to a class: the names outside or undecided. */
function outside(family: Family, cls: ExpressivityClass): string[] {
  const members = Array.from({ length: CHECKED }, (_, i) => family.at(i));
  const r = restrictToClass(members, cls);
  return [...r.outside, ...r.undecided].map((x) => x.model.name);
}

function pins(): Result<{ [key: string]: { starFree: boolean; rTrivial: boolean } }> {
  const ab = unsafeAlphabet(["a", "b"]);
  const out: { [key: string]: { starFree: boolean; rTrivial: boolean } } = {};
  for (const source of ["(aa)*", "(ab)*", "a*b*"]) {
    const d = compile(source, ab);
    if (E.isLeft(d)) return d;
    const sf = isStarFree(d.right);
    if (E.isLeft(sf)) return sf;
    out[source] = { starFree: sf.right, rTrivial: isRTrivial(d.right) };
  }
  return E.right(out);
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  yield progress(ID, "class membership", 0, 3);
  const runs: { name: string; family: Family; cls: ExpressivityClass }[] = [
    { name: "star-free", family: exFt(chatBase(), "chat"), cls: "star-free" },
    { name: "R-trivial", family: exGold(), cls: "r-trivial" },
  ];
  const witnesses: { [key: string]: Json } = {};
  const beaten: boolean[] = [];
  const inside: boolean[] = [];
  for (const [k, r] of runs.entries()) {
    const out = outside(r.family, r.cls);
    inside.push(out.length === 0);
    const ls = textLearners(r.family);
    if (E.isLeft(ls)) return ls;
    const a: Result<Attack[]> = yield* attackAll(ID, r.family, ls.right, o.horizon, k + 1, 3);
    if (E.isLeft(a)) return a;
    beaten.push(a.right.every((x) => x.verified));
    witnesses[r.name] = {
      family: r.family.description,
      membersChecked: CHECKED,
      outside: out,
      adversary: a.right.map((x) => attackJson(x, r.family, false)),
    };
  }
  const p = pins();
  if (E.isLeft(p)) return p;
  const f = p.right;
  witnesses.pins = f;
  return E.right({
    notion: "not-identifiable-from-text",
    summary: `inside the star-free class (the chat fine-tunes) and the R-trivial class (a* and its restrictions) every checked member belongs to the class and Gold's adversary still beats every text learner, certificates verified`,
    checks: [
      check(
        `the chat base and its first ${CHECKED - 1} fine-tunes are star-free`,
        inside[0] === true,
      ),
      check(`a* and its first ${CHECKED - 1} restrictions are R-trivial`, inside[1] === true),
      check("inside the star-free class every text learner is beaten", beaten[0] === true),
      check("inside the R-trivial class every text learner is beaten", beaten[1] === true),
      check(
        "pins: (aa)* fails both, (ab)* is star-free and not R-trivial, a*b* passes both",
        f["(aa)*"]?.starFree === false &&
          f["(aa)*"]?.rTrivial === false &&
          f["(ab)*"]?.starFree === true &&
          f["(ab)*"]?.rTrivial === false &&
          f["a*b*"]?.starFree === true &&
          f["a*b*"]?.rTrivial === true,
      ),
    ],
    witnesses,
  });
}

/**
 * The `P5-starfree` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("P5-starfree");
 * ```
 */
export const p5StarFree: Scenario = {
  id: ID,
  title: "Transformer-expressible classes stay non-identifiable",
  demonstrates:
    "Restricting the models to star-free languages (hard-attention transformers) or R-trivial ones (soft attention) leaves every finite language and the base in the class: P4's adversary still beats every learner.",
  theoryIds: ["P5", "P4"],
  horizon: { fast: 10, deep: 50 },
  horizonMeans: "mind changes the adversary forces",
  params: {},
  run,
};
