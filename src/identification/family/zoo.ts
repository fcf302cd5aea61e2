/**
 * EX-ZOO (THEORY.md, R3): seeded random finite zoos of DFAs with overlapping, partly nested
 * languages.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { alphabet as makeAlphabet } from "../../automata/alphabet.js";
import { dfaEquals, dfaHash } from "../../automata/canonical.js";
import { type Dfa, makeDfa } from "../../automata/dfa.js";
import { minimize } from "../../automata/minimize.js";
import { randomDfa } from "../../automata/random/dfa.js";
import { invalidInput, type LimitLabError } from "../../automata/support/errors.js";
import { deriveSeed, next, rng } from "../../automata/support/rng.js";
import { type Family, finiteFamily, type MemberInput } from "./family.js";

/** Options of {@link exZoo}. */
export interface ZooOptions {
  /** The number of distinct languages. @defaultValue 20 */
  readonly members?: number;
  /** States of each random DFA (before minimisation). @defaultValue 6 */
  readonly states?: number;
  /** @defaultValue ["a", "b"] */
  readonly symbols?: readonly string[];
  /** Members drawn from each random transition structure (nested accepting sets). @defaultValue 4 */
  readonly variants?: number;
}

/**
 * EX-ZOO: a seeded random finite family of distinct languages that overlap and partly nest.
 * Members come in groups sharing one random transition structure (`randomDfa`); the first of
 * a group keeps the random accepting set, each next one drops every accepting state of the
 * previous one with probability 1/3, so a group is a chain L ⊇ L' ⊇ … (proper inclusions give
 * the tell-tales something to do). Duplicated languages are skipped.
 *
 * Cost: one minimisation per candidate; at most 20 × `members` candidates are drawn.
 *
 * @example
 * ```ts
 * const zoo = exZoo(42, { members: 200, states: 50 }); // right(Family of 200 members)
 * exZoo(1, { members: 5, states: 1 }); // left: only 2 languages have 1-state DFAs
 * ```
 */
export function exZoo(seed = 42, options: ZooOptions = {}): E.Either<LimitLabError, Family> {
  const count = options.members ?? 20;
  const states = options.states ?? 6;
  const variants = options.variants ?? 4;
  for (const [field, v] of [
    ["members", count],
    ["states", states],
    ["variants", variants],
  ] as const)
    if (!Number.isSafeInteger(v) || v < 1)
      return E.left(invalidInput(`must be a positive integer, got ${String(v)}`, field));
  const sigma = makeAlphabet(options.symbols ?? ["a", "b"]);
  if (E.isLeft(sigma)) return sigma;
  const members: MemberInput[] = [];
  const seen = new Map<number, Dfa[]>();
  const attempts = 20 * count;
  let g = rng(deriveSeed(seed, 0x200));
  for (let group = 0; members.length < count && group * variants < attempts; group++) {
    const skeleton = randomDfa(states, sigma.right, deriveSeed(seed, group));
    const accepting = skeleton.accepting.slice();
    for (let v = 0; v < variants && members.length < count; v++) {
      if (v > 0)
        for (let q = 0; q < states; q++) {
          const [u, g2] = next(g);
          g = g2;
          if (u < 1 / 3) accepting[q] = 0;
        }
      const dfa = minimize(
        makeDfa(sigma.right, states, 0, skeleton.delta.slice(), accepting.slice()),
      );
      const h = dfaHash(dfa);
      const bucket = seen.get(h) ?? [];
      if (bucket.some((d) => dfaEquals(d, dfa))) continue;
      seen.set(h, [...bucket, dfa]);
      members.push({
        dfa,
        name: `zoo ${group}.${v}`,
        provenance: {
          operator: "random",
          detail: `seed ${seed}, structure ${group}, variant ${v}, ${states} states`,
        },
      });
    }
  }
  if (members.length < count)
    return E.left(
      invalidInput(
        `found only ${members.length} distinct languages in ${attempts} random ${states}-state DFAs; ask for fewer members or more states`,
        "members",
      ),
    );
  return finiteFamily(members, {
    description: `EX-ZOO(seed ${seed}, ${count} members, ${states} states, {${sigma.right.symbols.join(", ")}})`,
  });
}
