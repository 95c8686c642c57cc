// Downloads the reports listed in data/sources.csv into data/raw: cached, with timeouts, retries with backoff,
// a delay between requests to one host, and a record of where and when each file came from
// (data/raw/.fetched.csv, read by the pipeline into documents.source_url / fetched_at).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

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
  log?: (line: string) => void;
}

export interface FetchRecord {
  file: string;
  url: string;
  final_url: string;
  fetched_at: string;
  status: number;
  expected_jurisdiction: string;
  expected_year: string;
}

export interface FetchResult {
  fetched: FetchRecord[];
  cached: number;
  failed: { url: string; line: number; reason: string }[];
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

/** A file name inside `out` for a source: its own `file` (checked) or one made from the URL. Never outside `out`. */
export function targetName(src: Source, contentType: string | null, out: string): string {
  let name: string;
  if (src.file) {
    name = basename(src.file.replace(/\\/g, "/"));
    if (!name || name.startsWith(".") || name !== src.file) throw new Error(`file name ${JSON.stringify(src.file)} must be a plain name inside the raw folder`);
  } else {
    const urlExt = extname(new URL(src.url).pathname).toLowerCase();
    const ext = EXT_BY_TYPE.find(([re]) => re.test(contentType ?? ""))?.[1] ?? ([".pdf", ".docx", ".txt", ".htm", ".html"].includes(urlExt) ? (urlExt === ".htm" ? ".html" : urlExt) : ".html");
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

export async function fetchAll(sources: Source[], opts: FetchOptions): Promise<FetchResult> {
  const { out, timeoutMs = 20_000, retries = 3, hostDelayMs = 1000, backoffMs = 500, refresh = false, log = () => {} } = opts;
  await mkdir(out, { recursive: true });
  const manifestPath = join(out, MANIFEST);
  const previous = new Map<string, FetchRecord>();
  if (existsSync(manifestPath)) {
    for (const r of parse(await readFile(manifestPath), { columns: true, bom: true }) as FetchRecord[]) previous.set(r.url, r);
  }
  const lastHit = new Map<string, number>();
  const result: FetchResult = { fetched: [], cached: 0, failed: [] };

  async function politeFetch(url: string): Promise<Response> {
    const host = new URL(url).host;
    const wait = (lastHit.get(host) ?? -Infinity) + hostDelayMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastHit.set(host, Date.now());
    return fetch(url, { redirect: "follow", signal: AbortSignal.timeout(timeoutMs), headers: { "user-agent": "fazhi-zhibiao/0.1 (+offline research)" } });
  }

  for (const src of sources) {
    const prev = previous.get(src.url);
    if (!refresh && prev && existsSync(join(out, prev.file))) {
      result.cached++;
      result.fetched.push(prev);
      continue;
    }
    let lastError = "";
    let done = false;
    for (let attempt = 0; attempt <= retries && !done; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      try {
        const res = await politeFetch(src.url);
        if (!res.ok) throw new HttpError(res.status, `HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (!bytes.length) throw new HttpError(204, "empty response");
        const name = targetName(src, res.headers.get("content-type"), out);
        const tmp = join(out, `.${name}.part`);
        await writeFile(tmp, bytes);
        await rename(tmp, join(out, name));
        result.fetched.push({
          file: name, url: src.url, final_url: res.url || src.url, fetched_at: new Date().toISOString(), status: res.status,
          expected_jurisdiction: src.jurisdiction ?? "", expected_year: src.report_year ?? "",
        });
        log(`fetched ${src.url} → ${name}${res.redirected ? ` (redirected to ${res.url})` : ""}`);
        done = true;
      } catch (e) {
        const err = e as Error;
        lastError = err.name === "TimeoutError" ? `timed out after ${timeoutMs} ms` : err instanceof HttpError ? err.message : `${err.message}${(err as { cause?: Error }).cause ? `: ${(err as { cause?: Error }).cause!.message}` : ""}`;
        // 4xx (except 408/429) will not get better by asking again; a bad file name neither.
        if ((err instanceof HttpError && err.status >= 400 && err.status < 500 && ![408, 429].includes(err.status)) || /file name/.test(err.message)) break;
      }
    }
    if (!done) {
      result.failed.push({ url: src.url, line: src.line, reason: lastError });
      log(`failed  ${src.url}: ${lastError}`);
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
