// One bad document never costs the batch: a document over its time or memory budget is quarantined with the reason,
// its worker replaced, the batch goes on, and the outputs are the same with one thread or two; documents over a size
// limit are refused with their reason.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../pipeline/eval/score.ts";
import { runCli, workspace, type Workspace } from "../pipeline/helpers.ts";
import { docxBomb } from "./zip.ts";

const PARA = "<p>2023年，某县受理行政复议案件340件，审结312件，纠错率9.8%。</p>";
/** An ordinary-looking page of `mb` MB of flat <div>s: parse5 reads ≈2 MB/s and builds a DOM of ≈30× its size. */
const heavyPage = (mb: number) => `<html><body>${`<div>${PARA}</div>`.repeat(Math.ceil((mb * 1024 * 1024) / (PARA.length * 3 + 11)))}</body></html>`;

const docs = (w: Workspace) => readCsv(join(w.export, "documents.csv"));
const strip = (w: Workspace, f: string) => readFileSync(join(w.export, f), "utf8").replaceAll(w.raw, "RAW");

describe("per-document budgets", () => {
  it("a document over the time budget is quarantined, the batch goes on, and one thread or two give the same rows", () => {
    const two = workspace();
    writeFileSync(join(two.raw, "002a_slow.html"), heavyPage(24));
    const one = workspace();
    writeFileSync(join(one.raw, "002a_slow.html"), readFileSync(join(two.raw, "002a_slow.html")));
    const r2 = runCli([...two.args, "--workers", "2", "--doc-timeout", "2"]);
    const r1 = runCli([...one.args, "--workers", "1", "--doc-timeout", "2"]);
    for (const [r, w] of [[r2, two], [r1, one]] as const) {
      expect(r.code, r.stderr).toBe(3);
      const slow = docs(w).find((d) => d.file_name === "002a_slow.html")!;
      expect(slow.status).toBe("quarantined");
      expect(slow.status_reason).toBe("超出处理时限（2 秒） / time budget exceeded: still running after 2 s");
      expect(r.stdout).toContain(`quarantined: ${join(w.raw, "002a_slow.html")}: 超出处理时限`);
      // the five reports, before and after it in input order, are all read
      expect(docs(w).filter((d) => d.status === "ok")).toHaveLength(5);
    }
    expect(strip(one, "documents.csv")).toBe(strip(two, "documents.csv"));
    expect(strip(one, "observations.csv")).toBe(strip(two, "observations.csv"));
    for (const w of [one, two]) rmSync(w.dir, { recursive: true, force: true });
  }, 120_000);

  it("a document over the memory budget is quarantined and its worker replaced", () => {
    const w = workspace();
    writeFileSync(join(w.raw, "002a_heavy.html"), heavyPage(24));
    const r = runCli([...w.args, "--workers", "2", "--doc-memory-mb", "256", "--doc-timeout", "120"]);
    expect(r.code, r.stderr).toBe(3);
    const heavy = docs(w).find((d) => d.file_name === "002a_heavy.html")!;
    expect(heavy.status_reason).toBe("超出内存限额（256 MB） / memory budget exceeded: over 256 MB of heap");
    expect(docs(w).filter((d) => d.status === "ok")).toHaveLength(5);
    rmSync(w.dir, { recursive: true, force: true });
  }, 120_000);
});

describe("limits", () => {
  it("refuses files over the size limit, DOCX bombs and overlong texts with their reasons, and reads the rest", () => {
    const w = workspace();
    const seed = readFileSync(join(w.raw, "003_12e1588787f75fd4.txt"), "utf8");
    writeFileSync(join(w.raw, "big.txt"), `${seed}\n`.repeat(Math.ceil((1.5 * 1024 * 1024) / Buffer.byteLength(seed))));
    writeFileSync(join(w.raw, "bomb.docx"), docxBomb(200));
    writeFileSync(join(w.raw, "long.txt"), Array.from({ length: 400 }, (_, k) => seed.replaceAll("2020", String(1900 + k))).join("\n").slice(0, 300_000));
    const r = runCli([...w.args, "--max-file-mb", "1", "--max-chars", "250000"]);
    expect(r.code, r.stderr).toBe(3);
    const by = (f: string) => docs(w).find((d) => d.file_name === f)!;
    expect(by("big.txt").status_reason).toMatch(/^文件过大（1\.\d MB，上限 1 MB） \/ file too large: 1\.\d MB, limit 1 MB$/);
    expect(by("bomb.docx").status_reason).toMatch(/^DOCX 解压后过大（20[01](\.\d)? MB，上限 100 MB） \/ DOCX unzips to 20[01](\.\d)? MB, limit 100 MB$/);
    expect(by("long.txt").status_reason).toMatch(/^文本过长 \/ text too long: \d+ characters \(limit 250000\)$/);
    expect(docs(w).filter((d) => d.status === "ok")).toHaveLength(5);
    // a refusal by a limit is not cached: with the limits raised the same files are read again
    const again = runCli([...w.args, "--max-file-mb", "2", "--max-chars", "2000000"]);
    expect(again.code).toBe(3);
    const after = readCsv(join(w.export, "documents.csv"));
    expect(after.find((d) => d.file_name === "big.txt")!.status_reason).not.toMatch(/^文件过大/);
    expect(after.find((d) => d.file_name === "long.txt")!.status_reason ?? "").not.toMatch(/^文本过长 \/ text too long/);
  }, 120_000);

  it("bad limit options are bad usage", () => {
    const w = workspace(false);
    for (const bad of [["--doc-timeout", "0"], ["--max-chars", "1.5"], ["--doc-memory-mb", "16"]]) {
      const r = runCli([...w.args, ...bad]);
      expect(r.code, bad.join(" ")).toBe(2);
      expect(r.stderr).toContain(bad[0]);
    }
  });
});
