/**
 * Scenario `R3` (THEORY.md R3, C4): a finite class of deterministic models is identifiable from
 * text, because every member of a finite class has a tell-tale (Angluin 1980). Two finite classes:
 * the chat zoo (the base and three fine-tunes, nested) and a random EX-ZOO zoo.
 *
 * For every member: its canonical tell-tale T_i, checked here apart from the search that found it
 * (T_i ⊆ L_i, and every member strictly inside L_i misses a word of T_i); every text learner of
 * the library on seeded random-fair texts of it; and its candidate set after the whole text.
 * Angluin's tell-tale learner identifies every member, converging by the step at which all of T_i
 * and a refutation of every earlier member not containing L_i have appeared (each word of rank r
 * by step 4r + 2). A member inside another's language is never attributed with *certainty*, yet it
 * is identified in the limit; and the learner matters: the largest-consistent learner fails on it.
 *
 * Horizon: data read per text (60 fast, 300 deep). Parameter `zooSeed` (1): the EX-ZOO seed.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { accepts } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import { inclusionWitness, isSubset } from "../../automata/inclusion.js";
import { deriveSeed } from "../../automata/support/rng.js";
import { type Word, wordToString } from "../../automata/word.js";
import { isPause } from "../../identification/datum.js";
import { exZoo } from "../../identification/family/examples.js";
import { type Family, member } from "../../identification/family/family.js";
import { textLearners } from "../../identification/learner/catalogue.js";
import { runLearner } from "../../identification/learner/run.js";
import { correctFrom } from "../../identification/learner/trace.js";
import { fairBound } from "../../identification/presentation/fair-random.js";
import { take } from "../../identification/presentation/presentation.js";
import { randomText } from "../../identification/presentation/text.js";
import type { Steps } from "../../identification/progress.js";
import { tellTale } from "../../identification/telltale/search.js";
import { candidates } from "../attribution/candidates.js";
import { makeZoo, zooFamily } from "../zoo/zoo.js";
import { chatZoo, type Result } from "./chat-zoo.js";
import { check, progress, rankIn } from "./outcome.js";
import type { Json, Outcome, ResolvedOptions, Scenario, ScenarioProgressInfo } from "./types.js";

const ID = "R3";
const TELL_TALE = "tell-tale";
const LARGEST = "largest";

/** Is `words` a tell-tale of member i, checked against every member strictly inside L_i? */
function isTellTale(family: Family, i: number, words: readonly Word[]): boolean {
  const li = member(family, i);
  if (!words.every((w) => accepts(li, w))) return false;
  for (let j = 0; j < family.size; j++) {
    const lj = member(family, j);
    const inside = isSubset(lj, li) && O.isSome(equivalent(lj, li));
    if (inside && words.every((w) => accepts(lj, w))) return false;
  }
  return true;
}

/** The step by which the tell-tale learner has converged on a random-fair text of member i. */
function convergenceBound(family: Family, i: number, tellTaleWords: readonly Word[]): number {
  const li = member(family, i);
  let worst = 0;
  for (const w of tellTaleWords) worst = Math.max(worst, rankIn(li, w));
  for (let j = 0; j < i; j++) {
    const w = inclusionWitness(li, member(family, j));
    if (O.isSome(w)) worst = Math.max(worst, rankIn(li, w.value));
  }
  return fairBound(worst);
}

interface ClassResult {
  readonly json: Json;
  readonly tellTalesOk: boolean;
  readonly tellTaleLearnerOk: boolean;
  /** Members never attributed with certainty yet identified by the tell-tale learner. */
  readonly uncertainButIdentified: number;
  /** Members inside another on which the largest-consistent learner ends wrong. */
  readonly largestFails: number;
}

