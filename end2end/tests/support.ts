import { expect, Page, test as base } from "@playwright/test";

/// Every test fails on a page error, a console error or an unexpected response of 400 and up.
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await use(problems);
    expect(problems, "page errors, console errors or failed responses").toEqual([]);
  },
});

export { expect };

/// Waits until the WASM client has hydrated the page.
export async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated=true]")).toHaveCount(1);
}

/// True when a chart container holds a drawn canvas with visible pixels (or an svg).
export async function chartDrawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((chartId) => {
    const root = document.getElementById(chartId);
    if (!root) return false;
    if (root.querySelector("svg")) return true;
    const canvas = root.querySelector("canvas");
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    try {
      const context = canvas.getContext("2d");
      if (!context) return false;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    } catch {
      // A canvas tainted by image symbols cannot be read, but it has been drawn.
      return true;
    }
  }, id);
}
