// A small chart of one indicator over the years for one place, with the median of its peers — the places of the same
// level in its province, and in the country — drawn behind it (the region page's small multiples, and its embeddable
// view). Plain SVG, no Plot: thirty of them are drawn on one page.
//
//   the place      solid line, dots; a value that is not a whole-year exact figure is a hollow dot (its label says
//                  why); a year without a value breaks the line
//   province       orange dashed line, diamonds: the median of the same level in the province
//   country        grey dotted line, squares: the median of the same level in the country
// Every dot has a tooltip (<title>) with its year, value and, for a median, how many places it is over.
import { barStyle, el, labelWidth, title } from "./bars.js";
import { chartLabel, formatNumber, MISSING_ZH, warnFlags, type MissingKind } from "./format.js";
import type { HeadlineValue } from "./data.js";

export const PLACE_COLOR = "#3b6fb6";
export const PROVINCE_COLOR = "#d97706";
export const COUNTRY_COLOR = "#6b7280";

export interface TrendPoint {
  year: number;
  v: HeadlineValue | null;
  missing?: MissingKind;
}

export interface MedianPoint {
  year: number;
  median: number | null;
  n: number;
  excluded?: number;
}

export interface TrendOptions {
  width?: number;
  height?: number;
  unit?: string;
  /** "湖南省县级地区中位数", "全国县级地区中位数": the medians' names in tooltips */
  provinceLabel?: string;
  countryLabel?: string;
  /** the place's name in tooltips */
  name?: string;
  /** larger type and labels on every value (the embeddable view) */
  large?: boolean;
}

const f = (x: number) => Math.round(x * 10) / 10;

/** Path segments through consecutive defined points: a missing year breaks the line. */
export function segments(points: { x: number; y: number | null }[]): string {
  let d = "";
  let open = false;
  for (const p of points) {
    if (p.y == null || !Number.isFinite(p.y)) {
      open = false;
      continue;
    }
    d += `${open ? "L" : "M"}${f(p.x)},${f(p.y)}`;
    open = true;
  }
  return d;
}

