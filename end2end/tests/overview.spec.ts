import { test, expect, hydrated, chartDrawn } from "./support";

test.describe("Overview without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("renders standings and KPI values on the server", async ({ page, problems }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("NBA Dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("League Overview");

    const west = page.locator("section", { has: page.getByRole("heading", { name: "Western Conference" }) });
    const east = page.locator("section", { has: page.getByRole("heading", { name: "Eastern Conference" }) });
    await expect(west.locator("tbody tr")).toHaveCount(15);
    await expect(east.locator("tbody tr")).toHaveCount(15);

    const values = await page.locator(".kpi-value").allTextContents();
    expect(values).toHaveLength(4);
    expect(values[0]).toMatch(/^\d+ - \d+$/);
    expect(values[1]).toMatch(/^\d+\.\d$/);
    expect(values[2]).toMatch(/^\d+$/);
    expect(values[3]).toMatch(/^[A-Z][a-z]+ \d{2}$/);
    await expect(page.getByText(/difference vs last season/)).toBeVisible();
    await expect(page.locator(".hero-meta time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

    // Chart frames explain themselves without JavaScript.
    await expect(page.getByText("Interactive chart; enable JavaScript to view.")).toHaveCount(3);
  });

  test("sorting links work without JavaScript", async ({ page, problems }) => {
    await page.goto("/");
    const west = page.locator("section", { has: page.getByRole("heading", { name: "Western Conference" }) });
    await west.getByRole("link", { name: "Wins" }).click();
    await expect(page).toHaveURL(/\?west_sort=wins$/);
    const wins = (await west.locator("tbody tr td:nth-child(3)").allTextContents()).map(Number);
    expect(wins).toEqual([...wins].sort((a, b) => b - a));
    await expect(west.locator("th[aria-sort=descending]")).toHaveText(/Wins/);
  });

  test("bad parameters redirect to the canonical URL", async ({ page, problems }) => {
    await page.goto("/?west_sort=nope&utm_source=x&value_team=bos");
    await expect(page).toHaveURL(/\/\?value_team=BOS$/);
  });

  test("unknown routes get the real 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: /League Overview/ })).toBeVisible();
  });
});

test.describe("Overview hydrated", () => {
  test("draws all three charts", async ({ page, problems }) => {
    await page.goto("/");
    await hydrated(page);
    for (const id of ["ratings-chart", "value-chart", "contracts-chart"]) {
      await expect.poll(() => chartDrawn(page, id), { message: id }).toBe(true);
    }
    await page.screenshot({ path: "test-results/overview.png", fullPage: true });
  });

  test("the value chart's team filter lives in the URL and history", async ({ page, problems }) => {
    await page.goto("/");
    await hydrated(page);
    const links = page.locator(".chart-links summary");
    await expect(links).toHaveText(/Players in this chart \(\d+\)/);
    const allCount = await links.textContent();

    const team = await page.locator("#value-team-select option").nth(1).getAttribute("value");
    await page.locator("#value-team-select").selectOption(team!);
    await expect(page).toHaveURL(new RegExp(`\\?value_team=${team}$`));
    await expect(links).not.toHaveText(allCount!);
    const teamCount = await links.textContent();
    expect(await chartDrawn(page, "value-chart")).toBe(true);

    await page.reload();
    await hydrated(page);
    await expect(page.locator("#value-team-select")).toHaveValue(team!);
    await expect(links).toHaveText(teamCount!);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(links).toHaveText(allCount!);
    await expect(page.locator("#value-team-select")).toHaveValue("");
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`\\?value_team=${team}$`));
    await expect(links).toHaveText(teamCount!);
  });

  test("sorting a table replaces the history entry without a reload", async ({ page, problems }) => {
    await page.goto("/");
    await hydrated(page);
    const east = page.locator("section", { has: page.getByRole("heading", { name: "Eastern Conference" }) });
    await east.getByRole("link", { name: "Team" }).click();
    await expect(page).toHaveURL(/\?east_sort=team_full$/);
    const teams = await east.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(teams).toEqual([...teams].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await expect(page.locator(".chart-nojs")).toHaveCount(0);
  });

  test("clicking a team in the ratings chart opens its team URL", async ({ page, problems }) => {
    await page.goto("/");
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "ratings-chart")).toBe(true);
    await page.locator("#ratings-chart").scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => {
      const element = document.getElementById("ratings-chart")!;
      const chart = (window as any).echarts.getInstanceByDom(element);
      const option = chart.getOption();
      // Teams with close ratings overlap: click the team whose point lies farthest from every
      // other, so the click cannot land on a neighbour drawn on top of it.
      const points = option.series.map((series: any, index: number) => ({
        name: series.name,
        at: chart.convertToPixel({ seriesIndex: index }, series.data[0]),
      }));
      const gap = (p: any) =>
        Math.min(...points.filter((q: any) => q !== p).map((q: any) => Math.hypot(p.at[0] - q.at[0], p.at[1] - q.at[1])));
      const loneliest = points.reduce((best: any, p: any) => (gap(p) > gap(best) ? p : best));
      const box = element.getBoundingClientRect();
      return { x: box.left + loneliest.at[0], y: box.top + loneliest.at[1], name: loneliest.name };
    });
    await page.mouse.move(point.x, point.y);
    await expect(page.locator("#ratings-chart")).toContainText("Click to open team page");
    await page.mouse.click(point.x, point.y);
    await expect(page).toHaveURL(new RegExp(`/teams/${point.name}$`));
  });
});

test.describe("Season control in the playoffs window", () => {
  const playoffsServer = process.env.PLAYOFFS_BASE_URL ?? "http://127.0.0.1:3101";

  test("season choice is written to the URL, restored by reload and history", async ({ page, problems }) => {
    await page.goto(`${playoffsServer}/`);
    await hydrated(page);
    // The default depends on the date, so the client writes it into the URL.
    await expect(page).toHaveURL(/\?season=playoffs$/);
    const scoring = page.locator("section", { has: page.getByRole("heading", { name: "Player Scoring Efficiency" }) });
    await expect(scoring.getByText("No players are averaging 20+ PPG for this season type yet.")).toBeVisible();

    await page.locator("#season-select").selectOption("regular");
    await expect(page).toHaveURL(/\?season=regular$/);
    await expect(scoring.locator("tbody tr").first()).toBeVisible();
    const rows = await scoring.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);

    await page.reload();
    await hydrated(page);
    await expect(page.locator("#season-select")).toHaveValue("regular");
    await expect(scoring.locator("tbody tr")).toHaveCount(rows);

    await page.goBack();
    await expect(page).toHaveURL(/\?season=playoffs$/);
    await expect(page.locator("#season-select")).toHaveValue("playoffs");
    await expect(scoring.locator("tbody tr")).toHaveCount(0);
  });
});
