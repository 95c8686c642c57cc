// 下载此视图: every chart of the 指标, 对比 and 地区 pages offers its data as CSV, and its drawing as SVG and PNG.
//
//   CSV  exactly the rows the chart is drawn from, in the chart's order — places without a value included, named
//        无该年报告 or 报告未提及 — with the columns of 看板数值.csv (src/lib/dashboard-csv.ts) plus 序号 and the
//        行政区划代码: year, value, unit, qualifier, period, scope, the sentence and the report to cite. UTF-8 with a BOM
//        and CRLF (Excel in China opens it as UTF-8), RFC 4180 quoting, and the export's guard against formulas.
//   SVG  the chart's own SVG, standalone (xmlns, fonts named, colours resolved), with the chart's title above it and
//        its notes and 来源 line under it, as text.
//   PNG  that SVG drawn on a canvas at twice its size.
//
// Nothing is requested from another host: the drawing is built in the page, the evidence and the citations come from
// the site's own data slices (src/lib/slices.ts; fetched only when a file is asked for). Every string from a report
// goes into a text node or a CSV field, never into markup. File names are Chinese (指标_行政复议受理数_2023.csv),
// stripped of the characters a file system refuses.
import { docOf, fetchSlice, rowsOf } from "./data.js";
import { liveStatus } from "./dom.js";
import { citationText, evidenceText, flagLabel, flagList, LEVEL_ZH, MISSING_HELP, MISSING_ZH, PERIOD_ZH, qualifierShort, SCOPE_ZH, sourceLabel, type MissingKind, type ValueLike } from "./format.js";

/** The fonts a downloaded drawing names (local CJK fonts only, as the site: nothing is downloaded). */
export const EXPORT_FONT = `'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif`;

/** A value as the charts draw it, with what its CSV row adds (evidence, document) when the page has it. */
export interface ViewValue extends ValueLike {
  year?: number | null;
  obs_id?: string | null;
  doc_id?: string | null;
  evidence?: string | null;
  scope?: string | null;
  n_docs?: number | null;
  doc_title?: string | null;
  doc_year?: number | null;
}

/** One row of a chart's data: a place (and year) with its value, or the kind of its missing value. */
export interface ViewRow {
  code: string | null;
  name: string;
  province_name?: string | null;
  level?: string | null;
  /** the year the chart asks for (a value's own year wins: 各地最新 draws values of different years) */
  year: number | string | null;
  indicator_id: string;
  v: ViewValue | null;
  missing?: MissingKind | null;
  /** a remark of the chart's own for this row (本页地区) */
  note?: string | null;
}

export interface IndicatorInfo {
  indicator_id: string;
  name_zh: string;
  unit?: string | null;
  tracked?: boolean | null;
}

