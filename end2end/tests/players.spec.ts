import { Page } from "@playwright/test";
import { test, expect, hydrated, chartDrawn } from "./support";

/// Accents off and lower case, as the app compares names.
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/// A player whose name carries an accent, and an accent-free piece of it around that letter.
async function accentedPlayer(page: Page): Promise<{ name: string; partial: string }> {
  for (let number = 1; number <= 20; number++) {
    await page.goto(number === 1 ? "/players" : `/players?page=${number}`);
    const names = (await page.locator("tbody tr td:first-child a").allTextContents()).map((n) => n.trim());
    const name = names.find((n) => /[^\x00-\x7f]/.test(n) && /^[\x00-\x7f]+$/.test(fold(n)));
    if (!name) continue;
    const letters = [...name];
    const at = letters.findIndex((ch) => ch > "\x7f");
    const end = fold(letters.slice(0, at + 1).join("")).length;
    const partial = fold(name).slice(Math.max(0, end - 4), end + 2).trim();
    return { name, partial };
  }
  throw new Error("no accented player in the demo data");
}

test.describe("Players without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search finds a player by a partial, accent-free name", async ({ page, problems }) => {
    const { name, partial } = await accentedPlayer(page);
    await page.goto("/players");
    await page.locator("#players-q").fill(partial);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`/players\\?q=${encodeURIComponent(partial).replace(/%20/g, "(%20|\\+)")}`));
    await expect(page.locator(".count-line")).toContainText(`match “${partial}”`);
    await page.getByRole("link", { name, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test("the navigation search is a plain form", async ({ page, problems }) => {
    const { name, partial } = await accentedPlayer(page);
    await page.goto("/teams");
    await page.getByRole("combobox").fill(partial);
    await page.getByRole("button", { name: "Go" }).click();
    await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  });

  test("a player page shows his season", async ({ page, problems }) => {
    await page.goto("/players");
    const first = page.locator("tbody tr td:first-child a").first();
    const name = ((await first.textContent()) ?? "").trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(`${name} · NBA Dashboard`);
    for (const title of ["Points per game", "True shooting %", "Plus/minus per game", "Average MVP score", "Games missed"]) {
      await expect(page.getByText(title, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Contract & value" })).toBeVisible();
  });

  test("an unknown player is the 404 page with a search box", async ({ page }) => {
    const response = await page.goto("/players/no-such-player");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Player not found");
    await expect(page.getByRole("search")).toHaveCount(2);
  });
});

test.describe("Players hydrated", () => {
  test("typing filters the index and replaces the URL", async ({ page, problems }) => {
    const { name, partial } = await accentedPlayer(page);
    await page.goto("/players");
    await hydrated(page);
    await page.locator("#players-q").pressSequentially(partial, { delay: 40 });
    await expect(page).toHaveURL(/\/players\?q=/);
    await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
    await expect(page.locator("#players-q")).toBeFocused();
    await page.screenshot({ path: "test-results/players.png", fullPage: true });
  });

  test("the navigation search suggests players and opens one with the keyboard", async ({ page, problems }) => {
    const { name, partial } = await accentedPlayer(page);
    await page.goto("/teams");
    await hydrated(page);
    const box = page.getByRole("combobox");
    await box.pressSequentially(partial, { delay: 40 });
    const option = page.getByRole("option", { name: new RegExp(name) });
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const options = await page.getByRole("option").allTextContents();
    const index = options.findIndex((text) => text.includes(name));
    for (let i = 0; i <= index; i++) await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", `nav-search-option-${index}`);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/players\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test("a player page draws his team's value chart with him marked", async ({ page, problems }) => {
    await page.goto("/players");
    await page.locator("tbody tr td:first-child a").first().click();
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "player-value-chart")).toBe(true);
    const marked = await page.evaluate(() => {
      const chart = (window as any).echarts.getInstanceByDom(document.getElementById("player-value-chart"));
      return chart
        .getOption()
        .series.flatMap((s: any) => s.data)
        .filter((d: any) => d && d.symbolSize === 16)
        .map((d: any) => d.name);
    });
    const name = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
    expect(marked).toEqual([name]);
    await page.screenshot({ path: "test-results/player.png", fullPage: true });
  });
});
