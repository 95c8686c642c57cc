// Measures an export against a hand-checked gold file (the format of test/fixtures/seeds.gold.json), so analysts
// can score extraction on reports they annotate themselves. Same matching rules as the team's yardstick:
// mentions matched one-to-one on indicator and value; scope, period and qualifier checked on each match;
// one headline per gold indicator; derived values and inconsistency flags.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

const GoldMention = z.object({
  indicator: z.string(),
  value: z.number(),
  qualifier: z.string().optional(),
  period: z.string().optional(),
  scope: z.string().optional(),
  required: z.boolean().optional(),
  tolerance: z.number().optional(),
  accept: z.array(z.number()).optional(),
  note: z.string().optional(),
});
const GoldDocument = z.object({
  file: z.string(),
  jurisdiction: z.object({ code: z.string(), name: z.string().optional(), level: z.string(), province: z.string().optional(), parent: z.string().optional() }),
  report_year: z.number(),
  published_on: z.string().nullable().optional(),
  mentions: z.array(GoldMention),
  headline: z.array(GoldMention),
  derived: z.array(GoldMention.extend({ why: z.string().default("") })).optional(),
  must_not: z.array(z.object({ indicator: z.string(), value: z.number(), why: z.string().optional() })).optional(),
  /** statements deliberately left open: a reading of one (same value, and indicator when given) is neither right nor wrong */
  ambiguous: z.array(z.object({ value: z.number(), indicator: z.string().optional() }).loose()).optional(),
});
export const GoldFile = z.object({ tracked: z.array(z.string()), documents: z.array(GoldDocument) });
export type GoldFile = z.infer<typeof GoldFile>;

type Row = Record<string, string>;

export interface ScoreReport {
  documents: number;
  found: number;
  metadata: { jurisdiction: number; year: number; level: number };
  mentions: { tp: number; fn: number; fp: number; must_not_hit: number };
  attributes: { checked: number; right: number };
  headline: { gold: number; right: number; wrong: number; missing: number; spurious: number };
  derived: { gold: number; right: number; flagged: number };
  misses: string[];
  summary: { recall: number; precision: number; headline_accuracy: number; attribute_accuracy: number; metadata_accuracy: number };
}

export function readCsv(path: string): Row[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
}

const truthy = (v: string | undefined) => /^(true|t|1|yes)$/i.test(String(v ?? "").trim());
const num = (v: string | undefined) => (v === "" || v == null ? NaN : Number(v));
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
const tolFor = (g: { value: number; tolerance?: number }) => g.tolerance ?? (Number.isInteger(g.value) ? 0 : 0.05);
const ratio = (a: number, b: number) => (b ? a / b : 0);

