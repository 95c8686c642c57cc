// npx tsx bench/fingerprint.ts --input DIR [--out FILE] [--against FILE] [--limit N] [--facts FILE]
// For speed work: one hash per document of everything the per-document path yields (document row, observation rows,
// normalized text), in one thread. Write it before a change (--out) and compare after (--against): any document
// whose output changed is listed, so a faster path can show it changes nothing. Prints the CPU time it took.
// --facts FILE also writes each document's observations as comparable facts (indicator, value, unit, qualifier,
// period, scope, offset), independent of the row layout, so that two versions of the extractor whose schemas differ
// can still be compared document by document (bench/facts-diff.ts).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { listInputs, processDocument } from "../pipeline/run.ts";

const { values } = parseArgs({ options: { input: { type: "string" }, out: { type: "string" }, against: { type: "string" }, limit: { type: "string" }, facts: { type: "string" } } });
if (!values.input) {
  console.error("usage: npx tsx bench/fingerprint.ts --input DIR [--out FILE] [--against FILE] [--limit N]");
  process.exit(2);
}
const files = (await listInputs(values.input)).slice(0, values.limit ? Number(values.limit) : undefined);
const prints: Record<string, string> = {};
const facts: Record<string, string[]> = {};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const f of files) {
  let out: unknown;
  try {
    const r = await processDocument(new Uint8Array(readFileSync(f)), basename(f));
    out = r;
    facts[basename(f)] = r.observations.filter((o) => !o.is_derived).map((o) =>
      [o.indicator_id, o.value, o.unit, o.qualifier, o.period, o.scope, o.char_start, o.is_headline ? "H" : ""].join("|"));
  } catch (e) {
    out = { error: (e as Error).message };
  }
  prints[basename(f)] = createHash("sha256").update(JSON.stringify(out)).digest("hex").slice(0, 16);
}
const cpu = process.cpuUsage(cpu0);
console.log(`${files.length} documents, ${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`);
if (values.out) writeFileSync(values.out, JSON.stringify(prints));
if (values.facts) writeFileSync(values.facts, JSON.stringify(facts));
if (values.against) {
  const before = JSON.parse(readFileSync(values.against, "utf8")) as Record<string, string>;
  const changed = Object.keys(prints).filter((k) => k in before && before[k] !== prints[k]);
  const missing = Object.keys(before).filter((k) => !(k in prints)).length;
  console.log(changed.length ? `${changed.length} documents changed: ${changed.slice(0, 20).join(" ")}` : "no document changed");
  if (missing) console.log(`${missing} documents of the reference were not run (--limit?)`);
  process.exitCode = changed.length ? 1 : 0;
}
