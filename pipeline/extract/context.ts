// The words around a number that decide whether it is an observation at all (targets, changes, shares), and
// if so its period and scope. Each function reads the sentence text before the number (`before`) and/or the
// lead (the clause part right before the number).
import type { AdminLevel, Period, Scope } from "../schema.ts";
import { APPEARANCE_SHARE } from "../catalog/indicators.ts";
import { LEVEL_RANK, loadGazetteer } from "../identify/gazetteer.ts";
import { parseChineseNumeral } from "./numbers.ts";

export interface Marked<T> {
  value: T;
  note: string | null;
}

// ── not observations ──
const CHANGE = /(同比|环比|较上年|比上年|较去年|比去年|较上一年|较\d{4}年|比\d{4}年|较同期|比同期)?(分别)?(增长|上升|下降|减少|提高|提升|降低|增加|增幅|降幅|减幅|下降了|上升了|增长了|提高了|减少了|增加了)(了|达|为)?$/;
// a share of the concluded cases is a rate of that measure (catalog: recon_correction_rate, recon_settlement_rate)
const OF_CONCLUDED = /占[^,;。\d]{0,4}(审结|办结|结案)[^,;。\d]{0,6}$/;
// "审结案件中,…调解和解终止的占12.1%": shares in a breakdown of the concluded cases are of the concluded cases too
const IN_CONCLUDED = /(审结|办结|结案)[^,;。\d]{0,10}中[,，]|(审结|办结|结案)[^;。]{0,24}?[,，]其中[^;。]{0,60}$/;
// "直接纠错案件占比为11.6%": a measure's own share (of the concluded cases, unsaid) is its rate
const OWN_SHARE = /(纠错|调解和解|和解)(案件|结案)?(数)?占比(为|达)?$/;
const SHARE = /占[^,;。]{0,14}(的)?(比例|比重|比率)?(为|达|达到|约)?$/;
const COMPARISON = /(高于|低于|超出|多于|少于|领先|位居|排名|居全[省市国])[^,;。\d]{0,10}$/;
const TARGET = /(推动[^,;。]{0,16}(降至|降到|提高到|提升至|提升到|控制在|保持在)|力争|争取|目标(是|为|值)?|计划(到|于|在)?|预计|拟(于|在|将|到)|将要|(明年|下一年|来年)[^,;。]{0,12}(达到|达|不低于|保持|维持|实现|稳定在|控制在)|确保[^,;。]{0,14}(达到|达|不低于|保持|维持|实现|稳定在|控制在)|要求[^,;。]{0,8}(达到|不低于)|将(继续|进一步)?[^,;。]{0,16}(稳定在|保持在|控制在|不低于))[^。]*$/;

const STRIVE = /力争|争取|目标是/;
const KEEP_AT = /(保持在|稳定在|控制在|不低于|不少于|提高到|提升到|提升至|降至|降到)[^,;。\d]{0,3}$/;
const BY_A_LATER_YEAR = /(?:^|[,;:。])[^,;:。\d]{0,6}(?:到|至|在)\s*(\d{4})\s*年(?:底|末|前)?[,，]/;

// "避免近50件高风险案件流入诉讼": a count of what did not happen, whatever measure words precede it.
const PREVENTED = /(避免|防止|阻止|杜绝)[^,;。\d]{0,6}$/;

// "过去3年,我省年均受理行政复议申请超万件": an average over several years (or per month, per day) is no year's count
const AVERAGE = /(年均|平均每年|每年平均|年平均|月均|平均每月|每月平均|日均|平均每天|每天平均)[^,;。\d]{0,14}$/;

const FLOOR_ACROSS = /^(其中)?各[^,;。\d]{1,24}均(在|保持在|达到?|稳定在|控制在)$/;

// A sentence that opens with a target word is a plan throughout ("目标:出庭应诉率达到90%以上", "下一步,力争…").
// (also with its subject first: "2024年,各地各部门要力争全州…败诉率控制在7%以内,…出庭应诉率稳定在99%以上")
const TARGET_SENTENCE = /^([^。,;:]{0,6}[,;:])?([^。,;:\d]{0,10}(要|将|应)(力争|争取|确保)|力争|争取|预计|目标(是|为|:))/;

/** Why the number is not an observation, or null when it may be one. */
export function notObservation(lead: string, clauseBefore: string, unit: string, before = "", reportYear: number | null = null): string | null {
  if (unit === "个百分点" || unit === "百分点") return "change in percentage points";
  if (CHANGE.test(lead)) return "year-on-year change";
  // (a count after 占 is the total the share is of: "占全县行政执法人员总数1,378名的4.6%")
  if (SHARE.test(lead) && !OF_CONCLUDED.test(lead) && !OWN_SHARE.test(lead) && !IN_CONCLUDED.test(before) && !APPEARANCE_SHARE.test(before) && (unit === "%" || !/总数|总量|共计|合计/.test(lead))) return "share of a total";
  if (COMPARISON.test(lead)) return "comparison or ranking";
  if (PREVENTED.test(lead)) return "cases prevented or diverted, not handled";
  if (AVERAGE.test(lead)) return "an average per year, month or day";
  // "司法部2024年数据显示全国调解纠纷总量达1843.7万件" in a place's text: the nation's figure, quoted (not an honour:
  // "荣获全国人民调解工作先进集体的全市调解组织…")
  if (clauseBefore.includes("全国") && NATIONAL.test(clauseBefore) && !HONOUR.test(clauseBefore)) return "the nation's figure, quoted";
  // "各乡镇(街道)调解成功率均在95%以上": a floor every unit clears, not the region's value
  if (FLOOR_ACROSS.test(clauseBefore)) return "a bound across units";
  if (TARGET.test(clauseBefore) || TARGET_SENTENCE.test(before)) return "target or plan";
  // "力争行政复议调解和解率达到20%以上,行政机关负责人出庭应诉率保持在98%以上": the goals go on after 力争
  if (STRIVE.test(before) && KEEP_AT.test(lead)) return "target or plan";
  // "到2025年,全区…出庭应诉率稳定在95%以上" in a report on 2020: a state by a later year is a goal
  const by = reportYear !== null && before.includes("年") ? before.match(BY_A_LATER_YEAR) : null;
  if (by && Number(by[1]) > reportYear!) return "target or plan";
  return null;
}

