// A cold first load of the Overview in Chromium: compressed bytes on the wire, request
// count, and the time from navigation start to the first chart drawn on a canvas.
import { createRequire } from "node:module";

const require = createRequire(new URL("../end2end/package.json", import.meta.url));
const { chromium } = require("@playwright/test");

const url = process.argv[2] ?? "http://127.0.0.1:3200/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

// data: URLs (the badge images drawn into the ratings chart) move no bytes; they are not
// counted as requests.
const network = new Set();
cdp.on("Network.requestWillBeSent", (event) => {
  if (!event.request.url.startsWith("data:")) network.add(event.requestId);
});
let bytes = 0;
let requests = 0;
cdp.on("Network.loadingFinished", (event) => {
  if (!network.has(event.requestId)) return;
  bytes += event.encodedDataLength;
  requests += 1;
});

// Records when the first chart canvas appears (ECharts draws it synchronously).
await page.addInitScript(() => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(".chart-canvas canvas")) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});

await page.goto(url, { waitUntil: "load" });
await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30000 });
await page.waitForLoadState("networkidle");
const firstChartMs = await page.evaluate(() => window.__firstChart);

console.log(JSON.stringify({
  url,
  requests,
  compressed_bytes: bytes,
  first_chart_ms: Math.round(firstChartMs),
}));
await browser.close();
