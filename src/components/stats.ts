// Comparisons the site draws between values: a place's change since its previous report year and its rank movement
// (指标), and the median of a group of peers (地区, the tile map of 指标). Pure functions, in the browser and in Node
// (src/lib/slices.ts computes the region pages' medians with them), unit-tested in test/site/stats.test.ts.
//
// The rule everywhere: two values are compared as plain numbers only when both are whole-year figures (全年), exact
// (确数: not 余/多/约, not 以上/不少于/超过/以下), of the same scope and unit. Anything else is said, with the reason —
// never subtracted silently. A median is taken over such values only, and says how many places it is over (n) and
// how many values were left out.
import { formatNumber, PERIOD_ZH, QUALIFIER_PREFIX, SCOPE_ZH } from "./format.js";

/** What these helpers read of a value (components/data.ts HeadlineValue has all of it). */
export interface StatValue {
  code?: string;
  year?: number | string | null;
  value: number;
  unit?: string | null;
  qualifier?: string | null;
  period?: string | null;
  period_note?: string | null;
  scope?: string | null;
  is_derived?: boolean | null;
}

const QUALIFIER_WORD: Record<string, string> = {
  approx: "约数（余、多、约）",
  at_least: "下限（以上、不少于）",
  more_than: "下限（超过）",
  at_most: "上限（以下、不超过）",
  less_than: "上限（不足、低于）",
};

/** A whole-year, exact figure: the only kind compared as a plain number and counted in a median. */
export function isPlain(v: StatValue | null | undefined): boolean {
  return !!v && Number.isFinite(v.value) && (v.period ?? "full_year") === "full_year" && (v.qualifier ?? "exact") === "exact";
}

/** Why a value is not a plain number ("" when it is): 2023年为部分时段（截至11月底） … */
export function notPlainReason(v: StatValue, year: number | string | null | undefined = v.year): string {
  const y = year != null && year !== "" ? `${year}年` : "";
  const period = v.period ?? "full_year";
  if (period !== "full_year") {
    const what = period === "partial" ? `部分时段${v.period_note ? `（${v.period_note}）` : ""}的数字，不是全年数` : period === "cumulative" ? "跨年份的累计数，不是当年数" : `${PERIOD_ZH[period] ?? period}`;
    return `${y}为${what}`;
  }
  const q = v.qualifier ?? "exact";
  if (q !== "exact") return `${y}为${QUALIFIER_WORD[q] ?? q}“${QUALIFIER_PREFIX[q] ?? ""}${formatNumber(v.value)}${v.unit ?? ""}”，不是确数`;
  return "";
}

/** The range a qualified value stands for ([lo, hi]); null for an approximate one (余/多/约: no bound is stated). */
export function bounds(v: StatValue): [number, number] | null {
  switch (v.qualifier ?? "exact") {
    case "exact":
      return [v.value, v.value];
    case "at_least":
    case "more_than":
      return [v.value, Infinity];
    case "at_most":
    case "less_than":
      return [-Infinity, v.value];
    default:
      return null;
  }
}

export type Direction = "up" | "down" | "same";

export type Change =
  | { kind: "first"; text: string }
  | { kind: "change"; from: number; to: number; fromYear: number; toYear: number; diff: number; pct: number | null; dir: Direction; points: boolean; text: string; detail: string }
  | { kind: "not_comparable"; fromYear: number; toYear: number; reason: string; dir: Direction | null; text: string; detail: string };

