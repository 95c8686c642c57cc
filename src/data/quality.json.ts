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
const coverage = await wh.all(`SELECT d.doc_id, d.file_name, d.jurisdiction_name AS name, d.report_year AS year, d.status,
    coalesce(list(DISTINCT o.indicator_id ORDER BY o.indicator_id) FILTER (WHERE o.is_headline), []) AS headline_indicators,
    count(o.obs_id) AS observations,
    count(o.obs_id) FILTER (WHERE o.is_derived) AS derived,
    count(o.obs_id) FILTER (WHERE coalesce(o.flags, '') <> '') AS flagged
  FROM documents d LEFT JOIN observations o ON o.doc_id = d.doc_id
  GROUP BY ALL ORDER BY d.jurisdiction_name NULLS LAST, d.report_year NULLS LAST, d.doc_id`);
const conflicts = await wh.all(`SELECT code, year, indicator_id, n_docs, value FROM (${headlineSql("n_docs > 1")})`);
await writeJson({ flagged, problemDocs, sameYear, coverage, conflicts });
wh.close();
