// 看板数值.csv: the dashboard's values (the warehouse's `comparable` table, one row per jurisdiction, year and
// indicator) for a reader with Excel: Chinese column names, Chinese words instead of codes, the sentence each value
// was read from and the report to cite. UTF-8 with BOM and CRLF (Excel in China opens it as UTF-8), RFC 4180 quoting,
// and the export's guard against formula injection (a cell starting with = + - @ TAB CR gets a leading ').
import { neutralize } from "../../pipeline/load/csv.ts";
import { citationText, evidenceText, flagLabel, flagList, LEVEL_ZH, PERIOD_ZH, qualifierShort, SCOPE_ZH } from "../components/format.ts";
import type { Warehouse } from "./warehouse.ts";

export const DASHBOARD_CSV_NAME = "看板数值.csv";

/** The columns, in order. 备注 (flags, derived values, several sources) follows the twelve the issue names. */
export const DASHBOARD_COLUMNS = ["地区", "省份", "级别", "年度", "指标", "数值", "单位", "限定", "时段", "范围", "原文句子", "来源", "备注"] as const;

/** One comparable value with what its row needs (dashboardSql's columns). */
export interface DashboardRow {
  code: string;
  name: string | null;
  province_name: string | null;
  level: string | null;
  year: number;
  indicator_id: string;
  name_zh: string | null;
  value: number;
  unit: string | null;
  qualifier: string;
  period: string;
  obs_period: string | null;
  period_note: string | null;
  scope: string | null;
  scope_note: string | null;
  evidence: string | null;
  is_derived: boolean | null;
  flags: string | null;
  n_sources: number | null;
  title: string | null;
  issuer: string | null;
  published_on: string | null;
  source_url: string | null;
  file_name: string | null;
}

export const DASHBOARD_SQL = `SELECT c.jurisdiction_code AS code, coalesce(j.name, d.jurisdiction_name) AS name,
    coalesce(j.province_name, d.province_name) AS province_name, coalesce(j.level, d.admin_level) AS level,
    c.report_year::INTEGER AS year, c.indicator_id, i.name_zh, c.value::DOUBLE AS value, c.unit, c.qualifier, c.period,
    o.period AS obs_period, o.period_note, o.scope, o.scope_note, o.evidence, o.is_derived, c.flags, c.n_sources::INTEGER AS n_sources,
    d.title, d.issuer, d.published_on, d.source_url, d.file_name
  FROM comparable c
  LEFT JOIN observations o ON o.obs_id = c.obs_id
  LEFT JOIN documents d ON d.doc_id = c.doc_id
  LEFT JOIN (SELECT DISTINCT ON (code) code, name, province_name, level FROM jurisdictions) j ON j.code = c.jurisdiction_code
  LEFT JOIN (SELECT DISTINCT ON (indicator_id) indicator_id, name_zh FROM indicators) i ON i.indicator_id = c.indicator_id
  ORDER BY c.jurisdiction_code, c.report_year, c.indicator_id`;

const NEEDS_QUOTES = /[",\r\n]/;
function field(v: string | number | null | undefined): string {
  if (v == null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = neutralize(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const withNote = (label: string, note: string | null | undefined) => (note ? `${label}（${note}）` : label);

/** An indicator's Chinese name by its code (for a computed value's formula, written in names: evidenceText). */
export type IndicatorNames = (id: string) => string | null | undefined;

/** The cells of one row, in DASHBOARD_COLUMNS order (numbers stay numbers: Excel can sum them). */
export function dashboardCells(r: DashboardRow, nameOf: IndicatorNames = () => null): (string | number | null)[] {
  const notes: string[] = [];
  for (const f of flagList(r.flags)) notes.push(flagLabel(f));
  if (r.is_derived) notes.push("推算（由报告中的其他数字计算得出）");
  if ((r.n_sources ?? 0) > 1) notes.push(`该地该年共 ${r.n_sources} 份文件给出此指标，按既定顺序取其一`);
  return [
    r.name ?? r.code,
    r.province_name ?? "",
    r.level ? LEVEL_ZH[r.level] ?? r.level : "",
    r.year,
    r.name_zh ?? r.indicator_id,
    r.value,
    r.unit ?? "",
    qualifierShort(r.qualifier),
    // the observation's own period words, unless the comparable value's period differs (a prior-year figure of the next report)
    withNote(PERIOD_ZH[r.period] ?? r.period, r.obs_period === r.period ? r.period_note : null),
    r.scope ? withNote(SCOPE_ZH[r.scope] ?? r.scope, r.scope_note) : "",
    // a computed value's "evidence" is its formula: in the indicators' Chinese names, not their codes
    evidenceText(r.evidence, nameOf),
    citationText(r),
    notes.join("；"),
  ];
}

export function dashboardHeader(): string {
  return "\uFEFF" + DASHBOARD_COLUMNS.map(field).join(",") + "\r\n";
}

export function dashboardLines(rows: DashboardRow[], nameOf: IndicatorNames = () => null): string {
  let out = "";
  for (const r of rows) out += dashboardCells(r, nameOf).map(field).join(",") + "\r\n";
  return out;
}

/** The whole file. */
export async function dashboardCsv(wh: Warehouse): Promise<string> {
  const rows = await wh.all<DashboardRow>(DASHBOARD_SQL);
  const names = new Map((await wh.all<{ indicator_id: string; name_zh: string }>(`SELECT DISTINCT ON (indicator_id) indicator_id, name_zh FROM indicators`)).map((i) => [i.indicator_id, i.name_zh]));
  return dashboardHeader() + dashboardLines(rows.map((r) => ({ ...r, value: Number(r.value), year: Number(r.year) })), (id) => names.get(id));
}
