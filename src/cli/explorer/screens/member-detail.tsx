/**
 * The selected member's detail under the class table: its regex (or where it comes from), its
 * badges, and its tell-tale status in words.
 *
 * @module
 */
import { Box, Text } from "ink";
import { Badge } from "../components/badge.js";
import type { MemberFacts, TellTaleStatus } from "../member-facts.js";

/** Props of {@link MemberDetail}. */
export interface MemberDetailProps {
  readonly facts: MemberFacts;
  readonly tellTale: TellTaleStatus;
  /** Columns of the box. */
  readonly width: number;
}

/** Lines the detail takes: a rule, two of regex, the badges, the tell-tale. */
export const DETAIL_LINES = 5;

/**
 * The tell-tale status as a sentence.
 *
 * @example
 * ```ts
 * tellTaleSentence({ kind: "absent", length: 14, members: 64, witnesses: [] });
 * // "no tell-tale: every finite subset of words up to length 14 lies in a proper sub-member among the first 64"
 * ```
 */
export function tellTaleSentence(t: TellTaleStatus): string {
  switch (t.kind) {
    case "absent":
      return `no tell-tale: every finite subset of words up to length ${t.length} lies in a proper sub-member among the first ${t.members}`;
    case "candidate":
      return `tell-tale of ${t.words.length} word${t.words.length === 1 ? "" : "s"} (${t.exact ? "exact" : `among the first ${t.members}`}); ${t.excluded.length} proper sub-member${t.excluded.length === 1 ? "" : "s"} excluded`;
    case "error":
      return `tell-tale search failed: ${t.message}`;
  }
}

/**
 * Renders the detail in {@link DETAIL_LINES} lines.
 *
 * @example
 * ```tsx
 * <MemberDetail facts={memberFacts(c, 0)} tellTale={tellTaleStatus(c, 0)} width={80} />
 * ```
 */
export function MemberDetail({ facts: f, tellTale, width }: MemberDetailProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Text color="cyan" wrap="truncate-end">
        {`── L${f.index} ${f.name} ${"─".repeat(width)}`}
      </Text>
      <Box height={2} overflow="hidden">
        <Text wrap="wrap">
          {f.regex === undefined ? `no regex: ${f.origin}` : `regex: ${f.regex}`}
        </Text>
      </Box>
      <Text wrap="truncate-end">
        {`${f.states} states · ${f.finite ? `finite, ${f.words} words` : "infinite"} · `}
        <Badge label="star-free" value={f.starFree} />
        {" · "}
        <Badge label="R-trivial" value={f.rTrivial} />
      </Text>
      <Text wrap="truncate-end" dimColor>
        {tellTaleSentence(tellTale)}
      </Text>
    </Box>
  );
}
