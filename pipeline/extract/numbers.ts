// Number / quantity parser for Chinese government reports.
//
// findNumbers(text) scans the text once, left to right, and returns every quantity mention with its value
// (scaled: 1.7万 → 17000, 0.89亿元 → 89000000, percents stay 0–100), its normalized unit, its qualifier
// (余/多/近/约 → approx, 以上 → at_least, 超过 → more_than, …) and character offsets into the string it was given.
// The text is expected to be NFKC-normalized already (full-width digits, ％ and ， are ASCII). findNumbers never
// normalizes it; raw full-width input (３４０件, ９８．３％) still works because full-width ASCII is mapped one
// character to one character onto a shadow copy, so offsets always refer to the caller's string.
// Cost: one left-to-right pass with sticky regexes and bounded look-around (≈5 ms for the five seed reports).
//
// Things that look like numbers but are not quantities are dropped: ordinals (第三批, 十九届, 二十大, 二中全会),
// dates and years (2023年, 1-4月, 2024-01-31), document numbers (〔2020〕12号), anything inside 《…》 titles or a
// short quoted slogan (“七五”, “3820”, “最多跑一次”), hotlines and codes (8890便民服务专线, 1+4+N, 2-1-1-5-2), levels
// (两级, 四级) and Chinese-numeral words that are not counts (一是, 八五普法, 一把手, 一季度). See the rules in
// exclusionReason() and the comments near the constants below.

export type Qualifier = "exact" | "approx" | "at_least" | "more_than" | "at_most" | "less_than";

export interface NumberMention {
  /** scaled value: 1.7万→17000, 0.89亿元→89000000; percents stay 0–100 (95%→95) */
  value: number;
  /** normalized unit ("件", "人次", "%", "个百分点", "元", "比" for ratios …); "" when none */
  unit: string;
  qualifier: Qualifier;
  /** offsets of the whole mention, qualifier words and unit included */
  start: number;
  end: number;
  /** offsets of just the number (incl. 万/亿 and 余/多 inside it; for a range, low..high) */
  numStart: number;
  numEnd: number;
  /** text.slice(start, end) */
  raw: string;
  /** high end of a range ("3至5件" → value 3, rangeTo 5) */
  rangeTo?: number;
  /** the number was written in Chinese numerals */
  chineseNumeral: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Units

/**
 * Unit words recognised after a number, as [written form, normalized unit]. Matched longest first, so 人次 wins
 * over 人, 件次 over 件, 场次 over 场, 个百分点 over 个. 万/亿 are read as part of the number, so 万元 → 元 (scaled).
 */
const UNIT_TABLE: ReadonlyArray<readonly [string, string]> = [
  ["个工作日", "个工作日"], ["工作日", "个工作日"], ["个百分点", "个百分点"], ["百分点", "个百分点"],
  ["个季度", "个季度"], ["个月", "个月"], ["平方公里", "平方公里"], ["平方米", "平方米"], ["人民币", "元"],
  ["人次", "人次"], ["件次", "件次"], ["场次", "场次"], ["户次", "户次"], ["批次", "批次"], ["车次", "车次"],
  ["架次", "架次"], ["班次", "班次"], ["部门", "部门"], ["小时", "小时"], ["分钟", "分钟"], ["公里", "公里"],
  ["公顷", "公顷"],
  ["件", "件"], ["宗", "宗"], ["起", "起"], ["批", "批"], ["人", "人"], ["名", "名"], ["位", "位"], ["次", "次"],
  ["场", "场"], ["期", "期"], ["部", "部"], ["份", "份"], ["条", "条"], ["项", "项"], ["个", "个"], ["户", "户"],
  ["家", "家"], ["卷", "卷"], ["本", "本"], ["套", "套"], ["天", "天"], ["元", "元"], ["亩", "亩"], ["类", "类"],
  ["所", "所"], ["支", "支"], ["台", "台"], ["张", "张"], ["篇", "篇"], ["倍", "倍"], ["处", "处"], ["座", "座"],
  ["辆", "辆"], ["吨", "吨"], ["笔", "笔"], ["封", "封"], ["册", "册"], ["幅", "幅"], ["块", "块"], ["票", "票"],
  ["岁", "岁"], ["米", "米"], ["轮", "轮"], ["组", "组"], ["栋", "栋"], ["幢", "幢"],
  // traditional-character mirrors of scraped pages
  ["場次", "场次"], ["項", "项"], ["條", "条"], ["個", "个"], ["場", "场"], ["戶", "户"], ["張", "张"], ["臺", "台"],
  ["筆", "笔"],
];

/** The written unit forms, longest first (for callers that build their own patterns). */
export const UNIT_WORDS: readonly string[] = [...UNIT_TABLE]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([w]) => w);

/** Written unit form → normalized unit (百分点 → 个百分点, 工作日 → 个工作日, 人民币 → 元, 項 → 项 …). */
export const UNIT_NORMALIZATION: ReadonlyMap<string, string> = new Map(UNIT_TABLE);

