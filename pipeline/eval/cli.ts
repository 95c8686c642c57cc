// npm run eval -- [--gold FILE] [--export DIR] [--json] [--min-headline F] [--min-recall F] [--min-precision F]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, scoreExport } from "./score.ts";

const HELP = `Scores a pipeline export against a gold file of hand-checked answers.

Usage: npm run eval -- [--gold FILE] [--export DIR] [--json] [--min-headline F] [--min-recall F] [--min-precision F]

  --gold FILE        gold answers (format: test/fixtures/seeds.gold.json)   default test/fixtures/seeds.gold.json
  --export DIR       folder with documents.csv and observations.csv         default data/export
  --min-*            fail (exit 1) when a score (0–1) is below the threshold
  --json             the full report as JSON`;

const { values: a } = parseArgs({
  options: {
    gold: { type: "string", default: "test/fixtures/seeds.gold.json" },
    export: { type: "string", default: "data/export" },
    json: { type: "boolean", default: false },
    "min-headline": { type: "string", default: "0" },
    "min-recall": { type: "string", default: "0" },
    "min-precision": { type: "string", default: "0" },
    help: { type: "boolean", default: false },
  },
});
if (a.help) (console.log(HELP), process.exit(0));
for (const f of [a.gold!, `${a.export}/documents.csv`, `${a.export}/observations.csv`]) {
  if (!existsSync(f)) (console.error(`${f}: not found (run npm run pipeline first?)`), process.exit(2));
}
const r = scoreExport(a.gold!, a.export!);
console.log(a.json ? JSON.stringify(r, null, 2) : formatReport(r));
const s = r.summary;
const fail = s.headline_accuracy < Number(a["min-headline"]) || s.recall < Number(a["min-recall"]) || s.precision < Number(a["min-precision"]);
process.exit(fail ? 1 : 0);
