// region/<code>.json: one jurisdiction's comparable values by year (with evidence), its documents, and the values of
// its peers (same administrative level, same province). Framework passes the route parameter as --code=<code>.
import { documents, headlineSql, jurisdictions } from "../lib/site-data.ts";
import { argValue, openWarehouse, sqlString, writeJson } from "../lib/warehouse.ts";

const code = argValue("code");
if (!code) throw new Error("usage: region/[code].json.ts --code=<jurisdiction code>");
const wh = await openWarehouse();
const [jurisdiction] = await jurisdictions(wh, `code = ${sqlString(code)}`);
if (!jurisdiction) throw new Error(`no documents for jurisdiction ${code}`);
const j = jurisdiction as { level: string | null; province_name: string | null };
const peers = await jurisdictions(
  wh,
  `code <> ${sqlString(code)} AND level IS NOT DISTINCT FROM ${j.level ? sqlString(j.level) : "NULL"}
   AND province_name IS NOT DISTINCT FROM ${j.province_name ? sqlString(j.province_name) : "NULL"}`,
);
const peerCodes = (peers as { code: string }[]).map((p) => sqlString(p.code));
await writeJson({
  jurisdiction,
  documents: await documents(wh, `d.jurisdiction_code = ${sqlString(code)}`),
  values: await wh.all(headlineSql(`code = ${sqlString(code)}`)),
  other_counts: await wh.all(`SELECT o.report_year AS year, o.indicator_id, count(*) AS n
    FROM observations o JOIN documents d ON d.doc_id = o.doc_id
    WHERE d.jurisdiction_code = ${sqlString(code)} AND NOT o.is_headline GROUP BY ALL ORDER BY ALL`),
  peers,
  peer_values: peerCodes.length
    ? (await wh.all(headlineSql(`code IN (${peerCodes.join(", ")})`))).map((v: any) => ({ ...v, evidence: undefined }))
    : [],
});
wh.close();
