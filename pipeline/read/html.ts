// HTML → main-content text, tables and metadata, with cheerio (libraries.md §5).
// 1. metadata from the whole page (meta tags, 发布日期/来源 lines, h1/.title, <title> minus the site suffix);
// 2. drop chrome: tags (nav/header/footer/script/…), chrome class/id names, blocks whose text is a chrome signature
//    (当前位置, 分享到, 【打印本页】【关闭窗口】, 相关文章, 版权所有/ICP备/网站标识码, 浏览次数/字体);
// 3. main content: the CMS container with the most Han characters, else a Han text-density pick over block elements;
// 4. render blocks to lines (p/div/br/li/tr → newline; data tables → cells joined by "\t"), then the line filter.
// Hostile markup: every walk over the tree is iterative (a page of 80,000 nested tags cannot overflow the stack), and a
// page nested deeper than ordinary ones is flattened below DEEP levels before parse5 sees it (parse5's time grows with
// size × depth) and read in a linear-time plain mode (parseHtml, extractHtml).
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

// ---------------------------------------------------------------- parsing

/**
 * Nesting beyond which a page is no ordinary page (ordinary ones nest a few dozen levels). parse5 looks through the
 * stack of open elements at most start tags, so its time grows with size × depth: 80,000 unclosed <div>s (400 KB) took
 * 45 s. (htmlparser2 is no way out: it keeps its stack with Array#unshift, 1 s for 80,000 nested tags, 7.5 s for
 * 160,000.) So a page whose tags nest deeper than DEEP is flattened first (flattenDeep: one linear pass drops the tags
 * below that depth, a block tag leaving a line break) and read in plain mode (extractHtml). Ordinary pages are parsed
 * as they are, by parse5, which follows the HTML standard's tree construction.
 */
export const DEEP = 256;

const VOID_TAGS = new Set([
  "area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const P_ONLY = new Set(["p"]);
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu", "nav", "ol", "p",
  "pre", "section", "summary", "table", "ul",
]);
const CELLS = new Set(["tbody", "thead", "tfoot", "tr", "td", "th"]);
/** Open elements a start tag closes while they are the innermost one (the usual implied end tags). */
const IMPLIED_CLOSE: Record<string, Set<string>> = {
  li: new Set(["li", "p"]), dt: new Set(["dt", "dd", "p"]), dd: new Set(["dt", "dd", "p"]), tr: new Set(["tr", "td", "th"]),
  td: new Set(["td", "th"]), th: new Set(["td", "th"]), tbody: CELLS, thead: CELLS, tfoot: CELLS,
  option: new Set(["option"]), optgroup: new Set(["option", "optgroup"]),
};
/** Dropped tags that leave a line break. */
const LINE_TAGS = new Set([...BLOCK_TAGS, "tr", "td", "th", "li"]);
/**
 * A start or end tag (quoted attribute values may hold ">"), or the start of a comment. A quoted value is looked for
 * over 512 characters at most: an unclosed quote must not send every tag's match to the end of the page.
 */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)[^>"']*(?:(?:"[^"]{0,512}"|'[^']{0,512}')[^>"']*)*>?|<!--/g;

/**
 * One pass over the tags with a model of the open elements (an end tag closes the innermost open element of its name and
 * those inside it; the usual implied end tags apply). Returns how deep the elements nest (without `rewrite`, counting
 * stops past `limit`), and with `rewrite` the page without the tags nested deeper than `limit`: a dropped block tag
 * becomes <br>, a dropped inline tag nothing, a dropped script or style goes with its content.
 */