const UNITS_BY_FIRST = new Map<string, Array<readonly [string, string]>>();
for (const entry of [...UNIT_TABLE].sort((a, b) => b[0].length - a[0].length)) {
  const list = UNITS_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  UNITS_BY_FIRST.set(entry[0][0]!, list);
}

/**
 * A unit character followed by one of these characters is the start of an ordinary word, not a unit
 * (人民, 场所, 条例, 台账, 处罚, 期间, 本级, 家庭, 所有, 支持, 起草, 套餐, 元旦, 户籍, 组织 …).
 */
const UNIT_GUARD: Record<string, string> = {
  人: "民", 场: "所地景馆面合", 条: "例线款", 台: "账阶湾", 处: "罚理置级室长分", 期: "间限满望待末初中货刊",
  本: "级单地身届科", 家: "庭长属乡", 次: "性日", 名: "单称义誉", 所: "有在以属得谓", 支: "持付出撑部",
  起: "草步点来", 份: "额", 套: "餐路", 元: "旦宵素首", 户: "籍口外", 组: "织建成合", 天: "然津下地", 张: "贴",
  部: "分署", 米: "饭",
};

export function isPercentUnit(unit: string): boolean {
  return unit === "%";
}

// ---------------------------------------------------------------------------------------------------------------
// Chinese numerals

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
// The same by character code, for the scanning loops: `c in DIGITS` with a fresh one-character CJK string costs a
// string-table lookup per character, a numeric Map lookup does not.
const byCode = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k.charCodeAt(0), v]));
const DIGIT_CODE = byCode(DIGITS);
const SMALL_CODE = byCode(SMALL_UNITS);
const BIG_CODE = byCode(BIG_UNITS);

/** Removes floating-point noise from scaled values (3499.8 × 1e4 → 34998000). */
function clean(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  // most decimals are clean already (98.5, 0.3): checked with arithmetic before the string round trip
  if (Math.abs(x) < 1e9 && Math.round(x * 1e6) / 1e6 === x) return x;
  return Number.parseFloat(x.toPrecision(15));
}

/**
 * Parses a Chinese numeral ("一亿二千万" → 120000000, "两千三百万" → 23000000, "二〇二三" → 2023, "十五" → 15,
 * "九十八点五" → 98.5, "一千零五" → 1005). Arabic digits may be mixed in ("1.7万" → 17000). Returns null for
 * anything that is not a well-formed numeral ("十一五", "两三", "百分之九十五", "一些").
 * 万 and 亿 are kept in separate accumulators, so 一亿二千万 is 1.2亿, not 1000020000000.
 */
export function parseChineseNumeral(input: string): number | null {
  return parseNumeral(input.normalize("NFKC").replace(/[\s,]/g, ""));
}

/** parseChineseNumeral without the normalization (the scanner's runs contain no spaces or full-width forms). */
function parseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit-by-digit form: 二〇二三, 一九四九 (three or more digits, or two with a zero: 二〇).
  if (/^[〇零一二三四五六七八九]+$/.test(s) && (s.length >= 3 || /[〇零]/.test(s))) {
    if (s.length === 1) return 0;
    if (s.length === 2 && /^[〇零]/.test(s)) return null;
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  let total = 0; // the 亿 level
  let wanSec = 0; // the 万 level below 亿
  let sec = 0; // below 万
  let num = 0; // the pending digit
  let lastSmall = Infinity; // unit order inside a section must fall: 千 > 百 > 十
  let prev: "start" | "digit" | "small" | "big" | "zero" | "frac" = "start";
  let prevUnit = 0; // the unit (small or big) right before the pending digit, for 三百四 / 两万五
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const ar = c >= "0" && c <= "9" ? /^\d+(?:\.\d+)?/.exec(s.slice(i)) : null;
    if (ar) {
      if (prev === "digit" || prev === "frac") return null;
      num = Number(ar[0]);
      prevUnit = prev === "small" || prev === "big" ? prevUnit : 0;
      prev = ar[0].includes(".") ? "frac" : "digit";
      i += ar[0].length;
      continue;
    }
    const d = DIGIT_CODE.get(s.charCodeAt(i));
    if (d !== undefined) {
      if (d === 0) {
        if (prev === "frac") return null;
        num = 0;
        prev = "zero";
        prevUnit = 0;
      } else {
        if (prev === "digit" || prev === "frac") return null;
        num = d;
        if (prev !== "small" && prev !== "big") prevUnit = 0;
        prev = "digit";
      }
      i++;
      continue;
    }
    const u = SMALL_CODE.get(s.charCodeAt(i));
    if (u !== undefined) {
      if (prev === "frac") return null;
      if (u >= lastSmall) return null;
      if (prev === "digit") sec += num * u;
      else if (prev === "start" || prev === "big" || prev === "zero") sec += u; // 十五, 一万十, 一百零十 (loose)
      else return null;
      num = 0;
      lastSmall = u;
      prev = "small";
      prevUnit = u;
      i++;
      continue;
    }
    const b = BIG_CODE.get(s.charCodeAt(i));
    if (b !== undefined) {
      const implicitOne = prev === "start";
      if (b === 1e4) {
        if (wanSec !== 0) return null;
        const part = sec + num;
        if (part === 0 && !implicitOne) return null;
        wanSec = (implicitOne ? 1 : part) * 1e4;
      } else {
        if (total !== 0) return null;
        const part = wanSec + sec + num;
        if (part === 0 && !implicitOne) return null;
        total = (implicitOne ? 1 : part) * 1e8;
        wanSec = 0;
      }
      sec = 0;
      num = 0;
      lastSmall = Infinity;
      prev = "big";
      prevUnit = b;
      i++;
      continue;
    }
    if (c === "点" || c === "點" || c === ".") {
      if (prev !== "digit" && prev !== "small" && prev !== "zero") return null;
      let j = i + 1;
      let frac = "";
      while (j < s.length && (/\d/.test(s[j]!) || (s[j]! in DIGITS && s[j] !== "两" && s[j] !== "兩"))) {
        frac += /\d/.test(s[j]!) ? s[j] : String(DIGITS[s[j]!]);
        j++;
      }
      if (!frac) return null;
      num = sec + num + Number(`0.${frac}`);
      sec = 0;
      lastSmall = Infinity;
      prev = "frac";
      i = j;
      continue;
    }
    return null;
  }
  // Colloquial shorthand: 三百四 = 340, 两万五 = 25000, 一亿五 = 1.5亿 (a trailing digit right after a unit ≥ 百).
  if (prev === "digit" && prevUnit >= 100) num = num * (prevUnit / 10);
  return clean(total + wanSec + sec + num);
}

