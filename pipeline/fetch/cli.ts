// npm run fetch -- [--sources data/sources.csv] [--out data/raw] [--timeout MS] [--retries N] [--delay MS] [--refresh]
//                  [--max-mb N] [--max-redirects N] [--allow HOST]…
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, fetchAll, readSources, summaryTable } from "./index.ts";

const HELP = `Downloads the reports listed in a sources file into the raw folder (cached: a URL already fetched is skipped).

Usage: npm run fetch -- [options]
  --sources FILE      CSV with url and optional jurisdiction, report_year, file   default data/sources.csv
  --out DIR           where files go                                             default data/raw
  --timeout MS        per attempt, redirects and body included                   default 20000
  --retries N         after a network error, timeout, 5xx, 408 or 429            default 3
  --delay MS          between two requests to the same host                      default 1000
  --max-mb N          largest response kept; a larger one is cut off             default ${DEFAULT_MAX_BYTES / 1024 / 1024}
  --max-redirects N   redirects followed per source                              default ${DEFAULT_MAX_REDIRECTS}
  --allow HOST        a host (or domain) redirects may lead to besides the source's own domain; repeatable
  --refresh           fetch again even when cached

A response is saved as .html, .pdf, .docx or .txt by what its bytes are; anything else (images, archives, an HTML
error page where a PDF was asked for) is a failure with its reason. Redirects are followed within the source's own
domain (x.gov.cn, x.com.cn, example.org) over http(s) only. Failures that cannot mend (4xx other than 408/429, a
refused type or redirect, a loop, the size cap) are not retried.
Exit codes: 0 all fetched, 3 some failed (listed), 2 bad usage.`;

function usage(msg: string): never {
  console.error(`${msg}\n\n${HELP}`);
  process.exit(2);
}

let a: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      sources: { type: "string", default: "data/sources.csv" },
      out: { type: "string", default: "data/raw" },
      timeout: { type: "string", default: "20000" },
      retries: { type: "string", default: "3" },
      delay: { type: "string", default: "1000" },
      "max-mb": { type: "string", default: String(DEFAULT_MAX_BYTES / 1024 / 1024) },
      "max-redirects": { type: "string", default: String(DEFAULT_MAX_REDIRECTS) },
      allow: { type: "string", multiple: true, default: [] },
      refresh: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
}
try {
  a = parse();
} catch (e) {
  usage((e as Error).message);
}
if (a.help) (console.log(HELP), process.exit(0));

/** A number option: NaN or a negative value is a usage error, not a silent default. */
function num(name: string, v: string, min: number): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min) usage(`--${name} must be a number ≥ ${min}, not ${JSON.stringify(v)}`);
  return n;
}
const options = {
  timeoutMs: num("timeout", a.timeout, 1), retries: Math.floor(num("retries", a.retries, 0)), hostDelayMs: num("delay", a.delay, 0),
  maxBytes: Math.floor(num("max-mb", a["max-mb"], 0.001) * 1024 * 1024), maxRedirects: Math.floor(num("max-redirects", a["max-redirects"], 0)),
};
if (!existsSync(a.sources)) (console.error(`${a.sources}: not found`), process.exit(2));
const { sources, problems } = readSources(a.sources);
for (const p of problems) console.error(p);
const r = await fetchAll(sources, { out: a.out, ...options, allowHosts: a.allow, refresh: a.refresh, log: (l) => console.error(l) });
console.log(`sources ${sources.length}: fetched ${r.fetched.length - r.cached}, cached ${r.cached}, failed ${r.failed.length}`);
console.log(summaryTable(r));
for (const f of r.failed) console.log(`failed: ${a.sources}:${f.line} ${f.url} — ${f.outcome}: ${f.reason}`);
process.exit(r.failed.length || problems.length ? 3 : 0);
