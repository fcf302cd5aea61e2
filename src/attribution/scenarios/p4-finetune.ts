/**
 * Scenario `P4-finetune`, the default (THEORY.md "The default scenario", P4/R1): a chat-like
 * base model and its fine-tunes `exFt(chat)` (index 0 the base, index n + 1 the base restricted to
 * its first n + 1 outputs). The class facts (sizes, finiteness, star-freeness, counts), every text
 * learner of the library on a fair shortlex text of the base, and Gold's adversary against each
 * learner with its certificate checked by the independent verifier: no learner identifies the
 * class. Beside it the control: the same family restricted to its finite members, which
 * Angluin's learner identifies and the adversary has nothing to attack in.
 *
 * Horizon: the mind changes the adversary forces (10 fast, 50 deep).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { goldAdversary } from "../../identification/adversary/gold.js";
import { exFt } from "../../identification/family/examples.js";
import { type Family, indexedFamily, member } from "../../identification/family/family.js";
import { learners, textLearners } from "../../identification/learner/catalogue.js";
import { take } from "../../identification/presentation/presentation.js";
import { shortlexText } from "../../identification/presentation/text.js";
import type { Steps } from "../../identification/progress.js";
import { chatBase } from "../models/chat.js";
import { attackAll, attackJson, runAll } from "./attack.js";
import type { Result } from "./chat-zoo.js";
import { check, progress } from "./outcome.js";
import { p4FinetuneFacts } from "./p4-finetune-facts.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "P4-finetune";
/** The pinned minimal sizes of fine-tunes 1–10 (THEORY.md). */
const SIZES = [10, 10, 12, 10, 14, 12, 14, 10, 20, 18];
const CONTROL_MEMBERS = 10;

/** EX-FT(chat) without its base: the finite fine-tunes, index n = the first n + 1 outputs. */
function finiteMembers(family: Family): Family {
  return indexedFamily({
    alphabet: family.alphabet,
    size: Number.POSITIVE_INFINITY,
    description: "EX-FT(chat) without its base: the finite fine-tunes",
    layout: "custom",
    member: (n) => family.at(n + 1),
  });
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  yield progress(ID, "class facts", 0, 4);
  const facts = p4FinetuneFacts(10);
  const base = chatBase();
  const family = exFt(base, "chat");
  const ls = textLearners(family);
  if (E.isLeft(ls)) return ls;
  yield progress(ID, "a fair shortlex text of the base", 1, 4);
  const textLength = o.deep ? 2000 : 200;
  const runs = runAll(family, ls.right, take(shortlexText(base, "chat"), textLength), base);
  const attacks = yield* attackAll(ID, family, ls.right, o.horizon, 2, 4);
  if (E.isLeft(attacks)) return attacks;
  yield progress(ID, "control: the finite fine-tunes", 3, 4);
  const control = finiteMembers(family);
  const tt = learners["tell-tale"](control);
  if (E.isLeft(tt)) return tt;
  const identified: Json[] = [];
  let controlOk = true;
  for (let n = 0; n < CONTROL_MEMBERS; n++) {
    const target = member(control, n);
    const [r] = runAll(control, [tt.right], take(shortlexText(target), 4 * (n + 1)), target);
    // the tell-tale of F_n is its newest output, shown at step n + 1 of the shortlex text
    controlOk &&= r !== undefined && r.correctFrom !== null && r.correctFrom <= n + 1;
    identified.push({ member: control.at(n).name, correctFrom: r?.correctFrom ?? null });
  }
  const refused = goldAdversary(control, tt.right, { mindChanges: o.horizon });
  const beaten = attacks.right.filter((a) => a.verified).length;
  const changes = attacks.right.flatMap((a) =>
    a.certificate?.kind === "mind-changes" ? [a.certificate.changes] : [],
  );
  return E.right({
    notion: "not-identifiable-from-text",
    summary: `the chat base has ${facts.base.states} states and is star-free; Gold's adversary beats all ${ls.right.length} text learners with verified certificates (${changes.length} forced to ${o.horizon} mind changes, ${ls.right.length - changes.length} stuck on a finite fine-tune); without the base, Angluin's learner identifies the first ${CONTROL_MEMBERS} fine-tunes by step n + 1 and the adversary has no infinite member to attack`,
    checks: [
      check(
        "the base is infinite, has 14 states, is star-free and not R-trivial",
        !facts.base.finite &&
          facts.base.states === 14 &&
          facts.base.starFree &&
          !facts.base.rTrivial,
      ),
      check(
        "fine-tunes 1–10 have minimal sizes 10, 10, 12, 10, 14, 12, 14, 10, 20, 18, all finite",
        facts.fineTunes.every((m, i) => m.states === SIZES[i] && m.finite),
      ),
      check(
        "Gold's adversary beats every text learner, each certificate verified independently",
        beaten === ls.right.length,
      ),
      check("control: Angluin's learner identifies each finite fine-tune by step n + 1", controlOk),
      check("control: the adversary has no infinite member to attack", E.isLeft(refused)),
    ],
    witnesses: {
      facts: facts as unknown as Json,
      shortlexText: { length: textLength, runs: runs.map((r) => ({ ...r })) },
      adversary: attacks.right.map((a) => attackJson(a, family, true)),
      control: {
        family: control.description,
        identified,
        adversary: E.isLeft(refused) ? refused.left.message : "attacked",
      },
    },
  });
}

/**
 * The `P4-finetune` scenario, the one `npm start` opens (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("P4-finetune").right.verdict; // "shown"
 * ```
 */
export const p4Finetune: Scenario = {
  id: ID,
  title: "A chat-like base model and its fine-tunes",
  demonstrates:
    "Fine-tunes can restrict the base to any finite set of its outputs, so the class is superfinite: Gold's adversary beats every text learner, with certificates checked independently (P4/R1); without the base the fine-tunes are identifiable.",
  theoryIds: ["P4", "R1", "C2"],
  horizon: { fast: 10, deep: 50 },
  horizonMeans: "mind changes the adversary forces",
  params: {},
  run,
};
