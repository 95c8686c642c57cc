// The ranked bar chart (指标, 地区, 对比), drawn as plain SVG: it is the main chart of two pages, and without Observable
// Plot it needs neither Plot nor d3 to be loaded and evaluated first (≈400 KB of script; the other charts in
// charts.ts still use Plot). It draws what Plot drew before — the same layout, scales and classes — and marks values
// the same way as every chart (charts.ts):
//   exact → solid bar; qualified (≈ ≥ > ≤ <) → light, dashed outline; partial period → hollow outline + （部分时段）;
//   derived → （推算）; flagged → ⚠ in orange; missing → a grey "无数据" label, never a zero-length bar.
import { chartLabel, emptyChartSentence, flagLabel, formatNumber, missingLabel, MISSING_HELP, placeLabels, warnFlags } from "./format.js";
import type { HeadlineValue, RankRow } from "./data.js";

export const EXACT = "#3b6fb6";
export const PARTIAL = "#6d28d9";
export const WARN = "#c2410c";
export const MISSING = "#9ca3af";

type Style = "exact" | "qualified" | "partial";
/** How a bar is drawn: partial period wins over qualifier (hollow), then qualifier (light, dashed), else solid. */
export function barStyle(v: HeadlineValue): Style {
  if (v.period === "partial") return "partial";
  if (v.qualifier && v.qualifier !== "exact") return "qualified";
  return "exact";
}

/** A value's tooltip: name, labelled value, warning flags and the start of the evidence; 无数据 when missing. */
export function tip(r: { name: string; v: HeadlineValue | null; missing?: RankRow["missing"] }, unitYear = ""): string {
  if (!r.v) return `${r.name}${unitYear}：${missingLabel(r.missing)}${r.missing ? `（${MISSING_HELP[r.missing]}）` : ""}`;
  const lines = [`${r.name}${unitYear}：${chartLabel(r.v)}`];
  for (const f of warnFlags(r.v.flags)) lines.push(`⚠ ${flagLabel(f)}`);
  if (r.v.evidence) lines.push(`原文：${r.v.evidence.length > 80 ? r.v.evidence.slice(0, 80) + "…" : r.v.evidence}`);
  return lines.join("\n");
}

/** Lines added to the bars' tooltips under an element (barTips), kept for a redraw of the chart inside it. */
const extraTips = new WeakMap<Element, (code: string) => string[]>();
/** A bar's own tooltip, before any lines were added. */
const ownTip = new WeakMap<Element, string>();

/**
 * Add lines to the tooltip of every bar drawn under `root` (rect[data-code]), after its value line: the 指标 page's
 * change since the previous report year and rank movement, known only once the chart is drawn. Again on the same
 * bars, the lines replace the earlier ones; a chart redrawn inside `root` (画出全部) gets them too.
 */
export function barTips(root: Element, lines: (code: string) => string[]): void {
  extraTips.set(root, lines);
  root.setAttribute("data-bar-tips", "");
  applyTips(root, lines);
}

function applyTips(root: Element, lines: (code: string) => string[]): void {
  for (const rect of root.querySelectorAll(".fz-bar rect[data-code]")) {
    const t = rect.querySelector("title");
    if (!t) continue;
    if (!ownTip.has(t)) ownTip.set(t, t.textContent ?? "");
    const [first, ...rest] = ownTip.get(t)!.split("\n");
    t.textContent = [first, ...lines(rect.getAttribute("data-code")!), ...rest].join("\n");
  }
}

/** Rough rendered width of a label at 12px: CJK and full-width characters ≈ 12px, others ≈ 7px. */
export function labelWidth(s: string, fontSize = 12): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(w);
}

/** Round tick values between 0 and max, about `count` of them (d3.ticks for a domain starting at 0). */
export function ticks(max: number, count: number): number[] {
  if (!(max > 0) || !(count > 0)) return [0];
  const step = max / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  const out: number[] = [];
  if (power < 0) {
    const inc = 10 ** -power / factor; // ticks are i / inc, computed by division to stay exact
    for (let i = 0, n = Math.floor(max * inc); i <= n; i++) out.push(i / inc);
  } else {
    const inc = factor * 10 ** power;
    for (let i = 0, n = Math.floor(max / inc); i <= n; i++) out.push(i * inc);
  }
  return out;
}

const SVG = "http://www.w3.org/2000/svg";
/** An SVG element with its attributes (null ones left out) and children; the bar and small-multiple charts share it. */
export function el(tag: string, attrs: Record<string, string | number | null | undefined>, ...children: (Node | string)[]): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}
export const title = (s: string) => el("title", {}, s);

