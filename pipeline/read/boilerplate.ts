// Line-level helpers shared by every format: website chrome that survives as whole lines (also in the plain-text
// seeds: "登录 注册", "信息来源:… 浏览次数:236 字体:[ ]", "当前位置: 首页 > …"), and document metadata read from lines
// (发布日期 / 来源 / a title line).

/** Han ideographs (BMP + Ext A) — what "CJK text" means for density and for the no-text-layer check. */
export const HAN = String.raw`\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff`;

/**
 * Whitespace we trim at line ends: ASCII, NBSP, ideographic space, zero-width characters, BOM — that is, the code
 * units of /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/. Tested by code unit: the regex's trailing `[…]+$` was retried
 * at every position of every line.
 */
function isEdgeSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

export function trimLine(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && isEdgeSpace(line.charCodeAt(a))) a++;
  while (b > a && isEdgeSpace(line.charCodeAt(b - 1))) b--;
  return a === 0 && b === line.length ? line : line.slice(a, b);
}

/** Splits into lines, trims them, drops empty ones: paragraphs end up separated by a single "\n". */
export function tidyLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(trimLine)
    .filter((l) => l.length > 0);
}

const NAV_WORDS = new Set([
  "登录", "注册", "登陆", "退出", "首页", "网站首页", "返回首页", "设为首页", "加入收藏", "收藏本站", "无障碍", "无障碍阅读",
  "长者模式", "关怀版", "适老化", "English", "ENGLISH", "繁体", "繁體", "简体", "繁體版", "简体版", "手机版", "移动版", "网站地图",
  "政务微博", "政务微信", "微博", "微信", "搜索", "高级搜索", "站内搜索", "用户中心", "个人登录", "法人登录", "智能问答",
  "政府信息公开", "信息公开", "政务公开", "走进", "新闻中心", "政务服务", "互动交流", "专题专栏", "数据开放",
  "打印", "关闭", "打印本页", "关闭窗口", "关闭本页", "打印此页", "保存本页", "收藏", "返回顶部", "返回", "顶部", "纠错",
  "大", "中", "小", "字体", "字号", "默认", "分享", "分享到", "扫一扫", "|", "｜", "/", "·",
]);

const CHROME_LINE_PATTERNS: RegExp[] = [
  /^(当前位置|您的位置|您现在的位置|你现在的位置|你的位置|所在位置|当前的位置|现在的位置)\s*[:：]?/,
  /^(首页|网站首页)\s*(>|》|&gt;|＞|→|\/)/,
  /(浏览次数|点击次数|点击量|点击数|访问量|阅读次数|阅读量|浏览量|访问次数)\s*[:：]/,
  /字体\s*[:：]?\s*[\[【(（]\s*[大中小]?\s*[大中小]?\s*[大中小]?\s*[\]】)）]/,
  /【\s*字[体号]\s*[:：]/,
  // (these two only test for the words: an optional 【, spaces or colon around them change nothing, and a pattern
  // that starts with optional parts is retried at every position of a long line)
  /分享到/,
  /打印本页|关闭窗口|打印此页|关闭本页|保存本页|打印文章|打印正文/,
  /^相关(文章|链接|阅读|新闻|信息|稿件|文件|推荐|附件)\s*[:：]?\s*$/,
  /(版权所有|©|网站标识码|公网安备|网安备|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]|建议使用.{0,20}浏览器)/,
  /^(上一篇|下一篇|上一条|下一条)\s*[:：]/,
  // a breadcrumb with no 首页 or 当前位置: "四平市司法局 > 信息公开 > 计划总结" (short names, no sentence punctuation)
  /^[^\s>》,，。;；:：]{2,16}(\s*(>|》|&gt;|＞|›|»)\s*[^\s>》,，。;；:：]{1,12}){2,}\s*$/,
  /^(扫一扫|扫描二维码|手机扫一扫|用手机扫描)/,
  // A line made only of "label:value" fields: "发布时间：2024年3月1日 来源：铁岭市司法局", "作者:区卫健局".
  /^(\s*(信息来源|文章来源|稿件来源|来源|发布时间|发布日期|发布机构|更新时间|更新日期|时间|日期|作者|编辑|责任编辑|审核|校对|索引号|发文机关|发文字号|文号|成文日期|主题分类)\s*[:：]\s*[^\s:：]*)+\s*$/,
];

/** The footer words in any letter case. */
const CHROME_LINE_CASELESS = /Copyright|ICP备|ICP证/i;

