// HTML → main-content text, tables and metadata, with cheerio (libraries.md §5).
// 1. metadata from the whole page (meta tags, 发布日期/来源 lines, h1/.title, <title> minus the site suffix);
// 2. drop chrome: tags (nav/header/footer/script/…), chrome class/id names, blocks whose text is a chrome signature
//    (当前位置, 分享到, 【打印本页】【关闭窗口】, 相关文章, 版权所有/ICP备/网站标识码, 浏览次数/字体);
// 3. main content: the CMS container with the most Han characters, else a Han text-density pick over block elements;
// 4. render blocks to lines (p/div/br/li/tr → newline; data tables → cells joined by "\t"), then the line filter.
import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { anyOf, countHan, findHost, findPublishedOn, findSource, parseDate, stripChromeLines, trimLine, type TextMeta } from "./boilerplate.js";
import { decodeBytes } from "./decode.js";

export interface HtmlContent {
  text: string;
  encoding: string;
  meta: TextMeta;
  tables: string[][][];
}

// ---------------------------------------------------------------- charset

/** Charset declared in the first 16 KB: <meta charset>, <meta http-equiv content="…; charset=…">, or an XML declaration. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // One character per byte. Buffer's latin1 (ISO-8859-1), not TextDecoder's (windows-1252, 30× slower): they differ
  // only at 0x80–0x9F, where neither gives an ASCII character, a space or a quote, which is all the patterns look at.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16384)).toString("latin1");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.\-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  return null;
}

// ---------------------------------------------------------------- rendering

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
  "td", "th", "ul", "legend", "option",
]);
const SKIP_TAGS = new Set([
  "script", "style", "noscript", "iframe", "template", "head", "title", "meta", "link", "object", "embed", "svg", "canvas",
  "button", "select", "input", "textarea", "map", "audio", "video", "img",
]);

const BREAK = "\n";
/** Marks whitespace that contained a line break in the source: dropped next to a CJK character, else a space. */
const SOFT = "\u0001";
const CJK = String.raw`\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026`;
const SOFT_AFTER_CJK = new RegExp(`([${CJK}])\u0001+`, "g");
const SOFT_BEFORE_CJK = new RegExp(`\u0001+(?=[${CJK}])`, "g");

function isElement(node: AnyNode): node is Element {
  return (node.type === "tag" || node.type === "script" || node.type === "style") && "name" in node;
}

function normalizeWs(data: string): string {
  return data
    .replace(/[ \t\f\r\n]*[\r\n][ \t\f\r\n]*/g, SOFT)
    .replace(/[ \t\f]+/g, " ")
    .replace(/\u00a0/g, " ");
}

interface RenderState {
  parts: string[];
  tables: string[][][];
  collectTables: boolean;
  /** Inside <pre>: source line breaks are line breaks. */
  pre?: boolean;
}

function elementText(el: Element): string {
  const st: RenderState = { parts: [], tables: [], collectTables: false };
  for (const c of el.children) walk(c, st);
  return finishLines(st.parts.join("")).join(" ");
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (n: AnyNode) => {
    if (!isElement(n)) return;
    if (n.name === "tr") {
      rows.push(n);
      return;
    }
    if (n !== table && n.name === "table") return;
    for (const c of n.children) visit(c);
  };
  visit(table);
  return rows;
}

function rowCells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && (c.name === "td" || c.name === "th"));
}

function hasNestedTable(table: Element): boolean {
  const find = (n: AnyNode): boolean =>
    isElement(n) && n.children.some((c) => isElement(c) && (c.name === "table" || find(c)));
  return find(table);
}

/** A table that holds data (cells in a grid) rather than page layout. */
function isDataTable(table: Element): boolean {
  if (hasNestedTable(table)) return false;
  const rows = tableRows(table);
  // At least two rows of two or more cells: a one-row table is a layout strip (logo | menu, 来源 | 日期).
  if (rows.filter((r) => rowCells(r).length >= 2).length < 2) return false;
  let cells = 0;
  let chars = 0;
  for (const r of rows)
    for (const c of rowCells(r)) {
      cells++;
      chars += elementText(c).length;
    }
  return cells > 0 && chars / cells <= 200;
}

