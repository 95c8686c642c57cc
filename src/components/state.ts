// View state in the URL query string: read on load, written back with history.replaceState, so a link reproduces
// the view. Lists are comma-separated. Pure helpers (parse/serialize) are unit-tested; setUrlState touches history.

export type StateValue = string | number | null | undefined | (string | number)[];
export type State = Record<string, StateValue>;

/** Parse a query string: keys in `lists` become arrays, others strings; absent keys are missing. */
export function parseState(search: string, lists: string[] = []): Record<string, string | string[]> {
  const params = new URLSearchParams(search);
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of params) {
    out[k] = lists.includes(k) ? v.split(",").map((s) => s.trim()).filter(Boolean) : v;
  }
  return out;
}

/** Serialize a state: empty, null and [] values are left out; keys in a stable order. */
export function serializeState(state: State): string {
  const params = new URLSearchParams();
  for (const k of Object.keys(state)) {
    const v = state[k];
    if (v == null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const s = params.toString().replaceAll("%2C", ",");
  return s ? `?${s}` : "";
}

/** Replace the query string (keeping path and hash) without adding a history entry. */
export function setUrlState(state: State): void {
  const search = serializeState(state);
  if (search === location.search) return;
  history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
}

export function readUrlState(lists: string[] = []): Record<string, string | string[]> {
  return parseState(location.search, lists);
}

/** The first of `candidates` that is in `allowed` (compared as strings), else `fallback`. */
export function pick<T>(allowed: T[], candidates: unknown[], fallback: T): T {
  for (const c of candidates) {
    if (c == null) continue;
    const hit = allowed.find((a) => String(a) === String(c));
    if (hit !== undefined) return hit;
  }
  return fallback;
}

/** A parameter of the address whose value the page cannot use: what it is, why not, and what is shown instead. */
export interface ParamProblem {
  /** the parameter's name in the address (i, y, prov, lvl, j …) */
  param: string;
  /** what it is, in Chinese (指标, 年份, 省份 …) */
  label: string;
  value: string;
  why: string;
  /** what the page shows instead ("改为2023年"); empty when nothing takes its place */
  instead?: string;
}

/**
 * The notice for parameters of the address that were not used — never reset silently: each named with its value,
 * why it was not used and what is shown instead; the rest of the state is kept. "" when there is none.
 */
export function invalidParamsText(problems: ParamProblem[]): string {
  if (!problems.length) return "";
  const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  const parts = problems.map((p) => `${p.label}（${p.param}=“${shown(p.value)}”）${p.why}${p.instead ? `，${p.instead}` : ""}`);
  return `地址中有 ${problems.length} 个参数无法使用，已忽略：${parts.join("；")}。其余设置已保留。`;
}

/**
 * Check one parameter of the address: a value given (not undefined) that is not among `allowed` is a problem.
 * `allowed` compares as strings, as pick() does.
 */
export function checkParam(
  problems: ParamProblem[],
  raw: string | string[] | undefined,
  allowed: unknown[],
  p: Omit<ParamProblem, "value">,
): void {
  if (raw == null || Array.isArray(raw) || raw === "") return;
  if (allowed.some((a) => String(a) === raw)) return;
  problems.push({ ...p, value: raw });
}
