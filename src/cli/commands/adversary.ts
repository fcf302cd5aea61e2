/**
 * `limitlab adversary`: Gold's adversary (THEORY.md C2, P4/R1) against a chosen text learner
 * on a superfinite family (EX-GOLD, EX-FT, EX-COFIN; EX-FIN-LAYERS is the control on which it
 * fails). It builds a text on which the learner changes its mind again and again, or gets
 * stuck on a member; the certificate is checked by the library's independent verifier,
 * printed, and written with `--out`. `--verify FILE` checks a saved certificate instead.
 * Progress by stage on stderr; Ctrl-C prints how far it got, marked partial, and exits 130.
 *
 * @module
 */
import { Command } from "commander";
import * as O from "fp-ts/lib/Option.js";
import { jsonParseError } from "../../automata/interop/json-locate.js";
import { wordToString } from "../../automata/word.js";
import { goldAdversarySteps } from "../../identification/adversary/gold.js";
import type { Certificate } from "../../identification/certificate/types.js";
import { certificateProblem } from "../../identification/certificate/verify.js";
import type { TextDatum } from "../../identification/datum.js";
import type { Family } from "../../identification/family/family.js";
import { learners } from "../../identification/learner/catalogue.js";
import type { Learner } from "../../identification/learner/learner.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFailFlag, UserError } from "../support/fail.js";
import { FAMILIES, familyFromFlags, familyOptions } from "../support/families.js";
import { readText } from "../support/files.js";
import type { CliIo } from "../support/io.js";
import { guardLearner, learnerFailure, learnersFromFlags } from "../support/learners.js";
import { drive, interrupted } from "../support/progress.js";
import { writeAtomic } from "../support/write.js";

interface AdversaryFlags {
  readonly family: string;
  readonly base?: string;
  readonly capacity?: number;
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly learner: string;
  readonly members?: number;
  readonly mindChanges?: number;
  readonly horizon?: number;
  readonly verify?: string;
  readonly seed: number;
  readonly json?: boolean;
  readonly out?: string;
}

/** The `--json` report of `adversary` (version 1). */
export interface AdversaryReport {
  readonly version: 1;
  readonly family: string;
  readonly learner: string;
  /** The certificate (null when interrupted). */
  readonly certificate: Certificate | null;
  /** Did the independent verifier accept it? */
  readonly verified: boolean;
  /** What the verifier found wrong, or null. */
  readonly problem: string | null;
  readonly partial: boolean;
  readonly progress: {
    readonly stage: number;
    readonly steps: number;
    readonly changes: number;
  } | null;
}

/** A long word as its start and its length. */
const abbreviate = (text: string, symbols: number) =>
  text.length <= 24 ? text : `${text.slice(0, 12)}…(${symbols} symbols)`;

function formatAdversary(r: AdversaryReport, family: Family): string {
  const c = r.certificate;
  if (c === null)
    return `Gold's adversary against ${r.learner} on ${r.family} — PARTIAL (interrupted): stage ${r.progress?.stage}, ${r.progress?.steps} data, ${r.progress?.changes} mind changes forced\n`;
  const shown = c.text
    .slice(0, 24)
    .map((d) => (d === "#" ? "#" : abbreviate(wordToString(family.alphabet, d), d.length)))
    .join(", ");
  const outcome =
    c.kind === "mind-changes"
      ? `${c.changes} mind changes forced on a prefix of a text for the infinite member ${family.at(0).name}`
      : `stuck: on a text for member ${c.member} (${family.at(c.member).name}) the learner does not guess it in ${c.horizon} steps`;
  return [
    `Gold's adversary against ${r.learner} on ${r.family}`,
    "",
    `certificate: ${outcome}`,
    `text: ${c.text.length} data, ${c.symbols} symbols: ${shown}${c.text.length > 24 ? ", …" : ""}`,
    `verified: ${r.verified ? "yes (re-checked by the independent verifier)" : `NO: ${r.problem}`}`,
    "",
  ].join("\n");
}

async function oneLearner(
  flags: AdversaryFlags,
  family: Family,
): Promise<Learner<unknown, TextDatum>> {
  const chosen = await learnersFromFlags([flags.learner], family, "text", {
    seed: flags.seed,
    ...(flags.members === undefined ? {} : { members: flags.members }),
  });
  return chosen.learners[0] as Learner<unknown, TextDatum>;
}

function readCertificate(path: string): Certificate {
  const text = readText(path);
  try {
    return JSON.parse(text) as Certificate;
  } catch (e) {
    throw new UserError(`${path}: ${jsonParseError(text, (e as Error).message).message}`);
  }
}

