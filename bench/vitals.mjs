#!/usr/bin/env node
// Page vitals of the demo article (www/index.html, with its pre-rendered <info-graphic> snippet) in
// Debian's headless Chromium via playwright-core. A benchmark, not a test: it prints numbers and
// asserts nothing.
//
//     node bench/vitals.mjs [--runs N] [--profiles 360,390,414,1280] [--no-taps]
//                           [--out /tmp/vitals-table.md] [--json /tmp/vitals-runs.json]
//
// Needs www/pkg built already (this script never builds) and bench/node_modules (npm ci --prefix bench).
//
// Server: www/ over HTTP/1.1 from 127.0.0.1, every file gzip-encoded (level 9, Content-Encoding: gzip,
// Content-Length, cache-control: no-store) as a CDN would send it; a fresh browser context per run
// (cold cache).
//
// Profiles:
//   phone    360×800, 390×844, 414×896 CSS px, deviceScaleFactor 3, isMobile + hasTouch; CDP
//            Network.emulateNetworkConditions (latency 150 ms, download 200,000 B/s = 1.6 Mbit/s,
//            upload 93,750 B/s = 750 kbit/s) and Emulation.setCPUThrottlingRate 4.
//   desktop  1280×900, dpr 1, no throttling.
// Scenarios:
//   top      the reader stays at the top of the article.
//   scroll   `scrollIntoView()` on <info-graphic> as soon as first-contentful-paint is observed.
// Loading:
//   lazy       the page as shipped (embed.js: near the viewport + idle, or a pointer/touch/focus on it).
//   immediate  the alternative: a synthetic `pointerover` on the element right after DOMContentLoaded
//              (from an init script, nothing in www/ changes), so the module loads at once.
//
// Per run, all times in ms from navigation start (performance.timeOrigin):
//   FCP          the `first-contentful-paint` paint entry.
//   visible      the first requestAnimationFrame callback (an init-script rAF loop) at which the
//                <info-graphic> has a non-zero height and one of its `.ig-static .ig-pic` pictures is
//                displayed (computed display != none) — the frame that paints the inline SVG picture.
//   visible−FCP  visible − FCP's paintTime (the end of the first contentful frame's rendering update,
//                so both are taken at the same step of a frame), floored at 0: 0 means the picture was
//                in the first contentful frame itself. (FCP's startTime is the later presentation time,
//                so "visible" can be a little smaller than "FCP".)
//   CLS          the sum of all `layout-shift` entries without hadRecentInput (PerformanceObserver,
//                buffered, installed before any page script), until 2 s after takeover or 15 s.
//   wasm         when infographic_bg.wasm was requested (embed.js's fetch() call, seen by a wrapper
//                from the init script) and received (resource timing responseEnd), if it was.
//   takeover     the first rAF at which `.ig-static` is hidden (the live widget replaced the picture).
//   bytes        the sum of CDP Network.loadingFinished encodedDataLength (headers + gzip bodies) of the
//                run, with no interaction, and whether the wasm was among them.
// Taps (phone, lazy loading, top scenario), after the page's `load` event. The spot: the centre of
// the first plot area where a touch shows a tooltip, found once per width in an unthrottled page and
// put mid-viewport with `window.scrollTo`. "Tooltip painted": the first rAF at which `[role=tooltip]`
// inside <info-graphic> passes checkVisibility(), from the timeStamp of the touch's first event
// (its pointerdown, which Chromium dispatches before touchstart).
//   cold   a `page.touchscreen.tap` right at `load` (the tap that starts the module loading; says in
//          what state the module was): tap → tooltip painted, tap → takeover; then a press.
//   warm   the same tap 1 s after the live widget took over; then a press.
//   tap    touchStart + touchEnd at once: does its tooltip ever paint, did the widget draw a focus.
//   press  a CDP touchStart held until the tooltip paints (≤ 5 s): pointerdown → tooltip painted; then
//          touchEnd, and whether the tooltip still shows 300 ms after the finger lifts.
// Each configuration runs --runs times (default 3), interleaved; the tables give medians (with the
// number of runs when a value was missing in some). Raw runs go to --json.

