/** B2: generation (C10) beside Gold's adversary (C2) on the same class, EX-COFIN. */
import * as O from "fp-ts/lib/Option.js";
import { describe, expect, it } from "vitest";
import { accepts } from "../../../src/automata/dfa.js";
import { wordKey } from "../../../src/automata/word.js";
import { goldAdversary } from "../../../src/identification/adversary/gold.js";
import { verifyCertificate } from "../../../src/identification/certificate/verify.js";
import { exCofin } from "../../../src/identification/family/examples.js";
import { member } from "../../../src/identification/family/family.js";
import { kmGenerator, runGenerator } from "../../../src/identification/generation/critical.js";
import { textLearners } from "../../../src/identification/learner/catalogue.js";
import { Classes, right } from "../helpers.js";

describe("B2 on EX-COFIN: the adversary beats identification, the generator still generates", () => {
  it("on each adversary's own text, every text learner is beaten and kmGenerator converges", () => {
    const cofin = exCofin();
    const classes = new Classes();
    for (const learner of right(textLearners(cofin))) {
      const cert = right(goldAdversary(cofin, learner, { mindChanges: 10, horizon: 200 }));
      expect(verifyCertificate(cofin, learner, cert)).toBe(true);
      classes.note(cert.kind);
      // the text is one for a* (mind changes) or a fair one for the stuck member a* minus a word
      const target = member(cofin, cert.kind === "stuck" ? cert.member : 0);
      const trace = right(runGenerator(kmGenerator(cofin), cert.text, cert.text.length, target));
      expect(O.isSome(trace.convergence)).toBe(true);
      const from = O.isSome(trace.convergence) ? trace.convergence.value : 0;
      const shown = new Set<string>();
      for (const [i, d] of cert.text.entries()) {
        if (d !== "#") shown.add(wordKey(d));
        const o = trace.outputs[i];
        if (i + 1 >= from)
          expect(o != null && accepts(target, o) && !shown.has(wordKey(o))).toBe(true);
      }
    }
    expect(classes.count("stuck")).toBeGreaterThan(0);
    expect(classes.count("mind-changes")).toBeGreaterThan(0);
  });
});