function renderTable(table: Element, st: RenderState): void {
  const rows: string[][] = [];
  for (const tr of tableRows(table)) {
    const cells = rowCells(tr).map((c) => elementText(c).replace(/\t/g, " "));
    if (cells.every((c) => c === "")) continue;
    rows.push(cells);
  }
  if (!rows.length) return;
  if (st.collectTables) st.tables.push(rows);
  st.parts.push(BREAK);
  for (const r of rows) st.parts.push(r.join("\t"), BREAK);
}

function walk(node: AnyNode, st: RenderState): void {
  if (node.type === "text") {
    const data = (node as unknown as { data: string }).data;
    st.parts.push(st.pre ? data.replace(/\r\n?/g, "\n").replace(/[ \t\f]+/g, " ") : normalizeWs(data));
    return;
  }
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (SKIP_TAGS.has(name)) return;
  if (name === "pre" && !st.pre) {
    st.pre = true;
    st.parts.push(BREAK);
    for (const c of node.children) walk(c, st);
    st.parts.push(BREAK);
    st.pre = false;
    return;
  }
  if (name === "br") {
    st.parts.push(BREAK);
    return;
  }
  if (name === "table" && isDataTable(node)) {
    renderTable(node, st);
    return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) st.parts.push(BREAK);
  for (const c of node.children) walk(c, st);
  if (block) st.parts.push(BREAK);
}

function finishLine(l: string): string {
  // (most pieces between breaks are empty or hold no soft break)
  if (l.includes(SOFT)) l = l.replace(SOFT_AFTER_CJK, "$1").replace(SOFT_BEFORE_CJK, "").replace(/\u0001+/g, " ");
  return trimLine(l.replace(/ {2,}/g, " "));
}

function finishLines(joined: string): string[] {
  const lines: string[] = [];
  for (const piece of joined.split(BREAK)) {
    const l = piece && finishLine(piece);
    if (l) lines.push(l);
  }
  return lines;
}

/** Renders nodes to text lines; data tables become rows of "\t"-joined cells and are returned separately too. */
export function renderLines(nodes: AnyNode[]): { lines: string[]; tables: string[][][] } {
  const st: RenderState = { parts: [], tables: [], collectTables: true };
  for (const n of nodes) walk(n, st);
  return { lines: finishLines(st.parts.join("")), tables: st.tables };
}

// ---------------------------------------------------------------- chrome removal

const CHROME_TAGS = new Set([
  "script", "style", "noscript", "iframe", "template", "nav", "header", "footer", "aside", "button", "select", "input",
  "textarea", "object", "embed", "svg", "canvas", "map",
]);
const CHROME_ATTR =
  /(^|[\s_-])(nav|navbar|navi|menu|topbar|top-?nav|header|footer|foot|bottom|breadcrumbs?|crumbs?|bread|position|location|weizhi|dqwz|share|bdshare|bdsharebuttonbox|fenxiang|sidebar|side|sidenav|aside|related|relate|xgwz|xgxx|xglj|copyright|banquan|print|toolbar|tools|search|login|qrcode|ewm|friendlink|yqlj)(\d*)($|[\s_-])/i;

