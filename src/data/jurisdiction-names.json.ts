// jurisdiction-names.json: the jurisdictions of jurisdictions.json with only what the 指标 page needs (code, name,
// level, province_name, and the years it has reports for: a missing value is 无该年报告 or 报告未提及), in zh-CN name order already (the page's sortByName then costs one pass), columnar
// {fields, rows}. A third of the size of jurisdictions.json: the page's first chart waits for it.
import { sortByName } from "../components/data.ts";
import { jurisdictions } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const fields = ["code", "name", "level", "province_name", "years"];
const rows = sortByName((await jurisdictions(wh)) as { name: string }[]) as Record<string, unknown>[];
await writeJson({ fields, rows: rows.map((r) => fields.map((f) => r[f] ?? null)) });
wh.close();