// ---------------------------------------------------------------------------------------------------------------
// Scanner helpers

const CN_NUM_CHARS = new Set("零〇一二两三四五六七八九十百千万亿萬億兩几");
// bounded repetitions keep every match short, so a failed parse can be retried one character later in O(1)
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿萬億兩几]{1,30}(?:[点點][零〇一二三四五六七八九]{1,10})?/y;
const AR_NUM = /\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SPACE = /[ \u00a0\u3000\t]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTER = /[A-Za-z]/;

/** Prefix qualifiers, longest first. 达/达到/为/共/计/累计/实现 are not qualifiers and are never included. */
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不超过", "at_most"], ["不低于", "at_least"], ["不少于", "at_least"], ["超过", "more_than"], ["突破", "more_than"],
  ["大约", "approx"], ["不足", "less_than"], ["低于", "less_than"], ["不到", "less_than"], ["逾", "more_than"],
  ["超", "more_than"], ["近", "approx"], ["约", "approx"],
];
/** 近/约/超 inside these words is not a qualifier (最近, 附近, 节约, 签约, 赶超 …). */
const PREFIX_BLOCKERS: Record<string, string> = {
  近: "最就附临靠亲贴邻远", 约: "节制预签合条邀相特公违履践婚大", 超: "赶高",
};
const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["以上", "at_least"], ["以下", "at_most"], ["以内", "at_most"], ["左右", "approx"],
];

const TIME_OR_MULTIPLE_UNITS = new Set(["个月", "天", "小时", "分钟", "个工作日", "个季度", "倍", "%"]);

/** Characters after a number that make it a date, ordinal, level, version, time … even across a PDF space. */
const NON_QUANTITY_SUFFIX = /^(?:年|月|日|号|號|届|屆|大|中全会|版|级|級|季度|周年|时|点|秒|世纪|后)/;
/** Characters before a number that make it a code: hotline, phone, post code. */
const CODE_PREFIX = /(?:拨打|热线|电话|专线|传真|邮编|手机|号码|编号|代码|QQ|微信)[:\s]*$/;
/** Range separators: 3至5件, 20-30人, 10～15%. */
const RANGE_SEP = /(?:至|到|——|—|–|-|~|～|〜|－)/y;

/** Chinese-numeral phrases that are slogans, policy names or place names, not counts (checked at the numeral). */
const CN_STOP = new RegExp(
  "^(?:" +
    [
      "[一二两三四五六七八九十]项制度", "[一二两三四五六七八九十]张清单", "四所一庭", "三重一大",
      "[一二两三四五六七八九十]个(?:确立|维护|意识|自信|全面|过硬|区分开来|务必|结合|毫不动摇|健康|一以贯之|着力|代表|坚持|离不开|必须|统筹|没有变|基本点|百年|文明)",
      "七台河", "[三五九]台(?:县|山|区|市)", "五家渠", "一件事", "一次性", "一天办", "一次办",
    ].join("|") +
    ")",
);

interface Core {
  /** value before multipliers */
  base: number;
  /** product of 万/亿/千… multipliers after Arabic digits (1 for Chinese runs, which include them) */
  mult: number;
  value: number;
  start: number;
  /** end of the number incl. multipliers and 余/多 */
  end: number;
  chinese: boolean;
  /** 余/多/几 inside, or a pair like 两三 */
  approx: boolean;
  /** the high end for 两三/三四 pairs */
  pairTo?: number;
  /** starts with 百/千/万/亿 (no leading digit): only a quantity after a qualifier or with 余 */
  bareLead: boolean;
  /** exactly 一: usually the article "a" (一项工作, 一批, 一支队伍) */
  loneOne: boolean;
  /** Arabic integer with a leading zero, ≥10 digits, or part of a dotted/slashed chain (dates, versions, codes) */
  code: boolean;
  integer: boolean;
  text: string;
}