// ── period ──
const PARTIAL = /((?<![\d至到—~-])(?<month>[1-9]|1[01])\s*月份(?!\s*(以来|至|到|[-—~]))|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|前三季度|前([两二三四五六七八九十]|十一?|[1-9]|1[01])个?月|(?<!\d)(?<from>\d{1,2})\s*(?:月份?)?\s*[-—~至到]\s*(?<to>\d{1,2})\s*月|(截至|截止|(?<![截])至|(?<![截])到)(到|至)?\s*(\d{4}年)?\s*(?<until>\d{1,2})月(\d{1,2}日|底|末|份)?|截至[^,;。\d]{0,4}月底|截止[^,;。\d]{0,4}月底|(?<=^|[年,，;；。:：\s(（])(?<cfrom>十[一二]?|[一二三四五六七八九十])\s*(?:月份?)?\s*[-—~至到]\s*(?<cto>十[一二]?|[一二三四五六七八九十])\s*月|(截至|截止)(到|至)?\s*(\d{4}年)?\s*(?<cuntil>十[一二]?|[一二三四五六七八九])月(底|末|份)?|(?<since>\d{1,2})月份?以来|(?<fromEnd>[2-9]|1[0-2])\s*月(份)?\s*[至到]\s*(当年|本年|年)(底|末)|(?:\d{4}年度?|今年|本年度?)(?:以来)?[,，]?(?:截至|截止)(?:到|至)?(?:目前|当前|现在))/g;

/** The last partial-period phrase before a number; a span that reaches December ("1—12月", "截至12月31日") is the year. */
function lastPartial(before: string): RegExpExecArray | null {
  PARTIAL.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = PARTIAL.exec(before); m; m = PARTIAL.exec(before)) {
    const g = m.groups ?? {};
    if (g.to && Number(g.to) === 12 && Number(g.from) === 1) continue;
    if (g.until && (Number(g.until) === 12 || Number(g.until) > 12)) continue;
    // the same spans in Chinese numerals: "一至十一月", "截至十一月底"; "一至十二月", "截至十二月底" are the year
    if (g.cto && parseChineseNumeral(g.cto) === 12 && parseChineseNumeral(g.cfrom) === 1) continue;
    if (g.cuntil && parseChineseNumeral(g.cuntil) === 12) continue;
    if (!g.cuntil && /截[至止][^,;。\d]{0,4}十二月底/.test(m[0])) continue;
    last = m;
  }
  return last;
}
const CUMULATIVE = /(成立(至今|以来)|(启用|建成|运行|挂牌|揭牌|投用|投入使用)(至今|以来)|自[^,;。]{1,14}以来|近[两二三四五六七八九十]年|过去[两二三四五六七八九十]年|[一二三四五六七八九十]+届(政协|人大)?(委员会)?期间|本届(政协|人大)?以来|[两二三四五六七八九十]年(来|以来|间)|(?<![\d.])([2-9]|1\d)\s*年(来|以来|间)|历年|累计[^,;。]{0,6}(以来|至今)|至今累计|[“"]?十[一二三四五六]五[”"]?(期间|以来|时期|规划以来)|十[二三四五](期间|以来|时期)|(?<from>\d{4})\s*年?\s*[-—至~]\s*(\d{4})\s*年|(?<y1>\d{4})\s*年\s*\d{1,2}\s*月(份|底|末)?\s*(?:[-—至~到])\s*(?!\k<y1>)\d{4}\s*年|[两二三四五六七八九十]年(累计|共计|合计|总计|共)|(?<![一二三四五六七八九十〇零\d第])[两二三四五六七八九十]年(?=[^,;。\d]{0,2}(调处|调解|办理|受理|收到|审结|办结|化解|新建|培训|评查))|(?<!全年|年内|今年|本年|上半年|下半年|季度|月|月底|月末|月份)累计(?=办理|受理|收到|审结|办结|化解|调解|接待|承办|新收)|(?<since>\d{4})年以来|(?<event>\d{4})年[^,;。\d]{2,16}以来)/g;
const FULL_YEAR = /全年|全年度|本年度|年内|年度内/g;
// a single year heading the sentence or the clause ("2022年,", "2022年各级…", "全年"), not "2019年以来" or "2019—2022年"
const ONE_YEAR_TOTAL = /(^|[,;:])\s*(\d{4})年(度)?(?!以来|至|到|[-—~]|\d|月)|全年|本年度|年内/;
function hasSpan(s: string): boolean {
  CUMULATIVE.lastIndex = 0;
  for (let m = CUMULATIVE.exec(s); m; m = CUMULATIVE.exec(s)) if (m[0] !== "累计") return true;
  return false;
}
const WHOLE_BREAKDOWN = /(一季度|第一季度|1季度)[^。;]*(四季度|第四季度|4季度)|上半年[^。;]*下半年/;
const MONTHS_ONLY = /^[(（]\s*\d{1,2}\s*月份?\s*([-—~至到]\s*\d{1,2}\s*月份?)?\s*[)）]$/;
const COMPARED_LEVEL = /(较|比|相比)(?:(上年|去年|上一年)|(\d{4})年度?)[^,;。\d]{0,24}的[^,;。\d的]{0,6}$/;
const PRIOR_LEAD = /((上年|去年|上一年|上年度|上年同期|去年同期)(为|是|的|共|达)?[^,;。\d]{0,3}|(去年|上年)(?!以来|至今|底|末)全年[^,;。\d]{0,6}|(较|比)(上年|去年|上一年|上年同期|去年同期)[^,;。\d]{0,3})$/;
// "去年全年,我区收到复议申请584件": a sentence or clause that opens with last year
const PRIOR_OPENING = /^\s*[“"]?(而|但|另|同时)?(去年|上年|上一年|上年度)(全年|同期|全年度)?(?=[,，:：]|[^,;。\d]{0,2}(共|全|我|收到|受理|办理))/;
const THIS_YEAR_OPENING = /^\s*(而|但|同时)?(今年|本年度?|今年度)/;
const YEAR_OPENING = /^\s*(?:其中|在|截至|截止|而|但|另|另外|此外|同时|(?:对比|相比|比较|回顾)(?:来看|而言)?[,:])?(\d{4})(?:年(度)?(?!以来|至|[-—~]|\d{1,2}\s*[月日]|月)|(?=(总共|共计|共|全年|全县|全区|全市|全省)))/;

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) last = m;
  return last;
}

// A part that names its own time ("2022年收到…", "全年…") is not governed by the sentence's opening phrase.
// ("同期" alone is the time of the sentence before: it does not name its own)
export const OWN_TIME = /\d{4}年|全年|本年度|年内|年度内|季度|上半年|下半年|\d{1,2}月|以来|至今|累计|历年|近[两二三四五六七八九十]年|上年|去年/;

/**
 * The period of a number from the sentence text before it. `opening` is the sentence's earlier ;-separated parts:
 * a time phrase heading the sentence ("截至11月底,全区收到…;…;调解结案234件") governs a later part that names no time.
 */
export function periodOf(before: string, lead: string, reportYear: number | null, opening = "", writtenInYear = false, lastYearIsReport = false): Marked<Period> {
  const own = periodWithin(before, lead, reportYear, writtenInYear, lastYearIsReport);
  if (!opening || own.note !== null || OWN_TIME.test(before)) return own;
  // "…共收到18,642件…;仅一季度就收到4,106件。其中,16,935件被依法受理": a sentence that goes on with the one before
  // takes the time that heads it, not a part of the year its later ;-part singled out
  const head = /[。.]$/.test(opening) ? opening.split(/(?<=[;；])/).filter((p, k) => k === 0 || !lastPartial(p)).join("") : opening;
  return periodWithin(head + before, lead, reportYear, writtenInYear, lastYearIsReport);
}