function studyClass(
  family: Family,
  o: ResolvedOptions,
  presentations: number,
): Result<ClassResult> {
  const ls = textLearners(family);
  if (E.isLeft(ls)) return ls;
  const rows: Json[] = [];
  let tellTalesOk = true;
  let tellTaleLearnerOk = true;
  let uncertainButIdentified = 0;
  let largestFails = 0;
  for (let i = 0; i < family.size; i++) {
    const target = member(family, i);
    const t = tellTale(family, i);
    tellTalesOk &&= t.exact && isTellTale(family, i, t.words);
    const bound = convergenceBound(family, i, t.words);
    const correct: Record<string, (number | null)[]> = {};
    let certain = false;
    for (let p = 0; p < presentations; p++) {
      const data = take(randomText(target, deriveSeed(o.seed, 100 * i + p)), o.horizon);
      for (const l of ls.right) {
        const c = correctFrom(runLearner(l, data), family, target);
        const runs = correct[l.name] ?? [];
        runs.push(O.isSome(c) ? c.value : null);
        correct[l.name] = runs;
      }
      const c = candidates(
        family,
        data.filter((d): d is Word => !isPause(d)),
      );
      if (E.isLeft(c)) return c;
      certain ||= c.right.certain;
    }
    const tt = correct[TELL_TALE] ?? [];
    const ok = tt.every((x) => x !== null && (bound > o.horizon || x <= bound));
    tellTaleLearnerOk &&= ok;
    if (!certain && ok) uncertainButIdentified++;
    if (!certain && (correct[LARGEST] ?? []).some((x) => x === null)) largestFails++;
    rows.push({
      member: family.at(i).name,
      tellTale: t.words.map((w) => wordToString(family.alphabet, w)),
      tellTaleLearnerBy: bound,
      everCertain: certain,
      correctFrom: correct,
    });
  }
  return E.right({
    json: { family: family.description, members: rows },
    tellTalesOk,
    tellTaleLearnerOk,
    uncertainButIdentified,
    largestFails,
  });
}

function chatFamily(): Result<Family> {
  const models = chatZoo();
  if (E.isLeft(models)) return models;
  const zoo = makeZoo(models.right);
  return E.isLeft(zoo) ? zoo : zooFamily(zoo.right);
}

function* run(o: ResolvedOptions): Steps<ScenarioProgressInfo, Result<Outcome>> {
  const presentations = o.deep ? 10 : 3;
  const families: Result<Family>[] = [
    chatFamily(),
    exZoo(o.params.zooSeed as number, { members: 8, states: 5, variants: 2 }),
  ];
  const results: ClassResult[] = [];
  for (const [k, f] of families.entries()) {
    yield progress(ID, k === 0 ? "the chat zoo" : "a random zoo", k, families.length);
    if (E.isLeft(f)) return f;
    const r = studyClass(f.right, o, presentations);
    if (E.isLeft(r)) return r;
    results.push(r.right);
  }
  const uncertain = results.reduce((n, r) => n + r.uncertainButIdentified, 0);
  const largest = results.reduce((n, r) => n + r.largestFails, 0);
  return E.right({
    notion: "identifiable",
    summary: `every member of both finite classes has a tell-tale and Angluin's learner identifies each on all ${presentations} texts within its bound; ${uncertain} members are never attributed with certainty (a superset stays a candidate) yet are identified, and the largest-consistent learner fails on ${largest} of them`,
    checks: [
      check(
        "every member of a finite class has a tell-tale (checked apart from the search)",
        results.every((r) => r.tellTalesOk),
      ),
      check(
        "the tell-tale learner identifies every member by its bound",
        results.every((r) => r.tellTaleLearnerOk),
      ),
      check(
        "identification without certainty: some member is never certain yet identified",
        uncertain > 0,
      ),
      check(
        "the learner matters: the largest-consistent learner fails on such a member",
        largest > 0,
      ),
    ],
    witnesses: { presentations, classes: results.map((r) => r.json) },
  });
}

/**
 * The `R3` scenario (run it through the registry).
 *
 * @example
 * ```ts
 * runScenario("R3", { deep: true });
 * ```
 */
export const r3: Scenario = {
  id: ID,
  title: "Finite classes of deterministic models are identifiable",
  demonstrates:
    "Every member of a finite class has a tell-tale, so Angluin's learner identifies every model from its outputs, even a fine-tune inside another model's language that is never attributed with certainty.",
  theoryIds: ["R3", "C4"],
  horizon: { fast: 60, deep: 300 },
  horizonMeans: "data read per text",
  params: { zooSeed: { default: 1, description: "seed of the random EX-ZOO class" } },
  run,
};
