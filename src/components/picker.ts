// A searchable picker of places for national scale (3,000+ jurisdictions), in place of a Ctrl-click <select multiple>:
// type part of a name (通州) and the matching places are listed with their province, city and level (北京市 通州区 and
// 江苏省 南通市 通州区 are told apart); the chosen ones are chips with a remove button.
//
// Keyboard: ↑/↓ move through the list, Enter adds (or removes) the highlighted place, Escape closes the list (a second
// Escape clears the text), Backspace in the empty box removes the last chip. ARIA: a combobox over a multi-select
// listbox (aria-activedescendant), the chips a list of their own, the count of matches announced in a live region.
//
// For Framework's view()/Generators.input, the returned element has `.value` (the chosen items, the same array until
// the choice changes) and fires "input" when the choice changes — never while the user types.
// Plain DOM, no dependency; every name goes into a text node.

export interface PickerOptions<T> {
  label: string;
  value?: T[];
  /** a stable key (the jurisdiction code): the value's identity and the URL state's */
  key: (d: T) => string;
  /** the name shown and searched first */
  name: (d: T) => string;
  /** what tells two places of the same name apart: province, city, level, code */
  detail: (d: T) => string;
  /** further text the search matches (province, city, code); defaults to the detail */
  search?: (d: T) => string;
  /** at most this many chosen (对比 compares up to six) */
  max?: number;
  /** options listed at once (the rest are counted) */
  limit?: number;
  placeholder?: string;
  /** the text box's name attribute */
  inputName?: string;
  /**
   * Fuller records of the same items (by key), loaded the first time the picker gets the focus: a page whose list
   * lacks the cities (the 指标 page's small list) gets them only when someone searches.
   */
  more?: () => Promise<T[]>;
}

let counter = 0;

/** Matches of `query` among `items`, best first: the exact name, names that start with it, names that hold it, then the other text. */
export function matchPlaces<T>(items: T[], query: string, name: (d: T) => string, other: (d: T) => string): T[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const first = terms[0]!;
  const scored: [number, number, T][] = [];
  items.forEach((d, i) => {
    const n = name(d).toLowerCase();
    const all = `${n} ${other(d).toLowerCase()}`;
    if (!terms.every((t) => all.includes(t))) return;
    const score = n === first ? 0 : n.startsWith(first) ? 1 : n.includes(first) ? 2 : 3;
    scored.push([score, i, d]);
  });
  scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return scored.map((s) => s[2]);
}