// "今年以来", "年初以来": the year so far. Partial in a document written before its year was out (a news item, a
// November report); the whole year in a report written after it.
const YEAR_TO_DATE = /今年以来|年初以来|今年来|本年以来/;

/**
 * `writtenInYear`: the document was published during its report year (before December), so "2025年以来" in a
 * 2025 document is the year so far, not the whole year.
 */
/**
 * `lastYearIsReport`: news published the year after its report year, which it calls 去年 ("去年全省共调处…927230件" on
 * 2012-04-22 is 2011's total, the year the item is about).
 */
function periodWithin(withBrackets: string, lead: string, reportYear: number | null, writtenInYear = false, lastYearIsReport = false): Marked<Period> {
  // a closed bracket's time words stay inside it: "截至11月30日,收到152件(2023年全年为118件),受理139件"
  // (but a bracket that is only a span of months names the time: "疫情防控期间(2月至4月),全市新收…187件")
  const before = withBrackets.includes(")") ? withBrackets.replace(CLOSED_GROUP, (g) => (MONTHS_ONLY.test(g) ? g.slice(1, -1) : "")) : withBrackets;
  if (PRIOR_LEAD.test(lead)) return { value: "prior_year", note: lead.match(PRIOR_LEAD)![0] };
  // "较2023年全县各级行政复议机关合计收到的118件": the earlier level compared with, its subject written out
  const compared = lead.match(COMPARED_LEVEL);
  if (compared && (compared[2] || (reportYear !== null && Number(compared[3]) < reportYear))) return { value: "prior_year", note: compared[0] };
  // "受理121件(2021年受理108件)": a bracket still open at the number, opened with an earlier year, is that year's
  const open = Math.max(withBrackets.lastIndexOf("("), withBrackets.lastIndexOf("（"));
  if (open >= 0 && reportYear !== null && open > Math.max(withBrackets.lastIndexOf(")"), withBrackets.lastIndexOf("）"))) {
    const y = withBrackets.slice(open + 1).match(YEAR_OPENING);
    if (y && Number(y[1]) < reportYear && Number(y[1]) >= reportYear - 10) return { value: "prior_year", note: y[0] };
    // "与…2016年相比(当年全区收到复议申请1,605件)": 当年 is the year named just before the bracket
    const named = /^(当年|同年|该年)/.test(withBrackets.slice(open + 1)) ? withBrackets.slice(Math.max(0, open - 24), open).match(/(\d{4})年(?!.*\d{4}年)/) : null;
    if (named && Number(named[1]) < reportYear) return { value: "prior_year", note: `${named[1]}年(当年)` };
  }
  // "去年全县共审结402件,今年审结451件": a clause that opens with this year leaves last year behind
  const tail = clauseTail(before);
  const thisYear = THIS_YEAR_OPENING.test(tail) || (reportYear !== null && Number(tail.match(YEAR_OPENING)?.[1]) === reportYear);
  const last = thisYear ? null : (before.match(PRIOR_OPENING) ?? tail.match(PRIOR_OPENING));
  if (last) return lastYearIsReport && !/同期/.test(last[0]) ? { value: "full_year", note: last[0] } : { value: "prior_year", note: last[0] };
  let cum = lastMatch(CUMULATIVE, before);
  // "2022年各级人民调解组织累计受理矛盾纠纷10346件": a running total inside one named year is that year's total
  // (so far, in a document written during that year: "2025年,…累计调处8833件" in a November press release)
  const oneYear = cum && cum[0] === "累计" && !hasSpan(before.slice(0, cum.index)) ? before.slice(0, cum.index).match(ONE_YEAR_TOTAL) : null;
  if (oneYear) {
    if (writtenInYear && oneYear[2] && Number(oneYear[2]) === reportYear) return { value: "partial", note: `${oneYear[2]}年累计` };
    cum = null;
  }
  // "三年共办理建议417件…,2023年分别为142件": a clause that opens with its own year leaves the span behind
  if (cum && cum.index! < before.length - clauseTail(before).length && YEAR_OPENING.test(clauseTail(before))) cum = null;
  if (cum) {
    const first = cum.groups?.from ?? cum.groups?.since ?? cum.groups?.event;
    const since = first ? Number(first) : null;
    // "2023年以来" in a 2023 report is the report year itself: all of it, or so far when written during it.
    if (since === null || reportYear === null || since < reportYear) return { value: "cumulative", note: cum[0] };
    if (since === reportYear && writtenInYear) return { value: "partial", note: cum[0] };
  }
  const ytd = writtenInYear ? before.match(YEAR_TO_DATE) : null;
  if (ytd) return { value: "partial", note: ytd[0] };
  // "已达到2021年全年收案量1,312件的八成以上": a named earlier year's whole-year figure
  const wholeEarlier = lead.match(/(\d{4})年(度)?全年[^,;。\d]{0,8}$/);
  if (wholeEarlier && reportYear !== null && Number(wholeEarlier[1]) < reportYear) return { value: "prior_year", note: wholeEarlier[0] };
  // "2022年为…", "由2018年的12105名(稳步增加)", "较2021年的9.1%"
  const yearLead = lead.match(/(\d{4})年(度)?(同期)?(的|为|是|共|有)?$/);
  if (yearLead && reportYear !== null && Number(yearLead[1]) < reportYear) return { value: "prior_year", note: yearLead[0] };
  // "2020年败诉率为13.5%、2021年为20.2%、2022年为15.5%": the item's own year, not the list's first, when it is the report's
  if (yearLead && Number(yearLead[1]) === reportYear && !writtenInYear && !lastPartial(before)) return { value: "full_year", note: null };
  if (reportYear !== null) {
    // Only a year that opens the sentence or the clause sets the period ("2022年,全市受理…"); a year elsewhere
    // ("按照2022年出台的办法") says nothing about when the counted cases happened.
    // The clause's own year comes first: "2023总共需办理66件,2024年总共需办理151件" gives 151 to 2024.
    const opening = clauseTail(before).match(YEAR_OPENING) ?? before.match(YEAR_OPENING);
    if (opening && Number(opening[1]) < reportYear && Number(opening[1]) >= reportYear - 10) return { value: "prior_year", note: opening[0] };
  }
  // The latest period word wins: "上半年…63.4%,全年…提高到88.6%" gives the full year to 88.6.
  let part = lastPartial(before);
  // "新收38件,其中下半年新收21件,审结33件": a breakdown's time word stays in its own clause
  if (part && !clauseTail(before).includes(part[0])) {
    const from = Math.max(before.lastIndexOf(",", part.index), before.lastIndexOf(";", part.index), before.lastIndexOf(":", part.index));
    if (/^其中/.test(before.slice(from + 1))) part = null;
  }
  // "分季度为一季度6件、…、四季度8件;人民法院审结27件": a breakdown over the whole year, ended, gives back the year
  if (part && !clauseTail(before).includes(part[0])) {
    const all = before.match(WHOLE_BREAKDOWN);
    if (all && part.index! < all.index! + all[0].length) part = null;
  }
  const whole = lastMatch(FULL_YEAR, before);
  if (part && !(whole && whole.index > part.index)) return { value: "partial", note: part[0] };
  return { value: "full_year", note: null };
}


