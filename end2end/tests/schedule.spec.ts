import { Page } from "@playwright/test";
import { test, expect, hydrated, chartDrawn } from "./support";

const CHARTS = [
  ["strength-of-schedule", "Strength of Schedule Analysis"],
  ["team-comebacks", "Team Comeback Performance"],
  ["preseason-odds", "Preseason Over/Under Performance"],
  ["spread", "Spread Coverage Performance"],
  ["game-types", "Distribution of Games by Margin"],
] as const;

/// The drawn analysis chart's ECharts instance id and title; empty until the chart exists (its
/// bars are fetched after hydration, so polls must not fail while they are on their way).
async function analysis(page: Page): Promise<{ id: string; title: string; bars: number }> {
  return page.evaluate(() => {
    const chart = (window as any).echarts?.getInstanceByDom(document.getElementById("analysis-chart"));
    if (!chart) return { id: "", title: "", bars: 0 };
    const option = chart.getOption();
    return { id: chart.id, title: option.title[0].text, bars: option.series[0].data.length };
  });
}

test.describe("Schedule without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("tonight's cards show lines, value and the model's odds", async ({ page, problems }) => {
    const response = await page.goto("/schedule");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Schedule");
    await expect(page.getByText("Moneyline odds from the daily sportsbook feed")).toBeVisible();
    const cards = page.locator(".tonight-card");
    expect(await cards.count()).toBeGreaterThan(0);
    await expect(cards.first().locator(".tonight-stats")).toContainText("Home win %");
    await expect(cards.first().locator(".tonight-stats")).toContainText(/\d+\.\d%/);
    await expect(page.locator(".tonight-side a", { hasText: /\([+-]\d+\)$/ }).first()).toBeVisible();
    await expect(page.locator(".tonight-side.value").first()).toContainText("(strong value)");
    await expect(page.getByRole("link", { name: "About" }).first()).toHaveAttribute("href", "/about");
  });

  test("the view and the chart are links and forms", async ({ page, problems }) => {
    await page.goto("/schedule");
    await page.getByRole("link", { name: "Full Schedule" }).click();
    await expect(page).toHaveURL(/\/schedule\?view=full$/);
    const table = page.locator("table.data-table");
    await expect(table.locator("tbody tr")).toHaveCount(15);
    await table.getByRole("link", { name: "Average Team Rank" }).click();
    await expect(page).toHaveURL(/\?view=full&full_sort=avg_team_rank$/);

    await page.locator("#analysis-select").selectOption("spread");
    await page.locator("form", { has: page.locator("#analysis-select") }).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\?view=full&chart=spread&full_sort=avg_team_rank$/);
    await expect(page.locator("#analysis-select")).toHaveValue("spread");
  });
});

test.describe("Schedule hydrated", () => {
  test("every chart is reachable by its control and URL, updated in place, with history", async ({ page, problems }) => {
    await page.goto("/schedule");
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "analysis-chart")).toBe(true);
    const first = await analysis(page);
    expect(first.title).toBe(CHARTS[0][1]);
    expect(first.bars).toBe(30);
    await page.screenshot({ path: "test-results/schedule.png", fullPage: true });

    for (const [value, title] of CHARTS.slice(1)) {
      await page.locator("#analysis-select").selectOption(value);
      await expect(page).toHaveURL(new RegExp(`/schedule\\?chart=${value}$`));
      await expect.poll(async () => (await analysis(page)).title).toBe(title);
      expect((await analysis(page)).id).toBe(first.id);
    }
    expect((await analysis(page)).bars).toBeGreaterThanOrEqual(4);

    await page.goBack();
    await expect(page).toHaveURL(/\?chart=spread$/);
    await expect(page.locator("#analysis-select")).toHaveValue("spread");
    await expect.poll(async () => (await analysis(page)).title).toBe("Spread Coverage Performance");

    await page.goto("/schedule?chart=preseason-odds");
    await hydrated(page);
    await expect.poll(async () => (await analysis(page)).title).toBe("Preseason Over/Under Performance");
  });

  test("a team bar opens its team page", async ({ page, problems }) => {
    await page.goto("/schedule?chart=team-comebacks");
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "analysis-chart")).toBe(true);
    await page.locator("#analysis-chart").scrollIntoViewIfNeeded();
    const bar = await page.evaluate(() => {
      const element = document.getElementById("analysis-chart")!;
      const chart = (window as any).echarts.getInstanceByDom(element);
      const data = chart.getOption().series[0].data;
      // The bar with the largest magnitude is the easiest to hit.
      const target = data.reduce((best: any, d: any) => (Math.abs(d[0]) > Math.abs(best[0]) ? d : best));
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [target[0] / 2, target[1]]);
      const box = element.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, team: target[1] };
    });
    // Bars grow in for a moment after drawing: hover until the bar answers.
    await expect
      .poll(async () => {
        await page.mouse.move(bar.x, bar.y - 2);
        await page.mouse.move(bar.x, bar.y);
        return page.locator("#analysis-chart").innerText();
      })
      .toContain("Click to open team page");
    await page.mouse.click(bar.x, bar.y);
    await expect(page).toHaveURL(new RegExp(`/teams/${bar.team}$`));
  });

  test("the view switch pushes history", async ({ page, problems }) => {
    await page.goto("/schedule");
    await hydrated(page);
    await page.getByRole("link", { name: "Full Schedule" }).click();
    await expect(page).toHaveURL(/\?view=full$/);
    await expect(page.locator("table.data-table tbody tr").first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/schedule$/);
    await expect(page.locator(".tonight-card").first()).toBeVisible();
  });
});
