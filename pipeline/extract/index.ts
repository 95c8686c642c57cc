// Stage 5: every number in the report's body that states a catalogued indicator, with its qualifier, period,
// scope, evidence sentence and offsets. Rules live with their indicators (pipeline/catalog); this module only
// applies them: lead/trail around each number, the topic in force, then the context markers.
import { INDICATOR_BY_ID, INDICATORS, MERGED } from "../catalog/indicators.ts";
import type { Indicator, Rule, Topic } from "../catalog/types.ts";
import type { AdminLevel, DocKind, Period, Qualifier, Scope } from "../schema.ts";
import type { Segmented, Sentence } from "../segment/index.ts";
import { findNumbers, type NumberMention } from "./numbers.ts";
import { CARRIED_AND_NEW, clauseTail, COURT_ON_THE_CASES, notObservation, openBracket, OWN_TIME, periodOf, placeRowScopes, scopeOf, SUBORDINATE_RESPONDENT, type Marked } from "./context.ts";
import { tableCells, verticalCells } from "./tables.ts";
import { lastTopic, topicAt, topicMarks, type TopicMark } from "./topics.ts";

export interface Extracted {
  indicator_id: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  period: Period;
  period_note: string | null;
  scope: Scope;
  scope_note: string | null;
  evidence: string;
  char_start: number;
  char_end: number;
  raw_text: string;
  rule: string;
  flags: string[];
  /** Set when an analyst's correction changed or rejected the value. */
  original_value?: number | null;
  correction?: string | null;
}

/** An observation as derive and headline carry it. */
export interface Staged extends Extracted {
  is_derived: boolean;
  is_headline: boolean;
}

/**
 * A copy whose flags can be changed without touching `o`. Every stage after extract copies through here, so that all
 * observations share one object shape: spread copies of objects made in different places gave V8 several, and each
 * new one de-optimized the stages' largest functions, whose recompiling cost seconds of CPU per 10,000 reports.
 */
export function staged(o: Extracted, is_derived = false, is_headline = false): Staged {
  return {
    indicator_id: o.indicator_id, value: o.value, unit: o.unit, qualifier: o.qualifier, period: o.period, period_note: o.period_note,
    scope: o.scope, scope_note: o.scope_note, evidence: o.evidence, char_start: o.char_start, char_end: o.char_end, raw_text: o.raw_text,
    rule: o.rule, flags: [...o.flags], original_value: o.original_value, correction: o.correction, is_derived, is_headline,
  };
}

export interface DocContext {
  admin_level: AdminLevel | null;
  jurisdiction_name: string | null;
  report_year: number | null;
  /** YYYY-MM-DD when known: a document published during its report year speaks of the year so far */
  published_on?: string | null;
  doc_kind?: DocKind | null;
  /** the part of the year the whole document covers, when it says so at its head (see dataWindow) */
  window?: Marked<Period> | null;
  /** in a department's own report (市场监督管理局, 公安局…), that department: its figures are not the region's */
  department?: string | null;
  /** in a justice bureau's own report (格尔木市司法局…工作总结), that bureau: its 复议, 调解 and 执法 figures are the
   * region's, but the suggestions it answered and the visitors it received are its own */
  office?: string | null;
  /** the text gives figures "so far" (截至10月底, 今年以来 in its own year): its 目前 flows are the year so far too */
  draftedEarly?: boolean;
  /** the text says what its bare brackets hold ("括号内为2022年数据"): "18.6万件(17.2万件)" gives the bracket that period */
  bracketsHold?: Marked<Period> | null;
  /** written after the report year, which the text calls 去年, when no publication date says so (identify's
   * looking_back: news from a meeting that sums up the year) */
  lookingBack?: boolean;
  /** a government information-disclosure annual report: the reconsideration and lawsuit counts it gives (in its
   * section 因政府信息公开工作被申请行政复议、提起行政诉讼情况) are those about disclosure only */
  disclosure?: boolean;
}

// (not suggestions and proposals: a session's batch is the year's, however early it was all answered)
const WINDOWED = new Set(["recon", "litig", "dispute"]);
const HEAD_WINDOW = /数据(统计)?(截至|截止)(到)?(\d{4}年)?(\d{1,2})月(\d{1,2}日|底|末)?/;
const TITLE_WINDOW = /(上半年|一季度|第一季度|前三季度|1\s*月?\s*[-—~至]\s*(\d{1,2})\s*月)/;

/**
 * The part of the year a whole document covers when its title or head says so: "(本报告数据截至2024年11月30日)",
 * "2025年上半年矛盾纠纷多元化解工作新闻发布会". Null for a document about a whole year.
 */
export function dataWindow(text: string, title: string | null): Marked<Period> | null {
  const head = text.slice(0, 600);
  const m = head.match(HEAD_WINDOW);
  if (m && Number(m[5]) < 12) return { value: "partial", note: m[0] };
  const t = (title ?? text.split("\n", 1)[0] ?? "").match(TITLE_WINDOW);
  if (t && !(t[2] && Number(t[2]) === 12)) return { value: "partial", note: t[0] };
  return null;
}

// "括号内为2022年数据", "括号内数字为上年同期数"
const BRACKET_NOTE = /括号内(?:的)?(?:数据|数字|数值)?(?:为|是|系)(?:(上年|去年|上一年)(同期)?|(\d{4})年(同期)?)/;
function bracketsHold(seg: Segmented, ctx: DocContext): Marked<Period> | null {
  for (const s of seg.sentences) {
    if (!s.text.includes("括号")) continue;
    const m = s.text.match(BRACKET_NOTE);
    if (!m) continue;
    if (m[1] || (m[3] && ctx.report_year !== null && Number(m[3]) < ctx.report_year)) return { value: "prior_year", note: m[0] };
  }
  return null;
}

/** The bracket of bare figures right after a value that `at` is in ("18.6万件(17.2万件)"), as its offset; -1 if none. */
function bareBracketAt(s: string, at: number): number {
  const open = openBracket(s.slice(0, at));
  return open > 0 && /[\d%件次批人名]$/.test(s.slice(0, open)) && /^[\d.,万余多近%件批次人名、\s]*$/.test(s.slice(open + 1, at)) ? open : -1;
}

/**
 * Published in its report year before December: "今年以来" and "2025年以来" are the year so far. A news item with no
 * date is taken as written while its events ran.
 */
// "截止10月底", "截至11月30日": a window that ends before December, said anywhere in the text
const EARLY_CUTOFF = /(截至|截止)(到|至)?\s*(\d{4}年)?\s*([1-9]|1[01])\s*月(底|末|份|\d{1,2}日)?/;
function draftedEarly(seg: Segmented, ctx: DocContext): boolean {
  return seg.sentences.some((s) => s.section.kind === "body" && (EARLY_CUTOFF.test(s.text) || (writtenInYear(ctx) && /今年以来|年初以来/.test(s.text))));
}
// "目前,…败诉率下降至5.22%": a figure of the moment
const AT_PRESENT = /(目前|截至目前|截止目前|当前)[^。;]*$/;

