// Which year a report is about, and when it was published.
import { findTitleLine } from "./title.ts";
import {
  DATE_SRC, dateFromMatch, findSignature, headingLevel, inRanges, organLine, parseDate, planRanges,
  PLAN_HEADING_RE, splitLines, type Line,
} from "./text.ts";

export interface YearHints {
  title?: string;
  /** the page's own title when it is not a report's ("洛阳中院发布2019年度行政审判白皮书") */
  pageTitle?: string;
  published_on?: string;
  source_url?: string;
}

export interface YearResult {
  year: number | null;
  reason: string;
  /** the text was written after its report year and calls that year 去年 (news from a meeting on the year) */
  lookingBack?: boolean;
}

const CN_YEAR: Record<string, string> = { 〇: "0", 零: "0", "○": "0", O: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
/** 二〇二三年 → 2023年, so that one regex serves both. */
function arabicYears(s: string): string {
  return s.replace(/[〇零○O一二三四五六七八九]{4}(?=\s*年)/g, (m) => [...m].map((c) => CN_YEAR[c] ?? c).join(""));
}

const plausible = (y: number) => y >= 2000 && y <= 2100;

/** "2021—2025年", "2019年至2021年": a year that is part of a range does not name the report year. */
function inRange(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 3), start);
  const after = s.slice(end, end + 6);
  // ("截至2025年底" is a date, not a range's end)
  return /(?<!截|截止)[-—–~~至到]\s*$/.test(before) || /^\s*(?:年\s*)?[-—–~~至到]\s*(?:19|20)\d{2}/.test(after);
}

/** Years named in a title, minus those of the next-year plan part ("…和2024年工作安排"). */
function titleYear(title: string): number | null {
  const t = arabicYears(title);
  // a review of several years ("北流市2021—2023年法治政府建设工作总结") is about the last of them
  const span = t.match(/((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年(?!\s*[)）])/);
  if (span && Number(span[2]) > Number(span[1]) && Number(span[2]) - Number(span[1]) <= 10 && !/纲要|规划/.test(t.slice(span.index! + span[0].length, span.index! + span[0].length + 4))) return Number(span[2]);
  // "关于2021年度及2022年上半年重点工作任务完成情况…的报告": a year and then part of the next, both done, reach the later
  const joined = t.match(/((?:19|20)\d{2})\s*年(?:度)?(?:全年)?\s*(?:及|和|与|、|暨)\s*((?:19|20)\d{2})\s*年(?:上半年|一季度|第一季度|前三季度|1\s*[-—~至]\s*\d{1,2}\s*月)/);
  if (joined && Number(joined[2]) === Number(joined[1]) + 1) return Number(joined[2]);
  const re = /((?:19|20)\d{2})\s*年(?:度)?/g;
  for (let m; (m = re.exec(t)); ) {
    const y = Number(m[1]);
    if (!plausible(y) || inRange(t, m.index, m.index + 4)) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^[^,,。和及与]{0,12}(?:计划|安排|规划|要点|打算|思路)/.test(after) && !/情况|总结|报告/.test(after.slice(0, 8))) continue;
    return y;
  }
  return null;
}

/** The first content lines: not site chrome, not the title, not the issuer line, not a salutation ("市委:"). */
function openingLines(lines: Line[], titleIdx: number, n: number): Line[] {
  const out: Line[] = [];
  const title = titleIdx >= 0 ? lines[titleIdx]!.text : null;
  for (const l of lines) {
    if (out.length >= n) break;
    if (l.chrome || l.text === title || organLine(l.text)) continue;
    if (/^[^,,。]{1,20}[::]$/.test(l.text)) continue; // salutation
    if (l.text.length < 6) continue;
    if (headingLevel(l.text) > 0) break; // the opening paragraph comes before the first section heading
    out.push(l);
  }
  return out;
}

