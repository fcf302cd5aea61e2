/**
 * C11 (THEORY.md): Schützenberger 1965 and McNaughton–Papert 1971.
 *
 * Statement. A regular language is star-free (built from ∅ and the letters by union,
 * concatenation and complement, without star) exactly when its syntactic monoid is aperiodic
 * (Schützenberger 1965), exactly when it is definable in first-order logic FO[<]
 * (McNaughton and Papert 1971), exactly when it is definable in LTL (Kamp 1968). The FO and
 * LTL characterisations are cited, not executed.
 *
 * Finite shadow. One direction on generated expressions: random star-free expressions over
 * {a, b} compile to minimal DFAs whose transition (= syntactic) monoid is aperiodic. The
 * converse on a whole small world: each of the aperiodic languages among the 1054 languages
 * with minimal DFAs of at most 3 states over {a, b} gets a star-free expression, found by a
 * bounded search (expressions by growing size, deduplicated by canonical minimal DFA, every
 * subexpression within 3 states), as a certificate. Neither is a restatement: the expression
 * side and the monoid side are computed by different code and compared.
 *
 * Independent check. Aperiodicity is tested twice: by the library's `isStarFree` and by a
 * brute-force monoid (word transformations composed, m^k = m^(k+1) by powers; proofs/support/
 * small-world.ts). A found expression is checked apart from the search that found it: its
 * syntax is star-free, `compile` turns it into a DFA, `equivalent` compares that DFA with the
 * small world's minimal DFA, and membership is compared on every word of length ≤ 6.
 *
 * Control. (aa)* is not aperiodic (both tests say so), and no star-free expression within
 * the search bound denotes it, nor any other non-aperiodic language of the small world: the
 * search, which finds every aperiodic one, finds none of them.
 */
import fc from "fast-check";
import * as O from "fp-ts/lib/Option.js";
import { isStarFree } from "../src/automata/classify/star-free.js";
import { compile } from "../src/automata/compile.js";
import { accepts, type Dfa, stateCount } from "../src/automata/dfa.js";
import { equivalent } from "../src/automata/equivalence.js";
import { minimize } from "../src/automata/minimize.js";
import {
  type Regex,
  reComplement,
  reConcat,
  reEmpty,
  reSymbol,
  reUnion,
} from "../src/automata/regex/ast.js";
import { printRegex } from "../src/automata/regex/print.js";
import { defineProof, exhaustive } from "../src/proof/define.js";
import { orThrow } from "./support/or-throw.js";
import {
  ab,
  bruteAperiodic,
  bruteMonoid,
  type SmallLanguage,
  smallWorld,
  wordsUpTo,
} from "./support/small-world.js";
import {
  type Found,
  isStarFreeExpression,
  languageKey,
  searchStarFree,
} from "./support/star-free-search.js";

/**
 * The search bound: expressions of size ≤ 40 whose subexpressions all have minimal DFAs of at
 * most 3 states (enough for all of the small world's aperiodic languages), and, without the
 * cap, every expression of size ≤ 9 (11 in deep mode).
 */
const CAPPED = { maxSize: 40, cap: 3 } as const;
const uncapped = (deep: boolean) => ({ maxSize: deep ? 11 : 9, cap: Number.POSITIVE_INFINITY });

/** A star-free expression with its size, printed as regex source. */
interface Expression {
  readonly regex: Regex;
  readonly size: number;
}

function printed(regex: Regex, size: number): Expression {
  return { regex, size, [fc.toStringMethod]: () => printRegex(regex) } as Expression;
}

/** Star-free expressions over {a, b} up to `depth` levels of operators. */
function arbStarFree(depth: number): fc.Arbitrary<Expression> {
  let level: fc.Arbitrary<Expression> = fc
    .constantFrom(reEmpty(), reSymbol("a"), reSymbol("b"))
    .map((r) => printed(r, 1));
  for (let d = 0; d < depth; d++) {
    const sub = level;
    const pair = fc.tuple(sub, sub);
    level = fc.oneof(
      { arbitrary: sub, weight: 1 },
      {
        arbitrary: pair.map(([x, y]) => printed(reUnion(x.regex, y.regex), x.size + y.size + 1)),
        weight: 2,
      },
      {
        arbitrary: pair.map(([x, y]) => printed(reConcat(x.regex, y.regex), x.size + y.size + 1)),
        weight: 2,
      },
      { arbitrary: sub.map((x) => printed(reComplement(x.regex), x.size + 1)), weight: 2 },
    );
  }
  return level;
}

function aperiodic(d: Dfa): boolean {
  return bruteAperiodic(bruteMonoid(d));
}