function skipSpaces(text: string, i: number, max = 3): number {
  let k = i;
  while (k < text.length && k - i < max && SPACE.test(text[k]!)) k++;
  return k;
}

function skipSpacesBack(text: string, i: number, max = 3): number {
  // returns the index just after the last non-space char before i
  let k = i;
  while (k > 0 && i - k < max && SPACE.test(text[k - 1]!)) k--;
  return k;
}

/** 余/多 then 万/亿/千… then 余/多 after a number (10余万, 1.7万余, 200多, 六十余, 五十多万). */
function readTail(text: string, i: number, arabic: boolean): { end: number; mult: number; approx: boolean } {
  let k = skipSpaces(text, i, 2);
  let approx = false;
  let mult = 1;
  let consumed = i;
  if (text[k] === "余" || text[k] === "多" || text[k] === "餘") {
    approx = true;
    k++;
    consumed = k;
    k = skipSpaces(text, k, 2);
  }
  let m = k;
  let mm = 1;
  while (m < text.length) {
    const code = text.charCodeAt(m);
    const big = BIG_CODE.get(code);
    const small = arabic && big === undefined ? SMALL_CODE.get(code) : undefined;
    if (big !== undefined) mm *= big;
    else if (small !== undefined && code !== 0x62fe /* 拾 */ && code !== 0x4f70 /* 佰 */ && code !== 0x4edf /* 仟 */ && text[m + 1] !== "分") mm *= small;
    else break;
    m++;
  }
  if (m > k) {
    mult = mm;
    consumed = m;
    k = skipSpaces(text, m, 2);
    if (!approx && (text[k] === "余" || text[k] === "多" || text[k] === "餘")) {
      approx = true;
      consumed = k + 1;
    }
  }
  return { end: consumed, mult, approx };
}

function readCore(text: string, p: number): Core | null {
  const c = text[p]!;
  if (c >= "0" && c <= "9") {
    AR_NUM.lastIndex = p;
    const m = AR_NUM.exec(text);
    if (!m) return null;
    let numText = m[0];
    // "分别为120,135,146件" is a list, not 120135146: no thousands grouping after 分别
    // (but "1,872件": a single leading digit before the comma is a thousands group, no list starts with a lone 1)
    if (numText.includes(",") && numText.indexOf(",") > 1 && text.slice(Math.max(0, p - 12), p).includes("分别")) numText = numText.slice(0, numText.indexOf(","));
    let end = p + numText.length;
    let code = false;
    const digits = numText.replace(/,/g, "");
    const dot = digits.indexOf(".");
    const intPart = dot < 0 ? digits : digits.slice(0, dot);
    if ((intPart.length > 1 && intPart.startsWith("0")) || (intPart.length >= 10 && !numText.includes(","))) code = true;
    // chains: 2011.12.11, 2024/1/31, 6·1, 1.2.3
    if (/^[.·•/]\d/.test(text.slice(end, end + 2))) {
      code = true;
      while (end < text.length && /[\d.·•/]/.test(text[end]!)) end++;
    }
    if (p > 0 && /[·•/]/.test(text[p - 1]!) && p > 1 && /\d/.test(text[p - 2]!)) code = true;
    const base = Number(digits);
    if (code) {
      return { base, mult: 1, value: base, start: p, end, chinese: false, approx: false, bareLead: false, loneOne: false, code, integer: !digits.includes("."), text: numText };
    }
    const tail = readTail(text, end, true);
    return {
      base, mult: tail.mult, value: clean(base * tail.mult), start: p, end: tail.end, chinese: false, approx: tail.approx,
      bareLead: false, loneOne: false, code: false, integer: !digits.includes(".") && tail.mult === 1, text: numText,
    };
  }
  if (!CN_NUM_CHARS.has(c)) return null;
  CN_RUN.lastIndex = p;
  const m = CN_RUN.exec(text);
  if (!m) return null;
  const run = m[0];
  let runEnd = p + run.length;
  let value: number | null;
  let approx = false;
  let pairTo: number | undefined;
  if (/^[一二两三四五六七八九]{2}$/.test(run) && DIGITS[run[1]!] === DIGITS[run[0]!]! + 1) {
    // 两三个月, 三四次: an approximate range
    value = DIGITS[run[0]!]!;
    pairTo = DIGITS[run[1]!]!;
    approx = true;
  } else if (/^[^几]*[十百千]几$/.test(run)) {
    // 十几件, 二十几人
    value = parseNumeral(run.slice(0, -1));
    approx = true;
  } else if (run.includes("几")) {
    value = null;
  } else {
    value = parseNumeral(run);
  }
  if (value === null) {
    // not a numeral (十一五, 一一对应, 统一三百件): retry from the next character
    return { base: NaN, mult: 1, value: NaN, start: p, end: p + 1, chinese: true, approx, bareLead: false, loneOne: false, code: true, integer: false, text: run };
  }
  const tail = readTail(text, runEnd, false);
  if (tail.end > runEnd) runEnd = tail.end;
  // split a trailing 万/亿 off as the multiplier (五万 → 5 × 1e4), so that 三至五万元 scales both ends
  let base = value;
  let mult = tail.mult;
  const big = /^(.*?[^万亿萬億])([万亿萬億]+)$/.exec(run);
  if (big && !pairTo) {
    const head = parseNumeral(big[1]!);
    if (head !== null) {
      base = head;
      mult *= [...big[2]!].reduce((acc, ch) => acc * BIG_UNITS[ch]!, 1);
    }
  }
  return {
    base, mult, value: clean(value * tail.mult), start: p, end: runEnd, chinese: true,
    approx: approx || tail.approx, pairTo: pairTo !== undefined ? pairTo * tail.mult : undefined,
    bareLead: /^[百千万亿萬億]/.test(run), loneOne: run === "一" && !tail.approx && tail.mult === 1,
    code: false, integer: Number.isInteger(value), text: run,
  };
}

