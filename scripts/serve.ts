// A small static file server for dist/ (node:http only), optionally under a sub-path, as an intranet web server would.
// Usage: tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1] [--base /intranet/fazhi/] [--dir dist]
// Prints the address. Exported startServer() is used by the browser tests.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".gz": "application/gzip", // the per-page data slices (…/slices/*.json.gz), unzipped by the page itself
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

export interface ServeOptions {
  dir?: string;
  port?: number;
  host?: string;
  base?: string;
  log?: boolean;
}

export function normalizeBase(base: string): string {
  let b = base.startsWith("/") ? base : `/${base}`;
  if (!b.endsWith("/")) b += "/";
  return b;
}

export function startServer(opts: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const dir = resolve(opts.dir ?? "dist");
  const host = opts.host ?? "127.0.0.1";
  const base = normalizeBase(opts.base ?? "/");
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html not found: run npm run build first`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { "Content-Type": MIME[".txt"] }).end("400 请求地址无效");
      return;
    }
    if (pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base + url.search }).end();
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { "Content-Type": MIME[".txt"] }).end(`404 页面不存在：本站位于 ${base}`);
      return;
    }
    let rel = pathname.slice(base.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403, { "Content-Type": MIME[".txt"] }).end("403 禁止访问");
      return;
    }
    let target = file;
    if (!existsSync(target) && existsSync(`${target}.html`)) target = `${target}.html`; // clean URLs, like nginx try_files
    if (!existsSync(target) || !statSync(target).isFile()) {
      const notFound = join(dir, "404.html");
      res.writeHead(404, { "Content-Type": MIME[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>页面不存在</title><p>页面不存在（404）。</p></html>");
      if (opts.log) console.error(`404 ${pathname}`);
      return;
    }
    const type = MIME[extname(target).toLowerCase()] ?? "application/octet-stream";
    const st = statSync(target);
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": st.size,
      // Framework's content-hashed files never change; everything else (pages, the data slices) may on rebuild.
      "Cache-Control": /\.[0-9a-f]{8}\.\w+$/.test(rel) || rel.startsWith("_npm/") ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(target).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 3000, host, () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : opts.port;
      ok({ server, url: `http://${host}:${port}${base}` });
    });
  });
}

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1];
}

/** One line, in Chinese and English, for a port that is taken: which port, what happens next, how to choose one. */
export function busyPortLine(port: number, next: number | null, first = port): string {
  const choose = "指定端口 / choose one: npm run serve -- --port 8080";
  return next != null
    ? `端口 ${port} 已被占用，改用 ${next} / port ${port} is in use, trying ${next}（${choose}）`
    : `端口 ${first}–${port} 都已被占用 / ports ${first}–${port} are all in use — 请用 --port 指定一个空闲端口 / ${choose}`;
}

/**
 * Start the server on `port`, or on the next free one (up to `tries` ports): each port that is taken is one line on
 * `say`, never a stack trace. Other errors (a port below 1024 without the right, an address that is not this
 * machine's) are one line too, and rethrown with a `line` for the caller to print.
 */
export async function startOnFreePort(opts: ServeOptions & { tries?: number; say?: (line: string) => void }): Promise<{ server: Server; url: string }> {
  const first = opts.port ?? 3000;
  const tries = Math.max(1, opts.tries ?? 10);
  for (let port = first; ; port++) {
    try {
      return await startServer({ ...opts, port });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const last = port >= first + tries - 1 || port >= 65535;
      if (code === "EADDRINUSE") {
        opts.say?.(busyPortLine(port, last ? null : port + 1, first));
        if (last) throw Object.assign(new Error(busyPortLine(port, null, first)), { line: "", code });
        continue;
      }
      const host = opts.host ?? "127.0.0.1";
      const line =
        code === "EACCES" ? `没有权限使用端口 ${port}（1024 以下的端口需要管理员权限）/ no permission for port ${port} — 请用 --port 指定 1024 以上的端口 / choose one above 1024 with --port`
        : code === "EADDRNOTAVAIL" ? `地址 ${host} 不是本机的地址 / ${host} is not an address of this machine — 请检查 --host / check --host`
        : `无法启动网站 / cannot start the server: ${(e as Error).message}`;
      throw Object.assign(new Error(line), { line, code });
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = arg("dir") ?? "dist";
  if (!existsSync(join(resolve(dir), "index.html"))) {
    console.error(`${dir}/index.html 不存在：请先运行 npm run build / ${dir}/index.html not found: run npm run build first`);
    process.exit(1);
  }
  const portArg = arg("port");
  const port = portArg ? Number(portArg) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口“${portArg}”无效，应为 0–65535 的整数 / invalid port "${portArg}": a whole number 0–65535`);
    process.exit(1);
  }
  try {
    const { url } = await startOnFreePort({ dir, port, host: arg("host"), base: arg("base"), log: true, say: (line) => console.error(line) });
    console.log(`法治指标 网站已启动：${url}`);
    console.log("按 Ctrl+C 停止。");
  } catch (e) {
    const line = (e as { line?: string }).line;
    if (line) console.error(line);
    process.exit(1);
  }
}