/** The publication's year and month, when the document gives its date. */
function publishedMonth(ctx: DocContext): { year: number; month: number } | null {
  const m = ctx.published_on?.match(/^(\d{4})-(\d{2})/);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** The publication date when it falls in the report year before December, else null. */
function publishedBeforeYearEnd(ctx: DocContext): string | null {
  const p = publishedMonth(ctx);
  return p && p.year === ctx.report_year && p.month <= 11 ? ctx.published_on! : null;
}

// asked for every number: the answers for the last context asked about are kept
let writtenFor: DocContext | null = null;
let writtenAnswer = false;
let lastYearAnswer = false;
function remember(ctx: DocContext): void {
  if (ctx === writtenFor) return;
  writtenFor = ctx;
  writtenAnswer = isWrittenInYear(ctx);
  // news published the year after its report year: its 去年 is the report year
  const p = publishedMonth(ctx);
  lastYearAnswer = (ctx.doc_kind === "news" && ctx.report_year !== null && p?.year === ctx.report_year + 1) || ctx.lookingBack === true;
}

function writtenInYear(ctx: DocContext): boolean {
  remember(ctx);
  return writtenAnswer;
}

function lastYearIsReport(ctx: DocContext): boolean {
  remember(ctx);
  return lastYearAnswer;
}

function isWrittenInYear(ctx: DocContext): boolean {
  if (ctx.lookingBack) return false;
  const p = publishedMonth(ctx);
  if (!p) return ctx.doc_kind === "news";
  // (a December item's 今年以来 is still the year so far: "截至11月底")
  return p.year === ctx.report_year;
}

interface CompiledRule {
  indicator: Indicator;
  rule: Rule;
  index: number;
}

// Priority first, catalog order second: specific wordings (被复议, 调解结案) are tried before generic ones (办理).
const RULES: CompiledRule[] = INDICATORS.flatMap((indicator) => indicator.rules.map((rule, index) => ({ indicator, rule, index })))
  .map((r, order) => ({ r, order }))
  .sort((a, b) => (b.r.rule.priority ?? 0) - (a.r.rule.priority ?? 0) || a.order - b.order)
  .map(({ r }) => r);

const BREAK = /[,;:]/;
const UNIT_ALIASES: Record<string, string> = { 名: "人", 宗: "件", 起: "件", 件次: "件", 批次: "批" };

function unitOf(indicator: Indicator, unit: string): string {
  if (indicator.kind === "rate") return "%";
  if (indicator.kind === "money") return "元";
  return indicator.unit === unit ? unit : (UNIT_ALIASES[unit] === indicator.unit ? indicator.unit : unit);
}

// The rules that accept each unit, in RULES order: a number is only tried against rules for its unit.
const RULES_BY_UNIT = new Map<string, CompiledRule[]>();
for (const r of RULES) {
  for (const u of r.rule.units) {
    const list = RULES_BY_UNIT.get(u);
    if (list) list.push(r);
    else RULES_BY_UNIT.set(u, [r]);
  }
}

// …and of those, the ones the topic in force allows, worked out once per unit and topic.
const RULES_BY_UNIT_TOPIC = new Map<string, CompiledRule[]>();
function rulesFor(unit: string, topic: Topic | null): CompiledRule[] {
  const key = topic === null ? unit : `${unit}|${topic}`;
  let list = RULES_BY_UNIT_TOPIC.get(key);
  if (!list) {
    list = (RULES_BY_UNIT.get(unit) ?? []).filter(({ rule }) =>
      !(rule.topics && (!topic || !rule.topics.includes(topic))) && !(rule.notTopics && topic && rule.notTopics.includes(topic)));
    RULES_BY_UNIT_TOPIC.set(key, list);
  }
  return list;
}

/** Whether rule `r` (one rulesFor allows for the topic) reads a number with this lead, trail and text before it. */
// The sentence's earlier ;-parts while extractSentence reads one of its parts ("" otherwise).
let openingParts = "";

function matches(r: CompiledRule, lead: string, trail: string, before: string): boolean {
  const { rule } = r;
  if (rule.lead && !rule.lead.test(lead)) return false;
  if (rule.trail && !rule.trail.test(trail)) return false;
  if (rule.not && rule.not.test(lead)) return false;
  if (rule.notBefore && rule.notBefore.test(before)) return false;
  // (the passage a bare verb belongs to may be in the sentence's earlier ;-parts: "…应诉一审行政诉讼案件1,486件;法院审结1,372件")
  if (rule.before && !rule.before.test(before) && !(openingParts && rule.before.test(openingParts + before))) return false;
  if (rule.clause && !rule.clause.test(clauseOf(before))) return false;
  if (rule.notClause && rule.notClause.test(clauseOf(before))) return false;
  return true;
}

/** The first rule (by priority) that reads this number; null when none does. */
export function classify(lead: string, trail: string, before: string, unit: string, topic: Topic | null): CompiledRule | null {
  for (const r of rulesFor(unit, topic)) if (matches(r, lead, trail, before)) return r;
  return null;
}

// The clause a number stands in, for the rules that ask: computed once per `before` (the same string object while one
// number's rules are tried). A cache rather than a closure: tsx names every closure it creates, which costs more.
let tailOf: string | null = null;
let tailMemo = "";
function clauseOf(before: string): string {
  if (before !== tailOf) {
    tailOf = before;
    tailMemo = clauseTail(before);
  }
  return tailMemo;
}

// A bracket closed before the number is a note on the words before it, not the number's own measure:
// "直接纠错(以确认违法、撤销、责令履行等方式结案)30件" is read as 直接纠错.
const CLOSED_BRACKET = /[(（【][^()（）【】]*[)）】]/g;
// An enumeration closed by 等 + a head noun is ruled by the head: "撤销、变更、确认违法等纠错决定17件" is 纠错决定.
const SUBORDINATE_RESPONDENT_CLAUSE = new RegExp(SUBORDINATE_RESPONDENT.source + "的");
const HEAD_AFTER_DENG = /等([^,;:、等\d]{1,10})$/;

/**
 * The rule that reads a number, trying the lead as its structure says first: the head noun of an enumeration,
 * then the lead without closed brackets, then the lead as written.
 */
export function classifyFramed(lead: string, trail: string, before: string, unit: string, topic: Topic | null): { r: CompiledRule; lead: string } | null {
  const head = lead.match(HEAD_AFTER_DENG);
  // "以调解、和解等方式结案": a head of means (方式, 手段) leaves the listed means in charge
  if (head && !/^(方式|形式|手段|途径|渠道|办法|措施)/.test(head[1]!)) {
    const r = classify(head[1]!, trail, before, unit, topic);
    const measured = (r?.rule.priority ?? 0) < 10 ? measureBeforeList(lead, head[1]!, trail, before, unit, topic) : null;
    if (measured && (!r || (measured.r.rule.priority ?? 0) > (r.rule.priority ?? 0))) return measured;
    if (r) return { r, lead: head[1]! };
  }
  if (lead.includes(")") || lead.includes("）") || lead.includes("】") || lead.includes("被申请人的")) {
    // "收到以各乡镇、各部门作为被申请人的行政复议案件35件": the respondent clause only qualifies the cases
    const bare = lead.replace(CLOSED_BRACKET, "").replace(SUBORDINATE_RESPONDENT_CLAUSE, "");
    if (bare !== lead) {
      const r = classify(bare, trail, before, unit, topic);
      if (r) return { r, lead: bare };
      if (/[\p{Script=Han}]{2}/u.test(bare)) return null;
    }
  }
  // "依法撤销、确认违法或者责令履行19件": all the ways of correcting, listed, count the corrections
  if (CORRECTION_LIST.test(lead)) {
    const r = classify("纠错", trail, before, unit, topic);
    if (r) return { r, lead };
  }
  const r = classify(lead, trail, before, unit, topic);
  if (r) return { r, lead };
  // "败诉率“断崖式”下降至5.22%": the level a change reached is a value of the indicator named before the change
  const level = lead.replace(LEVEL_REACHED, "");
  if (level !== lead) {
    const r2 = classify(level, trail, before, unit, topic);
    if (r2) return { r: r2, lead: level };
  }
  return null;
}

/**
 * The verb before an enumeration measures its head when the head alone names only the topic: "已受理群众申请信息公开、
 * 行政处罚等各类行政复议案件598件" is 受理 + 行政复议案件. The first item's start is not marked, so the verb is looked
 * for with the first item cut back a character at a time.
 */
function measureBeforeList(lead: string, head: string, trail: string, before: string, unit: string, topic: Topic | null): { r: CompiledRule; lead: string } | null {
  const parts = lead.split("、");
  if (parts.length < 2) return null;
  // (the verbs may be listed too, the last one carrying the first item: "受理、调解婚姻家庭、邻里…等各类矛盾纠纷")
  for (const pre of parts.slice(0, 2)) {
    for (let cut = 2; cut <= Math.min(12, pre.length); cut++) {
      const tried = pre.slice(0, pre.length - cut);
      if (!/[\p{Script=Han}]$/u.test(tried)) break;
      const r = classify(tried + head, trail, before, unit, topic);
      if (r && (r.rule.priority ?? 0) >= 10) return { r, lead: tried + head };
    }
  }
  return null;
}

const CORRECTION_WORD = "(撤销|变更|确认违法|确认无效|责令履行|责令履职)";
const CORRECTION_LIST = new RegExp(`${CORRECTION_WORD}([、,]|或者|或|和|及)${CORRECTION_WORD}(([、,]|或者|或|和|及)${CORRECTION_WORD})*[^,;。\\d]{0,4}$`);
const LEVEL_REACHED = /([“"][^”"]{0,8}[”"]|大幅|持续|进一步|稳步|明显|逐步)?(提升|提高|上升|下降|降低|增长|增加|减少|降|升)(至|到)$/;

// "报备率、审通率均为100%" → one value for each listed item.
const EACH = /(均|都|全部|各)(为|达|达到|是|实现|保持)?$/;
// "收到、受理、审结分别为120件、100件、95件".
const RESPECTIVELY = /分别(为|是|达|达到|有|收到|受理|办理|审结|办结|新收|调解|接待)?$/;
// 分别 before the measure: "分别收到行政复议申请", "分别审结"
const SPREAD = /分别[^,;。\d、]{1,14}$/;
const YEAR_SPAN = /(\d{4})\s*年?\s*(?:至|到|—|-|~)\s*(\d{4})\s*年/;
const YEAR_LIST = /(\d{4})年(?:[、和及](\d{4})年)+/;

/** The years a 分别 list runs over: a span ("2021年至2023年") or a list ("2021年、2022年、2023年"). */
function yearsOf(text: string): number[] | null {
  const span = text.match(YEAR_SPAN);
  if (span) {
    const [y0, y1] = [Number(span[1]), Number(span[2])];
    return y1 > y0 && y1 - y0 <= 10 ? Array.from({ length: y1 - y0 + 1 }, (_, k) => y0 + k) : null;
  }
  const list = text.match(YEAR_LIST);
  return list ? [...list[0].matchAll(/(\d{4})年/g)].map((m) => Number(m[1])) : null;
}

function items(s: string): string[] {
  // (not the 和 of 调解和解, the 及 of 及时, the 与 of 参与)
  return s.split(/、|以及|和(?!解)|及(?!时)|(?<!参)与/).map((x) => x.trim()).filter(Boolean);
}

interface Reading {
  rule: CompiledRule;
  lead: string;
}

function leadStart(s: string, from: number, to: number): number {
  let a = to;
  while (a > from && !BREAK.test(s[a - 1])) a--;
  return a;
}

function labelled(s: string, from: number, to: number): number {
  const a = leadStart(s, from, to);
  if (a === to && a - 1 > from && s[a - 1] === ":") return leadStart(s, from, a - 1);
  return a;
}

function clauseEnd(s: string, from: number, limit: number): number {
  let b = from;
  while (b < limit && !BREAK.test(s[b]) && !/[。!?]/.test(s[b])) b++;
  return b;
}

/**
 * `opening` is the text of the sentence's earlier ;-separated parts: a time phrase at the head of a sentence
 * ("截至11月底,全区收到…;通过调解结案234件") governs every part of it. `previous` is what the part before this
 * one yielded, for a comparison figure that opens this part ("受理80件;上年同期为66件").
 */
export function extractSentence(sentence: Sentence, ctx: DocContext, carried: Topic | null, marks: TopicMark[] = topicMarks(sentence.text), opening = "", previous: Extracted[] = []): Extracted[] {
  openingParts = opening;
  try {
    return readSentence(sentence, ctx, carried, marks, opening, previous);
  } finally {
    openingParts = "";
  }
}

function readSentence(sentence: Sentence, ctx: DocContext, carried: Topic | null, marks: TopicMark[], opening: string, previous: Extracted[]): Extracted[] {
  const s = sentence.text;
  const mentions = findNumbers(s);
  // "共审结复议案件4696,审结率为83.4%": a count written without its unit, right after the noun it counts
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.unit === "" && Number.isInteger(m.value) && /^(?:[,;。)]|$)/.test(s.slice(m.end, m.end + 1))) {
      const words = s.slice(Math.max(0, m.start - 4), m.start);
      // "排查矛盾纠纷8451件,调处8438,调解成功7913件": or right after its verb, between counts of cases
      const beside = (j: number) => mentions[j]?.unit === "件" && Math.abs(mentions[j]!.start - m.start) < 24;
      if (COUNT_NOUN_BEFORE.test(words) || (COUNT_VERB_BEFORE.test(words) && (beside(i - 1) || beside(i + 1)))) mentions[i] = { ...m, unit: "件" };
    }
  }
  const out: Extracted[] = [];
  const assigned = new Map<number, string>(); // mention index → forced lead (分别, 由…至…, a bare 达)
  const leads: string[] = []; // the lead each mention was read with
  const readOf = new Map<number, string>(); // mention index → the indicator it was read as (when one)
  const skipped = new Set<number>(); // mention indices that are no observation (a change, a target, what was prevented)
  const yearOf = new Map<number, Marked<Period>>(); // mention index → the year a 分别 list over a span of years gives it
  const pairedPeriod = new Map<number, Marked<Period>>(); // mention index → its period, when not the full year
  let spanYears: number[] | null = null; // the years the sentence's last 分别 list ran over
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    // "收到申请:986件", "纠错:186件": a label before a colon with nothing but the number after it is the number's lead
    const a = labelled(s, prevEnd, m.start);
    let lead = assigned.get(i) ?? s.slice(a, m.start);
    // "维持率48.2%(54件)": a bare count in brackets after a rate is the count of what the rate measures
    if (!assigned.has(i) && i > 0 && m.unit !== "%" && mentions[i - 1]!.unit === "%" && /^[(（]$/.test(lead) && /率[^,;。\d]{0,3}$/.test(leads[i - 1] ?? "")) {
      lead = leads[i - 1]!.replace(/率[^,;。\d]{0,3}$/, "");
    }
    // "人大代表建议,办理的有89件", "行政执法人员,持有执法证件的有1,096名": the measure named in the clause before, a
    // clause of its own with no number, then what was done with it
    if (!assigned.has(i) && a > prevEnd + 1 && s[a - 1] === "," && VERB_ONLY.test(lead)) {
      const b = leadStart(s, prevEnd, a - 1);
      if (a - 1 - b <= 20 && !/\d/.test(s.slice(b, a - 1))) lead = s.slice(b, a - 1) + lead;
    }
    const trail = s.slice(m.end, clauseEnd(s, m.end, i + 1 < mentions.length ? mentions[i + 1].start : s.length));
    const before = s.slice(0, m.start);
    let period: Marked<Period> | null = yearOf.get(i) ?? null;
    // "分别收到…318件、341件、387件,共计1046件": the total of the years just listed
    if (!period && i > 0 && yearOf.has(i - 1) && RUNNING_TOTAL.test(lead)) period = { value: "cumulative", note: lead };
    // "调解矛盾纠纷18.6万件(17.2万件)" where the text says its brackets hold last year's: the value before, a year earlier
    const bare = !period && ctx.bracketsHold ? bareBracketAt(s, m.start) : -1;
    if (bare >= 0) {
      period = ctx.bracketsHold!;
      const open = bare;
      const close = s.slice(open).search(/[)）]/);
      const inside = mentions.map((x, q) => q).filter((q) => mentions[q]!.start > open && (close < 0 || mentions[q]!.start < open + close));
      const j = inside[0]! - inside.length + (i - inside[0]!);
      if (j >= 0 && leads[j] && !assigned.has(i)) lead = leads[j]!;
    }
    // "(上年同期为611批1702人次)": a count glued to the one before it shares its period
    // ("较2022年的来访381批次、1,204人次": the persons after the batches, in the same earlier year)
    if (!period && i > 0 && pairedPeriod.has(i - 1) && (m.start === prevEnd || (m.unit === "人次" && mentions[i - 1]!.unit.startsWith("批") && m.start - prevEnd === 1 && s[prevEnd] === "、"))) period = pairedPeriod.get(i - 1)!;
    // "出庭应诉率由2022年的85.3%提升至98.6%": the first value is the earlier level, the second the current one,
    // and both belong to the subject before 由.
    const from = lead.match(FROM);
    const next = mentions[i + 1];
    // "由2019年的45件、2020年的53件增加到2021年的62件": earlier levels listed by year before the one reached
    const reached = from && from.index! > 0 && !(next && TO.test(s.slice(m.end, next.start))) ? reachedAfterYears(s, mentions, i) : -1;
    if (from && from.index! > 0 && next && TO.test(s.slice(m.end, next.start))) {
      lead = lead.slice(0, from.index);
      period = /季度|上半年|[0-9]月/.test(from[0]) ? null : { value: "prior_year", note: "由…至…的起点" };
      assigned.set(i + 1, lead);
      // "纠错率由2016年的21.3%下降至今年的14.4%" under a heading of five years: the level reached is this year's
      const to = s.slice(m.end, next!.start).match(/(今年|本年|当年|(\d{4})年)(度|底|末)?的$/);
      if (to && (!to[2] || Number(to[2]) === ctx.report_year)) yearOf.set(i + 1, writtenInYear(ctx) ? { value: "partial", note: to[1]! } : { value: "full_year", note: null });
    } else if (reached > i) {
      lead = lead.slice(0, from!.index);
      period = { value: "prior_year", note: "由…至…的起点" };
      for (let q = i + 1; q <= reached; q++) {
        assigned.set(q, lead);
        if (q < reached) yearOf.set(q, { value: "prior_year", note: s.slice(mentions[q - 1]!.end, mentions[q]!.start).replace(/^[、,，\s]+/, "") });
      }
    } else if (i > 0 && /^(至|到)$/.test(lead) && leads[i - 1] && CHANGED.test(leads[i - 1]!)) {
      // "直接纠错率同比下降3.2个百分点至14.8%": the level after the change, of the measure named before it
      lead = leads[i - 1]!.replace(CHANGE_TAIL, "");
    } else if (i > 0 && a > prevEnd && TOTAL_WORD.test(lead) && new Set(s.slice(0, a).match(CORRECTION_WORDS) ?? []).size >= 2) {
      // "撤销…22件、确认违法21件、变更1件、责令履行4件,共48件": the total of the corrections just listed
      lead = "纠错";
    } else if (i > 0 && a > prevEnd && BARE.test(lead) && leads[i - 1]) {
      // "全县行政复议案件同比增长35.6%,达到156件": a clause with only a verb continues the previous clause's subject.
      lead = leads[i - 1].replace(CHANGE_TAIL, "");
    } else if (i > 0 && a > prevEnd && VERBLESS_PART.test(lead) && leads[i - 1] && m.unit === mentions[i - 1]!.unit && readOf.has(i - 1)) {
      // "经审查决定受理1,171件,其中涉企行政复议案件203件": a part named without a verb is a part of the count before it
      lead = leads[i - 1]!;
    }
    leads[i] = lead;
    // "以调解、和解等方式结案3723件,占31.65%": the share a count just stated makes is that count's rate
    // ("行政机关败诉752件,同比下降14.84%,占全部一审结案总数的15.9%": over a change, the share of the concluded cases)
    const shareOf = (m.unit === "%" && i > 0 && SHARE_AFTER.test(s.slice(prevEnd, m.start)) ? RATE_OF.get(readOf.get(i - 1) ?? "") : undefined)
      ?? (m.unit === "%" && i > 1 && skipped.has(i - 1) && SHARE_OF_CONCLUDED_AFTER_CHANGE.test(s.slice(mentions[i - 2]!.end, m.start)) ? RATE_OF.get(readOf.get(i - 2) ?? "") : undefined);
    if (shareOf) {
      out.push(observation(sentence, m, shareOf, lead, before, ctx, period, opening));
      continue;
    }
    // ("防止群体性上访98批次1686人次": a count glued to one that did not happen did not happen either)
    const skip = notObservation(lead, clauseTail(before), m.unit, before, ctx.report_year) ?? (i > 0 && m.start === prevEnd && skipped.has(i - 1) ? "glued to a count that is no observation" : null);
    if (skip) {
      skipped.add(i);
      continue;
    }
    // "直接纠错率18.5%(以作出复议决定的130件计)": the base a rate was counted over, named in its note
    if (RATE_BASE.test(lead) && /^\s*(计|为基数|为分母|计算)/.test(s.slice(m.end, m.end + 4))) continue;
    // "纠错率25.6%(纠错件数÷作出复议决定的726件)": the divisor of a rate's formula
    if (/[÷/][^,;。\d]{0,20}$/.test(lead)) continue;
    // "出庭应诉率与100%的目标仍有差距": the number is the target
    if (/^(的)?(目标|要求|标准)/.test(s.slice(m.end, m.end + 4))) continue;
    // "各部门、镇(街道)出庭应诉率在96%—100%之间": the spread across units, not one value
    if (m.rangeTo !== undefined && /各|之间/.test(clauseTail(before) + s.slice(m.end, m.end + 4))) continue;
    const topic = topicAt(marks, m.start, carried, m.end + trail.length);
    const readings: Reading[] = [];
    const resp = lead.match(RESPECTIVELY);
    // "2022年至2024年直接纠错率分别为11.6%、13.2%、15.1%": one value per year of the span, in order; also with the
    // measure after 分别 ("2021年、2022年、2023年,市政府分别收到行政复议申请58件、73件、96件")
    const spread = !resp && !yearOf.has(i) && SPREAD.test(lead) ? lead : null;
    // (the years may head an earlier ;-part of the sentence: "2021年、2022年、2023年,…收到…;分别审结55件、70件、91件")
    const years = (resp || spread) && !yearOf.has(i) ? yearsOf(lead) ?? yearsOf(s.slice(0, 32).split(/[,;:]/)[0]!) ?? (opening ? yearsOf(opening.slice(0, 32).split(/[,;:]/)[0]!) : null) : null;
    // "连续三年调解纠纷数量分别为3,287件、3,652件、4,118件": the last of the run is the report year
    const run = !years && (resp || spread) && !yearOf.has(i) ? runOfYears(lead, ctx.report_year) : null;
    const listed = years ?? run;
    const span = listed && listed.length > 1 && i + listed.length <= mentions.length ? listed : null;
    // "分别审结301件、322件、364件,直接纠错36件、42件、50件": a later list as long as the years, with no time of its
    // own, goes on over the same years
    const again = !span && spanYears && !yearOf.has(i) && !assigned.has(i) && i > 0 && !/\d{4}\s*年|分别|[(（]/.test(lead) && !RUNNING_TOTAL.test(lead) && listEnd(s, mentions, i) - i === spanYears.length ? spanYears : null;
    if (span) spanYears = span;
    if ((span ?? again) && ctx.report_year !== null) {
      // (the measure is what comes before 分别: "一审行政诉讼案件三年分别为")
      if (span && resp) lead = lead.slice(0, resp.index!).replace(/[两二三四五]年(来|以来|间)?$/, "") || lead;
      (span ?? again)!.forEach((y, k) => {
        yearOf.set(i + k, y === ctx.report_year ? { value: "full_year", note: `${y}年` } : { value: y < ctx.report_year! ? "prior_year" : "cumulative", note: `${y}年` });
        if (k > 0) assigned.set(i + k, lead);
      });
      period = yearOf.get(i)!;
    }
    if (spread && !span) {
      // "…分别审结55件、70件、91件" without years: the values that follow, joined by 、, share the lead
      for (let k = i + 1; k < listEnd(s, mentions, i); k++) assigned.set(k, lead);
    }
    // "建议618件、…提案744件(上年为565件、702件)": a bracket of earlier values for the counts listed before it, in order
    if (!assigned.has(i) && i > 0 && PRIOR_BRACKET.test(lead)) {
      const open = openBracket(s.slice(0, m.start));
      const k = listEnd(s, mentions, i);
      const labels = open > 0 ? countLabels(s.slice(0, open)) : null;
      const year = lead.match(/\d{4}/)?.[0];
      const earlier: Marked<Period> = { value: !year || (ctx.report_year !== null && Number(year) < ctx.report_year) ? "prior_year" : "full_year", note: lead.slice(1) };
      if (labels && labels.length === k - i && labels.length > 1) {
        labels.forEach((label, q) => {
          assigned.set(i + q, label);
          yearOf.set(i + q, earlier);
        });
        lead = labels[0]!;
        period = earlier;
      }
    }
    let itemized = false;
    if (resp && !assigned.has(i) && !span) {
      const list = items(lead.slice(0, resp.index));
      const following = mentions.slice(i, i + list.length);
      if (list.length > 1 && following.length === list.length) {
        // "遵义市、毕节市分别收到1,872件、1,516件": each item with the verb after 分别
        const verb = lead.slice(resp.index! + 2).replace(/^(为|是|达|达到|有)$/, "");
        following.forEach((_, k) => assigned.set(i + k, list[k] + verb));
        lead = list[0] + verb;
        itemized = true;
      }
    }
    // "…共办理人大代表建议2,718件、政协委员提案3,406件;2020年分别办理531件、672件": the earlier ;-part counted as many
    // measures as 分别 lists values: one each, in order
    // (or the earlier clauses of the sentence: "三年共办理建议417件、提案385件,2023年分别为142件、131件")
    if ((resp || spread) && !span && !itemized && !assigned.has(i)) {
      const k = listEnd(s, mentions, i);
      const labels = (opening ? countLabels(opening) : null) ?? (a > 0 ? countLabels(s.slice(0, a)) : null);
      if (labels && labels.length === k - i && labels.length > 1) {
        labels.forEach((label, q) => assigned.set(i + q, label));
        lead = labels[0]!;
      }
    }
    const each = lead.match(EACH);
    if (each) {
      for (const item of items(lead.slice(0, each.index))) {
        const r = classify(item, trail, before, m.unit, topic);
        if (r && !readings.some((x) => x.rule.indicator === r.indicator)) readings.push({ rule: r, lead: item });
      }
    } else {
      // "其中,16,935件被依法受理", "6,214件被维持、1,486件被驳回", "对19件予以受理": a count before its verb, the lead
      // before it naming nothing (or only the verb of the item before it)
      const after = !assigned.has(i) && WEAK_LEAD.test(lead.slice(lead.lastIndexOf("、") + 1)) ? verbAfter(trail) : null;
      // (in the topic before the count: "一审案件中有8,917件已由人民法院审结" is about the lawsuits, not the court)
      const hit = (after ? classifyFramed(after, "", before, m.unit, topicAt(marks, m.start, carried, m.start)) : null) ?? classifyFramed(lead, trail, before, m.unit, topic);
      let r = hit?.r ?? sameMeasureOf(lead, m.unit, out.length ? out : previous);
      // "办理市人大代表建议:2019年77件,2020年81件,2021年74件": a label before a colon names the measure of each year
      if (!r && YEAR_ITEM.test(lead)) {
        const labelled = before.match(LABEL_BEFORE_YEARS);
        const label = (labelled?.[1] ?? labelled?.[2])?.replace(ITEM_NUMBER_LEAD, "");
        if (label) r = classifyFramed(label, trail, before, m.unit, topic)?.r ?? null;
      }
      // "4.行政复议调解和解率:目标值为20%,实际完成23.6%": the achieved value of the measure the line's label names
      if (!r && ACHIEVED.test(lead)) {
        const label = before.match(LABEL_WITH_TARGET)?.[1]?.replace(ITEM_NUMBER_LEAD, "");
        if (label) r = classifyFramed(label, trail, before, m.unit, topic)?.r ?? null;
      }
      if (r) readings.push({ rule: r, lead: hit?.lead ?? lead });
    }
    // "1.8万余件行政复议申请和18.6万余件矛盾纠纷…得到处理": a count followed by its own noun of another topic is not
    // the one the words before it count
    if (readings.length && /[和及与、]$/.test(lead) && !assigned.has(i)) {
      const own = topicMarks(trail.replace(/^(余|多)/, "").slice(0, 8))[0];
      const said = topicMarks(lead);
      // (a reading that looked at the noun after the count stands: "40件人大建议和5件政协提案")
      if (own && own.pos <= 1 && said.length && said[said.length - 1]!.topic !== own.topic) readings.splice(0, readings.length, ...readings.filter((x) => x.rule.rule.trail));
    }
    if (readings.length === 1) readOf.set(i, readings[0]!.rule.indicator.id);
    for (const { rule, lead: itemLead } of readings) {
      const o = observation(sentence, m, rule, itemLead, before, ctx, period, opening);
      // "审结173件(上年结转8件,本年受理165件)": the parts of a count by the year they came in count nothing of their own
      if (o.scope_note === CARRIED_AND_NEW) continue;
      if (o.period !== "full_year") pairedPeriod.set(i, { value: o.period, note: o.period_note });
      out.push(o);
    }
  }
  return out;
}

