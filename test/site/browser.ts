// Browser harness for the site tests: Debian's Chromium driven by playwright-core (never downloads a browser).
// Every request is routed: 127.0.0.1 passes, anything else is aborted and recorded.
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Session {
  context: BrowserContext;
  external: string[];
  /** the fresh profile folder (it names every Chromium process of this session: bench/site.ts counts their CPU) */
  profileDir?: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (never download a browser)`);
  const userDataDir = mkdtempSync(join(tmpdir(), "fazhi-chromium-"));
  // A fresh profile every run (launchPersistentContext is how playwright passes --user-data-dir).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    serviceWorkers: "block",
  });
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "127.0.0.1") {
      external.push(route.request().url());
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  return {
    context,
    external,
    profileDir: userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageLog {
  errors: string[];
  /** console warnings from Observable Plot ("Warning: …"): a chart drawn from data it misreads */
  plotWarnings: string[];
  failed: string[];
}

/** A new page that records console errors, uncaught exceptions, failed requests and HTTP errors. */
export async function openPage(session: Session): Promise<{ page: Page; log: PageLog }> {
  const page = await session.context.newPage();
  const log: PageLog = { errors: [], plotWarnings: [], failed: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`console: ${m.text()}`);
    if (m.type() === "warning" && m.text().startsWith("Warning:")) log.plotWarnings.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) log.failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  return { page, log };
}

/**
 * Wait until Framework has run the page's cells: network idle, no <observablehq-loading> placeholders left, and
 * (when given) `ready` matches. Returns the text of any error Framework displayed in place of a cell.
 */
export async function settle(page: Page, ready?: string, timeout = 30_000): Promise<string[]> {
  await page.waitForLoadState("load", { timeout });
  await page.waitForLoadState("networkidle", { timeout });
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout });
  if (ready) await page.waitForSelector(ready, { timeout });
  await page.waitForTimeout(100);
  return page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
}
