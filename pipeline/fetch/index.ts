// Downloads the reports listed in data/sources.csv into data/raw: cached, with timeouts, retries with backoff,
// a delay between requests to one host, and a record of where and when each file came from
// (data/raw/.fetched.csv, read by the pipeline into documents.source_url / fetched_at). A response is kept only
// under a size cap (checked while it streams), when its bytes are a report (content.ts: saved as .html, .pdf, .docx
// or .txt by what they are), and after redirects within the source's own site (redirects.ts); each failure is
// recorded with its kind and reason, and only failures that may mend by themselves are retried.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { classify, type ReportExt } from "./content.ts";
import { refuseRedirect } from "./redirects.ts";

export interface Source {
  url: string;
  jurisdiction?: string;
  report_year?: string;
  file?: string;
  line: number;
}

export interface FetchOptions {
  out: string;
  timeoutMs?: number;
  retries?: number;
  /** Minimum milliseconds between two requests to the same host. */
  hostDelayMs?: number;
  /** Base of the exponential backoff between retries. */
  backoffMs?: number;
  refresh?: boolean;
  /** Largest response body kept, in bytes (default 50 MB): a larger one is cut off while it streams. */
  maxBytes?: number;
  /** Redirects followed per source (default 10). */
  maxRedirects?: number;
  /** Hosts (or domains, covering their subdomains) a redirect may lead to besides the source's own domain. */
  allowHosts?: string[];
  log?: (line: string) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 10;

export interface FetchRecord {
  file: string;
  url: string;
  final_url: string;
  fetched_at: string;
  status: number;
  expected_jurisdiction: string;
  expected_year: string;
}

/** How a source ended: fetched or cached, or the kind of failure. */
export type Outcome =
  | "fetched" | "cached" | "http_error" | "server_error" | "timeout" | "network_error" | "too_large" | "not_a_report"
  | "redirect_refused" | "redirect_loop" | "too_many_redirects" | "empty" | "bad_file_name";

export interface FetchFailure {
  url: string;
  line: number;
  reason: string;
  outcome: Exclude<Outcome, "fetched" | "cached">;
  /** requests made for it, redirects included */
  requests: number;
}

export interface FetchResult {
  fetched: FetchRecord[];
  cached: number;
  failed: FetchFailure[];
}

/** Sources per outcome, in a fixed order, outcomes with none left out. */
export function summarize(r: FetchResult): [Outcome, number][] {
  const counts = new Map<Outcome, number>([["fetched", r.fetched.length - r.cached], ["cached", r.cached]]);
  for (const f of r.failed) counts.set(f.outcome, (counts.get(f.outcome) ?? 0) + 1);
  const order: Outcome[] = ["fetched", "cached", "http_error", "server_error", "timeout", "network_error", "too_large", "not_a_report", "redirect_refused", "redirect_loop", "too_many_redirects", "empty", "bad_file_name"];
  return order.filter((o) => (counts.get(o) ?? 0) > 0).map((o) => [o, counts.get(o)!]);
}

/** The summary as a table for the terminal. */
export function summaryTable(r: FetchResult): string {
  const rows = summarize(r);
  const total = rows.reduce((n, [, c]) => n + c, 0);
  const width = Math.max(7, ...rows.map(([o]) => o.length));
  return [`${"outcome".padEnd(width)}  sources`, ...rows.map(([o, c]) => `${o.padEnd(width)}  ${String(c).padStart(7)}`), `${"total".padEnd(width)}  ${String(total).padStart(7)}`].join("\n");
}

export const MANIFEST = ".fetched.csv";

export function readSources(path: string): { sources: Source[]; problems: string[] } {
  const rows: Record<string, string>[] = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  const sources: Source[] = [];
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    let u: URL;
    try {
      u = new URL(r.url);
    } catch {
      return problems.push(`${path}:${line}: not a URL: ${r.url ?? ""}`);
    }
    if (!/^https?:$/.test(u.protocol)) return problems.push(`${path}:${line}: only http(s) URLs are fetched: ${r.url}`);
    sources.push({ url: u.href, jurisdiction: r.jurisdiction || undefined, report_year: r.report_year || r.year || undefined, file: r.file || undefined, line });
  });
  return { sources, problems };
}


const EXT_BY_TYPE: [RegExp, string][] = [[/pdf/, ".pdf"], [/wordprocessingml|msword/, ".docx"], [/html/, ".html"], [/text\/plain/, ".txt"]];

/**
 * A file name inside `out` for a source: its own `file` (checked) or one made from the URL. Never outside `out`.
 * `ext`, what the content turned out to be (content.ts classify), decides the extension: a `file` whose own
 * extension says otherwise gets that one instead, since the pipeline reads a file by its extension.
 */
