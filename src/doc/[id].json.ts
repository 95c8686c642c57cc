// doc/<doc_id>.json: one document's metadata, its normalized text and every observation read from it (headline or
// not, derived ones included). Framework passes the route parameter as --id=<doc_id>.
import { documents } from "../lib/site-data.ts";
import { argValue, openWarehouse, sqlString, writeJson } from "../lib/warehouse.ts";

const id = argValue("id");
if (!id) throw new Error("usage: doc/[id].json.ts --id=<doc_id>");
const wh = await openWarehouse();
const [document] = await documents(wh, `d.doc_id = ${sqlString(id)}`);
if (!document) throw new Error(`no document ${id}`);
const text = wh.has("document_texts")
  ? ((await wh.all<{ text: string }>(`SELECT text FROM document_texts WHERE doc_id = ${sqlString(id)} LIMIT 1`))[0]?.text ?? null)
  : null;
const observations = await wh.all(`SELECT o.*, i.name_zh, i.area_zh
  FROM observations o LEFT JOIN (SELECT DISTINCT ON (indicator_id) * FROM indicators) i USING (indicator_id)
  WHERE o.doc_id = ${sqlString(id)}
  ORDER BY o.char_start NULLS LAST, o.obs_id`);
await writeJson({ document, text, observations });
wh.close();
