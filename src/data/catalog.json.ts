// catalog.json: indicators, jurisdictions with reports, document metadata, years and key figures (总览, 指标, 对比, 方法 …).
import { documents, headlineSql, indicators, jurisdictions } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const [stats] = await wh.all<Record<string, number>>(`SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM documents WHERE status = 'ok') AS documents_ok,
    (SELECT count(*) FROM documents WHERE status <> 'ok') AS documents_not_ok,
    (SELECT count(*) FROM documents WHERE jurisdiction_code IS NULL OR report_year IS NULL) AS documents_unresolved,
    (SELECT count(DISTINCT jurisdiction_code) FROM documents WHERE status = 'ok') AS jurisdictions,
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
  jurisdictions: await jurisdictions(wh),
  documents: await documents(wh),
  years,
  stats,
});
wh.close();