interface Signature {
  re: RegExp;
  /** Largest block (in characters) that may be removed for this signature. */
  max: number;
}
const SIGNATURES: Signature[] = [
  { re: /^(当前位置|您的位置|您现在的位置|你现在的位置|所在位置|当前的位置)/, max: 300 },
  { re: /分享到/, max: 300 },
  { re: /打印本页|关闭窗口|打印此页|关闭本页|保存本页|打印文章/, max: 300 },
  { re: /^相关(文章|链接|阅读|新闻|信息|稿件|文件|推荐)/, max: 1500 },
  { re: /版权所有|ICP备|ICP证|网站标识码|公网安备|Copyright|©/i, max: 600 },
  { re: /(浏览次数|点击量|点击次数|点击数|访问量|阅读次数)\s*[:：]|字体\s*[:：]?\s*[\[【(（]\s*[大中小]/, max: 400 },
  { re: /^(上一篇|下一篇|上一条|下一条)\s*[:：]?/, max: 400 },
  { re: /^(登录|登陆)\s*(\|)?\s*(注册)?$/, max: 100 },
];
// Any signature, in one regex: most text nodes match none. (The flag only matters for Copyright; no other signature
// has a letter.)
const ANY_SIGNATURE = anyOf(SIGNATURES.map((s) => s.re), "i");

/** Text of a node without script/style content (cheaper than $(el).text() in the hot loops). */
function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  if (!isElement(node) || SKIP_TAGS.has(node.name)) return "";
  let out = "";
  for (const c of node.children) out += textOf(c);
  return out;
}

/**
 * countHan(textOf(el)) for every element under root, in one bottom-up pass (the content pickers asked it of nested
 * containers, re-reading the same text at every level). Elements inside skipped tags get their own count too.
 */
function hanCounts(root: Element): Map<Element, number> {
  const m = new Map<Element, number>();
  const visit = (n: AnyNode): number => {
    if (n.type === "text") return countHan((n as unknown as { data: string }).data);
    if (!isElement(n)) return 0;
    let han = 0;
    for (const c of n.children) han += visit(c);
    if (SKIP_TAGS.has(n.name)) han = 0;
    m.set(n, han);
    return han;
  };
  visit(root);
  return m;
}

/** All elements under root (root included), in document order. */
function elementsIn(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    if (!isElement(n) && n.type !== "root") return;
    if (isElement(n)) out.push(n);
    for (const c of (n as Element).children) visit(c);
  };
  visit(root);
  return out;
}

interface ElementSpec {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
}

/** A tiny matcher for "tag, #id, .class" lists: css-select compiles the selector on every call, which costs more than the whole walk. */
function spec(selectors: string[]): ElementSpec {
  const s: ElementSpec = { tags: new Set(), ids: new Set(), classes: new Set() };
  for (const sel of selectors) {
    if (sel.startsWith("#")) s.ids.add(sel.slice(1));
    else if (sel.startsWith(".")) s.classes.add(sel.slice(1));
    else s.tags.add(sel.toLowerCase());
  }
  return s;
}

function matches(el: Element, sp: ElementSpec): boolean {
  if (sp.tags.has(el.name.toLowerCase())) return true;
  const id = el.attribs.id;
  if (id && sp.ids.has(id)) return true;
  const cls = el.attribs.class;
  if (cls) for (const c of cls.split(/\s+/)) if (c && sp.classes.has(c)) return true;
  return false;
}

/**
 * True when the element holds prose: a run of inline text (text nodes not separated by block tags, <br> or links) with
 * at least 40 Han characters and sentence punctuation. Report paragraphs have one; navigation, link lists, share bars,
 * breadcrumbs and footers don't. Runs span inline tags, so Word-exported HTML (a <span> per phrase) still counts.
 */
function hasProse(el: Element): boolean {
  let han = 0;
  let punct = false;
  const reset = () => {
    han = 0;
    punct = false;
  };
  const visit = (n: AnyNode): boolean => {
    if (n.type === "text") {
      const d = (n as unknown as { data: string }).data;
      han += countHan(d);
      if (!punct && /[。，；,;！？]/.test(d)) punct = true;
      return han >= 40 && punct;
    }
    if (!isElement(n)) return false;
    const name = n.name.toLowerCase();
    if (SKIP_TAGS.has(name) || name === "a") {
      if (name === "a") reset();
      return false;
    }
    const block = BLOCK_TAGS.has(name) || name === "br";
    if (block) reset();
    for (const c of n.children) if (visit(c)) return true;
    if (block) reset();
    return false;
  };
  return el.children.some((c) => visit(c));
}

const LIST_CONTAINERS = new Set(["ul", "ol", "dl", "div", "table", "tbody", "td", "section", "p", "span"]);

interface LinkStats {
  han: number;
  linkHan: number;
  links: number;
}

