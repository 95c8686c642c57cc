// Small text helpers shared by the identify stage: lines with offsets, site-chrome detection, dates, sections.

export interface Line {
  /** the line without surrounding whitespace */
  text: string;
  /** offset of `text` in the document */
  start: number;
  end: number;
  index: number;
  /** isChromeLine(text), decided when first asked: some lines are asked about several times, most body lines never */
  readonly chrome: boolean;
}

class TextLine implements Line {
  private isChrome: boolean | undefined = undefined;
  constructor(public text: string, public start: number, public end: number, public index: number) {}
  get chrome(): boolean {
    return (this.isChrome ??= isChromeLine(this.text));
  }
}

// identify() splits the same text in five places (title, issuer, zones, year, publication date); the last split is
// kept. Callers only read the lines.
let lastText: string | null = null;
let lastLines: Line[] = [];

export function splitLines(text: string): Line[] {
  if (text === lastText) return lastLines;
  lastLines = split(text);
  lastText = text;
  return lastLines;
}

/**
 * `f` remembered for the last `lines` array it was asked about: identify's steps ask the same questions (title line,
 * signature) of splitLines' cached array several times. The answer is shared: read it, do not change it.
 */
export function perLines<T>(f: (lines: Line[]) => T): (lines: Line[]) => T {
  let seen: Line[] | null = null;
  let memo: T;
  return (lines) => {
    if (lines !== seen) {
      memo = f(lines);
      seen = lines;
    }
    return memo;
  };
}

function split(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  // normalize leaves only \n, and a split on a one-character string is much cheaper than on a regex
  const raw = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const t = r.trim();
    if (t) {
      const lead = t.length === r.length ? 0 : r.length - r.trimStart().length;
      out.push(new TextLine(t, pos + lead, pos + lead + t.length, out.length));
    }
    pos += r.length + 1;
    // account for \r\n: split consumed two characters
    if (text.charCodeAt(pos - 1) === 13 && text.charCodeAt(pos) === 10) pos++;
  }
  return out;
}

