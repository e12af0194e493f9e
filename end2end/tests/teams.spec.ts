import { Page } from "@playwright/test";
import { test, expect, hydrated, chartDrawn } from "./support";

/// The team page's four stat cards, its two panels and its two trend sections.
async function expectTeamPage(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(`${name} · NBA Dashboard`);
  for (const card of ["TEAM RATINGS", "ADVANCED STATS", "OPPONENT STATS", "DEFENSIVE METRICS"]) {
    await expect(page.getByRole("heading", { name: card })).toBeVisible();
  }
  await expect(page.locator(".stat-card").first().locator(".stat-row").first()).toContainText(/Net rating\s*[-+]?\d+\.\d/);
  await expect(page.getByRole("heading", { name: "ACTIVE INJURY REPORT" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "TRANSACTIONS" })).toBeVisible();
  await expect(page.locator(".panel-count").first()).toHaveText(/^\d+ listed$/);
  await expect(page.getByRole("img", { name: `Bar chart: margin of victory by game for ${name}` })).toBeVisible();
  const rows = page.locator("section", { has: page.getByRole("heading", { name: "Player Scoring Efficiency" }) }).locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(5);
}

test.describe("Teams without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the index lists all thirty teams as links", async ({ page, problems }) => {
    const response = await page.goto("/teams");
    expect(response?.status()).toBe(200);
    await expect(page.locator("a.team-card")).toHaveCount(30);
    const west = page.locator("section", { has: page.getByRole("heading", { name: "Western Conference" }) });
    await expect(west.locator("a.team-card")).toHaveCount(15);
    await expect(west.locator("a.team-card").first()).toContainText(/1st in West/);
    await page.locator("a.team-card", { hasText: "Boston Celtics" }).click();
    await expect(page).toHaveURL(/\/teams\/BOS$/);
  });

  test("a team page renders its cards, panels, chart frame and table", async ({ page, problems }) => {
    await page.goto("/teams/bos");
    await expect(page).toHaveURL(/\/teams\/BOS$/);
    await expectTeamPage(page, "Boston Celtics");
    await expect(page.getByText("Interactive chart; enable JavaScript to view.")).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Boston Celtics: Eastern Conference/);
  });

  test("the switcher is a form that lands on the chosen team", async ({ page, problems }) => {
    await page.goto("/teams/BOS");
    await page.getByLabel("Team", { exact: true }).selectOption({ label: "Los Angeles Lakers" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/teams\/LAL$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Los Angeles Lakers");
  });

  test("an unknown team is the 404 page listing every team", async ({ page }) => {
    const response = await page.goto("/teams/XYZ");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team not found");
    await expect(page.locator(".not-found li a")).toHaveCount(30);
  });
});

test.describe("Teams hydrated", () => {
  test("draws the margin chart, switches team in place and goes back", async ({ page, problems }) => {
    await page.goto("/teams/BOS");
    await hydrated(page);
    await expectTeamPage(page, "Boston Celtics");
    await expect.poll(() => chartDrawn(page, "mov-chart")).toBe(true);
    await page.screenshot({ path: "test-results/team.png", fullPage: true });

    await page.getByLabel("Team", { exact: true }).selectOption("LAL");
    await expect(page).toHaveURL(/\/teams\/LAL$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Los Angeles Lakers");
    await expect.poll(() => chartDrawn(page, "mov-chart")).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/teams\/BOS$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boston Celtics");
  });

  test("the player table sorts in the URL and a player opens his page", async ({ page, problems }) => {
    await page.goto("/teams/BOS");
    await hydrated(page);
    const table = page.locator("section", { has: page.getByRole("heading", { name: "Player Scoring Efficiency" }) });
    await table.getByRole("link", { name: "GP" }).click();
    await expect(page).toHaveURL(/\/teams\/BOS\?players_sort=games_played$/);
    const games = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map(Number);
    expect(games).toEqual([...games].sort((a, b) => b - a));

    const first = table.locator("tbody tr td:first-child a").first();
    const name = (await first.textContent())?.trim() ?? "";
    await first.click();
    await expect(page).toHaveURL(/\/players\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText("Points per game")).toBeVisible();
  });
});