export function regionPicker<T>(items: T[], opts: PickerOptions<T>): HTMLElement & { value: T[] } {
  const id = `fz-picker-${++counter}`;
  const limit = opts.limit ?? 30;
  const byKey = new Map(items.map((d) => [opts.key(d), d]));
  let fuller = new Map<string, T>();
  const rich = (d: T) => fuller.get(opts.key(d)) ?? d;
  const detailOf = (d: T) => opts.detail(rich(d));
  const searchOf = (d: T) => (opts.search ?? opts.detail)(rich(d));
  const resolve = (v: (T | string)[] | null | undefined): T[] => {
    const out: T[] = [];
    const seen = new Set<string>();
    for (const x of v ?? []) {
      const k = typeof x === "string" ? x : opts.key(x);
      const d = byKey.get(k);
      if (d && !seen.has(k)) seen.add(k), out.push(d);
    }
    return out;
  };
  let chosen: T[] = resolve(opts.value);

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const root = el("div", "fz-picker") as unknown as HTMLElement & { value: T[] };
  root.setAttribute("role", "group");
  root.setAttribute("aria-labelledby", `${id}-label`);
  const label = el("label", "fz-picker-label", opts.label);
  label.id = `${id}-label`;
  label.htmlFor = `${id}-input`;
  const field = el("div", "fz-picker-field");
  const box = el("div", "fz-picker-box");
  const chips = el("ul", "fz-chips");
  chips.setAttribute("aria-label", `已选${opts.label.replace(/（.*$/, "")}`);
  const input = el("input", "fz-picker-input");
  input.type = "text";
  input.id = `${id}-input`;
  if (opts.inputName) input.name = opts.inputName;
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", `${id}-list`);
  input.setAttribute("aria-describedby", `${id}-status`);
  const list = el("ul", "fz-picker-list");
  list.id = `${id}-list`;
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-multiselectable", "true");
  list.setAttribute("aria-label", `${opts.label.replace(/（.*$/, "")}：搜索结果`);
  list.hidden = true;
  const status = el("p", "fz-picker-status fz-note");
  status.id = `${id}-status`;
  status.setAttribute("aria-live", "polite");
  box.append(chips, input);
  field.append(box, list);
  root.append(label, field, status);

  let matches: T[] = [];
  let active = -1;
  const isChosen = (d: T) => chosen.some((c) => opts.key(c) === opts.key(d));
  const full = () => opts.max != null && chosen.length >= opts.max;

  const hint = () => {
    status.textContent = full()
      ? `已选 ${chosen.length} 个，最多 ${opts.max} 个；移除一个后可再添加。`
      : `已选 ${chosen.length} 个。输入地区名称（可加省份或城市，如“通州 北京”）搜索，↑↓ 选择，回车添加。`;
  };
  input.placeholder = opts.placeholder ?? "输入地区名称搜索，如 通州";

  function renderChips() {
    chips.replaceChildren(...chosen.map((d) => {
      const li = el("li", "fz-chip");
      li.dataset.key = opts.key(d);
      const detail = detailOf(d).split(" · ")[0] ?? "";
      li.append(el("span", "fz-chip-name", opts.name(d)));
      if (detail) li.append(el("span", "fz-chip-detail", detail));
      const remove = el("button", "fz-chip-remove", "×");
      remove.type = "button";
      remove.setAttribute("aria-label", `移除 ${opts.name(d)}${detail ? `（${detail}）` : ""}`);
      remove.title = "移除";
      remove.addEventListener("click", () => {
        setChosen(chosen.filter((c) => c !== d));
        input.focus();
      });
      li.append(remove);
      return li;
    }));
  }

  /** The name with the first match of the query marked (text nodes only). */
  function marked(name: string, q: string): Node[] {
    const i = q ? name.toLowerCase().indexOf(q.toLowerCase()) : -1;
    if (i < 0) return [document.createTextNode(name)];
    return [document.createTextNode(name.slice(0, i)), el("mark", undefined, name.slice(i, i + q.length)), document.createTextNode(name.slice(i + q.length))];
  }

  function renderList() {
    const q = input.value.trim();
    const shown = matches.slice(0, limit);
    list.replaceChildren(...shown.map((d, i) => {
      const li = el("li", "fz-picker-option");
      li.id = `${id}-opt-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(isChosen(d)));
      li.dataset.key = opts.key(d);
      if (i === active) li.classList.add("active");
      const name = el("span", "fz-option-name");
      name.append(...marked(opts.name(d), q.split(/\s+/)[0] ?? ""));
      li.append(name, el("span", "fz-option-detail", detailOf(d)));
      li.addEventListener("mousedown", (e) => e.preventDefault()); // keep the focus in the text box
      li.addEventListener("click", () => toggle(d));
      return li;
    }));
    const open = q !== "" && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0 && active < shown.length && open) {
      input.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
    if (!q) return hint();
    status.textContent = matches.length === 0
      ? `没有名称含“${q}”的地区（只列出有报告的地区）。`
      : matches.length > shown.length
      ? `找到 ${matches.length} 个地区，列出前 ${shown.length} 个；输入更多字（或省份、城市）可缩小范围。`
      : `找到 ${matches.length} 个地区。↑↓ 选择，回车添加或移除。`;
  }

  function search() {
    matches = matchPlaces(items, input.value, opts.name, searchOf);
    active = matches.length ? 0 : -1;
    renderList();
  }

  function setChosen(next: T[]) {
    chosen = next;
    renderChips();
    if (input.value.trim()) renderList();
    else hint();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function toggle(d: T) {
    if (isChosen(d)) return setChosen(chosen.filter((c) => opts.key(c) !== opts.key(d)));
    if (full()) {
      status.textContent = `最多选择 ${opts.max} 个；请先移除一个。`;
      return;
    }
    input.value = "";
    matches = [];
    active = -1;
    setChosen([...chosen, d]);
    renderList();
  }

  // the text box's own input events stay here: the picker's value changes only when a place is added or removed
  input.addEventListener("input", (e) => {
    e.stopPropagation();
    search();
  });
  input.addEventListener("keydown", (e) => {
    const n = Math.min(matches.length, limit);
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp":
        if (!input.value.trim()) return;
        e.preventDefault();
        if (list.hidden) return renderList();
        if (n) active = e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
        renderList();
        break;
      case "Enter":
        if (list.hidden || active < 0 || active >= n) return;
        e.preventDefault();
        toggle(matches[active]!);
        break;
      case "Escape":
        if (!list.hidden) {
          e.preventDefault();
          list.hidden = true;
          input.setAttribute("aria-expanded", "false");
          input.removeAttribute("aria-activedescendant");
        } else if (input.value) {
          e.preventDefault();
          input.value = "";
          search();
        }
        break;
      case "Backspace":
        if (input.value === "" && chosen.length) {
          e.preventDefault();
          setChosen(chosen.slice(0, -1));
        }
        break;
    }
  });
  let loading: Promise<void> | null = null;
  input.addEventListener("focus", () => {
    if (opts.more && !loading) {
      loading = opts.more().then((rows) => {
        fuller = new Map(rows.map((d) => [opts.key(d), d]));
        renderChips();
        if (input.value.trim()) search();
      }, () => {});
    }
    if (input.value.trim()) renderList();
  });
  input.addEventListener("blur", () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  });
  box.addEventListener("click", (e) => {
    if (e.target === box || e.target === chips) input.focus();
  });

  Object.defineProperty(root, "value", {
    get: () => chosen,
    set: (v: (T | string)[]) => {
      chosen = resolve(v);
      renderChips();
      hint();
    },
  });
  renderChips();
  hint();
  return root;
}

/** A jurisdiction as the pickers list it (jurisdictions.json; the 指标 page's small list has no parent_name). */
export interface PlaceLike {
  code: string;
  name: string;
  level: string | null;
  province_name: string | null;
  parent_name?: string | null;
}

const LEVELS: Record<string, string> = { province: "省级", prefecture: "地市级", county: "县级" };

/** "江苏省 · 南通市 · 县级 · 320612": what tells two places of one name apart (the city only when it says more). */
export function placeDetail(j: PlaceLike): string {
  const parent = j.parent_name && j.parent_name !== j.province_name && j.parent_name !== j.name ? j.parent_name : null;
  return [j.province_name ?? "省份未知", parent, LEVELS[j.level ?? ""] ?? "级别未知", j.code].filter(Boolean).join(" · ");
}

/** The picker of jurisdictions the 指标 and 对比 pages use: keyed by code (the URL's j=…), searched by name, province, city and code. */
export function jurisdictionPicker<J extends PlaceLike>(
  items: J[],
  opts: { label: string; value?: (J | string)[]; max?: number; inputName?: string; more?: () => Promise<J[]> },
): HTMLElement & { value: J[] } {
  return regionPicker(items, {
    label: opts.label,
    value: opts.value as J[] | undefined,
    max: opts.max,
    inputName: opts.inputName,
    more: opts.more,
    key: (j) => j.code,
    name: (j) => j.name,
    detail: placeDetail,
    search: (j) => `${j.province_name ?? ""} ${j.parent_name ?? ""} ${LEVELS[j.level ?? ""] ?? ""} ${j.code}`,
  });
}
