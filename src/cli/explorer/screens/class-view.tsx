/**
 * The class view: the members of the window with their minimal sizes, finiteness,
 * star-free/R-trivial badges, word counts and tell-tale status, and the selected member's
 * regex and facts.
 *
 * @module
 */
import { Box, Text } from "ink";
import { useMemo } from "react";
import { classWindow, type ExplorerClass } from "../class-model.js";
import { cell, scrollWindow } from "../components/layout.js";
import {
  type MemberFacts,
  memberFacts,
  type TellTaleStatus,
  tellTaleStatus,
} from "../member-facts.js";
import { DETAIL_LINES, MemberDetail } from "./member-detail.js";

/** Props of {@link ClassView}. */
export interface ClassViewProps {
  readonly cls: ExplorerClass;
  /** The selected member. */
  readonly cursor: number;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

/** What a row shows: a member's facts and its tell-tale status. */
interface Row {
  readonly facts: MemberFacts;
  readonly tellTale: TellTaleStatus;
}

const yn = (b: boolean | undefined) => (b === undefined ? "?" : b ? "yes" : "no");

function tellTaleCell(t: TellTaleStatus): string {
  if (t.kind === "absent") return `none ≤${t.length}`;
  if (t.kind === "error") return "error";
  return `${t.words.length} word${t.words.length === 1 ? "" : "s"}`;
}

/** Row facts of a class, computed when first asked for and kept (members never change). */
function rowCache(cls: ExplorerClass): (i: number) => Row {
  const rows = new Map<number, Row>();
  return (i) => {
    let r = rows.get(i);
    if (r === undefined) {
      r = { facts: memberFacts(cls, i), tellTale: tellTaleStatus(cls, i) };
      rows.set(i, r);
    }
    return r;
  };
}

/**
 * Renders the member table (scrolling to keep the selection visible) and the detail of the
 * selected member. Facts are computed for the rows shown, once per class.
 *
 * @example
 * ```tsx
 * <ClassView cls={explorerClass(p4)} cursor={0} width={80} height={21} />
 * ```
 */
export function ClassView({ cls, cursor, width, height }: ClassViewProps) {
  const rowOf = useMemo(() => rowCache(cls), [cls]);
  const total = classWindow(cls);
  const count = Math.max(1, height - 3 - DETAIL_LINES);
  const first = scrollWindow(total, cursor, count);
  const shown = Array.from({ length: Math.min(count, total - first) }, (_, k) => rowOf(first + k));
  const selected = rowOf(Math.min(cursor, total - 1));
  const name = Math.max(8, width - 46);
  const s = cls.scenario;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">{`${s.id}: ${s.title}  [${s.theoryIds.join(" ")}]`}</Text>
      <Text dimColor wrap="truncate-end">
        {`${cls.family.description}; ${Number.isFinite(cls.family.size) ? cls.family.size : "infinitely many"} members, L0..L${total - 1} shown`}
      </Text>
      <Text color="cyan">
        {`  ${cell("#", 4)} ${cell("member", name)} ${cell("states", 6, "right")} finite SF  RT  ${cell("words", 5, "right")} tell-tale`}
      </Text>
      {shown.map(({ facts: f, tellTale }) => (
        <Text key={f.index} inverse={f.index === cursor} wrap="truncate-end">
          {`${f.index === cursor ? "›" : " "} ${cell(`L${f.index}`, 4)} ${cell(f.name, name)} ${cell(String(f.states), 6, "right")} ${cell(yn(f.finite), 6)} ${cell(yn(f.starFree), 3)} ${cell(yn(f.rTrivial), 3)} ${cell(f.words, 5, "right")} ${tellTaleCell(tellTale)}`}
        </Text>
      ))}
      <MemberDetail facts={selected.facts} tellTale={selected.tellTale} width={width} />
    </Box>
  );
}