function scanTags(html: string, limit: number, rewrite: boolean): { depth: number; html: string } {
  const names: string[] = [];
  const kept: boolean[] = [];
  const open = new Map<string, number>();
  const out: string[] = [];
  let copied = 0;
  let max = 0;
  let lastBreak = -1;
  const drop = (from: number, to: number, name: string) => {
    // one line break for a run of dropped tags with nothing but white space between them
    const between = from > copied ? html.slice(copied, from) : "";
    const run = lastBreak === copied && !between.trim();
    out.push(between);
    if (LINE_TAGS.has(name) && !run) out.push("<br>");
    copied = to;
    if (LINE_TAGS.has(name) || run) lastBreak = to;
  };
  const pop = (): [string, boolean] => {
    const top = names.pop()!;
    open.set(top, open.get(top)! - 1);
    return [top, kept.pop()!];
  };
  const re = new RegExp(TAG.source, "g");
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0] === "<!--") {
      const end = html.indexOf("-->", re.lastIndex);
      if (end < 0) break;
      re.lastIndex = end + 3;
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!open.get(name)) continue; // a stray end tag: left as it is
      for (;;) {
        const [top, k] = pop();
        if (top !== name) continue;
        if (!k && rewrite) drop(m.index, re.lastIndex, name);
        break;
      }
      continue;
    }
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, "ig");
      close.lastIndex = re.lastIndex;
      const end = close.exec(html) ? (html.indexOf(">", close.lastIndex - 1) + 1 || html.length) : html.length;
      if (names.length >= limit && rewrite) drop(m.index, end, name);
      re.lastIndex = end;
      continue;
    }
    if (name === "plaintext") break;
    const implied = IMPLIED_CLOSE[name] ?? (CLOSES_P.has(name) ? P_ONLY : null);
    while (implied && names.length && implied.has(names[names.length - 1])) pop();
    const keep = names.length < limit;
    if (!keep && rewrite) drop(m.index, re.lastIndex, name);
    names.push(name);
    kept.push(keep);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (names.length > max) {
      max = names.length;
      if (!rewrite && max > limit) break;
    }
  }
  if (!rewrite) return { depth: max, html };
  out.push(html.slice(copied));
  return { depth: max, html: out.join("") };
}

/** How deep the page's tags nest (scanTags' model); counting stops past `limit`. */
export function nestingEstimate(html: string, limit = DEEP): number {
  return scanTags(html, limit, false).depth;
}

/** The page itself when its tags nest at most DEEP levels, else the page without the tags below that depth. */
export function flattenDeep(html: string): { html: string; flattened: boolean } {
  if (nestingEstimate(html) <= DEEP) return { html, flattened: false };
  return { html: scanTags(html, DEEP, true).html, flattened: true };
}

/** Depth of the deepest element under root (root's children are at depth 1); counting stops past `limit`. */
export function treeDepth(root: AnyNode, limit = DEEP): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) {
      max = d;
      if (max > limit) break;
    }
    const children = (n as Element).children;
    if (children) for (const c of children) if (isElement(c)) stack.push([c, d + 1]);
  }
  return max;
}

/** Parses a page with parse5 (cheerio's default), flattened first when it nests deeper than DEEP (`plain`). */
export function parseHtml(html: string): { $: CheerioAPI; plain: boolean } {
  const flat = flattenDeep(html);
  const $ = cheerio.load(flat.html);
  // (parse5 adds html, head, body, tbody; far deeper than the model said is not an ordinary page either)
  return { $, plain: flat.flattened || treeDepth($.root().get(0)!, 2 * DEEP) > 2 * DEEP };
}

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

/** Pushes the children of a node onto a depth-first stack so that they pop in document order. */
function pushChildren<T>(stack: T[], children: readonly AnyNode[], wrap: (c: AnyNode) => T): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(wrap(children[i]));
}
const same = (c: AnyNode) => c;

function elementText(el: Element): string {
  const st: RenderState = { parts: [], tables: [], collectTables: false };
  for (const c of el.children) walk(c, st);
  return finishLines(st.parts.join("")).join(" ");
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: AnyNode[] = [table];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === "tr") {
      rows.push(n);
      continue;
    }
    if (n !== table && n.name === "table") continue;
    pushChildren(stack, n.children, same);
  }
  return rows;
}

function rowCells(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && (c.name === "td" || c.name === "th"));
}

