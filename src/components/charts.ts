// Charts (Observable Plot). Values are marked the same way everywhere:
//   exact → solid bar; qualified (≈ ≥ > ≤ <) → light, dashed outline; partial period → hollow outline + （部分时段）;
//   derived → （推算）; flagged → ⚠ in orange; missing → a grey "无数据" label, never a zero-length bar.
import * as Plot from "npm:@observablehq/plot";
import { chartLabel, formatNumber, formatQualified, LEVEL_ZH, warnFlags } from "./format.js";
import type { HeadlineValue, RankRow } from "./data.js";
import { barStyle, labelWidth, rankedBars, tip, WARN } from "./bars.js";
import { joinTiles } from "./tiles.js";

const FONT = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif`;
const style = { fontFamily: FONT, fontSize: "12px", overflow: "visible" };

// The ranked bar chart is plain SVG (bars.ts), so that the pages whose main chart it is need not load Plot first.
export { barStyle, labelWidth, rankedBars };

export interface SeriesPoint {
  name: string;
  year: number;
  v: HeadlineValue | null;
}

/** Values over the years for a few jurisdictions. Missing years break the line and are listed under the chart. */
export function yearLines(points: SeriesPoint[], years: number[], { width = 800, unit = "" } = {}): SVGSVGElement | HTMLElement {
  width = Math.max(width || 0, 360);
  const valued = points.filter((p) => p.v);
  const names = [...new Set(points.map((p) => p.name))];
  return Plot.plot({
    width,
    height: 320,
    marginRight: 120,
    style,
    x: { label: "年份", domain: years, tickFormat: (d: number) => `${d}年`, padding: 0.3, type: "point" },
    y: { label: unit ? `数值（${unit}）` : "数值", grid: true, zero: true, tickFormat: (d: number) => formatNumber(d) },
    color: { legend: true, domain: names, type: "categorical" },
    marks: [
      Plot.line(points, {
        x: "year",
        y: (p: SeriesPoint) => (p.v ? p.v.value : NaN), // NaN breaks the line: missing stays missing
        stroke: "name",
        z: "name",
        strokeWidth: 2,
      }),
      Plot.dot(valued, {
        x: "year",
        y: (p: SeriesPoint) => p.v!.value,
        stroke: "name",
        fill: "white", // hollow underneath; exact full-year values are filled by the next mark
        r: 5,
        strokeWidth: 2,
        title: (p: SeriesPoint) => tip({ name: p.name, v: p.v }, ` ${p.year}年`),
        className: "fz-dot",
      }),
      Plot.dot(valued.filter((p) => barStyle(p.v!) === "exact"), {
        x: "year",
        y: (p: SeriesPoint) => p.v!.value,
        fill: "name",
        r: 4,
        title: (p: SeriesPoint) => tip({ name: p.name, v: p.v }, ` ${p.year}年`),
      }),
      Plot.text(valued, {
        x: "year",
        y: (p: SeriesPoint) => p.v!.value,
        text: (p: SeriesPoint) => chartLabel(p.v!),
        dy: -10,
        fontSize: 10,
        fill: (p: SeriesPoint) => (warnFlags(p.v!.flags).length ? WARN : "#1f2937"),
      }),
    ],
  });
}

/** The 31-tile grid coloured by each province-level jurisdiction's value; grey tiles say 无数据. */
export function tileMap(values: Map<string, HeadlineValue | null>, { width = 560, unit = "", label = "" } = {}): SVGSVGElement | HTMLElement {
  const tiles = joinTiles([...values].filter(([, v]) => v) as [string, HeadlineValue][]);
  const withData = tiles.filter((t) => t.datum);
  const cell = Math.max(28, Math.min(64, Math.floor((width || 0) / 9.5)));
  const max = Math.max(0, ...withData.map((t) => t.datum!.value));
  return Plot.plot({
    width: cell * 9 + 20,
    height: cell * 8 + (withData.length ? 60 : 20),
    style,
    padding: 0.06,
    x: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
    y: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7] },
    color: withData.length
      ? { type: "linear", scheme: "blues", domain: [0, max || 1], legend: true, label: label || (unit ? `数值（${unit}）` : "数值"), tickFormat: (d: number) => formatNumber(d) }
      : undefined,
    marks: [
      Plot.cell(tiles, { x: "col", y: "row", fill: "#e5e7eb", stroke: "white", rx: 3, title: (t: any) => `${t.name}：无数据` }),
      Plot.cell(withData, {
        x: "col",
        y: "row",
        fill: (t: any) => t.datum.value,
        stroke: "white",
        rx: 3,
        title: (t: any) => `${t.name}：${chartLabel(t.datum)}`,
        className: "fz-tile",
      }),
      Plot.cell(withData.filter((t: any) => warnFlags(t.datum.flags).length), { x: "col", y: "row", fill: "none", stroke: WARN, strokeWidth: 2, rx: 3 }),
      Plot.text(tiles, { x: "col", y: "row", text: "short", dy: -7, fontSize: 11, fill: (t: any) => (t.datum && t.datum.value > max * 0.6 ? "white" : "#1f2937"), className: "fz-tile-name" }),
      Plot.text(tiles, {
        x: "col",
        y: "row",
        text: (t: any) => (t.datum ? formatQualified(t.datum) + (warnFlags(t.datum.flags).length ? " ⚠" : "") : "无数据"),
        className: "fz-tile-value",
        dy: 8,
        fontSize: 9,
        fill: (t: any) => (t.datum && t.datum.value > max * 0.6 ? "white" : "#374151"),
      }),
    ],
  });
}

/** A tile map coloured by a count per province (e.g. number of reports); 0 is grey "无报告". */
export function tileCounts(counts: Map<string, number>, { width = 560, label = "报告数" } = {}): SVGSVGElement | HTMLElement {
  const tiles = joinTiles(counts);
  const cell = Math.max(28, Math.min(64, Math.floor((width || 0) / 9.5)));
  const withData = tiles.filter((t) => t.datum);
  const max = Math.max(1, ...withData.map((t) => t.datum as number));
  return Plot.plot({
    width: cell * 9 + 20,
    height: cell * 8 + 60,
    style,
    padding: 0.06,
    x: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
    y: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7] },
    color: { type: "linear", scheme: "greens", legend: true, label, domain: [0, max], ticks: Math.min(max, 5), tickFormat: (d: number) => (Number.isInteger(d) ? formatNumber(d) : "") },
    marks: [
      Plot.cell(tiles, { x: "col", y: "row", fill: "#e5e7eb", stroke: "white", rx: 3 }),
      Plot.cell(withData, { x: "col", y: "row", fill: "datum", stroke: "white", rx: 3, title: (t: any) => `${t.name}：${t.datum}份`, className: "fz-tile" }),
      Plot.text(tiles, { x: "col", y: "row", text: "short", dy: -7, fontSize: 11, fill: (t: any) => ((t.datum ?? 0) > max * 0.6 ? "white" : "#1f2937") }),
      Plot.text(tiles, { x: "col", y: "row", text: (t: any) => (t.datum ? `${t.datum}份` : "无报告"), dy: 8, fontSize: 9, fill: (t: any) => ((t.datum ?? 0) > max * 0.6 ? "white" : "#374151") }),
    ],
  });
}

/** Reports per year, stacked by administrative level, from counts ({year, level, n}). */
export function docsPerYear(counts: { year: number | null; level: string | null; n: number }[], { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const data = counts.filter((d) => d.year != null).map((d) => ({ year: String(d.year), level: LEVEL_ZH[d.level ?? ""] ?? "未知级别", n: d.n }));
  const perYear = new Map<string, number>();
  for (const d of data) perYear.set(d.year, (perYear.get(d.year) ?? 0) + d.n);
  const max = Math.max(1, ...perYear.values());
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  return Plot.plot({
    width,
    height: 220,
    style,
    x: { label: "报告年度", type: "band", tickFormat: (d: string) => `${d}年` },
    y: { label: "报告数", grid: true, ticks, tickFormat: (d: number) => formatNumber(d) },
    color: { legend: true, domain: ["省级", "地市级", "县级", "未知级别"], range: ["#1d4ed8", "#60a5fa", "#93c5fd", "#d1d5db"] },
    marks: [Plot.barY(data, { x: "year", y: "n", fill: "level", order: ["省级", "地市级", "县级", "未知级别"], tip: true }), Plot.ruleY([0])],
  });
}

/** Presence matrix: documents (rows) × indicators (columns); absent cells are pale, not zero. */
export function coverageHeatmap(
  cells: { doc: string; indicator: string; has: boolean }[],
  docs: string[],
  indicators: string[],
  { width = 1000 } = {},
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: docs.length * 22 + 140,
    marginLeft: 200,
    marginBottom: 120,
    style,
    x: { label: null, domain: indicators, tickRotate: -50 },
    y: { label: null, domain: docs },
    color: { domain: ["有数值", "无数据"], range: ["#2563eb", "#f3f4f6"], legend: true },
    marks: [Plot.cell(cells, { x: "indicator", y: "doc", fill: (d: any) => (d.has ? "有数值" : "无数据"), stroke: "white", title: (d: any) => `${d.doc} · ${d.indicator}：${d.has ? "有数值" : "无数据"}` })],
  });
}

/** Share matrix: groups (rows, e.g. provinces) × indicators (columns), coloured by the share of reports with a value. */
export function coverageShare(
  cells: { doc: string; indicator: string; share: number }[],
  rows: string[],
  indicators: string[],
  { width = 1000 } = {},
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: rows.length * 22 + 160,
    marginLeft: 170,
    marginBottom: 120,
    style,
    x: { label: null, domain: indicators, tickRotate: -50 },
    y: { label: null, domain: rows },
    color: { type: "linear", domain: [0, 1], range: ["#f3f4f6", "#2563eb"], legend: true, label: "有首要数值的报告比例", tickFormat: (d: number) => `${Math.round(d * 100)}%` },
    marks: [Plot.cell(cells, { x: "indicator", y: "doc", fill: "share", stroke: "white", title: (d: any) => `${d.doc} · ${d.indicator}：${Math.round(d.share * 100)}% 的报告有数值` })],
  });
}

/** Small bar chart for one indicator across a few jurisdictions (compare page). */
export function smallBars(rows: RankRow[], { width = 360, title = "", unit = "" } = {}): SVGSVGElement | HTMLElement {
  return rankedBars(rows, { width, unit, title });
}