import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, WWW } from "./serve.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg("--runs", 3));
const OUT = arg("--out", "/tmp/vitals-table.md");
const JSON_OUT = arg("--json", "/tmp/vitals-runs.json");
const ONLY = arg("--profiles", null)?.split(",").map(Number);
const TAPS = !process.argv.includes("--no-taps");
const RUN_CAP_MS = 15_000;
const AFTER_TAKEOVER_MS = 2_000;

const PHONE_NET = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const PHONES = [
  { name: "phone 360", viewport: { width: 360, height: 800 } },
  { name: "phone 390", viewport: { width: 390, height: 844 } },
  { name: "phone 414", viewport: { width: 414, height: 896 } },
].map((p) => ({ ...p, phone: true, deviceScaleFactor: 3, isMobile: true, hasTouch: true }));
const DESKTOP = { name: "desktop 1280", viewport: { width: 1280, height: 900 }, phone: false, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
const PROFILES = [...PHONES, DESKTOP].filter((p) => !ONLY || ONLY.includes(p.viewport.width));

// ---- the server: www/, gzip-encoded ------------------------------------------------------------

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".json": "application/json", ".svg": "image/svg+xml",
};
const gzCache = new Map();
function serveGzip() {
  const server = createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname.slice(1)) || "index.html";
    const file = path.resolve(WWW, rel);
    try {
      if (!file.startsWith(WWW + path.sep) || !(await stat(file)).isFile()) throw new Error("not a file");
      let body = gzCache.get(file);
      if (!body) gzCache.set(file, (body = gzipSync(await readFile(file), { level: 9 })));
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "content-encoding": "gzip", "content-length": body.length, vary: "accept-encoding", "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---- in the page, before any of its scripts --------------------------------------------------

function initScript(cfg) {
  if (window !== window.top) return;
  const v = (window.__vitals = {
    fcp: null, fcpPaint: null, visibleAt: null, takeoverAt: null, scrolledAt: null, immediateAt: null,
    shifts: [], touches: [], tooltipAt: [], wasmFetchAt: null,
    frames: [], // the first 12 frames: [rAF time, 0 no <info-graphic> yet | 1 no height | 2 no picture | 3 picture]
  });
  // When embed.js asks for the wasm (resource timing only lists a request once it has finished).
  const fetchBefore = window.fetch;
  window.fetch = function (input, ...rest) {
    if (v.wasmFetchAt === null && String(input?.url ?? input).endsWith(".wasm")) v.wasmFetchAt = performance.now();
    return fetchBefore.call(this, input, ...rest);
  };
  const describe = (n) => {
    if (!n) return "(removed node)";
    if (n.nodeType !== 1) return `${n.nodeName} in ${describe(n.parentElement)}`;
    const cls = typeof n.className === "string" && n.className ? "." + n.className.trim().split(/\s+/).join(".") : "";
    return `${n.localName}${n.id ? "#" + n.id : ""}${cls}`;
  };
  const rect = (r) => r && [r.x, r.y, r.width, r.height].map(Math.round);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      v.shifts.push({
        t: e.startTime, value: e.value,
        sources: (e.sources || []).map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });

  const el = () => document.querySelector("info-graphic");
  const onFcp = (e) => {
    if (v.fcp !== null) return;
    v.fcp = e.startTime; // the presentation time
    v.fcpPaint = e.paintTime ?? e.startTime; // the end of that frame's rendering update
    if (cfg.scroll) scrollToFigure();
  };
  const scrollToFigure = () => {
    const g = el();
    if (!g) return requestAnimationFrame(scrollToFigure); // not parsed yet
    g.scrollIntoView();
    v.scrolledAt = performance.now();
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") onFcp(e);
  }).observe({ type: "paint", buffered: true });

  if (cfg.immediate) {
    document.addEventListener("DOMContentLoaded", () => {
      customElements.whenDefined("info-graphic").then(() => setTimeout(() => {
        el()?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
        v.immediateAt = performance.now();
      }, 0));
    });
  }

  // Taps: when each touch started, then (rAF) when a tooltip shows.
  // A touch's pointerdown comes before its touchstart (and is what makes embed.js load the module).
  addEventListener("pointerdown", (e) => {
    if (e.pointerType !== "touch" || !e.isTrusted) return; // not embed.js's replay of a tap
    v.touches.push(e.timeStamp);
    v.tooltipAt.push(null);
    loop();
  }, { capture: true, passive: true });

  let running = false;
  const tick = () => {
    const now = performance.now();
    if (v.fcp === null) {
      const p = performance.getEntriesByName("first-contentful-paint")[0];
      if (p) onFcp(p);
    }
    const g = el();
    if (v.visibleAt === null) {
      const tall = g && g.getBoundingClientRect().height > 0;
      const pic = tall && [...g.querySelectorAll(".ig-static .ig-pic")].some((p) => getComputedStyle(p).display !== "none");
      if (v.frames.length < 12) v.frames.push([now, !g ? 0 : !tall ? 1 : !pic ? 2 : 3]);
      if (pic) v.visibleAt = now;
    }
    if (g && v.takeoverAt === null && g.querySelector(":scope > .ig-static")?.hidden) v.takeoverAt = now;
    const k = v.touches.length - 1;
    if (k >= 0 && v.tooltipAt[k] === null) {
      const tip = g?.querySelector("[role=tooltip]");
      if (tip && tip.checkVisibility({ visibilityProperty: true, opacityProperty: true })) v.tooltipAt[k] = now;
    }
    const pending = v.visibleAt === null || v.takeoverAt === null || (k >= 0 && v.tooltipAt[k] === null);
    running = pending;
    if (pending) requestAnimationFrame(tick);
  };
  const loop = () => {
    if (!running) {
      running = true;
      requestAnimationFrame(tick);
    }
  };
  loop();
}