// ── scope ──
/** The note of the parts of a count by the year they came in (extract keeps no observation of them). */
export const CARRIED_AND_NEW = "结转与本年";
const CLOSED_GROUP = /[(（][^()（）]*[)）]/g;
const AS_RESPONDENT = /被复议|作为被申请人|为被申请人|被申请复议|被申请行政复议|复议(本级|[区县市州旗]|[区县市州旗]人民)政府(的)?案件/;
// "以街道乡镇为被申请人的案件", "以各乡镇、市政府各部门作为被申请人的…": the docket broken down by respondent, not the
// government's own acts under review ("以区政府为被申请人的复议案件" is).
export const SUBORDINATE_RESPONDENT = /以(?![^,;。\d]{0,8}?(区|县|市|州|省|旗|本级)(人民)?政府(作)?为)(?!(?:我局|本局|我委|本委|我部门|本部门|我厅|本厅)(?:作)?为)([^,;。\d]{1,24}?)(作)?为[^,;。\d]{0,2}被申请人/;
// "县级政府部门作为被申请人的案件有1388件", "公安部门作为被申请人的案件有842件": departments as respondents, said without 以
export const DEPARTMENTS_AS_RESPONDENT = /(?<![我本])(部门|分局|局|委|办)作为被申请人/;
const SUBCATEGORY = /复议后(起诉|败诉|被诉|诉讼)|赴[^,;。\d]{1,8}(以上)?(上访|来访|集体访)|(委派|委托|移交|引导至|引导|转交|转介)[^,;。\d]{0,8}调解|集体访|越级访|进京访|赴省访|重复访|初信初访|[\p{Script=Han}]{2,8}(?<![各多几两三四五六七八九十])类(案件|纠纷)?(受理|新收|收到|办理|审结|调解)?(\d|$)|[\p{Script=Han}]{2,8}(?<![各多几两三四五六七八九十])类(行政复议|行政诉讼|行政应诉)案件|[\p{Script=Han}]{2,8}(?<![各多几两三四五六七八九十])类(案件|纠纷),?[^,;。\d]{0,4}率[^,;。\d]{0,2}$|其他各?类(案件|纠纷)?[^,;。\d]{0,4}$|重大疑难|涉企|涉及企业|涉民营企业|协办|会办|其中[^,;。]{0,8}类/u;
// a word every SUBCATEGORY alternative contains: the cheap test first (SUBCATEGORY's open Han runs are costly)
const SUBCATEGORY_WORD = /复议后|赴|调解|访|类|重大疑难|涉|协办|会办/;
const SUB_ENTITY = /该(商会|调委会|调解委员会|委员会|中心|街道|镇|乡|单位|局|所|公司)|(?<!协)商会|试点(乡镇|街道|镇|乡)/;
const SUB_ENTITY_LEAD = /其中[^,;。]{1,10}(区|县|市|镇|乡|街道)(?!级|本级|政府|人民政府)/;
const GOVERNMENT = /(省|市|区|县|州|旗|盟)(人民)?政府本级|(省|市|区|县|州|旗|盟)本级|本级政府|(?<![全各该本])(省|市|区|县|州|旗|盟)(人民)?(政府|行政公署)(?=(行政|作为|共|办理|收到|受理|审结|应诉|复议|被|为被告|为被申请人|负责人|主要负责人|领导|名义|方面|层面))/;
// "区级部门和镇街负责人出庭应诉率99.3%": the departments and towns together, i.e. the region less its government.
const DEPARTMENTS_AND_TOWNS = /^(其中)?(各)?(省|市|区|县)(级|直)(各)?(部门|单位|机关)[^,;。\d]{0,3}(和|及|与|、)[^,;。\d]{0,3}(镇街|乡镇|街道|镇|乡)|^(其中)?(各)?(镇街|乡镇|乡镇街道)[^,;。\d]{0,2}(和|及|与|、)[^,;。\d]{0,4}部门/;

// Suggestions and proposals: the government answers the congress and the CPPCC for the whole region.
const SUGGESTIONS = new Set(["npc_suggestions", "cppcc_proposals", "npc_cppcc_total"]);
// a congress or CPPCC by its level ("自治区人大", "区政协"); an item that is just that name ("、区政协提案")
const CONGRESS = /(全国|省|自治区|市|州|盟|区|县|旗)(人大|政协)/;
const CONGRESS_ALL = new RegExp(CONGRESS.source, "g");
const SESSION_CONGRESS = /(全国|省|自治区|市|州|盟|区|县|旗)[一二三四五六七八九十]+届(人大|政协)/;
const CONGRESS_ITEM = new RegExp(`^[、,和及与]?${CONGRESS.source}`);

export interface ScopeInput {
  before: string;
  lead: string;
  indicatorId: string;
  area: string;
  docLevel: AdminLevel | null;
  docName: string | null;
  /** the reporting department, in a department's own report */
  department?: string | null;
  /** the justice bureau whose own report this is */
  office?: string | null;
  /** the sentence's earlier ;-parts */
  opening?: string;
}

