// Stage 2: one canonical text per document. Every later offset (evidence, char_start/char_end, the site's
// highlighting) refers to the string this returns, so it must be deterministic and applied exactly once.

export interface ChromeMeta {
  published_on?: string;
  source?: string;
}

export interface Normalized {
  text: string;
  /** Lines dropped as site chrome, kept for auditing. */
  removed: string[];
  /** Facts read off chrome lines before they were dropped (a page's own date and source). */
  chrome: ChromeMeta;
}

// A line is chrome when it is short and made of navigation/counter/print/share furniture. Long lines are never
// dropped: body text may legitimately mention 注册 or 打印.
const CHROME_MARKERS = [
  /^(登录|注册|登录\s*注册|注册\s*登录|首页|返回顶部|返回首页|打印|关闭|收藏|分享|无障碍|长者模式|政府信息公开|English)$/,
  /当前位置|您的位置|所在位置|浏览次数|浏览量|点击量|点击数|阅读次数|访问量/,
  /字体\s*[:：]?\s*[\[【(]\s*(大\s*中\s*小)?\s*[\]】)]|字体\s*[:：]?\s*大\s*中\s*小/,
  /分享到|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|相关文章|相关链接|上一篇|下一篇/,
  /版权所有|ICP备|网站标识码|公网安备|主办单位|承办单位|网站地图|联系我们|技术支持/,
  /^(信息来源|来源|发布时间|发布日期|更新时间|作者|责任编辑|编辑)\s*[:：]/,
];

const DATE_RE = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

function readChrome(line: string, meta: ChromeMeta): void {
  const date = line.match(new RegExp(`(?:发布日期|发布时间|时间|日期|更新时间)\\s*[:：]?\\s*${DATE_RE.source}`));
  if (date && !meta.published_on) meta.published_on = isoDate(date[1], date[2], date[3]);
  const src = line.match(/(?:信息来源|来源)\s*[:：]\s*([^\s:：]{2,30}?)(?=\s|作者|时间|发布|浏览|点击|$)/);
  if (src && !meta.source) meta.source = src[1];
}

export function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

export function isChromeLine(line: string): boolean {
  if (line.length > 80) return false;
  return CHROME_MARKERS.some((re) => re.test(line));
}

const HAN = "\\p{Script=Han}";
const SPACE_HAN_DIGIT = new RegExp(`(?<=[${HAN}])[ \\t]+(?=[0-9])|(?<=[0-9%])[ \\t]+(?=[${HAN}])`, "gu");

export function normalize(raw: string): Normalized {
  // NFKC folds full-width digits, ％, ，：；（） into ASCII so one number grammar serves every source.
  let text = raw.replace(/^\uFEFF/, "").normalize("NFKC");
  text = text.replace(/\r\n?/g, "\n").replace(/[\u00A0\u2002-\u200B\u3000\t]/g, " ");
  const chrome: ChromeMeta = {};
  const removed: string[] = [];
  const lines: string[] = [];
  for (let line of text.split("\n")) {
    line = line.replace(/ {2,}/g, "  ").trim();
    if (!line) continue;
    if (isChromeLine(line)) {
      readChrome(line, chrome);
      removed.push(line);
      continue;
    }
    // PDFs and some scraped pages put spaces between Han characters and digits ("武清区 2020 年").
    lines.push(line.replace(SPACE_HAN_DIGIT, ""));
  }
  return { text: lines.join("\n"), removed, chrome };
}