/** Han characters, Han characters inside links, and link count for every element, in one bottom-up pass. */
function linkStats(root: Element): Map<Element, LinkStats> {
  const m = new Map<Element, LinkStats>();
  const visit = (n: AnyNode, inLink: boolean): LinkStats => {
    if (n.type === "text") {
      const h = countHan((n as unknown as { data: string }).data);
      return { han: h, linkHan: inLink ? h : 0, links: 0 };
    }
    if (!isElement(n) || SKIP_TAGS.has(n.name)) return { han: 0, linkHan: 0, links: 0 };
    const a = n.name === "a";
    const st: LinkStats = { han: 0, linkHan: 0, links: a ? 1 : 0 };
    for (const c of n.children) {
      const cs = visit(c, inLink || a);
      st.han += cs.han;
      st.linkHan += cs.linkHan;
      st.links += cs.links;
    }
    m.set(n, st);
    return st;
  };
  visit(root, false);
  return m;
}

/** A block that is mostly links (menus, sidebars, related-article lists): ≥3 links carrying ≥70% of its Han text. */
function isLinkList(el: Element, stats: Map<Element, LinkStats>): boolean {
  const st = stats.get(el);
  if (!st || st.links < 3 || st.han === 0 || st.linkHan / st.han < 0.7) return false;
  return !hasProse(el);
}

function removeChrome($: CheerioAPI, body: Element): void {
  const stats = linkStats(body);
  const drop: Element[] = [];
  const visitEl = (el: Element) => {
    const name = el.name.toLowerCase();
    if (CHROME_TAGS.has(name)) {
      drop.push(el);
      return;
    }
    const sig = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
    // A chrome-named wrapper that holds report prose ("main-side", "print-content") is a layout box: keep it.
    if (name !== "body" && sig.length > 1 && CHROME_ATTR.test(sig) && !hasProse(el)) {
      drop.push(el);
      return;
    }
    if (LIST_CONTAINERS.has(name) && isLinkList(el, stats)) {
      drop.push(el);
      return;
    }
    for (const c of el.children) if (isElement(c)) visitEl(c);
  };
  visitEl(body);
  for (const el of drop) $(el).remove();

  // Blocks whose text is a chrome signature: climb from the text node while the block stays small and prose-free.
  const hits: Element[] = [];
  const visit = (n: AnyNode) => {
    if (n.type === "text") {
      const t = trimLine((n as unknown as { data: string }).data);
      if (!t || !ANY_SIGNATURE.test(t)) return;
      for (const s of SIGNATURES) {
        if (!s.re.test(t) || !n.parent || !isElement(n.parent)) continue;
        let el: Element = n.parent;
        while (
          el.parent &&
          isElement(el.parent) &&
          el.parent.name !== "body" &&
          el.parent.name !== "html" &&
          !hasProse(el.parent) &&
          trimLine(textOf(el.parent)).length <= s.max
        ) {
          el = el.parent;
        }
        if (!hasProse(el) && el.name !== "body") hits.push(el);
        break;
      }
      return;
    }
    if (isElement(n)) for (const c of n.children) visit(c);
  };
  visit(body);
  for (const el of hits) $(el).remove();
}

// ---------------------------------------------------------------- main content

const CONTENT = spec([
  ".TRS_Editor", "#zoom", "#Zoom", "#UCAP-CONTENT", ".pages_content", ".article-content", ".content", "#content",
  ".TRS_UEDITOR", ".view", ".wzy_content", "article", ".article", "#article", ".article_con", ".detail-content",
  ".xxgk_content", ".news_content", ".main-content", "#main-content",
]);

