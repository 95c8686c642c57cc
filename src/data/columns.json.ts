// columns.json: every column of every table, from pipeline/schema.ts (the contract in code), with Chinese notes.
import { columnDocs } from "../lib/columns.ts";
import { writeJson } from "../lib/warehouse.ts";

await writeJson(columnDocs());
