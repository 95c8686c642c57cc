// catalog.json: the indicator catalog, the years with reports and key figures — small, loaded by most pages.
// The long lists live in their own files: jurisdictions.json, documents.json, overview.json (总览), slices/ (per page).
import { headlineSql, indicators, valueCounts } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const [stats] = await wh.all<Record<string, number>>(`SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM documents WHERE status = 'ok') AS documents_ok,
    (SELECT count(*) FROM documents WHERE status <> 'ok') AS documents_not_ok,
    (SELECT count(*) FROM documents WHERE jurisdiction_code IS NULL OR report_year IS NULL) AS documents_unresolved,
    (SELECT count(DISTINCT jurisdiction_code) FROM documents WHERE status = 'ok') AS jurisdictions,
    (SELECT count(DISTINCT jurisdiction_code) FROM documents) AS jurisdictions_all,
    (SELECT count(DISTINCT province_name) FROM documents WHERE status = 'ok') AS provinces,
    (SELECT min(report_year) FROM documents WHERE status = 'ok') AS year_min,
    (SELECT max(report_year) FROM documents WHERE status = 'ok') AS year_max,
    (SELECT count(*) FROM observations) AS observations,
    (SELECT count(*) FROM observations WHERE is_headline) AS headline_observations,
    (SELECT count(*) FROM (${headlineSql()})) AS comparable_values,
    (SELECT count(*) FROM observations WHERE coalesce(flags, '') <> '') AS flagged,
    (SELECT count(*) FROM observations WHERE is_derived) AS derived`);
const years = (await wh.all<{ y: number }>(
  `SELECT DISTINCT report_year AS y FROM documents WHERE status = 'ok' AND report_year IS NOT NULL ORDER BY 1`,
)).map((r) => r.y);
await writeJson({
  generated_at: new Date().toISOString(),
  indicators: await indicators(wh),
  years,
  stats,
  value_counts: await valueCounts(wh),
});
wh.close();
