// Stage 6: values the report implies but does not state — rates from counts, corrected = the four correction
// outcomes, totals from parts — and the check that a stated rate agrees with its own counts.
import { FIRST_INSTANCE_FLAG, staged, type Extracted } from "../extract/index.ts";
import type { Period, Scope } from "../schema.ts";

export interface Observed extends Extracted {
  is_derived: boolean;
}

const CORRECTION_PARTS = ["recon_revoked", "recon_altered", "recon_confirmed_illegal", "recon_ordered_to_perform"];
const RECON_OUTCOMES = [...CORRECTION_PARTS, "recon_upheld", "recon_rejected", "recon_settled", "recon_terminated"];

/** Rates the pipeline can compute: [rate id, numerator id, denominator ids in order of preference]. */
export const RATE_FORMULAS: [string, string, string[]][] = [
  ["recon_correction_rate", "recon_corrected", ["recon_concluded"]],
  ["recon_settlement_rate", "recon_settled", ["recon_concluded"]],
  ["litig_loss_rate", "litig_lost", ["litig_concluded"]],
  ["mediation_success_rate", "mediation_succeeded", ["mediation_cases"]],
];

/** A stated rate may be rounded or truncated to its printed precision; more than that is a disagreement. */
export function rateTolerance(stated: number): number {
  const decimals = (String(stated).split(".")[1] ?? "").length;
  return Math.max(10 ** -decimals, 0.1) + 1e-9;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** One span of time a report's figures cover: the full year, or one partial window by its wording (截至11月底). */
interface Window {
  period: Period;
  note: string | null;
}
const FULL_YEAR: Window = { period: "full_year", note: null };

const inWindow = (o: Observed, w: Window) => o.period === w.period && (w.period === "full_year" || o.period_note === w.note);

/** Values by indicator, in text order: derive looks each indicator up a few dozen times per document. */
type ById = Map<string, Observed[]>;

function byIndicator(obs: readonly Observed[]): ById {
  const m: ById = new Map();
  for (const o of obs) {
    const list = m.get(o.indicator_id);
    if (list) list.push(o);
    else m.set(o.indicator_id, [o]);
  }
  return m;
}

/** The stated value of an indicator for one scope and window (first one in the text). */
function base(obs: ById, id: string, scope: Scope = "jurisdiction", w: Window = FULL_YEAR): Observed | undefined {
  let first: Observed | undefined;
  for (const o of obs.get(id) ?? []) {
    if (o.scope !== scope || !inWindow(o, w) || o.flags.includes("range")) continue;
    // the first-instance count where a court's report gives all instances too (as headline picks it)
    if (o.flags.includes(FIRST_INSTANCE_FLAG)) return o;
    first ??= o;
  }
  return first;
}

function derived(id: string, value: number, unit: string, from: Observed[], formula: string): Observed {
  const first = from[0];
  return staged({
    indicator_id: id, value, unit, qualifier: from.some((o) => o.qualifier !== "exact") ? "approx" : "exact",
    period: first.period, period_note: first.period_note, scope: first.scope, scope_note: first.scope_note,
    evidence: `${formula}: ${from.map((o) => `${o.indicator_id}=${o.value}`).join(", ")}`,
    char_start: first.char_start, char_end: first.char_end, raw_text: null as unknown as string,
    rule: `derived:${formula}`, flags: [],
  }, true);
}

export function derive(extracted: Extracted[]): Observed[] {
  const obs: Observed[] = extracted.map((o) => staged(o));
  const added: Observed[] = [];

  // The whole jurisdiction's figures, and separately the government's own docket (市政府本级收到…审结…).
  // Counts of one partial window (截至11月底 受理…审结…调解结案…) give that window's rates, marked partial like them.
  const partials = [...new Set(obs.filter((o) => o.period === "partial").map((o) => o.period_note))];
  const windows: Window[] = [FULL_YEAR, ...partials.map((note) => ({ period: "partial" as Period, note }))];
  const stated = byIndicator(obs);
  // what rates read their counts from: the stated values, then the derived ones in the order they were added
  const pool = byIndicator(obs);
  for (const scope of DERIVED_SCOPES) for (const w of windows) deriveScope(stated, pool, added, scope, w);

  // Totals from parts: suggestions handled at two levels (市人大 7 + 区人大 57) add up to what the body handled.
  for (const id of ["npc_suggestions", "cppcc_proposals"]) {
    const own = base(stated, id);
    const higher = obs.filter((o) => o.indicator_id === id && o.scope === "higher_level" && o.period === "full_year");
    if (own && higher.length) {
      const parts = [own, ...higher];
      added.push(derived(id, parts.reduce((s, o) => s + o.value, 0), own.unit, parts, `sum of ${id} across levels`));
    }
  }
  return [...obs, ...added];
}

const DERIVED_SCOPES: Scope[] = ["jurisdiction", "government_level"];

function deriveScope(obs: ById, pool: ById, added: Observed[], scope: Scope, w: Window): void {
  const add = (d: Observed) => {
    added.push(d);
    const list = pool.get(d.indicator_id);
    if (list) list.push(d);
    else pool.set(d.indicator_id, [d]);
  };
  // corrected = revoked + altered + confirmed illegal + ordered to perform, when the outcome breakdown is given.
  if (!base(obs, "recon_corrected", scope, w)) {
    const parts = CORRECTION_PARTS.map((id) => base(obs, id, scope, w)).filter((o): o is Observed => !!o);
    const breakdown = RECON_OUTCOMES.filter((id) => base(obs, id, scope, w)).length;
    // (outcomes counted in groups, "撤销和确认违法65件,变更和责令履行21件": extract marks each group)
    const groups = scope === "jurisdiction" ? (obs.get("recon_corrected") ?? []).filter((o) => o.flags.includes("correction_group") && inWindow(o, w)) : [];
    if (groups.length) {
      const all = [...groups, ...parts];
      add({ ...derived("recon_corrected", all.reduce((s, o) => s + o.value, 0), "件", all, "correction groups + outcomes"), scope: "jurisdiction", scope_note: null });
    } else if (parts.length && breakdown >= 2) {
      add(derived("recon_corrected", parts.reduce((s, o) => s + o.value, 0), "件", parts, "recon_revoked+recon_altered+recon_confirmed_illegal+recon_ordered_to_perform"));
    }
  }
  for (const [rateId, numId, denIds] of RATE_FORMULAS) {
    // (a derived corrected count can be a rate's numerator)
    const num = base(pool, numId, scope, w);
    const den = denIds.map((id) => base(pool, id, scope, w)).find((o) => o && o.value > 0);
    if (!num || !den || num.value > den.value) continue;
    const value = round1((100 * num.value) / den.value);
    const d = derived(rateId, value, "%", [num, den], `${numId}/${denIds[0]}*100`);
    const stated = (obs.get(rateId) ?? []).filter((o) => o.scope === scope && inWindow(o, w));
    for (const s of stated) {
      if (s.qualifier === "exact" && Math.abs(s.value - (100 * num.value) / den.value) > rateTolerance(s.value)) {
        s.flags.push("inconsistent_with_counts");
        if (!d.flags.includes("inconsistent_with_counts")) d.flags.push("inconsistent_with_counts");
      }
    }
    add(d);
  }
}
