import { Page } from "@playwright/test";
import { test, expect, hydrated, chartDrawn } from "./support";

/// The slugs of the slate's games, in card order.
async function slugs(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a.game-card").evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.map((path) => path.replace("/games/", ""));
}

/// The live ECharts instance's id, its points and its biggest-run label.
async function chartState(page: Page): Promise<{ id: string; data: string; run: string | null }> {
  return page.evaluate(() => {
    const echarts = (window as any).echarts;
    const chart = echarts.getInstanceByDom(document.getElementById("pbp-chart"));
    const series = chart.getOption().series[0];
    const area = series.markArea?.data?.[0]?.[0];
    const data = JSON.stringify(series.data.map((point: any) => point.value));
    return { id: chart.id, data, run: area?.name ?? null };
  });
}

test.describe("Games without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a game's page shows its heading, stats and players", async ({ page, problems }) => {
    await page.goto("/games?players=slate");
    const topTeam = (await page.locator(".lines-panel tbody tr td:first-child").first().textContent())?.trim();
    expect(topTeam).toMatch(/^[A-Z]{3}$/);
    // The game of the slate's top scorer, in this-game scope. A card's text runs its parts
    // together ("BOS @ ORLBoston Celtics…"), so match the matchup line alone.
    const matchup = page.locator(".card-matchup", { hasText: new RegExp(`(^| )${topTeam}( |$)`) });
    const card = page.locator("a.game-card").filter({ has: matchup }).first();
    const slug = new URL((await card.getAttribute("href")) ?? "", "http://x").pathname;
    const response = await page.goto(slug);
    expect(response?.status()).toBe(200);

    const [away, home] = ((await card.locator(".card-matchup").textContent()) ?? "").split(" @ ");
    await expect(page.locator(`a.game-card[aria-current=true]`)).toHaveAttribute("href", slug);
    await expect(page.locator("#matchup")).toContainText(" @ ");
    await expect(page.locator("#matchup")).toContainText("(W)");
    await expect(page.locator(".legend-chip").first()).toContainText(`Home (${home}) | Led `);
    await expect(page.locator(".flow-stats")).toContainText(/Max lead ±\d+/);
    await expect(page.locator(".flow-stats")).toContainText(/\d+ lead changes/);
    await expect(page.getByRole("heading", { name: "TOP PLAYER LINES · THIS GAME" })).toBeVisible();
    const teams = await page.locator(".lines-panel tbody tr td:first-child").allTextContents();
    expect(teams.length).toBeGreaterThan(0);
    for (const team of teams) expect([home, away]).toContain(team.trim());
    await expect(page.getByText("Interactive chart; enable JavaScript to view.")).toBeVisible();
  });

  test("unknown games get the real 404 page", async ({ page }) => {
    const response = await page.goto("/games/2001-01-01-aaa-bbb");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Game not found");
    await expect(page.getByText("This game is no longer in the recent-games feed.")).toBeVisible();
    await page.getByRole("link", { name: "See the latest slate" }).click();
    await expect(page).toHaveURL(/\/games$/);
  });
});

test.describe("Games hydrated", () => {
  test("draws the chart with its run band and switches games in place", async ({ page, problems }) => {
    await page.goto("/games");
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "pbp-chart")).toBe(true);
    const games = await slugs(page);
    expect(games.length).toBeGreaterThan(1);
    await expect(page.getByRole("link", { name: /^Games, \d+ games$/ })).toBeVisible();

    const first = await chartState(page);
    expect(first.run).toMatch(/^Biggest run: [A-Z]{3} \d+-\d+$/);
    await page.screenshot({ path: "test-results/games.png", fullPage: true });

    // A click pushes the second game's URL; the chart is updated, not re-created.
    const firstHeading = await page.locator("#matchup").textContent();
    await page.locator("a.game-card").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/games/${games[1]}$`));
    await expect(page.locator("a.game-card").nth(1)).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#matchup")).not.toHaveText(firstHeading ?? "");
    await expect.poll(async () => (await chartState(page)).data).not.toBe(first.data);
    expect((await chartState(page)).id).toBe(first.id);

    // Back restores the first game.
    await page.goBack();
    await expect(page).toHaveURL(/\/games$/);
    await expect(page.locator("a.game-card").first()).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#matchup")).toHaveText(firstHeading ?? "");
  });

  test("the keyboard moves between cards and Enter opens one", async ({ page, problems }) => {
    await page.goto("/games");
    await hydrated(page);
    const games = await slugs(page);
    await page.locator("a.game-card").first().focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("a.game-card").nth(2)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator("a.game-card").nth(1)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/games/${games[1]}$`));
    await expect(page.locator("a.game-card").nth(1)).toHaveAttribute("aria-current", "true");
    await expect.poll(() => chartDrawn(page, "pbp-chart")).toBe(true);
  });

  test("the players scope and table sort live in the URL", async ({ page, problems }) => {
    await page.goto("/games");
    await hydrated(page);
    await page.getByRole("link", { name: "Full slate" }).click();
    await expect(page).toHaveURL(/\/games\?players=slate$/);
    await expect(page.getByRole("heading", { name: "TOP PLAYER LINES · FULL SLATE" })).toBeVisible();
    const lines = page.locator(".lines-panel");
    await lines.getByRole("link", { name: "+/-" }).click();
    await expect(page).toHaveURL(/\/games\?players=slate&lines_sort=plus_minus$/);
    const values = (await lines.locator("tbody tr td:nth-child(5)").allTextContents()).map((v) => parseInt(v, 10));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // A card keeps the scope and the sort.
    const games = await slugs(page);
    await page.locator("a.game-card").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/games/${games[1]}\\?players=slate&lines_sort=plus_minus$`));
  });
});
