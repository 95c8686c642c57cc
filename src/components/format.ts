// Chinese labels and zh-CN number/date formats. Pure functions: used by the pages and unit-tested in Node.

export const QUALIFIER_ZH: Record<string, string> = {
  exact: "确数",
  approx: "约数（余、多、近、约、左右）",
  at_least: "不少于（以上、不低于、不少于）",
  more_than: "超过（超过、逾）",
  at_most: "不超过（以下、不超过）",
  less_than: "不足（不足、低于）",
};

export const QUALIFIER_PREFIX: Record<string, string> = {
  exact: "",
  approx: "≈",
  at_least: "≥",
  more_than: ">",
  at_most: "≤",
  less_than: "<",
};

export const PERIOD_ZH: Record<string, string> = {
  full_year: "全年",
  partial: "部分时段",
  cumulative: "累计",
  prior_year: "上年对比数",
};

export const PERIOD_HELP: Record<string, string> = {
  full_year: "报告年度全年的数字（默认）。",
  partial: "只覆盖年内一段时间，如“一季度”“上半年”“6月至12月”“截至11月底”；句首的时段管到整句（含分号后的分句）。",
  cumulative: "跨多个年份的累计数，如“成立以来”“近三年”。",
  prior_year: "为比较而引用的上一年数字。",
};

export const SCOPE_ZH: Record<string, string> = {
  jurisdiction: "全辖区",
  government_level: "政府本级",
  higher_level: "上级事项",
  sub_entity: "下属单位",
  subcategory: "分类细项",
  as_respondent: "作为被申请人",
};

export const SCOPE_HELP: Record<string, string> = {
  jurisdiction: "整个行政区域（默认），如“全市”“全区”。",
  government_level: "政府机关自身，如“市政府本级”“省政府本级”“以政府为当事人”。",
  higher_level: "上级机关的事项，如区报告中的“市人大建议”。",
  sub_entity: "区域内的某一委员会、办公室、乡镇或部门。",
  subcategory: "总数按类型的细分，如“涉企案件”“其中涉侨纠纷”“行业性专业性调委会”。",
  as_respondent: "本级政府作为被申请人的行政复议案件。",
};

export const LEVEL_ZH: Record<string, string> = {
  province: "省级",
  prefecture: "地市级",
  county: "县级",
};

export const STATUS_ZH: Record<string, string> = {
  ok: "正常",
  quarantined: "已隔离（未纳入统计）",
  duplicate: "重复文件",
};

export const FLAG_ZH: Record<string, string> = {
  inconsistent_with_counts: "比率与计数不一致",
  conflicting_statements: "同一报告中有不同的数字",
  rejected: "分析人员已否决",
  implicit_value: "隐含数值（如“无败诉”读作 0）",
  corrected: "经分析人员更正",
  added_by_correction: "分析人员补录",
  government_level_only: "报告只给出政府本级数字，未给出全辖区数字",
  table: "读自报告中的表格",
  conflicting_sources: "另有文件给出不同的全年数值",
  from_later_report: "取自下一年度报告中的上年数",
};

/** Flags that cast doubt on a value (drawn with ⚠); the others only describe where it came from. */
export const WARNING_FLAGS = new Set(["inconsistent_with_counts", "conflicting_statements", "rejected", "conflicting_sources"]);

/** Warning flags, plus any flag this site does not know (unknown means unchecked: show it). */
export function warnFlags(flags: string | null | undefined): string[] {
  return flagList(flags).filter((f) => WARNING_FLAGS.has(f) || !(f in FLAG_ZH));
}

export function flagList(flags: string | null | undefined): string[] {
  return (flags ?? "")
    .split(";")
    .map((f) => f.trim())
    .filter(Boolean);
}

export function flagLabel(flag: string): string {
  return FLAG_ZH[flag] ?? flag;
}

export function yesNo(b: boolean | null | undefined): string {
  return b == null ? "—" : b ? "是" : "否";
}

/**
 * Missing data has two names, because it is two facts: no report of that place and year was collected
 * (无该年报告), or a report exists but does not give the number (报告未提及). Neither is ever drawn as 0.
 */
