// Tiny DOM builders. Every string becomes a text node (textContent), never HTML: report text and anything read from
// the warehouse can contain "<script>" and must render as text.
import { chartLabel, formatQualified, markers, mixedLevelText, MISSING_HELP, MISSING_ZH, NO_REPORT, NOT_GIVEN, type MissingKind, type ValueLike } from "./format.js";

export type Child = Node | string | number | null | undefined | false | Child[];

export function h(tag: string, attrs: Record<string, unknown> | null = null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === "class") el.className = String(v);
      else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
      else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v as EventListener);
      else if (k === "dataset" && typeof v === "object") Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** A relative link; `href` must come from our own code (paths and ids), not from report text. */
export function link(href: string, ...children: Child[]): HTMLElement {
  return h("a", { href }, ...children);
}

export interface Column<T> {
  label: string;
  value: (d: T) => Child;
  className?: string;
  /** extra class for one cell */
  cellClass?: (d: T) => string | null | undefined;
}

/**
 * A table with a header row; cells are built from `columns`. With `limit`, only the first `limit` rows are built
 * and a last row offers the rest (a national list has thousands of rows; building them all costs a second).
 */
export function table<T>(rows: T[], columns: Column<T>[], opts: { className?: string; rowAttrs?: (d: T) => Record<string, unknown>; empty?: string; limit?: number } = {}): HTMLElement {
  const head = h("thead", null, h("tr", null, columns.map((c) => h("th", { class: c.className }, c.label))));
  const row = (d: T) => h("tr", opts.rowAttrs?.(d) ?? null, columns.map((c) => h("td", { class: [c.className, c.cellClass?.(d)].filter(Boolean).join(" ") || null }, c.value(d))));
  const limit = opts.limit ?? Infinity;
  const body = h(
    "tbody",
    null,
    rows.length
      ? rows.slice(0, limit).map(row)
      : h("tr", null, h("td", { colspan: columns.length, class: "fz-missing" }, opts.empty ?? "无数据")),
  );
  if (rows.length > limit) {
    let shown = limit;
    const more = h("tr", { class: "fz-more" }, h("td", { colspan: columns.length }));
    const render = () => {
      const step = Math.max(limit, 500);
      more.remove();
      const next = rows.slice(shown, shown + step);
      for (const d of next) body.appendChild(row(d));
      shown += next.length;
      if (shown < rows.length) show();
    };
    const show = () => {
      (more.firstChild as Element).replaceChildren(
        `已显示 ${shown} 行，共 ${rows.length} 行。`,
        h("button", { type: "button", onclick: render }, `再显示 ${Math.min(Math.max(limit, 500), rows.length - shown)} 行`),
      );
      body.appendChild(more);
    };
    show();
  }
  // Every table in a scroll container of its own: a wide table scrolls sideways instead of widening the page.
  // (Inside a .fz-scroll box, which scrolls both ways, the wrapper does not scroll itself: see style.css.)
  return h("div", { class: "fz-table-wrap" }, h("table", { class: `fz-table ${opts.className ?? ""}` }, head, body));
}

/** A missing value, named for what it is: 无该年报告 or 报告未提及 (无数据 only when the kind is not known). */
export function missingCell(kind: MissingKind | null | undefined): HTMLElement {
  return kind
    ? h("span", { class: `fz-missing fz-missing-${kind}`, "data-missing": kind, title: MISSING_HELP[kind] }, MISSING_ZH[kind])
    : h("span", { class: "fz-missing", "data-missing": "unknown" }, "无数据");
}

/**
 * A value with its qualifier sign and badges for partial/derived/flagged; missing → 无该年报告 or 报告未提及 (`missing`
 * says which).
 */
export function valueCell(o: (ValueLike & { n_docs?: number }) | null | undefined, missing?: MissingKind | null): HTMLElement {
  if (!o || o.value == null) return missingCell(missing);
  return h(
    "span",
    { title: chartLabel(o) },
    formatQualified(o),
    markers(o).map((m) => h("span", { class: `fz-badge ${m.kind === "flag" ? "flag" : m.kind === "derived" || m.kind === "info" ? "derived" : "partial"}` }, m.text)),
    o.n_docs && o.n_docs > 1 ? h("span", { class: "fz-badge multi", title: "同一地区同一年份有多份报告，此处取其一" }, `${o.n_docs}份报告`) : null,
  );
}

