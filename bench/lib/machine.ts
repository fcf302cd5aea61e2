/**
 * The machine a bench ran on, recorded in every result file.
 *
 * @module
 */
import os from "node:os";

/** What the result files record about the machine. */
export interface Machine {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly date: string;
  /** The 1-, 5- and 15-minute load averages when the topic finished (other work on the box). */
  readonly load: readonly number[];
}

/** The current machine and the date (ISO 8601). */
export function machine(): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    load: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** One line for a Markdown report. */
export function machineLine(m: Machine): string {
  const load =
    Array.isArray(m.load) && m.load.length === 3
      ? `, load average ${m.load.join(" / ")} (1 / 5 / 15 min)`
      : "";
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}${load}`;
}