export function targetName(src: Source, contentType: string | null, out: string, ext?: ReportExt): string {
  let name: string;
  if (src.file) {
    name = basename(src.file.replace(/\\/g, "/"));
    if (!name || name.startsWith(".") || name !== src.file) throw new Error(`file name ${JSON.stringify(src.file)} must be a plain name inside the raw folder`);
    const own = extname(name).toLowerCase();
    if (ext && own !== ext && !(own === ".htm" && ext === ".html")) name = `${name.slice(0, name.length - own.length) || name}${ext}`;
  } else {
    const urlExt = extname(new URL(src.url).pathname).toLowerCase();
    ext ??= (EXT_BY_TYPE.find(([re]) => re.test(contentType ?? ""))?.[1] ?? ([".pdf", ".docx", ".txt", ".htm", ".html"].includes(urlExt) ? (urlExt === ".htm" ? ".html" : urlExt) : ".html")) as ReportExt;
    const label = [src.jurisdiction, src.report_year].filter(Boolean).join("_").replace(/[^\p{Script=Han}\w-]/gu, "") || new URL(src.url).hostname.replace(/[^\w.-]/g, "");
    name = `${label}_${createHash("sha1").update(src.url).digest("hex").slice(0, 10)}${ext}`;
  }
  const full = resolve(out, name);
  if (!full.startsWith(resolve(out) + sep)) throw new Error(`file name ${JSON.stringify(name)} escapes ${out}`);
  return name;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class HttpError extends Error {
  constructor(public status: number, msg: string) {
    super(msg);
  }
}

/** A failure that asking again cannot mend (a refused type or redirect, a loop, the size cap, a bad file name). */
class Permanent extends Error {
  constructor(public outcome: FetchFailure["outcome"], msg: string) {
    super(msg);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const mb = (n: number) => `${+(n / 1024 / 1024).toFixed(1)} MB`;

/** The body, read chunk by chunk and abandoned (connection closed) as soon as it passes `max` bytes. */
async function readCapped(res: Response, max: number, abort: () => void): Promise<Uint8Array> {
  const announced = Number(res.headers.get("content-length") ?? NaN);
  if (announced > max) {
    abort();
    throw new Permanent("too_large", `response of ${mb(announced)} (content-length) is over the ${mb(max)} cap`);
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      abort();
      await reader.cancel().catch(() => {});
      throw new Permanent("too_large", `response over the ${mb(max)} cap: stopped after ${mb(size)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchAll(sources: Source[], opts: FetchOptions): Promise<FetchResult> {
  const {
    out, timeoutMs = 20_000, retries = 3, hostDelayMs = 1000, backoffMs = 500, refresh = false, log = () => {},
    maxBytes = DEFAULT_MAX_BYTES, maxRedirects = DEFAULT_MAX_REDIRECTS, allowHosts = [],
  } = opts;
  await mkdir(out, { recursive: true });
  const manifestPath = join(out, MANIFEST);
  const previous = new Map<string, FetchRecord>();
  if (existsSync(manifestPath)) {
    for (const r of parse(await readFile(manifestPath), { columns: true, bom: true }) as FetchRecord[]) previous.set(r.url, r);
  }
  const lastHit = new Map<string, number>();
  const result: FetchResult = { fetched: [], cached: 0, failed: [] };
  let requests = 0;

  async function politeFetch(url: string, signal: AbortSignal): Promise<Response> {
    const host = new URL(url).host;
    const wait = (lastHit.get(host) ?? -Infinity) + hostDelayMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastHit.set(host, Date.now());
    requests++;
    // redirects by hand: each hop is checked (refuseRedirect) before it is requested
    return fetch(url, { redirect: "manual", signal, headers: { "user-agent": "fazhi-zhibiao/0.1 (+offline research)" } });
  }

  /** One attempt: the redirect chain, then the body under the cap, then what it is. */
  async function attempt(src: Source) {
    const ctrl = new AbortController();
    const signal = AbortSignal.any([ctrl.signal, AbortSignal.timeout(timeoutMs)]);
    const origin = new URL(src.url);
    let url = origin;
    const chain = [url.href];
    for (;;) {
      const res = await politeFetch(url.href, signal);
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get("location");
        let next: URL;
        try {
          next = new URL(location ?? "", url);
        } catch {
          throw new Permanent("redirect_refused", `HTTP ${res.status} to an invalid address ${JSON.stringify(location)}`);
        }
        if (!location) throw new Permanent("redirect_refused", `HTTP ${res.status} without a Location`);
        const refused = refuseRedirect(origin, url, next, allowHosts);
        if (refused) throw new Permanent("redirect_refused", refused);
        if (chain.includes(next.href)) throw new Permanent("redirect_loop", `redirect loop: ${[...chain.slice(chain.indexOf(next.href)), next.href].join(" → ")}`);
        if (chain.length > maxRedirects) throw new Permanent("too_many_redirects", `more than ${maxRedirects} redirects (last ${url.href} → ${next.href})`);
        chain.push(next.href);
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw new HttpError(res.status, `HTTP ${res.status}`);
      }
      const bytes = await readCapped(res, maxBytes, () => ctrl.abort());
      if (!bytes.length) throw new HttpError(204, "empty response");
      const contentType = res.headers.get("content-type");
      const verdict = classify(bytes, contentType, url.href);
      if ("refused" in verdict) throw new Permanent("not_a_report", verdict.refused);
      return { bytes, contentType, ext: verdict.ext, finalUrl: url.href, status: res.status, redirected: chain.length > 1 };
    }
  }

  for (const src of sources) {
    const prev = previous.get(src.url);
    if (!refresh && prev && existsSync(join(out, prev.file))) {
      result.cached++;
      result.fetched.push(prev);
      continue;
    }
    const before = requests;
    let failure: Omit<FetchFailure, "requests"> | null = null;
    try {
      targetName(src, null, out); // a bad file name is known before anything is asked of the server
    } catch (e) {
      failure = { url: src.url, line: src.line, reason: (e as Error).message, outcome: "bad_file_name" };
    }
    for (let a = 0; a <= retries && !failure; a++) {
      if (a > 0) await sleep(backoffMs * 2 ** (a - 1));
      try {
        const got = await attempt(src);
        const name = targetName(src, got.contentType, out, got.ext);
        const tmp = join(out, `.${name}.part`);
        await writeFile(tmp, got.bytes);
        await rename(tmp, join(out, name));
        result.fetched.push({
          file: name, url: src.url, final_url: got.finalUrl, fetched_at: new Date().toISOString(), status: got.status,
          expected_jurisdiction: src.jurisdiction ?? "", expected_year: src.report_year ?? "",
        });
        log(`fetched ${src.url} → ${name}${got.redirected ? ` (redirected to ${got.finalUrl})` : ""}`);
        break;
      } catch (e) {
        const err = e as Error;
        const f = (outcome: FetchFailure["outcome"], reason: string) => ({ url: src.url, line: src.line, reason, outcome });
        if (err instanceof Permanent) failure = f(err.outcome, err.message);
        else if (err.name === "TimeoutError") failure = f("timeout", `timed out after ${timeoutMs} ms`);
        else if (err instanceof HttpError) failure = f(err.status === 204 ? "empty" : err.status >= 500 || [408, 429].includes(err.status) ? "server_error" : "http_error", err.message);
        else failure = f("network_error", `${err.message}${(err as { cause?: Error }).cause ? `: ${(err as { cause?: Error }).cause!.message}` : ""}`);
        // Only what may mend by itself is asked again: timeouts, network errors, 5xx, 408, 429, an empty body.
        const permanent = err instanceof Permanent || (err instanceof HttpError && err.status >= 400 && err.status < 500 && ![408, 429].includes(err.status));
        if (!permanent && a < retries) failure = null;
      }
    }
    if (failure) {
      result.failed.push({ ...failure, requests: requests - before });
      log(`failed  ${src.url}: ${failure.reason}`);
    }
  }
  const all = new Map(previous);
  for (const r of result.fetched) all.set(r.url, r);
  await writeFile(`${manifestPath}.part`, stringify([...all.values()], { header: true, bom: true, columns: ["file", "url", "final_url", "fetched_at", "status", "expected_jurisdiction", "expected_year"] }));
  await rename(`${manifestPath}.part`, manifestPath);
  return result;
}

export interface SourceRecord {
  source_url: string | null;
  fetched_at: string | null;
  expected_name: string | null;
}

/**
 * Where each input file came from, by file name: the fetch manifest of the input folder, else a `sources.csv`
 * (columns file, url, and optionally jurisdiction) in the input folder or the folder above it, the way analysts
 * keep page addresses beside a folder of saved pages. The address is a clue to the jurisdiction (identify).
 */
export async function readManifest(dir: string): Promise<Map<string, SourceRecord>> {
  const out = new Map<string, SourceRecord>();
  for (const path of [join(dir, "..", "sources.csv"), join(dir, "sources.csv")]) {
    if (!existsSync(path)) continue;
    const rows = parse(await readFile(path), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    for (const r of rows) {
      if (!r.file) continue;
      out.set(basename(r.file), { source_url: r.url || null, fetched_at: null, expected_name: r.jurisdiction || null });
    }
  }
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return out;
  for (const r of parse(await readFile(path), { columns: true, bom: true }) as FetchRecord[]) {
    out.set(r.file, { source_url: r.url, fetched_at: r.fetched_at, expected_name: r.expected_jurisdiction || null });
  }
  return out;
}
