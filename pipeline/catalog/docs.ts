// docs/indicators.md, generated from the catalog so the documentation cannot drift from the code.
// Regenerate: npm run docs:indicators
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { INDICATORS } from "./indicators.ts";
import { AREAS, type Area } from "./types.ts";

const esc = (s: string) => s.replace(/\|/g, "\\|");

export function indicatorsMarkdown(): string {
  const lines = [
    "# 指标目录 (indicator catalog)",
    "",
    "Generated from `pipeline/catalog/indicators.ts` by `npm run docs:indicators`; do not edit by hand.",
    `${INDICATORS.length} indicators, ${INDICATORS.filter((i) => i.tracked).length} of them tracked by the data contract (marked ●).`,
    "Each indicator's extraction rules live beside its definition in the catalog.",
    "",
  ];
  for (const [area, zh] of Object.entries(AREAS) as [Area, string][]) {
    const list = INDICATORS.filter((i) => i.area === area);
    if (!list.length) continue;
    lines.push(`## ${zh} (${area})`, "", "| id | 中文 | English | unit | definition | formula | higher is better | rules |", "|---|---|---|---|---|---|---|---|");
    for (const i of list) {
      const better = i.higher_is_better === null ? "—" : i.higher_is_better ? "yes" : "no";
      lines.push(`| ${i.tracked ? "● " : ""}\`${i.id}\` | ${esc(i.name_zh)} | ${esc(i.name_en)} | ${i.unit} | ${esc(i.definition)} | ${i.formula ? `\`${esc(i.formula)}\`` : ""} | ${better} | ${i.rules.length + (i.zero?.length ?? 0)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../../docs/indicators.md", import.meta.url), indicatorsMarkdown());
  console.log("wrote docs/indicators.md");
}
