// document_texts.parquet: the pipeline's document_texts table re-encoded as one zstd Parquet file (下载 page; the SQL notebook decodes it).
import { emitParquet } from "../lib/site-data.ts";
import { openWarehouse } from "../lib/warehouse.ts";

const wh = await openWarehouse();
await emitParquet(wh, "document_texts");
wh.close();
