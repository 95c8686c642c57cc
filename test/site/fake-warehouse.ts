// THROWAWAY development data: writes Parquet files with pipeline/schema.ts's columns into a temp folder, built from the
// seed reports in data/raw and the hand-checked answers in test/fixtures/seeds.gold.json, plus a few synthetic rows
// that exercise every marking the site has (qualifiers, partial periods, derived and flagged values, a quarantined
// document, a document for an extra year, a province-level report, a report containing "<script>").
// Usage: tsx test/site/fake-warehouse.ts <outDir>   → <outDir>/parquet/*.parquet, <outDir>/export/*.csv, <outDir>/raw
// The real site reads the real pipeline's outputs; this only lets the site be developed before the pipeline exists.
import { DuckDBInstance } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TABLES, columns, createTableSql, type TableName } from "../../pipeline/schema.ts";

const out = resolve(process.argv[2] ?? "test/.tmp/fake-data");
const gold = JSON.parse(readFileSync("test/fixtures/seeds.gold.json", "utf8"));

const AREAS: Record<string, [string, string]> = {
  recon: ["reconsideration", "行政复议"],
  litig: ["litigation", "行政应诉"],
  mediation: ["mediation", "人民调解"],
  petition: ["petition", "信访"],
  enforce: ["enforcement", "行政执法"],
  npc: ["proposals", "建议提案"],
  cppcc: ["proposals", "建议提案"],
};
const NAMES: Record<string, string> = {
  recon_received: "行政复议收案数", recon_accepted: "行政复议受理数", recon_handled: "行政复议办理数",
  recon_concluded: "行政复议审结数", recon_upheld: "维持", recon_rejected: "驳回", recon_revoked: "撤销",
  recon_altered: "变更", recon_confirmed_illegal: "确认违法", recon_ordered_to_perform: "责令履行",
  recon_settled: "调解和解结案数", recon_corrected: "纠错数", recon_correction_rate: "行政复议纠错率",
  recon_settlement_rate: "调解和解率", recon_on_time_rate: "法定期限内结案率", recon_as_respondent: "被复议案件数",
  litig_cases: "行政应诉案件数", litig_concluded: "行政诉讼审结数", litig_lost: "行政诉讼败诉数",
  litig_loss_rate: "行政诉讼败诉率", litig_head_appearance_rate: "负责人出庭应诉率", mediation_cases: "人民调解案件数",
  mediation_succeeded: "调解成功数", mediation_success_rate: "调解成功率", petition_batches: "信访批次",
  petition_persons: "信访人次", enforce_officers: "持证行政执法人员", npc_suggestions: "人大代表建议办理数",
  cppcc_proposals: "政协提案办理数",
};
const isRate = (id: string) => id.endsWith("_rate");
const unitOf = (id: string) => (isRate(id) ? "%" : id === "petition_batches" ? "批" : id === "petition_persons" ? "人次" : id === "enforce_officers" ? "人" : "件");

const indicators = gold.tracked.map((id: string) => {
  const [area, area_zh] = AREAS[id.split("_")[0]];
  return {
    indicator_id: id, area, area_zh, name_zh: NAMES[id], name_en: id.replaceAll("_", " "), unit: unitOf(id),
    kind: isRate(id) ? "rate" : "count", definition: `${NAMES[id]}（开发用假定义）`,
    formula: id === "recon_correction_rate" ? "recon_corrected / recon_concluded × 100" : null,
    higher_is_better: id === "litig_loss_rate" ? false : isRate(id) ? true : null, tracked: true,
  };
});

const documents: any[] = [];
const observations: any[] = [];
const texts: any[] = [];
const jurisdictions = new Map<string, any>();
mkdirSync(join(out, "raw"), { recursive: true });

function sentenceAround(text: string, at: number): string {
  const stops = /[。；;\n]/;
  let s = at;
  while (s > 0 && !stops.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !stops.test(text[e])) e++;
  return text.slice(s, Math.min(e + 1, text.length)).trim();
}

