import { missingKind, type MissingKind } from "./format.js";

// Shapes of the JSON files written by src/data/*.json.ts loaders, and small pure helpers over them.

export interface Indicator {
  indicator_id: string;
  area: string;
  area_zh: string;
  name_zh: string;
  name_en: string;
  unit: string;
  kind: string;
  definition: string;
  formula: string | null;
  higher_is_better: boolean | null;
  tracked: boolean;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  parent_name: string | null;
  chain: string | null;
  years: number[];
  doc_count: number;
  value_count: number;
}

export interface DocumentMeta {
  doc_id: string;
  file_name: string;
  title: string | null;
  jurisdiction_code: string | null;
  jurisdiction_name: string | null;
  admin_level: string | null;
  province_name: string | null;
  parent_name: string | null;
  report_year: number | null;
  published_on: string | null;
  status: string;
  status_reason: string | null;
  duplicate_of: string | null;
  char_count: number | null;
  observation_count: number | null;
  headline_count: number;
}

export interface Catalog {
  generated_at: string;
  indicators: Indicator[];
  years: number[];
  stats: Record<string, number>;
  /** comparable values per indicator and year */
  value_counts: { indicator_id: string; year: number; n: number }[];
}

/** Columnar JSON as written by the loaders and src/lib/slices.ts. */
export interface Columnar {
  fields: string[];
  rows: unknown[][];
}

/** Expand {fields, rows} into objects; `constant` fields (the same for every row of the file) are added to each. */
export function rowsOf<T = Record<string, any>>(t: Columnar | null | undefined, constant: Record<string, unknown> = {}): T[] {
  if (!t) return [];
  const { fields, rows } = t;
  return rows.map((r) => {
    const o: Record<string, unknown> = { ...constant };
    for (let i = 0; i < fields.length; i++) o[fields[i]] = r[i];
    return o as T;
  });
}

/** The document a value comes from: obs_id is "<doc_id>:<n>". */
export function docOf(obsId: string | null | undefined): string {
  return obsId ? obsId.slice(0, obsId.lastIndexOf(":")) : "";
}

/**
 * Fetch one per-page slice (src/lib/slices.ts) from the site's root: `region/430203` →
 * _file/data/slices/region/430203.json.gz, gunzipped in the browser. null when there is no such file (HTTP 404).
 */
export function fetchSlice<T = any>(path: string): Promise<T | null> {
  let p = sliceCache.get(path);
  if (!p) {
    p = loadSlice(path);
    sliceCache.set(path, p);
    p.catch(() => sliceCache.delete(path));
  }
  return p as Promise<T | null>;
}
const sliceCache = new Map<string, Promise<unknown>>();

/** Put a slice that came inside another file into the cache, so that fetchSlice(path) does not request it again. */
export function seedSlice(path: string, value: unknown): void {
  if (!sliceCache.has(path)) sliceCache.set(path, Promise.resolve(value));
}

/**
 * Like seedSlice, for a slice on its way inside another file: `value` resolves to the slice, or to null when that file
 * turns out not to hold it (then it is fetched as usual).
 */
export function seedSliceFrom(path: string, value: Promise<unknown>): void {
  if (sliceCache.has(path)) return;
  const p = value.catch(() => null).then((v) => v ?? loadSlice(path));
  sliceCache.set(path, p);
  p.catch(() => sliceCache.delete(path));
}

async function loadSlice(path: string): Promise<unknown> {
  const res = await fetch(`${siteRoot()}_file/data/slices/${path.split("/").map(encodeURIComponent).join("/")}.json.gz`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A server that adds Content-Encoding: gzip for .gz files has already unzipped it.
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text);
}

/** One comparable (headline) value: one per jurisdiction, year and indicator. */
export interface HeadlineValue {
  obs_id: string;
  doc_id: string;
  code: string;
  year: number;
  indicator_id: string;
  value: number;
  unit: string;
  qualifier: string;
  period: string;
  period_note: string | null;
  scope: string;
  is_derived: boolean;
  flags: string;
  evidence: string;
  n_docs: number;
}

