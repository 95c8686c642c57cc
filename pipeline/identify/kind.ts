// What kind of document this is, and whether it can be used at all. Every official text that states a place's
// rule-of-law figures is read; the kind says how much its figures weigh when several documents speak of one place
// and year (the comparable table), and a document is quarantined only when nothing in it can be used.
import type { DocKind } from "../schema.ts";

// Read in the title, else the head of the text (the first 400 characters, where the page names itself).
const KINDS: [DocKind, RegExp][] = [
  ["yearbook_entry", /年鉴|^【[^】]{2,12}】\S/m],
  ["report_to_congress", /(人大常委会|人民代表大会常务委员会|人民代表大会)[^。\n]{0,20}(报告|审议)|主任、副主任|各位副主任|向[^。\n]{0,12}人大[^。\n]{0,12}报告/],
  ["enforcement_report", /行政执法(工作)?(年报|年度报告|统计年报|情况报告|数据)|执法(统计)?年报/],
  ["statistics_release", /统计分析|数据统计|统计(报告|数据|公报|情况)|数据发布|白皮书|(行政复议|行政应诉|复议应诉|复议诉讼)[^。\n]{0,12}(分析报告|工作报告|情况报告|情况分析|工作情况)/],
  ["department_report", /(局|委员会|委|办公室|办|中心|院)(党组)?(关于)?[^。\n]{0,16}法治政府建设[^。\n]{0,12}(报告|情况)|现将我局/],
  ["annual_report", /法治政府建设[^。\n]{0,16}(报告|情况)|法治建设[^。\n]{0,10}(年度)?报告|依法行政[^。\n]{0,10}报告/],
  ["news", /日前|近日|记者|讯\s|新闻|发布会|获悉|点击[:：]?|浏览次数.*\n.*(日前|近日)/],
];

/** The document's kind, from its title and the head of its text. */
export function docKind(text: string, title: string | null): DocKind {
  const head = `${title ?? ""}\n${text.slice(0, 400)}`;
  // A department's own report names the department as issuer: "区司法局关于2025年法治政府建设情况的报告".
  for (const [kind, re] of KINDS) {
    if (kind === "department_report" && /人民政府|政府办公室|区委|县委|市委/.test((title ?? head).slice(0, 40)) && !/局|委员会/.test((title ?? "").slice(0, 12))) continue;
    if (re.test(head)) return kind;
  }
  return /报告|总结/.test(head) ? "other" : "news";
}

const HAN = /\p{Script=Han}/gu;
/** characters of text beyond which no report is plausible (the longest provincial reports run to ≈30,000) */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Why the text cannot be used, in Chinese and English, or null. Short texts are fine: a complete county report can
 * be 700 characters. Implausible: far longer than any report, or one block of text repeated over and over.
 */
export function unusable(text: string): string | null {
  const han = text.match(HAN)?.length ?? 0;
  if (han < 40) return `无中文正文 / no Chinese prose (${han} Chinese characters)`;
  if (text.length > MAX_TEXT_CHARS) return `文本过长，不像一份报告 / implausible input: ${text.length} characters (limit ${MAX_TEXT_CHARS})`;
  const rep = repeated(text);
  if (rep) return `同一段文字重复 ${rep} 次 / implausible input: the same text repeated ${rep} times`;
  return null;
}

/** How often the most frequent long line recurs, when the text is mostly that repetition; else 0. */
function repeated(text: string): number {
  if (text.length < 20_000) return 0;
  const counts = new Map<string, number>();
  let lines = 0;
  for (const l of text.split("\n")) {
    if (l.length < 30) continue;
    lines++;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  // a report's long lines are nearly all distinct; a file made of one report pasted N times has each line N times
  const distinct = counts.size;
  return lines >= 50 && distinct * 5 <= lines ? Math.round(lines / distinct) : 0;
}

// The offices whose reports speak for the whole region's reconsideration, mediation and enforcement oversight.
const REGION_OFFICES = /司法局|司法厅|司法行政|依法治|法治办|复议(局|办)|行政复议|人民政府|政府办公室|政府办|党委|县委|市委|区委/;
const DEPARTMENT = /([\p{Script=Han}]{2,16}?(局|委员会|厅|办公室|中心))(党组)?(关于)?[^。\n]{0,16}法治(政府)?建设/u;

/**
 * The department whose own report this is (柳州市市场监督管理局), or null: a government's report, a justice bureau's
 * (its 复议, 调解 and 执法监督 figures are the region's), or any other kind of document.
 */
export function departmentOf(kind: DocKind, text: string, title: string | null): string | null {
  if (kind !== "department_report") return null;
  // the department names itself in the title ("柳州市市场监督管理局2019年法治政府建设情况报告"); "现将我局…" names none
  const head = title ?? text.split("\n", 1)[0] ?? "";
  const m = head.match(DEPARTMENT);
  return m && !REGION_OFFICES.test(m[1]!) ? m[1]! : null;
}

/** A document with neither a jurisdiction nor any catalogued figure carries nothing a table can hold. */
export const NOTHING_USABLE = "既无可识别的地区也无可提取的指标 / no jurisdiction and no catalogued figure";