export function scopeOf(x: ScopeInput): Marked<Scope> {
  const { lead, before } = x;
  // what a closed bracket said ("(其中涉企41件)") does not reach the numbers after it
  const bare = before.includes(")") || before.includes("）") ? before.replace(CLOSED_GROUP, "") : before;
  let m: RegExpMatchArray | null;
  const sub = bare.match(SUBORDINATE_RESPONDENT);
  if (x.area === "recon" && sub && clauseTail(bare).includes(sub[0]) && !/各|所有|全部/.test(sub[4] ?? "")) return { value: "subcategory", note: sub[0] };
  // (the 以-form is read above; "以各乡镇人民政府、县政府各部门作为被申请人" is all of them, the region's)
  if (x.area === "recon" && !x.department && (m = clauseTail(bare).match(DEPARTMENTS_AS_RESPONDENT)) && !/以|各|所有|全部/.test(clauseTail(bare).slice(0, m.index))) return { value: "subcategory", note: m[0] };
  // (in a department's own report the respondent is the department, not "this government": its own docket)
  if (x.area === "recon" && x.indicatorId !== "recon_as_respondent" && !sub && !x.department && (m = bare.match(AS_RESPONDENT))) return { value: "as_respondent", note: m[0] };
  if (SUGGESTIONS.has(x.indicatorId)) {
    // the congress the number's own words name decides: "自治区人大代表建议3件" in a district report is higher, "区政协
    // 提案103件" right after "南宁市政协提案9件、" is the district's own
    const own = lead.match(CONGRESS_ALL)?.pop();
    const lvl = own?.match(CONGRESS);
    if (lvl && isHigherLevel(lvl[1]!, x.docLevel, x.docName)) return { value: "higher_level", note: lvl[0] };
    // "办理全国人大代表建议1件,政协提案2件": an item that names no level has the one of the item just before it
    if (!lvl && /^[(（、]?(人大|政协|代表|委员)/.test(lead) && before.endsWith(lead)) {
      const item = before.slice(0, before.length - lead.length).split(/[,;:、]/).filter(Boolean).pop();
      const prev = item?.match(CONGRESS_ALL)?.pop()?.match(CONGRESS);
      if (prev && isHigherLevel(prev[1]!, x.docLevel, x.docName)) return { value: "higher_level", note: prev[0] };
    }
    // "在市七届人大三次会议期间,夹江代表团提出17条建议": the session named in the clause before, in a county's text
    if (!lvl && before.endsWith(lead)) {
      const session = before.slice(0, before.length - lead.length).split(/[,;:]/).filter(Boolean).pop()?.match(SESSION_CONGRESS);
      if (session && isHigherLevel(session[1]!, x.docLevel, x.docName)) return { value: "higher_level", note: session[0] };
    }
    const named = lead.match(/([\p{Script=Han}]{2,8}?(?:省|自治区|市|州|盟))(人大|政协)/u);
    // the place is the longest known name ending the match ("承办南平市人大" → 南平市)
    const place = named ? knownSuffix(named[1]!) : null;
    if (place && x.docName && place !== x.docName && isAncestorName(place, x.docName)) return { value: "higher_level", note: `${place}${named![2]}` };
    // (only when the item is just the congress's name: a subject before it, "局本级承办市人大代表建议", still speaks)
    if (lvl && !x.department && !x.office && CONGRESS_ITEM.test(lead) && !SELF_ANYWHERE.test((x.opening ?? "") + before)) return { value: "jurisdiction", note: null };
  }
  // (a kind named in an earlier clause does not reach a clause that names its own subject: "全省涉企行政检查次数同比
  // 下降31%,行政机关负责人出庭应诉率首次达到100%")
  if (SUBCATEGORY_WORD.test(bare) && (m = bare.match(SUBCATEGORY)) && !(m.index! + m[0].length <= bare.length - clauseTail(bare).length && OWN_CLAUSE_SUBJECT.test(clauseTail(bare)))) return { value: "subcategory", note: m[0] };
  // "通过简易程序办理案件843件": the cases of one procedure (said in the number's own clause)
  if ((m = clauseTail(bare).match(/(简易|普通)程序(审理|办理|审结|办结)/))) return { value: "subcategory", note: m[0] };
  if ((m = bare.match(SUB_ENTITY)) || (m = lead.match(SUB_ENTITY_LEAD))) return { value: "sub_entity", note: m[0] };
  // Inside an open bracket the bracket's own words come first: "全县应诉四十三件(其中以县政府为被告的十二件)".
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  if (open >= 0 && open > Math.max(before.lastIndexOf(")"), before.lastIndexOf("）"))) {
    // "审结173件(上年结转8件,本年受理165件)": the count's parts by the year they came in
    if (/结转|旧存/.test(before.slice(open + 1))) return { value: "subcategory", note: CARRIED_AND_NEW };
    const inner = before.slice(open + 1).split(/[,;:]/);
    for (let k = inner.length - 1; k >= 0; k--) {
      const subject = subjectOf(inner[k]!, x);
      if (subject) return subject;
    }
  }
  // The subject in force: the clause's own, else the nearest earlier clause of the sentence that names one
  // ("市政府本级收到申请267件,受理241件" — both are the government's docket).
  // ("其中,草原边界等涉牧纠纷217件": a 其中 set off by a comma still opens its clause)
  const clauses = bare.replace(/其中[,:]/g, "其中").split(/[,;:]/);
  // "以县政府或者县直部门、乡镇人民政府为被告的…案件37件": the government with its departments and towns as defendants
  // are all the region's organs
  const group = x.area === "litig" ? clauses[clauses.length - 1]!.match(DEFENDANTS) : null;
  // "以国家部委为被告的一审案件1万件" in a city's courts: the nation's organs, not the city's
  if (group && /国家|国务院|中央|部委/.test(group[1]!)) return { value: "higher_level", note: group[0] };
  if (group && /[、和及或与]/.test(group[1]!) && /(县|区|市|州|旗|盟)(人民)?政府/.test(group[1]!) && /部门|乡镇|街道|镇|单位|机关/.test(group[1]!)) return { value: "jurisdiction", note: null };
  // "以乡、镇政府为被告的案件506件", "以市直部门为被告的…": the cases against some of the region's organs only
  // "县级以上政府为被告的一审行政案件1334件": one tier of defendants
  if (x.area === "litig" && (m = clauses[clauses.length - 1]!.match(/[县市省]级以上[^,;。\d]{0,6}(作)?为被告/))) return { value: "subcategory", note: m[0] };
  if (group && x.indicatorId !== "litig_head_appearance_rate" && /乡|镇|街道|部门/.test(group[1]!) && !/(省|市|区|县|州|旗|盟)(人民)?政府|各|所有|全部|[省市区县]属/.test(group[1]!)) return { value: "subcategory", note: group[0] };
  // "市政府本级收到412件、县(市、区)政府收到1,074件": in a 、-list of subjects the number's own item speaks first
  // (each item with its own count: "各村调委会及行业性、专业性调委会共调处…" is one subject)
  const items = splitOutsideBrackets(clauses[clauses.length - 1]!, "、");
  if (items.length > 1 && /\d/.test(items[items.length - 2]!)) {
    const own = subjectOf(items[items.length - 1]!, x);
    if (own) return own;
  }
  for (let k = clauses.length - 1; k >= 0; k--) {
    // "…共收到97件,其中县政府收到71件、县级部门收到26件,经审查依法受理88件": a breakdown over several subjects, each
    // with its count, hands none of them on to the clauses after it
    if (k < clauses.length - 1 && /^\s*其中/.test(clauses[k]!) && splitOutsideBrackets(clauses[k]!, "、").filter((item) => /\d/.test(item)).length >= 2) continue;
    const subject = subjectOf(clauses[k], x);
    if (subject) return subject;
  }
  // In a department's own report, a figure said of no wider subject is the department's own (shared/CONTRACT.md).
  if (x.department) return { value: "sub_entity", note: x.department };
  // In a justice bureau's own report, the suggestions it answered and the visitors it received are its own too
  // (but not what the government system handled: "区政府系统全年办理…代表建议176件")
  if (x.office && (x.area === "oversight" || x.indicatorId.startsWith("petition_"))) {
    if (x.area === "oversight" && GOVERNMENT_SYSTEM.test(clauses[clauses.length - 1]!)) return { value: "jurisdiction", note: null };
    return { value: "sub_entity", note: x.office };
  }
  // "由我局承办的…建议共17件;市政协…提案共计13件": the bureau's subject goes on over the ;-parts of its sentence
  if ((x.area === "oversight" || x.area === "litig") && x.opening) {
    const own = x.opening.split(/[,;:；]/).map((c) => c.trim().replace(ITEM_NUMBER, "").match(THIS_DEPARTMENT)).find(Boolean);
    if (own) return { value: "sub_entity", note: own[0] };
  }
  return { value: "jurisdiction", note: null };
}

const NATIONAL = /全国(范围内|各级|法院|各地|行政复议|行政应诉|人民调解|调解|信访|共|累计|[^,;。\d]{0,8}(总量|总数|共计|合计))/;
const OWN_CLAUSE_SUBJECT = /^(行政机关|全[省市区县州旗]|各级|[省市区县州旗](人民)?政府)/;
const HONOUR = /先进|示范|模范|优秀|荣获|获评|获得|称号|表彰/;
const DEFENDANTS = /以([^,;。]{2,40}?)(?:作)?为(?:被告|被申请人)/;
const WHOLE = /^(其中|另外|此外|同时|占)?(较|比)?(\d{4}年(度)?|全年|年内)?(全(省|市|区|县|州|旗|盟)|各级|我(省|市|区|县|州|旗|盟)|本(省|市|区|县|州|旗|盟)(?!级)|各(县|市|区|乡|镇|街道|部门))/;
const CLAUSE_PLACE = /^(其中|另外|此外|同时)?(?:在)?([\p{Script=Han}]{2,9}?(?:省|自治区|市|州|盟|区|县|旗))/u;
const DEPARTMENT_SYSTEM = /^(\d{4}年,?)?全[市区县省州旗][^,;。\d行]{1,8}(系统|机关)/;
// "其中,高新区受理行政复议申请23件,经开区受理17件": a development zone in the region, not the region
const ZONE_SUBJECT = /^(其中)?[,，]?([\p{Script=Han}]{0,8}?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|园区|试验区|经济区|保税区|度假区))(管委会)?(?=[^,;。\d]{0,24}(调解|调处|受理|收到|办理|接待|化解|新收|审结|作为|被诉|应诉)|$)/u;
const TOWN_SUBJECT = /^([\p{Script=Han}]{2,6}?(街道|镇|乡))(?![\p{Script=Han}]{0,2}(级|政府|人民政府))(?=[^,;。\d]{0,24}(调解|调处|受理|收到|办理|接待|化解))/u;
const GOVERNMENT_SYSTEM = /^(其中)?[^,;。\d]{0,6}?(省|市|区|县|州|旗|盟)(人民)?政府(系统)?[^,;。\d]{0,6}(办理|承办|共|收到|答复)/;
const ALL_BODIES = /全[省市区县州旗]各级(行政复议机关|复议机关)/;
// how a bureau names itself
const SELF = "本局|我局|本部门|我部门|本委|我委|本厅|我厅";
const SELF_ANYWHERE = new RegExp(SELF);
const THIS_DEPARTMENT = new RegExp(`^(其中)?[^,;。\\d]{0,6}?(${SELF}|市局机关|县局机关|区局机关|局机关)`);
// "其中市信访局接待1,862批": one office's share of the region's figure
const ONE_OFFICE = /^其中[^,;。\d]{0,8}?(局|办|中心|所|站)(?=[^,;。\d]{0,4}(接待|受理|办理|调解|收到|审结|作为被告|作为被申请人|被诉|被起诉))/;
// "人民法院已审结38件", "经法院审结52件": the court hearing or concluding, with no object, the lawsuits counted before
export const COURT_ON_THE_CASES = /^(其中,?)?(经|由)?(人民)?法院(已|共|依法)?(审结|结案|判决|作出判决|裁判|开庭审理|审理)(?![^,;。\d]{0,4}(民事|刑事|各类|二审))/;
// "其中市政府本级收到49件,市直部门收到22件": the region's departments, apart from its government
const THE_DEPARTMENTS = /^(其中)?(各)?(省|市|区|县|旗)(直|级)(各)?(部门|单位|机关)(?=[^,;。\d]{0,6}(收到|受理|办理|审结|办结|新收|作为|被|负责人|出庭|执法|持证))/;
// "县公安局、县税务局等实行垂直或双重管理的部门办理21件": departments named one by one
const NAMED_DEPARTMENTS = /^(其中)?(省|自治区|市|区|县|旗|州)(?!行政复议|司法|信访)[^,;。\d、]{1,8}?局(、(省|自治区|市|区|县|旗|州)?[^,;。\d、]{1,8}?局)*(等)?[^,;。\d]{0,16}?(?=(办理|收到|受理|审结|办结|被诉|应诉|作为))/;
const PETITION_OFFICE = /^(其中)?(省|自治区|市|区|县|旗|州)(人民)?信访(局|办)(?=[^,;。\d]{0,6}(接待|受理|办理|登记))/;
// "市人民来访接待中心接待来访912批2,431人次": one reception office's visitors, not the region's
const RECEPTION_OFFICE = /^[^,;。\d]{0,8}?(来访接待中心|信访接待中心|接访中心|接待大厅)/;
const DEPARTMENT_ITSELF = /^(其中)?[^,;。\d]{0,8}?(局|厅|委|办|中心|院)本级/;
const BODY = /^([^,;。]{2,20}?)(人民调解委员会|调解委员会|调委会|(?<!协)商会|协会)/;
const SPECIALISED_ONLY = /(行业性?|专业性?|行专)[^,;。\d]{0,4}(调委会|调解委员会|调解组织)/;
// "其中行业性专业性调委会…" splits the total by kind of committee; it names none.
function committeeOf(said: string, words = said): Marked<Scope> {
  return /行业|专业|类/.test(words) ? { value: "subcategory", note: said } : { value: "sub_entity", note: said };
}
// "其中涉侨涉台纠纷调解成功率100%": one kind of dispute or case out of the whole.
const KIND = /^其中[^,;。\d]{0,16}?涉[\p{Script=Han}]{1,8}?(纠纷|案件|矛盾|信访|事项)/u;
const TOWN = /^其中[^,;。\d]{0,3}?([\p{Script=Han}]{2,6}?(镇|乡|街道|开发区|高新区|经开区|新区|园区))/u;

