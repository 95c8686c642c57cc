// Redirecting one output redirects them all: Parquet written into the checkout's data/parquet would be published by
// the site, so a run given only --db (or only --export) writes its Parquet and CSV beside that.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.ts";

const input = join(ROOT, "test", "fixtures", "real-dev", "docs");

describe("pipeline CLI outputs", () => {
  it.each([
    ["--db", (d: string) => join(d, "w.duckdb"), (d: string) => d],
    ["--export", (d: string) => join(d, "out", "export"), (d: string) => join(d, "out")],
  ])("given only %s, writes the other outputs beside it", (flag, value, base) => {
    const d = mkdtempSync(join(tmpdir(), "fazhi-cli-"));
    const r = runCli(["--input", input, flag, value(d), "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`outputs: ${flag === "--db" ? value(d) : join(base(d), "warehouse.duckdb")}, ${join(base(d), "parquet")}/`);
    expect(existsSync(join(base(d), "parquet", "comparable.parquet"))).toBe(true);
    expect(existsSync(join(base(d), "export", "comparable.csv"))).toBe(true);
  });

  it("--help lists the per-document limits with their defaults", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const [opt, def] of [["--doc-timeout S", "60"], ["--doc-memory-mb N", "1024"], ["--max-file-mb N", "50"], ["--max-unzip-mb N", "100"], ["--max-chars N", "5000000"]]) {
      expect(r.stdout).toMatch(new RegExp(`${opt.replace(/[-]/g, "\\-")} .* default ${def}\\n`));
    }
  });
});