export type MissingKind = "no_report" | "not_given";
export const NO_REPORT = "无该年报告";
export const NOT_GIVEN = "报告未提及";
export const MISSING_ZH: Record<MissingKind, string> = { no_report: NO_REPORT, not_given: NOT_GIVEN };
export const MISSING_HELP: Record<MissingKind, string> = {
  no_report: "没有收集到该地区该年度的报告",
  not_given: "有该年度的报告，但报告中没有给出这个数字（不按 0 处理）",
};

/** Which kind of missing: the place has a report for `year` (its `years`) → 报告未提及, else 无该年报告. */
export function missingKind(years: readonly number[] | null | undefined, year: number | string | null | undefined): MissingKind {
  return year != null && (years ?? []).some((y) => String(y) === String(year)) ? "not_given" : "no_report";
}

/** The label of a missing value: 无该年报告 or 报告未提及 (无数据 only when the kind is not known). */
export function missingLabel(kind: MissingKind | null | undefined): string {
  return kind ? MISSING_ZH[kind] : "无数据";
}

/**
 * The one sentence that replaces an empty chart: which kind of missing it is and for how many places.
 * `counts` is how many places of each kind; `what` names the indicator, `year` the year (both optional).
 */
export function emptyChartSentence(counts: { no_report: number; not_given: number }, { what = "此指标", year = null as number | string | null } = {}): string {
  const y = year != null && year !== "" ? `${year}年` : "该年";
  const { no_report: a, not_given: b } = counts;
  if (a && !b) return `${a > 1 ? `所选 ${a} 个地区` : "所选地区"}都没有${y}的报告（${NO_REPORT}），图中没有可画的数值。`;
  if (b && !a) return `${b > 1 ? `所选 ${b} 个地区` : "所选地区"}的${y}报告都没有给出${what}（${NOT_GIVEN}），图中没有可画的数值。`;
  if (a && b) return `${a} 个地区没有${y}的报告（${NO_REPORT}），${b} 个地区的报告没有给出${what}（${NOT_GIVEN}），图中没有可画的数值。`;
  return "没有可画的数值。";
}

/** Years from the first to the last given, every one: a continuous year axis (missing years become gaps). */
export function yearRange(years: Iterable<number | null | undefined>): number[] {
  const ys = [...years].filter((y): y is number => y != null && Number.isFinite(y));
  if (!ys.length) return [];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** The years of the continuous range that are not among `present`: "缺2021年" under a chart. */
export function gapYears(range: number[], present: Iterable<number | null | undefined>): number[] {
  const have = new Set([...present].filter((y) => y != null).map(Number));
  return range.filter((y) => !have.has(y));
}

/** "缺2021年" / "缺2019年、2021年"; "" when none. */
export function gapNote(gaps: number[]): string {
  return gaps.length ? `缺${gaps.map((y) => `${y}年`).join("、")}` : "";
}

/**
 * The warning shown wherever administrative levels mix (省/市/县 values are of different scale): null when the
 * levels given are all the same.
 */
export function mixedLevelText(levels: Iterable<string | null | undefined>): string | null {
  const set = [...new Set([...levels].map((l) => l ?? ""))];
  if (set.length < 2) return null;
  return `注意：混合了不同级别的地区（${set.map((l) => LEVEL_ZH[l] ?? "级别未知").join("、")}），省、市、县的数值规模不同，不可直接比较。`;
}

const intFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0, useGrouping: true });
const decFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: true });

/** 12345 → "12,345"; 98.25 → "98.25"; null → "无数据". */
export function formatNumber(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return "无数据";
  return Number.isInteger(v) ? intFormat.format(v) : decFormat.format(v);
}

/** A value with its unit: "12,345件", "98.3%", "1,200元". */
export function formatValue(v: number | null | undefined, unit?: string | null): string {
  if (v == null || !Number.isFinite(v)) return "无数据";
  return `${formatNumber(v)}${unit ?? ""}`;
}

export interface ValueLike {
  value: number | null;
  unit?: string | null;
  qualifier?: string | null;
  period?: string | null;
  period_note?: string | null;
  is_derived?: boolean | null;
  flags?: string | null;
}