/** How a document is cited (the cite/<province> slices; fewer fields when only its title is known). */
export interface DocCitation {
  doc_id: string;
  title?: string | null;
  issuer?: string | null;
  published_on?: string | null;
  source_url?: string | null;
  file_name?: string | null;
  jurisdiction_name?: string | null;
  report_year?: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** The columns of a downloaded view: 看板数值.csv's, with the row's place in the chart and the place's code. */
export const VIEW_COLUMNS = ["序号", "地区", "行政区划代码", "省份", "级别", "年度", "指标", "数值", "单位", "限定", "时段", "范围", "原文句子", "来源", "备注"] as const;

/** Spreadsheet formula injection: a cell starting with = + - @ TAB CR gets a leading ' (as the pipeline's export). */
export function neutralizeCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One RFC 4180 field: numbers as numbers, text neutralised and quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | null | undefined): string {
  if (v == null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = neutralizeCell(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const withNote = (label: string, note: string | null | undefined) => (note ? `${label}（${note}）` : label);
/** The ▶ the region page puts before its own place's name is a mark of the drawing, not part of the name. */
export const plainName = (name: string) => name.replace(/^▶\s*/, "");

/** The cells of one row, in VIEW_COLUMNS order. */
export function viewCells(
  r: ViewRow,
  index: number,
  { indicators, docs }: { indicators: Map<string, IndicatorInfo>; docs?: Map<string, DocCitation> },
): (string | number | null)[] {
  const info = indicators.get(r.indicator_id);
  const v = r.v;
  const notes: string[] = [];
  if (!v) notes.push(r.missing ? `${MISSING_ZH[r.missing]}：${MISSING_HELP[r.missing]}` : "无数据");
  if (v) {
    for (const f of flagList(v.flags)) notes.push(flagLabel(f));
    if (v.is_derived) notes.push("推算（由报告中的其他数字计算得出）");
    if ((v.n_docs ?? 0) > 1) notes.push(`该地该年共 ${v.n_docs} 份文件给出此指标，按既定顺序取其一`);
  }
  if (info?.tracked === false) notes.push("实验性指标（未经人工核验）");
  if (r.note) notes.push(r.note);
  const docId = v ? v.doc_id || docOf(v.obs_id) : "";
  const doc = docId ? docs?.get(docId) : undefined;
  // the period words of the sentence, unless the value is a later report's figure for this year (its words are that report's)
  const periodNote = flagList(v?.flags).includes("from_later_report") ? null : v?.period_note;
  return [
    index + 1,
    plainName(r.name),
    r.code ?? "",
    r.province_name ?? "",
    r.level ? LEVEL_ZH[r.level] ?? r.level : "",
    v?.year ?? (r.year == null || r.year === "" ? null : Number(r.year)),
    info?.name_zh ?? r.indicator_id,
    v ? v.value : null,
    v ? v.unit ?? info?.unit ?? "" : info?.unit ?? "",
    v ? qualifierShort(v.qualifier) : "",
    v ? withNote(PERIOD_ZH[v.period ?? "full_year"] ?? String(v.period), periodNote) : "",
    v?.scope ? SCOPE_ZH[v.scope] ?? v.scope : "",
    evidenceText(v?.evidence, (id) => indicators.get(id)?.name_zh),
    !v ? "" : doc && (doc.file_name || doc.issuer || doc.source_url) ? citationText(doc) : docId ? sourceLabel({ title: doc?.title ?? v.doc_title, jurisdiction_name: plainName(r.name), report_year: doc?.report_year ?? v.doc_year ?? v.year ?? null, file_name: docId }) : "",
    notes.join("；"),
  ];
}

/** The whole CSV of a view: BOM, header, one CRLF-terminated line per row. */
export function viewCsv(rows: ViewRow[], ctx: { indicators: Map<string, IndicatorInfo>; docs?: Map<string, DocCitation> }): string {
  let out = "\uFEFF" + VIEW_COLUMNS.map(csvField).join(",") + "\r\n";
  rows.forEach((r, i) => (out += viewCells(r, i, ctx).map(csvField).join(",") + "\r\n"));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// File names

/**
 * A file name in Chinese from the page and the view's parts: 指标_行政复议受理数_2023.csv. Characters a file system
 * refuses (/ \ : * ? " < > |, control characters) and white space become _, runs of _ are one, and the name is cut
 * at 80 characters before the extension.
 */
export function viewFileName(parts: (string | number | null | undefined)[], ext: string): string {
  const clean = parts
    .filter((p) => p != null && String(p).trim() !== "")
    .map((p) => plainName(String(p)).replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g, "_").replace(/^[._]+|[._]+$/g, ""))
    .filter(Boolean)
    .join("_")
    .replace(/_+/g, "_");
  const base = [...(clean || "视图")].slice(0, 80).join("").replace(/[._]+$/, "");
  return `${base}.${ext}`;
}

/** "芦淞区" / "芦淞区、邓州市" / "芦淞区等6地": the places of a view, short enough for a file name. */
export function placesPart(names: string[]): string {
  const list = [...new Set(names.map(plainName))];
  if (list.length <= 2) return list.join("、");
  return `${list[0]}等${list.length}地`;
}

// ---------------------------------------------------------------------------------------------------------------
// The rows' evidence and documents

/**
 * Give every value its observation, sentence and document. The ranked and 对比 charts draw values that carry them;
 * the year lines (indicator/<id> slice) and the peers chart (peers/<group>-<year>) draw short values without them,
 * which are looked up here: in the places' own files (region/<code>, a few KB each, cached: the year lines' places
 * keep theirs when the indicator changes) when there are at most 30, else in the year's file of the indicator
 * (indicator/<id>-<year>: one request, however many places). The chart's own numbers are kept.
 */
export async function completeRows(rows: ViewRow[]): Promise<{ rows: ViewRow[]; docs: Map<string, DocCitation> }> {
  const docs = new Map<string, DocCitation>();
  const lacking = rows.filter((r) => r.v && r.code && (!r.v.obs_id || r.v.evidence == null));
  const found = new Map<string, Record<string, any>>(); // code|year|indicator → the value with its evidence
  const k = (code: string, year: unknown, id: string) => `${code}|${year}|${id}`;
  const codes = [...new Set(lacking.map((r) => r.code!))];
  if (codes.length && codes.length <= 30) {
    await Promise.all(codes.map(async (code) => {
      const file = await fetchSlice(`region/${code}`).catch(() => null);
      if (!file) return;
      for (const v of rowsOf(file.values)) found.set(k(code, v.year, v.indicator_id), v);
      for (const d of file.documents ?? []) docs.set(d.doc_id, d);
    }));
  } else if (codes.length) {
    const views = [...new Set(lacking.map((r) => `${r.indicator_id}-${r.v!.year ?? r.year}`))];
    await Promise.all(views.map(async (view) => {
      const file = await fetchSlice(`indicator/${view}`).catch(() => null);
      if (!file) return;
      const [, id, year] = /^(.*)-(\d+)$/.exec(view) ?? [];
      for (const v of rowsOf(file)) found.set(k(v.code, year, id!), v);
      for (const d of rowsOf<DocCitation>(file.docs)) if (!docs.has(d.doc_id)) docs.set(d.doc_id, d);
    }));
  }
  const out = rows.map((r) => {
    if (!r.v) return r;
    const f = r.code ? found.get(k(r.code, r.v.year ?? r.year, r.indicator_id)) : undefined;
    const obs_id = r.v.obs_id ?? f?.obs_id ?? null;
    const doc_id = r.v.doc_id || docOf(obs_id) || null;
    const doc = doc_id ? docs.get(doc_id) : undefined;
    return {
      ...r,
      v: {
        ...r.v,
        year: r.v.year ?? (r.year == null ? null : Number(r.year)),
        obs_id,
        doc_id,
        evidence: r.v.evidence ?? f?.evidence ?? null,
        scope: r.v.scope ?? f?.scope ?? null,
        n_docs: r.v.n_docs ?? f?.n_docs ?? null,
        doc_title: r.v.doc_title ?? doc?.title ?? null,
        doc_year: r.v.doc_year ?? doc?.report_year ?? null,
      },
    };
  });
  return { rows: out, docs };
}

/** The citations of the rows' documents, from the cite/<province> slices of the rows' places (one file a province). */
export async function citationsOf(rows: ViewRow[], known = new Map<string, DocCitation>()): Promise<Map<string, DocCitation>> {
  const docs = new Map(known);
  const provinces = [...new Set(rows.filter((r) => r.v?.doc_id && r.code).map((r) => r.code!.slice(0, 2)))];
  await Promise.all(provinces.map(async (p) => {
    const file = await fetchSlice(`cite/${p}`).catch(() => null);
    for (const d of rowsOf<DocCitation>(file)) docs.set(d.doc_id, d);
  }));
  return docs;
}

/** The 来源 of a chart: each document its values come from, once, in the chart's order (for dom.ts sourceLine). */
export function rowSources(rows: ViewRow[]): { doc_id: string; label: string }[] {
  return rows.filter((r) => r.v?.doc_id).map((r) => ({
    doc_id: r.v!.doc_id!,
    label: sourceLabel({ title: r.v!.doc_title, jurisdiction_name: plainName(r.name), report_year: r.v!.doc_year ?? r.v!.year ?? null }),
  }));
}

/** The CSV text of a view, with its sentences and citations looked up first. */
export async function viewCsvText(rows: ViewRow[], indicators: Iterable<IndicatorInfo>): Promise<string> {
  const done = await completeRows(rows);
  const docs = await citationsOf(done.rows, done.docs);
  return viewCsv(done.rows, { indicators: new Map([...indicators].map((i) => [i.indicator_id, i])), docs });
}

// ---------------------------------------------------------------------------------------------------------------
// SVG and PNG

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number | null | undefined> = {}, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  if (text != null) e.textContent = text;
  return e;
}

/** The chart's drawing: the largest <svg> in the box that is not inside another (Plot's legend swatches are small ones). */
export function chartSvg(box: Element | null | undefined): SVGSVGElement | null {
  if (!box) return null;
  const all = [...(box instanceof SVGSVGElement ? [box] : []), ...box.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg")) as SVGSVGElement[];
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const s of all) {
    const { width, height } = svgSize(s);
    if (width * height > area) (best = s), (area = width * height);
  }
  return best;
}

/** The drawing's own size (its width and height attributes, else its view box), not the size it is shown at. */
function svgSize(svg: SVGSVGElement): { width: number; height: number; x: number; y: number } {
  const vb = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const hasVb = vb.length === 4 && vb.every(Number.isFinite);
  const width = Number(svg.getAttribute("width")) || (hasVb ? vb[2]! : 0) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute("height")) || (hasVb ? vb[3]! : 0) || svg.getBoundingClientRect().height;
  return { width, height, x: hasVb ? vb[0]! : 0, y: hasVb ? vb[1]! : 0 };
}

let measurer: CanvasRenderingContext2D | null | undefined;
/** The width of a text at `size` px in the export's font (measured on a canvas; estimated without one). */
export function textWidth(s: string, size: number, weight = "normal"): number {
  if (measurer === undefined) measurer = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!measurer) return [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? size : size * 0.6), 0);
  measurer.font = `${weight} ${size}px ${EXPORT_FONT}`;
  return measurer.measureText(s).width;
}

