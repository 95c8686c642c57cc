// The hand-written CSV export must write exactly what csv-stringify wrote with the options the export used before.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLines, neutralize, toCsv } from "../../pipeline/load/csv.ts";
import { columns } from "../../pipeline/schema.ts";

function reference(rows: Record<string, unknown>[]): string {
  const cols = columns("documents");
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "true" : "false") : typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : neutralize(String(v));
  return stringify(rows.map((r) => cols.map((c) => cell(r[c]))), { bom: true, header: true, columns: cols, record_delimiter: "\r\n" });
}

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", ",", '"', "\r", "\n", "\r\n", "a,b", 'say "hi"', "=1+1", "-3", "+x", "@a", "\tx", "\rx", "第一行\n第二行", "，", "'", "”"),
  fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", "=", "-", " ", "行", "\t") }),
);
const value = fc.oneof(tricky, fc.constant(null), fc.constant(undefined), fc.boolean(), fc.double(), fc.integer());

describe("CSV export", () => {
  it("matches csv-stringify byte for byte", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom(...columns("documents")), value), { maxLength: 6 }), (rows) => {
        expect(toCsv("documents", rows)).toBe(reference(rows));
      }),
      { numRuns: 500 },
    );
  });

  it("concatenates chunks into the same file", () => {
    const rows = [{ doc_id: "a", title: 'x,"y"' }, { doc_id: "b", title: "=SUM(A1)" }, { doc_id: "c", char_count: 3 }];
    expect(toCsv("documents", rows)).toBe(toCsv("documents", rows.slice(0, 1)) + csvLines("documents", rows.slice(1)));
  });
});
