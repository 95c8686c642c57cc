// The fuzz run (issue 14): a generated folder of 320 hostile entries (test/robustness/corpus.ts) goes through the
// pipeline CLI. The run ends, exits 3, accounts for every entry once — a document row (read or quarantined with its
// reason), a skipped entry with its reason, or a subfolder read — keeps the bundled reports' rows exactly as a run on
// data/raw gives them, and writes documents.csv and observations.csv that csv-parse and DuckDB's read_csv read back
// to the same records as the warehouse holds. (Peak RSS is measured by npm run bench:fuzz, not asserted here.)
import { DuckDBInstance } from "@duckdb/node-api";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunSummary } from "../../pipeline/run.ts";
import { runCli, startCli, workspace } from "../pipeline/helpers.ts";
import { fuzzCorpus, type FuzzCorpus } from "./corpus.ts";

/** Every entry under `dir`, as the pipeline should see it: not inside hidden folders, links not followed. */
function entriesOf(dir: string): { path: string; kind: "file" | "folder" | "other" }[] {
  const out: { path: string; kind: "file" | "folder" | "other" }[] = [];
  const queue = [dir];
  while (queue.length) {
    const d = queue.shift()!;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory() && !name.startsWith(".")) {
        out.push({ path: p, kind: "folder" });
        queue.push(p);
      } else out.push({ path: p, kind: st.isFile() ? "file" : "other" });
    }
  }
  return out;
}