// a lead that names no measure: nothing, a list's 、, 其中, 另有, 共有, the 对 of 对…予以
// (or only the set it is taken from: "一审案件中有8,917件已由人民法院审结")
const WEAK_LEAD = /^[,，:：\s]*(全[省市区县州旗盟])?(其中|另有|另外|此外|另|共有|全年共有|全年共|全年|共|有|对|仅|仅有|尚有|还有|[^,;。\d]{1,12}(中|当中)(有|共有)?)?[,，:：\s]*$/;
// what a count before its verb says was done with it: "件被依法受理", "件案件审结", "件以调解、和解方式结案"
const VERB_AFTER = /^(案件|行政复议案件|复议案件|行政争议|申请|纠纷|矛盾纠纷)?[^,;。\d]{0,10}?(被|予以|已由|已经|已|经|由|以[^,;。\d]{0,10}方式|以[^,;。\d]{0,8}(结案|败诉)|调解成功|调处成功|审结|办结|结案|办复)/;
function verbAfter(trail: string): string | null {
  const t = trail.replace(/^[)）]/, "").split(/[,;。，；(（]/)[0]!.replace(/、(?!和解)[^、]*$/, "");
  return t.length <= 24 && VERB_AFTER.test(t) ? t : null;
}

/** The index after the run of mentions joined by 、 (或 和/及/与) that starts at mention `i`. */
function listEnd(s: string, mentions: NumberMention[], i: number): number {
  let k = i + 1;
  while (k < mentions.length && /^[、和及与]$/.test(s.slice(mentions[k - 1]!.end, mentions[k]!.start))) k++;
  return k;
}

