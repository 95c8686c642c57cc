// npm run screenshots [-- --dir dist --out screenshots --base /fazhi/]: every page of the built site at 390 px (a
// phone) and 1280 px, full-page PNGs in screenshots/ (git-ignored), for a reviewer to look at. Builds nothing: it
// serves the existing dist/ (scripts/serve.ts) on 127.0.0.1 under a sub-path and drives Debian's Chromium
// (test/site/browser.ts: never downloads a browser, blocks every request to another host). Last, the 指标 page with
// 下载此视图 open and the region picker searching, at both widths.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.ts";
import { launch, openPage, settle } from "../test/site/browser.ts";

export const WIDTHS = [390, 1280] as const;

/** The top-level pages, then one region and one document of the build (the first of each in its slices folder), then the embeddable views. */
export function sitePages(dist: string): { name: string; path: string }[] {
  const pages = ["index", "indicator", "compare", "regions", "reports", "quality", "method", "notebook", "download"].map((p) => ({ name: p, path: `${p}.html` }));
  const names = (kind: string) => {
    const dir = join(dist, "_file", "data", "slices", kind);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json.gz")).sort().map((f) => f.replace(/\.json\.gz$/, "")) : [];
  };
  const regions = names("region");
  const region = regions[0];
  const doc = names("doc")[0];
  if (region) pages.push({ name: `region-${region}`, path: `region/${region}.html` });
  if (doc) pages.push({ name: `doc-${doc}`, path: `doc.html?id=${doc}` });
  // the embeddable views (as an <iframe> shows them): the 指标 ranked chart, the region's chart over the years, and
  // 对比 of the first two regions
  pages.push({ name: "embed-ranked", path: "embed.html?chart=ranked" });
  if (region) pages.push({ name: `embed-region-${region}`, path: `embed.html?chart=region&code=${region}` });
  if (regions.length > 1) pages.push({ name: "embed-compare", path: `embed.html?chart=compare&j=${regions.slice(0, 2).join(",")}` });
  return pages;
}

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1] ?? fallback;
}

export async function screenshots(dist: string, out: string, base = "/fazhi/"): Promise<string[]> {
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist}/index.html 不存在：请先运行 npm run build`);
  mkdirSync(out, { recursive: true });
  const { server, url } = await startServer({ dir: dist, port: 0, host: "127.0.0.1", base });
  const session = await launch();
  const written: string[] = [];
  try {
    for (const p of sitePages(dist)) {
      for (const w of WIDTHS) {
        const { page, log } = await openPage(session);
        await page.setViewportSize({ width: w, height: w < 600 ? 844 : 900 });
        await page.goto(url + p.path);
        await settle(page, undefined, 60_000).catch(() => []);
        const file = join(out, `${p.name}-${w}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        console.log(`${file}${wide > 0 ? `  （页面比视口宽 ${wide} px）` : ""}${log.errors.length ? `  错误：${log.errors.join("；")}` : ""}`);
        written.push(file);
        await page.close();
      }
    }
    // The 指标 page once more, with 下载此视图 open and the region picker listing the places that match 区
    for (const w of WIDTHS) {
      const { page, log } = await openPage(session);
      await page.setViewportSize({ width: w, height: w < 600 ? 844 : 900 });
      await page.goto(url + "indicator.html");
      await settle(page, "input[name=j]", 60_000).catch(() => []);
      await page.locator("[data-download=ranked] summary").click().catch(() => {});
      const input = page.locator("input[name=j]");
      if (await input.count()) {
        await input.scrollIntoViewIfNeeded();
        await input.click();
        await input.pressSequentially("区");
        await page.waitForTimeout(300);
      }
      const file = join(out, `indicator-picker-${w}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}${log.errors.length ? `  错误：${log.errors.join("；")}` : ""}`);
      written.push(file);
      await page.close();
    }
    if (session.external.length) console.log(`已拦截的外部请求：${session.external.join("、")}`);
  } finally {
    await session.close();
    await new Promise((r) => server.close(r));
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await screenshots(resolve(arg("dir", "dist")), resolve(arg("out", "screenshots")), arg("base", "/fazhi/"));
  console.log(`共 ${files.length} 张截图。`);
}
