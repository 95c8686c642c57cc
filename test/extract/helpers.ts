import { derive } from "../../pipeline/derive/index.ts";
import { extract, type DocContext } from "../../pipeline/extract/index.ts";
import { headline, type Headlined } from "../../pipeline/headline/index.ts";
import { normalize } from "../../pipeline/normalize/index.ts";
import { segment } from "../../pipeline/segment/index.ts";

export const COUNTY: DocContext = { admin_level: "county", jurisdiction_name: "芦淞区", report_year: 2023 };
export const CITY: DocContext = { admin_level: "prefecture", jurisdiction_name: "孝感市", report_year: 2023 };
export const COUNTY_CITY: DocContext = { admin_level: "county", jurisdiction_name: "邓州市", report_year: 2023 };

/** Stages normalize → headline on a snippet of report text. */
export function run(text: string, ctx: DocContext = COUNTY): Headlined[] {
  return headline(derive(extract(segment(normalize(text).text), ctx)));
}

/** Stated values as "indicator=value" strings, in text order. */
export function stated(text: string, ctx: DocContext = COUNTY): string[] {
  return run(text, ctx).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}`);
}

export function find(text: string, id: string, ctx: DocContext = COUNTY): Headlined[] {
  return run(text, ctx).filter((o) => o.indicator_id === id && !o.is_derived);
}