function splitOutsideBrackets(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

// "县(市、区)政府收到1,074件", "各县区政府": the governments under this one, together
const SUBORDINATE_GOVERNMENTS = /^(其中)?(各)?(县\(市、区\)|县\(区\)|县\(市\)|县区|县市区|区县|各县|各区|乡镇|乡\(镇\)|镇\(街道\))(人民)?政府/;
// "其中,16个州(市)收到1087件", "省政府部门中有11个单位共收到…207件": the units under this one, together
const SUBORDINATE_UNITS = /^(其中)?\s*\d+个(州|市州|州市|县|县市区|县区|市|乡镇|镇|乡|街道|镇街)(\([^)]{1,6}\))?(?![^,;。\d]{0,2}(调委会|调解委员会|调解组织|委员会|组织|部门|单位))|^(其中)?\s*(省|自治区|市|区|县|州|旗)(人民)?政府(各)?(工作)?部门/;
// "收案最多的昆明市有375件": a place singled out by a superlative
const SINGLED_OUT = /^[^,;。\d]{0,8}(最多|最少|最高|最低|较多|较少)的(是)?/;

// list numbering before a clause's subject: "6.武夷山市旅游纠纷人民调解委员会…", "(3)…", "二是…"
const ITEM_NUMBER = /^(\d{1,2}[.、)]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])\s*/;

