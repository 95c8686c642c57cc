// What kind of document this is, and whether it can be used at all. Every official text that states a place's
// rule-of-law figures is read; the kind says how much its figures weigh when several documents speak of one place
// and year (the comparable table), and a document is quarantined only when nothing in it can be used.
import type { DocKind } from "../schema.ts";

// Read in the title, else the head of the text (the first 400 characters, where the page names itself).
const KINDS: [DocKind, RegExp][] = [
  ["yearbook_entry", /年鉴|^【[^】]{2,12}】\S/m],
  ["report_to_congress", /(人大常委会|人民代表大会常务委员会|人民代表大会)[^。\n]{0,20}(报告|审议)|主任、副主任|各位副主任|向[^。\n]{0,12}人大[^。\n]{0,12}报告/],
  ["enforcement_report", /行政执法(工作)?(年报|年度报告|统计年报|情况报告|报告|数据)|执法(统计)?年报/],
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
const REGION_OFFICES = /司法局|信访局|信访办|司法厅|司法行政|依法治|法治办|复议(局|办)|行政复议|人民政府|政府办公室|政府办|党委|县委|市委|区委/;
// a town's or street's name: no place suffix inside it ("临沧市镇康县" is no town, nor "关于宁波市镇海区")
const TOWN = String.raw`((?:(?!关于)(?![全各本我该省市州盟县区旗])\p{Script=Han}){2,6}?(?:街道|镇|乡))(?![省市州盟县区旗])`;
const PLACES_BEFORE = String.raw`(?:\p{Script=Han}{2,8}?[省市州盟县区旗])*?`;
const TOWN_TITLE = new RegExp(String.raw`^(?:中共)?${PLACES_BEFORE}${TOWN}(?=办事处|人民政府|党工委|党委|关于|\d|法治|依法|[,，\s])`, "u");
// "2024年,五常街道深入学习贯彻…": the opening sentence's subject
const TOWN_OPENING = new RegExp(String.raw`^(?:(?:\d{4}年(?:度)?(?:以来)?|今年以来|一年来|过去一年)[,，]?\s*)?(?:中共)?${PLACES_BEFORE}${TOWN}(?:办事处|人民政府|党工委|党委)?(?:(?![省市州盟县区旗])[^,，。]){0,4}(?:深入|认真|全面|坚持|紧紧|始终|围绕|持续|高度|严格|扎实|积极|紧扣|聚焦|立足|按照|不断|以习近平)`, "u");
const TOWN_ORGAN = new RegExp(String.raw`(?:中共)?${PLACES_BEFORE}${TOWN}(?:委|党委|党工委|人民政府|政府|办事处)`, "u");
const TOWN_HEADLINE = new RegExp(String.raw`^${TOWN}\s*[:：]`, "u");
const TOWN_SELF = /该镇|全镇|我镇|本镇|该乡|全乡|我乡|本乡|该街道|全街道|我街道|本街道/g;
const COUNTY_WORDS = /全县|全区|全旗|县委|区委|县政府|区政府|本县|我县|本区|我区/g;
const BUREAU_LINE = /^(?:[\p{Script=Han}]{2,6}?[市县区州盟旗])?(?![我本该各全])[\p{Script=Han}]{1,10}?(?:局|委员会)$/u;
const BUREAU_TITLE = /^((?:[市县区州盟旗]|[\p{Script=Han}]{2,6}?[市县区州盟旗])?(?![我本该各全])[\p{Script=Han}]{1,10}?局)(?:关于)?\d{4}年/u;
const ISSUING = /^关于(印发|公布|公开|发布)[《〈“"]?/;
const DEPARTMENT_SUBJECT = /(?:^|[,，。\n])((?![我本该各全])(?:[市县区州盟旗]|[\p{Script=Han}]{2,6}?[市县区州盟旗])?[\p{Script=Han}]{1,10}?局)(?:党组)?(?:严密|认真|深入|坚持|全面|高度|紧紧|始终|扎实|积极|切实|严格|按照|围绕|聚焦|立足|不断|紧扣)/u;
const DEPARTMENT = /([\p{Script=Han}]{2,16}?(局|委员会|厅|办公室|中心))(党组)?(关于)?[^。\n]{0,16}法治(政府)?建设/u;

/**
 * The department whose own report this is (柳州市市场监督管理局), or null: a government's report, a justice bureau's
 * (its 复议, 调解 and 执法监督 figures are the region's), or any other kind of document.
 */
export function departmentOf(kind: DocKind, text: string, title: string | null): string | null {
  // a town's or a street office's own report: every jurisdiction is a county or above, so its figures are a part's
  const town = (/法治|依法/.test(title ?? "") ? (title ?? "").match(TOWN_TITLE) : null) ?? text.slice(0, 300).split("\n").slice(0, 3).map((l) => l.match(TOWN_OPENING)).find(Boolean);
  if (town) return town[1]!;
  // news of one town ("中共寮步镇委…会议召开。…寮步深入开展人民调解工作…该镇还…"): its organ opens the text and the
  // text speaks of 该镇 / 全镇, not of a county or district of its own
  const organ = text.slice(0, 200).match(TOWN_ORGAN);
  if (organ) {
    const self = text.match(TOWN_SELF)?.length ?? 0;
    if (self >= 1 && self >= (text.match(COUNTY_WORDS)?.length ?? 0)) return organ[1]!;
  }
  // a news headline that opens with the town ("杨柳青镇：“和事佬”调解队…"), the town the subject of what follows
  const headline = (title ?? text.slice(0, 120).split("\n").find((l) => l.trim()) ?? "").trim().match(TOWN_HEADLINE);
  if (headline) {
    const named = text.split(headline[1]!).length - 1 + (text.match(TOWN_SELF)?.length ?? 0);
    if (named >= 3 && named > (text.match(COUNTY_WORDS)?.length ?? 0)) return headline[1]!;
  }
  // "宝坻区交通局" on a line of its own over "2024年度行政执法情况报告": the bureau whose report this is
  const [first, second] = text.split("\n", 3).map((l) => l.trim());
  const bureau = first?.match(BUREAU_LINE);
  if (bureau && !REGION_OFFICES.test(bureau[0]) && second && /报告|总结|情况/.test(second) && /^\d{4}年|^关于/.test(second)) return bureau[0];
  // "市城建局严密组织…扎实开展议提案办理工作…2023年,我局共承担…": a bureau that speaks of itself as 我局
  if (kind !== "department_report") {
    // "区交通运输局2022年建议提案办理情况": a bureau's own title
    // "关于印发《天津市西青区市场监督管理局2019年行政执法工作报告》的通知": the bureau issues its own report
    const titled = (title ?? "").replace(ISSUING, "").match(BUREAU_TITLE);
    if (titled && !REGION_OFFICES.test(titled[1]!)) return titled[1]!;
    const head = text.slice(0, 800);
    const self = /我局|本局/.test(head) ? head.match(DEPARTMENT_SUBJECT) : null;
    return self && !REGION_OFFICES.test(self[1]!) ? self[1]! : null;
  }
  // the department names itself in the title ("柳州市市场监督管理局2019年法治政府建设情况报告"); "现将我局…" names none
  const head = title ?? text.split("\n", 1)[0] ?? "";
  const m = head.match(DEPARTMENT);
  return m && !REGION_OFFICES.test(m[1]!) ? m[1]! : null;
}

/**
 * The justice bureau whose own report this is ("格尔木市司法局2022年工作总结…"), or null. Its 复议, 调解 and 执法监督
 * figures speak for the region; the suggestions it answered and the visitors it received are its own.
 */
export function justiceOfficeOf(title: string | null): string | null {
  const m = (title ?? "").match(BUREAU_TITLE);
  return m && /司法局$|司法厅$/.test(m[1]!) ? m[1]! : null;
}

/**
 * A government information-disclosure annual report (政府信息公开工作年度报告): the reconsideration and lawsuit counts
 * it gives are those about disclosure only, named in its title or, without one, at its head.
 */
export function isDisclosureReport(text: string, title: string | null): boolean {
  return /政府信息公开(工作)?(年度)?报告/.test(title ?? text.slice(0, 200));
}

/** A document with neither a jurisdiction nor any catalogued figure carries nothing a table can hold. */
export const NOTHING_USABLE = "既无可识别的地区也无可提取的指标 / no jurisdiction and no catalogued figure";
