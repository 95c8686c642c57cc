// Per-page data slices (Node only). The region, document and indicator views (region/<code>.html, doc.html?id=…,
// indicator.html?i=…&y=…) fetch one small JSON file each at run time instead of one big file:
//
//   slices/region/<code>.json.gz          one jurisdiction: its record, documents, comparable values with evidence, peers
//                                         (and the peer group's values in the year its page opens on)
//   slices/medians/<group>.json.gz        per indicator and year, the median of a level in a province and in the country
//   slices/peers/<group>-<year>.json.gz   comparable values (no evidence) of one peer group (province × level) in a year,
//                                         each with the index of its document in the file's `docs` (for the 来源 line)
//   slices/indicator/<id>.json.gz         one indicator's comparable values over all years, short (for the year lines)
//   slices/indicator/<id>-<year>.json.gz  the same for one year, complete, with evidence and the documents' titles
//   slices/doc/<doc_id>.json.gz           one document: metadata, normalized text, every observation
//   slices/coverage/<province>.json.gz    the 总览 matrix for one province: its jurisdictions × years → documents
//                                         (coverage/all.json.gz too when there are at most 300 jurisdictions)
//   slices/docname/<bucket>.json.gz      file name → document id (doc.html?id=<file name>), one bucket of names per file
//   slices/cite/<province>.json.gz        how to cite each document a comparable value of the province's places comes
//                                         from (title, issuer, date, address, file): read only when a view is
//                                         downloaded (components/download.ts), never for drawing
//
// The files are gzipped JSON, unzipped in the browser (DecompressionStream; components/data.ts fetchSlice): any
// static server works without configuration and dist/ stays small (10,000 reports: ≈14,000 files). Tables are
// columnar ({fields, rows}; components/data.ts rowsOf), and fields that are the same for the whole file (the
// jurisdiction, the year, the document) are left out of the rows.
//
// `npm run build` writes all of them in one DuckDB session after Framework's build (scripts/postbuild.ts →
// writeSlices) into dist/_file/data/slices/; under `npm run dev` the parameterized loader
// src/data/slices/[kind]/[name].json.gz.ts produces the same file on request at the same URL. Both call the
// functions below, so the two never differ.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { DOC_COLUMNS, documents, headlineSql, jurisdictions } from "./site-data.ts";
import { openWarehouse, sqlString, type Warehouse } from "./warehouse.ts";
import { groupMedians, type GroupStat } from "../components/stats.ts";
import { nameBucket } from "../components/data.ts";

export const SAFE_ID = /^[0-9A-Za-z_-]+$/;

type Row = Record<string, any>;
type Files = Map<string, unknown>;

/** The peer group of a jurisdiction: same province (first two digits of the code) and administrative level. */
export function peerGroup(j: { code: string; level: string | null }): string {
  return `${String(j.code).slice(0, 2)}-${j.level ?? "na"}`;
}

/** Columnar JSON: {fields, rows} is a third of the size of an array of objects; the page expands it (data.ts). */
function columnar(rows: Row[], fields: string[]) {
  return { fields, rows: rows.map((r) => fields.map((f) => r[f] ?? null)) };
}

/** Comparable values: the region page's (jurisdiction implied; doc_id is the part of obs_id before the colon). */
const REGION_VALUE_FIELDS = ["year", "indicator_id", "value", "unit", "qualifier", "period", "period_note", "scope", "is_derived", "flags", "n_docs", "obs_id", "evidence"];
/** One peer group in one year (year implied), no evidence; `doc` is the value's document, an index into the file's docs. */
const PEER_FIELDS = ["code", "indicator_id", "value", "unit", "qualifier", "period", "period_note", "scope", "is_derived", "flags", "n_docs", "doc"];
/** One indicator over the years (indicator implied): what a line chart needs. */
// (with the scope: the 指标 page's change since the previous year compares only values of the same scope)
const SERIES_FIELDS = ["code", "year", "value", "unit", "qualifier", "period", "period_note", "scope", "is_derived", "flags"];
/** One indicator in one year (indicator and year implied), complete. */
const YEAR_FIELDS = ["code", "value", "unit", "qualifier", "period", "period_note", "scope", "is_derived", "flags", "n_docs", "obs_id", "evidence"];
const DOC_OBS_OMIT = new Set(["doc_id", "jurisdiction_code", "report_year"]);

