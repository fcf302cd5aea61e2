/**
 * `limitlab password <n>`: the password adversary (THEORY.md C8, P6(b)). A learner with
 * membership queries only must ask 2^n − 1 distinct words to find a secret word of length n
 * over {0, 1}; with equivalence queries, two queries suffice (the empty hypothesis's
 * counterexample is the secret). Prints the exact count against 2^n − 1 and the contrast.
 *
 * @module
 */
import { Command } from "commander";
import * as E from "fp-ts/lib/Either.js";
import * as O from "fp-ts/lib/Option.js";
import { equivalent } from "../../automata/equivalence.js";
import { wordToString } from "../../automata/word.js";
import type { QueryLearner } from "../../identification/query/learner.js";
import {
  BITS,
  enumerationLearner,
  MAX_PASSWORD_LENGTH,
  passwordAdversary,
  passwordByEquivalence,
  singletonDfa,
} from "../../identification/query/password.js";
import { emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFail, UserError } from "../support/fail.js";
import type { CliIo } from "../support/io.js";
import { QUERY_ALGORITHMS, queryAlgorithm, queryLearner } from "../support/query-learners.js";
import { formatRows } from "../views/dfa-summary.js";

interface PasswordFlags {
  readonly learner: string;
  readonly json?: boolean;
  readonly out?: string;
}

/** The `--json` report of `password` (version 1). */
export interface PasswordReport {
  readonly version: 1;
  readonly n: number;
  readonly learner: string;
  /** Distinct words the learner asked, counted by the adversary. */
  readonly membershipQueries: number;
  /** 2^n − 1. */
  readonly bound: number;
  readonly reachedBound: boolean;
  readonly candidatesLeft: number;
  /** The secret the adversary settled on, as a string of bits. */
  readonly secret: string;
  readonly correct: boolean;
  /** The same secret learned with equivalence queries against the exact teacher. */
  readonly withEquivalence: {
    readonly equivalenceQueries: number;
    readonly membershipQueries: number;
    readonly correct: boolean;
  };
}

function learnerFor(name: string, n: number): QueryLearner {
  if (name === "enumeration") return enumerationLearner(BITS, n);
  if (!Object.hasOwn(QUERY_ALGORITHMS, name))
    throw new UserError(
      `--learner: unknown learner ${JSON.stringify(name)} (known: enumeration, ${Object.keys(QUERY_ALGORITHMS).join(", ")})`,
    );
  return queryLearner(queryAlgorithm(name), BITS, { shortest: false });
}

/**
 * The password adversary's report for length n and a learner (pure apart from the run).
 *
 * @example
 * ```ts
 * passwordReport(10, "enumeration").membershipQueries; // 1023
 * ```
 */
export function passwordReport(n: number, learner: string): PasswordReport {
  const r = passwordAdversary(n, learnerFor(learner, n));
  if (E.isLeft(r) && r.left.kind === "invalid-input" && /equivalence query/u.test(r.left.message))
    throw new UserError(
      `${learner} asks equivalence queries, which the password adversary does not answer (use --learner enumeration)`,
    );
  const a = orFail(r, "password");
  const e = orFail(passwordByEquivalence(a.secret), "password");
  return {
    version: 1,
    n,
    learner,
    membershipQueries: a.membershipQueries,
    bound: a.bound,
    reachedBound: a.membershipQueries >= a.bound,
    candidatesLeft: a.candidatesLeft,
    secret: wordToString(BITS, a.secret),
    correct: a.correct,
    withEquivalence: {
      equivalenceQueries: e.stats.equivalenceQueries,
      membershipQueries: e.stats.membershipQueries,
      correct: O.isNone(equivalent(e.dfa, singletonDfa(BITS, a.secret))),
    },
  };
}

function formatPassword(r: PasswordReport): string {
  return `Password adversary, n = ${r.n}: a secret word of ${r.n} bits, membership queries only (C8)\n\n${formatRows(
    [
      ["learner", r.learner],
      ["membership queries", `${r.membershipQueries} distinct words asked`],
      [
        "2^n − 1",
        `${r.bound}${r.reachedBound ? " (reached: every learner that is always right must)" : " (NOT reached)"}`,
      ],
      ["candidates left", String(r.candidatesLeft)],
      ["secret", r.secret],
      [
        "correct",
        r.correct ? "yes" : "no (the adversary kept a secret the learner's guess misses)",
      ],
      [
        "with equivalence",
        `${r.withEquivalence.equivalenceQueries} equivalence queries, ${r.withEquivalence.membershipQueries} membership queries: the empty hypothesis's counterexample is the secret`,
      ],
    ],
  )}`;
}

/**
 * The `password` command.
 *
 * @example
 * ```ts
 * program.addCommand(passwordCommand.build(io));
 * ```
 */
export const passwordCommand = {
  name: "password",
  build(io: CliIo): Command {
    const command = new Command("password")
      .description("the password adversary: membership queries need 2^n − 1 words, equivalence two")
      .argument(
        "<n>",
        `the secret's length in bits (1..${MAX_PASSWORD_LENGTH})`,
        integerFlag("<n>", 1, MAX_PASSWORD_LENGTH),
      )
      .option(
        "--learner <name>",
        `the membership-only baseline (enumeration), or a query learner: ${Object.keys(QUERY_ALGORITHMS).join(", ")}`,
        "enumeration",
      );
    return withCommonFlags(command, { json: true, out: true })
      .addHelpText(
        "after",
        `
Examples:
  limitlab password 10             # 1023 queries = 2^10 − 1; equivalence: 2 queries
  limitlab password 16 --json
  limitlab password 4 --learner lstar   # refused: L* asks equivalence queries`,
      )
      .action((n: number, flags: PasswordFlags) => {
        const r = passwordReport(n, flags.learner);
        emit(io, flags, flags.json === true ? jsonText(r) : formatPassword(r));
      });
  },
};
