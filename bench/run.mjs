#!/usr/bin/env node
// Side-by-side benchmark: the infographic widget, Chart.js 4.6.1 and uPlot 1.6.32 (pinned in
// bench/package.json, used only here) in Debian's headless Chromium via playwright-core.
//
//     scripts/bench            (builds www/pkg, installs bench/node_modules, runs this)
//     node bench/run.mjs [--runs N] [--libs infographic,uplot] [--cases line2,million]
//
// Each run is a fresh page (www/bench.html?lib=…&case=…); libraries alternate within a round so
// drift in the machine's load hits them alike. Prints medians and ratios (ours / peer) and writes
// target/bench/latest.json. Not part of scripts/test: timings are for people, never assertions.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, PEERS, REPO, WWW, serve } from "./serve.mjs";

const OUT = path.join(REPO, "target", "bench");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
// --libs a,b and --cases a,b narrow a run while iterating (the table keeps every column).
const listArg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1].split(",") : null;
};
const ONLY_LIBS = listArg("--libs");
const ONLY_CASES = listArg("--cases");
const LIBS = ["infographic", "chartjs", "uplot"];
const CASES = [
  ["first", "first render of the default story, from navigation start (ms)"],
  ["first3", "first render of the story's three xy charts alone, from navigation start (ms)"],
  ["line2", "two-series line (100 points), the call + its microtasks (ms)"],
  ["million", "1,000,000-point line from a Float64Array, until drawn (ms)"],
  ["hover", "hover p95, pointer event to next frame (ms)"],
  ["memory", "memory after 10k hovers + 1k updates / after warm-up"],
];

const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
function bundles() {
  return {
    infographic: gz([path.join(WWW, "pkg/infographic_bg.wasm"), path.join(WWW, "pkg/infographic.js")]),
    chartjs: gz([path.join(PEERS, "chart.js/dist/chart.umd.min.js")]),
    uplot: gz([path.join(PEERS, "uplot/dist/uPlot.iife.min.js"), path.join(PEERS, "uplot/dist/uPlot.min.css")]),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

async function main() {
  if (!existsSync(path.join(WWW, "pkg/infographic_bg.wasm"))) throw new Error("www/pkg missing: run scripts/build");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/bench.html`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
  });
  const results = {}; // case -> lib -> [values]
  const extra = {}; // case -> lib -> [{...}]
  try {
    for (const [name] of CASES) {
      results[name] = {};
      extra[name] = {};
      if (ONLY_CASES && !ONLY_CASES.includes(name)) continue;
      const runs = name === "memory" ? Math.min(RUNS, 3) : RUNS;
      for (let r = 0; r < runs; r++) {
        // Alternate the order each round.
        const order = r % 2 ? [...LIBS].reverse() : LIBS;
        for (const lib of order) {
          if (ONLY_LIBS && !ONLY_LIBS.includes(lib)) continue;
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${base}?lib=${lib}&case=${name}`);
          await page.waitForFunction(() => window.benchResult, null, { timeout: 180_000 });
          const out = await page.evaluate(() => window.benchResult);
          await context.close();
          if (out.error) throw new Error(`${lib}/${name}: ${out.error}`);
          (results[name][lib] ??= []).push(out.ms);
          (extra[name][lib] ??= []).push(out);
          process.stderr.write(".");
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stderr.write("\n");

  const sizes = bundles();
  const rows = [["bundle, wasm + JS (+CSS), gzip -9 (KB)", ...LIBS.map((l) => sizes[l] / 1024)]];
  for (const [name, label] of CASES) rows.push([label, ...LIBS.map((l) => median(results[name][l] ?? []))]);
  const painted = (name) => LIBS.map((l) => median((extra[name][l] ?? []).map((o) => o.paintedMs)));
  rows.splice(2, 0, ["  the default story, until the frame that shows it has been painted (ms)", ...painted("first")]);
  rows.splice(4, 0, ["  the three xy charts, until the frame that shows them has been painted (ms)", ...painted("first3")]);
  const prep = median((extra.million.chartjs ?? []).map((o) => o.prepareMs ?? NaN));
  rows.push(["  Chart.js data preparation for the million ({x, y} objects) (ms)", NaN, prep, NaN]);
  const frame = Object.fromEntries(LIBS.map((l) => [l, median((extra.million[l] ?? []).map((o) => o.toFrameMs))]));
  rows.push(["  1,000,000 points, call to next frame (ms)", ...LIBS.map((l) => frame[l])]);
  const call = Object.fromEntries(LIBS.map((l) => [l, median((extra.million[l] ?? []).map((o) => o.callMs))]));
  rows.push(["  1,000,000 points, the call alone (+ microtasks) (ms)", ...LIBS.map((l) => call[l])]);

  const fmt = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2)) : "-");
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) + "×" : "-");
  const lines = [
    "| measure (median) | infographic | Chart.js 4.6.1 | uPlot 1.6.32 | ours / Chart.js | ours / uPlot |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(([label, a, b, c]) => `| ${label} | ${fmt(a)} | ${fmt(b)} | ${fmt(c)} | ${ratio(a, b)} | ${ratio(a, c)} |`),
  ];
  console.log(lines.join("\n"));
  const machine = `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`;
  const version = (await (async () => {
    const b = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
    const v = b.version();
    await b.close();
    return v;
  })());
  console.log(`\n${RUNS} runs per cell (memory: ${Math.min(RUNS, 3)}), Chromium ${version}, ${machine}`);
  mkdirSync(OUT, { recursive: true });
  const json = { date: new Date().toISOString(), runs: RUNS, chromium: version, machine, bundlesGzipBytes: sizes, medians: Object.fromEntries(rows.map(([l, ...v]) => [l, Object.fromEntries(LIBS.map((lib, i) => [lib, v[i]]))])), raw: extra, table: lines.join("\n") };
  writeFileSync(path.join(OUT, "latest.json"), JSON.stringify(json, null, 2));
  console.log(`wrote ${path.relative(REPO, path.join(OUT, "latest.json"))}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