/**
 * One regex that matches where any of `patterns` does (with `flags`, exactly so when the patterns carry no other
 * flags): a line tested against one alternation costs one regex call instead of one per pattern.
 */
export function anyOf(patterns: readonly RegExp[], flags = ""): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), flags);
}

// The patterns above as one regex (they carry no flags, so their alternation matches exactly when one of them does):
// every line of every document is tested, and on a short line a regex call costs more than its scan.
if (CHROME_LINE_PATTERNS.some((re) => re.flags)) throw new Error("chrome line patterns are joined: no flags");
const CHROME_LINE_RE = anyOf(CHROME_LINE_PATTERNS);

/** Max length of a line that a chrome pattern may delete. Longer lines are body text that merely mentions the word. */
const CHROME_MAX = 160;

const NAV_SEPARATOR = String.raw`[\s\u3000|｜/·•【】\[\]]`;
const NAV_SEPARATORS = new RegExp(`${NAV_SEPARATOR}+`);
/** The first token is a navigation word (the words that hold a separator can't be tokens). */
const NAV_FIRST = new RegExp(
  `^${NAV_SEPARATOR}*(?:${[...NAV_WORDS]
    .filter((w) => !new RegExp(NAV_SEPARATOR).test(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?:${NAV_SEPARATOR}|$)`,
);

/** True when the whole line is website chrome rather than report text. */
export function isChromeLine(line: string): boolean {
  const l = trimLine(line);
  if (!l) return true;
  if (l.length <= CHROME_MAX && (CHROME_LINE_RE.test(l) || CHROME_LINE_CASELESS.test(l))) return true;
  // "登录 注册", "首页 | 信息公开 | 政务服务": every token a navigation word. Splitting is only worth it when the
  // first token is one (it rarely is).
  if (l.length <= 80 && NAV_FIRST.test(l) && l.split(NAV_SEPARATORS).every((t) => !t || NAV_WORDS.has(t))) return true;
  return false;
}

/** Drops chrome lines. Never drops everything: if all lines look like chrome the input is returned trimmed. */
export function stripChromeLines(lines: string[]): string[] {
  const kept = lines.filter((l) => !isChromeLine(l));
  return kept.length > 0 ? kept : lines;
}

// ---------------------------------------------------------------- metadata from text

export interface TextMeta {
  title?: string;
  published_on?: string;
  source?: string;
  /** the site's owner from a "主办单位:…" footer: who publishes, so a clue to whom the page is about */
  host?: string;
}

