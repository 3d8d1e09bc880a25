#!/usr/bin/env node
// How long large-but-allowed input freezes the page (issue 7 item 7: "never more than a frame").
//
//     scripts/build && node bench/blocking.mjs [--runs N] [--cases f64_1M,array_1M] [--cold] [--tasks]
//
// For each input shape, in a fresh page of Debian's headless Chromium: a requestAnimationFrame loop
// runs while the widget is mounted, and we report the call's own time, the longest gap between two
// frames from the call until a second after (after a small warm-up chart, so the fonts' first use is
// not counted) (the page's worst freeze, deferred work included; ~16.7 ms
// is a frame that was not delayed at all), the longest single task of ours after the call (the
// stages run in `setTimeout` tasks, timed by wrapping it) and when the chart was first drawn.
// Medians over the runs. `--cold` leaves out the warm-up chart (the first run of our code on a page
// is unoptimised: V8 compiles wasm quickly first and optimises hot functions later); `--tasks`
// prints every task's time of each run.
// A benchmark, not a test: nothing here is asserted.

import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, serve } from "./serve.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg("--runs", 3));
const ONLY = arg("--cases", null)?.split(",");
const COLD = process.argv.includes("--cold");
const TASKS = process.argv.includes("--tasks");

// Each builds its spec inside the page (the data never crosses the DevTools protocol).
const CASES = {
  f64_100k: `line([wave(1e5)])`,
  f64_1M: `line([wave(1e6)])`,
  f64_2x1M: `line([wave(1e6), wave(1e6)])`,
  array_1M: `line([Array.from(wave(1e6))])`,
  text_3MB: `JSON.stringify(line([Array.from(wave(560000), (v) => Math.round(v * 100) / 100)]))`,
  text_5MB: `JSON.stringify(line([Array.from(wave(760000), (v) => Math.round(v * 100) / 100)]))`,
  bar_100k_categories: `({ version: 1, charts: [{ type: "bar", title: "t", x: { categories: Array.from({ length: 1e5 }, (_, i) => "c" + i) }, series: [{ name: "y", values: wave(1e5) }] }] })`,
  stacked_area_2x500k: `({ version: 1, charts: [{ type: "area", stacked: true, title: "t", series: [{ name: "a", values: wave(5e5) }, { name: "b", values: wave(5e5) }] }] })`,
  stacked_area_2x1M: `({ version: 1, charts: [{ type: "area", stacked: true, title: "t", series: [{ name: "a", values: wave(1e6) }, { name: "b", values: wave(1e6) }] }] })`,
  time_100k_days: `({ version: 1, charts: [{ type: "line", title: "t", x: { type: "time", categories: Array.from({ length: 1e5 }, (_, i) => new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10)) }, series: [{ name: "y", values: wave(1e5) }] }] })`,
  stacked_bar_2x200k: `({ version: 1, charts: [{ type: "bar", stacked: true, title: "t", series: [{ name: "a", values: wave(2e5) }, { name: "b", values: wave(2e5) }] }] })`,
};

const PAGE_HELPERS = `
  const wave = (n) => { const y = new Float64Array(n); for (let i = 0; i < n; i++) y[i] = Math.sin(i / 1000) * 10 + (i % 7); return y; };
  const line = (series) => ({ version: 1, charts: [{ type: "line", title: "t", series: series.map((values, i) => ({ name: "s" + i, values })) }] });
`;

async function measure(page, expr) {
  return page.evaluate(async ([src, cold]) => {
    const m = await import("./pkg/infographic.js");
    await m.default();
    const spec = new Function(src)();
    const host = document.getElementById("host");
    // A small chart first, so the fonts' first use and the first canvases are not counted here.
    if (!cold) {
      m.mount(host, { version: 1, charts: [{ type: "line", title: "warm-up 标题", series: [{ name: "y", values: [1, 2, 3] }] }] }).destroy();
    }
    // Every task the stages queue, timed (they are `setTimeout` callbacks: `web/later.rs`).
    const tasks = [];
    const setTimeoutBefore = window.setTimeout;
    window.setTimeout = function (callback, ...rest) {
      return setTimeoutBefore.call(window, (...args) => {
        const start = performance.now();
        try { return callback(...args); } finally { tasks.push(performance.now() - start); }
      }, ...rest);
    };
    const frames = [];
    let running = true;
    // When each frame callback ran (not its frame time stamp, which a late frame backdates).
    const tick = () => { frames.push(performance.now()); if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await new Promise((r) => setTimeout(r, 200)); // let the frame loop settle
    const t0 = performance.now();
    const chart = m.mount(host, spec);
    const call = performance.now() - t0;
    tasks.length = 0;
    let drawnAt = chart.stats().renders > 0 ? call : null;
    while (performance.now() - t0 < 1000) {
      await new Promise((r) => setTimeout(r, 1));
      if (drawnAt === null && chart.stats().renders > 0) drawnAt = performance.now() - t0;
    }
    running = false;
    const after = frames.filter((t) => t >= t0 - 20);
    let gap = 0;
    for (let i = 1; i < after.length; i++) gap = Math.max(gap, after[i] - after[i - 1]);
    const error = host.querySelector("[role=alert]:not([hidden])")?.textContent || "";
    chart.destroy();
    window.setTimeout = setTimeoutBefore;
    // Our own timers only: the 1 ms waits of the loop above are empty callbacks, well under 1 ms.
    const ours = tasks.filter((t) => t >= 0.5);
    return { call, gap, drawnAt, error, longest: Math.max(0, ...ours), tasks: ours };
  }, [`${PAGE_HELPERS} return (${expr});`, COLD]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const base = `http://127.0.0.1:${server.address().port}/bench.html?lib=none&case=none`;
const rows = [];
try {
  for (const [name, expr] of Object.entries(CASES)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base);
      const out = await measure(page, expr);
      await page.close();
      if (out.error) throw new Error(`${name}: ${out.error}`);
      runs.push(out);
      if (TASKS) console.log(`${name} run ${r + 1}: call ${out.call.toFixed(1)}, tasks ${out.tasks.map((t) => t.toFixed(1)).join(" ")}`);
      process.stderr.write(".");
    }
    rows.push([name, median(runs.map((o) => o.call)), median(runs.map((o) => o.longest)), median(runs.map((o) => o.gap)), median(runs.map((o) => o.drawnAt ?? NaN))]);
  }
} finally {
  await browser.close();
  server.close();
}
process.stderr.write("\n");
const f = (v) => (Number.isFinite(v) ? v.toFixed(1) : "-");
console.log("| input | the call (ms) | longest task after it (ms) | longest frame gap (ms) | drawn after (ms) |\n|---|---:|---:|---:|---:|");
for (const [name, call, longest, gap, drawn] of rows) console.log(`| ${name} | ${f(call)} | ${f(longest)} | ${f(gap)} | ${f(drawn)} |`);
console.log(`\n${RUNS} runs each${COLD ? ", cold pages" : ""}, medians; a frame is ~16.7 ms.`);
