// npx tsx bench/facts-diff.ts --before FILE --after FILE [--docs DIR] [--show N]
// Compares two `bench/fingerprint.ts --facts` files document by document and sorts every difference into a kind:
// an observation added or removed, or one at the same place whose indicator, value, qualifier, period, scope or
// headline flag changed. With --docs, prints the sentence around each example so that a change can be explained.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { before: { type: "string" }, after: { type: "string" }, docs: { type: "string" }, show: { type: "string", default: "3" } } });
if (!values.before || !values.after) {
  console.error("usage: npx tsx bench/facts-diff.ts --before FILE --after FILE [--docs DIR] [--show N]");
  process.exit(2);
}
type Facts = Record<string, string[]>;
const before = JSON.parse(readFileSync(values.before, "utf8")) as Facts;
const after = JSON.parse(readFileSync(values.after, "utf8")) as Facts;
const FIELDS = ["indicator", "value", "unit", "qualifier", "period", "scope", "offset", "headline"] as const;
const parse = (f: string) => Object.fromEntries(f.split("|").map((v, i) => [FIELDS[i], v])) as Record<(typeof FIELDS)[number], string>;

const kinds = new Map<string, { docs: Set<string>; examples: string[] }>();
function note(kind: string, doc: string, example: string): void {
  const k = kinds.get(kind) ?? { docs: new Set(), examples: [] };
  k.docs.add(doc);
  if (k.examples.length < Number(values.show)) k.examples.push(`${doc}: ${example}`);
  kinds.set(kind, k);
}
const context = (doc: string, offset: string): string => {
  if (!values.docs) return "";
  try {
    const text = readFileSync(join(values.docs, doc), "utf8");
    const i = Number(offset);
    return ` «${text.slice(Math.max(0, i - 40), i + 20).replace(/\s+/g, " ")}»`;
  } catch {
    return "";
  }
};

let changedDocs = 0;
for (const doc of Object.keys(before)) {
  if (!(doc in after)) continue;
  const a = new Set(before[doc]);
  const b = new Set(after[doc]);
  const gone = [...a].filter((x) => !b.has(x)).map(parse);
  const come = [...b].filter((x) => !a.has(x)).map(parse);
  if (!gone.length && !come.length) continue;
  changedDocs++;
  for (const g of gone) {
    const twin = come.findIndex((c) => c.offset === g.offset && c.indicator === g.indicator) >= 0
      ? come.findIndex((c) => c.offset === g.offset && c.indicator === g.indicator)
      : come.findIndex((c) => c.offset === g.offset);
    if (twin >= 0) {
      const c = come.splice(twin, 1)[0]!;
      const what = FIELDS.filter((f) => f !== "offset" && g[f] !== c[f]);
      note(`changed ${what.join("+")}`, doc, `${what.map((f) => `${f} ${g[f]}→${c[f]}`).join(", ")} (${c.indicator})${context(doc, c.offset)}`);
    } else note(`removed ${g.indicator}`, doc, `${g.value}${g.unit} ${g.scope}/${g.period}${context(doc, g.offset)}`);
  }
  for (const c of come) note(`added ${c.indicator}`, doc, `${c.value}${c.unit} ${c.scope}/${c.period}${context(doc, c.offset)}`);
}
console.log(`${Object.keys(before).length} documents compared, ${changedDocs} changed`);
for (const [kind, k] of [...kinds].sort((x, y) => y[1].docs.size - x[1].docs.size)) {
  console.log(`\n${kind}: ${k.docs.size} documents`);
  for (const e of k.examples) console.log(`  ${e}`);
}