export function score(gold: GoldFile, docs: Row[], obs: Row[]): ScoreReport {
  const tracked = new Set(gold.tracked);
  const r: ScoreReport = {
    documents: gold.documents.length, found: 0, metadata: { jurisdiction: 0, year: 0, level: 0 },
    mentions: { tp: 0, fn: 0, fp: 0, must_not_hit: 0 }, attributes: { checked: 0, right: 0 },
    headline: { gold: 0, right: 0, wrong: 0, missing: 0, spurious: 0 }, derived: { gold: 0, right: 0, flagged: 0 }, misses: [],
    summary: { recall: 0, precision: 0, headline_accuracy: 0, attribute_accuracy: 0, metadata_accuracy: 0 },
  };
  for (const g of gold.documents) {
    const d = docs.find((x) => basename(x.source_path || "") === g.file);
    if (!d) {
      r.misses.push(`${g.file}: no document row`);
      r.headline.gold += g.headline.length;
      r.headline.missing += g.headline.length;
      r.mentions.fn += g.mentions.filter((m) => m.required !== false).length;
      continue;
    }
    r.found++;
    const meta: [keyof ScoreReport["metadata"], boolean, string][] = [
      ["jurisdiction", d.jurisdiction_code === g.jurisdiction.code, `jurisdiction ${d.jurisdiction_code} != ${g.jurisdiction.code}`],
      ["year", Number(d.report_year) === g.report_year, `year ${d.report_year} != ${g.report_year}`],
      ["level", d.admin_level === g.jurisdiction.level, `level ${d.admin_level} != ${g.jurisdiction.level}`],
    ];
    for (const [k, ok, msg] of meta) ok ? r.metadata[k]++ : r.misses.push(`${g.file}: ${msg}`);

    const mine = obs.filter((o) => o.doc_id === d.doc_id && tracked.has(o.indicator_id));
    const stated = mine.filter((o) => !truthy(o.is_derived));
    const used = new Set<number>();
    for (const m of g.mentions) {
      const k = stated.findIndex((o, i) => !used.has(i) && o.indicator_id === m.indicator && close(num(o.value), m.value, tolFor(m)));
      if (k < 0) {
        if (m.required !== false) (r.mentions.fn++, r.misses.push(`${g.file}: missed ${m.indicator}=${m.value}`));
        continue;
      }
      used.add(k);
      r.mentions.tp++;
      for (const [field, dflt] of [["scope", "jurisdiction"], ["period", "full_year"], ["qualifier", "exact"]] as const) {
        r.attributes.checked++;
        const got = stated[k][field] || dflt;
        const want = m[field] ?? dflt;
        if (got === want) r.attributes.right++;
        else r.misses.push(`${g.file}: ${m.indicator}=${m.value} ${field} ${stated[k][field] || "(empty)"} != ${want}`);
      }
    }
    stated.forEach((o, i) => {
      if (used.has(i)) return;
      if ((g.ambiguous ?? []).some((a) => close(num(o.value), a.value, 0) && (!a.indicator || a.indicator === o.indicator_id))) return;
      r.mentions.fp++;
      const trap = (g.must_not ?? []).some((b) => b.indicator === o.indicator_id && close(num(o.value), b.value, 0));
      if (trap) r.mentions.must_not_hit++;
      r.misses.push(`${g.file}: extra ${o.indicator_id}=${o.value}${trap ? " (a known trap)" : ""}`);
    });
    const heads = mine.filter((o) => truthy(o.is_headline));
    for (const h of g.headline) {
      r.headline.gold++;
      const got = heads.filter((o) => o.indicator_id === h.indicator);
      if (!got.length) (r.headline.missing++, r.misses.push(`${g.file}: no headline ${h.indicator}`));
      else if (got.length === 1 && (h.accept ?? [h.value]).some((v) => close(num(got[0].value), v, tolFor(h))) && (!h.period || got[0].period === h.period)) r.headline.right++;
      else {
        r.headline.wrong++;
        r.misses.push(`${g.file}: headline ${h.indicator} ${got.map((o) => `${o.value}/${o.period || ""}`).join(",")} != ${h.value}${h.period ? `/${h.period}` : ""}`);
      }
    }
    const headIds = new Set(g.headline.map((h) => h.indicator));
    for (const o of heads) if (!headIds.has(o.indicator_id) && !truthy(o.is_derived)) (r.headline.spurious++, r.misses.push(`${g.file}: spurious headline ${o.indicator_id}=${o.value}`));
    for (const x of g.derived ?? []) {
      r.derived.gold++;
      const got = mine.filter((o) => truthy(o.is_derived) && o.indicator_id === x.indicator);
      if (got.some((o) => close(num(o.value), x.value, x.tolerance ?? 0.1))) r.derived.right++;
      else r.misses.push(`${g.file}: derived ${x.indicator} ${got.map((o) => o.value).join(",") || "absent"} != ${x.value}`);
      if (/inconsistent/.test(x.why) && mine.some((o) => o.indicator_id === x.indicator && /inconsistent/.test(o.flags || ""))) r.derived.flagged++;
    }
  }
  const m = r.mentions;
  r.summary = {
    recall: ratio(m.tp, m.tp + m.fn), precision: ratio(m.tp, m.tp + m.fp),
    headline_accuracy: ratio(r.headline.right, r.headline.gold),
    attribute_accuracy: ratio(r.attributes.right, r.attributes.checked),
    metadata_accuracy: ratio(r.metadata.jurisdiction + r.metadata.year + r.metadata.level, 3 * r.documents),
  };
  return r;
}

export function scoreExport(goldPath: string, exportDir: string): ScoreReport {
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  return score(gold, readCsv(join(exportDir, "documents.csv")), readCsv(join(exportDir, "observations.csv")));
}

export function formatReport(r: ScoreReport): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const m = r.mentions;
  return [
    ...r.misses.map((l) => `  ${l}`),
    `documents ${r.found}/${r.documents}  metadata ${pct(r.summary.metadata_accuracy)}%`,
    `mentions  tp ${m.tp} fn ${m.fn} fp ${m.fp} (traps hit ${m.must_not_hit})  recall ${pct(r.summary.recall)}%  precision ${pct(r.summary.precision)}%  attributes ${pct(r.summary.attribute_accuracy)}%`,
    `headline  ${r.headline.right}/${r.headline.gold} right, ${r.headline.wrong} wrong, ${r.headline.missing} missing, ${r.headline.spurious} spurious  derived ${r.derived.right}/${r.derived.gold} (flagged ${r.derived.flagged})`,
    `score headline=${pct(r.summary.headline_accuracy)} recall=${pct(r.summary.recall)} precision=${pct(r.summary.precision)}`,
  ].join("\n");
}
