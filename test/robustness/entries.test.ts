// Every entry of the input folder is accounted for: read (a document row), or skipped with why — hidden files,
// symbolic links, named pipes, sockets, the source lists — in the summary and in the run record; subfolders are read.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../pipeline/eval/score.ts";
import { readInputFile } from "../../pipeline/read/index.ts";
import { scanInputs } from "../../pipeline/run.ts";
import { runCli, workspace } from "../pipeline/helpers.ts";

const listen = (path: string) => new Promise<Server>((res) => { const s = createServer(); s.listen(path, () => res(s)); });

describe("input entries", () => {
  it("are read or skipped with a reason, in the summary and the run record, none silently", async () => {
    const w = workspace();
    const raw = w.raw;
    const seed = join(raw, "000_f1b8fff87bfed44a.txt");
    writeFileSync(join(raw, ".DS_Store"), "\x00\x00\x00\x01Bud1");
    mkdirSync(join(raw, ".git"));
    writeFileSync(join(raw, ".git", "HEAD"), "ref: refs/heads/main\n");
    symlinkSync(seed, join(raw, "link-to-000.txt"));
    symlinkSync(join(raw, "nowhere.txt"), join(raw, "dangling.txt"));
    symlinkSync(raw, join(raw, "loop"));
    execFileSync("mkfifo", [join(raw, "pipe.txt")]);
    const server = await listen(join(raw, "sock"));
    mkdirSync(join(raw, "2023", "q4"), { recursive: true });
    writeFileSync(join(raw, "2023", "q4", "copy.txt"), readFileSync(seed, "utf8") + "\n(副本)");
    writeFileSync(join(raw, "line\nbreak.txt"), readFileSync(join(raw, "001_1fa859b6caad738a.txt"), "utf8") + "\n(副本)");
    writeFileSync(join(raw, "sources.csv"), "file,url\n000_f1b8fff87bfed44a.txt,http://www.example.gov.cn/a.html\n");
    let r: ReturnType<typeof runCli>;
    try {
      r = runCli(w.args);
    } finally {
      server.close();
    }
    expect(r.code, r.stderr).toBe(0); // skipped entries are reported, not failures
    const expected: [string, RegExp][] = [
      [".DS_Store", /^hidden file$/],
      [".git", /^hidden folder, not read$/],
      ["dangling.txt", /^symbolic link to .*nowhere\.txt, not followed$/],
      ["link-to-000.txt", /^symbolic link to .*000_f1b8fff87bfed44a\.txt, not followed$/],
      ["loop", /^symbolic link to .*raw, not followed$/],
      ["pipe.txt", /^named pipe \(FIFO\), not a file$/],
      ["sock", /^socket, not a file$/],
      ["sources.csv", /^source list \(read for the page addresses\)$/],
    ];
    // the run record: the saved summary beside the cache
    const record = JSON.parse(readFileSync(join(w.dir, ".cache", "last-run.json"), "utf8")).summary;
    expect(record.skipped.map((e: { path: string }) => e.path)).toEqual(expected.map(([f]) => join(raw, f)));
    for (const [i, [f, why]] of expected.entries()) {
      expect(record.skipped[i].reason, f).toMatch(why);
      expect(r.stdout).toContain(`skipped: ${join(raw, f)} — ${record.skipped[i].reason}`);
    }
    expect(r.stdout).toContain(`skipped ${expected.length} entries that are not documents:`);
    expect(record.folders).toEqual(["2023", join("2023", "q4")]);
    expect(r.stdout).toContain("subfolders read: 2 (2023, 2023/q4)");
    // the documents: the five reports, the one in the subfolder, the one with a line break in its name
    const rows = readCsv(join(w.export, "documents.csv"));
    const reports = ["000_f1b8fff87bfed44a.txt", "001_1fa859b6caad738a.txt", "002_ee818c6104b8b858.txt", "003_12e1588787f75fd4.txt", "004_441107c01ae2d665.txt"];
    expect(rows.map((d) => d.source_path).sort()).toEqual([...reports.map((f) => join(raw, f)), join(raw, "2023", "q4", "copy.txt"), join(raw, "line\nbreak.txt")].sort());
    expect(rows.every((d) => d.status === "ok" || d.status === "duplicate")).toBe(true);
  }, 60_000);

  it("the listing neither recurses nor follows links, and stays in order", async () => {
    const w = workspace(false);
    let p = w.raw;
    for (let k = 0; k < 200; k++) {
      p = join(p, `d${k}`);
      mkdirSync(p);
    }
    writeFileSync(join(p, "deep.txt"), "x");
    symlinkSync(w.raw, join(p, "up"));
    const l = await scanInputs(w.raw);
    expect(l.files).toEqual([join(p, "deep.txt")]);
    expect(l.folders).toHaveLength(200);
    expect(l.skipped).toEqual([{ path: join(p, "up"), reason: `symbolic link to ${w.raw}, not followed` }]);
  });

  it("a file replaced by a FIFO or a link between listing and reading is refused, not waited on", async () => {
    const w = workspace(false);
    const fifo = join(w.raw, "f.txt");
    execFileSync("mkfifo", [fifo]);
    expect(readInputFile(fifo)).toEqual({ refused: "not a regular file (a named pipe)", size: null });
    symlinkSync(fifo, join(w.raw, "l.txt"));
    expect(readInputFile(join(w.raw, "l.txt"))).toEqual({ refused: "symbolic link, not followed", size: null });
    expect(readInputFile(w.raw)).toMatchObject({ refused: expect.stringMatching(/folder|EISDIR/) });
  });
});
