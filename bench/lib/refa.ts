/**
 * The refa peer (devDependency refa 0.12.1): our automata converted to refa's, symbol i being
 * the character i. Conversions run outside the timings; refa's operations mutate their
 * receiver, so every timed run gets a fresh conversion.
 *
 * @module
 */
import { CharSet, DFA, NFA } from "refa";
import type { Dfa } from "../../src/automata/dfa.js";
import type { Nfa } from "../../src/automata/nfa.js";

/** refa's node factories stop at 10 000 nodes unless told otherwise. */
const UNLIMITED = Number.POSITIVE_INFINITY;

/** One CharSet per symbol set, shared across states. */
function charSets(k: number): (symbols: readonly number[]) => CharSet {
  const cache = new Map<string, CharSet>();
  return (symbols) => {
    const key = symbols.join(",");
    let c = cache.get(key);
    if (c === undefined) {
      c = CharSet.fromCharacters(k - 1, symbols);
      cache.set(key, c);
    }
    return c;
  };
}

/** refa's DFA of a complete DFA (states are kept as they are, unreachable ones dropped). */
export function toRefaDfa(d: Dfa): DFA {
  const k = d.alphabet.symbols.length;
  const cs = charSets(k);
  return DFA.fromTransitionIterator(
    {
      initial: d.start,
      getOut: (q: number) => {
        const bySymbol = new Map<number, number[]>();
        for (let s = 0; s < k; s++) {
          const t = d.delta[q * k + s] as number;
          const list = bySymbol.get(t);
          if (list === undefined) bySymbol.set(t, [s]);
          else list.push(s);
        }
        return new Map([...bySymbol].map(([t, syms]) => [t, cs(syms)]));
      },
      isFinal: (q: number) => d.accepting[q] === 1,
    },
    { maxCharacter: k - 1 },
    new DFA.LimitedNodeFactory(UNLIMITED),
  );
}

/** refa's NFA of an ε-free NFA with one initial state. */
export function toRefaNfa(n: Nfa): NFA {
  const k = n.alphabet.symbols.length;
  if (n.initial.length !== 1 || n.epsTargets.length !== 0)
    throw new Error("toRefaNfa: one initial state and no ε-moves");
  const cs = charSets(k);
  return NFA.fromTransitionIterator(
    {
      initial: n.initial[0] as number,
      getOut: (q: number) => {
        const bySymbol = new Map<number, number[]>();
        for (let s = 0; s < k; s++)
          for (
            let i = n.offsets[q * k + s] as number;
            i < (n.offsets[q * k + s + 1] as number);
            i++
          ) {
            const t = n.targets[i] as number;
            const list = bySymbol.get(t);
            if (list === undefined) bySymbol.set(t, [s]);
            else list.push(s);
          }
        return new Map([...bySymbol].map(([t, syms]) => [t, cs(syms)]));
      },
      isFinal: (q: number) => n.accepting[q] === 1,
    },
    { maxCharacter: k - 1 },
    new NFA.LimitedNodeFactory(UNLIMITED),
  );
}

/** refa's DFA of an NFA (subset construction), with no node limit. */
export function refaDeterminize(n: NFA): DFA {
  return DFA.fromFA(n, new DFA.LimitedNodeFactory(UNLIMITED));
}