export function trendChart(years: number[], place: TrendPoint[], province: MedianPoint[], country: MedianPoint[], opts: TrendOptions = {}): SVGSVGElement {
  const large = !!opts.large;
  const W = Math.max(200, opts.width ?? 280);
  const H = opts.height ?? (large ? 300 : 130);
  const font = large ? 12 : 10;
  const unit = opts.unit ?? "";
  const values = [
    ...place.filter((p) => p.v).map((p) => p.v!.value),
    ...province.map((m) => m.median).filter((x): x is number => x != null),
    ...country.map((m) => m.median).filter((x): x is number => x != null),
  ];
  const max = Math.max(0, ...values);
  const top = max > 0 ? max * 1.15 : 1;
  const maxLabel = formatNumber(Math.round(max * 100) / 100) + unit;
  const ml = Math.max(large ? 40 : 30, labelWidth(maxLabel, font) + 6);
  const mr = large ? 16 : 10;
  const mt = large ? 18 : 14;
  const mb = large ? 24 : 18;
  const span = Math.max(1, years.length - 1);
  const x = (year: number) => ml + (years.length === 1 ? (W - ml - mr) / 2 : ((year - years[0]!) / span) * (W - ml - mr));
  const y = (v: number) => mt + (1 - v / top) * (H - mt - mb);
  const svg = el("svg", { class: "fz-spark", width: W, height: H, viewBox: `0 0 ${W} ${H}`, "font-size": font, fill: "currentColor", role: "img" }) as SVGSVGElement;
  // axes: the zero line and the largest value, the first and last years (every year when few)
  svg.append(
    el("line", { x1: ml, x2: W - mr, y1: y(0), y2: y(0), stroke: "currentColor", "stroke-opacity": 0.3 }),
    el("line", { x1: ml, x2: W - mr, y1: y(max), y2: y(max), stroke: "currentColor", "stroke-opacity": 0.1 }),
    el("text", { x: ml - 4, y: y(0), "text-anchor": "end", dy: "0.32em", "fill-opacity": 0.7 }, "0"),
    max > 0 ? el("text", { x: ml - 4, y: y(max), "text-anchor": "end", dy: "0.32em", "fill-opacity": 0.7 }, maxLabel) : "",
  );
  const tickYears = years.length <= (large ? 12 : 6) ? years : [years[0]!, years.at(-1)!];
  svg.append(el("g", { "aria-label": "x-axis tick label", "text-anchor": "middle", "fill-opacity": 0.8 },
    ...tickYears.map((yr) => el("text", { x: f(x(yr)), y: H - (large ? 6 : 4) }, large ? `${yr}年` : String(yr)))));
  // the medians behind the place's line
  const medianLine = (ms: MedianPoint[], color: string, dash: string, cls: string, label: string, mark: (cx: number, cy: number) => SVGElement) => {
    const byYear = new Map(ms.map((m) => [m.year, m]));
    const pts = years.map((yr) => ({ x: x(yr), y: byYear.get(yr)?.median != null ? y(byYear.get(yr)!.median!) : null }));
    const g = el("g", { class: cls, "data-role": cls });
    g.append(el("path", { d: segments(pts), fill: "none", stroke: color, "stroke-width": 1.5, "stroke-dasharray": dash }));
    for (const m of ms) {
      if (m.median == null || !years.includes(m.year)) continue;
      const dot = mark(x(m.year), y(m.median));
      dot.append(title(`${m.year}年 ${label}：${formatNumber(Math.round(m.median * 100) / 100)}${unit}（n=${m.n}${m.excluded ? `，另 ${m.excluded} 个数值不计入` : ""}）`));
      g.append(dot);
    }
    return g;
  };
  const s = large ? 4 : 3;
  svg.append(
    medianLine(country, COUNTRY_COLOR, "1,3", "fz-spark-country", opts.countryLabel ?? "全国同级中位数", (cx, cy) => el("rect", { x: f(cx - s), y: f(cy - s), width: 2 * s, height: 2 * s, fill: COUNTRY_COLOR })),
    medianLine(province, PROVINCE_COLOR, "5,3", "fz-spark-province", opts.provinceLabel ?? "省内同级中位数", (cx, cy) => el("path", { d: `M${f(cx)},${f(cy - s - 1)}L${f(cx + s + 1)},${f(cy)}L${f(cx)},${f(cy + s + 1)}L${f(cx - s - 1)},${f(cy)}Z`, fill: PROVINCE_COLOR })),
  );
  // the place
  const byYear = new Map(place.map((p) => [p.year, p]));
  const pts = years.map((yr) => ({ x: x(yr), y: byYear.get(yr)?.v ? y(byYear.get(yr)!.v!.value) : null }));
  const g = el("g", { class: "fz-spark-place", "data-role": "place" });
  g.append(el("path", { d: segments(pts), fill: "none", stroke: PLACE_COLOR, "stroke-width": 2 }));
  const valued = place.filter((p) => p.v && years.includes(p.year));
  const last = valued.at(-1);
  for (const p of valued) {
    const v = p.v!;
    const plain = barStyle(v) === "exact";
    const cx = x(p.year);
    const cy = y(v.value);
    g.append(el("circle", { cx: f(cx), cy: f(cy), r: large ? 4.5 : 3.5, fill: plain ? PLACE_COLOR : "white", stroke: PLACE_COLOR, "stroke-width": 1.5, "data-year": p.year },
      title(`${opts.name ? `${opts.name} ` : ""}${p.year}年：${chartLabel(v)}`)));
    if (large || p === last) {
      const label = chartLabel(v);
      const anchor = cx + labelWidth(label, font) / 2 > W ? "end" : cx - labelWidth(label, font) / 2 < 0 ? "start" : "middle";
      g.append(el("text", { x: f(cx), y: f(cy - 7), "text-anchor": anchor, fill: warnFlags(v.flags).length ? "#c2410c" : "#1f2937", class: "fz-spark-label" }, label));
    }
  }
  // years without a value of the place, named in the tooltip of a faint mark on the axis
  for (const p of place) {
    if (p.v || !years.includes(p.year)) continue;
    g.append(el("text", { x: f(x(p.year)), y: f(y(0) - 3), "text-anchor": "middle", "fill-opacity": 0.45, "data-missing": p.missing ?? "unknown" },
      title(`${opts.name ? `${opts.name} ` : ""}${p.year}年：${p.missing ? MISSING_ZH[p.missing] : "无数据"}`), "·"));
  }
  svg.append(g);
  return svg;
}