/** Lines of at most `width` px at `size` px in the export's font (by character, as CJK wraps). */
export function wrapText(text: string, width: number, size: number, weight = "normal"): string[] {
  const measure = (s: string) => textWidth(s, size, weight);
  const lines: string[] = [];
  for (const para of text.split(/\n/)) {
    let line = "";
    for (const ch of para) {
      if (line && measure(line + ch) > width) {
        // break after the last space or punctuation of a Latin run (an address or a file name) when there is one close by
        const cut = Math.max(line.lastIndexOf(" "), line.lastIndexOf("，"), line.lastIndexOf("、"));
        if (cut > line.length - 12 && cut > 0) {
          lines.push(line.slice(0, cut + 1).trimEnd());
          line = line.slice(cut + 1);
        } else {
          lines.push(line);
          line = "";
        }
      }
      line += ch;
    }
    lines.push(line);
  }
  return lines.filter((l, i) => l !== "" || i === 0);
}

/** What a downloaded drawing says around the chart. */
export interface ExportText {
  title: string;
  /** a second line under the title (the indicator's unit and definition, the places) */
  subtitle?: string | null;
  /** notes drawn under the chart (缺2021年, 图中画出前 40 个…) */
  notes?: string[];
  /** the 来源 line under the chart */
  source?: string | null;
  /** the last line: the site, the page and the day it was downloaded */
  footer?: string | null;
}

