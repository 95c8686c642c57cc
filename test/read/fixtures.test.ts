// The committed binary fixtures are exactly what scripts/make-read-fixtures.ts generates, and stay small.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const FIX = join(ROOT, "test", "fixtures", "read");

describe("read fixtures", () => {
  const out = mkdtempSync(join(tmpdir(), "read-fixtures-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("regenerating them gives the committed bytes", () => {
    execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "make-read-fixtures.ts"), out], { cwd: ROOT, stdio: "pipe" });
    const generated = readdirSync(out).sort();
    expect(generated).toEqual(["encrypted.pdf", "notext.pdf", "random.pdf", "wuqing.docx", "wuqing_cid.pdf"]);
    for (const f of generated) expect(readFileSync(join(out, f)).equals(readFileSync(join(FIX, f))), f).toBe(true);
  });

  it("every fixture is under 50 KB", () => {
    for (const f of readdirSync(FIX)) expect(statSync(join(FIX, f)).size, f).toBeLessThan(50 * 1024);
  });
});
