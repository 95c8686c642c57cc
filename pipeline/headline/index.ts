// Stage 7: the one value per (document, indicator) the dashboard shows. Preference: the whole-jurisdiction
// full-year stated value; else a derived one; else the latest partial-period value (stated, else derived from that
// window's counts), which stays marked partial; else the government body's own full-year value, flagged.
import type { Observed } from "../derive/index.ts";
import { parseChineseNumeral } from "../extract/numbers.ts";
import { FIRST_INSTANCE_FLAG, staged } from "../extract/index.ts";

export interface Headlined extends Observed {
  is_headline: boolean;
}

const MONTHS: [RegExp, number][] = [
  [/前三季度|三季度|第三季度|3季度/, 9],
  [/上半年|二季度|第二季度|2季度/, 6],
  [/一季度|第一季度|1季度/, 3],
  [/下半年|四季度|第四季度|4季度/, 12],
];

// "6月至12月", "1—9月"
const MONTH_SPAN = /(\d{1,2})\s*月?\s*[-—~至到]\s*(\d{1,2})月/;

/** "一至十一月" → "1至11月" (quarters, 一季度, are left alone). */
function arabicMonths(note: string): string {
  return note.replace(/(十[一二]?|[一二三四五六七八九十])(?=\s*(月|[-—~至到]\s*(十[一二]?|[一二三四五六七八九十])\s*月))/g, (m) => String(parseChineseNumeral(m)));
}

/** The month a partial period ends in ("6月至12月" → 12), for choosing the latest partial value. */
export function periodEndMonth(note: string | null): number {
  if (!note) return 0;
  note = arabicMonths(note);
  const span = note.match(MONTH_SPAN);
  if (span) return Number(span[2]);
  const month = note.match(/(\d{1,2})月/);
  if (month) return Number(month[1]);
  for (const [re, m] of MONTHS) if (re.test(note)) return m;
  return 0;
}

/** A headline that stands for the region but counts only the government body's own cases. */
export const GOVERNMENT_ONLY = "government_level_only";

/** The month a partial period starts in: a quarter or a span after January starts late ("7—9月" → 7), else 1. */
function periodStartMonth(note: string | null): number {
  if (!note) return 1;
  note = arabicMonths(note);
  const span = note.match(MONTH_SPAN);
  if (span) return Number(span[1]);
  if (/下半年/.test(note)) return 7;
  const quarter = note.match(/(?<!前)(?:第)?([二三四234])季度/)?.[1];
  if (!quarter) return 1;
  const n = "一二三四".indexOf(quarter);
  return 3 * (n >= 0 ? n : Number(quarter) - 1) + 1;
}

// the latest window, and of those ending in the same month the longest ("1—9月" over "7—9月")
function latestPartial(list: Headlined[]): Headlined | undefined {
  const later = (o: Headlined, best: Headlined) => {
    const d = periodEndMonth(o.period_note) - periodEndMonth(best.period_note);
    return d > 0 || (d === 0 && periodStartMonth(o.period_note) <= periodStartMonth(best.period_note));
  };
  return list.filter((o) => o.period === "partial").reduce<Headlined | undefined>((best, o) => (!best || later(o, best) ? o : best), undefined);
}

export function headline(obs: Observed[]): Headlined[] {
  const out: Headlined[] = obs.map((o) => staged(o, o.is_derived));
  const byIndicator = new Map<string, Headlined[]>();
  for (const o of out) {
    const list = byIndicator.get(o.indicator_id);
    if (list) list.push(o);
    else byIndicator.set(o.indicator_id, [o]);
  }
  const regionRecon = out.some((o) => o.indicator_id.startsWith("recon_") && o.scope === "jurisdiction" && !o.is_derived && o.indicator_id !== "recon_as_respondent");
  for (const list of byIndicator.values()) {
    const whole = list.filter((o) => o.scope === "jurisdiction");
    const stated = whole.filter((o) => !o.is_derived && o.period === "full_year");
    // a court's report gives all instances and then the first instance: lawsuit counts mean the first instance
    // (and an exact value over a rounded one: "败诉率约32%" … "败诉率为32.49%")
    // ("一审行政诉讼案件不到40件" beside the table's 37: the exact count first)
    const exact = stated.filter((o) => o.qualifier === "exact");
    let pick: Headlined | undefined = exact.find((o) => o.flags.includes(FIRST_INSTANCE_FLAG)) ?? exact[0] ?? stated.find((o) => o.flags.includes(FIRST_INSTANCE_FLAG)) ?? stated[0];
    // Two different whole-year values in the same unit for one indicator: say so rather than pick silently.
    if (pick && new Set(stated.filter((o) => o.unit === pick!.unit).map((o) => o.value)).size > 1) pick.flags.push("conflicting_statements");
    pick ??= whole.find((o) => o.is_derived && o.period === "full_year");
    pick ??= latestPartial(whole.filter((o) => !o.is_derived)) ?? latestPartial(whole.filter((o) => o.is_derived));
    // No whole-region reconsideration figure at all: since the 2023 law the government is its region's only
    // reconsideration body, so its own docket ("市政府共收到…") is the closest honest value — shown with a flag.
    // Not for other areas: "市政府无败诉" says nothing of the region's lawsuits.
    // (only where the document speaks of no whole-region reconsideration at all: where it gives the region's counts
    // and then "市政府本级…维持142件", the government's outcomes are not the region's)
    if (!pick && list[0].indicator_id.startsWith("recon_") && !regionRecon) {
      const gov = list.filter((o) => o.scope === "government_level" && o.period === "full_year");
      pick = gov.find((o) => !o.is_derived) ?? gov.find((o) => o.is_derived);
      if (pick) pick.flags.push(GOVERNMENT_ONLY);
    }
    if (pick) pick.is_headline = true;
  }
  return out;
}