/** A <select> with <optgroup>s. Works with Framework's view(): it has .value and fires "input". */
export function groupedSelect(
  groups: { label: string; options: { value: string; label: string }[] }[],
  value: string,
  attrs: Record<string, unknown> = {},
): HTMLSelectElement {
  const select = h(
    "select",
    { class: "fz-select", ...attrs },
    groups.map((g) => h("optgroup", { label: g.label }, g.options.map((o) => h("option", { value: o.value }, o.label)))),
  ) as HTMLSelectElement;
  select.value = value;
  return select;
}

/**
 * Several values chosen from groups of options (对比's indicators): a disclosure whose summary says how many are
 * chosen, holding a checkbox per option under its group's legend, with buttons to go back to `defaults` and to clear.
 * Works with Framework's view()/Generators.input: `.value` is the chosen values in the order they were chosen (the
 * initial ones first, as given), and it fires "input" when the choice changes. Plain elements, labels as text.
 */
export function groupedChecks(
  groups: { label: string; options: { value: string; label: string }[] }[],
  value: string[],
  opts: { label: string; name?: string; defaults?: string[]; defaultsLabel?: string },
): HTMLElement & { value: string[] } {
  const known = new Set(groups.flatMap((g) => g.options.map((o) => o.value)));
  const only = (vs: string[]) => [...new Set(vs)].filter((v) => known.has(v));
  let chosen = only(value);
  const count = h("span", { "data-role": "checks-count" });
  const boxes: HTMLInputElement[] = [];
  const panel = h(
    "div",
    { class: "fz-checks-panel", role: "group", "aria-label": opts.label },
    h(
      "p",
      { class: "fz-checks-actions" },
      opts.defaults ? h("button", { type: "button", "data-action": "defaults" }, opts.defaultsLabel ?? "恢复默认") : null,
      h("button", { type: "button", "data-action": "clear" }, "全部取消"),
    ),
    groups.map((g) =>
      h(
        "fieldset",
        { class: "fz-checks-group" },
        h("legend", null, g.label),
        h(
          "div",
          { class: "fz-checks-options" },
          g.options.map((o) => {
            const box = h("input", { type: "checkbox", name: opts.name ?? null, value: o.value }) as HTMLInputElement;
            boxes.push(box);
            return h("label", { class: "fz-check" }, box, h("span", null, o.label));
          }),
        ),
      ),
    ),
  );
  const wrapper = h(
    "div",
    { class: "fz-checks", "data-role": "multi-select", "data-name": opts.name ?? null },
    h("details", null, h("summary", { title: `选择${opts.label}（可多选）` }, `${opts.label}：`, count), panel),
  ) as HTMLElement & { value: string[] };
  const show = () => {
    const on = new Set(chosen);
    for (const b of boxes) b.checked = on.has(b.value);
    count.textContent = `已选 ${chosen.length} 个`;
  };
  // a box's own "input" event: the choice is updated before it bubbles to the listeners of the wrapper (view())
  wrapper.addEventListener(
    "input",
    (e) => {
      const b = e.target as HTMLInputElement;
      if (!boxes.includes(b)) return;
      chosen = b.checked ? [...chosen.filter((v) => v !== b.value), b.value] : chosen.filter((v) => v !== b.value);
      count.textContent = `已选 ${chosen.length} 个`;
    },
    true,
  );
  const set = (vs: string[]) => {
    chosen = only(vs);
    show();
    wrapper.dispatchEvent(new Event("input", { bubbles: true }));
  };
  panel.querySelector("[data-action=defaults]")?.addEventListener("click", () => set(opts.defaults ?? []));
  panel.querySelector("[data-action=clear]")?.addEventListener("click", () => set([]));
  Object.defineProperty(wrapper, "value", {
    get: () => chosen,
    set: (vs: string[]) => {
      chosen = only(vs);
      show();
    },
  });
  show();
  return wrapper;
}

/** Wrap an input with a label. Framework's view() listens for "input" (it bubbles from the input) and reads .value. */
export function labelled(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const wrapper = h("label", { class: "fz-label" }, h("span", null, label), input);
  Object.defineProperty(wrapper, "value", { get: () => input.value, set: (v) => (input.value = v) });
  return wrapper;
}