const OPENING_YEAR_RE = /^(?:[((]?[一二三四五六七八九十]+[))、]\s*|【[^】]{2,12}】\s*)?((?:19|20)\d{2})\s*年(?:度)?(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\s*[-—–~至到])/;
const SPAN = String.raw`((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年(?:度)?`;
const SPAN_DOC_RE = new RegExp(SPAN + "[^。,;]{0,14}(白皮书|年度报告|工作报告|情况报告|情况通报|分析报告)");
const SPAN_OPENING_RE = new RegExp(String.raw`(?:^|[,;。])\s*(?:据了解,)?` + SPAN + "(?:期间|间|来)?,");
// "…召开2020年…工作会议", "2022年市人大代表建议和政协提案交办会举行"
const MEETING_TITLE = /(?:(?:召开|举行|举办)[^,。]{0,6})?((?:19|20)\d{2})\s*年[^。,]{0,40}(?:会议|大会|座谈会|推进会|部署会|交办会)(?:$|举行|召开|在)/;
const PAGE_TITLE_DOCUMENT = /((?:19|20)\d{2})\s*年度?(?![-—~至到\d])[^,，。;、\d]{0,20}(白皮书|年度报告|工作报告|情况报告|统计公报|公报|年报|工作总结)/;
const YEAR_REVIEW_MEETING = /((?:19|20)\d{2})\s*年度[^。,，;\n]{0,30}?(?:总结表彰|表彰|总结|考评|述职)[^。,，;\n]{0,4}(?:会|大会)(?:议)?(?:上|中)/;
const SUMS_UP_YEAR = /(?:会议|大会)[^。]{0,6}(?:总结|回顾)(?:了)?\s*((?:19|20)\d{2})\s*年(?:度)?[^。]{0,30}?工作[^。]{0,80}?(?:部署|安排)[^。]{0,6}((?:19|20)\d{2})\s*年/;
const FIGURES_OF_YEAR = /(?:^|[。;\n])[^。;\n]{0,12}?((?:19|20)\d{2})\s*年(?:度)?\s*[,，]?[^。]{0,40}?\d+\s*(?:件|人次|批|%|名)/m;
const REPORT_PHRASE_RE = /((?:19|20)\d{2})\s*年(?:度)?(?:全[省市区县州旗]|本[省市区县]|我[省市区县]|[\u4e00-\u9fff]{0,12}?)(?:法治政府建设|依法行政|法治建设)(?:工作)?(?:情况|年度报告|报告|总结)/;
const SESSION_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^\n]{0,30}(人民代表大会|人大常委会|政协)[^\n]{0,20}会议上/;
const YEARBOOK_RE = /年鉴\s*[(（]\s*((?:19|20)\d{2})\s*[)）]|((?:19|20)\d{2})\s*年?\s*年鉴/;
const DONE_HEADING_RE = /工作情况|主要工作|工作成效|主要成效|主要做法|主要举措|工作开展|开展情况|完成情况|工作回顾|取得的成效|总体情况|推进情况/;

/**
 * The year the report is ABOUT. In order: the title's year; an opening sentence that starts with the year
 * ("2023年,铁岭市政府…"); a report phrase near the top ("现将2023年度法治政府建设情况报告如下"); a section heading on the
 * year's work ("一、2023年工作情况"); the most frequent year outside the next-year plan section; and only then the
 * publication date (reports are published in the first months of the following year).
 */