interface UnitHit {
  unit: string;
  end: number;
  /** 5个多月: the unit carries the approximation */
  approx?: boolean;
}

function readUnit(text: string, i: number): UnitHit | null {
  const k = skipSpaces(text, i, 2);
  const c = text[k];
  if (c === undefined) return null;
  if (c === "%" || c === "％") return { unit: "%", end: k + 1 };
  if (c === "‰") return { unit: "‰", end: k + 1 };
  if (text.startsWith("个多月", k)) return { unit: "个月", end: k + 3, approx: true };
  for (const [w, u] of UNITS_BY_FIRST.get(c) ?? []) {
    if (!text.startsWith(w, k)) continue;
    const next = text[k + w.length] ?? "";
    if (w.length === 1 && next && UNIT_GUARD[w]?.includes(next)) return null;
    return { unit: u, end: k + w.length };
  }
  return null;
}

/** Marks characters inside 《…》/〈…〉 titles (1) and short quoted spans “…” (2). */
// Character codes the mask cares about; everything else is skipped with one comparison per character.
const C_TITLE_OPEN = [0x300a, 0x3008]; // 《 〈
const C_TITLE_CLOSE = [0x300b, 0x3009]; // 》 〉
// “” ‘’ 「」 『』: a pair's index by its opening and by its closing mark (-1: neither)
const QUOTE_OPENS = [0x201c, 0x2018, 0x300c, 0x300e];
const QUOTE_CLOSES = [0x201d, 0x2019, 0x300d, 0x300f];
const C_NL = 10;
const C_ASCII_QUOTE = 34;
const MASK_CHARS = /[《〈“‘「『"]/;

// Most sentences have no title or quote: they share one empty mask (reads past its end are undefined, i.e. unmasked).
const NO_MASK = new Uint8Array(0);

function buildMask(text: string): Uint8Array {
  if (!MASK_CHARS.test(text)) return NO_MASK;
  const n = text.length;
  const mask = new Uint8Array(n);
  // titles, nesting-aware, within one line
  if (text.includes("《") || text.includes("〈")) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== C_TITLE_OPEN[0] && c !== C_TITLE_OPEN[1]) continue;
      let depth = 0;
      let j = i;
      for (; j < n && j - i < 200; j++) {
        const d = text.charCodeAt(j);
        if (d === C_NL) break;
        if (d === C_TITLE_OPEN[0] || d === C_TITLE_OPEN[1]) depth++;
        else if (d === C_TITLE_CLOSE[0] || d === C_TITLE_CLOSE[1]) {
          depth--;
          if (depth === 0) break;
        }
      }
      if (depth === 0 && j < n) {
        mask.fill(1, i, j + 1);
        i = j;
      }
    }
  }
  // short quotes: slogans and names (“七五”普法, “3820”战略, “最多跑一次”, “6·1开原龙卷风”)
  // (one pass: the latest opening mark pairs with the next closing mark on the same line; ASCII " alternates)
  const lastOpen = [-1, -1, -1, -1]; // per pair, the latest opening mark on this line
  let asciiOpen = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2018 && c !== C_NL && c !== C_ASCII_QUOTE) continue;
    let q: number;
    if (c === C_NL) {
      lastOpen.fill(-1);
      asciiOpen = -1;
    } else if ((q = QUOTE_OPENS.indexOf(c)) >= 0) {
      lastOpen[q] = i;
    } else if ((q = QUOTE_CLOSES.indexOf(c)) >= 0) {
      const a = lastOpen[q]!;
      if (a >= 0 && i - a - 1 <= 20) mask.fill(2, a, i + 1);
      lastOpen[q] = -1;
    } else if (c === C_ASCII_QUOTE) {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen - 1 <= 20) mask.fill(2, asciiOpen, i + 1);
        asciiOpen = -1;
      }
    }
  }
  return mask;
}

/** Words allowed between a prefix qualifier and the number: 约为24%, 约占40%, 近达1万件, 超过了90%. */
const PREFIX_LINKS = ["达到", "为", "达", "占", "有", "计", "了"];