export function indicatorGroups(indicators: Indicator[], withData?: Set<string>) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  // Indicators without hand-checked answers (not tracked) are reachable on purpose, in a group of their own.
  const experimental = { label: "实验性（未经核验）", options: [] as { value: string; label: string }[] };
  for (const i of indicators) {
    if (withData && !withData.has(i.indicator_id)) continue;
    if (i.tracked === false) {
      experimental.options.push({ value: i.indicator_id, label: `${i.name_zh}（${i.unit}）· 实验性` });
      continue;
    }
    let g = groups.get(i.area);
    if (!g) groups.set(i.area, (g = { label: i.area_zh, options: [] }));
    g.options.push({ value: i.indicator_id, label: `${i.name_zh}（${i.unit}）` });
  }
  return experimental.options.length ? [...groups.values(), experimental] : [...groups.values()];
}

/** The ids of the indicators the gold sets measure (tracked): the ones default views show. */
export function verifiedIds(indicators: Indicator[]): Set<string> {
  return new Set(indicators.filter((i) => i.tracked !== false).map((i) => i.indicator_id));
}

/** Index values by `${code}|${year}|${indicator}`. */
export function indexValues(values: HeadlineValue[]): Map<string, HeadlineValue> {
  return new Map(values.map((v) => [`${v.code}|${v.year}|${v.indicator_id}`, v]));
}

export function key(code: string, year: number | string, indicator: string): string {
  return `${code}|${year}|${indicator}`;
}

export interface RankRow {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  v: HeadlineValue | null;
  /** when v is null: no report of that place and year (无该年报告) or a report that does not give it (报告未提及) */
  missing?: MissingKind;
}

/**
 * Rows for a ranked bar chart: every jurisdiction given, with its value or null. Valued rows first, in the
 * indicator's "better" order when known (descending otherwise), then the missing ones by name.
 */
export function rankRows(
  jurisdictions: (Pick<Jurisdiction, "code" | "name" | "level" | "province_name"> & { years?: number[] | null })[],
  byKey: Map<string, HeadlineValue>,
  indicator: string,
  year: number,
  higherIsBetter: boolean | null = null,
  { namesSorted = false } = {},
): RankRow[] {
  const rows: RankRow[] = jurisdictions.map((j) => {
    const v = byKey.get(key(j.code, year, indicator)) ?? null;
    return { code: j.code, name: j.name, level: j.level, province_name: j.province_name, v, missing: v ? undefined : missingKind(j.years, year) };
  });
  const dir = higherIsBetter === false ? 1 : -1;
  if (namesSorted) {
    // The jurisdictions are already in name order (sortByName): a stable sort of the valued rows by value keeps
    // that order among equal values, and the missing ones keep it as they are; no string comparison per redraw.
    const valued = rows.filter((r) => r.v).sort((a, b) => dir * (a.v!.value - b.v!.value));
    return valued.concat(rows.filter((r) => !r.v));
  }
  const byName = collator().compare; // one Intl.Collator: localeCompare per pair costs ~0.3 s for 3,000 names
  return rows.sort((a, b) => {
    if (a.v && b.v) return dir * (a.v.value - b.v.value) || byName(a.name, b.name);
    if (a.v) return -1;
    if (b.v) return 1;
    return byName(a.name, b.name);
  });
}

/** The jurisdictions in zh-CN name order (what rankRows uses for ties and the missing rows): sort once per page. */
export function sortByName<J extends { name: string }>(js: J[]): J[] {
  const byName = collator().compare;
  return [...js].sort((a, b) => byName(a.name, b.name));
}

let zhCollator: Intl.Collator | null = null;
function collator(): Intl.Collator {
  return (zhCollator ??= new Intl.Collator("zh-CN"));
}

/** Comparable values per indicator and year (catalog.json's value_counts). */
export interface ValueCount {
  indicator_id: string;
  year: number;
  n: number;
}

/** The first element with the greatest score (d3.greatest without d3), undefined for none. */
function greatest<T>(xs: Iterable<T>, score: (x: T) => number | null | undefined): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const x of xs) {
    const s = score(x);
    if (s == null || Number.isNaN(s)) continue;
    if (best === undefined || s > bestScore) (best = x), (bestScore = s);
  }
  return best;
}

