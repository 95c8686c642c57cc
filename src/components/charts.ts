// Charts (Observable Plot). Values are marked the same way everywhere:
//   exact → solid bar; qualified (≈ ≥ > ≤ <) → light, dashed outline; partial period → hollow outline + （部分时段）;
//   derived → （推算）; flagged → ⚠ in orange; missing → a grey "无数据" label, never a zero-length bar.
import * as Plot from "npm:@observablehq/plot";
import { chartLabel, formatNumber, formatQualified, gapNote, gapYears, LEVEL_ZH, NO_REPORT, NOT_GIVEN, placeLabels, warnFlags, yearRange, type MissingKind } from "./format.js";
import type { HeadlineValue, RankRow } from "./data.js";
import { barStyle, labelWidth, rankedBars, tip, WARN } from "./bars.js";
import { joinTiles, TILE_MISSING_ZH, type LevelTile } from "./tiles.js";

const FONT = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif`;
const style = { fontFamily: FONT, fontSize: "12px", overflow: "visible" };

// The ranked bar chart is plain SVG (bars.ts), so that the pages whose main chart it is need not load Plot first.
export { barStyle, labelWidth, rankedBars };

export interface SeriesPoint {
  name: string;
  /** the place's code and province: two places of one name are drawn as two lines, labelled with their provinces */
  code?: string;
  province_name?: string | null;
  year: number;
  v: HeadlineValue | null;
  /** when v is null: 无该年报告 or 报告未提及 */
  missing?: MissingKind;
}

/**
 * Values over the years for a few jurisdictions, on a continuous year axis (every year from the first to the last,
 * so a year without reports is a gap, not a closed-up category). Missing values break the line; the page names them
 * under the chart (yearGapNote).
 */
export function yearLines(points: SeriesPoint[], years: number[], { width = 800, unit = "" } = {}): SVGSVGElement | HTMLElement {
  width = Math.max(width || 0, 300);
  years = yearRange(years);
  points = labelledPoints(points);
  const valued = points.filter((p) => p.v);
  const names = [...new Set(points.map((p) => p.name))];
  return Plot.plot({
    width,
    height: 320,
    marginRight: width < 500 ? 60 : 120,
    marginBottom: 44, // the axis title below the year labels, not on them
    style,
    x: { label: "年份", labelOffset: 40, domain: years, tickFormat: (d: number) => `${d}年`, padding: 0.3, type: "point" },
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

/**
 * The tile map for one level (components/tiles.ts levelTiles): each province coloured by the median of its places of
 * that level (n = how many it is over, under the value); at the province level, by the province's own value. A tile
 * without one is grey and says why: 无该级地区 (no place of that level in the data), 无该年报告, 报告未提及, 无可计入数值
 * (only partial-period, approximate or 以上 values, which a median does not count).
 */
export function levelTileMap(tiles: LevelTile<HeadlineValue>[], { width = 560, unit = "", levelZh = "" } = {}): SVGSVGElement | HTMLElement {
  const province = tiles[0]?.level === "province";
  const valueOf = (t: LevelTile<HeadlineValue>) => (province ? t.own?.value ?? null : t.stat.median);
  const withData = tiles.filter((t) => valueOf(t) != null);
  const cell = Math.max(34, Math.min(64, Math.floor((width || 0) / 9.5)));
  const max = Math.max(0, ...withData.map((t) => valueOf(t)!));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const valueText = (t: LevelTile<HeadlineValue>) => {
    if (t.missing === "no_places") return province ? "无省级报告" : "无该级地区";
    if (t.missing === "not_plain") return "无可计入"; // short on the tile; the tooltip says which values and why
    if (t.missing) return TILE_MISSING_ZH[t.missing];
    return province ? formatQualified(t.own!) + (t.own!.period === "partial" ? "*" : "") : formatNumber(r2(t.stat.median!));
  };
  const countText = (t: LevelTile<HeadlineValue>) => (province || t.missing ? "" : `n=${t.stat.n}`);
  const tip = (t: LevelTile<HeadlineValue>) => {
    const head = `${t.name} · ${levelZh}`;
    if (t.missing === "no_places") return `${head}：数据中没有该省的${levelZh}地区`;
    const reported = `${t.places} 个${levelZh}地区中 ${t.reported} 个有该年报告`;
    if (province) return `${head}：${t.own ? chartLabel(t.own) : TILE_MISSING_ZH[t.missing!]}`;
    const members = t.members.map((m) => `${m.name} ${chartLabel(m.v)}`).join("、");
    if (t.missing) return `${head}：${TILE_MISSING_ZH[t.missing]}（${reported}${t.stat.excluded ? `；${t.stat.excluded} 个数值为部分时段、约数或“以上”等，不计入中位数：${members}` : ""}）`;
    return `${head}：中位数 ${formatNumber(r2(t.stat.median!))}${unit}（n=${t.stat.n}${t.stat.excluded ? `，另 ${t.stat.excluded} 个不计入` : ""}；${reported}）\n${members}`;
  };
  const fg = (t: LevelTile<HeadlineValue>) => (valueOf(t) != null && valueOf(t)! > max * 0.6 ? "white" : "#1f2937");
  return Plot.plot({
    width: cell * 9 + 20,
    height: cell * 8 + (withData.length ? 60 : 20),
    style,
    padding: 0.06,
    x: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
    y: { axis: null, domain: [0, 1, 2, 3, 4, 5, 6, 7] },
    color: withData.length
      ? { type: "linear", scheme: "blues", domain: [0, max || 1], legend: true, label: `${province ? "省级报告中的数值" : `${levelZh}地区的中位数`}${unit ? `（${unit}）` : ""}`, tickFormat: (d: number) => formatNumber(d) }
      : undefined,
    marks: [
      Plot.cell(tiles, { x: "col", y: "row", fill: (t: any) => (t.missing === "no_places" ? "#f3f4f6" : "#e5e7eb"), stroke: "white", rx: 3, title: tip }),
      Plot.cell(withData, { x: "col", y: "row", fill: (t: any) => valueOf(t), stroke: "white", rx: 3, title: tip, className: "fz-tile" }),
      Plot.cell(withData.filter((t) => province && t.own && warnFlags(t.own.flags).length), { x: "col", y: "row", fill: "none", stroke: WARN, strokeWidth: 2, rx: 3 }),
      Plot.text(tiles, { x: "col", y: "row", text: "short", dy: -10, fontSize: 11, fill: fg, className: "fz-tile-name" }),
      Plot.text(tiles, { x: "col", y: "row", text: valueText, dy: 3, fontSize: cell < 45 ? 8 : 9, fill: (t: any) => (valueOf(t) != null ? fg(t) : "#4b5563"), className: "fz-tile-value" }),
      Plot.text(tiles, { x: "col", y: "row", text: countText, dy: 13, fontSize: 8, fill: fg, className: "fz-tile-count" }),
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
  // every year from the first to the last: a year without reports is an empty band, not left out
  const domain = yearRange(counts.map((d) => d.year)).map(String);
  const perYear = new Map<string, number>();
  for (const d of data) perYear.set(d.year, (perYear.get(d.year) ?? 0) + d.n);
  const max = Math.max(1, ...perYear.values());
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  return Plot.plot({
    width,
    height: 234,
    marginBottom: 44, // the axis title below the year labels, not on them
    style,
    x: { label: "报告年度", labelOffset: 40, type: "band", domain, tickFormat: (d: string) => `${d}年` },
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
    ...matrixFrame(docs, indicators, width, 40),
    color: { domain: ["有数值", NOT_GIVEN], range: ["#2563eb", "#f3f4f6"], legend: true },
    marks: [Plot.cell(cells, { x: "indicator", y: "doc", fill: (d: any) => (d.has ? "有数值" : NOT_GIVEN), stroke: "white", title: (d: any) => `${d.doc} · ${d.indicator}：${d.has ? "有数值" : NOT_GIVEN}` })],
  });
}

/**
 * Size, margins and axes of a rows × indicators matrix. Upright labels, with margins as long as the longest of them
 * (rotated by 50° they ran into each other); drawn at its size and scrolled sideways in its box on a phone, never
 * shrunk, so the labels stay legible.
 */
function matrixFrame(rows: string[], indicators: string[], width: number, legendRoom: number) {
  const marginLeft = Math.min(320, Math.max(60, ...rows.map((d) => labelWidth(d) + 12)));
  const marginBottom = Math.min(260, Math.max(60, ...indicators.map((i) => labelWidth(i) + 12)));
  return {
    width: Math.max(width, marginLeft + indicators.length * 20 + 20),
    height: rows.length * 22 + marginBottom + legendRoom,
    marginLeft,
    marginBottom,
    style: { ...style, maxWidth: "none" },
    x: { label: null, domain: indicators, tickRotate: -90 },
    y: { label: null, domain: rows },
  };
}

/** Share matrix: groups (rows, e.g. provinces) × indicators (columns), coloured by the share of reports with a value. */
export function coverageShare(
  cells: { doc: string; indicator: string; share: number }[],
  rows: string[],
  indicators: string[],
  { width = 1000 } = {},
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...matrixFrame(rows, indicators, width, 60),
    color: { type: "linear", domain: [0, 1], range: ["#f3f4f6", "#2563eb"], legend: true, label: "有首要数值的报告比例", tickFormat: (d: number) => `${Math.round(d * 100)}%` },
    marks: [Plot.cell(cells, { x: "indicator", y: "doc", fill: "share", stroke: "white", title: (d: any) => `${d.doc} · ${d.indicator}：${Math.round(d.share * 100)}% 的报告有数值` })],
  });
}

/** Small bar chart for one indicator across a few jurisdictions (compare page). */
export function smallBars(rows: RankRow[], { width = 360, title = "", unit = "" } = {}): SVGSVGElement | HTMLElement {
  return rankedBars(rows, { width, unit, title });
}

/** Points whose place shares its name with another's carry the province in the name (one line, one legend entry each). */
function labelledPoints(points: SeriesPoint[]): SeriesPoint[] {
  const places = new Map<string, { code: string; name: string; province_name?: string | null }>();
  for (const p of points) if (p.code) places.set(p.code, { code: p.code, name: p.name, province_name: p.province_name });
  const labels = placeLabels(places.values());
  return points.map((p) => (p.code && labels.get(p.code) !== p.name ? { ...p, name: labels.get(p.code)! } : p));
}

/**
 * What is missing from a chart over the years, named under it: "缺2021年" for years of the continuous axis without
 * any report in the data (`reportYears`), then each missing value by kind (无该年报告 / 报告未提及).
 */
export function yearGapNote(points: SeriesPoint[], axisYears: number[], reportYears: number[]): HTMLElement | null {
  const range = yearRange(axisYears);
  const gaps = gapYears(range, reportYears);
  points = labelledPoints(points);
  const byKind = (k: MissingKind) => points.filter((p) => !p.v && p.missing === k && !gaps.includes(p.year)).map((p) => `${p.name} ${p.year}年`);
  const noReport = byKind("no_report");
  const notGiven = byKind("not_given");
  if (!gaps.length && !noReport.length && !notGiven.length) return null;
  const p = document.createElement("p");
  p.className = "fz-note fz-gaps";
  p.setAttribute("data-role", "year-gaps");
  const parts: string[] = [];
  if (gaps.length) parts.push(`${gapNote(gaps)}（没有收集到任何地区该年度的报告，图中留空）`);
  if (noReport.length) parts.push(`${NO_REPORT}：${noReport.join("、")}`);
  if (notGiven.length) parts.push(`${NOT_GIVEN}：${notGiven.join("、")}`);
  p.textContent = parts.join("。") + "。不画点，线在此断开。";
  if (gaps.length) p.setAttribute("data-gaps", gaps.join(","));
  return p;
}
