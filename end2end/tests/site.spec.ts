import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Page } from "@playwright/test";
import { test, expect, hydrated } from "./support";

const AXE_SOURCE = readFileSync(join(__dirname, "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

/// One page of each kind; links found there lead to every other page.
const START = ["/", "/games", "/teams", "/teams/BOS", "/players", "/schedule", "/schedule?view=full", "/social?tables=open", "/about"];
/// The crawl stops after this many addresses, so it always ends.
const MAX_URLS = 2500;

function links(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1].replace(/&amp;/g, "&");
    if (href.startsWith("/") && !href.startsWith("//")) found.push(href.split("#")[0]);
  }
  return found;
}

test("every link on the demo site answers 200", async ({ request }) => {
  test.setTimeout(240_000);
  const seen = new Set<string>(START);
  const queue = [...START];
  const failures: string[] = [];
  while (queue.length > 0 && seen.size <= MAX_URLS) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      failures.push(`${response.status()} ${url}`);
      continue;
    }
    const type = response.headers()["content-type"] ?? "";
    if (!type.startsWith("text/html")) continue;
    for (const link of links(await response.text())) {
      // Static assets and downloads are checked too, but not parsed further.
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(failures, `non-200 links (of ${seen.size} checked)`).toEqual([]);
  expect(seen.size).toBeGreaterThan(500);
});

/// Pages to check in the browser: one of each kind, found from the index pages.
async function pagesToCheck(page: Page): Promise<string[]> {
  await page.goto("/players");
  const player = await page.locator("tbody tr td:first-child a").first().getAttribute("href");
  await page.goto("/games");
  const game = await page.locator("a.game-card").nth(1).getAttribute("href");
  return ["/", "/games", game!, "/teams", "/teams/LAL", "/players", player!, "/schedule", "/schedule?view=full", "/social?team=BOS&tables=open", "/about", "/no-such-page"];
}

test("no page logs a console error once hydrated", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("console", (message) => {
    // The 404 page's own status is expected; anything else is a defect.
    if (message.type() === "error" && !message.text().includes("404 (Not Found)")) errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  for (const url of await pagesToCheck(page)) {
    await page.goto(url);
    await hydrated(page);
    await page.waitForTimeout(300);
  }
  expect(errors).toEqual([]);
});

test("every page passes an automated accessibility scan", async ({ page }) => {
  test.setTimeout(180_000);
  const serious: string[] = [];
  for (const url of await pagesToCheck(page)) {
    await page.goto(url);
    await hydrated(page);
    await page.waitForTimeout(500);
    // Evaluated through the DevTools protocol, so the page's CSP does not block it.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations
        .filter((v: any) => v.impact === "serious" || v.impact === "critical")
        .map((v: any) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target?.join(" ")})`);
    });
    serious.push(...violations.map((v: string) => `${url} — ${v}`));
  }
  expect(serious).toEqual([]);
});
