// 对比: two to six places side by side, one ranked bar chart per chosen indicator, for one year or each place's latest.
// Shared by the 对比 page (compare.md) and its embeddable view (embed.html?chart=compare&j=…&i=…&y=…): the values,
// what is shown for each place, the notes above the charts and the charts themselves are built here once.
import { rankedBars } from "./bars.js";
import { docHref, docOf, fetchSlice, indexValues, key, rowsOf, type HeadlineValue, type RankRow } from "./data.js";
import { h, mixedLevelNote, sourceLine, type Source } from "./dom.js";
import { missingKind, NO_REPORT, sourceLabel, type MissingKind } from "./format.js";

/** At most this many places are compared. */
export const COMPARE_MAX = 6;
/** How many indicators the default view shows (the first verified ones). */
export const COMPARE_DEFAULT_COUNT = 8;

export type YearChoice = "latest" | number;

/** A place as 对比 needs it: jurisdictions.json or jurisdiction-names.json (both carry the years it has reports of). */
export interface ComparePlace {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  years?: number[] | null;
}

export interface CompareIndicator {
  indicator_id: string;
  name_zh: string;
  unit: string;
  tracked?: boolean | null;
}

/** A value with its document's title and year, for the 来源 lines. */
export type CompareValue = HeadlineValue & { doc_title: string | null; doc_year: number | null };

/** The year options: 各地最新 first, then the years newest first. */
export function compareYears(years: number[]): YearChoice[] {
  return ["latest", ...[...years].sort((a, b) => b - a)];
}

/** 各地最新 or 2023年. */
export function whenLabel(year: YearChoice): string {
  return year === "latest" ? "各地最新" : `${year}年`;
}

/** The default indicators: the first verified (tracked) ones of those offered. */
export function compareDefaults<I extends CompareIndicator>(indicators: I[]): I[] {
  return indicators.filter((i) => i.tracked !== false).slice(0, COMPARE_DEFAULT_COUNT);
}

/** Why nothing can be compared (fewer than 2 or more than 6 places, no indicator), or null when it can. */
export function compareProblem(places: number, indicators: number): string | null {
  if (places < 2) return "请至少选择 2 个地区。";
  if (places > COMPARE_MAX) return `最多比较 ${COMPARE_MAX} 个地区（当前 ${places} 个）。`;
  if (indicators < 1) return "请至少选择 1 个指标。";
  return null;
}

/**
 * The chosen places' values, from their region files (src/lib/slices.ts: a few KB each), each with its document's
 * title and year; indexed by place, year and indicator.
 */
export async function compareValues(places: ComparePlace[]): Promise<Map<string, CompareValue>> {
  const values = await Promise.all(places.slice(0, COMPARE_MAX).map(async (j) => {
    const file = await fetchSlice(`region/${j.code}`);
    const docs = new Map<string, { title?: string | null; report_year?: number | null }>((file?.documents ?? []).map((d: { doc_id: string }) => [d.doc_id, d]));
    return rowsOf<HeadlineValue>(file?.values, { code: j.code }).map((v) => {
      const doc_id = docOf(v.obs_id);
      return { ...v, doc_id, doc_title: docs.get(doc_id)?.title ?? null, doc_year: docs.get(doc_id)?.report_year ?? null };
    });
  }));
  return indexValues(values.flat()) as Map<string, CompareValue>;
}

export interface CompareView {
  /** the value shown for a place and indicator: the chosen year's, or (各地最新) the latest year that has one */
  valueFor(code: string, id: string): CompareValue | null;
  /** why a place's value is missing: no report of that year (in 各地最新: none at all) → 无该年报告; else 报告未提及 */
  missingFor(code: string): MissingKind;
  /** with a fixed year, the places without a report of that year (one sentence, not in the charts) */
  withoutReport: ComparePlace[];
  /** the places drawn */
  drawn: ComparePlace[];
}

