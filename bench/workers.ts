// Child process of `npm run bench`: extraction only (read → … → headline, no load) over a folder, either in the
// main thread (--workers 0) or with pipeline/parallel.ts (--workers N). Prints one JSON line.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { processInWorkers } from "../pipeline/parallel.ts";
import { finish, listInputs, processDocument } from "../pipeline/run.ts";

const { values } = parseArgs({ options: { input: { type: "string" }, workers: { type: "string", default: "1" }, task: { type: "string", default: "process" }, cache: { type: "string" } } });
const files = await listInputs(values.input!);
const workers = Number(values.workers);
const t0 = performance.now();
let docs = 0, obs = 0, bytes = 0, quarantined = 0;
if (workers === 0) {
  for (const f of files) {
    const b = new Uint8Array(await readFile(f));
    bytes += b.length;
    try {
      const r = await processDocument(b, f);
      obs += r.observations.length;
    } catch {
      quarantined++;
    }
    docs++;
  }
} else {
  const task = values.task as "process" | "analyze";
  await processInWorkers(files, workers, (r) => {
    docs++;
    bytes += r.bytes;
    obs += r.result?.observations.length ?? (r.analyzed ? finish(r.analyzed, []).observations.length : 0);
    if (r.quarantine) quarantined++;
  }, { task, cacheDir: values.cache });
}
const wallMs = performance.now() - t0;
console.log(JSON.stringify({ workers, docs, obs, bytes, quarantined, wallMs: Math.round(wallMs), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
