/**
 * What the Gold-style scenarios share: Gold's adversary (THEORY.md C2) against every learner of
 * a list, each certificate re-checked by the independent verifier, and plain runs of the
 * learners on a text, reported as JSON rows.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import type { Dfa } from "../../automata/dfa.js";
import { goldAdversarySteps } from "../../identification/adversary/gold.js";
import type { Certificate } from "../../identification/certificate/types.js";
import { verifyCertificate } from "../../identification/certificate/verify.js";
import type { TextDatum } from "../../identification/datum.js";
import type { Family } from "../../identification/family/family.js";
import type { Learner } from "../../identification/learner/learner.js";
import { runLearner } from "../../identification/learner/run.js";
import { correctFrom } from "../../identification/learner/trace.js";
import type { Steps } from "../../identification/progress.js";
import type { Result } from "./chat-zoo.js";
import { relay } from "./outcome.js";
import type { Json, ScenarioProgressInfo } from "./types.js";

/** One learner under Gold's adversary. */
export interface Attack {
  readonly learner: string;
  /** The certificate, or null when the adversary failed (the control). */
  readonly certificate: Certificate | null;
  /** The verifier's verdict on the certificate (false when there is none). */
  readonly verified: boolean;
  /** Why the adversary failed, when it did. */
  readonly failure: string | null;
}

/**
 * Gold's adversary against each learner in turn, re-yielding its progress; a `Left` of kind
 * `budget` from the adversary (it failed: an identifiable class) is recorded, not returned.
 *
 * @example
 * ```ts
 * const attacks = yield* attackAll("R1", exGold(), learners, { mindChanges: 10 }, 1, 3);
 * ```
 */
export function* attackAll(
  scenario: string,
  family: Family,
  learners: readonly Learner[],
  mindChanges: number,
  done: number,
  total: number,
): Steps<ScenarioProgressInfo, Result<Attack[]>> {
  const out: Attack[] = [];
  for (const l of learners) {
    const learner = l as Learner<unknown, TextDatum>;
    const r = yield* relay(
      goldAdversarySteps(family, learner, { mindChanges }),
      scenario,
      (p) => `Gold's adversary against ${l.name}: ${p.partial.changes} mind changes`,
      done,
      total,
    );
    if (E.isLeft(r)) {
      if (r.left.kind !== "budget") return r;
      out.push({ learner: l.name, certificate: null, verified: false, failure: r.left.message });
      continue;
    }
    out.push({
      learner: l.name,
      certificate: r.right,
      verified: verifyCertificate(family, learner, r.right),
      failure: null,
    });
  }
  return E.right(out);
}

/**
 * An attack as a report row: the certificate's kind and sizes, the verdict, and the
 * certificate itself when `full` (its text can be long).
 *
 * @example
 * ```ts
 * attackJson(attack, family, false); // { learner, kind: "mind-changes", changes: 10, … }
 * ```
 */
export function attackJson(a: Attack, family: Family, full: boolean): Json {
  const c = a.certificate;
  if (c === null) return { learner: a.learner, kind: "adversary failed", failure: a.failure };
  return {
    learner: a.learner,
    kind: c.kind,
    ...(c.kind === "mind-changes"
      ? { changes: c.changes }
      : { stuckOn: family.at(c.member).name, horizon: c.horizon }),
    steps: c.text.length,
    symbols: c.symbols,
    verified: a.verified,
    ...(full ? { certificate: c as unknown as Json } : {}),
  };
}

/** A learner's run on a text: its mind changes, final guess and whether it is right. */
export interface PlainRun {
  readonly learner: string;
  readonly mindChanges: number;
  readonly finalGuess: string | null;
  /** The step from which every guess has the target's language, or null. */
  readonly correctFrom: number | null;
}

/**
 * Runs each learner on the same data and judges it against the target.
 *
 * @example
 * ```ts
 * runAll(family, learners, take(shortlexText(base), 200), base);
 * ```
 */
export function runAll(
  family: Family,
  learners: readonly Learner[],
  data: readonly TextDatum[],
  target: Dfa,
): PlainRun[] {
  return learners.map((l) => {
    const t = runLearner(l as Learner<unknown, TextDatum>, data);
    const c = correctFrom(t, family, target);
    return {
      learner: l.name,
      mindChanges: t.mindChanges,
      finalGuess: O.isSome(t.final) ? family.at(t.final.value).name : null,
      correctFrom: O.isSome(c) ? c.value : null,
    };
  });
}
