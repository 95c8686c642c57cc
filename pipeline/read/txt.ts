// Plain text: decode (BOM / UTF-8 / GB18030 / Big5 / UTF-16), one paragraph per line, chrome lines dropped,
// 发布日期 / 来源 / title read from the lines before they are dropped.
import { metaFromLines, stripChromeLines, tidyLines, type TextMeta } from "./boilerplate.js";
import { decodeBytes } from "./decode.js";

export interface TxtContent {
  text: string;
  encoding: string;
  meta: TextMeta;
}

export function readTxt(bytes: Uint8Array): TxtContent {
  const { text, encoding } = decodeBytes(bytes);
  const lines = tidyLines(text);
  const meta = metaFromLines(lines);
  return { text: stripChromeLines(lines).join("\n"), encoding, meta };
}
