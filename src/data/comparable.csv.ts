// comparable.csv: the pipeline's comparable export (UTF-8 with BOM) copied byte for byte (下载 page).
import { emitCsv } from "../lib/csv.ts";

await emitCsv("comparable");
