// jurisdictions.parquet: the pipeline's jurisdictions table re-encoded as one zstd Parquet file (下载 page; the SQL notebook decodes it).
import { emitParquet } from "../lib/site-data.ts";
import { openWarehouse } from "../lib/warehouse.ts";

const wh = await openWarehouse();
await emitParquet(wh, "jurisdictions");
wh.close();
