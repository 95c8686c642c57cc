// Child process of `npm run bench` (or alone: npx tsx bench/numbers.ts --input DIR [--limit N]). Two measurements on
// the same decoded UTF-8 text of every report, printed as one JSON line:
// - segment + extract, the analysis proper: CPU per report over a cold pass and then a warm pass in one thread
//   (read, normalize and identify are done beforehand and not counted);
// - Microsoft Recognizers-Text's Chinese number model (numbers only, no qualifiers, no indicators) over the same
//   strings: the yardstick issue 15 compares the whole pipeline's wall time with.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import { extract } from "../pipeline/extract/index.ts";
import { identify } from "../pipeline/identify/index.ts";
import { docKind } from "../pipeline/identify/kind.ts";
import { normalize } from "../pipeline/normalize/index.ts";
import { readBytes } from "../pipeline/read/index.ts";
import { extractionContext, listInputs } from "../pipeline/run.ts";
import { segment } from "../pipeline/segment/index.ts";

const { values } = parseArgs({ options: { input: { type: "string" }, limit: { type: "string" }, "skip-recognizers": { type: "boolean", default: false } } });
let files = await listInputs(values.input!);
if (values.limit) files = files.slice(0, Number(values.limit));

interface Prepared { text: string; ctx: Parameters<typeof extract>[1] }
const docs: Prepared[] = [];
for (const f of files) {
  const read = await readBytes(new Uint8Array(await readFile(f)), f);
  const norm = normalize(read.text);
  const meta = { ...norm.chrome, ...read.meta };
  const id = identify(norm.text, { title: meta.title, published_on: meta.published_on, source_path: f });
  const title = id.title ?? meta.title ?? null;
  const doc = {
    admin_level: id.admin_level, jurisdiction_name: id.jurisdiction_name, report_year: id.report_year,
    published_on: id.published_on ?? meta.published_on ?? null, doc_kind: docKind(norm.text, title), title,
  };
  docs.push({ text: norm.text, ctx: extractionContext(norm.text, doc, id.looking_back) });
}

function pass(): { cpuMs: number; wallMs: number; observations: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let observations = 0;
  for (const d of docs) observations += extract(segment(d.text), d.ctx).length;
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - t0, observations };
}
const cold = pass();
const warm = pass();
const perDoc = (ms: number) => Math.round((1000 * ms) / docs.length) / 1000;

let recognizers: { wallMs: number; cpuMs: number; numbers: number } | null = null;
if (!values["skip-recognizers"]) {
  const model = new NumberRecognizer(Culture.Chinese).getNumberModel();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let numbers = 0;
  for (const d of docs) numbers += model.parse(d.text).length;
  const c = process.cpuUsage(c0);
  recognizers = { wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((c.user + c.system) / 1000), numbers };
}

console.log(JSON.stringify({
  docs: docs.length,
  chars: docs.reduce((a, d) => a + d.text.length, 0),
  segmentExtract: {
    cold: { cpuMs: Math.round(cold.cpuMs), cpuMsPerDoc: perDoc(cold.cpuMs), wallMs: Math.round(cold.wallMs) },
    warm: { cpuMs: Math.round(warm.cpuMs), cpuMsPerDoc: perDoc(warm.cpuMs), wallMs: Math.round(warm.wallMs) },
    observations: warm.observations,
  },
  recognizers,
}));