/**
 * A standalone SVG of the chart in `box`: the title (and subtitle) above, the chart's drawing at its own size, a
 * colour legend when the chart has one (Plot's categorical colour scale, which Plot draws in HTML), then the notes,
 * the 来源 line and a footer, all as SVG text. null when the box holds no drawing (a chart that is one sentence).
 */
export function exportSvg(box: Element, text: ExportText): SVGSVGElement | null {
  const svg = chartSvg(box);
  if (!svg) return null;
  const size = svgSize(svg);
  const pad = 16;
  const inner = Math.max(Math.ceil(size.width), 360);
  const W = inner + 2 * pad;
  // (the serialiser writes xmlns for an element of the SVG namespace: the file stands alone)
  const root = svgEl("svg", {
    version: "1.1",
    width: W,
    "font-family": EXPORT_FONT,
    "font-size": 12,
    color: "#1f2937",
    fill: "#1f2937",
  }) as SVGSVGElement;
  root.append(svgEl("title", {}, text.title));
  if (text.source) root.append(svgEl("desc", {}, text.source));
  const background = svgEl("rect", { x: 0, y: 0, width: W, fill: "#ffffff" });
  root.append(background);
  let y = pad;
  const lines = (s: string, fontSize: number, attrs: Record<string, string | number>, lineHeight = Math.round(fontSize * 1.45), weight = "normal") => {
    const g = svgEl("g", { "font-size": fontSize, ...attrs });
    for (const line of wrapText(s, inner, fontSize, weight)) {
      y += lineHeight;
      g.append(svgEl("text", { x: pad, y: y - Math.round(lineHeight * 0.28) }, line));
    }
    root.append(g);
  };
  lines(text.title, 16, { "font-weight": 600, "data-role": "title" }, 24, "600");
  if (text.subtitle) lines(text.subtitle, 12, { fill: "#4b5563", "data-role": "subtitle" });
  y += 8;
  // Plot draws a categorical colour legend in HTML beside its SVG: redrawn here as swatches.
  const legend = colorLegend(box);
  if (legend.length) {
    const g = svgEl("g", { "data-role": "legend", "font-size": 12 });
    let x = pad;
    y += 16;
    for (const { label, color } of legend) {
      const w = 14 + Math.ceil(textWidth(label, 12));
      if (x > pad && x + w > pad + inner) (x = pad), (y += 18);
      g.append(svgEl("rect", { x, y: y - 10, width: 10, height: 10, fill: color, rx: 2 }));
      g.append(svgEl("text", { x: x + 14, y: y - 1 }, label));
      x += w + 12;
    }
    root.append(g);
    y += 8;
  }
  // The chart itself: its children moved into a group at its place (a nested <svg> would take Plot's CSS height:auto
  // as 100%), keeping its class so that Plot's own <style> still applies to it.
  const chart = svgEl("g", { "data-role": "chart" });
  for (const a of svg.getAttributeNames()) {
    if (["width", "height", "viewBox", "xmlns", "x", "y", "preserveAspectRatio"].includes(a)) continue;
    chart.setAttribute(a, svg.getAttribute(a)!);
  }
  // the fonts named, and the size the page's style sheet gives the drawing (it wins over the SVG's own attribute)
  chart.setAttribute("font-family", EXPORT_FONT);
  chart.style.fontFamily = EXPORT_FONT;
  const fontSize = getComputedStyle(svg).fontSize;
  if (fontSize) chart.style.fontSize = fontSize;
  chart.setAttribute("transform", `translate(${pad + Math.round((inner - size.width) / 2) - size.x},${y - size.y})`);
  for (const c of svg.childNodes) chart.append(c.cloneNode(true));
  resolveVariables(chart, svg);
  root.append(chart);
  y += Math.ceil(size.height) + 8;
  for (const note of text.notes ?? []) if (note) lines(note, 12, { fill: "#4b5563", "data-role": "note" });
  if (text.source) lines(text.source, 11, { fill: "#4b5563", "data-role": "source" });
  if (text.footer) lines(text.footer, 10, { fill: "#6b7280", "data-role": "footer" });
  y += pad;
  root.setAttribute("height", String(Math.ceil(y)));
  root.setAttribute("viewBox", `0 0 ${W} ${Math.ceil(y)}`);
  background.setAttribute("height", String(Math.ceil(y)));
  return root;
}

