// The fetcher against a local HTTP server the test starts (never the internet): slow, failing, redirecting,
// dead and mirror responses, the cache, the per-host delay, and file names that try to leave data/raw.
import iconv from "iconv-lite";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchAll, readManifest, targetName, type Source } from "../../pipeline/fetch/index.ts";

const REPORT = "关于2023年度法治政府建设情况的报告\n2023年,芦淞区坚持法治政府建设,受理行政复议案件145件。";
let server: Server;
let base = "";
const hits: Record<string, number[]> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    (hits[path] ??= []).push(Date.now());
    if (path === "/ok.html") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html><body><div id="zoom"><p>${REPORT}</p></div></body></html>`);
    if (path === "/gbk.html") return res.writeHead(200, { "content-type": "text/html" }).end(iconv.encode(`<html><head><meta charset="gb2312"></head><body><p>${REPORT}</p></body></html>`, "gbk"));
    if (path === "/moved") return res.writeHead(301, { location: "/ok.html" }).end();
    if (path === "/flaky" && hits[path].length < 3) return res.writeHead(503).end("busy");
    if (path === "/flaky") return res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(REPORT);
    if (path === "/slow") return void setTimeout(() => res.writeHead(200).end(REPORT), 2_000);
    if (path === "/report.pdf") return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4 test");
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const src = (path: string, extra: Partial<Source> = {}): Source => ({ url: `${base}${path}`, line: 2, ...extra });
const fast = { timeoutMs: 500, retries: 3, hostDelayMs: 0, backoffMs: 20 };

describe("fetch", () => {
  it("downloads, follows redirects, retries 5xx with backoff, gives up on 404 and on timeouts, and records all of it", async () => {
    const out = mkdtempSync(join(tmpdir(), "fetch-"));
    const r = await fetchAll([src("/ok.html", { jurisdiction: "芦淞区", report_year: "2023" }), src("/moved"), src("/flaky"), src("/dead"), src("/slow")], { out, ...fast });
    expect(r.fetched.map((f) => f.url.replace(base, ""))).toEqual(["/ok.html", "/moved", "/flaky"]);
    expect(r.fetched[0].file).toMatch(/^芦淞区_2023_[0-9a-f]{10}\.html$/);
    expect(r.fetched[1].final_url).toBe(`${base}/ok.html`);
    expect(hits["/flaky"].length).toBe(3);
    expect(hits["/dead"].length).toBe(1);
    expect(r.failed.map((f) => [f.url.replace(base, ""), f.reason])).toEqual([["/dead", "HTTP 404"], ["/slow", "timed out after 500 ms"]]);
    expect(readFileSync(join(out, r.fetched[2].file), "utf8")).toBe(REPORT);
    const manifest = await readManifest(out);
    expect(manifest.get(r.fetched[0].file)).toMatchObject({ source_url: `${base}/ok.html`, expected_name: "芦淞区" });
    expect(readdirSync(out).filter((f) => f.endsWith(".part"))).toEqual([]);

    // A second run asks the server nothing for what it already has.
    const before = hits["/ok.html"].length;
    const again = await fetchAll([src("/ok.html", { jurisdiction: "芦淞区", report_year: "2023" })], { out, ...fast });
    expect(again.cached).toBe(1);
    expect(hits["/ok.html"].length).toBe(before);
  }, 30_000);

  it("waits between requests to the same host", async () => {
    const out = mkdtempSync(join(tmpdir(), "fetch-"));
    hits["/gbk.html"] = [];
    await fetchAll([src("/gbk.html", { file: "a.html" }), src("/gbk.html", { file: "b.html" })], { out, ...fast, hostDelayMs: 300, refresh: true });
    const [t1, t2] = hits["/gbk.html"];
    expect(t2 - t1).toBeGreaterThanOrEqual(290);
    expect(existsSync(join(out, "b.html"))).toBe(true);
  });

  it("names files by content type and never writes outside the raw folder", async () => {
    const out = mkdtempSync(join(tmpdir(), "fetch-"));
    expect(targetName({ url: "http://x.cn/a/b", line: 2 }, "application/pdf", out)).toMatch(/\.pdf$/);
    for (const bad of ["../../etc/passwd", "/etc/passwd", "..", "sub/dir.html", ".hidden"]) {
      expect(() => targetName({ url: "http://x.cn/", file: bad, line: 2 }, null, out)).toThrow(/file name/);
    }
    const r = await fetchAll([src("/report.pdf", { file: "../escape.pdf" })], { out, ...fast });
    expect(r.failed[0].reason).toMatch(/file name/);
    expect(existsSync(join(out, "..", "escape.pdf"))).toBe(false);
  });
});