/** How many rows of each kind of missing. */
export function missingCounts(rows: RankRow[]): { no_report: number; not_given: number } {
  const c = { no_report: 0, not_given: 0 };
  for (const r of rows) if (!r.v) c[r.missing ?? "not_given"]++;
  return c;
}

/** "2 个无该年报告、3 个报告未提及" (only the kinds present; "0 个无数值" when none). */
export function missingText(rows: RankRow[]): string {
  const c = missingCounts(rows);
  const parts = [c.no_report ? `${c.no_report} 个无该年报告` : "", c.not_given ? `${c.not_given} 个报告未提及` : ""].filter(Boolean);
  return parts.length ? parts.join("、") : "0 个无数值";
}

/**
 * Horizontal bars, one row per jurisdiction (missing ones included, labelled 无数据). Margins follow the longest
 * name and value label, so small charts (对比) are not cramped. With more rows than `limit` (a national ranking
 * has thousands), only the first `limit` valued rows are drawn, plus any row whose name starts with ▶ (the page's
 * own jurisdiction); a note says how many are left out and a button draws them all.
 */
export function rankedBars(
  rows: RankRow[],
  { width = 800, unit = "", title: heading = "", limit = Infinity, showYear = false, what = "此指标", year = null as number | string | null } = {},
): SVGSVGElement | HTMLElement {
  // A chart without a single value is one sentence saying which kind of missing it is, never empty axes.
  if (!rows.some((r) => r.v)) {
    const p = document.createElement("p");
    p.className = "fz-missing fz-empty-chart";
    p.setAttribute("data-role", "empty-chart");
    p.textContent = emptyChartSentence(missingCounts(rows), { what, year });
    return p;
  }
  if (rows.length > limit) {
    const valued = rows.filter((r) => r.v);
    const shown = valued.slice(0, limit);
    for (const r of valued.slice(limit)) if (r.name.startsWith("▶")) shown.push(r);
    const missing = missingText(rows);
    const wrapper = document.createElement("div");
    const note = document.createElement("p");
    note.className = "fz-note";
    note.textContent = `共 ${rows.length} 个地区：${valued.length} 个有数值${valued.length > shown.length ? `，图中画出前 ${shown.length} 个` : ""}；${missing}，不画条形（见下表）。`;
    const chart = rankedBars(shown, { width, unit, title: heading, showYear });
    wrapper.append(chart, note);
    if (valued.length > shown.length) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `画出全部 ${valued.length} 个有数值的地区`;
      button.addEventListener("click", () => {
        chart.replaceWith(rankedBars(valued, { width, unit, title: heading, showYear }));
        button.remove();
        const host = wrapper.closest("[data-bar-tips]");
        const lines = host && extraTips.get(host);
        if (lines) applyTips(host, lines);
        note.textContent = `共 ${rows.length} 个地区：${valued.length} 个有数值；${missing}，不画条形（见下表）。`;
      });
      wrapper.append(button);
    }
    return wrapper;
  }
  width = Math.max(width || 0, 320); // Framework's width can be 0 before layout
  // a name two places share is drawn with the province (通州区（北京市）, 通州区（江苏省）)
  const labels = placeLabels(rows);
  rows = rows.map((r) => (labels.get(r.code) === r.name ? r : { ...r, name: labels.get(r.code)! }));
  const valued = rows.filter((r) => r.v);
  const max = Math.max(0, ...valued.map((r) => r.v!.value));
  const labelX = max === 0 ? 1 : max;
  // the value's label; with showYear (values of different years drawn together) the year of every value
  const valueLabel = (r: RankRow) => chartLabel(r.v!) + (showYear ? ` · ${r.v!.year}年` : "");
  const marginLeft = Math.min(170, Math.max(40, ...rows.map((r) => labelWidth(r.name) + 12)));
  const marginRight = Math.min(200, Math.max(50, ...valued.map((r) => labelWidth(valueLabel(r)) + 10)));
  const marginTop = 20;
  const marginBottom = 40; // room for the tick numbers and, under them, the axis title
  const W = Math.max(width, marginLeft + marginRight + 120);
  const H = Math.max(80, rows.length * 26 + 50);

  // x: linear [0, labelX] → [marginLeft, W − marginRight]; y: a band per row (padding 0.1, rounded, centred)
  const x = (v: number) => marginLeft + (v / labelX) * (W - marginRight - marginLeft);
  const n = rows.length;
  const step = Math.floor((H - marginBottom - marginTop) / Math.max(1, n - 0.1 + 0.2));
  const band = Math.round(step * 0.9);
  const y0 = Math.round(marginTop + (H - marginBottom - marginTop - step * (n - 0.1)) / 2);
  const yOf = (i: number) => y0 + i * step;
  const ts = ticks(labelX, Math.max(2, Math.floor((width - marginLeft - marginRight) / 70)));
  const f = (v: number) => Math.round(v * 100) / 100;

  const svg = el("svg", {
    class: "fz-bars",
    fill: "currentColor",
    "font-size": 10,
    "text-anchor": "middle",
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
  }) as SVGSVGElement;
  // y axis: ticks and names
  svg.append(
    el("g", { "aria-label": "y-axis tick", "aria-hidden": "true", fill: "none", stroke: "currentColor" },
      ...rows.map((_, i) => el("path", { transform: `translate(${marginLeft},${yOf(i) + band / 2})`, d: "M0,0L-6,0" }))),
    el("g", { "aria-label": "y-axis tick label", "text-anchor": "end" },
      ...rows.map((r, i) => el("text", { y: "0.32em", transform: `translate(${marginLeft - 8.5},${yOf(i) + band / 2})` }, r.name))),
  );
  // x axis: grid, ticks, numbers and the label
  svg.append(
    el("g", { "aria-label": "x-grid", "aria-hidden": "true", stroke: "currentColor", "stroke-opacity": 0.1, transform: "translate(0.5,0)" },
      ...ts.map((t) => el("line", { x1: f(x(t)), x2: f(x(t)), y1: marginTop, y2: H - marginBottom }))),
    el("g", { "aria-label": "x-axis tick", "aria-hidden": "true", fill: "none", stroke: "currentColor", transform: "translate(0.5,0)" },
      ...ts.map((t) => el("path", { transform: `translate(${f(x(t))},${H - marginBottom})`, d: "M0,0L0,6" }))),
    el("g", { "aria-label": "x-axis tick label", "font-variant": "tabular-nums", transform: "translate(0.5,9.5)" },
      ...ts.map((t) => el("text", { y: "0.71em", transform: `translate(${f(x(t))},${H - marginBottom})` }, formatNumber(t)))),
    el("g", { "aria-label": "x-axis label", "text-anchor": "end" },
      el("text", { transform: `translate(${W - 2.5},${H - 2.5})` }, `${unit ? `数值（${unit}）` : "数值"} →`)),
  );
  // One group per bar style, as the CSS and tests expect (.fz-bar rect, .fz-bar-qualified …).
  const index = new Map(rows.map((r, i) => [r, i]));
  const bars = (style: Style, attrs: Record<string, string | number>) =>
    el("g", { "aria-label": "bar", class: `fz-bar fz-bar-${style}`, ...attrs },
      ...valued.filter((r) => barStyle(r.v!) === style).map((r) => {
        const a = x(0);
        const b = x(r.v!.value);
        return el("rect", { x: f(Math.min(a, b)), width: f(Math.abs(b - a)), y: yOf(index.get(r)!), height: band, "data-code": r.code }, title(tip(r)));
      }));
  svg.append(
    bars("exact", { fill: EXACT }),
    bars("qualified", { fill: EXACT, "fill-opacity": 0.35, stroke: EXACT, "stroke-width": 1.5, "stroke-dasharray": "3,2" }),
    bars("partial", { fill: "white", stroke: PARTIAL, "stroke-width": 1.5 }),
  );
  // value labels (orange when a flag casts doubt) and the missing rows' 无数据
  svg.append(
    el("g", { "aria-label": "text", class: "fz-bar-label", "text-anchor": "start", transform: "translate(4.5,0)" },
      ...valued.map((r) => el("text", {
        y: "0.32em",
        transform: `translate(${f(x(r.v!.value))},${yOf(index.get(r)!) + band / 2})`,
        fill: warnFlags(r.v!.flags).length ? WARN : "#1f2937",
        "data-year": r.v!.year,
      }, valueLabel(r)))),
    el("g", { "aria-label": "text", class: "fz-missing-label", fill: MISSING, "font-style": "italic", "text-anchor": "start", transform: "translate(4.5,0)" },
      ...rows.filter((r) => !r.v).map((r) => el("text", {
        y: "0.32em",
        transform: `translate(${f(x(0))},${yOf(index.get(r)!) + band / 2})`,
        "data-missing": r.missing ?? "unknown",
        // 无该年报告 lighter than 报告未提及: nothing was collected, against a report that is silent
        "fill-opacity": r.missing === "no_report" ? 0.75 : null,
      }, title(tip(r)), missingLabel(r.missing)))),
    el("g", { "aria-label": "rule", stroke: "currentColor", transform: "translate(0.5,0)" },
      el("line", { x1: f(x(0)), x2: f(x(0)), y1: marginTop, y2: H - marginBottom })),
  );
  if (!heading) return svg;
  const figure = document.createElement("figure");
  const h2 = document.createElement("h2");
  h2.textContent = heading;
  figure.append(h2, svg);
  return figure;
}
