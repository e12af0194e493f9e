// Copies front-end files from npm packages into public/, which cargo-leptos serves as the
// site root: the app loads nothing from a CDN.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("public", { recursive: true });
copyFileSync("node_modules/echarts/dist/echarts.min.js", "public/echarts.min.js");
console.log("vendored echarts.min.js into public/");
