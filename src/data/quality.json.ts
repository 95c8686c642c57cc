// quality.json: what an analyst should check (数据质量 page).
import { DOC_COLUMNS, headlineSql } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const flagged = await wh.all(`SELECT o.obs_id, o.doc_id, o.jurisdiction_code AS code, d.jurisdiction_name AS name,
    o.report_year AS year, o.indicator_id, o.value, o.unit, o.qualifier, o.period, o.period_note, o.scope,
    o.is_derived, o.is_headline, o.flags, o.evidence, o.rule
  FROM observations o LEFT JOIN documents d ON d.doc_id = o.doc_id
  WHERE coalesce(o.flags, '') <> ''
  ORDER BY o.flags, d.province_name, o.jurisdiction_code, o.report_year, o.indicator_id`);
const problemDocs = await wh.all(`SELECT ${DOC_COLUMNS} FROM documents d
  WHERE d.status <> 'ok' OR d.jurisdiction_code IS NULL OR d.report_year IS NULL
  ORDER BY d.status, d.file_name`);
const sameYear = await wh.all(`SELECT jurisdiction_code AS code, any_value(jurisdiction_name) AS name, report_year AS year,
    list({doc_id: doc_id, file_name: file_name, status: status, published_on: published_on, duplicate_of: duplicate_of}
         ORDER BY published_on DESC NULLS LAST, doc_id) AS docs
  FROM documents WHERE jurisdiction_code IS NOT NULL AND report_year IS NOT NULL
  GROUP BY 1, 3 HAVING count(*) > 1 ORDER BY 1, 3`);
// Coverage of the tracked indicators: one row per document (columnar, without the indicator lists), and the matrix
// for the heat map — per document while there are few, per province (share of ok reports with a value) otherwise.
const HEATMAP_DOCS_MAX = 60;
const tracked = `(SELECT indicator_id FROM indicators WHERE coalesce(tracked, true))`;
const coverageFields = ["doc_id", "file_name", "name", "year", "status", "tracked_covered", "observations", "derived", "flagged"];
const coverageRows = await wh.all<Record<string, unknown>>(`SELECT d.doc_id, d.file_name, d.jurisdiction_name AS name, d.report_year AS year, d.status,
    count(DISTINCT o.indicator_id) FILTER (WHERE o.is_headline AND o.indicator_id IN ${tracked}) AS tracked_covered,
    count(o.obs_id) AS observations,
    count(o.obs_id) FILTER (WHERE o.is_derived) AS derived,
    count(o.obs_id) FILTER (WHERE coalesce(o.flags, '') <> '') AS flagged
  FROM documents d LEFT JOIN observations o ON o.doc_id = d.doc_id
  GROUP BY ALL ORDER BY d.jurisdiction_name NULLS LAST, d.report_year NULLS LAST, d.doc_id`);
const okCount = coverageRows.filter((r) => r.status === "ok").length;
const heatmap = okCount <= HEATMAP_DOCS_MAX
  ? {by: "document", rows: await wh.all(`SELECT d.doc_id, d.file_name, d.jurisdiction_name AS name, d.report_year AS year,
        coalesce(list(DISTINCT o.indicator_id ORDER BY o.indicator_id) FILTER (WHERE o.is_headline), []) AS headline_indicators
      FROM documents d LEFT JOIN observations o ON o.doc_id = d.doc_id WHERE d.status = 'ok'
      GROUP BY ALL ORDER BY d.jurisdiction_name NULLS LAST, d.report_year NULLS LAST, d.doc_id`)}
  : {by: "province", rows: await wh.all(`WITH d AS (SELECT doc_id, coalesce(province_name, '省份未知') AS province FROM documents WHERE status = 'ok'),
        n AS (SELECT province, count(*) AS docs FROM d GROUP BY 1)
      SELECT d.province, any_value(n.docs) AS docs, o.indicator_id, count(DISTINCT o.doc_id) AS with_value
      FROM d JOIN n USING (province) JOIN observations o ON o.doc_id = d.doc_id AND o.is_headline
      GROUP BY d.province, o.indicator_id ORDER BY 1, 3`)};
const coverage = { fields: coverageFields, rows: coverageRows.map((r) => coverageFields.map((f) => r[f] ?? null)), heatmap };
const conflicts = await wh.all(`SELECT code, year, indicator_id, n_docs, value FROM (${headlineSql("n_docs > 1")})`);
await writeJson({ flagged, problemDocs, sameYear, coverage, conflicts });
wh.close();