export function resolveReportYear(text: string, hints?: YearHints): YearResult {
  const lines = splitLines(text);
  const titleIdx = findTitleLine(lines);
  // the plan sections are not needed when the title names the year (most reports)
  let plans: Array<[number, number]> | null = null;

  // 0. a yearbook volume describes the year before it: 《夷陵年鉴(2021)》 is about 2020 (unless the entry says otherwise)
  const book = text.slice(0, 300).match(YEARBOOK_RE);
  if (book) {
    const y = Number(book[1] ?? book[2]) - 1;
    if (plausible(y)) return { year: y, reason: `yearbook volume: ${book[0]}` };
  }

  // a work report delivered at a congress session early in a year reviews the year before ("过去的一年"):
  // "——2020年1月9日在玉林市第五届人民代表大会第五次会议上"
  const session = text.slice(0, 400).match(SESSION_RE);
  if (session && /过去的?一年|过去一年|一年来/.test(text.slice(0, 2000)) && Number(session[2]) <= 4) {
    return { year: Number(session[1]) - 1, reason: `work report delivered ${session[0]}, reviewing the year before` };
  }
  // a report to the standing committee on one field, delivered early in a year, whose figures are stated for the
  // year before ("——2025年4月24日在…常务委员会…会议上" … "2024年,全市收到行政复议申请392件")
  if (session && Number(session[2]) <= 6) {
    const before = Number(session[1]) - 1;
    if (new RegExp(`(^|[\\n。;])\\s*${before}\\s*年(度)?[,，]?[^。\\n]{0,40}\\d`).test(arabicYears(text))) {
      return { year: before, reason: `report delivered ${session[0]}, its figures stated for ${before}` };
    }
  }

  // 0b. "南县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议": the meeting opens that year's work; the figures
  // it reports are of the year before, stated in a sentence that opens with their year
  const meeting = [hints?.title, ...lines.slice(0, 4).map((l) => l.text)].map((t) => (t ? arabicYears(t).match(MEETING_TITLE) : null)).find(Boolean);
  if (meeting) {
    const y = Number(meeting[1]);
    const stated = arabicYears(text).match(FIGURES_OF_YEAR);
    if (stated && Number(stated[1]) === y - 1) return { year: y - 1, reason: `meeting news: the figures are of ${stated[1]}` };
  }

  // 0c. "3月13日,全市行政复议工作会议召开。会议总结2024年全市行政复议工作,…部署2025年重点任务": a meeting that sums up a
  // year and plans the next reports the year it sums up
  const summed = arabicYears(text.slice(0, 1200)).match(SUMS_UP_YEAR);
  if (summed && Number(summed[2]) === Number(summed[1]) + 1 && plausible(Number(summed[1]))) {
    return { year: Number(summed[1]), reason: `meeting news summing up ${summed[1]}: ${summed[0]}` };
  }

  // 1. title (the reader's title first, then the title line in the text)
  for (const [src, t] of [["title hint", hints?.title], ["title", titleIdx >= 0 ? lines[titleIdx]!.text : undefined]] as const) {
    if (!t) continue;
    const y = titleYear(t);
    if (y) return { year: y, reason: `${src}: ${t.trim()}` };
  }

  // 1b. a first line that starts with its year and names a document ("2023年《政府工作报告》重点工作目标任务进展情况表")
  const first = lines.find((l) => !l.chrome);
  const named = first ? arabicYears(first.text).match(/^((?:19|20)\d{2})\s*年(?:度)?(?![-—–~至到\d])[^。,;]{0,40}(?:报告|情况|总结|统计|情况表|进展表)$/) : null;
  if (named && plausible(Number(named[1]))) return { year: Number(named[1]), reason: `first line: ${first!.text}` };

  let pubMemo: string | null | undefined;
  const publishedOn = () => (pubMemo === undefined ? (pubMemo = resolvePublishedOn(text, { published_on: hints?.published_on, source_url: hints?.source_url })) : pubMemo);
  const publishedYear = () => Number(publishedOn()?.slice(0, 4) ?? 0);
  // 2. opening sentence
  for (const l of openingLines(lines, titleIdx, 2)) {
    const s = arabicYears(l.text);
    const m = OPENING_YEAR_RE.exec(s);
    if (m && plausible(Number(m[1])) && !inRanges(l.start, (plans ??= planRanges(lines)))) {
      // ("2016年以来,全县累计…" on a page of 2021 opens a span, not the year)
      if (/^\s*以来/.test(s.slice(m.index + m[0].length)) && Number(m[1]) < publishedYear() - 1) continue;
      return { year: Number(m[1]), reason: `opening sentence: ${s.slice(0, 24)}…` };
    }
  }

  // 2b. a review of several years, named at the top ("公布了2020年-2022年行政审判工作白皮书", "2020年至2022年,全市…"):
  // its figures reach up to the last year
  for (const l of openingLines(lines, titleIdx, 2)) {
    const s = arabicYears(l.text).replace(/《[^》]*》/g, "");
    const m = s.match(SPAN_DOC_RE) ?? s.match(SPAN_OPENING_RE);
    if (m && Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10 && plausible(Number(m[2]))) {
      return { year: Number(m[2]), reason: `a review of ${m[1]}–${m[2]} named at the top` };
    }
  }

  // 3. a report phrase near the top ("现将XX市2023年度法治政府建设情况报告如下")
  const headText = arabicYears(
    lines.filter((l) => l.start < 1200 && !l.chrome).map((l) => l.text).join("\n"),
  ).replace(/《[^》]*》/g, "");
  const rp = REPORT_PHRASE_RE.exec(headText);
  if (rp && plausible(Number(rp[1])) && !inRange(headText, rp.index, rp.index + 4)) {
    const after = headText.slice(rp.index + 5, rp.index + 12);
    if (!/^度?(?:工作)?(?:计划|安排|要点)/.test(after)) return { year: Number(rp[1]), reason: `report phrase near the top: ${rp[0]}` };
  }

  // 4. a section heading on the year's work, not the next year's plan
  for (const l of lines) {
    if (headingLevel(l.text) === 0 || l.text.length > 40) continue;
    const s = arabicYears(l.text);
    const m = /((?:19|20)\d{2})\s*年(?:度)?/.exec(s);
    if (!m || !plausible(Number(m[1])) || inRange(s, m.index, m.index + 4)) continue;
    if (PLAN_HEADING_RE.test(s) || !DONE_HEADING_RE.test(s)) continue;
    return { year: Number(m[1]), reason: `section heading: ${l.text}` };
  }

  // 4a. a page title that names a document of a year ("洛阳中院发布2019年度行政审判白皮书"): the news is about it
  const titled = hints?.pageTitle ? arabicYears(hints.pageTitle).match(PAGE_TITLE_DOCUMENT) : null;
  if (titled && plausible(Number(titled[1]))) return { year: Number(titled[1]), reason: `page title names a document of the year: ${hints!.pageTitle}` };

  // 4b. news from a meeting that sums up or commends a named year ("召开的2006年度社会治安综合治理…表彰会上获悉:
  // 去年该县…"): the figures are of that year
  const review = arabicYears(text.slice(0, 300)).match(YEAR_REVIEW_MEETING);
  if (review && plausible(Number(review[1]))) return { year: Number(review[1]), reason: `news from a meeting on the year: ${review[0]}`, lookingBack: true };

  // 5. most frequent year in the body, outside plan sections, 《》 titles and year ranges
  const published = publishedOn();
  // an item published in the second half of a year about "今年以来" is about that year, whatever earlier years it cites
  if (published && Number(published.slice(5, 7)) >= 6 && /今年以来|今年1月以来|今年来|今年1至|今年1—|今年上半年|今年前三季度|今年一季度/.test(text.slice(0, 1500))) {
    return { year: Number(published.slice(0, 4)), reason: `published ${published}, about 今年 (this year so far)` };
  }
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const counts = new Map<number, number>();
  const notDates = new Set<number>(); // years named other than in a date (a date is when it was written, not what about)
  const since: number[] = []; // the years a span starts at: 2021年以来
  for (const l of lines) {
    if (l.chrome || inRanges(l.start, (plans ??= planRanges(lines)))) continue;
    const s = arabicYears(l.text).replace(/《[^》]*》/g, (m) => " ".repeat(m.length));
    const re = /((?:19|20)\d{2})\s*年/g;
    for (let m; (m = re.exec(s)); ) {
      const y = Number(m[1]);
      if (!plausible(y) || inRange(s, m.index, m.index + 4)) continue;
      if (pubYear !== null && y > pubYear) continue;
      // "2026年是“十五五”开局之年": what a year will be, said in the outlook; "力争2024年…保持在98%以上": a target's year
      if (/^\s*(是|将是)/.test(s.slice(re.lastIndex)) || /(力争|争取|计划|预计|目标|确保)\s*(在|于|到)?\s*$/.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
      // "于2013年12月被省司法厅授予…称号": a list of honours won over the years, not the year of the figures
      if (HONOURED.test(s.slice(re.lastIndex, re.lastIndex + 40).split(/[,;。，；]/)[0]!)) continue;
      // "与2023年基本持平", "比2023年多749件": the year compared with, not the one the text is about
      if (/(与|比|较|同)\s*$/.test(s.slice(Math.max(0, m.index - 1), m.index))) continue;
      if (/^\s*(以来|来)/.test(s.slice(re.lastIndex))) since.push(y);
      counts.set(y, (counts.get(y) ?? 0) + 1);
      if (!/^\s*\d{1,2}\s*月/.test(s.slice(re.lastIndex))) notDates.add(y);
    }
  }
  // "2021年以来,全区累计…" beside a later year: where a span starts, not the year the text is about (alone,
  // "2025年以来全县新收…" is that year so far; but "自2019年以来…累计" on a page of 2024 is a span of five years)
  const latest = Math.max(...counts.keys());
  for (const y of since) {
    if (y >= latest && !(pubYear !== null && y < pubYear - 1)) continue;
    const n = (counts.get(y) ?? 0) - 1;
    if (n > 0) counts.set(y, n);
    else counts.delete(y);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (ranked.length && ranked[0]![1] >= 2 && (ranked.length === 1 || ranked[0]![1] >= 1.5 * ranked[1]![1])) {
    const [y, c] = ranked[0]!;
    return { year: y, reason: `most frequent year in the body (${c}×, outside plan sections)` };
  }
  // a short item (a yearbook entry, a news item) may name its year once: "【人民调解】2020年,县司法局…"
  if (ranked.length === 1 && notDates.has(ranked[0]![0])) return { year: ranked[0]![0], reason: "the only year named in the body" };

  // 5b. a look back over a whole five-year plan ("“十四五”期间,全市…") and no year named: the plan's last year
  const plan = text.match(/[“"]?十([二三四五六])五[”"]?(?:期间|时期)/);
  if (!ranked.length && plan) {
    const end = 2000 + 5 * ("二三四五六".indexOf(plan[1]!) + 3);
    if (plausible(end)) return { year: end, reason: `a look back over ${plan[0]} (to ${end})` };
  }

  // 5c. the count closed at a year's end ("截至2020年12月31日,共提交提案203件"), whenever the page was posted: that year
  const closed = arabicYears(text).match(/(?:截至|截止|截止到|截至到)\s*((?:19|20)\d{2})\s*年\s*(?:12\s*月\s*31\s*日|底|末|年底)/);
  if (closed && !notDates.size && plausible(Number(closed[1])) && (pubYear === null || Number(closed[1]) <= pubYear)) {
    return { year: Number(closed[1]), reason: `figures closed at the end of ${closed[1]} (${closed[0]})` };
  }
  // 5c. no publication date and only dates in the body ("2020年9月10日,通城县人民调解中心正式建成,启用以来…"): their year
  if (!published && ranked.length === 1) return { year: ranked[0]![0], reason: "the only year in the body, in a date" };

  // 6. the publication date, as a fallback
  if (published) {
    const y = Number(published.slice(0, 4));
    const month = Number(published.slice(5, 7));
    // ("今年,平罗县诉前调委会共受理…": 今年 heading a sentence)
    const thisYear = /今年以来|今年来|今年上半年|今年是|截至目前|截止目前|截至当前|(^|[。\s,，])今年[,，]|今年(全[省市区县]|共|累计)/.test(text);
    // (a report dated in November or December is about the year it closes: "…人大会议期间代表意见建议办理情况的报告", 2023-12-12)
    // (news of the second half of a year, "本报讯…近日,…", is of that year too; and news of a session's items, whose
    // batch is the session's year: "市政协十二届五次会议期间,…共提交提案639件" on 2016-02-19)
    const news = /本报讯|记者|近日|日前/.test(text.slice(0, 300));
    // (or "今年“两会”交由县政府系统办理的人大代表建议有57件": this year's session's items, handed over in spring)
    const session = (/届[^。,，]{0,6}?[一二三四五六七八九十]+次(会议|全会)(期间|上|以来)?[^。]{0,40}(提案|建议)/.test(text.slice(0, 600)) || /今年[“"]?两会[”"]?[^。]{0,30}(提案|建议)/.test(text.slice(0, 800))) && !/去年|上年/.test(text.slice(0, 600));
    // (a month's figures, "8月份,全市…受理纠纷869件", released the month after: that year's)
    const monthly = text.slice(0, 600).match(/(?<![\d年])([1-9]|1[01])\s*月份/);
    if ((month >= 7 && (thisYear || news)) || month >= 11 || session || (monthly && Number(monthly[1]) < month)) {
      return { year: y, reason: `fallback: published ${published} and the text speaks of 今年 (this year)` };
    }
    // "4月16日,记者从泸溪县司法局获悉:目前,该县共调处各类矛盾纠纷512件": news in spring of where things stand now, not a
    // report on the year before (which would say 去年 or head itself 报告/总结)
    // (from March: January's and February's news still reviews the year before)
    if (month >= 3 && (thisYear || /目前/.test(text)) && !/去年|上年|上一年|过去一年|一年来/.test(text) && !/报告|总结/.test(text.slice(0, 300))) {
      return { year: y, reason: `fallback: published ${published}; news of where things stand (目前), no word of last year` };
    }
    return {
      year: y - 1,
      reason: `fallback: no year in the text; published ${published}, annual reports describe the previous year`,
    };
  }
  return { year: null, reason: "not found" };
}

// label followed by a date, built once (no g flag: exec keeps no state)
const withDate = (label: RegExp) => new RegExp(label.source + DATE_SRC);
const SIGNATURE_LABELS: Array<[string, RegExp]> = [
  ["成文日期", withDate(/成文日期\s*[::]?\s*/)],
  ["发布日期", withDate(/(?:发布日期|发布时间|发文日期|公开日期)\s*[::]?\s*/)],
];
const SITE_LABELS: RegExp = withDate(/(?:(?<![布新表文])时间|(?<![布文开成])日期|更新时间|发表时间|更新日期)\s*[::]\s*/);

/** The first date after `re`'s label in the first or last lines. */
function labelledDate(lines: Line[], re: RegExp): string | null {
  const n = lines.length;
  for (const l of lines) {
    // metadata sits in the first or last lines of a page
    if (l.index > 25 && l.index < n - 12) continue;
    const m = re.exec(l.text);
    if (m) {
      const d = dateFromMatch(m);
      if (d) return d;
    }
  }
  return null;
}

/**
 * The date the document states for itself, "YYYY-MM-DD": the date under the signature ("2024年1月31日" on its own line
 * at the end) first, then a 成文日期/发布日期 field, then the reader's metadata, then the site's 时间/更新时间 field.
 */
export function resolvePublishedOn(text: string, meta?: { published_on?: string; source_url?: string }): string | null {
  const lines = splitLines(text);
  const sig = findSignature(lines);
  if (sig.date) return sig.date;
  for (const [, re] of SIGNATURE_LABELS) {
    const d = labelledDate(lines, re);
    if (d) return d;
  }
  if (meta?.published_on) {
    const d = parseDate(meta.published_on);
    if (d) return d;
  }
  return labelledDate(lines, SITE_LABELS) ?? labelledDate(lines, STAMPED) ?? headDate(lines) ?? urlDate(meta?.source_url);
}

const HONOURED = /授予|荣获|获评|被评为|评为|称号|表彰|命名为/;

// a date alone on one of the first lines, or closing one after a space ("…八百零三件提案全部办复 2022年01月20日")
const DATE_LINE = new RegExp(`(?:^|\\s)${DATE_SRC}\\s*$`);
function headDate(lines: Line[]): string | null {
  for (const l of lines.slice(0, 6)) {
    const m = DATE_LINE.exec(l.text);
    if (m) return dateFromMatch(m);
  }
  return null;
}

// a site's stamp without a label: a date with its time of day ("记者 王梦倩  2024-01-25 09:11"); prose dates carry none
// ("2021年09月29日16:01 | 来源:宁夏日报": written with no space before the time)
// (an ISO stamp too: "2017-07-25T20:27:27+00:00")
const STAMPED = new RegExp(DATE_SRC + String.raw`(?:\s*|T)\d{1,2}:\d{2}(?::\d{2})?(?!\d)`);

/**
 * The date a CMS writes into a page's address, as the last resort: ".../202511/t20251120_4288998.html" (TRS),
 * ".../art/2025/2/20/art_1229175915_4333185.html" (Hanweb), ".../2025/01-03/837272.html", ".../20230131/5e2a….html". A month alone is no date.
 */
export function urlDate(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = path.match(/\/t(20\d{2})(\d{2})(\d{2})_\d+/) ?? path.match(/\/art\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\//) ?? path.match(/\/(20\d{2})\/(\d{1,2})-(\d{1,2})\//)
    ?? path.match(/\/(20\d{2})(\d{2})(\d{2})\//) ?? path.match(/\/(20\d{2})\/(\d{2})\/(\d{2})\//) ?? path.match(/\/(20\d{2})-(\d{1,2})\/(\d{1,2})\//)
    // (people.com.cn: ".../n2/2021/0929/c192482-34938008.html"; newspapers: ".../content/202202/22/content_53935.html")
    ?? path.match(/\/(20\d{2})\/(\d{2})(\d{2})\//) ?? path.match(/\/(20\d{2})(\d{2})\/(\d{2})\//)
    // (".../yongdinnews/2017-12-19/141723.html")
    ?? path.match(/\/(20\d{2})-(\d{1,2})-(\d{1,2})\//);
  return m ? parseDate(`${m[1]}年${m[2]}月${m[3]}日`) : null;
}