function hasNestedTable(table: Element): boolean {
  const stack: Element[] = [table];
  while (stack.length) {
    for (const c of stack.pop()!.children) {
      if (!isElement(c)) continue;
      if (c.name === "table") return true;
      stack.push(c);
    }
  }
  return false;
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

// Markers on walk()'s stack: the end of a block (a line break) and the end of a <pre> (a line break, pre mode off).
const END_BLOCK = { end: "block" } as const;
const END_PRE = { end: "pre" } as const;
type WalkItem = AnyNode | typeof END_BLOCK | typeof END_PRE;

function walk(root: AnyNode, st: RenderState): void {
  const stack: WalkItem[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === END_BLOCK) {
      st.parts.push(BREAK);
      continue;
    }
    if (item === END_PRE) {
      st.parts.push(BREAK);
      st.pre = false;
      continue;
    }
    const node = item as AnyNode;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      st.parts.push(st.pre ? data.replace(/\r\n?/g, "\n").replace(/[ \t\f]+/g, " ") : normalizeWs(data));
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (SKIP_TAGS.has(name)) continue;
    if (name === "pre" && !st.pre) {
      st.pre = true;
      st.parts.push(BREAK);
      stack.push(END_PRE);
      pushChildren<WalkItem>(stack, node.children, same);
      continue;
    }
    if (name === "br") {
      st.parts.push(BREAK);
      continue;
    }
    if (name === "table" && isDataTable(node)) {
      renderTable(node, st);
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      st.parts.push(BREAK);
      stack.push(END_BLOCK);
    }
    pushChildren<WalkItem>(stack, node.children, same);
  }
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
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") out += (n as unknown as { data: string }).data;
    else if (isElement(n) && !SKIP_TAGS.has(n.name)) pushChildren(stack, n.children, same);
  }
  return out;
}

/** Every element under root (root included), in document order, with those inside skipped tags. */
function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (isElement(c)) stack.push(c);
    }
  }
  return out;
}

/**
 * countHan(textOf(el)) for every element under root, in one bottom-up pass (the content pickers asked it of nested
 * containers, re-reading the same text at every level). Elements inside skipped tags get their own count too.
 */
function hanCounts(root: Element): Map<Element, number> {
  const m = new Map<Element, number>();
  // children before parents: the reverse of document order
  const els = allElements(root);
  for (let i = els.length - 1; i >= 0; i--) {
    const n = els[i];
    let han = 0;
    for (const c of n.children) {
      if (c.type === "text") han += countHan((c as unknown as { data: string }).data);
      else if (isElement(c)) han += m.get(c)!;
    }
    m.set(n, SKIP_TAGS.has(n.name) ? 0 : han);
  }
  return m;
}