const ARROW: Record<Direction, string> = { up: "↑", down: "↓", same: "→" };
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const signed = (x: number, unit: string) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${formatNumber(Math.abs(round(x)))}${unit}`;
const shown = (v: StatValue) => `${QUALIFIER_PREFIX[v.qualifier ?? "exact"] ?? ""}${formatNumber(v.value)}${v.unit ?? ""}${v.period === "partial" ? "（部分时段）" : v.period === "cumulative" ? "（累计）" : ""}`;

/**
 * The change of a place's value since its previous value (`prev`, of an earlier year; null when there is none).
 * Plain numbers on both sides: the difference (percentage points for a rate), the relative change for counts and
 * amounts, and the direction. Otherwise no number: the reason, and the direction only when the stated bounds settle
 * it (2022年 ≤10件 → 2023年 15件 is a rise whatever the first value was).
 */
export function changeSince(cur: StatValue & { year: number | string }, prev: (StatValue & { year: number | string }) | null | undefined): Change {
  if (!prev) return { kind: "first", text: "无更早年度的数值" };
  const toYear = Number(cur.year);
  const fromYear = Number(prev.year);
  const unit = cur.unit ?? "";
  const detail = `${fromYear}年 ${shown(prev)} → ${toYear}年 ${shown(cur)}`;
  const reasons: string[] = [];
  if ((prev.unit ?? "") !== unit) reasons.push(`单位不同（${prev.unit || "无"}、${unit || "无"}）`);
  const ps = prev.scope ?? "jurisdiction";
  const cs = cur.scope ?? "jurisdiction";
  if (ps !== cs) reasons.push(`范围不同（${fromYear}年为${SCOPE_ZH[ps] ?? ps}，${toYear}年为${SCOPE_ZH[cs] ?? cs}）`);
  if (!isPlain(prev)) reasons.push(notPlainReason(prev, fromYear));
  if (!isPlain(cur)) reasons.push(notPlainReason(cur, toYear));
  if (reasons.length) {
    // a direction only from plain bounds of whole-year values of one scope and unit
    let dir: Direction | null = null;
    const samePeriod = (prev.period ?? "full_year") === "full_year" && (cur.period ?? "full_year") === "full_year";
    const a = bounds(prev);
    const b = bounds(cur);
    if (samePeriod && ps === cs && (prev.unit ?? "") === unit && a && b) {
      if (b[0] > a[1]) dir = "up";
      else if (b[1] < a[0]) dir = "down";
    }
    const reason = reasons.join("；");
    const text = dir
      ? `较${fromYear}年${dir === "up" ? "上升" : "下降"}（${ARROW[dir]}），幅度无法计算：${reason}`
      : `不作数值比较：${reason}`;
    return { kind: "not_comparable", fromYear, toYear, reason, dir, text, detail };
  }
  const diff = cur.value - prev.value;
  const points = unit === "%";
  const pct = !points && prev.value !== 0 ? (diff / Math.abs(prev.value)) * 100 : null;
  const dir: Direction = Math.abs(diff) < 1e-9 ? "same" : diff > 0 ? "up" : "down";
  const amount = points ? signed(diff, "个百分点") : signed(diff, unit);
  const text = dir === "same" ? `较${fromYear}年持平（${ARROW.same}）` : `较${fromYear}年 ${ARROW[dir]} ${amount}${pct != null ? `（${pct > 0 ? "+" : pct < 0 ? "−" : ""}${formatNumber(Math.abs(round(pct, 1)))}%）` : ""}`;
  return { kind: "change", from: prev.value, to: cur.value, fromYear, toYear, diff, pct, dir, points, text, detail };
}

/**
 * A place's previous value: of the latest year before `year` that has one (its values over the years, any order).
 * The years in between, if any, are named by the caller (the change says 较2022年 when 2023 has none).
 */
export function previousOf<V extends { year: number | string }>(values: V[] | undefined, year: number | string): V | null {
  let best: V | null = null;
  for (const v of values ?? []) if (Number(v.year) < Number(year) && (!best || Number(v.year) > Number(best.year))) best = v;
  return best;
}

/** Positions in a ranking: code → [rank (1 = first drawn), how many ranked]. `ranked` is in the chart's order. */
export function ranks(ranked: { code: string }[]): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  ranked.forEach((r, i) => m.set(r.code, [i + 1, ranked.length]));
  return m;
}

export type RankMove =
  | { kind: "none"; text: string }
  | { kind: "move"; rank: number; n: number; prevRank: number; prevN: number; prevYear: number; by: number; text: string; detail: string }
  | { kind: "not_comparable"; rank: number; n: number; prevYear: number; text: string };

/**
 * How a place's position moved between its previous value's year and this one, each ranking over the places shown
 * (the same filter) that have a value that year, in the chart's order. Only when both values are plain numbers: the
 * position of a partial or a 以上 value says little. `by` > 0: moved up (towards 1).
 */
export function rankMove(
  now: [number, number] | undefined,
  before: [number, number] | undefined,
  prevYear: number | null,
  comparable: boolean,
): RankMove {
  if (!now) return { kind: "none", text: "" };
  if (prevYear == null || !before) return { kind: "none", text: `第${now[0]}/${now[1]}` };
  if (!comparable) return { kind: "not_comparable", rank: now[0], n: now[1], prevYear, text: `第${now[0]}/${now[1]}（名次变化不计：数值不可比）` };
  const by = before[0] - now[0];
  const move = by > 0 ? `↑${by}` : by < 0 ? `↓${-by}` : "名次不变";
  return {
    kind: "move",
    rank: now[0],
    n: now[1],
    prevRank: before[0],
    prevN: before[1],
    prevYear,
    by,
    text: `第${now[0]}/${now[1]}（${prevYear}年 第${before[0]}/${before[1]}）${move}`,
    detail: `${prevYear}年在 ${before[1]} 个有数值的地区中排第 ${before[0]}，本年在 ${now[1]} 个中排第 ${now[0]}${before[1] !== now[1] ? "（两年参与排序的地区数不同，名次变化仅供参考）" : ""}`,
  };
}

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(xs: number[]): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface GroupStat {
  /** median of the plain values (whole-year, exact), null when there are none */
  median: number | null;
  /** how many places the median is over */
  n: number;
  /** values of the group left out (partial period, approximate, 以上 …) */
  excluded: number;
}

/**
 * Medians per group: `groupOf` names each value's group (null: in none). A value counts when it is a plain number;
 * the others are counted as excluded.
 */
export function groupMedians<V extends StatValue>(values: Iterable<V>, groupOf: (v: V) => string | null | (string | null)[]): Map<string, GroupStat> {
  const plain = new Map<string, number[]>();
  const excluded = new Map<string, number>();
  for (const v of values) {
    const gs = groupOf(v);
    for (const g of Array.isArray(gs) ? gs : [gs]) {
      if (g == null) continue;
      if (!plain.has(g)) plain.set(g, []);
      if (isPlain(v)) plain.get(g)!.push(v.value);
      else excluded.set(g, (excluded.get(g) ?? 0) + 1);
    }
  }
  const out = new Map<string, GroupStat>();
  for (const [g, xs] of plain) out.set(g, { median: median(xs), n: xs.length, excluded: excluded.get(g) ?? 0 });
  return out;
}

/** "中位数 238件（n=3）" / "无可计入的数值（2 个不计入）": a median as a label says what it is over. */
export function medianLabel(s: GroupStat | null | undefined, unit = ""): string {
  if (!s || s.median == null) return s?.excluded ? `无可计入的数值（${s.excluded} 个不计入）` : "无数值";
  return `${formatNumber(round(s.median))}${unit}（n=${s.n}${s.excluded ? `，另 ${s.excluded} 个不计入` : ""}）`;
}

/** The rule, in one sentence, for notes under charts and tables. */
export const MEDIAN_RULE = "中位数只计全年确数；部分时段、约数（余、多）和“以上”“不少于”等数值不计入，n 为计入的地区数";
export const CHANGE_RULE = "变化只在两年都是全年确数、范围和单位相同时计算；部分时段、约数或“以上”等数值不作数值比较，并注明原因";

/**
 * What a bar's tooltip adds for a place (the 指标 page's table cells, as text): its change since the previous report
 * year and its rank movement. [] when the place has neither.
 */
export function changeTipLines(c: { change: Change; move: RankMove } | null | undefined): string[] {
  if (!c) return [];
  return [`变化：${c.change.text}`, c.move.text ? `名次：${c.move.text}` : ""].filter(Boolean);
}
