// npm run fetch -- [--sources data/sources.csv] [--out data/raw] [--timeout MS] [--retries N] [--delay MS] [--refresh]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { fetchAll, readSources } from "./index.ts";

const HELP = `Downloads the reports listed in a sources file into the raw folder (cached: a URL already fetched is skipped).

Usage: npm run fetch -- [options]
  --sources FILE   CSV with url and optional jurisdiction, report_year, file   default data/sources.csv
  --out DIR        where files go                                             default data/raw
  --timeout MS     per request                                                default 20000
  --retries N      after a network error, timeout, 5xx, 408 or 429            default 3
  --delay MS       between two requests to the same host                      default 1000
  --refresh        fetch again even when cached
Exit codes: 0 all fetched, 3 some failed (listed), 2 bad usage.`;

const { values: a } = parseArgs({
  options: {
    sources: { type: "string", default: "data/sources.csv" },
    out: { type: "string", default: "data/raw" },
    timeout: { type: "string", default: "20000" },
    retries: { type: "string", default: "3" },
    delay: { type: "string", default: "1000" },
    refresh: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (a.help) (console.log(HELP), process.exit(0));
if (!existsSync(a.sources!)) (console.error(`${a.sources}: not found`), process.exit(2));
const { sources, problems } = readSources(a.sources!);
for (const p of problems) console.error(p);
const r = await fetchAll(sources, {
  out: a.out!, timeoutMs: Number(a.timeout), retries: Number(a.retries), hostDelayMs: Number(a.delay), refresh: a.refresh, log: (l) => console.error(l),
});
console.log(`sources ${sources.length}: fetched ${r.fetched.length - r.cached}, cached ${r.cached}, failed ${r.failed.length}`);
for (const f of r.failed) console.log(`failed: ${a.sources}:${f.line} ${f.url} — ${f.reason}`);
process.exit(r.failed.length || problems.length ? 3 : 0);