/** The scope a clause's own subject gives, or null when the clause names none. */
function subjectOf(clause: string, x: ScopeInput): Marked<Scope> | null {
  let m: RegExpMatchArray | null;
  const c = clause.trim().replace(ITEM_NUMBER, "");
  if ((m = c.match(SUBORDINATE_GOVERNMENTS)) || (m = c.match(SUBORDINATE_UNITS))) return { value: "sub_entity", note: m[0] };
  // in a department's report, "全市公安机关", "全市生态环境系统": the department's own system, not the region
  if (x.department && (m = c.match(DEPARTMENT_SYSTEM))) return { value: "sub_entity", note: m[0] };
  if ((m = c.match(WHOLE))) {
    // "全区道路交通、劳动争议等领域行专调委会调处8833件": the region's specialised committees only, not all of them
    // ("…人民调解委员会及行业性、专业性调委会" adds them to the rest)
    const special = c.match(SPECIALISED_ONLY);
    if (special && !/调委会|委员会|调解组织/.test(c.slice(0, special.index))) return committeeOf(special[0]);
    // "余庆县…,全县人民调解组织调解纠纷2,316件" in a city's report: 全县 is a county of it, not the city
    if (/全(县|区|旗)/.test(m[0]) && (x.docLevel === "prefecture" || x.docLevel === "province") && !/区$/.test(x.docName ?? "")) return { value: "sub_entity", note: m[0] };
    return { value: "jurisdiction", note: null };
  }
  // "…其中县政府作为被告的18件,人民法院审结89件": the court concluding the region's lawsuits names no part of it
  if (x.area === "litig" && COURT_ON_THE_CASES.test(c)) return { value: "jurisdiction", note: null };
  // a clause that opens with a named town or street ("视高街道“老兵调解室”…调解纠纷137件")
  if ((m = c.match(TOWN_SUBJECT))) return { value: "sub_entity", note: m[1]! };
  if ((m = c.match(ZONE_SUBJECT)) && !(x.docName && (m[2]!.includes(x.docName) || x.docName.includes(m[2]!)))) return { value: "sub_entity", note: m[2]! };
  // "区政府作为被申请人" names the respondent, not a government-level docket.
  // "市政府共办理代表建议113件": the government answers the congress for the whole region
  // ("我局作为被申请人的…7件,均由市人民政府审结,其中维持5件": in a department's report the government named after 由 is the
  // body that decided, not the subject)
  if (x.indicatorId !== "recon_as_respondent" && !SUGGESTIONS.has(x.indicatorId) && (m = c.match(GOVERNMENT)) && !(x.department && c[m.index! - 1] === "由")) {
    // A county government has been its county's only reconsideration body since the 2020–2022 reform, so "县政府
    // 收到复议申请" is the county's docket; a city's or province's is not (its counties have their own), nor is
    // anything said to be 本级.
    // (unless the sentence gives the region's own count beside it: "全区各级行政复议机关…接收386件…;区政府收到298件")
    // (nor the government singled out of the region's docket: "受理88件(其中县政府受理64件)")
    if (x.area === "recon" && (x.docLevel === "county" || withoutCounties(x.docName)) && !/本级/.test(m[0]) && !(/^其中/.test(c) && openBracket(x.before) >= 0) && !ALL_BODIES.test((x.opening ?? "") + x.before)) return { value: "jurisdiction", note: null };
    // "其中,市政府收到1197件,区政府收到65件": in a city's report the districts' governments are parts of it
    if (lowerGovernment(m[0], x)) return { value: "sub_entity", note: m[0] };
    return { value: "government_level", note: m[0] };
  }
  if ((m = c.match(DEPARTMENTS_AND_TOWNS)) || (m = c.match(ONE_OFFICE)) || (m = c.match(RECEPTION_OFFICE)) || (m = c.match(THE_DEPARTMENTS)) || (m = c.match(NAMED_DEPARTMENTS))) return { value: "sub_entity", note: m[0] };
  // "全区信访系统登记群众来访1.12万批次…;自治区信访局接待群众来访1,046批": after the region's count, the office's own
  if ((m = c.match(PETITION_OFFICE)) && /(全[省市区县州旗]|各级)[^,;。\d]{0,12}(信访|来访|来信)/.test((x.opening ?? "") + x.before.slice(0, Math.max(0, x.before.length - c.length)))) return { value: "sub_entity", note: m[0] };
  if (x.department && (m = c.match(THIS_DEPARTMENT))) return { value: "sub_entity", note: `${x.department}(${m[0]})` };
  // "由我局承办的…建议共17件", "我局办理行政诉讼案件31宗" from a bureau that does not name itself: its own share of
  // the suggestions, its own lawsuits (a justice bureau's 复议 and 调解 counts, by contrast, are the region's)
  // (and its own officers, the cases against it, a unit under it: "本局持证行政执法人员26名", "本局自身作为被申请人的",
  // "本局直属的…调解工作室调解纠纷186件")
  if (!x.department && (m = c.match(THIS_DEPARTMENT)) && (x.area === "oversight" || x.area === "litig" || x.area === "enforce" || x.indicatorId === "recon_as_respondent" || AS_RESPONDENT.test(c) || /^(其中)?(本局|我局)(直属|所属|下属)/.test(c))) return { value: "sub_entity", note: m[0] };
  // A department's own figures in its report ("局本级持证执法人员42名").
  if ((m = c.match(DEPARTMENT_ITSELF))) return { value: "sub_entity", note: m[0] };
  if ((m = c.match(KIND))) return { value: "subcategory", note: m[0] };
  if ((m = c.match(TOWN))) return { value: "sub_entity", note: m[1] };
  // One named committee or chamber ("医疗纠纷人民调解委员会受理…"), not "全县各级调委会" or "12个调委会".
  if ((m = c.match(BODY)) && !/各|全[省市区县州旗]|所有|\d/.test(m[1])) {
    return committeeOf(m[0], m[1]);
  }
  const singled = c.match(SINGLED_OUT);
  const place = namedPlace(singled ? c.slice(singled[0].length) : c);
  if (place && !sameOrWithin(place.name, x.docName)) {
    const rank = LEVEL_RANK[place.level];
    // (the body that reviews the cases against this government is always above it: "郑州市人民政府共受理9件")
    if (x.docLevel && rank < LEVEL_RANK[x.docLevel]) return x.indicatorId === "recon_as_respondent" ? null : { value: "higher_level", note: place.name };
    return { value: "sub_entity", note: place.name };
  }
  return null;
}