/** An indicator's year with the most comparable values (the latest on a tie). */
export function bestYear(counts: ValueCount[], id: string | null): number | undefined {
  return greatest(counts.filter((c) => c.indicator_id === id), (c) => c.n * 10000 + c.year)?.year;
}

/**
 * The 指标 page's default indicator: the one with the most jurisdictions reporting in its best year, then the most
 * values over all years, the first of `ids` (catalog order) on a tie. The page and the build
 * (src/data/indicator-default.json.ts) both pick with this.
 */
export function defaultIndicator(counts: ValueCount[], ids: string[], verified?: Set<string>): string | null {
  // only a verified indicator (one the gold sets measure) is shown by default; 实验性 ones are chosen on purpose
  const pool = verified && ids.some((id) => verified.has(id)) ? ids.filter((id) => verified.has(id)) : ids;
  const total = new Map<string, number>();
  const most = new Map<string, number>();
  for (const c of counts) {
    total.set(c.indicator_id, (total.get(c.indicator_id) ?? 0) + c.n);
    most.set(c.indicator_id, Math.max(most.get(c.indicator_id) ?? -Infinity, c.n));
  }
  return greatest(pool, (id) => (most.has(id) ? most.get(id)! * 1000 + total.get(id)! : null)) ?? null;
}

/** Filter jurisdictions by province and level ("" = all). */
export function filterJurisdictions<J extends { province_name: string | null; level: string | null }>(js: J[], province: string, level: string): J[] {
  return js.filter((j) => (!province || j.province_name === province) && (!level || j.level === level));
}

/**
 * The way from the current page back to the site's root: "./" on top-level pages, "../" on /region/<code>.html.
 * This module is served from <root>/_import/components/, so its own address gives the root under any sub-path.
 */
export function siteRoot(here: string | null = typeof location === "undefined" ? null : location.pathname, moduleUrl = import.meta.url): string {
  if (here === null) return "./";
  const root = new URL("../../", moduleUrl).pathname;
  if (!here.startsWith(root)) return "./";
  const depth = here.slice(root.length).split("/").length - 1;
  return depth > 0 ? "../".repeat(depth) : "./";
}

/** Links to a top-level page, the document view and a region's own route, relative to the current page. */
export const pageHref = (name: string) => `${siteRoot()}${name}.html`;
export const docHref = (docId: string, obsId?: string) =>
  `${siteRoot()}doc.html?id=${encodeURIComponent(docId)}${obsId ? `&obs=${encodeURIComponent(obsId)}` : ""}`;
export const regionHref = (code: string) => `${siteRoot()}region/${encodeURIComponent(code)}.html`;

/** The jurisdiction code in a region route's path (/…/region/430203.html or /…/region/430203), or "". */
export function routeCode(pathname: string): string {
  const m = pathname.match(/\/region\/([^/]+?)(?:\.html)?$/);
  return m ? decodeURIComponent(m[1]) : "";
}

/**
 * Resolve once the current frame has been painted (a task after the next animation frame; 100 ms in a background
 * tab): work below the fold awaits it after the main chart is in the page, so the chart shows before that work runs.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** A promise that is resolved from outside (e.g. "the main chart is drawn"); `.promise` is awaited, `.resolve()` called. */
export function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The bucket of a document's file name in the docname/<bucket> slices (src/lib/slices.ts): FNV-1a over the name's
 * UTF-16 code units, 64 buckets, two hex digits. The build (Node) and the document view (browser) both call this.
 */
export function nameBucket(fileName: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < fileName.length; i++) {
    h ^= fileName.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 64).toString(16).padStart(2, "0");
}

export interface NewestDoc {
  doc_id: string;
  report_year: number | null;
  published_on: string | null;
}

/**
 * Reports newest first (总览's 最新报告): by the year they are about, then by publication date (a report without a
 * date after those with one), then by id for a stable order.
 */
export function newestFirst<D extends NewestDoc>(docs: D[]): D[] {
  return [...docs].sort((a, b) =>
    (b.report_year ?? -Infinity) - (a.report_year ?? -Infinity) ||
    (b.published_on ?? "").localeCompare(a.published_on ?? "") ||
    a.doc_id.localeCompare(b.doc_id));
}
