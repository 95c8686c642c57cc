// npm run synth -- --docs N --seed S --out DIR [--force]
// Writes a clearly marked synthetic corpus (DIR/docs/*, DIR/gold.json, DIR/README.md). Refuses data/raw.
import { parseArgs } from "node:util";
import { synthesize } from "./corpus.ts";

const HELP = `Synthetic 法治政府建设年度报告 corpus with a gold file (【合成测试数据，非真实报告】).

Usage: npm run synth -- --docs N --seed S --out DIR [--force]

  --docs N    number of reports                          default 100
  --seed S    PRNG seed; the same seed gives the same files  default 1
  --out DIR   output folder (never data/raw): DIR/docs/ holds the reports, DIR/gold.json the gold, DIR/README.md
  --force     allow a non-empty folder that is not a synthetic corpus`;

let args;
try {
  args = parseArgs({
    options: {
      docs: { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n\n${HELP}\n`);
  process.exit(2);
}
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const docs = Number(args.docs);
if (!args.out || !Number.isInteger(docs) || docs < 1) {
  process.stderr.write(`--out DIR and a positive --docs N are required\n\n${HELP}\n`);
  process.exit(2);
}
try {
  const s = synthesize({ docs, seed: args.seed!, out: args.out, force: args.force });
  console.log(
    `synth: ${s.docs} documents, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.mentions} gold mentions in ${(s.ms / 1000).toFixed(2)} s ` +
      `(${Object.entries(s.formats).map(([k, v]) => `${k} ${v}`).join(", ")})\n  reports: ${s.docsDir}\n  gold:    ${s.goldPath}`,
  );
} catch (e) {
  process.stderr.write(`synth: ${(e as Error).message}\n`);
  process.exit(1);
}
