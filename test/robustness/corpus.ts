// A hostile input folder, generated from a seed: the bundled reports mutated every way a crawl or a careless colleague
// mutates files (cut short, re-encoded, spliced with garbage, wrapped in site chrome, duplicated, renamed oddly), plus
// the entries that broke runs before (issue 14): a page of 80,000 unclosed nested tags, a DOCX that unzips to 200 MB,
// a 50 MB text, a file name with a line break, a symbolic link, a FIFO, a socket, hidden files, BOM-less UTF-16.
// Used by the fuzz test (test/robustness/fuzz.test.ts) and the fuzz benchmark (bench/fuzz.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import iconv from "iconv-lite";
import { docxBomb } from "./zip.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** mulberry32: a small seeded generator, so that a corpus can be made again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzCorpus {
  /** the input folder */
  raw: string;
  /** entries written, by kind (a kind per file, special entries by name) */
  kinds: Record<string, number>;
  /** the reports copied unchanged (their rows must be as in a run on data/raw) */
  seeds: string[];
  /** closes the socket's server; call after the run */
  close(): Promise<void>;
}

export interface FuzzOptions {
  /** entries in the folder (at least the special ones, ≈30) */
  files: number;
  seed?: number;
  /** the 50 MB text, a 20 MB text and the 200 MB bomb (default true) */
  big?: boolean;
}

