// The fetcher's limits against a local HTTP server (127.0.0.1, a random port; never the internet): the size cap
// while streaming, content type and magic bytes deciding the saved extension or a refusal, redirects kept to the
// source's own site and stopped on loops, no retries of what cannot mend, and the summary of outcomes.
import { execFile } from "node:child_process";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classify } from "../../pipeline/fetch/content.ts";
import { fetchAll, summarize, summaryTable, type Source } from "../../pipeline/fetch/index.ts";
import { refuseRedirect, registrableDomain } from "../../pipeline/fetch/redirects.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const REPORT = "关于2023年度法治政府建设情况的报告\n2023年,芦淞区坚持法治政府建设,受理行政复议案件145件。";
const HTML = `<html><body><div id="zoom"><p>${REPORT}</p></div></body></html>`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
let DOCX: Buffer;
let ZIP: Buffer;

let server: Server;
let base = "";
let port = 0;
const hits: Record<string, number> = {};
/** bytes the server wrote for each streaming path, and whether the client hung up */
const streamed: Record<string, { bytes: number; closed: boolean }> = {};

function stream(path: string, res: ServerResponse, headers: Record<string, string | number>) {
  const s: { bytes: number; closed: boolean } = { bytes: 0, closed: false };
  streamed[path] = s;
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8", ...headers });
  const chunk = Buffer.alloc(256 * 1024, "法");
  res.on("close", () => (s.closed = true));
  // writes as fast as the client reads, until it hangs up (or 400 MB, far past any cap tested)
  const pump = () => {
    while (!s.closed && s.bytes < 400 * 1024 * 1024) {
      s.bytes += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (!s.closed) res.end();
  };
  pump();
}

beforeAll(async () => {
  const docx = new JSZip();
  docx.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  docx.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${REPORT}</w:t></w:r></w:p></w:body></w:document>`);
  DOCX = await docx.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const zip = new JSZip();
  zip.file("报告.txt", REPORT);
  ZIP = await zip.generateAsync({ type: "nodebuffer" });

  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits[path] = (hits[path] ?? 0) + 1;
    const send = (type: string | null, body: string | Buffer, status = 200) => res.writeHead(status, type ? { "content-type": type } : {}).end(body);
    const redirect = (to: string, status = 302) => res.writeHead(status, { location: to }).end();
    switch (path) {
      case "/ok.html": return send("text/html; charset=utf-8", HTML);
      case "/endless": return stream(path, res, {});
      case "/announced": return stream(path, res, { "content-length": 200 * 1024 * 1024 });
      case "/small": return send("text/plain; charset=utf-8", REPORT);
      case "/image.png": return send("image/png", PNG);
      case "/png-as-html": return send("text/html", PNG);
      case "/archive.zip": return send("application/zip", ZIP);
      case "/download": return send("application/octet-stream", DOCX);
      case "/fake.pdf": return send("application/pdf", "<html><body><h1>404 Not Found</h1></body></html>");
      case "/missing.pdf": return send("text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>页面不存在</title></head><body>页面不存在</body></html>");
      case "/pdf-as-html": return send("text/html", PDF);
      case "/plain-as-html": return send("text/html; charset=utf-8", REPORT);
      case "/untyped-page": return send(null, HTML);
      case "/legacy.doc": return send("application/msword", OLE);
      case "/data.json": return send("application/json", '{"a": 1}');
      case "/to-localhost": return redirect(`http://localhost:${port}/ok.html`);
      case "/to-file": return redirect("file:///etc/passwd");
      case "/to-port": return redirect(`http://127.0.0.1:${port === 65535 ? 1 : port + 1}/ok.html`);
      case "/relative": return redirect("ok.html", 301);
      case "/loop-a": return redirect("/loop-b");
      case "/loop-b": return redirect("/loop-a");
      case "/self": return redirect("/self", 307);
      case "/gone": return send("text/plain", "gone", 410);
      case "/forbidden": return send("text/plain", "no", 403);
      case "/busy": return send("text/plain", "slow down", 429);
      case "/broken": return send("text/plain", "oops", 500);
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return redirect(`/chain/${Number(chain[1]) + 1}`);
    send("text/plain", "not found", 404);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const src = (path: string, extra: Partial<Source> = {}): Source => ({ url: `${base}${path}`, line: 2, ...extra });
const fast = { timeoutMs: 5_000, retries: 3, hostDelayMs: 0, backoffMs: 5 };
const out = () => mkdtempSync(join(tmpdir(), "fetch-limits-"));
const saved = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith("."));

describe("size cap", () => {
  it("cuts a response off while it streams and records why", async () => {
    const dir = out();
    const r = await fetchAll([src("/endless"), src("/small")], { out: dir, ...fast, maxBytes: 1024 * 1024 });
    expect(r.failed).toEqual([expect.objectContaining({ url: `${base}/endless`, outcome: "too_large", requests: 1 })]);
    expect(r.failed[0]!.reason).toMatch(/over the 1 MB cap: stopped after/);
    expect(r.fetched.map((f) => f.url)).toEqual([`${base}/small`]);
    await new Promise((res) => setTimeout(res, 100));
    expect(streamed["/endless"]!.closed).toBe(true);
    // the connection was dropped near the cap, not after the whole 400 MB
    expect(streamed["/endless"]!.bytes).toBeLessThan(32 * 1024 * 1024);
    expect(hits["/endless"]).toBe(1);
    expect(saved(dir)).toEqual([expect.stringMatching(/\.txt$/)]);
  });

  it("refuses a response whose announced length is over the cap before reading it", async () => {
    const r = await fetchAll([src("/announced")], { out: out(), ...fast, maxBytes: 1024 * 1024 });
    expect(r.failed.map((f) => [f.outcome, f.reason])).toEqual([["too_large", "response of 200 MB (content-length) is over the 1 MB cap"]]);
    expect(hits["/announced"]).toBe(1);
  });

  it("defaults to 50 MB", async () => {
    const dir = out();
    const r = await fetchAll([src("/endless")], { out: dir, ...fast, timeoutMs: 30_000 });
    expect(r.failed.map((f) => f.outcome)).toEqual(["too_large"]);
    expect(r.failed[0]!.reason).toMatch(/over the 50 MB cap/);
    expect(streamed["/endless"]!.bytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(streamed["/endless"]!.bytes).toBeLessThan(90 * 1024 * 1024);
    expect(saved(dir)).toEqual([]);
  }, 40_000);
});

describe("content type and magic bytes", () => {
  it("save each report under the extension its bytes call for", async () => {
    const dir = out();
    const r = await fetchAll(
      [src("/download"), src("/pdf-as-html"), src("/plain-as-html"), src("/untyped-page"), src("/ok.html", { file: "named.pdf" }), src("/pdf-as-html", { file: "given.html" })],
      { out: dir, ...fast },
    );
    expect(r.failed).toEqual([]);
    expect(r.fetched.map((f) => [f.url.replace(base, ""), f.file.replace(/_[0-9a-f]{10}/, "")])).toEqual([
      ["/download", "127.0.0.1.docx"],
      ["/pdf-as-html", "127.0.0.1.pdf"],
      ["/plain-as-html", "127.0.0.1.txt"],
      ["/untyped-page", "127.0.0.1.html"],
      ["/ok.html", "named.html"],
      ["/pdf-as-html", "given.pdf"],
    ]);
    expect(readFileSync(join(dir, "given.pdf"))).toEqual(PDF);
    expect(readFileSync(join(dir, r.fetched[0]!.file))).toEqual(DOCX);
  });

  it("record images, archives, legacy Office files and error pages as failures with their reason, asked once", async () => {
    const dir = out();
    const paths = ["/image.png", "/png-as-html", "/archive.zip", "/fake.pdf", "/missing.pdf", "/legacy.doc", "/data.json"];
    const r = await fetchAll(paths.map((p) => src(p)), { out: dir, ...fast });
    expect(r.fetched).toEqual([]);
    expect(r.failed.map((f) => [f.url.replace(base, ""), f.outcome, f.requests])).toEqual(paths.map((p) => [p, "not_a_report", 1]));
    expect(r.failed.map((f) => f.reason)).toEqual([
      "not a report: a PNG image (served as image/png)",
      "not a report: a PNG image (served as text/html)",
      "not a report: a zip archive that is not a Word document (served as application/zip)",
      "not a report: served as application/pdf but the content is an HTML page (an error page?)",
      "not a report: asked for a .pdf file, got an HTML page (served as text/html; an error page?)",
      "not a report: a legacy Office file (.doc/.xls/.ppt), which the pipeline does not read (served as application/msword)",
      "not a report: served as application/json",
    ]);
    for (const p of paths) expect(hits[p], p).toBe(1);
    expect(saved(dir)).toEqual([]);
  });

  it("tells text from pages and UTF-16 from binary", () => {
    const u = "http://x.gov.cn/a";
    expect(classify(Buffer.from("报告正文 <5% 的增长"), "text/html", u)).toEqual({ ext: ".txt", kind: "txt" });
    expect(classify(Buffer.from("<p>报告</p>"), "text/plain", u)).toEqual({ ext: ".html", kind: "html" });
    expect(classify(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("报告正文 2023", "utf16le")]), null, u)).toEqual({ ext: ".txt", kind: "txt" });
    expect(classify(Buffer.from("报告 report text", "utf16le"), null, u)).toEqual({ ext: ".txt", kind: "txt" });
    expect(classify(Buffer.from([1, 0, 0, 3, 0, 0, 0, 9, 9, 0]), null, u)).toEqual({ refused: "not a report: binary content of an unknown type (served without a content type)" });
    expect(classify(Buffer.concat([Buffer.from("\r\n"), PDF]), "application/octet-stream", u)).toEqual({ ext: ".pdf", kind: "pdf" });
  });
});

describe("redirects", () => {
  it("follow a move within the site, relative or absolute", async () => {
    const r = await fetchAll([src("/relative")], { out: out(), ...fast });
    expect(r.fetched.map((f) => f.final_url)).toEqual([`${base}/ok.html`]);
  });

  it("refuse another host, another port and another scheme, without retrying", async () => {
    const before = hits["/ok.html"] ?? 0;
    const r = await fetchAll([src("/to-localhost"), src("/to-port"), src("/to-file")], { out: out(), ...fast });
    expect(r.failed.map((f) => [f.url.replace(base, ""), f.outcome, f.requests])).toEqual([
      ["/to-localhost", "redirect_refused", 1], ["/to-port", "redirect_refused", 1], ["/to-file", "redirect_refused", 1],
    ]);
    expect(r.failed[0]!.reason).toBe(`redirect to another site refused: localhost:${port} is not under 127.0.0.1 (allow it with --allow localhost)`);
    expect(r.failed[1]!.reason).toMatch(/^redirect to port \d+ of 127\.0\.0\.1 refused$/);
    expect(r.failed[2]!.reason).toBe("redirect to file: refused (only http and https)");
    expect(hits["/ok.html"] ?? 0).toBe(before);
  });

  it("follow another host when it is allowed", async () => {
    const r = await fetchAll([src("/to-localhost")], { out: out(), ...fast, allowHosts: ["localhost"] });
    expect(r.failed).toEqual([]);
    expect(r.fetched[0]!.final_url).toBe(`http://localhost:${port}/ok.html`);
  });

  it("stop a loop at once, with no retries", async () => {
    const r = await fetchAll([src("/loop-a"), src("/self")], { out: out(), ...fast });
    expect(r.failed.map((f) => [f.outcome, f.reason.replaceAll(base, ""), f.requests])).toEqual([
      ["redirect_loop", "redirect loop: /loop-a → /loop-b → /loop-a", 2],
      ["redirect_loop", "redirect loop: /self → /self", 1],
    ]);
    expect([hits["/loop-a"], hits["/loop-b"], hits["/self"]]).toEqual([1, 1, 1]);
  });

  it("stop after the configured number of redirects, with no retries", async () => {
    const r = await fetchAll([src("/chain/0")], { out: out(), ...fast, maxRedirects: 5 });
    expect(r.failed.map((f) => [f.outcome, f.requests])).toEqual([["too_many_redirects", 6]]);
    expect(Object.keys(hits).filter((k) => k.startsWith("/chain/")).sort()).toEqual(["/chain/0", "/chain/1", "/chain/2", "/chain/3", "/chain/4", "/chain/5"]);
  });

  it("know a site by its registrable domain", () => {
    expect(registrableDomain("www.zhuji.gov.cn")).toBe("zhuji.gov.cn");
    expect(registrableDomain("zhengfu.bjtzh.gov.cn")).toBe("bjtzh.gov.cn");
    expect(registrableDomain("news.sina.com.cn")).toBe("sina.com.cn");
    expect(registrableDomain("a.b.example.org")).toBe("example.org");
    expect(registrableDomain("127.0.0.1")).toBe("127.0.0.1");
    const u = (s: string) => new URL(s);
    const o = u("http://www.zhuji.gov.cn/art/1.html");
    expect(refuseRedirect(o, o, u("https://zhuji.gov.cn/art/1.html"))).toBeNull();
    expect(refuseRedirect(o, o, u("http://xxgk.zhuji.gov.cn/a"))).toBeNull();
    expect(refuseRedirect(o, o, u("http://www.shaoxing.gov.cn/a"))).toMatch(/another site refused/);
    expect(refuseRedirect(o, o, u("http://zhuji.gov.cn.evil.com/a"))).toMatch(/another site refused/);
    expect(refuseRedirect(o, o, u("http://www.shaoxing.gov.cn/a"), ["shaoxing.gov.cn"])).toBeNull();
    expect(refuseRedirect(o, o, u("http://www.zhuji.gov.cn:8080/a"))).toMatch(/port 8080/);
    expect(refuseRedirect(o, o, u("ftp://www.zhuji.gov.cn/a"))).toMatch(/ftp: refused/);
  });
});

describe("retries", () => {
  it("ask once for 404, 403 and 410, and again for 429 and 5xx", async () => {
    const r = await fetchAll([src("/nosuch"), src("/forbidden"), src("/gone"), src("/busy"), src("/broken")], { out: out(), ...fast, retries: 2 });
    expect(r.failed.map((f) => [f.url.replace(base, ""), f.outcome, f.reason, f.requests])).toEqual([
      ["/nosuch", "http_error", "HTTP 404", 1],
      ["/forbidden", "http_error", "HTTP 403", 1],
      ["/gone", "http_error", "HTTP 410", 1],
      ["/busy", "server_error", "HTTP 429", 3],
      ["/broken", "server_error", "HTTP 500", 3],
    ]);
    expect([hits["/nosuch"], hits["/forbidden"], hits["/gone"], hits["/busy"], hits["/broken"]]).toEqual([1, 1, 1, 3, 3]);
  });
});

describe("summary", () => {
  it("counts sources by outcome", async () => {
    const dir = out();
    await fetchAll([src("/small")], { out: dir, ...fast });
    const r = await fetchAll([src("/small"), src("/ok.html"), src("/image.png"), src("/fake.pdf"), src("/loop-a"), src("/gone")], { out: dir, ...fast });
    expect(summarize(r)).toEqual([["fetched", 1], ["cached", 1], ["http_error", 1], ["not_a_report", 2], ["redirect_loop", 1]]);
    expect(summaryTable(r).split("\n")).toEqual([
      "outcome        sources",
      "fetched              1",
      "cached               1",
      "http_error           1",
      "not_a_report         2",
      "redirect_loop        1",
      "total                6",
    ]);
  });

  it("is printed by the fetch command", async () => {
    const dir = out();
    const sources = join(dir, "sources.csv");
    writeFileSync(sources, ["url,file", `${base}/small,`, `${base}/image.png,`, `${base}/endless,`].join("\n"));
    const cli = join(ROOT, "pipeline", "fetch", "cli.ts");
    // asynchronously: the server answering it runs in this process
    const r = await promisify(execFile)(join(ROOT, "node_modules", ".bin", "tsx"), [cli, "--sources", sources, "--out", join(dir, "raw"), "--delay", "0", "--retries", "0", "--max-mb", "1"], { cwd: ROOT })
      .then(() => ({ code: 0, stdout: "" }), (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^fetched +1$/m);
    expect(r.stdout).toMatch(/^not_a_report +1$/m);
    expect(r.stdout).toMatch(/^too_large +1$/m);
    expect(r.stdout).toMatch(/^total +3$/m);
    expect(r.stdout).toContain(`failed: ${sources}:3 ${base}/image.png — not_a_report: not a report: a PNG image`);
    expect(existsSync(join(dir, "raw", ".fetched.csv"))).toBe(true);
  }, 30_000);

  it("refuses a bad number option as usage", async () => {
    const r = await promisify(execFile)(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "pipeline", "fetch", "cli.ts"), "--max-mb", "lots"], { cwd: ROOT })
      .then(() => ({ code: 0, stderr: "" }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-mb must be a number/);
  }, 30_000);
});
