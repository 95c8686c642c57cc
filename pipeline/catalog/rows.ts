// The catalog as warehouse rows.
import type { IndicatorRow } from "../schema.ts";
import { INDICATORS } from "./indicators.ts";
import { AREAS } from "./types.ts";

export function indicatorRows(): IndicatorRow[] {
  return INDICATORS.map((i) => ({
    indicator_id: i.id, area: i.area, area_zh: AREAS[i.area], name_zh: i.name_zh, name_en: i.name_en, unit: i.unit,
    kind: i.kind, definition: i.definition, formula: i.formula ?? null, higher_is_better: i.higher_is_better, tracked: !!i.tracked,
  }));
}
