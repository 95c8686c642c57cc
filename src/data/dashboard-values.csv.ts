// dashboard-values.csv, downloaded as 看板数值.csv (下载 page): the dashboard's values with Chinese column names and
// labels, one row per row of the warehouse's `comparable` table (src/lib/dashboard-csv.ts).
import { dashboardCsv } from "../lib/dashboard-csv.ts";
import { openWarehouse } from "../lib/warehouse.ts";

const wh = await openWarehouse();
try {
  const csv = await dashboardCsv(wh);
  await new Promise<void>((ok, fail) => process.stdout.write(csv, (e) => (e ? fail(e) : ok())));
} finally {
  wh.close();
}
