// overview.json: what the 总览 page shows, already counted — reports per year and level, per province (for the tile
// grid) and per province and year, the newest reports, the files not counted. The jurisdiction × year matrix is
// fetched one province at a time (slices/coverage/<province>.json.gz, src/lib/slices.ts).
import { newestFirst, type NewestDoc } from "../components/data.ts";
import { documents } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const OK = `status = 'ok' AND jurisdiction_code IS NOT NULL AND report_year IS NOT NULL`;
await writeJson({
  per_year_level: await wh.all(`SELECT report_year AS year, admin_level AS level, count(*) AS n FROM documents
    WHERE ${OK} GROUP BY ALL ORDER BY ALL`),
  per_province: await wh.all(`SELECT substr(jurisdiction_code, 1, 2) AS province, any_value(province_name) AS province_name,
      count(*) AS n, count(DISTINCT jurisdiction_code) AS jurisdictions
    FROM documents WHERE ${OK} AND province_name IS NOT NULL GROUP BY 1 ORDER BY 1`),
  per_province_year: await wh.all(`SELECT substr(jurisdiction_code, 1, 2) AS province, report_year AS year, count(*) AS n
    FROM documents WHERE ${OK} GROUP BY ALL ORDER BY ALL`),
  // the ten newest reports, newest first: by the year they are about, then by publication date (not by province)
  newest: newestFirst((await documents(wh, `d.doc_id IN (SELECT doc_id FROM documents WHERE status = 'ok'
    ORDER BY report_year DESC NULLS LAST, published_on DESC NULLS LAST, doc_id LIMIT 10)`)) as NewestDoc[]),
  not_ok: await wh.all(`SELECT status, count(*) AS n FROM documents WHERE status <> 'ok' GROUP BY 1 ORDER BY 1`),
});
wh.close();
