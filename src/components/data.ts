// Shapes of the JSON files written by src/data/*.json.ts loaders, and small pure helpers over them.

export interface Indicator {
  indicator_id: string;
  area: string;
  area_zh: string;
  name_zh: string;
  name_en: string;
  unit: string;
  kind: string;
  definition: string;
  formula: string | null;
  higher_is_better: boolean | null;
  tracked: boolean;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  parent_name: string | null;
  chain: string | null;
  years: number[];
  doc_count: number;
  value_count: number;
}

export interface DocumentMeta {
  doc_id: string;
  file_name: string;
  title: string | null;
  jurisdiction_code: string | null;
  jurisdiction_name: string | null;
  admin_level: string | null;
  province_name: string | null;
  parent_name: string | null;
  report_year: number | null;
  published_on: string | null;
  status: string;
  status_reason: string | null;
  duplicate_of: string | null;
  char_count: number | null;
  observation_count: number | null;
  headline_count: number;
}

export interface Catalog {
  generated_at: string;
  indicators: Indicator[];
  jurisdictions: Jurisdiction[];
  documents: DocumentMeta[];
  years: number[];
  stats: Record<string, number>;
}

/** One comparable (headline) value: one per jurisdiction, year and indicator. */
export interface HeadlineValue {
  obs_id: string;
  doc_id: string;
  code: string;
  year: number;
  indicator_id: string;
  value: number;
  unit: string;
  qualifier: string;
  period: string;
  period_note: string | null;
  scope: string;
  is_derived: boolean;
  flags: string;
  evidence: string;
  n_docs: number;
}

export function indicatorGroups(indicators: Indicator[], withData?: Set<string>) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const i of indicators) {
    if (withData && !withData.has(i.indicator_id)) continue;
    let g = groups.get(i.area);
    if (!g) groups.set(i.area, (g = { label: i.area_zh, options: [] }));
    g.options.push({ value: i.indicator_id, label: `${i.name_zh}（${i.unit}）` });
  }
  return [...groups.values()];
}

/** Index values by `${code}|${year}|${indicator}`. */
export function indexValues(values: HeadlineValue[]): Map<string, HeadlineValue> {
  return new Map(values.map((v) => [`${v.code}|${v.year}|${v.indicator_id}`, v]));
}

export function key(code: string, year: number | string, indicator: string): string {
  return `${code}|${year}|${indicator}`;
}

export interface RankRow {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  v: HeadlineValue | null;
}

/**
 * Rows for a ranked bar chart: every jurisdiction given, with its value or null. Valued rows first, in the
 * indicator's "better" order when known (descending otherwise), then the missing ones by name.
 */
export function rankRows(
  jurisdictions: Pick<Jurisdiction, "code" | "name" | "level" | "province_name">[],
  byKey: Map<string, HeadlineValue>,
  indicator: string,
  year: number,
  higherIsBetter: boolean | null = null,
): RankRow[] {
  const rows = jurisdictions.map((j) => ({ code: j.code, name: j.name, level: j.level, province_name: j.province_name, v: byKey.get(key(j.code, year, indicator)) ?? null }));
  const dir = higherIsBetter === false ? 1 : -1;
  return rows.sort((a, b) => {
    if (a.v && b.v) return dir * (a.v.value - b.v.value) || a.name.localeCompare(b.name, "zh-CN");
    if (a.v) return -1;
    if (b.v) return 1;
    return a.name.localeCompare(b.name, "zh-CN");
  });
}

/** Filter jurisdictions by province and level ("" = all). */
export function filterJurisdictions<J extends { province_name: string | null; level: string | null }>(js: J[], province: string, level: string): J[] {
  return js.filter((j) => (!province || j.province_name === province) && (!level || j.level === level));
}

/** Relative link helpers. `prefix` is "./" on top-level pages and "../" on /region/ and /doc/ pages. */
export const docHref = (prefix: string, docId: string, obsId?: string) =>
  `${prefix}doc/${encodeURIComponent(docId)}.html${obsId ? `?obs=${encodeURIComponent(obsId)}` : ""}`;
export const regionHref = (prefix: string, code: string) => `${prefix}region/${encodeURIComponent(code)}.html`;
