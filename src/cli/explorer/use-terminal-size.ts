/**
 * The terminal's size as React state: the columns and rows of ink's stdout, updated when the
 * terminal is resized (so every screen lays itself out again).
 *
 * @module
 */
import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** Columns and rows of the terminal. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** The size assumed when the stream does not say: 80 × 24. */
export const DEFAULT_SIZE: TerminalSize = { columns: 80, rows: 24 };

function sizeOf(stream: { readonly columns?: number; readonly rows?: number }): TerminalSize {
  return {
    columns: stream.columns || DEFAULT_SIZE.columns,
    rows: stream.rows || DEFAULT_SIZE.rows,
  };
}

/**
 * The current size of ink's stdout, re-read on every `resize` event.
 *
 * @example
 * ```tsx
 * const { columns, rows } = useTerminalSize();
 * ```
 */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const resized = () => setSize(sizeOf(stdout));
    stdout.on("resize", resized);
    resized();
    return () => {
      stdout.off("resize", resized);
    };
  }, [stdout]);
  return size;
}