/** The report of a finished certificate, checked by the independent verifier. */
function verifiedReport(
  base: Pick<AdversaryReport, "version" | "family" | "learner">,
  family: Family,
  learner: Learner<unknown, TextDatum>,
  cert: Certificate,
): AdversaryReport {
  const problem = O.toNullable(
    guardLearner(learner.name, () => certificateProblem(family, learner, cert)),
  );
  return {
    ...base,
    certificate: cert,
    verified: problem === null,
    problem,
    partial: false,
    progress: null,
  };
}

async function attack(io: CliIo, flags: AdversaryFlags): Promise<void> {
  const alphabet = alphabetFromFlags(flags);
  const family = familyFromFlags(flags.family, {
    seed: flags.seed,
    ...(flags.base === undefined ? {} : { base: flags.base }),
    ...(flags.capacity === undefined ? {} : { capacity: flags.capacity }),
    ...(alphabet === undefined ? {} : { alphabet }),
  });
  const learner = await oneLearner(flags, family);
  const base = { version: 1 as const, family: family.description, learner: learner.name };
  if (flags.verify !== undefined) {
    const cert = readCertificate(flags.verify);
    const r = verifiedReport(base, family, learner, cert);
    const p = r.problem;
    emit(
      io,
      { ...(flags.out === undefined ? {} : { out: flags.out }) },
      flags.json === true ? jsonText(r) : formatAdversary(r, family),
    );
    if (p !== null) throw new UserError(`${flags.verify}: the certificate does not hold: ${p}`);
    return;
  }
  const run = await drive(
    goldAdversarySteps(family, learner, {
      ...(flags.mindChanges === undefined ? {} : { mindChanges: flags.mindChanges }),
      ...(flags.horizon === undefined ? {} : { horizon: flags.horizon }),
      ...(flags.members === undefined ? {} : { members: flags.members }),
    }),
    io,
    { label: "Gold's adversary", unit: "mind changes" },
  ).catch((e: unknown) => {
    throw learnerFailure(learner.name, e);
  });
  if (run.interrupted) {
    const p = run.partial;
    const r: AdversaryReport = {
      ...base,
      certificate: null,
      verified: false,
      problem: null,
      partial: true,
      progress: p === undefined ? null : { stage: p.stage, steps: p.steps, changes: p.changes },
    };
    io.out(flags.json === true ? jsonText(r) : formatAdversary(r, family));
    throw interrupted(`after ${run.done} mind changes; no certificate written`);
  }
  const cert = orFailFlag(run.value, "");
  const r = verifiedReport(base, family, learner, cert);
  const p = r.problem;
  if (flags.out !== undefined) writeAtomic(flags.out, jsonText(cert));
  io.out(flags.json === true ? jsonText(r) : formatAdversary(r, family));
  if (p !== null) throw new UserError(`the verifier rejects the adversary's certificate: ${p}`);
}

/**
 * The `adversary` command.
 *
 * @example
 * ```ts
 * program.addCommand(adversaryCommand.build(io));
 * ```
 */
export const adversaryCommand = {
  name: "adversary",
  build(io: CliIo): Command {
    const command = familyOptions(
      new Command("adversary").description(
        "run Gold's adversary against a learner and verify its certificate",
      ),
      `gold, ft (with --base), cofin or fin-layers (of ${Object.keys(FAMILIES).join(", ")})`,
    )
      .option(
        "--learner <name|module.js>",
        `the text learner attacked: ${Object.keys(learners).join(", ")}, or ./module.js`,
        "tell-tale",
      )
      .option(
        "--members <n>",
        "members a learner examines per datum (its window)",
        integerFlag("--members", 1),
      )
      .option(
        "--mind-changes <n>",
        "stop once the learner has changed its mind this often (default 50)",
        integerFlag("--mind-changes", 1),
      )
      .option(
        "--horizon <n>",
        "steps a stage waits for the learner's guess (default 1000)",
        integerFlag("--horizon", 1),
      )
      .option(
        "--verify <certificate.json>",
        "check a saved certificate instead of running the adversary",
      );
    return withCommonFlags(command, { seed: true, json: true, out: true })
      .addHelpText(
        "after",
        `
Examples:
  limitlab adversary --family gold --learner tell-tale --mind-changes 20
  limitlab adversary --family ft --base '(a|b)*' --learner enumeration --out cert.json
  limitlab adversary --family ft --base '(a|b)*' --learner enumeration --verify cert.json
  limitlab adversary --family cofin --learner largest --json
  limitlab adversary --family fin-layers --learner tell-tale   # the control: the adversary fails

--out writes the certificate itself (JSON); --json prints it with the verifier's verdict.`,
      )
      .action((flags: AdversaryFlags) => attack(io, flags));
  },
};