/** Plot's categorical colour legend of a chart, if it has one: the figure's color scale (domain → range). */
function colorLegend(box: Element): { label: string; color: string }[] {
  const fig = [box, ...box.querySelectorAll("figure")].find((f) => typeof (f as any).scale === "function") as any;
  const scale = fig?.scale?.("color");
  if (!scale || !Array.isArray(scale.domain) || !Array.isArray(scale.range) || !scale.range.length) return [];
  if (scale.type && !["categorical", "ordinal"].includes(scale.type)) return [];
  return scale.domain.map((d: unknown, i: number) => ({ label: String(d), color: String(scale.range[i % scale.range.length]) }));
}

/** CSS variables (var(--fz-exact)) mean nothing outside the page: replace them with their values in the page. */
function resolveVariables(copy: Element, original: Element): void {
  const style = getComputedStyle(original);
  for (const el of [copy, ...copy.querySelectorAll("*")]) {
    for (const a of el.getAttributeNames()) {
      const v = el.getAttribute(a)!;
      if (v.includes("var(--")) el.setAttribute(a, v.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name, fb) => style.getPropertyValue(name).trim() || fb || "currentColor"));
    }
  }
}

/** The SVG file's text: an XML declaration and the serialised drawing (text escaped by the serialiser). */
export function svgFileText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Canvases are limited (Chromium: 32,767 px a side, about 268 million pixels): the largest scale up to `wanted` that fits. */
export function pngScale(width: number, height: number, wanted = 2): number {
  const fit = Math.min(wanted, 32_000 / Math.max(1, width), 32_000 / Math.max(1, height), Math.sqrt(200e6 / Math.max(1, width * height)));
  return Math.floor(fit * 100) / 100;
}

