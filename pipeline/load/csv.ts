// The analyst-facing CSV export: UTF-8 with BOM (Excel in China opens it as UTF-8), RFC 4180 quoting, a header.
import { stringify } from "csv-stringify/sync";
import { columns, type TableName } from "../schema.ts";

// Spreadsheet formula injection: a cell that starts with = + - @ (or a tab/CR) is run as a formula by Excel.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return neutralize(String(v));
}

export function toCsv(table: TableName, rows: Record<string, unknown>[]): string {
  const cols = columns(table);
  return stringify(rows.map((r) => cols.map((c) => cell(r[c]))), { bom: true, header: true, columns: cols, record_delimiter: "\r\n" });
}
