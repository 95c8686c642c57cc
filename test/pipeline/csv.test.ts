// The hand-written CSV export must write exactly what csv-stringify writes with the export's options (quoting any
// field with a CR or LF, as RFC 4180 wants), and read back through csv-parse into the same records.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { csvLines, loadLines, neutralize, readLoadSql, toCsv } from "../../pipeline/load/csv.ts";
import { columns, sqlType, TABLES } from "../../pipeline/schema.ts";

function reference(rows: Record<string, unknown>[]): string {
  const cols = columns("documents");
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "true" : "false") : typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : neutralize(String(v));
  return stringify(rows.map((r) => cols.map((c) => cell(r[c]))), { bom: true, header: true, columns: cols, record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
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

  it("reads back through csv-parse as the same records, whatever the fields hold (lone CR, lone LF, quotes, BOM)", () => {
    const cols = columns("documents");
    const field = fc.oneof(tricky, fc.constantFrom("\uFEFFx", "a\nb", "a\rb", "\n", "\r", "x\r\n", "\uD83D\uDE00"));
    fc.assert(
      fc.property(fc.array(fc.record({ doc_id: field, title: field, source_path: field }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = parse(toCsv("documents", rows), { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
        expect(back.length).toBe(rows.length);
        back.forEach((r, i) => {
          for (const c of ["doc_id", "title", "source_path"] as const) expect(r[c]).toBe(neutralize(rows[i]![c]));
          expect(Object.keys(r)).toEqual(cols);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("reads back through DuckDB's read_csv as the same records (a lone LF in a file name split them before)", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const rows = [
      { doc_id: "a", file_name: "报告\n第二行.txt", title: 'x,"y"' },
      { doc_id: "b", file_name: "cr\ronly.txt", title: "=SUM(A1)" },
      { doc_id: "c", file_name: "plain.txt", title: "第一行\r\n第二行" },
    ];
    const file = join(mkdtempSync(join(tmpdir(), "fazhi-csv-")), "documents.csv");
    writeFileSync(file, toCsv("documents", rows));
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const back = (await con.runAndReadAll(`SELECT doc_id, file_name, title FROM read_csv('${file}', header = true, all_varchar = true, strict_mode = true)`)).getRowObjects();
    con.closeSync();
    db.closeSync();
    expect(back.map((r) => [r.doc_id, r.file_name, r.title])).toEqual(rows.map((r) => [r.doc_id, r.file_name, neutralize(r.title)]));
  });

  it("concatenates chunks into the same file", () => {
    const rows = [{ doc_id: "a", title: 'x,"y"' }, { doc_id: "b", title: "=SUM(A1)" }, { doc_id: "c", char_count: 3 }];
    expect(toCsv("documents", rows)).toBe(toCsv("documents", rows.slice(0, 1)) + csvLines("documents", rows.slice(1)));
  });
});

describe("bulk-load lines (the warehouse's own format)", () => {
  it("are read back by DuckDB exactly: NULL stays NULL, an empty string stays empty, quotes, commas and line breaks survive", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const shape = TABLES.observations.shape as Record<string, z.ZodType>;
    const types = Object.entries(shape).map(([c, f]) => [c, sqlType(f)] as const);
    const of = (t: string) => (t === "VARCHAR" ? fc.oneof(tricky, fc.constant(null)) : t === "BOOLEAN" ? fc.oneof(fc.boolean(), fc.constant(null)) : t === "INTEGER" ? fc.oneof(fc.integer(), fc.constant(null)) : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)));
    const rows = fc.sample(fc.record(Object.fromEntries(types.map(([c, t]) => [c, of(t)]))), { numRuns: 300, seed: 7 }) as Record<string, unknown>[];
    const file = join(mkdtempSync(join(tmpdir(), "fazhi-load-")), "x.csv");
    writeFileSync(file, loadLines("observations", rows.slice(0, 100)) + loadLines("observations", rows.slice(100)));
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const back = (await con.runAndReadAll(readLoadSql(file, types))).getRowObjects();
    con.closeSync();
    db.closeSync();
    expect(back.length).toBe(rows.length);
    const plain = (v: unknown) => (Object.is(v, -0) ? 0 : v); // String(-0) is "0"
    back.forEach((row, i) => {
      for (const [c] of types) expect(plain(row[c]), `row ${i} ${c}`).toBe(plain(rows[i]![c]));
    });
  });
});