async function duck<T>(sql: string, db = ":memory:"): Promise<T[]> {
  const instance = await DuckDBInstance.create(db, db === ":memory:" ? {} : { access_mode: "READ_ONLY" });
  const con = await instance.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

const q = (p: string) => `'${p.replaceAll("'", "''")}'`;

describe("fuzz run", () => {
  let dir: string;
  let corpus: FuzzCorpus;
  let run: { code: number | null; stdout: string; stderr: string; ms: number };
  let summary: RunSummary;
  /** the folder's entries as the run saw them (the socket goes with its server) */
  let entries: ReturnType<typeof entriesOf>;
  const out = (f: string) => join(dir, "out", "export", f);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "fazhi-fuzz-"));
    corpus = await fuzzCorpus(dir, { files: 320, seed: 14 });
    const t0 = performance.now();
    // spawned, not spawnSync: the corpus's socket is served by this process while the run lists the folder
    const child = startCli(["--input", corpus.raw, "--db", join(dir, "out", "w.duckdb"), "--quiet", "--doc-timeout", "30"]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const code = await new Promise<number | null>((res) => child.once("exit", res));
    run = { code, stdout, stderr, ms: performance.now() - t0 };
    entries = entriesOf(corpus.raw);
    await corpus.close();
    summary = JSON.parse(readFileSync(join(dir, "out", ".cache", "last-run.json"), "utf8")).summary;
  }, 240_000);

  afterAll(async () => {
    await corpus?.close().catch(() => {});
    // (70 MB of hostile files: not left in the temporary folder)
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("ends, with exit 3 (some documents quarantined), in reasonable time", () => {
    expect(run.code, run.stderr.slice(-2000)).toBe(3);
    expect(run.ms).toBeLessThan(180_000);
  });

  it("accounts for every entry once: read, quarantined or skipped with a reason, or a subfolder read", () => {
    const docs = parse(readFileSync(out("documents.csv")), { columns: true, bom: true }) as Record<string, string>[];
    expect(entries.length).toBeGreaterThanOrEqual(300);
    const seen = new Map<string, string>();
    const once = (path: string, as: string) => {
      expect(seen.get(path), `${JSON.stringify(path)} as ${as}`).toBeUndefined();
      seen.set(path, as);
    };
    for (const d of docs) {
      once(d.source_path!, d.status!);
      if (d.status !== "ok") expect(d.status_reason, d.source_path).toBeTruthy();
    }
    for (const e of summary.skipped) {
      once(e.path, "skipped");
      expect(e.reason, e.path).toBeTruthy();
    }
    for (const f of summary.folders) once(join(corpus.raw, f), "folder");
    const listed = entries.map((e) => e.path);
    expect([...seen.keys()].filter((p) => !listed.includes(p)), "accounted for but not in the folder").toEqual([]);
    expect(listed.filter((p) => !seen.has(p)), "in the folder but not accounted for").toEqual([]);
    // and the kinds went where they belong
    const as = (name: string) => seen.get(join(corpus.raw, name));
    expect(as("fifo.txt")).toBe("skipped");
    expect(as("socket.html")).toBe("skipped");
    expect(as("link-to-dev-zero.txt")).toBe("skipped");
    expect(as(".git")).toBe("skipped");
    expect(as("lone\nLF.txt")).toBe("ok");
    const reason = (name: string) => docs.find((d) => d.source_path === join(corpus.raw, name))!.status_reason;
    // read right: loaded, or found to be the same text as a bundled report (which only a right decoding gives)
    for (const f of ["utf16le-nobom.txt", "utf16be-nobom.txt", "bom-then-gbk.txt", "mixed-utf8-gbk.txt", "nested-80k.html"]) {
      expect(as(f) === "ok" || (as(f) === "duplicate" && /^same text as /.test(reason(f)!)), `${f}: ${as(f)} ${reason(f)}`).toBe(true);
    }
    expect(reason("bomb-200mb.docx")).toMatch(/DOCX unzips to/);
    expect(reason("text-50mb.txt")).toMatch(/file too large: 524\d{5} bytes, limit 52428800 bytes$/);
    expect(reason("text-20mb.txt")).toMatch(/text too long/);
    // every quarantine is in the summary, by its path
    for (const d of docs.filter((x) => x.status === "quarantined")) expect(run.stdout).toContain(`quarantined: ${d.source_path!.replace(/\n/g, "\\n").replace(/\r/g, "\\r")}: `);
  });

  it("keeps the bundled reports' rows exactly as a run on data/raw gives them", async () => {
    const w = workspace();
    expect(runCli(w.args).code).toBe(0);
    const rowsOf = (csv: string, ids: Set<string>) =>
      (parse(readFileSync(csv), { columns: true, bom: true }) as Record<string, string>[]).filter((r) => ids.has(r.doc_id!));
    const plain = parse(readFileSync(join(w.export, "documents.csv")), { columns: true, bom: true }) as Record<string, string>[];
    const ids = new Set(plain.map((d) => d.doc_id!));
    expect(ids.size).toBe(5);
    const fuzzed = rowsOf(out("observations.csv"), ids);
    expect(fuzzed.length).toBeGreaterThan(100);
    expect(fuzzed).toEqual(rowsOf(join(w.export, "observations.csv"), ids));
  }, 60_000);

  it("writes documents.csv and observations.csv that csv-parse and DuckDB read_csv read back as the warehouse holds them", async () => {
    for (const table of ["documents", "observations"]) {
      const file = out(`${table}.csv`);
      const records = parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
      const key = table === "documents" ? "source_path" : "obs_id";
      const viaDuck = await duck<Record<string, string>>(`SELECT * FROM read_csv(${q(file)}, header = true, all_varchar = true, strict_mode = true)`);
      expect(viaDuck.length, table).toBe(records.length);
      for (const [i, r] of records.entries()) expect(viaDuck[i]![key], `${table} row ${i}`).toBe(r[key]);
      // against the warehouse: the same rows, the same text of every field that is text (CSV neutralises a leading
      // =, +, - or @ with an apostrophe, which the warehouse does not hold)
      const stored = await duck<Record<string, string>>(`SELECT ${key} FROM ${table}`, join(dir, "out", "w.duckdb"));
      expect(stored.map((s) => s[key]).sort()).toEqual(records.map((r) => r[key]!.replace(/^'(?=[=+\-@])/, "")).sort());
    }
    const docs = parse(readFileSync(out("documents.csv")), { columns: true, bom: true }) as Record<string, string>[];
    expect(docs.some((d) => d.file_name === "lone\nLF.txt")).toBe(true);
    expect(docs.some((d) => d.file_name === 'cr\rand"quote",comma.txt')).toBe(true);
  }, 60_000);

  it("reports the relative paths of the subfolders it read", () => {
    expect(summary.folders).toEqual(["sub", join("sub", "deeper")]);
    expect(relative(corpus.raw, join(corpus.raw, summary.folders[1]!))).toBe(join("sub", "deeper"));
  });
});
