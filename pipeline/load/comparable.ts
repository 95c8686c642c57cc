// The comparable table: one value per (jurisdiction, report year, indicator), chosen from every 'ok' document about
// that place and year, so that SQL, Parquet and CSV users get what the dashboard shows instead of one row per
// document. Computed inside DuckDB once the documents and observations are loaded.
//
// Which document wins, in this order:
//  1. its kind: the government's own annual report > a statistics release of the responsible office > a department's
//     report (or its annual enforcement report) > a report to the people's congress > a yearbook entry > news > other.
//     The government's report is the one it answers for; an office's statistics are the primary count; the others
//     quote them, later and often rounded.
//  2. a full-year value before a partial one (a news item's 1—6月 count never displaces the year's);
//  3. the most recently published document (a corrected re-publication), then the lowest doc_id (stable).
// Only each document's headline value takes part (one per document and indicator, see pipeline/headline).
// `conflicting_sources`: another document states a different full-year, whole-jurisdiction value (beyond rounding).
// `from_later_report`: no document about that year exists, and the next year's report gives the figure as its
//  prior-year comparison ("(2022年为523件)"); such a value never overrides a document about the year itself.

/** Kinds in order of preference, best first. */
export const KIND_PREFERENCE = [
  "annual_report", "statistics_release", "department_report", "enforcement_report", "report_to_congress", "yearbook_entry", "news", "other",
] as const;

const KIND_RANK = `CASE d.doc_kind ${KIND_PREFERENCE.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} ELSE ${KIND_PREFERENCE.length} END`;

/** INSERT … SELECT that fills `comparable` from `documents` and `observations`. */
export const COMPARABLE_SQL = `INSERT INTO comparable
WITH docs AS (
  SELECT doc_id, jurisdiction_code, report_year, doc_kind, published_on, ${KIND_RANK} AS kind_rank
  FROM documents d WHERE status = 'ok' AND jurisdiction_code IS NOT NULL AND report_year IS NOT NULL
),
candidates AS (
  SELECT o.obs_id, o.doc_id, d.jurisdiction_code, d.report_year, o.indicator_id, o.value, o.unit, o.qualifier, o.period,
         o.char_start, o.char_end, d.doc_kind, o.flags, d.kind_rank, d.published_on, false AS later
  FROM observations o JOIN docs d USING (doc_id)
  WHERE o.is_headline
),
-- prior-year comparisons of the next year's report, for years no document covers
later AS (
  SELECT o.obs_id, o.doc_id, d.jurisdiction_code,
         coalesce(try_cast(regexp_extract(coalesce(o.period_note, ''), '(\\d{4})年', 1) AS INTEGER), d.report_year - 1) AS report_year,
         o.indicator_id, o.value, o.unit, o.qualifier, 'full_year' AS period, o.char_start, o.char_end, d.doc_kind, o.flags,
         d.kind_rank, d.published_on, true AS later
  FROM observations o JOIN docs d USING (doc_id)
  WHERE o.period = 'prior_year' AND o.scope = 'jurisdiction' AND NOT o.is_derived
),
gaps AS (
  SELECT l.* FROM later l
  WHERE NOT EXISTS (SELECT 1 FROM docs x WHERE x.jurisdiction_code = l.jurisdiction_code AND x.report_year = l.report_year)
),
pool AS (SELECT * FROM candidates UNION ALL SELECT * FROM gaps),
ranked AS (
  SELECT *,
    row_number() OVER (PARTITION BY jurisdiction_code, report_year, indicator_id
      ORDER BY later, kind_rank, (period <> 'full_year'), published_on DESC NULLS LAST, doc_id, obs_id) AS rn,
    count(DISTINCT doc_id) OVER (PARTITION BY jurisdiction_code, report_year, indicator_id) AS n_sources
  FROM pool
),
conflicts AS (
  SELECT a.obs_id FROM ranked a JOIN ranked b
    ON a.jurisdiction_code = b.jurisdiction_code AND a.report_year = b.report_year AND a.indicator_id = b.indicator_id
   AND a.doc_id <> b.doc_id AND a.rn = 1
   AND a.period = 'full_year' AND b.period = 'full_year' AND NOT b.later
   AND abs(a.value - b.value) > greatest(0.05, 0.005 * abs(a.value))
  GROUP BY a.obs_id
)
SELECT jurisdiction_code, report_year::INTEGER, indicator_id, value, unit, qualifier, period, obs_id, doc_id,
       char_start, char_end, doc_kind, n_sources::INTEGER,
       concat_ws(';',
         CASE WHEN obs_id IN (SELECT obs_id FROM conflicts) THEN 'conflicting_sources' END,
         CASE WHEN later THEN 'from_later_report' END,
         nullif(flags, '')) AS flags
FROM ranked WHERE rn = 1
ORDER BY jurisdiction_code, report_year, indicator_id`;

/** The export's SELECT: the table's columns in order, whole numbers without a decimal part, as the CSV writer does. */
export const COMPARABLE_EXPORT = `SELECT jurisdiction_code, report_year, indicator_id,
  CASE WHEN value = trunc(value) AND abs(value) < 1e15 THEN CAST(CAST(value AS BIGINT) AS VARCHAR) ELSE CAST(value AS VARCHAR) END AS value,
  unit, qualifier, period, obs_id, doc_id, char_start, char_end, doc_kind, n_sources, nullif(flags, '') AS flags
FROM comparable ORDER BY jurisdiction_code, report_year, indicator_id`;
