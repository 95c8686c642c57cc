// slices/<kind>/<name>.json.gz on request under `npm run dev`. `npm run build` writes every slice at once instead
// (scripts/postbuild.ts → writeSlices); both use src/lib/slices.ts, so the files are the same.
import { gzipJson, sliceFile } from "../../../lib/slices.ts";
import { argValue, openWarehouse } from "../../../lib/warehouse.ts";

const kind = argValue("kind") ?? "";
const name = argValue("name") ?? "";
const wh = await openWarehouse();
let gz: Buffer;
try {
  gz = gzipJson(await sliceFile(wh, kind, name));
} finally {
  wh.close();
}
await new Promise<void>((ok, fail) => process.stdout.write(gz, (e) => (e ? fail(e) : ok())));