/** "≥95%", "≈1,200件": the qualifier's sign before the number. */
export function formatQualified(o: ValueLike): string {
  if (o.value == null) return "无数据";
  return `${QUALIFIER_PREFIX[o.qualifier ?? "exact"] ?? ""}${formatValue(o.value, o.unit)}`;
}

/** The markings a value carries besides its qualifier, in display order. */
export function markers(o: ValueLike): { kind: "partial" | "cumulative" | "prior" | "derived" | "flag" | "info"; text: string }[] {
  const out: { kind: "partial" | "cumulative" | "prior" | "derived" | "flag" | "info"; text: string }[] = [];
  if (o.period === "partial") out.push({ kind: "partial", text: o.period_note ? `部分时段：${o.period_note}` : "部分时段" });
  if (o.period === "cumulative") out.push({ kind: "cumulative", text: "累计" });
  if (o.period === "prior_year") out.push({ kind: "prior", text: "上年数" });
  if (o.is_derived) out.push({ kind: "derived", text: "推算" });
  const warn = warnFlags(o.flags);
  for (const f of flagList(o.flags)) out.push(warn.includes(f) ? { kind: "flag", text: `⚠ ${flagLabel(f)}` } : { kind: "info", text: flagLabel(f) });
  return out;
}

/** A one-line label for charts: "≥95%（部分时段）（推算）⚠". */
export function chartLabel(o: ValueLike): string {
  if (o.value == null) return "无数据";
  let s = formatQualified(o);
  if (o.period === "partial") s += "（部分时段）";
  if (o.period === "cumulative") s += "（累计）";
  if (o.is_derived) s += "（推算）";
  if (warnFlags(o.flags).length) s += " ⚠";
  return s;
}

/** "2024-02-23" → "2024年2月23日"; "2024-02" → "2024年2月"; anything else is returned unchanged; empty → "—". */
export function formatDate(s: string | null | undefined): string {
  if (!s) return "—";
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(s);
  if (!m) return s;
  return `${+m[1]}年${+m[2]}月${m[3] ? `${+m[3]}日` : ""}`;
}

export function formatYear(y: number | null | undefined): string {
  return y == null ? "年份未知" : `${y}年`;
}

/** Higher-is-better flag → Chinese. */
export function directionZh(h: boolean | null | undefined): string {
  return h == null ? "无方向" : h ? "越高越好" : "越低越好";
}

/**
 * A document's heading: its own title; else "<地区><年度>年法治政府建设年度报告（原文无标题）" when the place and year
 * are known; else the file name, marked as such.
 */
export function docTitle(d: { title?: string | null; file_name?: string | null; jurisdiction_name?: string | null; report_year?: number | null }): string {
  if (d.title && d.title.trim()) return d.title.trim();
  if (d.jurisdiction_name && d.report_year != null) return `${d.jurisdiction_name}${d.report_year}年法治政府建设年度报告（原文无标题）`;
  return `文件 ${d.file_name ?? "（无文件名）"}（原文无标题，地区或年度未识别）`;
}

/** The short qualifier word for tables and downloads: 确数, 约数, 不少于, 超过, 不超过, 不足. */
export function qualifierShort(q: string | null | undefined): string {
  const zh = QUALIFIER_ZH[q ?? "exact"];
  return zh ? zh.replace(/（.*$/, "") : String(q ?? "");
}

/**
 * A document as a source to cite: 《its own title》, or, when the report has none, its place and year with
 * （原文无标题） — never a title that reads as the document's own.
 */
export function sourceLabel(d: { title?: string | null; jurisdiction_name?: string | null; report_year?: number | null; file_name?: string | null }): string {
  if (d.title && d.title.trim()) return `《${d.title.trim()}》`;
  const who = d.jurisdiction_name ?? "";
  const when = d.report_year != null ? `${d.report_year}年` : "";
  return who || when ? `${who}${when}报告（原文无标题）` : `文件 ${d.file_name ?? "（无文件名）"}（原文无标题）`;
}

/** Only http(s) addresses become links (a javascript: or file: address from a source list stays text). */
export function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  const s = u.trim();
  return /^https?:\/\/[^\s"<>]+$/i.test(s) ? s : null;
}

