// indicators.csv: the pipeline's indicator catalog export (UTF-8 with BOM) copied byte for byte (下载 page).
import { emitCsv } from "../lib/csv.ts";

await emitCsv("indicators");
