// jurisdictions.json: every jurisdiction with a report (columnar {fields, rows}; expand with rowsOf in components/data.ts):
// code, names, level, the years it has ok reports for, and how many comparable values — 指标, 对比, 地区, 总览.
import { jurisdictions } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const fields = ["code", "name", "level", "province_name", "parent_name", "years", "doc_count", "value_count"];
const rows = (await jurisdictions(wh)) as Record<string, unknown>[];
await writeJson({ fields, rows: rows.map((r) => fields.map((f) => r[f] ?? null)) });
wh.close();