/**
 * One citation line for a report: 发布机关：《标题》（原文无标题 when it has none），发布日期，网址（文件 …）.
 * Missing parts are left out rather than guessed.
 */
export function citationText(d: { title?: string | null; issuer?: string | null; published_on?: string | null; source_url?: string | null; file_name?: string | null }): string {
  const title = d.title && d.title.trim() ? `《${d.title.trim()}》` : "（原文无标题）";
  const parts = [d.issuer ? `${d.issuer.trim()}：${title}` : title];
  if (d.published_on) parts.push(formatDate(d.published_on));
  if (d.source_url) parts.push(d.source_url.trim());
  if (d.file_name) parts.push(`文件 ${d.file_name}`);
  return parts.join("，") + "。";
}

/**
 * A document's status_reason in Chinese. The pipeline writes some reasons in Chinese and English ("无中文正文 / no
 * Chinese prose (12 Chinese characters)"), some in English only ("empty file", "jurisdiction: ambiguous: …",
 * "same bytes as …"). Known ones are translated; an unknown English one is kept, marked as the pipeline's own words.
 */
export function statusReasonZh(reason: string | null | undefined): string {
  if (!reason || !reason.trim()) return "无说明";
  return reason.split(/;\s*(?![^()]*\))/).map((p) => reasonPartZh(p.trim())).filter(Boolean).join("；");
}

const HAN_RE = /[\u3400-\u9fff]/;

const REASON_RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^empty file$/i, () => "空文件"],
  [/^no text content in HTML$/i, () => "网页中没有正文"],
  [/^DOCX has no text$/i, () => "Word 文档（DOCX）中没有文字"],
  [/^unsupported (?:extension|file type) (.*)$/i, (m) => `不支持的文件类型（${/^\((none|no extension)\)$/.test(m[1]!) ? "无扩展名" : m[1]}），不是报告文件`],
  [/^binary content, not text$/i, () => "二进制内容，不是文本"],
  [/^legacy Word \.doc.*$/i, () => "旧版 Word .doc 文件，不是 DOCX（请另存为 DOCX 后重新处理）"],
  [/^not a valid DOCX.*$/i, () => "不是有效的 DOCX 文件"],
  [/^unreadable DOCX.*$/i, () => "无法读取的 DOCX 文件"],
  [/^not a valid PDF \(no %PDF header\)$/i, () => "不是有效的 PDF 文件（缺少 %PDF 文件头）"],
  [/^not a valid PDF.*$/i, () => "不是有效的 PDF 文件"],
  [/^PDF is encrypted.*$/i, () => "PDF 已加密（需要密码）"],
  [/^PDF has no text layer.*$/i, () => "PDF 没有文字层（可能是扫描件，需要先做文字识别）"],
  [/^unreadable PDF.*$/i, () => "无法读取的 PDF 文件"],
  [/^unreadable (\w+).*$/i, (m) => `无法读取的 ${m[1]} 文件`],
  [/^cannot read file \((.*)\)$/i, (m) => `无法读取文件（${m[1]}）`],
  [/^same bytes as (\S+)$/i, (m) => `与文件 ${m[1]} 的内容逐字节相同`],
  [/^same text as (\S+)$/i, (m) => `与文件 ${m[1]} 的正文相同`],
  [/^failed: (.*)$/is, (m) => `处理时出错（技术信息：${m[1]}）`],
  [/^jurisdiction: (.*)$/is, (m) => `地区：${jurisdictionReasonZh(m[1]!)}`],
  [/^report_year: (.*)$/is, (m) => `年度：${/^not found$/i.test(m[1]!.trim()) ? "未能识别" : reasonPartZh(m[1]!.trim())}`],
];

function jurisdictionReasonZh(r: string): string {
  const s = r.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^jurisdiction not found \(weak mentions only: (.*)\)$/i))) return `未能识别（正文只零星提到：${m[1]!.split(/,\s*/).join("、")}）`;
  if (/^jurisdiction not found$/i.test(s)) return "未能识别";
  if ((m = s.match(/^ambiguous: (.*)$/i))) return `有歧义，无法确定是哪一个（${m[1]}）`;
  return reasonPartZh(s);
}

