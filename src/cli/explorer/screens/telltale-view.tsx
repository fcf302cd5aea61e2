/**
 * The tell-tale view (THEORY.md C4, P3): the selected member's canonical tell-tale with the
 * proper sub-members each of its words excludes, or the bounded certificate that it has none
 * (for each length ℓ, a proper sub-member containing all its words up to ℓ).
 *
 * @module
 */
import { Box, Text } from "ink";
import { useMemo } from "react";
import { wordToString } from "../../../automata/word.js";
import type { ExplorerClass } from "../class-model.js";
import { Lines } from "../components/lines.js";
import { memberLabel, type TellTaleStatus, tellTaleStatus } from "../member-facts.js";
import { tellTaleSentence } from "./member-detail.js";

/** Props of {@link TellTaleView}. */
export interface TellTaleViewProps {
  readonly cls: ExplorerClass;
  /** The member shown. */
  readonly member: number;
  /** Columns and lines of the box. */
  readonly width: number;
  readonly height: number;
}

/**
 * The lines of evidence: the tell-tale's words with what they exclude, or the absence
 * witnesses grouped by the sub-member that covers consecutive lengths.
 *
 * @example
 * ```ts
 * evidenceLines(c, tellTaleStatus(c, 0)); // ["  lengths 0..7: L1 ⊊ it holds them all, misses …", …]
 * ```
 */
export function evidenceLines(c: ExplorerClass, t: TellTaleStatus): string[] {
  const show = (w: readonly number[]) => wordToString(c.family.alphabet, w);
  if (t.kind === "error") return [];
  if (t.kind === "candidate")
    return [
      ...t.words.map((w) => `  T contains ${show(w)}`),
      ...t.excluded.map((x) => `  L${x.member} ⊊ it is excluded by ${show(x.word)}`),
    ];
  const out: string[] = [];
  let from = 0;
  t.witnesses.forEach((w, i) => {
    const next = t.witnesses[i + 1];
    if (next !== undefined && next.member === w.member) return;
    const lengths = from === w.length ? `length ${w.length}` : `lengths ${from}..${w.length}`;
    out.push(`  ${lengths}: L${w.member} ⊊ it holds them all, misses ${show(w.word)}`);
    from = w.length + 1;
  });
  return out;
}

/**
 * Renders the sentence, then as much evidence as fits.
 *
 * @example
 * ```tsx
 * <TellTaleView cls={explorerClass(p4)} member={0} width={80} height={21} />
 * ```
 */
export function TellTaleView({ cls, member, width, height }: TellTaleViewProps) {
  const status = useMemo(() => tellTaleStatus(cls, member), [cls, member]);
  const lines = evidenceLines(cls, status);
  const room = Math.max(1, height - 4);
  return (
    <Box flexDirection="column" width={width}>
      <Text
        bold
        wrap="truncate-end"
      >{`Tell-tale of ${memberLabel(cls.family, member)}  (↑↓ another member)`}</Text>
      <Text wrap="wrap">{tellTaleSentence(status)}</Text>
      <Lines
        lines={
          lines.length > room
            ? [...lines.slice(0, room - 1), `  … ${lines.length - room + 1} more`]
            : lines
        }
        width={width}
      />
      <Text dimColor wrap="truncate-end">
        {"Angluin: a class is identifiable from text iff every member has a tell-tale (C4)."}
      </Text>
    </Box>
  );
}
