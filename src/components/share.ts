// 复制链接 and 嵌入: a page's current view — its state is in the address (components/state.ts) — as a link to share,
// and, where the page has one, its chart as an embeddable view (embed.html?chart=…) with the <iframe> code to paste.
//
// Copying uses the Clipboard API where the browser offers it (a secure context: https, or localhost); an intranet
// server on plain http does not, so then a hidden text box and document.execCommand("copy"); and when even that is
// refused, the link is shown in a selected text box with a line saying to press Ctrl+C. Feedback in Chinese, in a
// live region. Addresses are absolute (the page's own, or the embed page's resolved against it), so they work under
// any sub-path the site is served from.
import { serializeState, type State } from "./state.js";
import { siteRoot } from "./data.js";
import { liveStatus } from "./dom.js";

export type CopyWay = "clipboard" | "execCommand" | "manual";

/** Copy `text`: through the Clipboard API, else execCommand("copy"); "manual" when neither worked. */
export async function copyText(text: string): Promise<CopyWay> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard && typeof navigator.clipboard.writeText === "function" && window.isSecureContext !== false) {
      await navigator.clipboard.writeText(text);
      return "clipboard";
    }
  } catch {
    // denied (no permission, not focused): try the old way
  }
  const ta = document.createElement("textarea");
  ta.value = text;
  ta.setAttribute("readonly", "");
  ta.setAttribute("aria-hidden", "true");
  Object.assign(ta.style, { position: "fixed", top: "0", left: "0", width: "1px", height: "1px", opacity: "0" });
  const active = document.activeElement as HTMLElement | null;
  document.body.append(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  ta.remove();
  active?.focus?.({ preventScroll: true });
  return ok ? "execCommand" : "manual";
}

/** The absolute address of the embeddable view with these parameters (resolved against the page: any sub-path). */
export function embedSrc(state: State, here: string = location.href): string {
  return new URL(`${siteRoot()}embed.html${serializeState(state)}`, here).href;
}

/** The <iframe> code for an embeddable view; its attributes escaped. */
export function iframeCode(src: string, title: string, height = 560): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export interface EmbedSpec {
  /** the parameters of embed.html (chart=ranked|years|region and the view's state) */
  state: State;
  /** what the <iframe>'s title says */
  title: string;
  height?: number;
}

export interface ShareOptions {
  /** the view's embeddable chart, read when 嵌入 is opened (the state of that moment); null: none */
  embed?: () => EmbedSpec | null;
  /** the address to copy (default: the page's current one, state included) */
  href?: () => string;
}

/**
 * The share bar: 复制链接 (the page's address with its state) and, when the page has an embeddable chart, 嵌入 (the
 * <iframe> code, a button to copy it, and a link to preview the embedded view).
 */
export function shareControl(opts: ShareOptions = {}): HTMLElement {
  const doc = document;
  const bar = doc.createElement("div");
  bar.className = "fz-share";
  bar.dataset.role = "share";
  const status = liveStatus("fz-share-status");
  // shown when the browser refuses to copy: the text, selected, to copy by hand
  const manual = doc.createElement("input");
  manual.type = "text";
  manual.readOnly = true;
  manual.className = "fz-share-manual";
  manual.dataset.role = "manual-copy";
  manual.setAttribute("aria-label", "要复制的内容");
  manual.hidden = true;
  manual.addEventListener("focus", () => manual.select());

  const report = (way: CopyWay, what: string, text: string) => {
    if (way === "manual") {
      manual.value = text;
      manual.hidden = false;
      manual.focus();
      manual.select();
      status.textContent = `浏览器不允许自动复制，请按 Ctrl+C（Mac：⌘C）复制下面的${what}。`;
    } else {
      manual.hidden = true;
      status.textContent = `已复制${what}${way === "execCommand" ? "（兼容方式）" : ""}。`;
    }
    bar.dataset.copied = way;
  };

  const copyLink = doc.createElement("button");
  copyLink.type = "button";
  copyLink.dataset.action = "copy-link";
  copyLink.textContent = "复制链接";
  copyLink.title = "复制本页地址：打开它即可看到同一视图（所选指标、年份、地区等）";
  copyLink.addEventListener("click", async () => {
    const href = opts.href ? opts.href() : location.href;
    report(await copyText(href), "链接", href);
  });
  bar.append(copyLink);

  if (opts.embed) {
    const details = doc.createElement("details");
    details.className = "fz-embed";
    const summary = doc.createElement("summary");
    summary.textContent = "嵌入";
    summary.title = "把本图嵌入其他网页（iframe）";
    const box = doc.createElement("div");
    box.className = "fz-embed-box";
    const code = doc.createElement("textarea");
    code.readOnly = true;
    code.rows = 3;
    code.dataset.role = "embed-code";
    code.setAttribute("aria-label", "嵌入代码");
    const copyCode = doc.createElement("button");
    copyCode.type = "button";
    copyCode.dataset.action = "copy-embed";
    copyCode.textContent = "复制嵌入代码";
    const preview = doc.createElement("a");
    preview.dataset.role = "embed-preview";
    preview.target = "_blank";
    preview.rel = "noopener";
    preview.textContent = "预览嵌入的图";
    const note = doc.createElement("p");
    note.className = "fz-note";
    note.textContent = "嵌入的图带标题、来源和返回本站的链接，没有侧栏；数据随本站更新。";
    const fill = () => {
      const spec = opts.embed!();
      if (!spec) {
        code.value = "";
        copyCode.disabled = true;
        preview.removeAttribute("href");
        note.textContent = "当前视图没有可嵌入的图。";
        return null;
      }
      const src = embedSrc(spec.state);
      code.value = iframeCode(src, spec.title, spec.height);
      copyCode.disabled = false;
      preview.href = src;
      return code.value;
    };
    details.addEventListener("toggle", () => {
      if (details.open) fill();
    });
    copyCode.addEventListener("click", async () => {
      const text = fill();
      if (text) report(await copyText(text), "嵌入代码", text);
    });
    box.append(code, copyCode, " ", preview, note);
    details.append(summary, box);
    bar.append(details);
  }
  bar.append(status, manual);
  return bar;
}