/** The words before each count of the last clause of `part` that lists several with 、 ("建议2,718件、提案3,406件;"). */
function countLabels(part: string): string[] | null {
  const clause = part.replace(/[;；,，]\s*$/, "").split(/[;:]|,(?!\d{3})/).pop()!;
  const labels = [...clause.matchAll(COUNT_LABEL)].map((m) => m[1]!.replace(/^[、和及与]/, ""));
  return labels.length > 1 && labels.every((l) => /\p{Script=Han}{2}/u.test(l)) ? labels : null;
}
const PRIOR_BRACKET = /^[(（](上年|去年|上年同期|去年同期|\d{4}年)(分别)?(为|是)?$/;
const COUNT_LABEL = /([^、\d]*?)\d[\d,.]*\s*(?:万|余|多)*\s*(?:件|人次|批次|批|名|%)/gu;

const RATE_BASE = /^[(（]?(以|按)[^,;。]{0,24}$/;
// A rate whose formula's numerator is a count: the count's share ("结案3723件,占31.65%") is that rate.
// (also "占审结总数的33.3%": of the total the count is part of)
const SHARE_AFTER = /^[,，(（]\s*占(比|(全部)?(审结|办结|结案)(案件)?(总数|总量)?的?(比例|比重)?)?(为|达)?$/;
const SHARE_OF_CONCLUDED_AFTER_CHANGE = /^[,，]\s*(同比|较上年|比上年)[^,;。\d]{0,6}\d[\d.]*%[,，]\s*占[^,;。\d]{0,8}(审结|结案|办结)[^,;。\d]{0,6}$/;
const RATE_OF = new Map<string, CompiledRule>();
for (const ind of INDICATORS) {
  const numerator = ind.formula?.match(/^(\w+) \/ \w+ \* 100$/)?.[1];
  const rule = RULES.find((r) => r.indicator === ind);
  if (numerator && rule && ind.kind === "rate") RATE_OF.set(numerator, rule);
}

// a sentence that goes on with the cases of the one before ("目前审结43件", "已审结10件", "经复议维持7件")
const COMPARED_WITH_LAST_YEAR = /(较|比|同比|与)(上年|去年|上一年)(同期)?(相比)?/g;
// ("据统计,2018年上半年…": a source phrase may come first)
const PARAGRAPH_WINDOW = /^(?:据统计|据了解|经统计|据悉)?[,，]?((?:截至|截止)(?:到|至)?\s*(?:\d{4}年)?\s*(?:[1-9]|1[01])\s*月(?:底|末|份|\d{1,2}日)?|(?:\d{4}年)?\s*1\s*月?\s*[-—至到~]\s*(?:[1-9]|1[01])\s*月(?:份)?|(?:\d{4}年)?(?:上半年|前三季度|一季度|第一季度|前[两二三四五六七八九十]个?月))(?:[,，]|(?=[^,，。\d]{2,40}共))/;
const WHOLE_YEAR_OPENS = /^(全年|全年度|本年度|年内)/;
const COUNT_NOUN_BEFORE = /(案件|纠纷|申请|建议|提案)$/;
const COUNT_VERB_BEFORE = /(调处|调解|受理|审结|办结|结案|化解|收到|新收|办理|排查)$/;
const PARAGRAPH_SUBJECT = /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])?\s*([^,，。;；:：\d]{2,12}?(?:方面|层面))[,，:：]/;
const OWN_SUBJECT_ANY = /全[省市区县州旗盟]|各级|各[县市区乡镇]|本级|政府|部门|街道|[镇乡](?!村)|委员会|法院/;
const CONCLUDED_VIEW = /^(在)?(审结|办结|结案)的?(案件)?(中|当中)/;
const CONTINUES = /^(目前|现已|其中|已|经|截至目前|截止目前|审结|办结|结案|上述)/;
// a sentence that names its own subject (the region, a level, the reconsideration body)
const OWN_SUBJECT = /全[省市区县州旗盟]|各级|本级|政府(共|收到|受理|办理|审结)|复议机关|复议机构|被申请人/;
const TOTAL_WORD = /^(共|共计|合计|总计)$/;
const CORRECTION_WORDS = /撤销|变更|确认违法|确认无效|责令履行/g;
const ACHIEVED = /^[,，]?(实际|实际完成|实际达到|实际为|实际值为?|完成值为?)$/;
const LABEL_WITH_TARGET = /(?:^|[;；。])([^,;:：。]{2,30})[:：][^:：;；。]*目标(值)?[^:：;；。]*$/;
const YEAR_ITEM_LEAD = /^[、,，]?(其中)?\d{4}\s*年(度)?[^,;。\d]{0,2}$/;
const YEAR_ITEM = /^\d{4}\s*年(度)?(为|是|共|有|达)?$/;
// (or a clause of its own, with no number: "出庭应诉率逐年提高,2021年为76.4%,2022年为92.1%")
const LABEL_BEFORE_YEARS = /([^,;。:：]{2,30})[:：]\s*\d{4}\s*年[^:：]*$|([^,;。:：\d]{4,30})[,，]\s*\d{4}\s*年(度)?(为|是|达)[^:：。;]*$/;
const ITEM_NUMBER_LEAD = /^\s*([(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*/;
// ("全区一审行政诉讼案件三年分别为201件、215件、226件")
const YEARS_RUN = /(连续|近|最近)([两二三四五2345])年|([两二三四五])年来|(?<![一二三四五六七八九十〇零\d第])([两二三四五])年(?:间|以来)?(?=[^,;。\d]{0,3}分别)/;
const RUN_LENGTH: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 2: 2, 3: 3, 4: 4, 5: 5 };
/** The years of "连续三年…分别为", ending with the report year. */
function runOfYears(lead: string, reportYear: number | null): number[] | null {
  const m = lead.match(YEARS_RUN);
  if (!m || reportYear === null) return null;
  const n = RUN_LENGTH[m[2] ?? m[3] ?? m[4]!] ?? 0;
  return n >= 2 ? Array.from({ length: n }, (_, k) => reportYear - n + 1 + k) : null;
}

// the mention a 由-list of years reaches ("由2019年的45件、2020年的53件增加到2021年的62件" → the 62), or -1
function reachedAfterYears(s: string, mentions: NumberMention[], i: number): number {
  for (let k = i + 1; k < mentions.length; k++) {
    const gap = s.slice(mentions[k - 1]!.end, mentions[k]!.start);
    if (TO.test(gap)) return k > i + 1 ? k : -1;
    if (!/^[、,，]\s*\d{4}\s*年(度)?(的)?$/.test(gap)) return -1;
  }
  return -1;
}
const FROM = /(由|从|较|比(?!例|率|重))(上年|去年|上一年|上年度|上年同期|去年同期|上年底|去年底|\d{4}年(度|底|末)?|[^,;。\d]{0,4})?(的)?$/;
const TO = /^[^,;。\d]{0,3}(提升|提高|上升|下降|降低|增长|增加|减少|调整|扩大|发展|降|升|增|减)(至|到)/;
// (a time word may head it: "上半年出庭应诉率为97.6%,全年达到99.2%")
const CHANGED = /(同比|环比|较上年|比上年|较去年|比去年)?(增长|上升|下降|减少|提高|提升|降低|增加)(了)?$/;
const VERBLESS_PART = /^其中[,:]?(?![^,;。\d]*(受理|收到|新收|接收|审结|办结|结案|办理|维持|驳回|撤销|变更|确认|责令|终止|调解|调处|和解|纠错|不予|转送|告知|败诉|应诉|化解|立案))[^,;。\d]{1,14}(案件|纠纷|申请)$/;
const VERB_ONLY = /^[^,;。\d]{0,10}的有$|^(达到|达|为|是|共有|有|共计|合计)$/;
const BARE = /^(全年|全年度|年底|年末|下半年|截至年底)?(达|达到|为|共|共计|计|合计|总计|总数为|总量为|数量为|总数达|总量达|共有)$/;
// What a change clause adds after its subject ("行政复议案件同比增长", "…数量首次突破").
const CHANGE_TAIL = /(同比|环比|较上年|比上年|较去年|比去年)?(增长|上升|下降|减少|提高|提升|降低|增加)(了)?$|(首次)?(突破|超过)$/;

const PART_OF_YEAR = /^(其中)?[^,;。\d]{0,4}([一二三四1-4]季度|上半年|下半年|\d{1,2}月份?|\d{1,2}\s*[-—~至到]\s*\d{1,2}月)(以来|份)?[^,;。\d]{0,2}(为|达|达到|保持|是)?$/;
// "58件、73件、96件,三年累计227件": the total of the same measure over the years
const RUNNING_TOTAL = /^([两二三四五六七八九十]年)?(累计|合计|共计|总计)[^,;。\d]{0,2}$/;
const PLACE_ITEM = /^[\p{Script=Han}]{2,8}(市|州|县|区|旗|盟)(分别)?(为|是)?$/u;
// "收到申请120件(2022年为98件)": a comparison figure takes the indicator of the value it is compared with.
const PRIOR_COMPARISON = /(上年|去年|上一年|上年度|上年同期|去年同期|\d{4}年(度)?)(同期|全年|全年度|底|末)?(为|是|共|的)?$/;

/**
 * The rule of the reading before, for a number whose words name no measure but say it is the same one: a comparison
 * figure ("(2022年为98件)"), places compared ("运城市、临汾市分别为…"), a part of the year ("其中一季度为…"), a
 * running total ("三年累计227件").
 */
function sameMeasureOf(lead: string, unit: string, found: Extracted[]): CompiledRule | null {
  // (a year's item, the last of the same kind, count or rate: "共调解纠纷15217件,调解成功率保持在98%以上,其中2021年4712件")
  const prev = YEAR_ITEM_LEAD.test(lead) ? [...found].reverse().find((x) => (x.unit === "%") === (unit === "%")) : found[found.length - 1];
  // "太原市收到行政复议申请1,512件,运城市、临汾市分别为963件和871件": places compared on the same measure
  const samePlaces = PLACE_ITEM.test(lead) && prev !== undefined && prev.scope === "sub_entity";
  // "出庭应诉率96.4%,其中一季度为87.5%,二季度以来保持100%": the same measure over a part of the year
  const samePart = PART_OF_YEAR.test(lead) || RUNNING_TOTAL.test(lead);
  if (!prev || (!samePlaces && !samePart && !PRIOR_COMPARISON.test(lead.replace(/^[(（]/, "")))) return null;
  const r = RULES.find((x) => `${x.indicator.id}#${x.index}` === prev.rule);
  return r && r.rule.units.includes(unit) ? r : null;
}

function observation(sentence: Sentence, m: NumberMention, r: CompiledRule, lead: string, before: string, ctx: DocContext, forced: Marked<Period> | null, opening: string): Extracted {
  const { indicator } = r;
  let period = forced ?? periodOf(before, lead, ctx.report_year, opening, writtenInYear(ctx), lastYearIsReport(ctx));
  // the whole document covers part of the year ("本报告数据截至11月30日", a news item on 上半年): its flows say so
  if (ctx.window && period.value === "full_year" && period.note === null && WINDOWED.has(indicator.area)) period = ctx.window;
  // "截至8月14日,归属省政府系统组织办理的778件建议已全部办理完毕": the date says when a session's batch was answered,
  // not a part of the year it counts ("上半年办理建议…", a span, still is)
  if (indicator.area === "oversight" && period.value === "partial" && /^(截至|截止)/.test(period.note ?? "")) period = { value: "full_year", note: null };
  // a flow "目前" in a text that counts to a date before the year's end is the year so far (a stock is not a flow)
  // (and so is a stock said to be 目前 in a text published before the year's end: "截至目前,全市持证执法人员2156人")
  if (ctx.draftedEarly && period.value === "full_year" && period.note === null && (WINDOWED.has(indicator.area) || publishedBeforeYearEnd(ctx))) {
    const now = clauseTail(before).match(AT_PRESENT) ?? before.match(AT_PRESENT);
    if (now) period = { value: "partial", note: now[1]! };
  }
  const scope = r.rule.scope
    ? { value: r.rule.scope, note: null }
    : scopeOf({ before, lead, indicatorId: indicator.id, area: indicator.area, docLevel: ctx.admin_level, docName: ctx.jurisdiction_name, department: ctx.department ?? null, office: ctx.office ?? null, opening });
  const flags: string[] = [];
  if (indicator.kind === "rate" && m.value > 100) flags.push("rate_above_100");
  if (m.rangeTo !== undefined) flags.push("range");
  // "一审案件共570件(新收案件436件…);审结508件": first-instance lawsuits, which the catalog's counts mean
  if (indicator.area === "litig" && indicator.kind === "count" && FIRST_INSTANCE.test(opening + before)) flags.push(FIRST_INSTANCE_FLAG);
  return {
    indicator_id: indicator.id,
    value: m.value,
    unit: unitOf(indicator, m.unit),
    qualifier: m.qualifier,
    period: period.value,
    period_note: period.note,
    scope: scope.value,
    scope_note: scope.note,
    evidence: sentence.text,
    char_start: sentence.start + m.start,
    char_end: sentence.start + m.end,
    raw_text: m.raw,
    rule: `${indicator.id}#${r.index}`,
    flags,
  };
}

const FIRST_INSTANCE = /一审(?![^。]*二审)[^。]*$/;
export const FIRST_INSTANCE_FLAG = "first_instance";

const WITH_ZERO = INDICATORS.filter((i) => i.zero?.length);

function zeroStatements(sentence: Sentence, ctx: DocContext, found: Extracted[], carried: Topic | null, marks: TopicMark[], opening: string): Extracted[] {
  const out: Extracted[] = [];
  for (const indicator of WITH_ZERO) {
    for (const z of indicator.zero ?? []) {
      const m = sentence.text.match(z.pattern);
      if (!m || m.index === undefined) continue;
      if (z.topics && !z.topics.includes(topicAt(marks, m.index, carried) as Topic)) continue;
      // (earlier years' values beside it leave it standing: "2021年为76.4%,2022年为92.1%,2023年实现…全覆盖")
      if (found.some((o) => o.indicator_id === indicator.id && o.period !== "prior_year")) continue;
      const before = sentence.text.slice(0, m.index);
      // the statement itself may name the breakdown ("复议后败诉案件为0")
      const said = sentence.text.slice(0, m.index + m[0].length);
      const scope = scopeOf({ before: said, lead: clauseTail(said), indicatorId: indicator.id, area: indicator.area, docLevel: ctx.admin_level, docName: ctx.jurisdiction_name, department: ctx.department ?? null, office: ctx.office ?? null });
      const period = periodOf(before, clauseTail(before), ctx.report_year, opening, writtenInYear(ctx), lastYearIsReport(ctx));
      out.push({
        indicator_id: indicator.id, value: z.value, unit: indicator.unit, qualifier: "exact",
        period: period.value, period_note: period.note, scope: scope.value, scope_note: scope.note,
        evidence: sentence.text, char_start: sentence.start + m.index, char_end: sentence.start + m.index + m[0].length,
        raw_text: m[0], rule: `${indicator.id}#zero`, flags: ["implicit_value"],
      });
    }
  }
  return out;
}

/** The last topic named in the few sentences before `pos`: the subject of a table that follows them. */
function topicBefore(sentences: Sentence[], pos: number): Topic | null {
  let k = sentences.findIndex((x) => x.end > pos);
  if (k < 0) k = sentences.length;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const marks = topicMarks(sentences[j]!.text);
    if (marks.length) return marks[marks.length - 1]!.topic;
  }
  return null;
}

const TOTAL_COLUMN = /^(合计|总计|累计|小计|共计)$/;
const BY_BODY = /^(单位|被申请人|被申请单位|部门|责任单位|机关|被告|行政机关)(名称|类别|类型)?$/;
const TOTAL_ROW = /^(合计|总计|小计|全区|全市|全县|全省|共计)$/;
const OWN_ROWS = /^(单位|部门|责任单位)(名称)?$/;
const A_BODY = /(局|委|办|院|厅|中心|所|队|镇|乡|街道|办事处|[县区市旗]|政府)$/;

/**
 * Table cells read through the catalog rules as "<row><column>" (or "<column><row>"; the row alone when columns are
 * years). `taken`: cells the prose reading already read. A cell under a year column ("| 直接纠错率 | 17.2% | 18.6% |" under
 * 2023年, 2024年) is read here anyway, its year deciding its period, and its start goes into `retaken`.
 */
function tableObservations(seg: Segmented, ctx: DocContext, taken: Set<number>, retaken: Set<number>): Extracted[] {
  const out: Extracted[] = [];
  const cells = [...tableCells(seg.sentences), ...verticalCells(seg.sentences)];
  const places = placeRowScopes(cells.map((c) => c.row), ctx.admin_level, ctx.jurisdiction_name);
  const yearTables = new Set(cells.filter((c) => c.year !== null).map((c) => c.tableStart));
  for (const cell of cells) {
    const year = cell.year ?? cell.rowYear;
    if ((taken.has(cell.start) && year === null) || !cell.unit) continue;
    const place = places.get(cell.row);
    if (place === null) continue;
    const section = seg.sections.find((x) => cell.start >= x.start && cell.start < x.end);
    if (section && section.kind !== "body") continue;
    let period: Marked<Period>;
    if (year !== null) {
      if (ctx.report_year === null || year > ctx.report_year) continue;
      period = year === ctx.report_year ? { value: "full_year", note: null } : { value: "prior_year", note: `${year}年` };
    } else if (TOTAL_COLUMN.test(cell.column) && yearTables.has(cell.tableStart)) {
      // "| 项目 | 2021年 | 2022年 | 2023年 | 合计 |": the years added up
      period = { value: "cumulative", note: cell.column };
    } else period = periodOf(cell.caption, "", ctx.report_year);
    const marks = topicMarks(`${cell.caption} ${cell.context} ${cell.column} ${cell.row}`);
    // a table whose labels name no topic is about what the text before it was about
    const topic = marks.length ? marks[marks.length - 1].topic : topicBefore(seg.sentences, cell.tableStart);
    const leads = cell.year !== null ? [cell.row] : cell.rowYear !== null ? [cell.column] : [cell.row + cell.column, cell.column + cell.row];
    let hit: { r: CompiledRule; lead: string } | null = null;
    for (const lead of leads) {
      const r = classify(lead, "", "", cell.unit, topic);
      if (r) {
        hit = { r, lead };
        break;
      }
    }
    if (!hit) continue;
    const { indicator } = hit.r;
    // rows of bodies under a "单位"/"被申请人" corner break the total down; their 合计 row is the total
    // (a row of one body's own figures under 单位/部门, "州自然资源局 | 34 | 34 | 100%", is that body's: sub_entity; the
    // reconsideration body's docket split by respondent stays a breakdown, whatever its corner says)
    const scope: Marked<Scope> = place ? place : BY_BODY.test(cell.corner)
      ? (TOTAL_ROW.test(cell.row) ? { value: "jurisdiction", note: null }
        : { value: indicator.area !== "recon" && OWN_ROWS.test(cell.corner) && A_BODY.test(cell.row) ? "sub_entity" : "subcategory", note: `${cell.corner}:${cell.row}` })
      : scopeOf({ before: cell.row, lead: cell.row, indicatorId: indicator.id, area: indicator.area, docLevel: ctx.admin_level, docName: ctx.jurisdiction_name, department: ctx.department ?? null, office: ctx.office ?? null });
    const flags = indicator.kind === "rate" && cell.value > 100 ? ["rate_above_100", "table"] : ["table"];
    if (taken.has(cell.start)) retaken.add(cell.start);
    out.push({
      indicator_id: indicator.id, value: cell.value, unit: unitOf(indicator, cell.unit), qualifier: "exact",
      period: period.value, period_note: period.note, scope: scope.value, scope_note: scope.note,
      evidence: cell.evidence, char_start: cell.start, char_end: cell.end, raw_text: cell.raw,
      rule: `${indicator.id}#${hit.r.index}@table:${cell.column}`, flags,
    });
  }
  return out;
}

/**
 * Two counts of one measure in a sentence, the second a part of the first:
 * - "共受理行政复议申请93件,其中依法受理81件": the inner 受理 is the accepted count, the outer one what was received;
 * - "应诉行政诉讼案件47件,其中一审39件、二审8件": litig_cases counts first-instance lawsuits, so the total that
 *   includes the second instance gives way.
 */
function nestedCounts(found: Extracted[], sentence: Sentence, earlier: Extracted[] = [], view = false): Extracted[] {
  const out: Extracted[] = [];
  for (const o of found) {
    const said = textBefore(sentence, o);
    if (o.period === "full_year" && o.indicator_id === "recon_accepted" && inner(found, sentence, o, /其中[,，]?(依法|经审查后?|予以|正式)?受理[^,;。\d]{0,3}$/)) {
      o.indicator_id = "recon_received";
      o.rule = "recon_received#outer-acceptance";
      o.flags.push("accepted_read_as_received");
    } else if (o.indicator_id === "recon_accepted" && includesRefused(found, sentence, o)) {
      o.indicator_id = "recon_received";
      o.rule = "recon_received#includes-refused";
      o.flags.push("accepted_read_as_received");
    }
    // (not the first instance of lawsuits counted over both: "17件(其中一审12件、二审5件)" keeps the 12 as the count)
    const firstInstance = o.indicator_id === "litig_cases" && /一审[^,;。\d]{0,6}$/.test(said);
    if (o.indicator_id === "litig_cases" && !firstInstance && inner(found, sentence, o, /(其中|,|、|\(|（)一审[^,;。\d]{0,4}$/)) continue;
    // "接待来访839批3326人次(其中:个访689批1062人次,…)": a bracket opened with 其中 right after a total breaks it down,
    // and so does a clause opened with 其中 ("立案236件,其中委员提案162件,集体提案74件")
    const b = openBracket(said);
    const opener = b >= 0 && /^[(（]\s*其中/.test(sentence.text.slice(b)) ? b : view ? 0 : breakdownListStart(said);
    if (o.scope === "jurisdiction" && opener >= 0 && !firstInstance) {
      const at = sentence.start + opener;
      // (counts only, of the same period: "全年纠错率12.1%,其中上半年为10.2%" is the same measure over part of the year)
      // (a part of the government's own docket names no subject of its own: "区政府被诉6件,其中…被诉的1件")
      // (a part of a partial window that names its own, "1—9月收到83件,其中上半年收到51件", is that window's count)
      // (a view over a total of several years, "立案903件。立案提案中,…集体提案161件", is over those years too)
      const total = o.unit === "%" ? undefined : [...earlier, ...found].find((x) => x.indicator_id === o.indicator_id && (x.scope === o.scope || x.scope === "government_level") && (x.period === o.period || (view && o.period === "full_year" && !o.period_note)) && (o.period !== "partial" || !o.period_note || !x.period_note || o.period_note === x.period_note) && x.char_start < at && x.value > o.value);
      // "行政执法人员1284人,其中取得…执法证件的1196人": the certified among all officers are the indicator itself
      if (total && o.indicator_id === "enforce_officers" && CERTIFIED_PART.test(said.slice(opener)) && !CERTIFIED_PART.test(textBefore(sentence, total))) {
        total.scope = "subcategory";
        total.scope_note = "含未持证人员";
        out.push(o);
        continue;
      }
      if (total) {
        if (total.period !== o.period) [o.period, o.period_note] = [total.period, total.period_note];
        o.scope = "subcategory";
        o.scope_note = sentence.text.slice(opener, o.char_start - sentence.start).replace(/^[(（]?\s*其中\s*[:：,，]?/, "").slice(0, 20) || "其中";
      }
    }
    out.push(o);
  }
  return out;
}

// "从应诉机关来看,", "从案件类型看:": the sentence splits a total counted before it one way
// (a part that opens with a cause or a kind, "因不服政府信息公开答复被诉的1件", names none)
const PART_SUBJECT = /^(其中|另外|此外|同时)?(\d{4}年|全年)?[,，]?(?!因|由于|对|不服|涉及|属于|关于)(全|各|我|本|[^,;。\d]{0,6}?(省|市|区|县|州|旗|盟|镇|乡|街道|政府|部门|法院|机关))/u;
// "在立案的提案中,": the same, of the total named again without its number
// ("具体来看,委员提案371件,…;集体提案99件": the total of the sentence before, looked at closely)
// ("立案提案中,委员个人提案742件…": the registered proposals just counted, looked into)
const BREAKDOWN_VIEW = /^(从[^,;:。，；：\d]{1,12}(来看|上看|看|分析)|在[^,;:。，；：\d]{1,10}的[^,;:。，；：\d]{1,6}(中|当中)|具体(来)?看|分类(来)?看|细分(来)?看|在?已?(立案|受理|审结|办结|收到|交办)的?(提案|建议|案件|申请|纠纷)(中|当中))[,:，：]/;

function textBefore(sentence: Sentence, o: Extracted): string {
  return sentence.text.slice(0, o.char_start - sentence.start);
}

/** A smaller count of the same measure after `o` in the sentence, whose words before it match `re`. */
function inner(found: Extracted[], sentence: Sentence, o: Extracted, re: RegExp): boolean {
  return found.some((x) => x !== o && x.indicator_id === o.indicator_id && x.scope === o.scope && x.char_start > o.char_start && x.value < o.value && re.test(textBefore(sentence, x)));
}

/** Where the 其中-list the end of `s` stands in begins ("…,其中委员提案162件,集体提案74件"), within the ;-part; or -1. */
function breakdownListStart(s: string): number {
  const part = Math.max(s.lastIndexOf(";"), s.lastIndexOf("；")) + 1;
  const m = s.slice(part).match(/(?:^|[,，:：])\s*其中(?!.*[,，:：]\s*其中)/);
  return m ? part + m.index! + (/^[,，:：]/.test(m[0]) ? 1 : 0) : -1;
}

// "在受理的24件案件中", "上述56件申请中", "这38件纠纷当中": a count named as the whole that the clause then breaks down
const RESTATED_BEFORE = /(?:^|[,;:，；：])[^,;:，；：。]{0,24}$/;
// (or by what was done to it: "2024年度新受理的行政复议151件中")
const RESTATED_NAMED = /(?:^|[,;:，；：])\s*(?:[^,;:，；：。\d]{0,6}?(?:在|从|对)|上述|以上|前述|这|该|此)|的[^,;:，；：。\d]{0,8}$/;
const RESTATED_AFTER = /^(?:件|宗|起|批|个|名)?(?:[^,;:，；：。\d]{0,8}?(?:案件|纠纷|申请|事项|诉讼|复议|信访件|提案|建议))?(?:中|当中|之中)(?![心级央国])/;

/** A count named again, as the whole the clause breaks down, when the same value of it was already observed. */
function restated(o: Extracted, sentence: Sentence, earlier: readonly Extracted[]): boolean {
  const before = sentence.text.slice(0, o.char_start - sentence.start);
  const clause = before.match(RESTATED_BEFORE);
  if (!clause || !RESTATED_NAMED.test(clause[0]) || !RESTATED_AFTER.test(sentence.text.slice(o.char_end - sentence.start))) return false;
  // (of the same area: the court's 受理 may name again the 新收 counted as the region's lawsuits)
  const area = INDICATOR_BY_ID.get(o.indicator_id)?.area;
  return earlier.some((x) => x.value === o.value && x.unit === o.unit && x.scope === o.scope && INDICATOR_BY_ID.get(x.indicator_id)?.area === area);
}

const CERTIFIED_PART = /持证|(取得|持有|领取)[^,;。\d]{0,10}(执法)?(证|证件|资格)/;
/** "立案180件,并案后共交办161件": a count of suggestions or proposals before they were merged gives way to the one after. */
function merged(o: Extracted, found: Extracted[], sentence: Sentence): boolean {
  if (o.indicator_id !== "cppcc_proposals" && o.indicator_id !== "npc_suggestions") return false;
  return found.some((x) => x.indicator_id === o.indicator_id && x.char_start > o.char_start && MERGED.test(clauseTail(sentence.text.slice(0, x.char_start - sentence.start))));
}

/** The sentence holding character `pos` (sentences are in text order). */
function sentenceAt(seg: Segmented, pos: number): Sentence | undefined {
  const list = seg.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (pos < x.start) hi = mid - 1;
    else if (pos >= x.start + x.text.length) lo = mid + 1;
    else return x;
  }
  return undefined;
}

/**
 * "大会共收到委员提案184件。…立案169件,合并处理11件,…实际应提交承办142件。": the count after merging, said in a later
 * sentence of the paragraph, is the one handled; the earlier counts of the paragraph give way to it as they do within
 * a sentence (merged).
 */
function mergedInParagraph(out: Extracted[], seg: Segmented): void {
  const drop = new Set<Extracted>();
  for (const o of out) {
    if ((o.indicator_id !== "cppcc_proposals" && o.indicator_id !== "npc_suggestions") || o.scope !== "jurisdiction" || o.period !== "full_year") continue;
    const sentence = sentenceAt(seg, o.char_start);
    if (!sentence || !MERGED.test(clauseTail(sentence.text.slice(0, o.char_start - sentence.start)))) continue;
    const paragraph = seg.sentences.filter((x) => x.paragraph === sentence.paragraph);
    const from = paragraph[0]!.start;
    for (const x of out) {
      if (x !== o && x.indicator_id === o.indicator_id && x.scope === o.scope && x.period === o.period && x.char_start >= from && x.char_start < o.char_start && x.value > o.value) drop.add(x);
    }
  }
  if (drop.size) out.splice(0, out.length, ...out.filter((x) => !drop.has(x)));
}

/**
 * "调解结案14件,经和解后申请人撤回申请终止21件…;调解和解结案35件": counts of one measure in a paragraph, of which one is
 * the sum of the others, are that total and its parts (the parts become a subcategory).
 */
function partsOfAStatedSum(out: Extracted[], seg: Segmented): void {
  const groups = new Map<string, Extracted[]>();
  for (const o of out) {
    if (o.unit === "%" || o.scope !== "jurisdiction") continue;
    const paragraph = sentenceAt(seg, o.char_start)?.paragraph;
    if (paragraph === undefined) continue;
    const k = `${o.indicator_id}|${o.period}|${o.period_note ?? ""}|${paragraph}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  for (const list of groups.values()) {
    const values = new Set(list.map((o) => o.value));
    if (values.size < 3) continue;
    for (const total of list) {
      const parts = list.filter((o) => o.value !== total.value);
      // (two or three parts, each stated once, that add up to the total exactly)
      if (parts.length < 2 || parts.length > 3 || new Set(parts.map((o) => o.value)).size !== parts.length) continue;
      if (parts.reduce((t, o) => t + o.value, 0) !== total.value) continue;
      for (const o of parts) {
        o.scope = "subcategory";
        o.scope_note = `${total.value}的一部分`;
        o.flags = o.flags.filter((f) => f !== "conflicting_statements");
      }
      for (const o of list) if (o.value === total.value) o.flags = o.flags.filter((f) => f !== "conflicting_statements");
      break;
    }
  }
}

// "2024年我局共发生行政复议1件": a department decides no reconsideration; the cases it has are against it
const DEPARTMENT_RECON = /(发生|涉及|被提起|被申请)[^,;。\d]{0,4}(行政)?复议[^,;。\d]{0,4}$/;
function departmentAsRespondent(found: Extracted[], sentence: Sentence): void {
  for (const o of found) {
    if ((o.indicator_id === "recon_handled" || o.indicator_id === "recon_received") && DEPARTMENT_RECON.test(clauseTail(textBefore(sentence, o)))) {
      o.indicator_id = "recon_as_respondent";
      o.rule = "recon_as_respondent#department";
    }
  }
}

// "区政府受理行政复议申请212件(其中不予受理15件)": a count of which some were not accepted is of those received
// (not "依法受理947件(不予受理61件,告知或转送28件)": without 其中 the bracket lists the others, not a part)
const REFUSED_PART = /^\s*[(（]\s*(其中|含|包括)\s*(不予受理|不予立案|决定不予受理)[^,;。\d()（）]{0,4}$/;
function includesRefused(found: Extracted[], sentence: Sentence, o: Extracted): boolean {
  return found.some((x) => x.indicator_id === "recon_not_accepted" && x.char_start > o.char_end && REFUSED_PART.test(sentence.text.slice(o.char_end - sentence.start, x.char_start - sentence.start)))
    && !found.some((x) => x.indicator_id === "recon_received" && x.char_start < o.char_start && x.scope === o.scope);
}

const OUTCOME_WORD: Record<string, string> = { recon_revoked: "撤销", recon_altered: "变更", recon_confirmed_illegal: "确认违法", recon_ordered_to_perform: "责令履行" };

/**
 * "共受理纠纷869件,…;主动调解455件,占52.4%;申请调解378件,占43.5%": a count that says what share it is of a larger count
 * of the same measure stated before it is a part of that count.
 */
function sharesOfTotal(found: Extracted[], sentence: Sentence, earlier: Extracted[]): void {
  for (const o of found) {
    if (o.scope !== "jurisdiction" || o.unit === "%") continue;
    const next = sentence.text.slice(o.char_end - sentence.start, o.char_end - sentence.start + 24);
    // ("七个领域一审受理案件数共计2956件,占一审受案总数的64.90%": a share of its own measure's total, named)
    const part = (INTAKE.has(o.indicator_id) && SHARE_OF_INTAKE.test(next))
      || (SHARE_NEXT.test(next) && [...earlier, ...found].some((x) => x.indicator_id === o.indicator_id && x.scope === "jurisdiction" && x.period === o.period && x.char_start < o.char_start && x.value > o.value));
    if (!part) continue;
    o.scope = "subcategory";
    o.scope_note = "占总数的份额";
  }
}
const SHARE_NEXT = /^[,，]\s*占(比)?(为|达)?\s*\d/;
const INTAKE = new Set(["litig_cases", "litig_court_new", "recon_received", "recon_accepted", "recon_handled", "mediation_cases", "petition_batches", "petition_persons", "petition_cases"]);
const SHARE_OF_INTAKE = /^[,，]\s*占[^,;。\d]{0,8}(受案|收案|受理|收到|新收|调解|纠纷|来访|信访)[^,;。\d]{0,4}(总数|总量)的?\s*\d/;

/**
 * "撤销和确认违法65件,变更和责令履行21件": correction outcomes counted in groups. A listed group that other
 * correction counts of the sentence complement (another group, or an outcome it does not name) is a part of the
 * corrections, not their total; derive adds the parts up.
 */
function correctionGroups(found: Extracted[], sentence: Sentence): void {
  if (!found.some((o) => o.indicator_id === "recon_corrected")) return;
  const wordsOf = (o: Extracted) => {
    if (o.indicator_id !== "recon_corrected") return OUTCOME_WORD[o.indicator_id] ? [OUTCOME_WORD[o.indicator_id]!] : null;
    const tail = clauseTail(sentence.text.slice(0, o.char_start - sentence.start));
    return CORRECTION_LIST.test(tail) ? [...new Set(tail.match(CORRECTION_WORDS) ?? [])] : null;
  };
  const parts = found.filter((o) => o.scope === "jurisdiction").map((o) => [o, wordsOf(o)] as const).filter((x): x is readonly [Extracted, string[]] => x[1] !== null);
  const groups = parts.filter(([o]) => o.indicator_id === "recon_corrected");
  if (!groups.length || parts.length < 2) return;
  const named = parts.flatMap(([, w]) => w);
  // (disjoint: "撤销、变更18件,其中撤销12件" is a group and its own breakdown, not two parts)
  if (new Set(named).size !== named.length) return;
  for (const [o, words] of groups) {
    o.scope = "subcategory";
    o.scope_note = words.join("和");
    // (parts of one total, not two statements of it)
    o.flags = [...o.flags.filter((f) => f !== "conflicting_statements"), "correction_group"];
  }
}

/**
 * "全区共受理行政复议案件176件" followed by outcomes that include 不予受理 and add up to 176 ("维持71件,驳回32件,…,
 * 不予受理15件,补正过期6件,转送1件,纠错27件"): 受理 was used loosely, and the 176 are the applications received.
 * Applied only when the report gives no received count of its own.
 */
function acceptedAsReceived(out: Extracted[]): void {
  for (const o of out) {
    if (o.indicator_id !== "recon_accepted" || o.period !== "full_year") continue;
    if (o.scope !== "jurisdiction" || out.some((x) => x.indicator_id === "recon_received" && x.scope === "jurisdiction")) continue;
    const refused = out.find((x) => x.indicator_id === "recon_not_accepted" && x.char_start > o.char_start);
    if (!refused) continue;
    const counts = findNumbers(refused.evidence).filter((n) => /^(件|宗|起)$/.test(n.unit) && n.qualifier === "exact");
    if (counts.length >= 3 && counts.reduce((t, n) => t + n.value, 0) === o.value) {
      o.indicator_id = "recon_received";
      o.rule = "recon_received#outcomes-sum";
      o.flags.push("accepted_read_as_received");
    }
  }
}

/** In a disclosure annual report, reconsideration and lawsuits are those about disclosure: a part of the whole. */
function disclosureOnly(out: Extracted[]): void {
  for (const o of out) {
    const area = INDICATOR_BY_ID.get(o.indicator_id)?.area;
    if ((area !== "recon" && area !== "litig") || (o.scope !== "jurisdiction" && o.scope !== "government_level")) continue;
    // (the body that publishes it was the respondent: "被申请行政复议…1件")
    if (o.indicator_id === "recon_handled" || o.indicator_id === "recon_received") {
      o.indicator_id = "recon_as_respondent";
      o.rule = "recon_as_respondent#disclosure-report";
    }
    o.scope = "subcategory";
    o.scope_note = "因政府信息公开工作";
  }
}

/**
 * "铁岭两级法院新收一审行政案件240件" in a document that gives no count of its own of the lawsuits against the region's
 * organs (a court's white paper, news of a joint release): the courts' first-instance intake is that count, flagged as
 * the courts' figure. Where the government's own count is given, the courts' stays apart (litig_court_new).
 */
function courtSideAsLawsuits(out: Extracted[]): void {
  // (per period: a court's three-year total stands for the lawsuits of those years, "2014年-2016年…诉讼案件1087件")
  const own = new Set(out.filter((o) => o.indicator_id === "litig_cases" && o.scope === "jurisdiction").map((o) => o.period));
  for (const o of out) {
    if (o.indicator_id !== "litig_court_new" || o.scope !== "jurisdiction" || own.has(o.period) || (o.period !== "full_year" && o.period !== "cumulative")) continue;
    o.indicator_id = "litig_cases";
    o.rule = "litig_cases#court-side";
    o.flags.push("court_side");
  }
}

/** The topic most of a sentence's readings were made under (the first one, its subject, on a tie). */
function countedTopic(found: Extracted[], sentence: Sentence, marks: TopicMark[], carried: Topic | null): Topic | null {
  const n = new Map<Topic | null, number>();
  let best: Topic | null = carried;
  let most = 0;
  for (const o of found) {
    if (o.char_start < sentence.start) continue;
    const t = topicAt(marks, o.char_start - sentence.start, carried);
    const c = (n.get(t) ?? 0) + 1;
    n.set(t, c);
    if (c > most) [best, most] = [t, c];
  }
  return best;
}

const UMBRELLA = new Set(["纠纷", "矛盾纠纷", "调处"]);

/**
 * One sentence that gives two values for the same indicator, scope and period has said something the reading could
 * not tell apart ("其中市政府收到1,376件、区县政府收到2,942件" both read as government_level): both are kept and
 * flagged conflicting_statements, so that neither is shown as fact without a look.
 */
function flagConflicts(found: Extracted[]): Extracted[] {
  const seen = new Map<string, Extracted[]>();
  for (const o of found) {
    const k = `${o.indicator_id}|${o.scope}|${o.scope_note ?? ""}|${o.period}|${o.period_note ?? ""}`;
    const list = seen.get(k);
    if (list) list.push(o);
    else seen.set(k, [o]);
  }
  for (const list of seen.values()) {
    if (list.length < 2 || new Set(list.map((o) => o.value)).size < 2) continue;
    for (const o of list) if (!o.flags.includes("conflicting_statements")) o.flags.push("conflicting_statements");
  }
  return found;
}

/** A line of its own, short and unpunctuated: "(一)行政复议案件及接待情况", "1.区政府受理的行政复议案件情况". */
function isHeading(sentence: Sentence, next: Sentence | undefined): boolean {
  // (a numbered heading may end with 。: "(五)发挥行政复议化解行政争议主渠道作用。" alone on its line)
  return sentence.text.length <= 40 && (!next || next.paragraph !== sentence.paragraph) && !/[;!?,:]$/.test(sentence.text) && (!sentence.text.endsWith("。") || NUMBERED_HEADING.test(sentence.text)) && !/\d+(件|人|%|名|起|宗|次)/.test(sentence.text);
}
const NUMBERED_HEADING = /^\s*([(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;

/** Extract every observation from a segmented document. Plans, problems and the closing are skipped. */
export function extract(seg: Segmented, docCtx: DocContext): Extracted[] {
  let ctx: DocContext = docCtx.draftedEarly === undefined ? { ...docCtx, draftedEarly: draftedEarly(seg, docCtx), bracketsHold: bracketsHold(seg, docCtx) } : docCtx;
  // published before December of the year it reports on: no flow in it can be the whole year's
  const before = publishedBeforeYearEnd(ctx);
  if (before && !ctx.window) ctx = { ...ctx, window: { value: "partial", note: `截至发布日${before}` } };
  const out: Extracted[] = [];
  let carried: Topic | null = null;
  let paragraph = -1;
  // "截至2017年10月,全县受理…。在受理的来信来访中,县信访局受理…": a paragraph that opens with a part of the year
  // counts the rest of its sentences over that part too (a document-wide window, ctx.window, comes first)
  let windowCtx: DocContext | null = null;
  let paragraphFound: Extracted[] = [];
  let paragraphSubject: string | null = null; // "市政府本级方面,…": the subject a paragraph opens with
  let opening = "";
  let previous: Extracted[] = [];
  let lastFound: Extracted[] = [];
  let concluded: Extracted | undefined; // the concluded count a 审结案件中 sentence looks into
  // the counts a "从…来看," sentence breaks down, kept through its ;-parts
  let viewTotals: Extracted[] | null = null;
  // what the last sentence that counted anything, in an earlier paragraph, counted
  let beforeParagraph: Extracted[] = [];
  // what the earlier ;-parts of the sentence counted
  let openingFound: Extracted[] = [];
  // The topic a heading sets ("(一)行政复议案件情况") holds for the paragraphs under it until the next heading.
  let headingTopic: Topic | null = null;
  let paragraphTopic: Topic | null = null;
  const sentences = seg.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    const marks = topicMarks(sentence.text);
    if (sentence.paragraph !== paragraph) {
      opening = "";
      previous = [];
      if (lastFound.length) beforeParagraph = lastFound;
      lastFound = [];
      paragraph = sentence.paragraph;
      windowCtx = null;
      paragraphFound = [];
      paragraphSubject = sentence.text.match(PARAGRAPH_SUBJECT)?.[1] ?? null;
      if (isHeading(sentence, sentences[k + 1])) {
        // a heading that names two topics ("发挥行政复议…作用,健全矛盾纠纷多元化解机制") sets neither, and the umbrella
        // words of a whole section ("有效化解矛盾纠纷": 复议, 应诉 and 调解 alike) set none
        const named = marks.filter((x) => !UMBRELLA.has(x.word));
        headingTopic = named.length && named.every((x) => x.topic === named[0]!.topic) ? named[0]!.topic : null;
        carried = null;
        // a heading that names no topic at all ("二、审理结果") goes on with the one in force
        if (marks.length) paragraphTopic = null;
        continue;
      }
      // a paragraph goes on with its heading's topic, else with the paragraph before it ("2.受理情况。全市依法受理…"
      // after "1.收到申请情况。…行政复议申请…" under a heading that names none)
      carried = headingTopic ?? paragraphTopic;
    }
    let found: Extracted[] = [];
    if (sentence.section.kind === "body") {
      // (a sentence that opens with 其中 breaks down the one before it: "…结案118件。其中开庭审结94件")
      // (and so does one that looks at them one way: "从应诉机关来看,原行政行为机关单独应诉的有120件")
      // (through the ;-parts that go on with it)
      // (a paragraph may open with it: "在立案的提案中,委员提案142件…" under the paragraph that counted them)
      // (all the paragraph has counted: the total may be two sentences back, its own 其中 between)
      if (BREAKDOWN_VIEW.test(sentence.text)) viewTotals = paragraphFound.length ? paragraphFound : beforeParagraph;
      // "被诉案件共计6件,其中因不服复议决定被诉的4件;因不服征收决定被诉的1件;…": a 其中-list goes on through ;-parts
      // that name no subject of their own
      else if (opening && !PART_SUBJECT.test(sentence.text) && (viewTotals !== null || breakdownListStart(opening.replace(/[;；]$/, "")) >= 0)) viewTotals = [...(viewTotals ?? []), ...openingFound];
      else if (!opening || !BREAKDOWN_VIEW.test(opening)) viewTotals = null;
      const totals = viewTotals ?? (/^其中/.test(sentence.text) ? lastFound : []);
      // (not over a sentence that names a time of its own: "全年人民调解案件2100件")
      // (a comparison with last year names no time of the sentence's own: "…,较上年同期提高了36.7个百分点")
      const sentenceCtx = windowCtx && !OWN_TIME.test(sentence.text.replace(COMPARED_WITH_LAST_YEAR, "")) ? windowCtx : ctx;
      // "…作为被告的一审行政诉讼案件45件。人民法院已审结38件": the court concluding, with no object, the lawsuits just counted
      const own = carried === "litig" && COURT_ON_THE_CASES.test(sentence.text) ? marks.filter((x) => x.topic !== "court") : marks;
      const read = nestedCounts(extractSentence(sentence, sentenceCtx, carried, own, opening, previous), sentence, totals, viewTotals !== null);
      found = flagConflicts(read.filter((o) => !merged(o, read, sentence)));
      // "在受理的24件案件中,…": a total already given, named again to break it down, is not a second observation
      found = found.filter((o) => !restated(o, sentence, out));
      if (ctx.department) departmentAsRespondent(found, sentence);
      correctionGroups(found, sentence);
      sharesOfTotal(found, sentence, openingFound);
      out.push(...found, ...zeroStatements(sentence, ctx, found, carried, marks, opening));
    }
    // what the sentence counted hands its topic on, not a topic it only compared with ("…163件,是同期…行政诉讼案件的
    // 2.8倍。经审查,受理146件" stays with 行政复议); a sentence that counted nothing hands on its last topic word
    // "以区政府为被申请人的复议案件共50件…。目前审结43件,其中维持15件…": the cases of the sentence before, still
    if (lastFound.some((o) => o.indicator_id === "recon_as_respondent") && CONTINUES.test(sentence.text) && !OWN_SUBJECT.test(sentence.text)) {
      for (const o of found) {
        if (!o.indicator_id.startsWith("recon_") || o.indicator_id === "recon_as_respondent" || o.scope !== "jurisdiction") continue;
        o.scope = "as_respondent";
        o.scope_note = "承上句(作为被申请人)";
      }
    }
    // "我局以市人民政府名义办理的复议案件:…审结358件。审结案件中维持201件,…": the concluded cases of the sentence before,
    // whoever's they were
    // (through the ;-parts that go on with it: "…调解和解后终止32件;直接纠错61件,直接纠错率17.0%")
    if (CONCLUDED_VIEW.test(sentence.text) && !OWN_SUBJECT.test(sentence.text)) concluded = [...lastFound].reverse().find((o) => o.indicator_id === "recon_concluded");
    else if (!(opening && CONCLUDED_VIEW.test(opening) && !OWN_SUBJECT.test(sentence.text))) concluded = undefined;
    if (concluded && (concluded.scope === "government_level" || concluded.scope === "sub_entity")) {
      for (const o of found) {
        if (!o.indicator_id.startsWith("recon_") || o.scope !== "jurisdiction") continue;
        o.scope = concluded.scope;
        o.scope_note = concluded.scope_note;
      }
    }
    // "市政府本级方面,收到申请864件…。受理792件。审结771件,…": the later sentences of a paragraph that opened with its
    // subject, naming none of their own, are that subject's
    if (paragraphSubject && paragraphFound.length && !OWN_SUBJECT_ANY.test(sentence.text)) {
      for (const o of found) {
        if (o.scope !== "jurisdiction" || o.scope_note) continue;
        const area = INDICATOR_BY_ID.get(o.indicator_id)?.area ?? "";
        const sc = scopeOf({ before: paragraphSubject, lead: paragraphSubject, indicatorId: o.indicator_id, area, docLevel: ctx.admin_level, docName: ctx.jurisdiction_name, department: ctx.department ?? null, office: ctx.office ?? null });
        if (sc.value !== "jurisdiction") [o.scope, o.scope_note] = [sc.value, sc.note];
      }
    }
    if (found.length) lastFound = found;
    paragraphFound.push(...found);
    const window = sentence.text.match(PARAGRAPH_WINDOW);
    // (one context for the paragraph's sentences: writtenInYear keeps its answer per context)
    // (a sentence of counts that are no indicator's, "共开庭审理…案件141件", still opens the window)
    // (not a part of the year named after the paragraph's full-year counts: "…收到71件;上半年,全市收到32件。")
    if (window && (found.length || /\d\s*(件|%|人次|批次?)/.test(sentence.text)) && !ctx.window && !paragraphFound.some((o) => o.period === "full_year")) windowCtx = { ...ctx, window: { value: "partial", note: window[1]! } };
    // the whole year named next closes the window: "截至10月底,…审结103件;全年审结141件。审结案件中,…"
    else if (windowCtx && WHOLE_YEAR_OPENS.test(sentence.text)) windowCtx = null;
    carried = found.length ? countedTopic(found, sentence, marks, carried) : lastTopic(marks, carried);
    paragraphTopic = carried;
    // A sentence ending in ; continues: the next part inherits its time phrase and its last reading; one that
    // opens with 同期 ("同期,以县政府为被申请人的…") is in the time of the sentence before.
    // (endsWith: a regex anchored only at the end is tried from every position of the sentence)
    // ("截至2017年10月,全县受理来信来访300件次。其中:接待来访261批次": a 其中 sentence is in the time of the one before)
    const continued = sentence.text.endsWith(";") || sentence.text.endsWith("；") || /^(同期|同一时期|其中)/.test(sentences[k + 1]?.text ?? "");
    opening = continued ? opening + sentence.text : "";
    previous = continued ? found : [];
    openingFound = continued ? [...openingFound, ...found] : [];
  }
  acceptedAsReceived(out);
  if (ctx.disclosure) disclosureOnly(out);
  courtSideAsLawsuits(out);
  mergedInParagraph(out, seg);
  partsOfAStatedSum(out, seg);
  const taken = new Set(out.map((o) => o.char_start));
  const retaken = new Set<number>();
  const table = tableObservations(seg, ctx, taken, retaken);
  return [...(retaken.size ? out.filter((o) => !retaken.has(o.char_start)) : out), ...table].sort((a, b) => a.char_start - b.char_start);
}
