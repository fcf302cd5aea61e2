import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { type Chart, niceTicks, svgChart, terminalChart } from "../../../src/cli/support/plot.js";

const chart: Chart = {
  title: "mind changes <by> learner & step",
  xLabel: "step",
  yLabel: "mind changes",
  steps: true,
  series: [
    {
      name: "enumeration",
      points: [
        [1, 0],
        [4, 1],
        [9, 2],
        [20, 2],
      ],
    },
    {
      name: "tell-tale",
      points: [
        [1, 0],
        [6, 1],
        [20, 1],
      ],
    },
  ],
};

describe("SVG charts", () => {
  it("are well-formed SVG with one polyline and one legend entry per series", () => {
    const svg = svgChart(chart);
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { polyline: unknown[]; "@_width": string };
    };
    expect(doc.svg.polyline).toHaveLength(2);
    expect(doc.svg["@_width"]).toBe("720");
    expect(svg).toContain("mind changes &lt;by&gt; learner &amp; step");
    expect(svg).toContain(">enumeration<");
  });

  it("draw a log axis without the non-positive values", () => {
    const svg = svgChart({
      title: "growth",
      xLabel: "length",
      yLabel: "words",
      logY: true,
      series: [
        {
          name: "L",
          points: [
            [0, 0],
            [1, 10],
            [2, 1000],
            [3, 1e6],
          ],
        },
      ],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(">1e6<");
    expect(svg).toContain("(log scale)");
    expect((svg.match(/points="([^"]*)"/u)?.[1] ?? "").split(" ")).toHaveLength(3);
  });

  it("tick values are round, evenly spaced and cover the range", () => {
    const range = fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      )
      .map(([lo, w]) => [lo, lo + w] as const);
    const lines: string[] = [];
    fc.statistics(
      range,
      ([lo, hi]) => (hi - lo < 1 ? "narrow" : hi - lo < 1000 ? "medium" : "wide"),
      {
        numRuns: 100,
        logger: (l) => lines.push(l),
      },
    );
    for (const label of ["narrow", "medium", "wide"]) expect(lines.join("\n")).toContain(label);
    fc.assert(
      fc.property(range, ([lo, hi]) => {
        const t = niceTicks(lo, hi);
        const step = (t[1] as number) - (t[0] as number);
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        return (
          (t[0] as number) <= lo + 1e-9 * step &&
          (t[t.length - 1] as number) >= hi - 1e-9 * step &&
          t.length >= 2 &&
          t.length <= 12 &&
          [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("terminal charts", () => {
  it("draw the series rows high with a legend", () => {
    const text = terminalChart(chart, { columns: 40, rows: 6 });
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("mind changes <by> learner & step (mind changes against step 1..20)");
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines[lines.length - 1]).toBe("1. enumeration   2. tell-tale");
    expect(terminalChart({ ...chart, series: [] })).toContain("nothing to draw");
  });
  it("label counts with whole numbers, fractional values with fractions", () => {
    const labels = (ys: readonly number[]) =>
      terminalChart(
        { ...chart, series: [{ name: "s", points: ys.map((y, x) => [x, y] as const) }] },
        { columns: 20, rows: 4 },
      )
        .split("\n")
        .slice(1, 6)
        .map((l) => l.slice(0, 9).trim());
    expect(labels([0, 3, 7, 10])).toEqual(["10", "8", "5", "3", "0"]);
    expect(labels([0, 0.5, 1])).toEqual(["1", "0.75", "0.5", "0.25", "0"]);
  });
});