/** Does the operator `inner` occur below an operator `outer` in r? */
function nests(r: Regex, outer: Regex["kind"], inner: Regex["kind"], below = false): boolean {
  if (below && r.kind === inner) return true;
  const now = below || r.kind === outer;
  if (r.kind === "union" || r.kind === "concat")
    return r.items.some((x) => nests(x, outer, inner, now));
  if (r.kind === "complement") return nests(r.inner, outer, inner, now);
  return false;
}

/** The small world's aperiodic languages, each with the expression the capped search found. */
function certificates(): { language: SmallLanguage; found: Found | undefined }[] {
  const found = searchStarFree(ab, CAPPED);
  return smallWorld(3)
    .filter((l) => aperiodic(l.minimal))
    .map((language) => ({ language, found: found.get(languageKey(minimize(language.minimal))) }));
}

const evenAs = (): Dfa => orThrow(compile("(aa)*", ab));

export const proof = defineProof({
  id: "C11",
  title: "Star-free = aperiodic (Schützenberger, McNaughton–Papert)",
  statement:
    "A regular language is star-free (∅, letters, union, concatenation, complement; no star) iff its syntactic monoid is aperiodic (Schützenberger 1965) iff it is FO[<]-definable (McNaughton–Papert 1971) iff it is LTL-definable (Kamp 1968); FO and LTL are cited, not executed.",
  shadow:
    "Random star-free expressions over {a, b} compile to minimal DFAs with aperiodic monoids; conversely every aperiodic language among the 1054 with minimal DFAs of ≤ 3 states over {a, b} gets a star-free expression from a bounded search (size ≤ 40, subexpressions within 3 states), as a certificate.",
  check:
    "Aperiodicity by isStarFree and by a brute-force monoid (powers); each found expression is checked apart from the search: star-free syntax, compile, equivalence with the small world's minimal DFA, and membership on all words of length ≤ 6.",
  control:
    "(aa)* is not aperiodic, and no star-free expression within the bound (capped search to size 40, uncapped to size 9) denotes it or any other non-aperiodic language of the small world.",
  properties: [
    {
      name: "star-free expressions compile to minimal DFAs with aperiodic monoids",
      role: "claim",
      runs: { fast: 100, deep: 1000 },
      covers: [
        "complement inside concatenation",
        "concatenation inside complement",
        "at least 4 states",
      ],
      build: (ctx) =>
        fc.property(arbStarFree(5), (e) => {
          const d = orThrow(compile(e.regex, ab));
          const n = stateCount(d);
          ctx.witness("expression size", e.size);
          ctx.witness("minimal size", n);
          if (nests(e.regex, "concat", "complement"))
            ctx.classify("complement inside concatenation");
          if (nests(e.regex, "complement", "concat"))
            ctx.classify("concatenation inside complement");
          if (n >= 4) ctx.classify("at least 4 states");
          const m = bruteMonoid(d);
          ctx.witness("monoid size", m.length);
          return stateCount(minimize(d)) === n && orThrow(isStarFree(d)) && bruteAperiodic(m);
        }),
    },
    exhaustive({
      name: "every aperiodic minimal DFA with at most 3 states over {a, b} has a star-free expression, found by the bounded search and checked by compile and equivalence",
      role: "claim",
      chunks: 2,
      covers: ["1 state", "2 states", "3 states"],
      cases: certificates,
      check: ({ language, found }, ctx) => {
        const n = language.minimal.states;
        ctx.classify(n === 1 ? "1 state" : `${n} states`);
        if (found === undefined) throw new Error("the search found no expression within its bound");
        ctx.witness("expression size", found.size);
        const d = orThrow(compile(found.expression, ab));
        return (
          isStarFreeExpression(found.expression) &&
          O.isNone(equivalent(d, language.minimal)) &&
          wordsUpTo(6).every((w) => accepts(d, w) === accepts(language.minimal, w))
        );
      },
      show: ({ language, found }) =>
        `${language.signature} ${found === undefined ? "(none)" : printRegex(found.expression)}`,
    }),
    exhaustive({
      name: "(aa)* is not aperiodic and no star-free expression within the search bound denotes it, nor any other non-aperiodic language of the small world",
      role: "control",
      cases: ({ mode }) => [mode === "deep"],
      check: (deep, ctx) => {
        const d = evenAs();
        const capped = searchStarFree(ab, CAPPED);
        const wide = searchStarFree(ab, uncapped(deep));
        ctx.witness("languages found, capped", capped.size);
        ctx.witness("languages found, uncapped", wide.size);
        const periodic = smallWorld(3)
          .map((l) => minimize(l.minimal))
          .filter((m) => !aperiodic(m))
          .map(languageKey);
        ctx.witness("non-aperiodic languages", periodic.length);
        const key = languageKey(d);
        return (
          !orThrow(isStarFree(d)) &&
          !aperiodic(d) &&
          periodic.includes(key) &&
          periodic.every((k) => !capped.has(k) && !wide.has(k))
        );
      },
    }),
  ],
});
