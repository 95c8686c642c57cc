// documents.json: every report file (columnar {fields, rows}) for the 原文 list and the 总览 coverage matrix.
import { documents } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const fields = ["doc_id", "file_name", "title", "jurisdiction_code", "jurisdiction_name", "admin_level", "province_name",
  "report_year", "published_on", "status", "status_reason", "observation_count", "headline_count"];
const rows = (await documents(wh)) as Record<string, unknown>[];
await writeJson({ fields, rows: rows.map((r) => fields.map((f) => r[f] ?? null)) });
wh.close();