/** A PNG of an SVG file's text, drawn on a canvas at `scale` times its size over white (no request leaves the page). */
export async function pngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error("canvas.toBlob"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hand a file to the browser's download (an <a download> on a blob: address, removed again). */
export function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

// ---------------------------------------------------------------------------------------------------------------
// The control

export interface ViewSpec {
  /** names the control (data-download) for the page's tests and styles */
  id: string;
  /** 指标, 对比 or 地区: the first part of the file name and of the footer */
  page: string;
  /** the rest of the file name: indicator, year, places */
  name: (string | number | null | undefined)[];
  /** the chart's box: its drawing is looked up when a file is asked for (a redrawn chart is the one downloaded) */
  chart: Element;
  /** the chart's data, in its order */
  rows: ViewRow[] | (() => ViewRow[]);
  indicators: Iterable<IndicatorInfo>;
  title: string;
  subtitle?: string | null;
  /** the 来源 line (an element, whose text is taken when a file is asked for, or its text) */
  source?: Element | string | null | (() => Element | string | null | Promise<Element | string | null>);
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
};

/** The notes under a chart inside its box (a gap note, a note on rows left out of the drawing). */
function chartNotes(box: Element): string[] {
  return [...box.querySelectorAll("p")].filter((p) => !p.closest("svg") && !p.closest(".fz-download")).map((p) => (p.textContent ?? "").trim()).filter(Boolean);
}

async function sourceText(spec: ViewSpec): Promise<string | null> {
  const s = typeof spec.source === "function" ? await spec.source() : spec.source;
  if (s == null) return null;
  return (typeof s === "string" ? s : s.textContent ?? "").replace(/\s+/g, " ").trim() || null;
}

/**
 * 下载此视图: a small disclosure with three buttons (CSV, SVG, PNG) and a status line. The CSV is offered for every
 * chart, the drawings only when the chart is drawn (a chart without values is one sentence, with nothing to draw).
 */
export function downloadControl(spec: ViewSpec): HTMLElement {
  const doc = document;
  const wrap = doc.createElement("div");
  wrap.className = "fz-download";
  wrap.dataset.download = spec.id;
  const details = doc.createElement("details");
  const summary = doc.createElement("summary");
  summary.textContent = "下载此视图";
  summary.title = "下载本图的数据（CSV）或图片（SVG、PNG）";
  const menu = doc.createElement("div");
  menu.className = "fz-download-menu";
  menu.setAttribute("role", "group");
  menu.setAttribute("aria-label", "下载此视图");
  const status = liveStatus("fz-download-status");
  const rows = () => (typeof spec.rows === "function" ? spec.rows() : spec.rows);
  const drawn = () => chartSvg(spec.chart) != null;
  const file = (ext: string) => viewFileName([spec.page, ...spec.name], ext);
  const drawing = async () => {
    const svg = exportSvg(spec.chart, {
      title: spec.title,
      subtitle: spec.subtitle,
      notes: chartNotes(spec.chart),
      source: await sourceText(spec),
      footer: `法治指标 · ${spec.page} · 数据来自各地公开发布的法治政府建设年度报告，请以原文为准 · 下载于${today()}`,
    });
    if (!svg) throw new Error("本图没有数值，没有可下载的图片。");
    return svg;
  };
  const formats: { format: string; label: string; title: string; make: () => Promise<{ blob: Blob; name: string; note?: string }>; needsDrawing?: boolean }[] = [
    {
      format: "csv",
      label: "CSV 数据",
      title: "本图所画的每一行：地区、年度、数值、限定、时段、范围、原文句子和来源（UTF-8，Excel 可直接打开）",
      make: async () => ({ blob: new Blob([await viewCsvText(rows(), spec.indicators)], { type: "text/csv;charset=utf-8" }), name: file("csv") }),
    },
    {
      format: "svg",
      label: "SVG 矢量图",
      title: "本图的矢量图，含标题和来源",
      needsDrawing: true,
      make: async () => ({ blob: new Blob([svgFileText(await drawing())], { type: "image/svg+xml;charset=utf-8" }), name: file("svg") }),
    },
    {
      format: "png",
      label: "PNG 图片",
      title: "本图的图片（2 倍分辨率），含标题和来源",
      needsDrawing: true,
      make: async () => {
        const svg = await drawing();
        const w = Number(svg.getAttribute("width"));
        const h = Number(svg.getAttribute("height"));
        // a chart of thousands of bars is too tall for a canvas at twice its size: as large as fits, and said so
        const scale = pngScale(w, h, 2);
        if (scale < 0.5) throw new Error("图太大，无法生成 PNG，请下载 SVG。");
        return { blob: await pngBlob(svgFileText(svg), w, h, scale), name: file("png"), note: scale < 2 ? `（图较大，按 ${scale} 倍输出）` : "" };
      },
    },
  ];
  const buttons = formats.map((f) => {
    const b = doc.createElement("button");
    b.type = "button";
    b.dataset.format = f.format;
    b.textContent = f.label;
    b.title = f.title;
    b.addEventListener("click", async () => {
      if (f.needsDrawing && !drawn()) {
        status.textContent = "本图没有数值，没有可下载的图片；可下载 CSV。";
        return;
      }
      b.disabled = true;
      status.textContent = "正在准备……";
      try {
        const { blob, name, note } = await f.make();
        saveFile(blob, name);
        status.textContent = `已下载 ${name}${note ?? ""}`;
        status.dataset.file = name;
      } catch (e) {
        status.textContent = `下载失败：${e instanceof Error ? e.message : String(e)}`;
      } finally {
        b.disabled = false;
      }
    });
    return b;
  });
  // the drawings are offered only while there is one (checked each time the menu opens: a chart can be redrawn)
  details.addEventListener("toggle", () => {
    const has = drawn();
    for (const [i, f] of formats.entries()) if (f.needsDrawing) buttons[i]!.hidden = !has;
  });
  menu.append(...buttons);
  details.append(summary, menu);
  wrap.append(details, status);
  return wrap;
}
