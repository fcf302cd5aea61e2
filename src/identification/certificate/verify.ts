/**
 * Independent verification of Gold's adversary's certificates (THEORY.md rule 1).
 *
 * This file imports the automata layer and type declarations only, never the code that
 * produced the certificate (adversary, learners' runner, traces): it re-runs the learner on the
 * certificate's text itself, counts mind changes itself (the definition of issue 4: a step whose
 * guess is some(i) while the last earlier some guess was some(j), j ≠ i), and checks every
 * membership by running the member's automaton and, when the words are few enough, also
 * against an explicit shortlex enumeration of the member. Any field that does not match what it
 * observes (a shortened text, an inflated count, a wrong member, a wrong symbol total) fails.
 *
 * @module
 */
import * as O from "fp-ts/lib/Option.js";
import { enumerate } from "../../automata/count/enumerate.js";
import { isFinite as finiteLanguage } from "../../automata/decide.js";
import { accepts, type Dfa } from "../../automata/dfa.js";
import { equivalent } from "../../automata/equivalence.js";
import { type Word, wordKey } from "../../automata/word.js";
import type { TextDatum } from "../datum.js";
import type { Family } from "../family/family.js";
import type { Learner } from "../learner/learner.js";
import type { Certificate, CertificateDatum } from "./types.js";

/** Enumerations larger than this are not used for the membership cross-check. */
const ENUMERATION_CAP = 100_000;

type Problem = O.Option<string>;
const ok: Problem = O.none;
const problem = (message: string): Problem => O.some(message);

/** The words of L(d) up to `length`, by enumeration; undefined when there are too many. */
function wordsUpTo(d: Dfa, length: number): Set<string> | undefined {
  const out = new Set<string>();
  for (const w of enumerate(d)) {
    if (w.length > length) break;
    out.add(wordKey(w));
    if (out.size > ENUMERATION_CAP) return undefined;
  }
  return out;
}

function datumOk(d: unknown, k: number): d is CertificateDatum {
  if (d === "#") return true;
  return Array.isArray(d) && d.every((s) => Number.isInteger(s) && s >= 0 && s < k);
}

/** Every word of the text is in L(d): by the automaton, and by enumeration when feasible. */
function allIn(d: Dfa, words: readonly Word[], what: string): Problem {
  const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
  const listed = wordsUpTo(d, longest);
  for (const [i, w] of words.entries()) {
    const byRun = accepts(d, w);
    if (listed !== undefined && listed.has(wordKey(w)) !== byRun)
      return problem(`membership of word ${i + 1} by automaton and by enumeration disagree`);
    if (!byRun) return problem(`word ${JSON.stringify(w)} of the text is not in ${what}`);
  }
  return ok;
}

/** Re-runs the learner on the text: its guesses (null for none). */
function replay(
  learner: Learner<unknown, TextDatum>,
  text: readonly TextDatum[],
): (number | null)[] {
  const out: (number | null)[] = [];
  let s = learner.init;
  for (const d of text) {
    s = learner.step(s, d);
    const g = learner.guess(s);
    out.push(O.isSome(g) ? g.value : null);
  }
  return out;
}

function countChanges(guesses: readonly (number | null)[]): number {
  let n = 0;
  let last: number | null = null;
  for (const g of guesses) {
    if (g === null) continue;
    if (last !== null && g !== last) n++;
    last = g;
  }
  return n;
}

const isIndex = (family: Family, i: unknown): i is number =>
  typeof i === "number" && Number.isSafeInteger(i) && i >= 0 && i < family.size;

/**
 * What is wrong with a certificate, or none when it holds: the checks of
 * {@link verifyCertificate}, reporting the first that fails.
 *
 * @example
 * ```ts
 * certificateProblem(exGold(), learner, { ...cert, changes: cert.changes + 1 });
 * // some("the certificate claims 51 mind changes; re-running the learner gives 50")
 * ```
 */