function readPrefix(text: string, numStart: number, floor: number): { q: Qualifier; start: number } | null {
  const k0 = skipSpacesBack(text, numStart, 2);
  const ends = [k0];
  for (const l of PREFIX_LINKS) if (k0 - l.length >= floor && text.startsWith(l, k0 - l.length)) ends.push(k0 - l.length);
  for (const k of ends) {
    for (const [w, q] of PREFIX_QUALIFIERS) {
      const s = k - w.length;
      if (s < floor || !text.startsWith(w, s)) continue;
      const before = text[s - 1] ?? "";
      if (w.length === 1 && before && PREFIX_BLOCKERS[w]?.includes(before)) break;
      return { q, start: s };
    }
  }
  return null;
}

function readSuffix(text: string, i: number): { q: Qualifier; end: number } | null {
  const k = skipSpaces(text, i, 2);
  for (const [w, q] of SUFFIX_QUALIFIERS) if (text.startsWith(w, k)) return { q, end: k + w.length };
  return null;
}

function isLineStart(text: string, i: number): boolean {
  const k = skipSpacesBack(text, i, 8);
  return k === 0 || /[\n。;;!!??::]/.test(text[k - 1]!);
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner

interface Attempt {
  mention: NumberMention | null;
  next: number;
}

function attemptAt(text: string, p: number, mask: Uint8Array, floor: number): Attempt {
  // 百分之九十五, 百分之百, 百分之九十八点五
  if (text.startsWith("百分之", p)) {
    const q = skipSpaces(text, p + 3, 2);
    const core = q < text.length ? readCore(text, q) : null;
    if (!core || core.code || Number.isNaN(core.value)) return { mention: null, next: p + 3 };
    if (mask[p]) return { mention: null, next: core.end };
    const prefix = readPrefix(text, p, floor);
    const suffix = readSuffix(text, core.end);
    const qualifier = suffix?.q ?? prefix?.q ?? (core.approx ? "approx" : "exact");
    const start = prefix?.start ?? p;
    const end = suffix?.end ?? core.end;
    return {
      mention: {
        value: core.value, unit: "%", qualifier, start, end, numStart: core.start, numEnd: core.end,
        raw: text.slice(start, end), chineseNumeral: core.chinese,
      },
      next: end,
    };
  }

  const a = readCore(text, p);
  if (!a) return { mention: null, next: p + 1 };
  if (a.code || Number.isNaN(a.value)) return { mention: null, next: Math.max(a.end, p + 1) };

  let numEnd = a.end;
  let value = a.value;
  let rangeTo: number | undefined = a.pairTo;
  let unit: UnitHit | null = null;
  let ratio = false;
  let percentFromCheng = false;

  // ---- what follows the number
  const k = skipSpaces(text, a.end, 2);
  const next = text[k] ?? "";
  // fraction 三分之一 → 33.33… %
  const frac = /^分之/.test(text.slice(k, k + 2)) ? readCore(text, skipSpaces(text, k + 2, 2)) : null;
  if (frac && !frac.code && !Number.isNaN(frac.value) && a.value > 0) {
    value = clean((frac.value / a.value) * 100);
    numEnd = frac.end;
    unit = { unit: "%", end: frac.end };
  } else if (!a.chinese && (next === ":" || next === "∶") && /\d/.test(text[k + 1] ?? "")) {
    // ratio 3.78:1 / time 8:30 / chain 12:30:00
    AR_NUM.lastIndex = k + 1;
    const m = AR_NUM.exec(text)!;
    const bEnd = k + 1 + m[0].length;
    const b = Number(m[0].replace(/,/g, ""));
    const isTime = a.integer && a.value <= 24 && /^[0-5]\d$/.test(m[0]);
    if (isTime || text[bEnd] === ":" || b === 0) return { mention: null, next: Math.max(bEnd, p + 1) };
    value = clean(a.value / b);
    numEnd = bEnd;
    ratio = true;
    unit = { unit: "比", end: bEnd };
  } else if (next === "成" && !/[功立为效果绩员本都交熟长就型品事年人不]/.test(text[k + 1] ?? "") && a.value <= 10 && a.mult === 1) {
    percentFromCheng = true;
    value = clean(a.value * 10);
    if (rangeTo !== undefined) rangeTo = rangeTo * 10;
    unit = { unit: "%", end: k + 1 };
  } else {
    unit = readUnit(text, a.end);
  }

  // ---- ranges: 3至5件, 20-30人, 10～15%, 10%-15%, 三至五年 (excluded below as a span of years)
  let rangeEnd = -1;
  let sep: RegExpExecArray | null = null;
  const s = skipSpaces(text, unit ? unit.end : a.end, 1);
  if (!ratio && !percentFromCheng && !frac && rangeTo === undefined) {
    RANGE_SEP.lastIndex = s;
    sep = RANGE_SEP.exec(text);
  }

  // No unit and no range after it: a Chinese numeral is then never a quantity (一是, 统一, 十四五), nor is an Arabic
  // number before 年/月/届… (2023年, 12月). Most candidates end here, so decide them before reading qualifiers; the
  // exclusions below would reject them all the same, and with the same next position.
  if (!unit && !sep) {
    if (a.chinese) return { mention: null, next: Math.max(a.end, p + 1) };
    const t = skipSpaces(text, a.end, 2);
    if (NON_QUANTITY_SUFFIX.test(text.slice(t, t + 4))) return { mention: null, next: Math.max(a.end, p + 1) };
  }

  if (sep) {
    const bPos = skipSpaces(text, s + sep[0].length, 1);
    const b = bPos < text.length ? readCore(text, bPos) : null;
    const hyphen = sep[0] !== "至" && sep[0] !== "到";
    if (b && (b.code || Number.isNaN(b.value)) && hyphen && !unit && !b.chinese) {
      // 2024-03-01, 2024-03: the first number belongs to a date or code
      let e = b.end;
      while (e < text.length && /[\d\-~～—–－]/.test(text[e]!)) e++;
      return { mention: null, next: Math.max(e, p + 1) };
    }
    if (b && !b.code && !Number.isNaN(b.value) && b.chinese === a.chinese) {
      const bUnit = readUnit(text, b.end);
      // chains: 2-1-1-5-2, 2024-01-31
      RANGE_SEP.lastIndex = skipSpaces(text, bUnit ? bUnit.end : b.end, 1);
      const sep2 = hyphen && !bUnit ? RANGE_SEP.exec(text) : null;
      if (sep2 && /\d/.test(text[RANGE_SEP.lastIndex] ?? "")) {
        let e = RANGE_SEP.lastIndex;
        while (e < text.length && /[\d\-~～—–－]/.test(text[e]!)) e++;
        return { mention: null, next: Math.max(e, p + 1) };
      }
      let aValue = a.value;
      if (a.mult === 1 && b.mult > 1 && a.base <= b.base) aValue = clean(a.base * b.mult); // 3至5万元
      const unitsAgree = !unit || !bUnit || unit.unit === bUnit.unit;
      const years = a.integer && b.integer && a.value >= 1900 && a.value <= 2100 && b.value >= 1900 && b.value <= 2100;
      if (unitsAgree && aValue <= b.value && !(years && !unit && !bUnit)) {
        value = aValue;
        rangeTo = b.value;
        numEnd = b.end;
        if (bUnit) unit = bUnit;
        rangeEnd = bUnit ? bUnit.end : b.end;
        if (b.approx) a.approx = true;
      } else if (hyphen && !unit) {
        // 2024-01, 0410-1234567, 2019-2021: a code or a span of years, not two quantities
        return { mention: null, next: Math.max(bUnit ? bUnit.end : b.end, p + 1) };
      }
    }
  }

  const unitEnd = rangeEnd >= 0 ? rangeEnd : unit ? unit.end : numEnd;
  const suffix = readSuffix(text, unitEnd);
  const end = suffix ? suffix.end : unitEnd;
  const prefix = readPrefix(text, p, floor);

  // ---- exclusions
  const reason = exclusionReason(text, mask, {
    a, p, numEnd, unit: unit?.unit ?? "", unitEnd, end, hasSuffix: !!suffix, hasPrefix: !!prefix, isRange: rangeTo !== undefined,
  });
  if (reason) return { mention: null, next: Math.max(a.end, numEnd, p + 1) };

  const qualifier: Qualifier = suffix?.q ?? prefix?.q ?? (a.approx || unit?.approx ? "approx" : "exact");
  const start = prefix?.start ?? p;
  const mention: NumberMention = {
    value, unit: unit?.unit ?? "", qualifier, start, end, numStart: p, numEnd,
    raw: text.slice(start, end), chineseNumeral: a.chinese,
  };
  if (rangeTo !== undefined) mention.rangeTo = rangeTo;
  return { mention, next: end };
}

interface Ctx {
  a: Core;
  p: number;
  numEnd: number;
  unit: string;
  unitEnd: number;
  end: number;
  hasSuffix: boolean;
  hasPrefix: boolean;
  isRange: boolean;
}

/** Returns why the candidate at p is not a quantity, or null when it is one. */
function exclusionReason(text: string, mask: Uint8Array, x: Ctx): string | null {
  const { a, p } = x;
  // inside a 《title》 or a short quoted slogan/name
  if (mask[p]) return "title_or_quote";
  const before = skipSpacesBack(text, p, 2);
  const prevChar = text[before - 1] ?? "";
  const afterNum = text[x.numEnd] ?? "";
  // ordinals: 第三批, 第1名
  if (prevChar === "第") return "ordinal";
  // formulas and codes: 1+4+N, 7×24小时, V2.0, 5G
  if (/[+＋×*]/.test(prevChar) || /[+＋×*]/.test(afterNum)) return "formula";
  // the second part of a code or date: 0410-1234567, 2024-03-01
  if (/[-~～—–－]/.test(text[p - 1] ?? "") && /\d/.test(text[p - 2] ?? "")) return "chain";
  if (LETTER.test(text[p - 1] ?? "") || LETTER.test(afterNum)) return "letters";
  // hotlines and phone numbers: 拨打12345
  if (CODE_PREFIX.test(text.slice(Math.max(0, p - 8), p))) return "code";
  // dates, years, ordinals, levels, versions: 2023年, 11月, 十九届, 二十大, 二中全会, 2.0版, 四级, 一季度
  const tail = text.slice(skipSpaces(text, x.isRange ? x.numEnd : a.end, 2), skipSpaces(text, x.isRange ? x.numEnd : a.end, 2) + 4);
  if (!x.unit && NON_QUANTITY_SUFFIX.test(tail)) return "span";
  // a congress session: 十三届全国人大五次会议, 省十二届三次会议 (but 召开3次会议 counts meetings)
  if (x.unit === "次" && /^(会议|全会|全体会议)/.test(text.slice(x.end, x.end + 4)) && /届[^,;。，；]{0,10}$/.test(text.slice(Math.max(0, p - 14), p))) return "session";
  if (a.chinese) {
    // a Chinese numeral is a quantity only with a unit (二十次, 六十余场次, 三成, 百分之…)
    if (!x.unit) return "cn_no_unit";
    if (a.value === 0) return "cn_zero"; // 零件, 零距离: 零 is never a count on its own
    if (CN_STOP.test(text.slice(p, p + 8))) return "cn_slogan";
    if (/[数几上]/.test(prevChar)) return "cn_vague"; // 数十件, 上千人
    // 一 alone before a unit is the article "a" (一批示范点, 一项工作, 一支队伍) unless a qualifier makes it a count
    // (近一倍) or it closes the clause (败诉一件。); 跑一次 is the 最多跑一次 slogan
    // Time spans and multiples are real counts even with 一 (一个月内, 一天内, 增长一倍).
    if (
      a.loneOne && !x.hasPrefix && !TIME_OR_MULTIPLE_UNITS.has(x.unit) &&
      (HAN.test(text[skipSpaces(text, x.end, 2)] ?? "") || prevChar === "跑")
    ) return "cn_article";
    // 百/千/万 without a leading digit: 千所联千企, 万人; but 逾千件, 千余人 are counts
    if (a.bareLead && !x.hasPrefix && !a.approx) return "cn_bare";
  } else if (!x.unit) {
    // a bare Arabic number directly followed by a Han character is a name or code: 8890便民服务专线, “3820”战略
    // (only plain digits: 惠及10余万群众 and 1.2万群众 are counts without a unit word)
    const directly = text[x.numEnd] ?? "";
    if (!x.hasSuffix && a.mult === 1 && !a.approx && HAN.test(directly)) return "bare_han";
    // government service hotlines: 12345, 12348, 12315 … when written without a unit
    if (!x.isRange && /^123\d\d$/.test(text.slice(p, x.numEnd))) return "hotline";
    // 〔2020〕, [2020], (12): numbers alone in brackets are document years or enumerators
    if (/[〔[【(（]/.test(text[p - 1] ?? "") && /[〕\]】)）]/.test(directly)) return "bracketed";
    // list enumerators at the start of a line or sentence: 1. 2、 3)
    if (!x.isRange && /^[.、)）]/.test(directly) && !/^\.\d/.test(text.slice(x.numEnd, x.numEnd + 2)) && isLineStart(text, p)) return "enumerator";
  }
  return null;
}