/** Labels of site metadata fields (来源:…, 发布日期:…, 浏览次数:…). */
const FIELD_LABEL = "(?:信息来源|来源|发布日期|发布时间|发文日期|成文日期|更新时间|发表时间|时间|日期|浏览次数|点击量|点击数|阅读次数|访问量|作者|编辑|责任编辑|字体|字号|索引号|文号|发文字号|发布机构|发文机关|分类|主题分类)";
const FIELD_RE = new RegExp(`${FIELD_LABEL}\\s*[::]`);
const CHROME_RE =
  /当前位置|您的位置|首页\s*[>›»]|[>›»]\s*(?:正文|详情)|^(?:登录|注册|登录\s*注册|政府信息公开|打印|关闭|分享|返回顶部|收藏|【.{0,6}】[^。,;]{0,30})$|打印本页|关闭窗口|【\s*(?:打印|关闭|大|中|小)\s*】|字体\s*[\[\[【]|^(?:主办|承办)单位|(?:主办|承办)单位\s*[:：]|版权所有|ICP备|网站标识码|公网安备|联系我们|技术支持\s*[:：]|网站地图|无障碍|适老化|扫一扫|分享到/;

/**
 * A line of the hosting web site rather than of the report (navigation, metadata fields, footer). (A footer's 主办单位
 * and 承办单位 are labels; in prose, "交由86家承办单位办理", they are words of the report.)
 */
export function isChromeLine(line: string): boolean {
  return CHROME_RE.test(line) || (line.length < 120 && line.includes(":") && FIELD_RE.test(line) && !line.includes("。"));
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, "○": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  // 二〇二四 (digit by digit) or 三十一 / 十二 / 十 (with 十)
  if (!s.includes("十")) {
    let v = 0;
    for (const ch of s) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  const [a, b] = s.split("十");
  const tens = a ? CN_DIGIT[a] : 1;
  const ones = b ? CN_DIGIT[b] : 0;
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const CN = "[〇零○Oo一二三四五六七八九十]";
/** 2024年1月31日 / 二〇二四年一月三十一日 / 2024-01-31 / 2024/1/31 / 2024.01.31 */
export const DATE_SRC =
  `(?:(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(${CN}{4})\\s*年\\s*(${CN}{1,3})\\s*月\\s*(${CN}{1,3})\\s*日|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d))`;

export function dateFromMatch(m: RegExpExecArray | RegExpMatchArray, offset = 1): string | null {
  if (m[offset]) return isoDate(Number(m[offset]), Number(m[offset + 1]), Number(m[offset + 2]));
  if (m[offset + 3]) {
    const y = cnNumber(m[offset + 3]!), mo = cnNumber(m[offset + 4]!), d = cnNumber(m[offset + 5]!);
    return y === null || mo === null || d === null ? null : isoDate(y, mo, d);
  }
  if (m[offset + 6]) return isoDate(Number(m[offset + 6]), Number(m[offset + 7]), Number(m[offset + 8]));
  return null;
}

// built once: none has the g flag, so exec keeps no state between calls
const DATE_RE = new RegExp(DATE_SRC);
const DATE_ONLY_RE = new RegExp(`^[((]?\\s*${DATE_SRC}\\s*[))]?$`);
const ORGAN_DATE_RE = new RegExp(`^(.{2,60}?)\\s*${DATE_SRC}$`);

/** Parse a date written in any of the usual forms; null when not a full valid date. */
export function parseDate(s: string): string | null {
  const m = DATE_RE.exec(s);
  return m ? dateFromMatch(m) : null;
}

/** A line that is nothing but a date (the date under a signature): "2024年1月31日", "二〇二四年二月二十三日". */
export function dateOnlyLine(line: string): string | null {
  const m = DATE_ONLY_RE.exec(line.replace(/\s+/g, ""));
  return m ? dateFromMatch(m) : null;
}

const ORGAN_PIECE =
  /^(?:中共|中国共产党)?[\u4e00-\u9fff()()·]{1,30}?(?:人民政府|政府|委员会|党委|委|局|办公室|办|厅|院|中心|领导小组|法制办)$/;

/** A signature-like line: one or more organ names separated by spaces ("中共铁岭市委 铁岭市人民政府"). */
export function organLine(line: string): string | null {
  if (line.length > 60 || /[。,,;;::!?]/.test(line)) return null;
  if (headingLevel(line) > 0 || /^(?:关于|加强|推进|坚持|建设|深化|完善|健全|强化|全面|提升|推动|打造|构建|发挥|落实)/.test(line)) return null;
  const pieces = line.split(/[\s、]+/).filter(Boolean);
  if (!pieces.length || pieces.length > 4) return null;
  if (!pieces.every((p) => ORGAN_PIECE.test(p))) return null;
  return pieces.join(" ");
}

/** Lines of a trailing note such as "(此件公开发布)", "(此件主动公开)" that follow a signature. */
export function isTrailerLine(line: string): boolean {
  return /^[((]\s*此件.{0,12}[))]$|^[((].{0,14}公开.{0,6}[))]$|^附件[::]|^抄送[::]|^特此报告[。.]?$/.test(line);
}

export interface Signature {
  /** normalized issuer, e.g. "中共铁岭市委 铁岭市人民政府" */
  issuer: string | null;
  date: string | null;
  /** indices (in the Line array) of the signature lines (issuer and date) */
  lineIndices: number[];
}

/**
 * The signature block at the end of the report: organ line(s) followed by a date line (or an organ line alone).
 * The result is shared between callers with the same `lines`: read it, do not change it.
 */
export const findSignature: (lines: Line[]) => Signature = perLines(signatureOf);

function signatureOf(lines: Line[]): Signature {
  const sig: Signature = { issuer: null, date: null, lineIndices: [] };
  // walk back over footer chrome and trailers
  let i = lines.length - 1;
  let steps = 0;
  while (i >= 0 && steps < 12 && (lines[i]!.chrome || isTrailerLine(lines[i]!.text))) { i--; steps++; }
  if (i < 0) return sig;
  const last = lines[i]!.text;
  let d = dateOnlyLine(last);
  if (!d) {
    // "株洲市芦淞区人民政府 2024年2月23日" on one line
    const m = ORGAN_DATE_RE.exec(last);
    if (m) {
      const date = dateFromMatch(m, 2);
      const organ = organLine(m[1]!.trim());
      if (date && organ) return { issuer: organ, date, lineIndices: [i] };
    }
  }
  if (d) {
    sig.date = d;
    sig.lineIndices.push(i);
    i--;
  }
  const organs: string[] = [];
  for (let k = 0; k < 3 && i >= 0; k++, i--) {
    const o = organLine(lines[i]!.text);
    if (!o) break;
    organs.unshift(o);
    sig.lineIndices.unshift(i);
  }
  if (organs.length) sig.issuer = organs.join(" ");
  return sig;
}

/** Section headings for the next year's plan: "四、2024年法治政府建设工作安排", "下一步工作打算", "2024年工作规划". */
export const PLAN_HEADING_RE = /(?:安排|计划|规划|打算|思路|要点|展望|谋划|下一步|下步|努力方向|工作重点|重点工作)/;

const HEADING_START: ReadonlySet<number> = new Set([..."一二三四五六七八九十(0123456789"].map((c) => c.charCodeAt(0)));

/** A heading line: "一、…", "(一)…", "1.…", or a short line without a full stop. */
export function headingLevel(line: string): number {
  // every form starts with a Chinese numeral, a parenthesis or a digit: most lines are turned away by their first unit
  if (!HEADING_START.has(line.charCodeAt(0))) return 0;
  if (/^[一二三四五六七八九十]{1,3}\s*[、.]/.test(line)) return 1;
  if (/^[((][一二三四五六七八九十]{1,3}[))]/.test(line)) return 2;
  if (/^\d{1,2}\s*[、.](?!\d)/.test(line)) return 3;
  return 0;
}

/**
 * Character ranges of the next-year plan sections: from a level-1 heading (or a heading-like short line) that names
 * a plan up to the next level-1 heading that does not.
 */
export function planRanges(lines: Line[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: number | null = null;
  for (const l of lines) {
    const lvl = headingLevel(l.text);
    const shortHeading = lvl === 0 && l.text.length <= 30 && !/[。,,;;]/.test(l.text);
    if (lvl === 1 || shortHeading) {
      const isPlan = PLAN_HEADING_RE.test(l.text) && !/(?:情况|成效|完成|落实情况|执行情况)$/.test(l.text);
      if (isPlan && open === null) open = l.start;
      else if (!isPlan && open !== null && lvl === 1) { ranges.push([open, l.start]); open = null; }
    }
  }
  if (open !== null) ranges.push([open, lines.length ? lines[lines.length - 1]!.end : open]);
  return ranges;
}

export function inRanges(pos: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => pos >= a && pos < b);
}