function isDescendant(el: AnyNode, ancestor: AnyNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function pickBySelectors(body: Element, hans: Map<Element, number>): Element | null {
  const bodyHan = hans.get(body)!;
  const cands: { el: Element; han: number }[] = [];
  for (const el of elementsIn(body)) {
    if (!matches(el, CONTENT)) continue;
    const han = hans.get(el)!;
    if (han > 0) cands.push({ el, han });
  }
  if (!cands.length) return null;
  cands.sort((a, b) => b.han - a.han);
  let best = cands[0];
  // Prefer an inner container that holds nearly all of the outer one's text (".content" wrapping "#zoom").
  for (;;) {
    const inner = cands.find((c) => c !== best && isDescendant(c.el, best.el) && c.han >= best.han * 0.85);
    if (!inner) break;
    best = inner;
  }
  if (best.han < 20 || best.han < bodyHan * 0.3) return null;
  return best.el;
}

const PARA_BLOCKS = new Set(["p", "div", "td", "th", "li", "section", "article", "main", "blockquote", "pre", "dd", "font", "center", "body", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** Han text-density fallback: credit each text run to its block, the block's parent (full) and grandparent (half). */
function pickByDensity(body: Element, hans: Map<Element, number>): Element | null {
  const score = new Map<Element, number>();
  const linkHan = new Map<Element, number>();
  const add = (m: Map<Element, number>, el: Element | null | undefined, v: number) => {
    if (el) m.set(el, (m.get(el) ?? 0) + v);
  };
  const parentEl = (el: Element): Element | null => (el.parent && isElement(el.parent) ? el.parent : null);

  const visit = (n: AnyNode, block: Element, inLink: boolean) => {
    if (n.type === "text") {
      const h = countHan((n as unknown as { data: string }).data);
      if (!h) return;
      if (inLink) {
        for (let p: Element | null = block; p; p = parentEl(p)) add(linkHan, p, h);
        return;
      }
      add(score, block, h);
      const p1 = parentEl(block);
      add(score, p1, h);
      if (p1) add(score, parentEl(p1), h / 2);
      return;
    }
    if (!isElement(n)) return;
    const name = n.name.toLowerCase();
    if (SKIP_TAGS.has(name)) return;
    const b = PARA_BLOCKS.has(name) ? n : block;
    for (const c of n.children) visit(c, b, inLink || name === "a");
  };
  visit(body, body, false);

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    // (a grandparent credit can reach <html>, above the counted body)
    const han = (hans.get(el) ?? countHan(textOf(el))) || 1;
    const adj = s * (1 - Math.min(1, (linkHan.get(el) ?? 0) / han));
    // Ties go to the deeper element (visited later in the map order only when it is a descendant).
    if (adj > bestScore || (adj === bestScore && best && isDescendant(el, best))) {
      best = el;
      bestScore = adj;
    }
  }
  return best;
}

// ---------------------------------------------------------------- metadata

const SITE_SUFFIX = /(人民政府|政府网|门户网站|网站|网|政府|办公室|办公厅|委员会|局|厅|法院|检察院|门户|首页|频道|在线|之窗|中国)$/;

/** "关于…的报告_孝感市人民政府" → "关于…的报告"; "…报告-XX网" → "…报告". */
export function cutSiteSuffix(title: string): string {
  let t = trimLine(title.replace(/\s+/g, " "));
  for (let i = 0; i < 3; i++) {
    const m = /^(.*\S)\s*(?:[_|｜]|--|——|—|–|-|·)\s*([^_|｜—–\-·]+)$/.exec(t);
    if (!m) break;
    const tail = trimLine(m[2]);
    if (!(SITE_SUFFIX.test(tail) || /^[A-Za-z0-9.\- ]+$/.test(tail)) || countHan(m[1]) < 4) break;
    t = trimLine(m[1]);
  }
  return t;
}

function metaContent(metas: Element[], names: string[]): string | undefined {
  for (const name of names)
    for (const el of metas) {
      const key = (el.attribs.name ?? el.attribs.property ?? el.attribs["http-equiv"] ?? "").toLowerCase();
      if (key !== name) continue;
      const v = trimLine(el.attribs.content ?? "");
      if (v) return v;
    }
  return undefined;
}

const TITLE = spec(["h1", ".title", "#title", ".article-title", ".art_title", ".detail-title", ".news_title", ".tit", ".bt", "h2"]);
const headingText = (el: Element) => trimLine(textOf(el).replace(/\s+/g, " "));

interface TitleClues {
  fromMeta?: string;
  cut: string;
  headings: string[];
}

/** Title clues read before chrome removal (the removed info block often holds the <h1>). */
function titleClues(all: Element[], metas: Element[]): TitleClues {
  const fromMeta = metaContent(metas, ["articletitle", "og:title", "title"]);
  const titleEl = all.find((el) => el.name === "title");
  const docTitle = titleEl ? trimLine(titleEl.children.map((c) => (c.type === "text" ? (c as unknown as { data: string }).data : "")).join("").replace(/\s+/g, " ")) : "";
  const headings: string[] = [];
  for (const el of all) {
    if (!matches(el, TITLE)) continue;
    const t = headingText(el);
    if (t.length >= 4 && t.length <= 120 && countHan(t) >= 4) headings.push(t);
  }
  return { fromMeta: fromMeta && countHan(fromMeta) >= 2 ? fromMeta : undefined, cut: docTitle ? cutSiteSuffix(docTitle) : "", headings };
}

/** ArticleTitle meta → a heading that <title> repeats → a heading inside the content → <title> minus the site suffix. */
function pickTitle(clues: TitleClues, content: Element | null): string | undefined {
  if (clues.fromMeta) return cutSiteSuffix(clues.fromMeta);
  const { cut, headings } = clues;
  // A heading that <title> repeats is the article title (a logo <h1> isn't in <title> apart from the suffix).
  const inTitle = headings.find((h) => cut && (cut.includes(h) || h.includes(cut)));
  if (inTitle) return inTitle;
  if (content) {
    const inContent = elementsIn(content)
      .filter((el) => el !== content && matches(el, TITLE))
      .map(headingText)
      .find((t) => countHan(t) >= 6 && t.length <= 120);
    if (inContent) return inContent;
  }
  if (cut && countHan(cut) >= 4) return cut;
  return headings.find((h) => countHan(h) >= 8);
}

/** Date and source: meta tags first, then labelled lines anywhere in the page. */
function dateAndSource(metas: Element[], pageText: string): TextMeta {
  const meta: TextMeta = {};
  const pub =
    parseDate(metaContent(metas, ["pubdate", "publishdate", "firstpublishedtime", "publishtime", "article:published_time", "dc.date", "dcterms.issued"])) ??
    findPublishedOn(pageText);
  if (pub) meta.published_on = pub;
  const src = metaContent(metas, ["contentsource", "source", "dc.source"]) ?? findSource(pageText);
  if (src) meta.source = src;
  const host = findHost(pageText);
  if (host) meta.host = host;
  return meta;
}

// ---------------------------------------------------------------- entry points

/** Extracts main-content lines, tables and metadata from an HTML string. */
export function extractHtml(html: string): { lines: string[]; tables: string[][][]; meta: TextMeta } {
  const $ = cheerio.load(html);
  const all = elementsIn($.root().get(0)!);
  const body = all.find((el) => el.name === "body");
  if (!body) return { lines: [], tables: [], meta: {} };
  const metas = all.filter((el) => el.name === "meta");
  const pageText = renderLines([body]).lines.join("\n");
  const clues = titleClues(all, metas);
  const meta = dateAndSource(metas, pageText);

  removeChrome($, body);
  const hans = hanCounts(body);
  const content = pickBySelectors(body, hans) ?? pickByDensity(body, hans) ?? body;
  const title = pickTitle(clues, content);
  if (title) meta.title = title;
  const rendered = renderLines([content]);
  return { lines: stripChromeLines(rendered.lines), tables: rendered.tables, meta };
}

/** Decodes HTML bytes (declared or sniffed charset; strict UTF-8 first, so a page that lies with gb2312 still reads). */
export function readHtml(bytes: Uint8Array): HtmlContent {
  const { text: html, encoding } = decodeBytes(bytes, { declared: sniffDeclaredCharset(bytes) });
  const { lines, tables, meta } = extractHtml(html);
  return { text: lines.join("\n"), encoding, meta, tables };
}
