/**
 * The regex editor: type a regex over the class's tokens, choose whether it becomes a new model
 * or a fine-tune of the base (Tab), Enter compiles it and adds it to the class; a compile error
 * is shown with a caret under its column.
 *
 * @module
 */
import { Box, Text } from "ink";
import { reSymbol } from "../../../automata/regex/ast.js";
import { printRegex } from "../../../automata/regex/print.js";
import type { ExplorerClass } from "../class-model.js";
import { type EditorState, visibleStart } from "../editor-state.js";

/** Props of {@link EditorView}. */
export interface EditorViewProps {
  readonly cls: ExplorerClass;
  readonly editor: EditorState;
  /** Columns of the box. */
  readonly width: number;
}

/**
 * Renders the help lines, the field with its cursor, the error with its caret, and the models
 * added so far.
 *
 * @example
 * ```tsx
 * <EditorView cls={explorerClass(p4)} editor={EMPTY_EDITOR} width={80} />
 * ```
 */
export function EditorView({ cls, editor, width }: EditorViewProps) {
  const field = Math.max(4, width - 3);
  const start = visibleStart(editor.text.length, editor.cursor, field);
  const shown = editor.text.slice(start, start + field);
  const at = editor.cursor - start;
  const column = editor.error?.column;
  const caret = column === undefined ? undefined : column - 1 - start;
  const tokens = cls.family.alphabet.symbols.map((s) => printRegex(reSymbol(s))).join(" ");
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Add a model to the class: type a regex, Enter compiles it</Text>
      <Text wrap="wrap" dimColor>{`symbols: ${tokens}`}</Text>
      <Text wrap="truncate-end">
        {"as: "}
        <Text inverse={editor.kind === "model"}>{" a new model "}</Text>{" "}
        <Text inverse={editor.kind === "fine-tune"}>
          {" a fine-tune of the base (base ∩ regex) "}
        </Text>
        <Text dimColor>{"  Tab switches"}</Text>
      </Text>
      <Text>
        {"> "}
        {shown.slice(0, at)}
        <Text inverse>{shown[at] ?? " "}</Text>
        {shown.slice(at + 1)}
      </Text>
      {caret !== undefined && caret >= 0 && caret <= field ? (
        <Text color="red">{`  ${" ".repeat(caret)}^`}</Text>
      ) : (
        <Text> </Text>
      )}
      <Text color="red" wrap="wrap">
        {editor.error?.message ?? " "}
      </Text>
      <Text dimColor wrap="truncate-end">
        {"Enter add · Tab model/fine-tune · ←→ Home End move · Ctrl-U clear · Esc back"}
      </Text>
      {cls.models.map((m, i) => (
        <Text
          key={m.name}
          wrap="truncate-end"
        >{`L${i} ${m.name} (${m.dfa.states} states): ${m.regex}`}</Text>
      ))}
    </Box>
  );
}
