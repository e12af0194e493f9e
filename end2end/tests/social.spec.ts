import { test, expect, hydrated, chartDrawn } from "./support";

test.describe("Social without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("cards, chart frames and the open tables render on the server", async ({ page, problems }) => {
    // Without a team the server shows the data's default; the page's own links name it.
    const response = await page.goto("/social?tables=open");
    expect(response?.status()).toBe(200);
    await expect(page.locator(".comments-table th a").first()).toHaveAttribute("href", /\?team=[A-Z]{3}&tables=open&/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("r/NBA Social Pulse");
    const values = await page.locator(".kpi-value").allTextContents();
    expect(values).toHaveLength(4);
    expect(values[0]).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(values[1]).toMatch(/^\d+\.\d%$/);
    await expect(page.getByText("Interactive chart; enable JavaScript to view.")).toHaveCount(5);
    const comments = page.locator(".comments-table tbody tr");
    await expect(comments).toHaveCount(12);
    await expect(page.locator(".keywords-table tbody tr")).toHaveCount(20);
  });

  test("filters and sorting work as forms and links", async ({ page, problems }) => {
    await page.goto("/social?team=BOS&tables=open");
    await page.getByLabel("Filter by upvotes, e.g. >=100").fill(">=50");
    await page.locator("#comments-filters").getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/social\?team=BOS&tables=open&comments_f_score=%3E%3D50$/);
    const scores = (await page.locator(".comments-table tbody tr td:nth-child(3)").allTextContents()).map((s) =>
      Number(s.replace(/,/g, "")),
    );
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(50);
    await page.locator(".keywords-table").getByRole("link", { name: "Word Count" }).click();
    await expect(page).toHaveURL(/keywords_sort=word_frequency$/);
  });

  test("a comment with markup is shown as text", async ({ page, problems }) => {
    await page.goto("/social?team=BOS&tables=open&comments_f_comment=%3C");
    const preview = page.locator(".comments-table tbody tr td:nth-child(5)").first();
    await expect(preview).toContainText("<");
    expect(await page.locator(".comments-table tbody script, .comments-table tbody b").count()).toBe(0);
  });
});

test.describe("Social hydrated", () => {
  test("the team is written to the URL and the team chart follows the select", async ({ page, problems }) => {
    await page.goto("/social");
    await hydrated(page);
    await expect(page).toHaveURL(/\/social\?team=[A-Z]{3}$/);
    for (const id of ["volume-chart", "threads-chart", "keywords-chart", "flairs-chart", "team-chart"]) {
      await expect.poll(() => chartDrawn(page, id), { message: id }).toBe(true);
    }
    await page.screenshot({ path: "test-results/social.png", fullPage: true });
    const before = page.url();
    // Another team than the default the page opened with.
    const other = (await page.locator("#social-team").inputValue()) === "LAL" ? "BOS" : "LAL";
    await page.locator("#social-team").selectOption(other);
    await expect(page).toHaveURL(new RegExp(`/social\\?team=${other}$`));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const chart = (window as any).echarts.getInstanceByDom(document.getElementById("team-chart"));
          return chart.getOption().title[0].text;
        }),
      )
      .toBe(`${other} - comments by prior game outcome`);
    await page.goBack();
    await expect(page).toHaveURL(before);
  });

  test("a thread bar opens the thread in a new tab", async ({ page, context, problems }) => {
    await page.goto("/social?team=BOS");
    await hydrated(page);
    await expect.poll(() => chartDrawn(page, "threads-chart")).toBe(true);
    await page.locator("#threads-chart").scrollIntoViewIfNeeded();
    const bar = await page.evaluate(() => {
      const element = document.getElementById("threads-chart")!;
      const chart = (window as any).echarts.getInstanceByDom(element);
      const option = chart.getOption();
      const last = option.series[0].data.length - 1;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [option.series[0].data[last] / 2, last]);
      const box = element.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    const href = await page.locator("ol[aria-label='Threads in this chart'] a").first().getAttribute("href");
    expect(href).toMatch(/^https:\/\/www\.reddit\.com\/r\/nba\/comments\//);
    // Bars grow in for a moment after drawing: hover until the bar answers.
    await expect
      .poll(async () => {
        await page.mouse.move(bar.x, bar.y - 2);
        await page.mouse.move(bar.x, bar.y);
        return page.locator("#threads-chart").innerText();
      })
      .toContain("Click near the title or bar to open thread");
    // The new tab is answered locally: nothing leaves the machine.
    await context.route(/reddit\.com/, (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "thread" }));
    const opened = context.waitForEvent("page");
    await page.mouse.click(bar.x, bar.y);
    const tab = await opened;
    await tab.waitForURL(href ?? "");
    await tab.close();
    expect(page.url()).toMatch(/\/social\?team=BOS$/);
  });

  test("the tables toggle and their filters replace the URL", async ({ page, problems }) => {
    await page.goto("/social?team=BOS");
    await hydrated(page);
    const entries = await page.evaluate(() => history.length);
    await page.getByText("Detailed tables (full keyword stats & comment preview)").click();
    await expect(page).toHaveURL(/\/social\?team=BOS&tables=open$/);
    await page.getByLabel("Filter by word", { exact: true }).fill("a");
    await page.getByLabel("Filter by word", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/keywords_f_word=a$/);
    const preview = page.locator(".comments-table .has-full-text").first();
    await preview.focus();
    await expect(preview.locator(".full-text")).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
});
