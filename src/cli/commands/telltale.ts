/**
 * `limitlab telltale`: the tell-tales of a family's members (THEORY.md C4, P3): for each
 * member the canonical candidate T_i with the proper sub-members it excludes, or the bounded
 * certificate that it has none; then Angluin's condition on the sets found, beside the
 * misstated condition (which fails on identifiable families such as EX-LEN). Members are
 * searched one by one with progress on stderr; Ctrl-C prints the members done so far,
 * marked partial, and exits 130.
 *
 * @module
 */
import { Command } from "commander";
import * as O from "fp-ts/lib/Option.js";
import { wordToString } from "../../automata/word.js";
import type { TellTaleCertificate } from "../../identification/certificate/types.js";
import { type Family, hasMember } from "../../identification/family/family.js";
import {
  angluinCondition,
  type ConditionResult,
  misstatedCondition,
} from "../../identification/telltale/angluin-condition.js";
import {
  DEFAULT_TELLTALE_MEMBERS,
  MAX_EXACT_MEMBERS,
  searchTellTale,
  type TellTaleSearch,
} from "../../identification/telltale/search.js";
import { alphabetFromFlags } from "../support/alphabet-options.js";
import { emit, integerFlag, jsonText, withCommonFlags } from "../support/common-flags.js";
import { orFail, UserError } from "../support/fail.js";
import { FAMILIES, familyFromFlags, familyOptions } from "../support/families.js";
import type { CliIo } from "../support/io.js";
import { drive, interrupted, type ProgressValue } from "../support/progress.js";
import {
  type ConditionView,
  formatTelltale,
  type TellTaleView,
  type TelltaleReport,
} from "../views/telltale.js";

interface TelltaleFlags {
  readonly family: string;
  readonly base?: string;
  readonly capacity?: number;
  readonly alphabet?: string;
  readonly tokens?: string;
  readonly member: readonly number[];
  readonly members?: number;
  readonly length: number;
  readonly seed: number;
  readonly json?: boolean;
  readonly out?: string;
}

function conditionView(family: Family, c: ConditionResult): ConditionView {
  const f = O.toNullable(c.failure);
  return {
    holds: c.holds,
    sets: c.sets,
    members: c.members,
    failure:
      f === null
        ? null
        : {
            i: f.i,
            j: f.j,
            reason: f.reason,
            word: f.word === undefined ? null : wordToString(family.alphabet, f.word),
          },
  };
}

function view(family: Family, i: number, r: TellTaleSearch): TellTaleView {
  const show = (w: readonly number[]) => wordToString(family.alphabet, w);
  const base = { member: i, name: family.at(i).name };
  if (r.kind === "absent")
    return {
      ...base,
      kind: "absent",
      words: [],
      excluded: [],
      exact: false,
      absence: r.absence.witnesses.map((w) => ({
        length: w.length,
        member: w.member,
        word: show(w.word),
      })),
    };
  const t = r.tellTale;
  return {
    ...base,
    kind: "candidate",
    words: t.words.map(show),
    excluded: t.excluded.map((x) => ({ member: x.member, word: show(x.word) })),
    exact: t.exact,
    absence: [],
  };
}

function* searchAll(
  family: Family,
  indices: readonly number[],
  options: { readonly members: number; readonly length: number },
): Generator<ProgressValue<TellTaleSearch[]>, TellTaleSearch[], undefined> {
  const out: TellTaleSearch[] = [];
  for (const [k, i] of indices.entries()) {
    yield { done: k, total: indices.length, partial: [...out], current: `member ${i}` };
    out.push(orFail(searchTellTale(family, i, options), "telltale"));
  }
  return out;
}

function conditions(
  family: Family,
  found: readonly TellTaleSearch[],
  indices: readonly number[],
  members: number,
) {
  const consecutive = indices.every((i, k) => i === k);
  const sets = found.flatMap((r) => (r.kind === "candidate" ? [r.tellTale] : []));
  if (!consecutive || sets.length !== found.length) return { angluin: null, misstated: null };
  const t: readonly TellTaleCertificate[] = sets;
  return {
    angluin: conditionView(family, angluinCondition(family, t, { members })),
    misstated: conditionView(family, misstatedCondition(family, t, { members })),
  };
}

/**
 * The `telltale` command.
 *
 * @example
 * ```ts
 * program.addCommand(telltaleCommand.build(io));
 * ```
 */
export const telltaleCommand = {
  name: "telltale",
  build(io: CliIo): Command {
    const command = familyOptions(
      new Command("telltale").description(
        "tell-tales of a family's members, or bounded certificates of their absence",
      ),
      `a family: ${Object.keys(FAMILIES).join(", ")}, or a family JSON file`,
    )
      .option(
        "--member <i>",
        "only this member (repeatable)",
        (v: string, prev: readonly number[]) => [...prev, integerFlag("--member")(v)],
        [] as number[],
      )
      .option(
        "--members <n>",
        `members compared (default: all of a finite family up to ${MAX_EXACT_MEMBERS}, else ${DEFAULT_TELLTALE_MEMBERS})`,
        integerFlag("--members", 1),
      )
      .option(
        "--length <n>",
        "absence certificates cover sets of words up to this length",
        integerFlag("--length"),
        8,
      );
    return withCommonFlags(command, { seed: true, json: true, out: true })
      .addHelpText(
        "after",
        `
Examples:
  limitlab telltale --family len --members 10            # T_n = {a, …, a^n}; the misstated condition fails
  limitlab telltale --family gold --members 40 --length 10   # a* has no tell-tale (certificate)
  limitlab telltale --family ft --base '(a|b)*' --member 0 --json
  limitlab telltale --family zoo.json`,
      )
      .action(async (flags: TelltaleFlags) => {
        const alphabet = alphabetFromFlags(flags);
        const family = familyFromFlags(flags.family, {
          seed: flags.seed,
          ...(flags.base === undefined ? {} : { base: flags.base }),
          ...(flags.capacity === undefined ? {} : { capacity: flags.capacity }),
          ...(alphabet === undefined ? {} : { alphabet }),
        });
        const finite = Number.isFinite(family.size);
        if (
          finite &&
          flags.members === undefined &&
          flags.member.length === 0 &&
          family.size > MAX_EXACT_MEMBERS
        )
          throw new UserError(
            `${family.description} has ${family.size} members: give --members or --member`,
          );
        const members = Math.min(
          family.size,
          flags.members ?? (finite ? family.size : DEFAULT_TELLTALE_MEMBERS),
        );
        for (const i of flags.member)
          if (!hasMember(family, i))
            throw new UserError(`--member ${i} is not an index of ${family.description}`);
        const indices =
          flags.member.length > 0 ? flags.member : Array.from({ length: members }, (_, i) => i);
        const run = await drive(searchAll(family, indices, { members, length: flags.length }), io, {
          label: "tell-tales",
          unit: "members",
        });
        const found = run.interrupted ? (run.partial ?? []) : run.value;
        const c = run.interrupted
          ? { angluin: null, misstated: null }
          : conditions(family, found, indices, members);
        const report: TelltaleReport = {
          version: 1,
          family: family.description,
          members,
          length: flags.length,
          partial: run.interrupted,
          results: found.map((r, k) => view(family, indices[k] as number, r)),
          angluinCondition: c.angluin,
          misstatedCondition: c.misstated,
        };
        emit(io, flags, flags.json === true ? jsonText(report) : formatTelltale(report));
        if (run.interrupted)
          throw interrupted(`after ${found.length} of ${indices.length} members`);
      });
  },
};