export function compareView(places: ComparePlace[], byKey: Map<string, CompareValue>, year: YearChoice): CompareView {
  const byCode = new Map(places.map((j) => [j.code, j]));
  const valueFor = (code: string, id: string) => {
    if (year !== "latest") return byKey.get(key(code, year, id)) ?? null;
    const ys = [...(byCode.get(code)?.years ?? [])].sort((a, b) => b - a);
    for (const y of ys) {
      const v = byKey.get(key(code, y, id));
      if (v) return v;
    }
    return null;
  };
  const missingFor = (code: string): MissingKind => {
    const years = byCode.get(code)?.years ?? [];
    if (year !== "latest") return missingKind(years, year);
    return years.length ? "not_given" : "no_report";
  };
  const withoutReport = year !== "latest" ? places.filter((j) => missingFor(j.code) === "no_report") : [];
  return { valueFor, missingFor, withoutReport, drawn: places.filter((j) => !withoutReport.includes(j)) };
}

/** The notes above the charts: levels that mix, places without a report of the year, and (各地最新) the years shown. */
export function compareNotes(places: ComparePlace[], indicators: CompareIndicator[], view: CompareView, year: YearChoice): HTMLElement[] {
  const notes: HTMLElement[] = [];
  const mixed = mixedLevelNote(places.map((j) => j.level));
  if (mixed) notes.push(mixed);
  if (view.withoutReport.length) notes.push(h("p", { class: "fz-missing fz-no-report", "data-role": "no-report" },
    `${view.withoutReport.map((j) => j.name).join("、")}没有${year}年的报告（${NO_REPORT}），不在下面的图中。`));
  if (year === "latest") {
    const shownYears = [...new Set(places.flatMap((j) => indicators.map((i) => view.valueFor(j.code, i.indicator_id)?.year)).filter((y) => y != null))].sort();
    notes.push(h("p", { class: shownYears.length > 1 ? "fz-flag fz-mixed-level" : "fz-note", role: "note", "data-role": "mixed-years" },
      shownYears.length > 1
        ? `注意：“各地最新”取每个地区有数值的最近一年，下列数值来自不同年份（${shownYears.map((y) => `${y}年`).join("、")}），每个数值后注明年份，不同年份的数值不宜直接比较。`
        : `“各地最新”取每个地区有数值的最近一年${shownYears.length ? `（均为${shownYears[0]}年）` : ""}，每个数值后注明年份。`));
  }
  return notes;
}

/** One chart's rows: the places drawn, each with its value or the kind of its missing value. */
export function compareRows(view: CompareView, id: string): (RankRow & { v: CompareValue | null })[] {
  return view.drawn.map((j) => {
    const v = view.valueFor(j.code, id);
    return { code: j.code, name: j.name, level: j.level, province_name: j.province_name, v, missing: v ? undefined : view.missingFor(j.code) };
  });
}

/** The reports one chart's values come from, as its 来源 line names them. */
export function compareSources(rows: (RankRow & { v: CompareValue | null })[]): Source[] {
  return rows.filter((r) => r.v).map((r) => ({ doc_id: r.v!.doc_id, label: sourceLabel({ title: r.v!.doc_title, jurisdiction_name: r.name, report_year: r.v!.doc_year ?? r.v!.year }) }));
}

/** A chart's width: two charts a row from 640 px, one below. */
export function compareChartWidth(width: number): number {
  return width < 640 ? Math.max(280, width - 40) : Math.max(280, width / 2 - 40);
}

/**
 * One indicator's card: its heading, its ranked bars (a sentence when it has no value; 各地最新: every value with its
 * year) and, unless `sources` is false, its 来源 line.
 */
export function compareCard(i: CompareIndicator, rows: (RankRow & { v: CompareValue | null })[], { width, year, sources = true }: { width: number; year: YearChoice; sources?: boolean }): { card: HTMLElement; chart: HTMLElement; sources: HTMLElement | null } {
  const chart = h("div", { class: "fz-chart" }, rankedBars(rows, { width: compareChartWidth(width), unit: i.unit, showYear: year === "latest", what: i.name_zh, year: year === "latest" ? null : year }));
  const line = sources ? sourceLine(compareSources(rows), { href: (id) => docHref(id) }) : null;
  const card = h("div", { class: "card", "data-indicator": i.indicator_id }, h("h3", null, `${i.name_zh}（${i.unit}）`), chart, line);
  return { card, chart, sources: line };
}

/** The sentence in place of the charts when none of the places has a report of the chosen year. */
export function compareEmptyText(year: YearChoice): string {
  return `所选地区都没有${year}年的报告（${NO_REPORT}），没有可画的图。`;
}