/** "2023-02-09", "2023年2月9日", "2023/2/9", "2023.02.09" → "2023-02-09"; null when not a real date. */
export function toIsoDate(y: string | number, m: string | number, d: string | number): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (!(yy >= 1990 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  const date = new Date(Date.UTC(yy, mm - 1, dd));
  if (date.getUTCMonth() !== mm - 1) return null;
  return `${yy}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

const DATE_BODY = String.raw`([12]\d{3})\s*[-年/.．]\s*(\d{1,2})\s*[-月/.．]\s*(\d{1,2})`;

/** Parses the first date in a free string ("2023-02-09 10:30:00", "2023年2月9日"). */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = new RegExp(DATE_BODY).exec(s.normalize("NFKC"));
  return m ? toIsoDate(m[1], m[2], m[3]) : null;
}

// Most specific label first: a page often has both 发布日期 and 更新时间 / 成文日期.
const DATE_LABEL_GROUPS = [
  "发布日期|发布时间|发文日期|公开日期|发表日期|发表时间|发稿时间|发稿日期|信息时间|信息日期",
  "成文日期|印发日期|生成日期",
  "更新时间|更新日期|日期|时间",
];

// The label must not continue a word: "办理时间：2023年…" in the body is not the publication date.
const DATE_LABEL_RES = DATE_LABEL_GROUPS.map((labels) => new RegExp(String.raw`(?<![${HAN}])(?:${labels})\s*[:：]?\s*` + DATE_BODY, "g"));

// The text last folded: findPublishedOn and findSource are asked about the same text (a document's head, a page).
let lastText = "";
let lastFolded = "";

function nfkc(text: string): string {
  if (text !== lastText) {
    lastFolded = text.normalize("NFKC");
    lastText = text;
  }
  return lastFolded;
}

/** published_on from a "发布日期:2023-02-09" / "发布时间：2023年2月9日" label anywhere in the text. */
export function findPublishedOn(text: string): string | undefined {
  // Every label ends in 日期 or 时间, and no other character NFKC-folds to 期 or 间: most texts are done here.
  if (text.includes("期") || text.includes("间")) {
    const t = nfkc(text);
    for (const re of DATE_LABEL_RES) {
      for (const m of t.matchAll(re)) {
        const iso = toIsoDate(m[1], m[2], m[3]);
        if (iso) return iso;
      }
    }
  }
  // a site's stamp without a label, the date with its time of day: "2023-12-19 09:15 来源:顺德区北滘镇人民政府"
  const stamp = text.includes(":") || text.includes("：") ? nfkc(text).match(STAMP) : null;
  return stamp ? toIsoDate(stamp[1], stamp[2], stamp[3]) ?? undefined : undefined;
}
const STAMP = new RegExp(String.raw`(?<!\d)${DATE_BODY}\s*日?\s*\d{1,2}:\d{2}(?!\d)`);

const SOURCE_STOP = String.raw`(?=[\s|｜]|$|发布|作者|时间|日期|更新|浏览|点击|字体|字号|阅读|【|\[|编辑|责任编辑|审核|索引号)`;

/** source from a "来源:市委依法治市办" / "信息来源：…" label. */
// "资金来源：财政拨款" in the body is not the page's source: the label must not continue a word.
const SOURCE_RE = new RegExp(
  String.raw`(?<![${HAN}])(?:信息来源|文章来源|稿件来源|内容来源|来源单位|来源)\s*[:：]\s*([^\s:：|｜【\[]{2,40}?)` + SOURCE_STOP,
  "g",
);

export function findSource(text: string): string | undefined {
  if (!text.includes("源")) return undefined; // every label ends in 来源, and nothing else NFKC-folds to 源
  const t = nfkc(text);
  for (const m of t.matchAll(SOURCE_RE)) {
    const s = m[1].replace(/[,，;；。]+$/, "");
    if (s) return s;
  }
  return undefined;
}

// "主办单位:麻城市融媒体中心", "主办:中共XX县委政法委员会" (traditional 主辦單位 too: the readers run before conversion)
const HOST_RE = new RegExp(String.raw`(?:(?<![${HAN}])|(?<=[网網]站))主[办辦](?:单位|單位)?\s*[:：]\s*([^\s:：|｜【\[]{2,40}?)(?=[\s|｜,，;；]|$|承[办辦]|[协協][办辦]|地址|[电電]话|[邮郵]|网站|網站|[备備]案|技术|技術|ICP)`);

export function findHost(text: string): string | undefined {
  if (!text.includes("主办") && !text.includes("主辦")) return undefined;
  return HOST_RE.exec(nfkc(text))?.[1]?.replace(/[,，;；。]+$/, "") || undefined;
}

const TITLE_HINT = /(报告|情况|工作|总结|通知|公告|意见|方案|要点|法治|依法)/;

/** A title line near the top of a plain-text document: short, no sentence punctuation at the end, looks like a title. */
export function findTitleLine(lines: string[]): string | undefined {
  let seen = 0;
  for (const raw of lines) {
    const l = trimLine(raw);
    if (!l || isChromeLine(l)) continue;
    if (++seen > 8) break;
    if (l.length < 6 || l.length > 80) continue;
    if (/[。；;，,：:！!？?]$/.test(l)) continue;
    if (/^[（(]?[一二三四五六七八九十\d]+[、.．)）]/.test(l)) continue; // a section heading, not the title
    if (TITLE_HINT.test(l) && /报告|总结|情况/.test(l)) return l;
  }
  return undefined;
}

/** Metadata from the text lines of any document (used for txt, docx, pdf, and as the HTML fallback). */
export function metaFromLines(lines: string[]): TextMeta {
  const head = lines.slice(0, 40).join("\n");
  const meta: TextMeta = {};
  const title = findTitleLine(lines);
  if (title) meta.title = title;
  const date = findPublishedOn(head);
  if (date) meta.published_on = date;
  const source = findSource(head);
  if (source) meta.source = source;
  const host = findHost(lines.slice(0, 40).concat(lines.slice(-40)).join("\n"));
  if (host) meta.host = host;
  return meta;
}

// ---------------------------------------------------------------- character classes

/** Code units in HAN's ranges (a loop: a global regex exec per character was a hot spot of the HTML reader). */
export function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}