/** Maps full-width ASCII (U+FF01–FF5E) and the ideographic space to their ASCII forms, keeping the length. */
function toHalfWidth(text: string): string {
  // U+FF0C (，) is left alone: in raw text it is a clause comma, never a thousands separator
  if (!/[\uff01-\uff0b\uff0d-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff0b\uff0d-\uff5e\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Where a number may start: an Arabic digit or a Chinese numeral character (by UTF-16 code unit). */
const IS_CANDIDATE = new Uint8Array(0x10000);
for (const ch of "0123456789零〇一二两三四五六七八九十百千万亿萬億兩几") IS_CANDIDATE[ch.charCodeAt(0)] = 1;

/** Every quantity mention in text order, non-overlapping. Offsets refer to `text` exactly as given. */
export function findNumbers(input: string): NumberMention[] {
  const out: NumberMention[] = [];
  if (!input) return out;
  // Raw (un-normalized) input is accepted too: full-width ASCII (３４０, ％, ，, ：) is mapped one character to one
  // character onto a shadow string, so every offset still refers to the caller's string.
  const text = toHalfWidth(input);
  const mask = buildMask(text);
  let i = 0;
  let floor = 0; // prefixes may not reach back into the previous mention
  const n = text.length;
  while (i < n) {
    while (i < n && !IS_CANDIDATE[text.charCodeAt(i)]) i++;
    if (i === n) break;
    // the scanner always jumps past whole numbers, so i is never inside one
    const r = attemptAt(text, i, mask, floor);
    if (r.mention) {
      if (text !== input) r.mention.raw = input.slice(r.mention.start, r.mention.end);
      out.push(r.mention);
      floor = r.mention.end;
    }
    i = Math.max(r.next, i + 1);
  }
  return out;
}