/** All elements under root (root included), in document order. */
export function elementsIn(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) && n.type !== "root") continue;
    if (isElement(n)) out.push(n);
    pushChildren(stack, (n as Element).children, same);
  }
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
  const stack: (AnyNode | typeof END_BLOCK)[] = [];
  pushChildren<AnyNode | typeof END_BLOCK>(stack, el.children, same);
  while (stack.length) {
    const item = stack.pop()!;
    if (item === END_BLOCK) {
      reset();
      continue;
    }
    const n = item as AnyNode;
    if (n.type === "text") {
      const d = (n as unknown as { data: string }).data;
      han += countHan(d);
      if (!punct && /[。，；,;！？]/.test(d)) punct = true;
      if (han >= 40 && punct) return true;
      continue;
    }
    if (!isElement(n)) continue;
    const name = n.name.toLowerCase();
    if (SKIP_TAGS.has(name) || name === "a") {
      if (name === "a") reset();
      continue;
    }
    if (BLOCK_TAGS.has(name) || name === "br") {
      reset();
      stack.push(END_BLOCK);
    }
    pushChildren<AnyNode | typeof END_BLOCK>(stack, n.children, same);
  }
  return false;
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
  if (SKIP_TAGS.has(root.name)) return m;
  // the elements outside skipped tags in document order, each with whether its text is link text
  const els: Element[] = [];
  const inLinks: boolean[] = [];
  const stack: [Element, boolean][] = [[root, root.name === "a"]];
  while (stack.length) {
    const [el, inLink] = stack.pop()!;
    els.push(el);
    inLinks.push(inLink);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (isElement(c) && !SKIP_TAGS.has(c.name)) stack.push([c, inLink || c.name === "a"]);
    }
  }
  // children before parents
  for (let i = els.length - 1; i >= 0; i--) {
    const n = els[i];
    const st: LinkStats = { han: 0, linkHan: 0, links: n.name === "a" ? 1 : 0 };
    for (const c of n.children) {
      if (c.type === "text") {
        const h = countHan((c as unknown as { data: string }).data);
        st.han += h;
        if (inLinks[i]) st.linkHan += h;
        continue;
      }
      const cs = isElement(c) ? m.get(c) : undefined;
      if (!cs) continue;
      st.han += cs.han;
      st.linkHan += cs.linkHan;
      st.links += cs.links;
    }
    m.set(n, st);
  }
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
  const els: Element[] = [body];
  while (els.length) {
    const el = els.pop()!;
    const name = el.name.toLowerCase();
    if (CHROME_TAGS.has(name)) {
      drop.push(el);
      continue;
    }
    const sig = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
    // A chrome-named wrapper that holds report prose ("main-side", "print-content") is a layout box: keep it.
    if (name !== "body" && sig.length > 1 && CHROME_ATTR.test(sig) && !hasProse(el)) {
      drop.push(el);
      continue;
    }
    if (LIST_CONTAINERS.has(name) && isLinkList(el, stats)) {
      drop.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (isElement(c)) els.push(c);
    }
  }
  for (const el of drop) $(el).remove();

  // Blocks whose text is a chrome signature: climb from the text node while the block stays small and prose-free.
  const hits: Element[] = [];
  const nodes: AnyNode[] = [body];
  while (nodes.length) {
    const n = nodes.pop()!;
    if (n.type === "text") {
      const t = trimLine((n as unknown as { data: string }).data);
      if (!t || !ANY_SIGNATURE.test(t)) continue;
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
      continue;
    }
    if (isElement(n)) pushChildren(nodes, n.children, same);
  }
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

  // depth first, in document order: [node, its block, inside a link]
  const stack: [AnyNode, Element, boolean][] = [[body, body, false]];
  while (stack.length) {
    const [n, block, inLink] = stack.pop()!;
    if (n.type === "text") {
      const h = countHan((n as unknown as { data: string }).data);
      if (!h) continue;
      if (inLink) {
        for (let p: Element | null = block; p; p = parentEl(p)) add(linkHan, p, h);
        continue;
      }
      add(score, block, h);
      const p1 = parentEl(block);
      add(score, p1, h);
      if (p1) add(score, parentEl(p1), h / 2);
      continue;
    }
    if (!isElement(n)) continue;
    const name = n.name.toLowerCase();
    if (SKIP_TAGS.has(name)) continue;
    const b = PARA_BLOCKS.has(name) ? n : block;
    const link = inLink || name === "a";
    pushChildren(stack, n.children, (c): [AnyNode, Element, boolean] => [c, b, link]);
  }

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
function titleClues(all: Element[], metas: Element[], withHeadings = true): TitleClues {
  const fromMeta = metaContent(metas, ["articletitle", "og:title", "title"]);
  const titleEl = all.find((el) => el.name === "title");
  const docTitle = titleEl ? trimLine(titleEl.children.map((c) => (c.type === "text" ? (c as unknown as { data: string }).data : "")).join("").replace(/\s+/g, " ")) : "";
  const headings: string[] = [];
  for (const el of withHeadings ? all : []) {
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
  const { $, plain } = parseHtml(html);
  const root = $.root().get(0)!;
  const all = elementsIn(root);
  const body = all.find((el) => el.name === "body");
  if (!body) return { lines: [], tables: [], meta: {} };
  const metas = all.filter((el) => el.name === "meta");
  if (plain) {
    // Plain mode, linear in the page: every line of the body, no chrome removal or content pick (their climbs and
    // nested-container comparisons cost depth × size), the title from the meta tags or <title>.
    const rendered = renderLines([body]);
    const meta = dateAndSource(metas, rendered.lines.join("\n"));
    const clues = titleClues(all, metas, false);
    const title = pickTitle(clues, null);
    if (title) meta.title = title;
    return { lines: stripChromeLines(rendered.lines), tables: rendered.tables, meta };
  }
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