function addDoc(file: string, text: string, meta: any, mentions: any[], headline: any[], tweak?: (o: any, i: number) => void) {
  const doc_id = createHash("sha256").update(text + file).digest("hex").slice(0, 16);
  texts.push({ doc_id, text });
  const j = meta.jurisdiction;
  if (j) {
    const pcode = j.code.slice(0, 2) + "0000";
    jurisdictions.set(j.code, {
      code: j.code, name: j.name, level: j.level, parent_code: j.parent ? j.code.slice(0, 4) + "00" : null,
      parent_name: j.parent ?? null, province_code: pcode, province_name: j.province,
      chain: [j.province, j.parent, j.name].filter(Boolean).filter((x, i, a) => a.indexOf(x) === i).join(" > "),
    });
  }
  let seq = 0;
  let cursor = 0;
  const used = new Set<string>();
  for (const m of mentions) {
    const written = String(m.value);
    let at = text.indexOf(written, cursor);
    if (at < 0) at = text.indexOf(written);
    const isHead = !used.has(m.indicator) && headline.some((h: any) => h.indicator === m.indicator && h.value === m.value) && !m.scope;
    if (isHead) used.add(m.indicator);
    const o: any = {
      obs_id: `${doc_id}:${seq++}`, doc_id, jurisdiction_code: j?.code ?? null, report_year: meta.report_year ?? null,
      indicator_id: m.indicator, value: m.value, unit: unitOf(m.indicator), qualifier: m.qualifier ?? "exact",
      period: m.period ?? "full_year", period_note: m.period ? "上半年" : null, scope: m.scope ?? "jurisdiction",
      scope_note: m.scope ? (m.note ?? null) : null, is_derived: false, is_headline: isHead, flags: "",
      evidence: at >= 0 ? sentenceAround(text, at) : "", char_start: at >= 0 ? at : null,
      char_end: at >= 0 ? at + written.length : null, raw_text: written, rule: "fake.gold", original_value: null, correction: null,
    };
    if (at >= 0) cursor = at + written.length;
    tweak?.(o, seq);
    observations.push(o);
  }
  for (const d of meta.derived ?? []) {
    observations.push({
      obs_id: `${doc_id}:${seq++}`, doc_id, jurisdiction_code: j?.code ?? null, report_year: meta.report_year ?? null,
      indicator_id: d.indicator, value: d.value, unit: "%", qualifier: "exact", period: "full_year", period_note: null,
      scope: "jurisdiction", scope_note: null, is_derived: true, is_headline: !used.has(d.indicator), flags: "",
      evidence: d.why, char_start: null, char_end: null, raw_text: null, rule: "derive.rate", original_value: null, correction: null,
    });
  }
  writeFileSync(join(out, "raw", file), text);
  documents.push({
    doc_id, source_path: `data/raw/${file}`, file_name: file, format: "txt", encoding: "utf-8",
    title: text.split("\n").find((l) => l.includes("报告")) ?? null, jurisdiction_code: j?.code ?? null,
    jurisdiction_name: j?.name ?? null, admin_level: j?.level ?? null, province_name: j?.province ?? null,
    parent_name: j?.parent ?? null, report_year: meta.report_year ?? null, published_on: meta.published_on ?? null,
    issuer: null, char_count: text.length, observation_count: observations.filter((o) => o.doc_id === doc_id).length,
    status: meta.status ?? "ok", status_reason: meta.status_reason ?? null, duplicate_of: null, source_url: null, fetched_at: null,
  });
  return doc_id;
}

