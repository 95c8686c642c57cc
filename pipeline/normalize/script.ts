// Traditional-Chinese mirrors of reports (big5 pages, 繁體 reposts) are converted to simplified characters so one
// set of extraction rules reads both. OpenCC (opencc-js, Taiwan → mainland) does the conversion; it is loaded only
// when a text is mostly traditional, since almost no report needs it.
import { createRequire } from "node:module";

// Characters common in these reports that exist only in traditional script, and their simplified forms.
const TRADITIONAL = new Set("這們來時會國發說對與為後將業實現體關機動員開問題經義務並縣區進處於據應該設辦復複議訴敗審結調據當廳協規範糾錯執稱"
  .split(""));
const SIMPLIFIED = new Set("这们来时会国发说对与为后将业实现体关机动员开问题经义务并县区进处于据应该设办复复议诉败审结调据当厅协规范纠错执称".split(""));

// The same sets as a table by code unit (1 traditional, 2 simplified): this runs over every report, and a Set lookup
// per character cost more than the rest of normalize. All the characters are in the BMP.
const SCRIPT = new Uint8Array(65536);
for (const c of SIMPLIFIED) SCRIPT[c.charCodeAt(0)] = 2;
for (const c of TRADITIONAL) SCRIPT[c.charCodeAt(0)] = 1;

/** True when traditional-only characters outnumber their simplified counterparts (and are not a stray few). */
export function isMostlyTraditional(text: string): boolean {
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const k = SCRIPT[text.charCodeAt(i)];
    if (k === 1) t++;
    else if (k === 2) s++;
  }
  return t >= 5 && t > 2 * s;
}

type Convert = (s: string) => string;
let converter: Convert | null = null;

function load(): Convert {
  if (!converter) {
    const OpenCC = createRequire(import.meta.url)("opencc-js/t2cn") as { Converter(o: { from: string; to: string }): Convert };
    converter = OpenCC.Converter({ from: "tw", to: "cn" });
  }
  return converter;
}

/** The text in simplified characters when it is written in traditional ones; otherwise unchanged. */
export function toSimplified(text: string): { text: string; converted: boolean } {
  if (!isMostlyTraditional(text)) return { text, converted: false };
  const convert = load();
  // The site highlights numbers by offset into this text, so a line whose conversion changes its length (a phrase
  // mapped to a longer one) keeps its original characters.
  const lines = text.split("\n").map((line) => {
    const out = convert(line);
    return out.length === line.length ? out : line;
  });
  return { text: lines.join("\n"), converted: true };
}