/** The documents comparable values come from: doc_id → [title, report_year] (the 来源 line under a chart names them). */
type DocInfo = Map<string, [string | null, number | null]>;
async function docInfo(wh: Warehouse): Promise<DocInfo> {
  const rows = await wh.all<{ doc_id: string; title: string | null; report_year: number | null }>(
    `SELECT doc_id, title, report_year FROM documents WHERE doc_id IN (SELECT doc_id FROM comparable)`,
  );
  return new Map(rows.map((r) => [r.doc_id, [r.title, r.report_year]]));
}

/**
 * Columnar values with the table of the documents they come from, `docs` ({fields: [doc_id, title, report_year]},
 * in doc_id order); a `doc` field in `fields` is filled with the index of the value's document in it.
 */
function withDocs(values: Row[], fields: string[], info: DocInfo) {
  const ids = [...new Set(values.map((v) => v.doc_id as string))].sort();
  const index = new Map(ids.map((d, i) => [d, i]));
  const rows = fields.includes("doc") ? values.map((v) => ({ ...v, doc: index.get(v.doc_id) })) : values;
  return {
    ...columnar(rows, fields),
    docs: { fields: ["doc_id", "title", "report_year"], rows: ids.map((d) => [d, ...(info.get(d) ?? [null, null])]) },
  };
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** region/<code>.json and the peers/<group>-<year>.json files its page needs (all regions when `code` is absent). */
export async function regionFiles(wh: Warehouse, code?: string): Promise<Files> {
  const files: Files = new Map();
  const all = (await jurisdictions(wh)) as Row[];
  const groups = groupBy(all, (j) => peerGroup(j as any));
  const wanted = code ? all.filter((j) => j.code === code) : all;
  const wantedGroups = new Set(wanted.map((j) => peerGroup(j as any)));
  const groupCodes = [...wantedGroups].flatMap((g) => groups.get(g)!.map((j) => j.code as string));
  const inGroups = code ? `code IN (${groupCodes.map(sqlString).join(", ") || "NULL"})` : "TRUE";
  const values = (await wh.all(headlineSql(inGroups))) as Row[];
  const valuesByCode = groupBy(values, (v) => v.code);
  const docs = (await documents(wh, code ? `d.jurisdiction_code = ${sqlString(code)}` : "d.jurisdiction_code IS NOT NULL")) as Row[];
  const info = await docInfo(wh);
  const docsByCode = groupBy(docs, (d) => d.jurisdiction_code);
  // The medians of the region pages' small charts: every place of the same level, in the province and in the country
  // (one region's file under npm run dev needs the whole level's values, not only its peer group's).
  const levelOf = new Map(all.map((j) => [j.code as string, (j.level ?? "na") as string]));
  const wantedLevels = new Set(wanted.map((j) => (j.level ?? "na") as string));
  const levelValues = code
    ? ((await wh.all(headlineSql(`code IN (${all.filter((j) => wantedLevels.has((j.level ?? "na") as string)).map((j) => sqlString(j.code)).join(", ") || "NULL"})`))) as Row[])
    : values;
  const stats = levelMedianStats(levelValues, levelOf);
  const national = new Map<string, [string, number, GroupStat][]>(); // level → its country-wide medians
  for (const [k, st] of stats) {
    const [l, p, id, year] = k.split("|");
    if (p !== "*") continue;
    if (!national.has(l!)) national.set(l!, []);
    national.get(l!)!.push([id!, Number(year), st]);
  }
  const reported = reportedCounts(all);
  for (const j of wanted) {
    if (!SAFE_ID.test(j.code)) continue;
    const group = peerGroup(j as any);
    const members = groups.get(group)!;
    const peerYears = [...new Set(members.flatMap((m) => (valuesByCode.get(m.code) ?? []).map((v) => v.year as number)))].sort();
    const own = valuesByCode.get(j.code) ?? [];
    // The year the page opens on (the latest with a value of its own, else the group's latest): that year's
    // peers/<group>-<year> table rides along, so the page draws its chart after one request instead of two.
    const firstYear = own.length ? Math.max(...own.map((v) => v.year as number)) : peerYears.at(-1);
    const firstPeers = firstYear == null ? [] : members.flatMap((m) => (valuesByCode.get(m.code) ?? []).filter((v) => v.year === firstYear));
    files.set(`region/${j.code}.json`, {
      jurisdiction: j,
      documents: docsByCode.get(j.code) ?? [],
      values: columnar(own, REGION_VALUE_FIELDS),
      peer_group: group,
      peer_years: peerYears,
      // with the years each peer has reports for: a missing value is 无该年报告 or 报告未提及
      peers: columnar(members.filter((m) => m.code !== j.code), ["code", "name", "years"]),
      // the same table as peers/<peer_group>-<year>.json
      peer_values: firstYear == null || !firstPeers.length ? null : { year: firstYear, ...withDocs(firstPeers, PEER_FIELDS, info) },
      // per indicator of its own and year: the median of its level in its province and in the country (components/stats.ts)
    });
  }
  for (const g of wantedGroups) {
    const members = groups.get(g)!;
    files.set(`medians/${g}.json`, groupMedianFile(members[0]!, stats, national, reported));
    const vs = members.flatMap((m) => valuesByCode.get(m.code) ?? []);
    for (const [year, list] of groupBy(vs, (v) => String(v.year))) files.set(`peers/${g}-${year}.json`, withDocs(list, PEER_FIELDS, info));
  }
  return files;
}

/** Medians of plain values by level × province × indicator × year ("county|43|recon_received|2023") and level × indicator × year ("county|*|…"). */
function levelMedianStats(values: Row[], levelOf: Map<string, string>): Map<string, GroupStat> {
  return groupMedians(values as any[], (v: Row) => {
    const level = levelOf.get(v.code);
    if (!level) return null;
    return [`${level}|${String(v.code).slice(0, 2)}|${v.indicator_id}|${v.year}`, `${level}|*|${v.indicator_id}|${v.year}`];
  });
}

/** How many places of a level have an ok report of a year, in each province and in the country ("county|43|2023", "county|*|2023"). */
function reportedCounts(all: Row[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const j of all) {
    for (const y of (j.years ?? []) as number[]) {
      for (const k of [`${j.level ?? "na"}|${String(j.code).slice(0, 2)}|${y}`, `${j.level ?? "na"}|*|${y}`]) m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

export const MEDIAN_FIELDS = ["indicator_id", "year", "prov_median", "prov_n", "prov_excluded", "prov_reported", "nat_median", "nat_n", "nat_excluded", "nat_reported"];

/**
 * medians/<group>.json (the group of src/lib/slices.ts peerGroup: province × level): per indicator and year that the
 * level has a value of anywhere, the median of the level's plain values in the province and in the country, how many
 * places each is over, how many values were left out, and how many places of the level had a report that year. Read
 * by the region page's small charts below its first chart, so that the region's own file stays as small as it was.
 */
function groupMedianFile(j: Row, stats: Map<string, GroupStat>, national: Map<string, [string, number, GroupStat][]>, reported: Map<string, number>) {
  const level = (j.level ?? "na") as string;
  const prov = String(j.code).slice(0, 2);
  const r2 = (x: number | null) => (x == null ? null : Math.round(x * 100) / 100);
  const rows: unknown[][] = [];
  for (const [id, year, nat] of national.get(level) ?? []) {
    const pr = stats.get(`${level}|${prov}|${id}|${year}`);
    rows.push([id, year, r2(pr?.median ?? null), pr?.n ?? 0, pr?.excluded ?? 0, reported.get(`${level}|${prov}|${year}`) ?? 0,
      r2(nat.median), nat.n, nat.excluded, reported.get(`${level}|*|${year}`) ?? 0]);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || (a[1] as number) - (b[1] as number));
  return { fields: MEDIAN_FIELDS, rows };
}

/**
 * docname/<bucket>.json: file name → document, so that doc.html?id=<file name> finds its report. One small file per
 * bucket of names (components/data.ts nameBucket), whatever the number of documents; several documents can share a
 * file name (one per folder): the page lists them.
 */
export async function docNameFiles(wh: Warehouse, bucket?: string): Promise<Files> {
  const files: Files = new Map();
  const rows = (await wh.all(`SELECT file_name, doc_id, title, jurisdiction_name, report_year, status FROM documents ORDER BY file_name, doc_id`)) as Row[];
  for (const [b, list] of groupBy(rows, (r) => nameBucket(String(r.file_name)))) {
    if (bucket && b !== bucket) continue;
    files.set(`docname/${b}.json`, columnar(list, ["file_name", "doc_id", "title", "jurisdiction_name", "report_year", "status"]));
  }
  return files;
}

/** indicator/<id>.json (all years, no evidence) and indicator/<id>-<year>.json (one year, with evidence). */
export async function indicatorFiles(wh: Warehouse, id?: string): Promise<Files> {
  const files: Files = new Map();
  const values = (await wh.all(headlineSql(id ? `indicator_id = ${sqlString(id)}` : "TRUE"))) as Row[];
  const info = await docInfo(wh);
  for (const [ind, list] of groupBy(values, (v) => v.indicator_id)) {
    if (!SAFE_ID.test(ind)) continue;
    files.set(`indicator/${ind}.json`, columnar(list, SERIES_FIELDS));
    for (const [year, vs] of groupBy(list, (v) => String(v.year))) files.set(`indicator/${ind}-${year}.json`, withDocs(vs, YEAR_FIELDS, info));
  }
  return files;
}

/**
 * doc/<doc_id>.json: metadata, normalized text and every observation, for one document (`id`), a list of them, or
 * all. writeSlices asks for batches, so memory does not grow with the corpus (every text of 100,000 reports is ≈1 GB).
 */
export async function docFiles(wh: Warehouse, id?: string | string[]): Promise<Files> {
  const files: Files = new Map();
  const ids = id == null ? null : Array.isArray(id) ? id : [id];
  const inList = (col: string) => (ids ? `${col} IN (${ids.map(sqlString).join(", ") || "NULL"})` : "TRUE");
  const docs = (await wh.all(`SELECT ${DOC_COLUMNS} FROM documents d WHERE ${inList("d.doc_id")}`)) as Row[];
  const texts = new Map<string, string>();
  if (wh.has("document_texts")) {
    for (const t of await wh.all<{ doc_id: string; text: string }>(
      `SELECT doc_id, any_value(text) AS text FROM document_texts WHERE ${inList("doc_id")} GROUP BY 1`,
    )) texts.set(t.doc_id, t.text);
  }
  const obs = (await wh.all(`SELECT o.*, i.name_zh, i.area_zh
    FROM observations o LEFT JOIN (SELECT DISTINCT ON (indicator_id) indicator_id, name_zh, area_zh FROM indicators) i USING (indicator_id)
    WHERE ${inList("o.doc_id")}
    ORDER BY o.doc_id, o.char_start NULLS LAST, o.obs_id`)) as Row[];
  const obsByDoc = groupBy(obs, (o) => o.doc_id);
  for (const d of docs) {
    if (!SAFE_ID.test(d.doc_id)) continue;
    const observations = obsByDoc.get(d.doc_id) ?? [];
    const headline_count = observations.filter((o) => o.is_headline).length;
    const fields = observations.length ? Object.keys(observations[0]).filter((f) => !DOC_OBS_OMIT.has(f)) : [];
    files.set(`doc/${d.doc_id}.json`, { document: { ...d, headline_count }, text: texts.get(d.doc_id) ?? null, observations: columnar(observations, fields) });
  }
  return files;
}

const DOC_BATCH = 1000;

export function gzipJson(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value), { level: 6 });
}

export const COVERAGE_ALL_MAX = 300;

/** coverage/<2-digit province>.json (and coverage/all.json for small warehouses): jurisdictions × years → doc_ids. */
export async function coverageFiles(wh: Warehouse, province?: string): Promise<Files> {
  const files: Files = new Map();
  const js = ((await jurisdictions(wh)) as Row[]).filter((j) => SAFE_ID.test(String(j.code).slice(0, 2)));
  const docs = await wh.all<{ code: string; year: number; ids: string[] }>(`SELECT jurisdiction_code AS code, report_year AS year,
      list(doc_id ORDER BY published_on DESC NULLS LAST, doc_id) AS ids
    FROM documents WHERE status = 'ok' AND jurisdiction_code IS NOT NULL AND report_year IS NOT NULL GROUP BY ALL
    ORDER BY code, year`); // in order: the build's file and the dev server's are the same (groups come in any order)
  const byCode = groupBy(docs, (d) => d.code);
  const entry = (j: Row) => ({ ...j, docs: (byCode.get(j.code) ?? []).map((d) => [d.year, ...d.ids]) });
  const fields = ["code", "name", "level", "province_name", "docs"];
  for (const [p, list] of groupBy(js, (j) => String(j.code).slice(0, 2))) {
    if (province && p !== province) continue;
    files.set(`coverage/${p}.json`, columnar(list.map(entry), fields));
  }
  if (js.length <= COVERAGE_ALL_MAX && (!province || province === "all")) files.set("coverage/all.json", columnar(js.map(entry), fields));
  return files;
}

const CITE_FIELDS = ["doc_id", "title", "issuer", "published_on", "source_url", "file_name", "jurisdiction_name", "report_year"];

/**
 * cite/<2-digit province>.json: the citation of every document that gives a comparable value of a place in the
 * province (the 来源 column of a downloaded view, written like 看板数值.csv's: components/format.ts citationText).
 */
export async function citeFiles(wh: Warehouse, province?: string): Promise<Files> {
  const files: Files = new Map();
  const rows = (await wh.all(`SELECT d.doc_id, d.title, d.issuer, d.published_on, d.source_url, d.file_name, d.jurisdiction_name,
      d.report_year, left(c.code, 2) AS province
    FROM documents d JOIN (SELECT DISTINCT doc_id, jurisdiction_code AS code FROM comparable) c USING (doc_id)
    ORDER BY province, d.doc_id`)) as Row[];
  for (const [p, list] of groupBy(rows, (r) => String(r.province))) {
    if (!SAFE_ID.test(p) || (province && p !== province)) continue;
    const seen = new Set<string>();
    files.set(`cite/${p}.json`, columnar(list.filter((r) => !seen.has(r.doc_id) && seen.add(r.doc_id)), CITE_FIELDS));
  }
  return files;
}

/** Write every slice under `outDir` (dist/_file/data/slices). Returns the number of files and bytes written. */
export async function writeSlices(outDir: string): Promise<{ files: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  const wh = await openWarehouse();
  let files = 0;
  let bytes = 0;
  const write = (m: Files) => {
    for (const [rel, value] of m) {
      const file = join(outDir, `${rel}.gz`);
      mkdirSync(dirname(file), { recursive: true });
      const gz = gzipJson(value);
      writeFileSync(file, gz);
      files++;
      bytes += gz.length;
    }
  };
  try {
    write(await regionFiles(wh));
    write(await indicatorFiles(wh));
    write(await coverageFiles(wh));
    write(await citeFiles(wh));
    write(await docNameFiles(wh));
    const ids = (await wh.all<{ doc_id: string }>("SELECT doc_id FROM documents ORDER BY doc_id")).map((d) => d.doc_id);
    for (let i = 0; i < ids.length; i += DOC_BATCH) write(await docFiles(wh, ids.slice(i, i + DOC_BATCH)));
  } finally {
    wh.close();
  }
  return { files, bytes, ms: Math.round(performance.now() - t0) };
}

/** One slice by kind and name, without .json.gz (the dev-server loader src/data/slices/[kind]/[name].json.gz.ts). */
export async function sliceFile(wh: Warehouse, kind: string, name: string): Promise<unknown> {
  let files: Files;
  if (kind === "region") files = await regionFiles(wh, name);
  else if (kind === "doc") files = await docFiles(wh, name);
  else if (kind === "coverage") files = await coverageFiles(wh, name);
  else if (kind === "cite") files = await citeFiles(wh, name);
  else if (kind === "docname") files = await docNameFiles(wh, name);
  else if (kind === "indicator") files = await indicatorFiles(wh, name.replace(/-\d{4}$/, ""));
  else if (kind === "peers" || kind === "medians") {
    // peers/<group>-<year>, medians/<group>: the files of any member of the group
    const member = ((await jurisdictions(wh)) as Row[]).find((j) => (kind === "medians" ? peerGroup(j as any) === name : name.startsWith(`${peerGroup(j as any)}-`)));
    files = member ? await regionFiles(wh, member.code) : new Map();
  } else throw new Error(`unknown slice kind ${kind}`);
  const file = files.get(`${kind}/${name}.json`);
  if (file === undefined) throw new Error(`no slice ${kind}/${name}.json`);
  return file;
}
