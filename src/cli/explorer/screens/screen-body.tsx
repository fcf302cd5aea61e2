/**
 * The body between the header and the footer: the current screen, sized to the terminal.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { Text } from "ink";
import type { ExplorerState, Screen } from "../explorer-state.js";
import { ClassView } from "./class-view.js";
import { EditorView } from "./editor-view.js";
import { Gallery } from "./gallery.js";
import { GrowthView } from "./growth-view.js";
import { RunView } from "./run-view.js";
import { TellTaleView } from "./telltale-view.js";

/** Each screen's title in the header. */
export const SCREEN_TITLES: Readonly<Record<Screen, string>> = {
  gallery: "gallery",
  class: "class",
  run: "run",
  telltale: "tell-tales",
  growth: "growth (P7)",
  editor: "editor",
};

/** Each screen's key hints in the footer. */
export const SCREEN_HINTS: Readonly<Record<Screen, string>> = {
  gallery: "↑↓ choose · Enter open · 1-6 screens · ? help · q quit",
  class: "↑↓ member · Enter run on it · t tell-tale · e add a model · 1-6 screens · ? help",
  run: "space play/pause · → step · a adversary · ↑↓ victim · x restart · ? help",
  telltale: "↑↓ member · Enter run on it · c class · 1-6 screens · ? help",
  growth: "1-6 screens · ? help · q quit",
  editor: "type a regex · Enter add · Tab model/fine-tune · Esc back",
};

/** Props of {@link ScreenBody}. */
export interface ScreenBodyProps {
  readonly state: ExplorerState;
  /** Columns and lines of the body. */
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the current screen.
 *
 * @example
 * ```tsx
 * <ScreenBody state={initialExplorer(explorerScenarios())} width={80} height={21} />
 * ```
 */
export function ScreenBody({ state: s, width, height }: ScreenBodyProps) {
  switch (s.screen) {
    case "gallery":
      return (
        <Gallery
          entries={s.gallery}
          cursor={s.galleryCursor}
          opened={s.cls.scenario.id}
          report={s.report}
          width={width}
          height={height}
        />
      );
    case "class":
      return <ClassView cls={s.cls} cursor={s.memberCursor} width={width} height={height} />;
    case "run":
      if (s.run === undefined) return null;
      return E.isLeft(s.run) ? (
        <Text color="red" wrap="wrap">{`This class cannot be run: ${s.run.left}`}</Text>
      ) : (
        <RunView run={s.run.right} width={width} height={height} />
      );
    case "telltale":
      return <TellTaleView cls={s.cls} member={s.memberCursor} width={width} height={height} />;
    case "growth":
      return <GrowthView width={width} height={height} />;
    case "editor":
      return <EditorView cls={s.cls} editor={s.editor} width={width} />;
  }
}
