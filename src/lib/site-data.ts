// Queries shared by the data loaders (Node only). Each loader precomputes the small JSON one page needs.
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { sqlString, type Table, type Warehouse } from "./warehouse.ts";

/**
 * The comparable values: one per (jurisdiction, year, indicator), as the pipeline chose them from every ok document
 * about that place and year (the warehouse's `comparable` table, pipeline/load/comparable.ts says which document wins
 * and why). n_docs is how many documents gave the indicator.
 */
export function headlineSql(where = "TRUE"): string {
  return `SELECT * FROM (
    SELECT c.obs_id, c.doc_id, c.jurisdiction_code AS code, c.report_year::INTEGER AS year, c.indicator_id,
      c.value::DOUBLE AS value, c.unit, c.qualifier, c.period, o.period_note, o.scope, coalesce(o.is_derived, false) AS is_derived,
      coalesce(c.flags, '') AS flags, coalesce(o.evidence, '') AS evidence, c.n_sources::INTEGER AS n_docs, c.doc_kind
    FROM comparable c JOIN observations o USING (obs_id)
  ) WHERE (${where}) ORDER BY code, year, indicator_id`;
}

/** Comparable values per indicator and year (catalog.json's value_counts; the 指标 page's default view is picked from them). */
export async function valueCounts(wh: Warehouse): Promise<{ indicator_id: string; year: number; n: number }[]> {
  const rows = await wh.all<{ indicator_id: string; year: number; n: number }>(
    `SELECT indicator_id, year, count(*) AS n FROM (${headlineSql()}) GROUP BY ALL ORDER BY ALL`,
  );
  return rows.map((r) => ({ indicator_id: r.indicator_id, year: Number(r.year), n: Number(r.n) }));
}

/** The indicator catalog, plus a placeholder row for any indicator id that has values but no catalog entry. */
export async function indicators(wh: Warehouse) {
  const rows = await wh.all<Record<string, unknown>>(`SELECT * FROM indicators`);
  const known = new Set(rows.map((r) => r.indicator_id));
  const extra = await wh.all<{ indicator_id: string; unit: string }>(
    `SELECT indicator_id, any_value(unit) AS unit FROM observations GROUP BY 1 ORDER BY 1`,
  );
  for (const e of extra) {
    if (known.has(e.indicator_id)) continue;
    rows.push({
      indicator_id: e.indicator_id, area: "other", area_zh: "其他", name_zh: e.indicator_id, name_en: e.indicator_id,
      unit: e.unit, kind: "count", definition: "（指标目录中没有此项）", formula: null, higher_is_better: null, tracked: false,
    });
  }
  return rows;
}

export const DOC_COLUMNS = `d.doc_id, d.file_name, d.title, d.jurisdiction_code, d.jurisdiction_name, d.admin_level, d.province_name,
  d.parent_name, d.report_year, d.published_on, d.issuer, d.source_url, d.doc_kind, d.status, d.status_reason, d.duplicate_of,
  d.char_count, d.observation_count`;

/** Document metadata with the number of headline values each has. */
export async function documents(wh: Warehouse, where = "TRUE") {
  return wh.all(`SELECT ${DOC_COLUMNS},
      (SELECT count(*) FROM observations o WHERE o.doc_id = d.doc_id AND o.is_headline) AS headline_count
    FROM documents d WHERE ${where}
    ORDER BY d.province_name NULLS LAST, d.jurisdiction_code NULLS LAST, d.report_year NULLS LAST, d.doc_id`);
}

/**
 * Jurisdictions that have at least one document, with names from the jurisdictions table when present (documents'
 * own fields otherwise), the years they have ok reports for, and how many values.
 */
export async function jurisdictions(wh: Warehouse, where = "TRUE") {
  const hasJ = wh.has("jurisdictions");
  return wh.all(`SELECT * FROM (WITH dj AS (
      SELECT jurisdiction_code AS code, any_value(jurisdiction_name) AS name, any_value(admin_level) AS level,
        any_value(province_name) AS province_name, any_value(parent_name) AS parent_name,
        list_sort(list_distinct(list(report_year) FILTER (WHERE status = 'ok' AND report_year IS NOT NULL))) AS years,
        count(*) AS doc_count
      FROM documents WHERE jurisdiction_code IS NOT NULL GROUP BY 1),
    vc AS (SELECT code, count(*) AS value_count FROM (${headlineSql()}) GROUP BY 1)
    SELECT dj.code, ${hasJ ? "coalesce(j.name, dj.name)" : "dj.name"} AS name, ${hasJ ? "coalesce(j.level, dj.level)" : "dj.level"} AS level,
      ${hasJ ? "coalesce(j.province_name, dj.province_name)" : "dj.province_name"} AS province_name,
      ${hasJ ? "coalesce(j.parent_name, dj.parent_name)" : "dj.parent_name"} AS parent_name,
      ${hasJ ? "j.chain" : "NULL"} AS chain, dj.years, dj.doc_count, coalesce(vc.value_count, 0) AS value_count
    FROM dj ${hasJ ? "LEFT JOIN (SELECT DISTINCT ON (code) * FROM jurisdictions) j ON j.code = dj.code" : ""}
    LEFT JOIN vc ON vc.code = dj.code)
    WHERE ${where}
    ORDER BY province_name NULLS LAST, CASE level WHEN 'province' THEN 0 WHEN 'prefecture' THEN 1 ELSE 2 END, code`);
}

/** COPY a table to a temporary zstd Parquet file and stream it to stdout (Framework writes stdout to the output). */
export async function emitParquet(wh: Warehouse, table: Table, select = `SELECT * FROM ${table}`): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-parquet-"));
  try {
    const file = join(dir, `${table}.parquet`);
    await wh.run(`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
    await pipeline(createReadStream(file), process.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
