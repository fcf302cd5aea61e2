/**
 * A brute-force membership oracle for regex trees, independent of the automata code: the
 * set of spans (i, j) of a word that a subtree matches, as a boolean matrix, composed
 * directly from the operators' definitions. Exponential nowhere, but cubic in the word
 * length, so it is for short words only (the tests use length <= 6).
 */
import type { Regex } from "../../../src/automata/regex/ast.js";

type Spans = boolean[][];

function blank(n: number): Spans {
  return Array.from({ length: n + 1 }, () => Array<boolean>(n + 1).fill(false));
}

function identity(n: number): Spans {
  const m = blank(n);
  for (let i = 0; i <= n; i++) (m[i] as boolean[])[i] = true;
  return m;
}

function compose(a: Spans, b: Spans, n: number): Spans {
  const m = blank(n);
  for (let i = 0; i <= n; i++)
    for (let k = i; k <= n; k++)
      if (a[i]?.[k]) for (let j = k; j <= n; j++) if (b[k]?.[j]) (m[i] as boolean[])[j] = true;
  return m;
}

function combine(a: Spans, b: Spans, n: number, f: (x: boolean, y: boolean) => boolean): Spans {
  const m = blank(n);
  for (let i = 0; i <= n; i++)
    for (let j = i; j <= n; j++) (m[i] as boolean[])[j] = f(!!a[i]?.[j], !!b[i]?.[j]);
  return m;
}

function power(a: Spans, times: number, n: number): Spans {
  let m = identity(n);
  for (let t = 0; t < times; t++) m = compose(m, a, n);
  return m;
}

function closure(a: Spans, n: number): Spans {
  return power(
    combine(identity(n), a, n, (x, y) => x || y),
    n,
    n,
  );
}

function spans(r: Regex, sigma: readonly string[], w: readonly string[]): Spans {
  const n = w.length;
  const single = (ok: (s: string) => boolean): Spans => {
    const m = blank(n);
    for (let i = 0; i < n; i++) (m[i] as boolean[])[i + 1] = ok(w[i] as string);
    return m;
  };
  switch (r.kind) {
    case "empty":
      return blank(n);
    case "epsilon":
      return identity(n);
    case "symbol":
      return single((s) => s === r.name);
    case "any":
      return single((s) => sigma.includes(s));
    case "class":
      return single((s) => sigma.includes(s) && r.symbols.includes(s) !== r.negated);
    case "concat":
      return r.items.map((x) => spans(x, sigma, w)).reduce((a, b) => compose(a, b, n));
    case "union":
      return r.items
        .map((x) => spans(x, sigma, w))
        .reduce((a, b) => combine(a, b, n, (x, y) => x || y));
    case "intersection":
      return r.items
        .map((x) => spans(x, sigma, w))
        .reduce((a, b) => combine(a, b, n, (x, y) => x && y));
    case "complement":
      return combine(spans(r.inner, sigma, w), blank(n), n, (x) => !x);
    case "star":
      return closure(spans(r.inner, sigma, w), n);
    case "plus": {
      const a = spans(r.inner, sigma, w);
      return compose(a, closure(a, n), n);
    }
    case "optional":
      return combine(identity(n), spans(r.inner, sigma, w), n, (x, y) => x || y);
    case "repeat": {
      const a = spans(r.inner, sigma, w);
      const rest =
        r.max === null
          ? closure(a, n)
          : power(
              combine(identity(n), a, n, (x, y) => x || y),
              r.max - r.min,
              n,
            );
      return compose(power(a, r.min, n), rest, n);
    }
  }
}

/** Does `r`, read over the symbols `sigma`, match the word `w` (a list of symbol names)? */
export function matches(r: Regex, sigma: readonly string[], w: readonly string[]): boolean {
  return spans(r, sigma, w)[0]?.[w.length] === true;
}

/** All words over `k` symbols up to length `max`, as index arrays, in shortlex order. */
export function allWords(k: number, max: number): number[][] {
  const out: number[][] = [[]];
  let layer: number[][] = [[]];
  for (let len = 1; len <= max; len++) {
    layer = layer.flatMap((w) => Array.from({ length: k }, (_, s) => [...w, s]));
    out.push(...layer);
  }
  return out;
}
