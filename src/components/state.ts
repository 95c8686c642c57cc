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