for (const d of gold.documents) {
  const text = readFileSync(join("data/raw", d.file), "utf8");
  addDoc(d.file, text, d, d.mentions, d.headline, (o, i) => {
    if (d.file.startsWith("004") && o.indicator_id === "mediation_success_rate") o.flags = "inconsistent_with_counts";
    if (d.file.startsWith("002") && o.indicator_id === "recon_received") o.qualifier = "approx";
    if (d.file.startsWith("003") && o.indicator_id === "recon_concluded" && o.is_headline) { o.period = "partial"; o.period_note = "上半年"; }
    void i;
  });
}
// Another year for two jurisdictions: the same report shifted by one year, values scaled, some missing.
for (const d of gold.documents.slice(0, 2)) {
  const text = readFileSync(join("data/raw", d.file), "utf8").replaceAll(String(d.report_year), String(d.report_year - 1));
  const keep = (m: any, k: number) => k % 3 !== 0;
  addDoc(`prev_${d.file}`, text, { ...d, report_year: d.report_year - 1, published_on: `${d.report_year - 1}-03-15` },
    d.mentions.filter(keep), d.headline.filter(keep));
}
// A province-level report (for the tile map) whose text contains markup that must render as text.
const provText = "湖南省2023年法治政府建设年度报告\n<script>window.__pwned = 1</script><b>不是粗体</b>\n全省各级行政复议机关共收到行政复议申请12345件，受理11000件，审结约10500件。人民调解组织调解纠纷逾30万件，调解成功率98.6%。\n";
addDoc("hunan_2023.txt", provText, {
  jurisdiction: { code: "430000", name: "湖南省", level: "province", province: "湖南省" }, report_year: 2023, published_on: "2024-01-20",
}, [
  { indicator: "recon_received", value: 12345 }, { indicator: "recon_accepted", value: 11000 },
  { indicator: "recon_concluded", value: 10500, qualifier: "approx" }, { indicator: "mediation_success_rate", value: 98.6 },
], [{ indicator: "recon_received", value: 12345 }, { indicator: "recon_accepted", value: 11000 }, { indicator: "recon_concluded", value: 10500 }, { indicator: "mediation_success_rate", value: 98.6 }]);
addDoc("liaoning_2023.txt", "辽宁省2023年法治政府建设情况\n全省共办理人大代表建议900件以上，政协提案800余件。\n", {
  jurisdiction: { code: "210000", name: "辽宁省", level: "province", province: "辽宁省" }, report_year: 2023, published_on: "2024-02-02",
}, [{ indicator: "npc_suggestions", value: 900, qualifier: "at_least" }, { indicator: "cppcc_proposals", value: 800, qualifier: "approx" }],
[{ indicator: "npc_suggestions", value: 900 }, { indicator: "cppcc_proposals", value: 800 }]);
// A quarantined document with no jurisdiction or year.
addDoc("unknown.txt", "某单位工作总结\n本年度共收到来信50件。\n", { status: "quarantined", status_reason: "无法识别地区和年份" }, [], []);

const rows: Record<TableName, any[]> = {
  documents, observations, indicators, jurisdictions: [...jurisdictions.values()], document_texts: texts,
};
mkdirSync(join(out, "parquet"), { recursive: true });
mkdirSync(join(out, "export"), { recursive: true });
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
for (const t of Object.keys(TABLES) as TableName[]) {
  await con.run(createTableSql(t));
  const json = join(out, `${t}.json`);
  writeFileSync(json, JSON.stringify(rows[t]));
  const cols = columns(t).join(", ");
  await con.run(`INSERT INTO ${t} SELECT ${cols} FROM read_json('${json}', format = 'array', columns = {${
    columns(t).map((c) => `${c}: '${/VARCHAR|BOOLEAN|INTEGER|DOUBLE/.exec(createTableSql(t).split(`${c} `)[1])![0]}'`).join(", ")
  }})`);
  await con.run(`COPY ${t} TO '${join(out, "parquet", `${t}.parquet`)}' (FORMAT parquet)`);
}
for (const t of ["documents", "observations"]) {
  const csv = join(out, "export", `${t}.csv`);
  await con.run(`COPY ${t} TO '${csv}' (HEADER, DELIMITER ',')`);
  writeFileSync(csv, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(csv)]));
}
con.closeSync();
db.closeSync();
void copyFileSync;
console.error(`fake warehouse in ${out}: ${documents.length} documents, ${observations.length} observations; files ${readdirSync(join(out, "parquet")).join(", ")}`);