function reasonPartZh(p: string): string {
  if (!p) return "";
  for (const [re, zh] of REASON_RULES) {
    const m = p.match(re);
    if (m) return zh(m);
  }
  // "中文 / English (details)": the Chinese half, with the numbers or reasons of the English details
  const slash = p.indexOf(" / ");
  if (slash > 0 && HAN_RE.test(p.slice(0, slash))) {
    const zh = p.slice(0, slash).trim();
    const en = p.slice(slash + 3).trim();
    let m: RegExpMatchArray | null;
    if ((m = en.match(/no Chinese prose \((\d+) Chinese characters\)/i))) return `${zh}（只有 ${m[1]} 个汉字）`;
    if ((m = en.match(/(\d+) characters \(limit (\d+)\)/i))) return `${zh}（${m[1]} 字，上限 ${m[2]} 字）`;
    if ((m = en.match(/^[^(]*\((.*)\)$/s))) return `${zh}（${statusReasonZh(m[1])}）`;
    return zh;
  }
  if (HAN_RE.test(p) && !/[A-Za-z]{4,}/.test(p)) return p;
  return `其他原因（流水线原文：${p}）`;
}

const DERIVED_EVIDENCE = /^([a-z][a-z0-9_ /*+.]*): ((?:[a-z][a-z0-9_]*=-?\d+(?:\.\d+)?(?:, |$))+)$/;

/**
 * The evidence of a value the pipeline computed (pipeline/derive: "mediation_succeeded/mediation_cases*100:
 * mediation_succeeded=3105, mediation_cases=3210") in Chinese, with the indicators' names for their codes:
 * "推算：人民调解成功数 ÷ 人民调解纠纷数 × 100（人民调解成功数 3105，人民调解纠纷数 3210）". Any other evidence — a
 * sentence of a report — is returned unchanged.
 */
export function evidenceText(evidence: string | null | undefined, nameOf: (id: string) => string | null | undefined): string {
  const s = evidence ?? "";
  const m = DERIVED_EVIDENCE.exec(s);
  if (!m) return s;
  const name = (id: string) => nameOf(id) || id;
  const formula = m[1]!
    .replace(/^sum of ([a-z][a-z0-9_]*) across levels$/, (_, id) => `各级${name(id)}之和`)
    .replace(/^correction groups \+ outcomes$/, "纠错方式各项之和")
    .replace(/[a-z][a-z0-9_]*/g, (id) => name(id))
    .replace(/\s*\/\s*/g, " ÷ ")
    .replace(/\s*\*\s*/g, " × ")
    .replace(/\s*\+\s*/g, " ＋ ");
  const parts = m[2]!.split(", ").filter(Boolean).map((p) => {
    const [id, v] = p.split("=");
    return `${name(id!)} ${v}`;
  });
  return `推算：${formula}（${parts.join("，")}）`;
}

/**
 * Labels that tell places apart in one chart or table: a name that several of `places` share gets its province
 * (通州区（北京市）, 通州区（江苏省）), and its code too when even that is shared (two 桥西区 of 河北省). Keyed by code.
 */
export function placeLabels(places: Iterable<{ code: string; name: string; province_name?: string | null }>): Map<string, string> {
  const list = [...places];
  const count = (key: (p: (typeof list)[number]) => string) => {
    const m = new Map<string, number>();
    for (const p of list) m.set(key(p), (m.get(key(p)) ?? 0) + 1);
    return m;
  };
  const byName = count((p) => p.name);
  const withProvince = (p: (typeof list)[number]) => `${p.name}（${p.province_name ?? "省份未知"}）`;
  const byProvince = count(withProvince);
  const out = new Map<string, string>();
  for (const p of list) {
    if ((byName.get(p.name) ?? 0) < 2) out.set(p.code, p.name);
    else if ((byProvince.get(withProvince(p)) ?? 0) < 2) out.set(p.code, withProvince(p));
    else out.set(p.code, `${p.name}（${p.province_name ?? "省份未知"} ${p.code}）`);
  }
  return out;
}