const PAGE = (title: string, body: string, charset = "utf-8") =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}_某市人民政府门户网站</title><script>var _hmt=1;</script></head>` +
  `<body><div class="header"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>` +
  `<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div><div class="TRS_Editor">` +
  body.split("\n").map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("") +
  `</div><div class="footer">版权所有：某市人民政府 网站标识码：1234567890 ICP备12345678号</div></body></html>`;

/** Writes the corpus into `dir` (created) and returns what it holds. */
export async function fuzzCorpus(dir: string, opts: FuzzOptions): Promise<FuzzCorpus> {
  const random = rng(opts.seed ?? 14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const raw = join(dir, "raw");
  mkdirSync(raw, { recursive: true });
  const kinds: Record<string, number> = {};
  let entries = 0;
  const put = (name: string, data: string | Uint8Array, kind: string) => {
    writeFileSync(join(raw, name), data);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    entries++;
  };
  const seedDir = join(ROOT, "data", "raw");
  const seedNames = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
  const seeds = seedNames.map((f) => readFileSync(join(seedDir, f), "utf8"));
  const readFix = join(ROOT, "test", "fixtures", "read");
  const pages = ["xiaogan.html", "lusong.html"].map((f) => readFileSync(join(readFix, f)));
  const binaries = ["wuqing.docx", "wuqing_cid.pdf", "notext.pdf", "encrypted.pdf", "random.pdf"].map((f) => [f, readFileSync(join(readFix, f))] as const);

  // ---------------------------------------------------------------- the entries that broke runs before
  for (const [i, f] of seedNames.entries()) put(f, seeds[i]!, "seed");
  const report = seeds[3]!;
  put("nested-80k.html", PAGE("某县2023年法治政府建设年度报告", "").replace('<div class="TRS_Editor">', `<div class="TRS_Editor">${"<div>".repeat(80_000)}<p>${report.split("\n").slice(0, 8).join("</p><p>")}</p>`), "nested-tags");
  put("deep-tables.html", `<html><body>${"<table><tr><td>".repeat(20_000)}${report}</body></html>`, "nested-tags");
  if (opts.big !== false) {
    put("bomb-200mb.docx", docxBomb(200), "docx-bomb");
    // 50 MB and a little more: refused by its size before it is read
    const line = `${report.split("\n")[2]}\n`;
    put("text-50mb.txt", line.repeat(Math.ceil((50 * 1024 * 1024 + 4096) / Buffer.byteLength(line))), "text-50mb");
    // 20 MB: read, and refused by its length
    put("text-20mb.txt", Array.from({ length: Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(report)) }, (_, k) => report.replaceAll("2020", String(1000 + k))).join("\n"), "text-20mb");
  }
  put("lone\nLF.txt", `${seeds[1]}\n(换行的文件名)`, "odd-name");
  put("cr\rand\"quote\",comma.txt", `${seeds[2]}\n(奇怪的文件名)`, "odd-name");
  put("\ufeffbom-name =SUM(A1).txt", `${seeds[4]}\n(以公式开头的文件名)`, "odd-name");
  put(`${"长".repeat(80)}.txt`, `${seeds[0]}\n(很长的文件名)`, "odd-name");
  symlinkSync(join(raw, seedNames[0]!), join(raw, "link-to-seed.txt"));
  symlinkSync(join(raw, "missing.txt"), join(raw, "dangling-link.txt"));
  symlinkSync("/dev/zero", join(raw, "link-to-dev-zero.txt"));
  kinds["symlink"] = 3;
  entries += 3;
  execFileSync("mkfifo", [join(raw, "fifo.txt")]);
  kinds["fifo"] = 1;
  entries++;
  const server: Server = await new Promise((res) => {
    const s = createServer();
    s.listen(join(raw, "socket.html"), () => res(s));
  });
  kinds["socket"] = 1;
  entries++;
  put(".hidden-report.txt", seeds[0]!, "hidden");
  mkdirSync(join(raw, ".git"));
  writeFileSync(join(raw, ".git", "config"), "[core]\n");
  kinds["hidden"]!++;
  entries++;
  put("utf16le-nobom.txt", iconv.encode(report, "utf-16le"), "utf16-nobom");
  put("utf16be-nobom.txt", iconv.encode(seeds[1]!, "utf-16be"), "utf16-nobom");
  put("bom-then-gbk.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(seeds[2]!, "gbk")]), "bom-mismatch");
  const mixedLines = seeds[4]!.split("\n");
  put("mixed-utf8-gbk.txt", Buffer.concat(mixedLines.map((l, i) => Buffer.concat([i < mixedLines.length / 2 ? Buffer.from(l, "utf8") : iconv.encode(l, "gbk"), Buffer.from("\n")]))), "mixed-encoding");
  put("empty.txt", "", "empty");
  put("blank.html", " \n\t\n", "empty");
  put("table.xls", "not a report", "unsupported");
  put("README", "notes", "unsupported");
  put("sources.csv", `file,url\n${seedNames[0]},http://www.example.gov.cn/fzzf/2020.html\n`, "source-list");
  mkdirSync(join(raw, "sub", "deeper"), { recursive: true });
  writeFileSync(join(raw, "sub", "deeper", "in-subfolder.txt"), `${seeds[3]}\n(子文件夹)`);
  writeFileSync(join(raw, "sub", "in-sub.html"), PAGE("子文件夹中的报告", seeds[1]!));
  kinds["subfolder"] = 4; // two folders, two files
  entries += 4;

  // ---------------------------------------------------------------- the rest: mutated reports
  const mutations = [
    "numbers", "gbk", "html", "html-gbk", "cut", "garbage", "duplicate", "random-bytes", "utf16-bom", "utf16-nobom",
    "cr-only", "hostile-html", "binary-copy", "chinese-noise", "repeated",
  ] as const;
  const made: string[] = [];
  for (let k = 0; entries < opts.files; k++) {
    const m = mutations[k % mutations.length]!;
    const base = pick(seeds);
    const name = (ext: string) => `f${String(k).padStart(4, "0")}-${m}${ext}`;
    const numbers = (t: string) => t.replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** Math.min(d.length, 6))));
    let file: string;
    switch (m) {
      case "numbers":
        put((file = name(".txt")), numbers(base), m);
        break;
      case "gbk":
        put((file = name(".txt")), iconv.encode(numbers(base), "gbk"), m);
        break;
      case "html":
        put((file = name(".html")), random() < 0.3 ? pick(pages) : PAGE(base.split("\n")[0]!, numbers(base)), m);
        break;
      case "html-gbk":
        put((file = name(".html")), iconv.encode(PAGE(base.split("\n")[0]!, numbers(base), "gb2312"), "gbk"), m);
        break;
      case "cut": {
        const b = Buffer.from(base, "utf8");
        put((file = name(".txt")), b.subarray(0, Math.floor(random() * b.length)), m);
        break;
      }
      case "garbage": {
        const b = Buffer.from(base, "utf8");
        const at = Math.floor(random() * b.length);
        const junk = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
        put((file = name(pick([".txt", ".html"]))), Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]), m);
        break;
      }
      case "duplicate":
        if (!made.length) continue;
        put((file = name(".txt")), readFileSync(join(raw, pick(made))), m);
        break;
      case "random-bytes":
        put((file = name(pick([".txt", ".html", ".pdf", ".docx"]))), Buffer.from(Array.from({ length: Math.floor(random() * 4096) }, () => Math.floor(random() * 256))), m);
        break;
      case "utf16-bom":
        put((file = name(".txt")), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(numbers(base), "utf-16le")]), m);
        break;
      case "utf16-nobom":
        put((file = name(".txt")), iconv.encode(numbers(base), random() < 0.5 ? "utf-16le" : "utf-16be"), m);
        break;
      case "cr-only":
        put((file = name(".txt")), numbers(base).replace(/\n/g, "\r"), m);
        break;
      case "hostile-html":
        put(
          (file = name(".html")),
          `<html><head><title>=HYPERLINK("http://x","点我")</title></head><body><img src=x onerror="alert(1)"><script>document.write('<div>'.repeat(9))</script>` +
            `<div class="TRS_Editor"><p>@SUM(1+1) ${numbers(base).split("\n").join("</p><p>")}</p>${"<b><i><u>".repeat(300)}<p>"引号",逗号\r回车</p></div></body></html>`,
          m,
        );
        break;
      case "binary-copy": {
        const [f, b] = pick(binaries);
        put((file = name(f.slice(f.lastIndexOf(".")))), b, m);
        break;
      }
      case "chinese-noise":
        put((file = name(".txt")), Array.from({ length: 200 + Math.floor(random() * 2000) }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000))).join(""), m);
        break;
      case "repeated":
        put((file = name(".txt")), Array(30).fill(base).join("\n"), m);
        break;
    }
    made.push(file!);
  }
  return {
    raw,
    kinds,
    seeds: seedNames,
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
}
