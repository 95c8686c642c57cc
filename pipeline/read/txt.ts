// Plain text: decode (BOM / UTF-8 / GB18030 / Big5 / UTF-16), one paragraph per line, chrome lines dropped,
// 发布日期 / 来源 / title read from the lines before they are dropped.
import { metaFromLines, stripChromeLines, tidyLines, type TextMeta } from "./boilerplate.js";
import { decodeBytes } from "./decode.js";
import { LimitError, tooLong } from "./errors.js";

export interface TxtContent {
  text: string;
  encoding: string;
  meta: TextMeta;
}

/** `maxChars`: a decoded text longer than this is refused before it is split into lines (LimitError). */
export function readTxt(bytes: Uint8Array, maxChars = Infinity): TxtContent {
  const { text, encoding } = decodeBytes(bytes);
  if (text.length > maxChars) throw new LimitError(tooLong(text.length, maxChars));
  const lines = tidyLines(text);
  const meta = metaFromLines(lines);
  return { text: stripChromeLines(lines).join("\n"), encoding, meta };
}
