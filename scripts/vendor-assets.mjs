// Builds the front-end files that come from npm packages into public/, which cargo-leptos
// serves as the site root: the app loads nothing from a CDN.
import { mkdirSync } from "node:fs";
import { buildSync } from "esbuild";

mkdirSync("public", { recursive: true });
buildSync({
  entryPoints: ["scripts/echarts-bundle.mjs"],
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "echarts",
  target: "es2020",
  outfile: "public/echarts.min.js",
  logLevel: "warning",
});
console.log("bundled ECharts into public/echarts.min.js");