/** Where the bracket still open at the end of `s` begins, or -1. */
export function openBracket(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ")" || c === "）") depth++;
    else if (c === "(" || c === "（") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A government of a level below the document's ("区政府" in a city's report, "市政府" in a province's). */
function lowerGovernment(said: string, x: ScopeInput): boolean {
  const lvl = said.match(/(省|市|区|县|州|旗|盟)(人民)?(政府|行政公署|本级)/)?.[1];
  if (!lvl) return false;
  // (a 地区's "地区政府" is its own)
  if (x.docLevel === "prefecture") return /[县旗]/.test(lvl) || (lvl === "区" && !/地区$/.test(x.docName ?? ""));
  // (a municipality's 市政府 and an autonomous region's 区政府 are its own)
  if (x.docLevel === "province") return /[县州盟旗]/.test(lvl) || (lvl === "市" && !/市$/.test(x.docName ?? "")) || (lvl === "区" && !/自治区$/.test(x.docName ?? ""));
  return false;
}

/** A real jurisdiction named at the start of a clause ("孝南区收到…", "其中邓州市…"), by the gazetteer. */
function namedPlace(clause: string): { name: string; level: AdminLevel } | null {
  const m = clause.match(CLAUSE_PLACE);
  if (!m) return null;
  const g = loadGazetteer();
  // The lazy match is the shortest candidate; try longer ones ("湖北省孝感市") up to the first one the gazetteer knows.
  const start = (m[1] ?? "").length + (clause.startsWith("在", (m[1] ?? "").length) ? 1 : 0);
  for (let end = start + 3; end <= Math.min(clause.length, start + 10); end++) {
    const name = clause.slice(start, end);
    if (!/(省|自治区|市|州|盟|区|县|旗)$/.test(name)) continue;
    const units = g.byFullName(name);
    if (!units.length) continue;
    // "天津市南开区政府法制办公室…": a place written with its parent before it is the place, not the parent
    for (let end2 = end + 2; end2 <= Math.min(clause.length, end + 8); end2++) {
      const child = clause.slice(end, end2);
      if (!/(市|州|盟|区|县|旗)$/.test(child)) continue;
      const inner = g.byFullName(child);
      if (inner.length) return { name: name + child, level: inner[0].level };
    }
    return { name, level: units[0].level };
  }
  return null;
}

/**
 * Rows of a table that name places ("广东 | 9079 | 4", "昆明市 | 1,203"), when at least three do: a table comparing
 * the document's own place with its peers or breaking it down by its parts. The own row is the region's, a row of
 * a lower level is a part of it, and a peer's row ("山东 | 18403") is nobody's here (null).
 */
export function placeRowScopes(rows: Iterable<string>, docLevel: AdminLevel | null, docName: string | null): Map<string, Marked<Scope> | null> {
  const out = new Map<string, Marked<Scope> | null>();
  if (!docLevel || !docName) return out;
  const g = loadGazetteer();
  for (const row of new Set(rows)) {
    const name = row.trim();
    if (name.length < 2 || name.length > 10) continue;
    const units = [...g.byFullName(name), ...g.byShortName(name)];
    if (!units.length) continue;
    if (units.some((u) => u.name === docName)) out.set(row, { value: "jurisdiction", note: null });
    else if (units.every((u) => LEVEL_RANK[u.level] > LEVEL_RANK[docLevel])) out.set(row, { value: "sub_entity", note: name });
    else out.set(row, null);
  }
  return out.size >= 3 ? out : new Map();
}

function sameOrWithin(place: string, docName: string | null): boolean {
  return !!docName && (place === docName || place.endsWith(docName));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const COUNTS_ONLY = /^[\s\d.,、]*(批次|批|件|人次|人)?[\s、和及]*$/;

/** The offset of the nearest , ; or : before `end` (a comma between digits is a thousands separator), or -1. */
function breakBefore(s: string, end: number): number {
  let i = end - 1;
  for (; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 59 || c === 58) break;
    if (c === 44 && !(isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1)))) break;
  }
  return i;
}

/** The part of `before` after the last comma or semicolon: the clause the number stands in. */
export function clauseTail(before: string): string {
  // ("区级领导接访下访:52批次", "领导干部接访:43批、126人次": after a colon and nothing but counts, the label before
  // it is the number's clause)
  const i = breakBefore(before, before.length);
  if (i > 0 && before.charCodeAt(i) === 58 && COUNTS_ONLY.test(before.slice(i + 1))) return before.slice(breakBefore(before, i) + 1, i) + before.slice(i + 1);
  return before.slice(i + 1);
}

/** A prefecture-level city with no counties under it (儋州市, 东莞市, 中山市, 嘉峪关市): it is its own only reconsideration body. */
function withoutCounties(name: string | null): boolean {
  if (!name) return false;
  const g = loadGazetteer();
  const units = g.byFullName(name).filter((u) => u.level === "prefecture");
  parents ??= new Set(g.units().map((u) => u.parent_code).filter((c): c is string => c !== null));
  return units.length === 1 && !parents.has(units[0]!.code);
}
/** codes of the units that have units under them, built once */
let parents: Set<string> | null = null;

/** The longest ending of `s` that the gazetteer knows as a full name, or null. */
function knownSuffix(s: string): string | null {
  const g = loadGazetteer();
  for (let k = 0; k <= s.length - 2; k++) if (g.byFullName(s.slice(k)).length) return s.slice(k);
  return null;
}

/** Is the place called `upper` above the place called `lower` (遵义市 above 仁怀市)? */
function isAncestorName(upper: string, lower: string): boolean {
  const g = loadGazetteer();
  const ups = g.byFullName(upper);
  return g.byFullName(lower).some((u) => ups.some((a) => u.ancestors.includes(a.code)));
}

/** Is a 市/省/… congress above the reporting jurisdiction? 市 in a county-level city's report is its own. */
export function isHigherLevel(prefix: string, level: AdminLevel | null, name: string | null): boolean {
  if (prefix === "全国") return true;
  if (level === "province") return false;
  if (prefix === "省" || prefix === "自治区") return true;
  if (level === "prefecture") return false;
  if (level === "county") {
    if (prefix === "市") return !(name ?? "").endsWith("市");
    if (prefix === "州" || prefix === "盟") return true;
  }
  return false;
}
