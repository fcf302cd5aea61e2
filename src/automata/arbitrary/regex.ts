/**
 * fast-check arbitraries for canonical regex trees (built with the smart constructors, so
 * the printer's round-trip law applies to every generated value and shrinking still works).
 *
 * @module
 */
import fc from "fast-check";
import {
  type Regex,
  reAny,
  reClass,
  reComplement,
  reConcat,
  reEmpty,
  reEpsilon,
  reIntersection,
  reOptional,
  rePlus,
  reRepeat,
  reStar,
  reSymbol,
  reUnion,
} from "../regex/ast.js";

/** Options of {@link arbRegex}. */
export interface ArbRegexOptions {
  /**
   * The greatest nesting of operators.
   * @defaultValue 3
   */
  readonly maxDepth?: number;
  /**
   * Whether `&` and `!` may appear.
   * @defaultValue true
   */
  readonly booleanOps?: boolean;
  /**
   * The greatest bound in `{m,n}` (`m` and `n` are at most this).
   * @defaultValue 3
   */
  readonly maxRepeat?: number;
  /**
   * Whether `.`, `∅`, `()` and classes may appear as leaves (literals always may).
   * @defaultValue true
   */
  readonly specialLeaves?: boolean;
}

/**
 * Canonical regexes over the given symbol names (which need not form a valid alphabet:
 * metacharacters and multi-character names exercise the printer), up to `maxDepth` levels of
 * operators. Cost per value: O(3^maxDepth) nodes at most.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbRegex(["a", "b"], { booleanOps: false }), (r) =>
 *   E.isRight(compile(r, ab))));
 * ```
 */
export function arbRegex(
  symbols: readonly string[],
  options: ArbRegexOptions = {},
): fc.Arbitrary<Regex> {
  const maxRepeat = options.maxRepeat ?? 3;
  const literal = fc.constantFrom(...symbols).map(reSymbol);
  const leaf =
    options.specialLeaves === false
      ? literal
      : fc.oneof(
          { arbitrary: literal, weight: 4 },
          fc.constantFrom(reEmpty(), reEpsilon(), reAny()),
          fc
            .tuple(fc.subarray([...symbols], { minLength: 1 }), fc.boolean())
            .map(([names, negated]) => reClass(names, negated)),
        );
  const repeat = (inner: Regex) =>
    fc
      .tuple(fc.integer({ min: 0, max: maxRepeat }), fc.option(fc.nat({ max: maxRepeat })))
      .map(([a, b]) =>
        b === null ? reRepeat(inner, a, null) : reRepeat(inner, Math.min(a, b), Math.max(a, b)),
      );
  let level: fc.Arbitrary<Regex> = leaf;
  for (let d = 0; d < (options.maxDepth ?? 3); d++) {
    const sub = level;
    const items = fc.array(sub, { minLength: 2, maxLength: 3 });
    const composite: fc.Arbitrary<Regex>[] = [
      items.map((xs) => reConcat(...xs)),
      items.map((xs) => reUnion(...xs)),
      sub.map(reStar),
      sub.map(rePlus),
      sub.map(reOptional),
      sub.chain(repeat),
    ];
    if (options.booleanOps !== false)
      composite.push(
        items.map(([x, ...rest]) => reIntersection(x as Regex, ...rest)),
        sub.map(reComplement),
      );
    level = fc.oneof({ arbitrary: leaf, weight: 2 }, ...composite);
  }
  return level;
}

/**
 * The height of a regex tree (a leaf has height 0) and the operators it uses, for
 * `fc.statistics` in tests. O(size).
 *
 * @example
 * ```ts
 * regexShape(parseRight("(a|b)*")); // { depth: 2, operators: ["star", "union"] }
 * ```
 */
export function regexShape(r: Regex): { depth: number; operators: string[] } {
  const ops = new Set<string>();
  const walk = (x: Regex): number => {
    switch (x.kind) {
      case "concat":
      case "union":
      case "intersection":
        ops.add(x.kind);
        return 1 + Math.max(...x.items.map(walk));
      case "complement":
      case "star":
      case "plus":
      case "optional":
      case "repeat":
        ops.add(x.kind);
        return 1 + walk(x.inner);
      default:
        return 0;
    }
  };
  const depth = walk(r);
  return { depth, operators: [...ops].sort() };
}