/** The legend for value markings, with small SVG swatches drawn like the bars. */
export function valueLegend(): HTMLElement {
  const ns = "http://www.w3.org/2000/svg";
  const sw = (draw: (svg: SVGSVGElement) => void) => {
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "12");
    draw(svg);
    return svg;
  };
  const rect = (svg: SVGSVGElement, attrs: Record<string, string>) => {
    const r = document.createElementNS(ns, "rect");
    for (const [k, v] of Object.entries({ x: "1", y: "1", width: "20", height: "10", ...attrs })) r.setAttribute(k, v);
    svg.appendChild(r);
  };
  return h(
    "div",
    { class: "fz-legend", role: "note" },
    h("span", null, sw((s) => rect(s, { fill: "var(--fz-exact)" })), "确数"),
    h("span", null, sw((s) => rect(s, { fill: "var(--fz-exact)", "fill-opacity": "0.35", stroke: "var(--fz-exact)", "stroke-dasharray": "2,2" })), "约数或带限定词（≈ ≥ > ≤ <）"),
    h("span", null, sw((s) => rect(s, { fill: "none", stroke: "#6d28d9", "stroke-width": "1.5" })), "部分时段（空心）"),
    h("span", null, h("span", { class: "fz-badge derived" }, "推算"), "由其他数字计算得出"),
    h("span", null, h("span", { class: "fz-flag" }, "⚠"), "有疑点（如比率与计数不一致）"),
    h("span", { "data-missing": "no_report" }, h("span", { class: "fz-missing fz-missing-no_report" }, NO_REPORT), "没有收集到该地区该年度的报告"),
    h("span", { "data-missing": "not_given" }, h("span", { class: "fz-missing fz-missing-not_given" }, NOT_GIVEN), "有该年度报告，但没有给出这个数字（都不按 0 处理）"),
  );
}

/** The mixed-level warning (省/市/县 together), or null when the levels are all the same. */
export function mixedLevelNote(levels: Iterable<string | null | undefined>, extra = ""): HTMLElement | null {
  const text = mixedLevelText(levels);
  return text ? h("p", { class: "fz-flag fz-mixed-level", role: "note", "data-role": "mixed-level" }, text + extra) : null;
}

/**
 * A single <select> over values (numbers, strings) with a label, for Framework's view()/Generators.input: `.value`
 * is the chosen value itself and it fires "input". Plain elements like groupedSelect: Inputs.select
 * would add three modules and a stylesheet to the page's first requests.
 */
export function selectInput<T>(items: T[], opts: { label: string; value?: T; format?: (d: T) => string; name?: string }): HTMLElement {
  const format = opts.format ?? ((d: T) => String(d));
  const select = h("select", { class: "fz-select", name: opts.name ?? null }, items.map((d, i) => h("option", { value: String(i) }, format(d)))) as HTMLSelectElement;
  const i = opts.value === undefined ? 0 : items.indexOf(opts.value);
  select.value = String(Math.max(0, i));
  const wrapper = h("label", { class: "fz-label" }, h("span", null, opts.label), select);
  Object.defineProperty(wrapper, "value", {
    get: () => items[Number(select.value)],
    set: (v: T) => (select.value = String(Math.max(0, items.indexOf(v)))),
  });
  return wrapper; // the select's own "input" event bubbles to the wrapper
}

/**
 * The live status line of a control (复制链接, 下载此视图): what it just did, in Chinese, read out politely by screen
 * readers (role=status); hidden by the CSS while empty.
 */
export function liveStatus(className: string): HTMLElement {
  return h("span", { class: `${className} fz-note`, role: "status", "aria-live": "polite" });
}

/** A document a chart's values come from, as the 来源 line names it (components/format.ts sourceLabel). */
export interface Source {
  doc_id: string;
  label: string;
}

/**
 * The 来源 line under a chart: how many reports its values come from, each named and linked to the document view
 * (where its full citation is); past `limit` names, the count and where to find the rest.
 */
export function sourceLine(sources: Source[], opts: { href: (docId: string) => string; limit?: number; rest?: Child }): HTMLElement {
  const seen = new Set<string>();
  const list = sources.filter((s) => s.doc_id && !seen.has(s.doc_id) && seen.add(s.doc_id));
  const limit = opts.limit ?? 12;
  const attrs = { class: "fz-source", "data-role": "sources", "data-count": String(list.length) };
  if (!list.length) return h("p", attrs, "来源：本图没有数值，未引用任何报告。");
  return h(
    "p",
    attrs,
    `来源：${list.length} 份报告——`,
    list.slice(0, limit).map((s, i) => [i ? "、" : "", h("a", { href: opts.href(s.doc_id), "data-doc": s.doc_id }, s.label)]),
    list.length > limit ? ["……等 ", String(list.length), " 份", opts.rest ? ["（", opts.rest, "）"] : null, "。"] : "。",
  );
}

/**
 * The small notice for parameters of the address that were not used (components/state.ts invalidParamsText), or
 * null when all were. role=status: read out, not an alert.
 */
export function urlNotice(text: string): HTMLElement | null {
  return text ? h("p", { class: "fz-url-notice", role: "status", "data-role": "url-notice" }, "⚠ ", text) : null;
}