// ---- helpers -------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const load1 = () => os.loadavg()[0];
const uptime = () => execSync("uptime").toString().trim();
const loads = [];

async function waitForQuietMachine() {
  const start = Date.now();
  while (load1() > 1.5 && Date.now() - start < 10 * 60_000) {
    console.error(`load ${load1().toFixed(2)} > 1.5: waiting 30 s (${uptime()})`);
    await sleep(30_000);
  }
  return load1();
}

async function newPage(browser, profile, cfg) {
  const context = await browser.newContext({
    viewport: profile.viewport, deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile, hasTouch: profile.hasTouch,
  });
  await context.addInitScript(initScript, cfg);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map(); // requestId -> { url, bytes }
  cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, done: false }));
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  if (cfg.throttle) {
    await cdp.send("Network.emulateNetworkConditions", PHONE_NET);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  const bytes = () => {
    const list = [...requests.values()];
    return {
      total: list.reduce((s, r) => s + r.bytes, 0),
      wasm: list.find((r) => r.url.endsWith("/pkg/infographic_bg.wasm"))?.bytes ?? null,
      wasmRequested: list.some((r) => r.url.endsWith("/pkg/infographic_bg.wasm")),
      files: list.map((r) => [r.url.replace(/^https?:\/\/[^/]+\//, ""), r.bytes]),
    };
  };
  return { context, page, cdp, bytes };
}

const vitals = (page) => page.evaluate(() => {
  const res = (suffix) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(suffix));
  const wasm = res("/pkg/infographic_bg.wasm");
  const nav = performance.getEntriesByType("navigation")[0];
  const g = document.querySelector("info-graphic");
  return {
    ...window.__vitals, now: performance.now(),
    wasmStart: wasm?.startTime ?? null, wasmEnd: wasm?.responseEnd ?? null,
    dcl: nav?.domContentLoadedEventStart ?? null, load: nav?.loadEventStart || null,
    state: g?.dataset.state ?? null, live: !!g?.chart,
  };
});

/** Waits until 2 s after takeover or 15 s from navigation start; returns the page's record. */
async function settle(page) {
  for (;;) {
    const v = await vitals(page);
    if ((v.takeoverAt !== null && v.now >= v.takeoverAt + AFTER_TAKEOVER_MS) || v.now >= RUN_CAP_MS) return v;
    await sleep(250);
  }
}

const summary = (v, bytes) => ({
  fcp: v.fcp, visible: v.visibleAt,
  // Both at the rendering-update step: ≤ 0 means the picture was in the first contentful frame.
  delayRaw: v.visibleAt !== null && v.fcpPaint !== null ? v.visibleAt - v.fcpPaint : null,
  delay: v.visibleAt !== null && v.fcpPaint !== null ? Math.max(0, v.visibleAt - v.fcpPaint) : null,
  cls: v.shifts.reduce((s, e) => s + e.value, 0), shifts: v.shifts,
  wasmStart: v.wasmFetchAt ?? v.wasmStart, frames: v.frames, fcpPaint: v.fcpPaint, load1: os.loadavg()[0], wasmEnd: v.wasmEnd, takeover: v.takeoverAt, scrolledAt: v.scrolledAt,
  immediateAt: v.immediateAt, dcl: v.dcl, load: v.load, bytes: bytes.total, wasmBytes: bytes.wasm,
  wasmFetched: bytes.wasmRequested, files: bytes.files,
});

async function pageRun(browser, base, profile, scenario, loading) {
  const cfg = { scroll: scenario === "scroll", immediate: loading === "immediate", throttle: profile.phone };
  const { context, page, bytes } = await newPage(browser, profile, cfg);
  try {
    await page.goto(base, { waitUntil: "commit" });
    const v = await settle(page);
    return summary(v, bytes());
  } finally {
    await context.close();
  }
}

// ---- taps ----------------------------------------------------------------------------------------

/** A finger put down at (x, y) and held: CDP touchStart; `lift()` ends it. */
async function press(cdp, { x, y }) {
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  return () => cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const tooltipShown = (page) => page.evaluate(() => {
  const tip = document.querySelector("info-graphic [role=tooltip]");
  return !!tip && tip.checkVisibility({ visibilityProperty: true, opacityProperty: true });
});
const overlayDraws = (page) => page.evaluate(() => document.querySelector("info-graphic").chart?.stats().overlayDraws ?? 0);

/** Once per width, unthrottled: where (relative to <info-graphic>) a touch on a plot shows a tooltip. */
async function calibrate(browser, base, profile) {
  const { context, page, cdp } = await newPage(browser, profile, { scroll: false, immediate: true, throttle: false });
  try {
    await page.goto(base);
    await page.waitForFunction(() => window.__vitals.takeoverAt !== null, null, { timeout: 30_000 });
    const n = await page.locator("info-graphic [data-ig^='plot:']").count();
    for (let k = 0; k < n; k++) {
      const off = await page.evaluate((k) => {
        const g = document.querySelector("info-graphic");
        const p = g.querySelector(`[data-ig="plot:${k}"]`).getBoundingClientRect();
        const r = g.getBoundingClientRect();
        return { k, x: p.x + p.width / 2 - r.x, y: p.y + p.height / 2 - r.y };
      }, k);
      const lift = await press(cdp, await scrollTo(page, off));
      await sleep(300);
      const text = await page.evaluate(() => document.querySelector("info-graphic").chart.tooltipText());
      await lift();
      await sleep(300);
      if (text) return { ...off, text };
    }
    throw new Error(`${profile.name}: no plot shows a tooltip on a touch`);
  } finally {
    await context.close();
  }
}

/** Scrolls so that `off` (relative to <info-graphic>) is mid-viewport; returns its client position. */
const scrollTo = (page, off) => page.evaluate((off) => {
  const r = document.querySelector("info-graphic").getBoundingClientRect();
  window.scrollTo(0, window.scrollY + r.y + off.y - innerHeight / 2);
  const s = document.querySelector("info-graphic").getBoundingClientRect();
  return { x: s.x + off.x, y: s.y + off.y };
}, off);

/** Waits (≤ ms) for the tooltip of touch k; returns touch → tooltip in ms, or null. */
async function tooltipAfter(page, k, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await page.evaluate((k) => [window.__vitals.touches[k], window.__vitals.tooltipAt[k]], k);
    if (v[1] !== null && v[1] !== undefined) return v[1] - v[0];
    await sleep(50);
  }
  return null;
}
const touchCount = (page) => page.evaluate(() => window.__vitals.touches.length);

/**
 * Lazy page, top scenario, after `load`. Cold: tap at once (the tap that starts the loading), wait for
 * the live widget, then press. Warm: 1 s after the takeover, tap, then press. A press holds the finger
 * down until the tooltip paints (≤ 5 s), then lifts; `kept` says whether it still shows 300 ms later.
 */
async function tapRun(browser, base, profile, off, warm) {
  const { context, page, cdp, bytes } = await newPage(browser, profile, { scroll: false, immediate: false, throttle: true });
  try {
    await page.goto(base, { waitUntil: "load" });
    if (warm) {
      await page.waitForFunction(() => window.__vitals.takeoverAt !== null, null, { timeout: 60_000, polling: 100 });
      await sleep(1000);
    }
    const before = await vitals(page);
    const b = bytes();
    const state = before.live ? "live" : before.wasmFetchAt === null ? "wasm not requested" : before.wasmEnd === null ? "wasm in flight" : "wasm loaded, not live";
    const draws0 = await overlayDraws(page);
    await page.touchscreen.tap(...Object.values(await scrollTo(page, off)));
    const out = { state, bytesBefore: b.total, wasmBefore: b.wasmRequested, tapAt: null, tap: null, tapDrew: null, toTakeover: null, press: null, kept: null };
    if (!warm) {
      await page.waitForFunction(() => window.__vitals.takeoverAt !== null, null, { timeout: 60_000, polling: 50 });
      await sleep(300);
    } else {
      await sleep(500);
    }
    const v = await vitals(page);
    out.tapAt = v.touches[0];
    out.wasmAt = v.wasmFetchAt;
    out.tap = v.tooltipAt[0] === null ? null : v.tooltipAt[0] - v.touches[0];
    out.tapDrew = (await overlayDraws(page)) > draws0; // the widget focused a point (maybe unseen)
    if (!warm) out.toTakeover = v.takeoverAt - v.touches[0];
    const k = await touchCount(page);
    const lift = await press(cdp, await scrollTo(page, off));
    out.press = await tooltipAfter(page, k, 5000);
    await lift();
    await sleep(300);
    out.kept = await tooltipShown(page);
    return out;
  } finally {
    await context.close();
  }
}

// ---- report --------------------------------------------------------------------------------------

const finite = (xs) => xs.filter((x) => typeof x === "number" && Number.isFinite(x));
const median = (xs) => {
  const s = finite(xs).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : null;
};
const ms = (xs) => {
  const m = median(xs);
  const n = finite(xs).length;
  if (m === null) return "—";
  return `${Math.round(m)}${n < xs.length ? ` (${n}/${xs.length})` : ""}`;
};
const kb = (x) => `${(x / 1000).toFixed(1)} kB`;

function tables(pageRuns, tapRuns) {
  const lines = [
    "| profile | scenario | loading | FCP | chart visible | visible − FCP | CLS | wasm requested | wasm received | live widget took over | bytes, no interaction | wasm fetched |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const { profile, scenario, loading, runs } of pageRuns) {
    const fetched = runs.filter((r) => r.wasmFetched).length;
    lines.push(`| ${profile} | ${scenario} | ${loading} | ${ms(runs.map((r) => r.fcp))} | ${ms(runs.map((r) => r.visible))} | ${ms(runs.map((r) => r.delay))} | ${median(runs.map((r) => r.cls)).toFixed(4)} | ${ms(runs.map((r) => r.wasmStart))} | ${ms(runs.map((r) => r.wasmEnd))} | ${ms(runs.map((r) => r.takeover))} | ${kb(median(runs.map((r) => r.bytes)))} | ${fetched === runs.length ? "yes" : fetched === 0 ? "no" : `${fetched}/${runs.length} runs`} |`);
  }
  lines.push("", "| phone | when | module state at the tap | tap at | wasm requested | tap → tooltip painted | tap drew a focus | tap → takeover | press → tooltip | tooltip kept 300 ms after lift | bytes before the tap |", "|---|---|---|---:|---:|---:|---|---:|---:|---|---:|");
  const count = (runs, f) => `${runs.filter(f).length}/${runs.length}`;
  for (const { profile, warm, runs } of tapRuns) {
    const states = [...new Set(runs.map((r) => r.state))].join(" / ");
    const tap = runs.map((r) => r.tap);
    lines.push(`| ${profile} | ${warm ? "warm (1 s after takeover)" : "cold (at load)"} | ${states} | ${ms(runs.map((r) => r.tapAt))} | ${ms(runs.map((r) => r.wasmAt))} | ${finite(tap).length ? ms(tap) : "never"} | ${count(runs, (r) => r.tapDrew)} | ${warm ? "—" : ms(runs.map((r) => r.toTakeover))} | ${ms(runs.map((r) => r.press))} | ${count(runs, (r) => r.kept)} | ${kb(median(runs.map((r) => r.bytesBefore)))} |`);
  }
  return lines.join("\n");
}

// ---- main ----------------------------------------------------------------------------------------

const loadBefore = await waitForQuietMachine();
const uptimeBefore = uptime();
const server = await serveGzip();
const base = `http://127.0.0.1:${server.address().port}/index.html`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const pageRuns = [];
const tapRuns = [];
try {
  for (const profile of PROFILES)
    for (const loading of ["lazy", "immediate"])
      for (const scenario of ["top", "scroll"]) pageRuns.push({ profile: profile.name, p: profile, scenario, loading, runs: [] });
  for (let r = 0; r < RUNS; r++) {
    for (const c of r % 2 ? [...pageRuns].reverse() : pageRuns) {
      loads.push(load1());
      c.runs.push(await pageRun(browser, base, c.p, c.scenario, c.loading));
      process.stderr.write(".");
    }
  }
  for (const profile of TAPS ? PROFILES.filter((p) => p.phone) : []) {
    const off = await calibrate(browser, base, profile);
    for (const warm of [false, true]) {
      const c = { profile: profile.name, warm, plot: off, runs: [] };
      for (let r = 0; r < RUNS; r++) {
        loads.push(load1());
        c.runs.push(await tapRun(browser, base, profile, off, warm));
        process.stderr.write("t");
      }
      tapRuns.push(c);
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.stderr.write("\n");

const uptimeAfter = uptime();
const table = tables(pageRuns, tapRuns);
const note = [
  `Measured by \`node bench/vitals.mjs --runs ${RUNS}\` (${new Date().toISOString()}), ${os.cpus().length} cores, headless ${browser.version ? "Chromium " + browser.version() : "Chromium"} via playwright-core.`,
  `Phone: 360×800 / 390×844 / 414×896 CSS px, dpr 3, isMobile + hasTouch, CDP network emulation 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU throttled 4×. Desktop: 1280×900, dpr 1, no throttling.`,
  `Server: www/ from 127.0.0.1, every file gzip-encoded (level 9, Content-Encoding: gzip), no-store; fresh context (cold cache) per run.`,
  `${RUNS} runs per row, interleaved; medians (n/N when a value was missing in some runs). Times in ms from navigation start.`,
  `FCP: the paint entry's startTime (presentation). "Chart visible": the first requestAnimationFrame (init-script loop) at which <info-graphic> has a non-zero height and one .ig-static .ig-pic is displayed, i.e. the start of the frame that paints the inline SVG picture (so it can be below FCP's presentation time). "visible − FCP": visible − FCP's paintTime (end of the first contentful frame's rendering update), floored at 0; 0 = the picture is in the first contentful frame.`,
  `CLS: sum of layout-shift values without hadRecentInput until 2 s after the live widget took over (.ig-static hidden), or 15 s. Bytes: CDP encodedDataLength (headers + gzip bodies) of every response in the run.`,
  `"immediate": a synthetic pointerover on <info-graphic> right after DOMContentLoaded (init script), so embed.js loads the module at once (the alternative to near-viewport + idle).`,
  `Taps: lazy page, top scenario, after the load event; window.scrollTo puts the centre of the first plot whose touch shows a tooltip mid-viewport. "tap": page.touchscreen.tap there (cold: right at load; warm: 1 s after takeover). "press": a CDP touchStart held until the tooltip paints (≤ 5 s), then touchEnd (cold: right after the takeover the first tap caused). Tooltip time: the touch's pointerdown timeStamp (dispatched before touchstart) → first rAF where [role=tooltip] in <info-graphic> passes checkVisibility().`,
  `Machine load: 1-min load ${loadBefore.toFixed(2)} at start; during the runs ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}. uptime before: \`${uptimeBefore}\`; after: \`${uptimeAfter}\`.`,
].join("\n");
const md = `${table}\n\n${note}\n`;
console.log(md);
writeFileSync(OUT, md);
writeFileSync(JSON_OUT, JSON.stringify({ pageRuns: pageRuns.map(({ p, ...c }) => c), tapRuns }, null, 1));
console.error(`wrote ${OUT} and ${JSON_OUT}`);