export function certificateProblem(
  family: Family,
  learner: Learner<unknown, TextDatum>,
  cert: Certificate,
): Problem {
  const c = cert as unknown as Partial<Record<string, unknown>>;
  if (c.version !== 1) return problem("version must be 1");
  if (c.kind !== "mind-changes" && c.kind !== "stuck")
    return problem(`unknown kind ${JSON.stringify(c.kind)}`);
  if (c.family !== family.description)
    return problem(
      `the certificate is about ${JSON.stringify(c.family)}, not ${JSON.stringify(family.description)}`,
    );
  if (c.learner !== learner.name)
    return problem(
      `the certificate names learner ${JSON.stringify(c.learner)}, not ${JSON.stringify(learner.name)}`,
    );
  if ((learner.input ?? "text") !== "text") return problem("the learner does not learn from text");
  const k = family.alphabet.symbols.length;
  if (
    learner.alphabet !== undefined &&
    learner.alphabet.symbols.join("\u0000") !== family.alphabet.symbols.join("\u0000")
  )
    return problem("the learner's alphabet is not the family's");
  const text = c.text;
  if (!Array.isArray(text)) return problem("text must be an array");
  const bad = text.findIndex((d) => !datumOk(d, k));
  if (bad >= 0)
    return problem(`text[${bad}] is neither "#" nor a word over the family's ${k} symbols`);
  const data = text as TextDatum[];
  const words = data.filter((d): d is Word => d !== "#");
  const symbols = words.reduce((n, w) => n + w.length, 0);
  if (c.symbols !== symbols)
    return problem(`symbols is ${String(c.symbols)}, the text has ${symbols}`);
  let guesses: (number | null)[];
  try {
    guesses = replay(learner, data);
  } catch (e) {
    return problem(`the learner threw on the text: ${e instanceof Error ? e.message : String(e)}`);
  }

  if (cert.kind === "mind-changes") {
    const changes = countChanges(guesses);
    if (cert.changes !== changes)
      return problem(
        `the certificate claims ${String(cert.changes)} mind changes; re-running the learner gives ${changes}`,
      );
    if (!isIndex(family, 0)) return problem("the family is empty");
    const infinite = family.at(0).dfa;
    if (finiteLanguage(infinite))
      return problem("member 0 is finite: the text is not for an infinite member");
    return allIn(infinite, words, "member 0");
  }

  const m = cert.member;
  if (!isIndex(family, m)) return problem(`member ${String(m)} is not an index of the family`);
  if (!(Number.isSafeInteger(cert.horizon) && cert.horizon >= 1))
    return problem("horizon must be a positive integer");
  if (data.length < cert.horizon)
    return problem(`the text has ${data.length} data, fewer than the horizon ${cert.horizon}`);
  const target = family.at(m).dfa;
  const inside = allIn(target, words, `member ${m}`);
  if (O.isSome(inside)) return inside;
  const content = new Set(words.map(wordKey));
  if (finiteLanguage(target)) {
    for (const w of enumerate(target))
      if (!content.has(wordKey(w)))
        return problem(
          `member ${m} is finite and its word ${JSON.stringify(w)} is missing from the text`,
        );
  } else {
    const longest = words.reduce((n, w) => Math.max(n, w.length), 0);
    for (const w of enumerate(target)) {
      if (w.length > longest) break;
      if (!content.has(wordKey(w)))
        return problem(
          `the text is not fair: word ${JSON.stringify(w)} of member ${m} is no longer than the longest word shown but never appears`,
        );
    }
  }
  const same = new Map<number, boolean>();
  for (let t = data.length - cert.horizon; t < data.length; t++) {
    const g = guesses[t] ?? null;
    if (g === null) continue;
    if (g === m)
      return problem(
        `the learner guesses member ${m} at step ${t + 1}, within the last ${cert.horizon} steps`,
      );
    if (!isIndex(family, g)) continue;
    let eq = same.get(g);
    if (eq === undefined) {
      eq = O.isNone(equivalent(family.at(g).dfa, target));
      same.set(g, eq);
    }
    if (eq)
      return problem(
        `the learner guesses ${g}, which has member ${m}'s language, at step ${t + 1}`,
      );
  }
  return ok;
}

/**
 * Checks a certificate of Gold's adversary independently: re-runs the learner on the text and
 * checks, for `mind-changes`, that the text is a prefix of a text for the infinite member 0 and
 * that the learner makes exactly `changes` mind changes on it; for `stuck`, that every word is
 * in the member, that the text's content is the whole (finite) member or a fair part of the
 * (infinite) member up to its longest word, that it is at least `horizon` long, and that no
 * guess of the last `horizon` steps has the member's language. Also: version 1, the family's
 * description, the learner's name, and `symbols` equal to the text's length.
 *
 * Cost: one run of the learner on the text, one automaton run per word, an enumeration of the
 * member up to the longest word (capped at 10^5 words for the cross-check), one equivalence
 * check per distinct guess of the last `horizon` steps.
 *
 * @example
 * ```ts
 * const cert = E.getOrElseW(() => { throw 0; })(goldAdversary(exGold(), learner));
 * verifyCertificate(exGold(), learner, cert); // true
 * verifyCertificate(exGold(), learner, { ...cert, text: cert.text.slice(1) }); // false
 * ```
 */
export function verifyCertificate(
  family: Family,
  learner: Learner<unknown, TextDatum>,
  cert: Certificate,
): boolean {
  return O.isNone(certificateProblem(family, learner, cert));
}
