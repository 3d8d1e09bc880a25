#!/usr/bin/env node
// End-to-end checks of the built www/ in headless Chromium (Debian's, via playwright-core; no browser
// download). Run after scripts/build:
//
//     npm ci --prefix tests/e2e && node tests/e2e/run.mjs
//
// Environment: INFOGRAPHIC_WWW (default <repo>/www), CHROMIUM (default /usr/bin/chromium).
// It serves www/ itself on 127.0.0.1 (a random free port), with the Content-Security-Policy the
// project is meant to run under, so inline scripts/styles show up as console errors.
//
// Checks (each printed as "ok"/"FAIL" with the reason, then one summary line "e2e: N passed, M failed";
// exit status 1 when anything failed):
//   - www/gallery.json lists exactly the *.json files of www/specs, with titles;
//   - index.html at 360 (dpr 3), 375 (dpr 2), 768 (dpr 1.5) and 1280 px (dpr 2 and 1): no console/page/
//     HTTP errors, the canvas fills its host, backing store = CSS size x dpr, series-blue pixels drawn,
//     no horizontal overflow;
//   - gallery.html: every manifest entry renders a canvas and no role=alert; the phone toggle re-renders
//     at 343 px; a spec that fails to load shows a visible message in its slot;
//   - the JS API on a blank page: a broken spec shows role=alert with the JSON path, update(good)
//     clears it, destroy() empties the element; a widget whose Chart handle was dropped and
//     garbage-collected (gc() via --expose-gc) still re-renders when its host is resized;
// and writes screenshots (dpr 2: full pages, and the widget alone) to target/screenshots/ for a human.
// No timing thresholds: the timeouts below only keep a hung browser from hanging CI.

import { createServer } from "node:http";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, createReadStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const WWW = path.resolve(process.env.INFOGRAPHIC_WWW || path.join(REPO, "www"));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = path.join(REPO, "target", "screenshots");
const WAIT_MS = 20_000; // per wait: a hang guard, not a performance threshold
const GIVE_UP_MS = 180_000; // the whole run

const SERIES_BLUE = [0x00, 0x72, 0xb2]; // theme palette[0] (src/model/theme.rs)
const CSP = [
  "default-src 'self'",
  // WebAssembly compilation needs 'wasm-unsafe-eval' under any script-src in Chromium.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join("; ");

// Broken / good specs for the API check (the same shapes as tests/browser.rs).
const BAD_SPEC = `{"version": 1, "charts": [
  {"type": "line", "series": [{"name": "a", "values": [1, 2, 3, "abc"]}]}]}`;
const BAD_PATH = "charts[0].series[0].values[3]";
const GOOD_SPEC = `{"version": 1, "title": "Good", "charts": [
  {"type": "bar", "x": {"categories": ["a", "b"]}, "series": [{"name": "s", "values": [3, 5]}]}]}`;

// ---- tiny runner ---------------------------------------------------------------------------------
const results = [];
function record(name, ok, detail) {
  results.push({ name, ok, detail });
  const lines = String(detail ?? "").split("\n").filter(Boolean);
  if (ok) console.log(`ok   ${name}${lines.length ? ` (${lines.join("; ")})` : ""}`);
  else console.log(`FAIL ${name}\n${lines.map((l) => `       ${l}`).join("\n")}`);
}
/** Runs fn; a thrown error fails the check with its message; a returned string is shown as detail. */
async function check(name, fn) {
  try {
    record(name, true, await fn());
  } catch (error) {
    record(name, false, error?.message ?? String(error));
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (failed) {
    console.log(`\nfailed checks:`);
    for (const r of results.filter((r) => !r.ok)) console.log(`  - ${r.name}`);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
function bail(message) {
  record("e2e setup", false, message);
  finish();
}
const watchdog = setTimeout(() => bail(`gave up after ${GIVE_UP_MS / 1000} s (hung browser or server?)`), GIVE_UP_MS);
watchdog.unref();

// ---- static server -------------------------------------------------------------------------------
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};
const BLANK_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e2e blank</title><link rel="icon" href="data:,"></head><body></body></html>`;

function serve(root) {
  const server = createServer((req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "text/plain", "bad request");
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "text/plain", "method not allowed");
    if (pathname === "/__e2e__/blank.html") {
      res.setHeader("Content-Security-Policy", CSP);
      return send(200, MIME[".html"], BLANK_HTML);
    }
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, "text/plain", "forbidden");
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, "text/plain", `not found: ${pathname}`);
    const type = MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
    const headers = { "Content-Type": type, "Cache-Control": "no-store", "Content-Length": statSync(file).size };
    if (type.startsWith("text/html")) headers["Content-Security-Policy"] = CSP;
    res.writeHead(200, headers);
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

// ---- page helpers --------------------------------------------------------------------------------
/** A fresh context + page that records console errors, page errors, failed requests and HTTP >= 400. */
async function openPage(browser, { width, height, dpr = 2 }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") {
      const loc = m.location();
      problems.push(`console.error: ${m.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { context, page, problems };
}

/** Two animation frames: lets a ResizeObserver-scheduled render land. */
const settle = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Measures the widget inside `hostSelector` in the page: host/canvas CSS sizes, backing store, pixel
 * counts, visible alerts. Runs in the browser.
 */
function measureWidget(page, hostSelector) {
  return page.evaluate(
    ({ hostSelector, blue }) => {
      const host = document.querySelector(hostSelector);
      if (!host) return { missing: `no element matches ${hostSelector}` };
      const visible = (e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
      };
      const alerts = [...host.querySelectorAll("[role=alert]")].filter(visible).map((a) => a.textContent.trim());
      const canvas = host.querySelector("canvas");
      if (!canvas) return { missing: `no canvas inside ${hostSelector}`, alerts };
      const h = host.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let series = 0;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a === 255 && Math.abs(r - blue[0]) <= 8 && Math.abs(g - blue[1]) <= 8 && Math.abs(b - blue[2]) <= 8) series++;
        if (a > 0 && (r < 200 || g < 200 || b < 200)) ink++;
      }
      const cs = getComputedStyle(host);
      const hostContent = h.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)
        - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
      return {
        hostWidth: hostContent,
        cssWidth: c.width,
        cssHeight: c.height,
        backingWidth: canvas.width,
        backingHeight: canvas.height,
        canvasVisible: visible(canvas),
        label: canvas.getAttribute("aria-label"),
        dpr: devicePixelRatio,
        series,
        ink,
        alerts,
      };
    },
    { hostSelector, blue: SERIES_BLUE },
  );
}

function assertSizes(m, { maxWidth } = {}) {
  assert(!m.missing, m.missing);
  assert(m.canvasVisible, "the canvas is not visible");
  // The widget renders at floor(host width): allow that sub-pixel difference, nothing more.
  assert(
    m.cssWidth <= m.hostWidth && m.hostWidth - m.cssWidth < 1,
    `canvas CSS width ${m.cssWidth}px != host width ${m.hostWidth}px`,
  );
  if (maxWidth !== undefined) assert(m.cssWidth <= maxWidth, `canvas is ${m.cssWidth}px wide, expected <= ${maxWidth}px`);
  assert(
    m.backingWidth === Math.round(m.cssWidth * m.dpr) && m.backingHeight === Math.round(m.cssHeight * m.dpr),
    `backing store ${m.backingWidth}x${m.backingHeight} != CSS ${m.cssWidth}x${m.cssHeight} x dpr ${m.dpr}`,
  );
  return `${m.cssWidth}x${m.cssHeight} CSS px, ${m.backingWidth}x${m.backingHeight} backing`;
}

/** Fails when anything was recorded since the last call; clears the list either way (no cascading). */
function noProblems(problems, what) {
  const seen = problems.splice(0);
  assert(seen.length === 0, `${what}:\n${seen.join("\n")}`);
}

// ---- checks --------------------------------------------------------------------------------------
function manifestChecks() {
  return check("gallery.json lists exactly the specs in www/specs", () => {
    const dir = path.join(WWW, "specs");
    const manifest = JSON.parse(readFileSync(path.join(WWW, "gallery.json"), "utf8"));
    assert(Array.isArray(manifest), "gallery.json must be a JSON array of { file, title }");
    const problems = [];
    const listed = [];
    manifest.forEach((e, i) => {
      if (!e || typeof e.file !== "string" || !e.file) problems.push(`entry ${i}: "file" must be a non-empty string`);
      else listed.push(e.file);
      if (!e || typeof e.title !== "string" || !e.title.trim()) problems.push(`entry ${i} (${e?.file}): "title" must be a non-empty string`);
    });
    const dupes = listed.filter((f, i) => listed.indexOf(f) !== i);
    if (dupes.length) problems.push(`listed twice: ${[...new Set(dupes)].join(", ")}`);
    const onDisk = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    for (const f of onDisk.filter((f) => !listed.includes(f)))
      problems.push(`www/specs/${f} is not listed in www/gallery.json (add { "file": "${f}", "title": "…" })`);
    for (const f of listed.filter((f) => !onDisk.includes(f)))
      problems.push(`www/gallery.json lists ${f}, but www/specs/${f} does not exist`);
    for (const f of onDisk) {
      try {
        JSON.parse(readFileSync(path.join(dir, f), "utf8"));
      } catch (e) {
        problems.push(`www/specs/${f} is not valid JSON: ${e.message}`);
      }
    }
    assert(problems.length === 0, problems.join("\n"));
    return `${onDisk.length} specs: ${onDisk.join(", ")}`;
  });
}

async function indexChecks(browser, base, width, height, dpr = 2) {
  const tag = `index.html @${width}x${height} dpr${dpr}`;
  const { context, page, problems } = await openPage(browser, { width, height, dpr });
  let m;
  await check(`${tag}: loads and renders the widget`, async () => {
    await page.goto(`${base}/index.html`, { waitUntil: "load" });
    await page.waitForFunction(
      () => {
        // The pre-rendered story: once the live widget has taken the picture's place.
        const c = document.querySelector("#pingyuan-widget canvas");
        return c && c.hasAttribute("aria-label") && document.querySelector("#pingyuan-widget .ig-static")?.hidden;
      },
      null,
      { timeout: WAIT_MS },
    );
    await page.evaluate(() => document.fonts.ready);
    await settle(page);
    m = await measureWidget(page, "#pingyuan-widget");
    assert(!m.missing, m.missing);
    assert(m.alerts.length === 0, `the widget shows an error box: ${m.alerts.join(" | ")}`);
    return `aria-label "${m.label}"`;
  });
  await check(`${tag}: no console errors, page errors or failed requests`, () => noProblems(problems, "the page reported"));
  await check(`${tag}: canvas CSS width = host width, backing store = CSS size x ${dpr}`, () => {
    assert(m, "the widget did not render");
    assert(m.dpr === dpr, `devicePixelRatio is ${m.dpr}, expected ${dpr}`);
    return assertSizes(m);
  });
  await check(`${tag}: canvas is not blank (series #0072B2 pixels)`, () => {
    assert(m, "the widget did not render");
    const min = 2000 * m.dpr * m.dpr; // same bar as tests/browser.rs
    assert(m.series > min, `only ${m.series} series-blue pixels, expected > ${min}`);
    return `${m.series} blue px > ${min}`;
  });
  await check(`${tag}: no horizontal overflow`, async () => {
    const o = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .slice(0, 5)
        .map((e) => `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""}> right=${e.getBoundingClientRect().right}`),
    }));
    assert(o.scroll <= width, `document scrollWidth ${o.scroll}px > viewport ${width}px; widest: ${o.wide.join(", ")}`);
    return `scrollWidth ${o.scroll}`;
  });
  if (dpr === 2) await check(`${tag}: screenshot`, async () => {
    const file = path.join(SHOTS, `index-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // The widget alone: what docs/screenshot-1280.png in the README is copied from.
    await page.locator("#pingyuan-widget").screenshot({ path: path.join(SHOTS, `widget-${width}.png`) });
    return path.relative(REPO, file);
  });
  if (dpr === 2) await check(`${tag}: hovering the index line shows its tooltip (screenshot)`, async () => {
    const target = page.locator('#pingyuan-widget [data-ig="plot:1"]');
    const box = await target.boundingBox();
    assert(box, "no focus target over the second plot");
    await target.scrollIntoViewIfNeeded();
    const again = await target.boundingBox();
    // The fourth of five categories: 2023.
    await page.mouse.move(again.x + (again.width / 5) * 3.5, again.y + again.height / 2);
    const text = await page.locator("#pingyuan-widget [role=tooltip]").textContent();
    assert(text.includes("2023") && text.includes("224.8"), `tooltip reads "${text}"`);
    await page.locator("#pingyuan-widget").screenshot({ path: path.join(SHOTS, `widget-${width}-hover.png`) });
    await page.mouse.move(1, 1);
    return `"${text}"`;
  });
  // A pixel-ratio change is not checked here: Chromium's device-metrics emulation changes
  // devicePixelRatio without firing either signal a real zoom fires (the resolution media query's
  // change event, the device-pixel-content-box ResizeObserver), so it cannot stand in for a real one.
  if (dpr === 2) await check(`${tag}: follows a switch to dark mode live (screenshot)`, async () => {
    const corner = () =>
      page.evaluate(() => {
        const c = document.querySelector("#pingyuan-widget canvas");
        const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
        return d[0] + d[1] + d[2];
      });
    assert((await corner()) > 700, "starts light");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(
      () => {
        const c = document.querySelector("#pingyuan-widget canvas");
        const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
        return d[0] + d[1] + d[2] < 150;
      },
      null,
      { timeout: WAIT_MS },
    );
    await page.screenshot({ path: path.join(SHOTS, `index-${width}-dark.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    return "light → dark without a reload";
  });
  await context.close();
}

/// Widgets below the fold render only when they come near the viewport: scroll there, then wait until
/// the widget has drawn at its host's width.
async function renderedNear(page, sel) {
  await page.locator(sel).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) => {
      const host = document.querySelector(`${sel} .host`);
      const c = host?.querySelector("canvas");
      return c && c.hasAttribute("aria-label") && Math.abs(c.getBoundingClientRect().width - Math.floor(host.getBoundingClientRect().width)) < 1;
    },
    sel,
    { timeout: WAIT_MS },
  );
}

function manifestEntries() {
  try {
    return JSON.parse(readFileSync(path.join(WWW, "gallery.json"), "utf8")).filter((e) => e && e.file);
  } catch {
    return [];
  }
}

async function galleryChecks(browser, base) {
  const entries = manifestEntries();
  // Desktop: every entry renders; then the phone toggle.
  {
    const tag = "gallery.html @1280x900";
    const { context, page, problems } = await openPage(browser, { width: 1280, height: 900 });
    let loaded = false;
    await check(`${tag}: loads`, async () => {
      await page.goto(`${base}/gallery.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.body.dataset.gallery, null, { timeout: WAIT_MS });
      await page.evaluate(() => document.fonts.ready);
      await settle(page);
      const state = await page.evaluate(() => ({
        gallery: document.body.dataset.gallery,
        status: document.getElementById("gallery-status")?.textContent,
        files: [...document.querySelectorAll("section[data-file]")].map((s) => s.dataset.file),
      }));
      assert(state.gallery === "ready", `the gallery did not load: ${state.status}`);
      const want = entries.map((e) => e.file);
      assert(JSON.stringify(state.files) === JSON.stringify(want), `sections ${state.files.join(", ")} != manifest ${want.join(", ")}`);
      loaded = true;
      return `${state.files.length} sections`;
    });
    for (const e of entries) {
      await check(`${tag}: ${e.file} renders a canvas and no role=alert`, async () => {
        assert(loaded, "the gallery did not load");
        const sel = `section[data-file="${JSON.stringify(e.file).slice(1, -1)}"]`;
        const info = await page.evaluate((sel) => {
          const s = document.querySelector(sel);
          return s && { state: s.dataset.state, heading: s.querySelector("h2")?.textContent };
        }, sel);
        assert(info, `no section for ${e.file}`);
        assert(info.heading?.includes(e.file), `the slot's heading does not name ${e.file}: "${info.heading}"`);
        await renderedNear(page, sel);
        const m = await measureWidget(page, `${sel} .host`);
        assert(m.alerts?.length === 0 || !m.alerts, `role=alert shown: ${m.alerts.join(" | ")}`);
        assert(info.state === "ok", `slot state is "${info.state}"`);
        const size = assertSizes(m);
        assert(m.ink > 1000 * m.dpr * m.dpr, `the canvas looks blank: ${m.ink} inked pixels`);
        return `${size}; "${m.label}"`;
      });
    }
    await check(`${tag}: phone toggle re-renders every chart at 343 px`, async () => {
      assert(loaded, "the gallery did not load");
      await page.click('.toggle button[data-width="phone"]');
      await page.waitForFunction(
        () => [...document.querySelectorAll("section[data-file] .host canvas")].every((c) => c.getBoundingClientRect().width <= 343),
        null,
        { timeout: WAIT_MS },
      );
      await settle(page);
      const sizes = [];
      for (const e of entries) {
        const sel = `section[data-file="${JSON.stringify(e.file).slice(1, -1)}"]`;
        await renderedNear(page, sel);
        const m = await measureWidget(page, `${sel} .host`);
        try {
          sizes.push(`${e.file}: ${assertSizes(m, { maxWidth: 343 })}`);
        } catch (error) {
          throw new Error(`${e.file}: ${error.message}`);
        }
      }
      const pressed = await page.getAttribute('.toggle button[data-width="phone"]', "aria-pressed");
      assert(pressed === "true", `aria-pressed of the phone button is ${pressed}`);
      await page.screenshot({ path: path.join(SHOTS, "gallery-phone-toggle.png"), fullPage: true });
      return sizes.join("; ");
    });
    await check(`${tag}: no console errors, page errors or failed requests`, () => noProblems(problems, "the page reported"));
    await page.click('.toggle button[data-width="full"]').catch(() => {});
    await settle(page).catch(() => {});
    await page.screenshot({ path: path.join(SHOTS, "gallery-1280.png"), fullPage: true }).catch(() => {});
    await context.close();
  }
  // Phone viewport: nothing overflows.
  {
    const tag = "gallery.html @375x800";
    const { context, page, problems } = await openPage(browser, { width: 375, height: 800 });
    await check(`${tag}: renders without horizontal overflow or errors`, async () => {
      await page.goto(`${base}/gallery.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.body.dataset.gallery, null, { timeout: WAIT_MS });
      await settle(page);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: path.join(SHOTS, "gallery-375.png"), fullPage: true });
      assert(scroll <= 375, `document scrollWidth ${scroll}px > 375px`);
      noProblems(problems, "the page reported");
      return `scrollWidth ${scroll}`;
    });
    await context.close();
  }
  // A spec that cannot be fetched: a visible message in its slot, the other slots unaffected.
  if (entries.length) {
    const tag = "gallery.html with a spec answering 404";
    const { context, page } = await openPage(browser, { width: 1280, height: 900, dpr: 1 });
    await check(`${tag}: shows a message in that slot`, async () => {
      const victim = entries[0].file;
      await page.route(`**/specs/${encodeURIComponent(victim)}`, (route) =>
        route.fulfill({ status: 404, contentType: "text/plain", body: "gone" }),
      );
      await page.goto(`${base}/gallery.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.body.dataset.gallery, null, { timeout: WAIT_MS });
      const r = await page.evaluate((file) => {
        const s = [...document.querySelectorAll("section[data-file]")].find((x) => x.dataset.file === file);
        const msg = s?.querySelector(".load-error");
        const box = msg?.getBoundingClientRect();
        return {
          state: s?.dataset.state,
          text: msg?.textContent,
          role: msg?.getAttribute("role"),
          visible: !!box && box.width > 0 && box.height > 0,
          others: [...document.querySelectorAll("section[data-file]")].filter((x) => x !== s).map((x) => x.dataset.state),
        };
      }, victim);
      assert(r.state === "fetch-error", `slot state is "${r.state}", expected "fetch-error"`);
      assert(r.visible && r.text?.includes(victim) && r.text.includes("404"), `no visible message naming ${victim} and 404: "${r.text}"`);
      assert(r.role === "alert", `the message has role=${r.role}, expected alert`);
      assert(r.others.every((s) => s === "ok"), `other slots: ${r.others.join(", ")}`);
      return `"${r.text}"`;
    });
    await context.close();
  }
}

/**
 * Every demo spec at 320…1400 px × dpr 1 and 2 × light and dark, in the browser's own fonts: no two
 * text boxes the scene reports overlap and none leaves the widget. Element screenshots (dpr 2) go to
 * target/screenshots/matrix/.
 */
async function layoutMatrixChecks(browser, base) {
  const widths = [320, 375, 768, 1024, 1400];
  mkdirSync(path.join(SHOTS, "matrix"), { recursive: true });
  for (const dpr of [1, 2]) {
    const { context, page, problems } = await openPage(browser, { width: 1440, height: 900, dpr });
    await page.goto(`${base}/__e2e__/blank.html`);
    await page.evaluate(async () => {
      const m = await import("/pkg/infographic.js");
      await m.default();
      window.__m = m;
    });
    for (const e of manifestEntries()) {
      const spec = JSON.parse(readFileSync(path.join(WWW, "specs", e.file), "utf8"));
      for (const theme of ["light", "dark"]) {
        await check(`layout ${e.file} ${theme} dpr${dpr} @ ${widths.join("/")} px: no text overlaps or leaves the widget`, async () => {
          const problemsFound = [];
          for (const width of widths) {
            const r = await page.evaluate(
              ({ spec, width }) => {
                const el = document.createElement("div");
                el.style.width = `${width}px`;
                document.body.replaceChildren(el);
                const chart = window.__m.mount(el, spec);
                const boxes = chart.textBoxes();
                const w = el.querySelector("canvas").getBoundingClientRect();
                window.__chart?.destroy();
                window.__chart = chart;
                return { boxes, width: w.width, height: w.height, errors: chart.errors() };
              },
              { spec: { ...spec, theme }, width },
            );
            if (r.errors.length) problemsFound.push(`@${width}: spec errors ${JSON.stringify(r.errors)}`);
            if (!r.boxes.length) problemsFound.push(`@${width}: no text drawn`);
            for (const b of r.boxes) {
              if (b.x < -0.5 || b.x + b.w > r.width + 0.5 || b.y < -0.5 || b.y + b.h > r.height + 0.5)
                problemsFound.push(`@${width}: "${b.text}" leaves the widget`);
            }
            for (let i = 0; i < r.boxes.length; i++)
              for (let j = i + 1; j < r.boxes.length; j++) {
                const a = r.boxes[i], b = r.boxes[j];
                if (a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01)
                  problemsFound.push(`@${width}: "${a.text}" overlaps "${b.text}"`);
              }
            if (dpr === 2) {
              const name = `${e.file.replace(/\.json$/, "")}-${theme}-${width}.png`;
              await page.locator("body > div").screenshot({ path: path.join(SHOTS, "matrix", name) });
            }
          }
          assert(problemsFound.length === 0, problemsFound.slice(0, 8).join("; "));
          return `${widths.length} widths`;
        });
      }
    }
    await check(`layout matrix dpr${dpr}: no console errors`, () => noProblems(problems, "the page reported"));
    await context.close();
  }
}

/** axe-core's serious and critical violations on the page, one line each (the page must allow the
 * injected script: open it in a context with `bypassCSP`). */
async function axeViolations(page) {
  await page.addScriptTag({ path: path.join(HERE, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** axe-core on the demo article: no serious or critical accessibility violations. */
async function axeChecks(browser, base) {
  for (const scheme of ["light", "dark"]) {
    // axe is injected as a script: this context alone bypasses the test server's CSP to allow that.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, colorScheme: scheme });
    const page = await context.newPage();
    await check(`axe-core on index.html (${scheme}): no serious or critical violations`, async () => {
      await page.goto(`${base}/index.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector("#pingyuan-widget canvas")?.hasAttribute("aria-label") && document.querySelector("#pingyuan-widget .ig-static")?.hidden, null, { timeout: WAIT_MS });
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join("; "));
      return "0 serious, 0 critical";
    });
    await context.close();
  }
}

async function apiChecks(browser, base) {
  const tag = "API on a blank page";
  const { context, page, problems } = await openPage(browser, { width: 800, height: 600, dpr: 2 });
  let ready = false;
  await check(`${tag}: init() loads the module`, async () => {
    await page.goto(`${base}/__e2e__/blank.html`);
    await page.evaluate(async () => {
      const m = await import("/pkg/infographic.js");
      await m.default();
      const el = document.createElement("div");
      el.id = "host";
      el.style.width = "480px";
      document.body.append(el);
      window.__e2e = { m, el };
    });
    ready = true;
  });
  await check(`${tag}: mount(el, broken JSON text) shows role=alert with the JSON path`, async () => {
    assert(ready, "the module did not load");
    const r = await page.evaluate((bad) => {
      const { m, el } = window.__e2e;
      let threw = null;
      try {
        window.__e2e.chart = m.mount(el, bad);
      } catch (e) {
        threw = String(e);
      }
      const alert = el.querySelector("[role=alert]");
      const canvas = el.querySelector("canvas");
      return {
        threw,
        text: alert?.textContent ?? null,
        visible: !!alert && alert.getBoundingClientRect().height > 0,
        canvasHidden: !canvas || canvas.getBoundingClientRect().height === 0,
        errors: window.__e2e.chart ? window.__e2e.chart.errors() : null,
        validate: m.validate(bad),
      };
    }, BAD_SPEC);
    assert(r.threw === null, `mount threw: ${r.threw}`);
    assert(r.visible, `no visible role=alert (text: ${r.text})`);
    assert(r.text.includes(BAD_PATH), `alert text lacks the path ${BAD_PATH}: "${r.text}"`);
    assert(r.canvasHidden, "a canvas is shown beside the error box");
    assert(r.errors?.length === 1 && r.errors[0].path === BAD_PATH, `chart.errors() = ${JSON.stringify(r.errors)}`);
    assert(JSON.stringify(r.validate) === JSON.stringify(r.errors), `validate() = ${JSON.stringify(r.validate)} != errors()`);
    // The widget logs each error with console.error by design; only those are expected here.
    const seen = problems.splice(0);
    const unexpected = seen.filter((p) => !p.startsWith("console.error: infographic:"));
    assert(unexpected.length === 0, `unexpected errors:\n${unexpected.join("\n")}`);
    assert(seen.some((p) => p.includes(BAD_PATH)), "the error was not logged to the console");
    return `"${r.text}"`;
  });
  await check(`${tag}: chart.update(good) removes the alert and draws`, async () => {
    assert(ready, "the module did not load");
    const r = await page.evaluate(async (good) => {
      const { el, chart } = window.__e2e;
      chart.update(good);
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      const alert = el.querySelector("[role=alert]");
      return {
        alertVisible: !!alert && alert.getBoundingClientRect().height > 0,
        errors: chart.errors(),
      };
    }, GOOD_SPEC);
    assert(!r.alertVisible, "role=alert is still visible");
    assert(r.errors.length === 0, `chart.errors() = ${JSON.stringify(r.errors)}`);
    const m = await measureWidget(page, "#host");
    const size = assertSizes(m);
    assert(m.series > 500, `only ${m.series} series-blue pixels after update`);
    assert(m.label === "Good", `aria-label is "${m.label}"`);
    noProblems(problems, "the page reported");
    return size;
  });
  await check(`${tag}: chart.destroy() empties the element and is idempotent`, async () => {
    assert(ready, "the module did not load");
    const r = await page.evaluate((good) => {
      const { el, chart } = window.__e2e;
      chart.destroy();
      const after = el.innerHTML;
      let threw = null;
      try {
        chart.destroy();
        chart.update(good);
      } catch (e) {
        threw = String(e);
      }
      return { after, again: el.innerHTML, threw, errors: chart.errors() };
    }, GOOD_SPEC);
    assert(r.after === "", `element not empty after destroy(): ${r.after.slice(0, 200)}`);
    assert(r.threw === null, `destroy()/update() after destroy threw: ${r.threw}`);
    assert(r.again === "", `update() after destroy() rendered again: ${r.again.slice(0, 200)}`);
    noProblems(problems, "the page reported");
  });
  await check(`${tag}: a widget whose Chart handle was dropped still follows resizes (after gc())`, async () => {
    assert(ready, "the module did not load");
    const r = await page.evaluate(async (good) => {
      if (typeof gc !== "function") return { noGc: true };
      const { m } = window.__e2e;
      const macrotask = () => new Promise((res) => setTimeout(res, 0));
      const frame = () => new Promise((res) => requestAnimationFrame(res));
      const make = () => {
        const el = document.createElement("div");
        el.style.width = "600px";
        document.body.append(el);
        return el;
      };
      const kept = make();
      const dropped = make();
      window.__e2e.kept = m.mount(kept, good);
      m.mount(dropped, good); // the handle is not kept, as in www/article.js
      // Collect the handle; FinalizationRegistry callbacks run in later tasks.
      for (let i = 0; i < 5; i++) {
        gc();
        await macrotask();
      }
      kept.style.width = dropped.style.width = "300px";
      const width = (el) => el.querySelector("canvas")?.getBoundingClientRect().width;
      for (let i = 0; i < 30 && (width(kept) !== 300 || width(dropped) !== 300); i++) await frame();
      const out = { kept: width(kept), dropped: width(dropped) };
      window.__e2e.kept.destroy();
      kept.remove();
      dropped.remove();
      return out;
    }, GOOD_SPEC);
    assert(!r.noGc, "gc() is not exposed (Chromium must be launched with --js-flags=--expose-gc)");
    assert(r.kept === 300, `a widget whose handle is kept did not re-render at 300 px (canvas ${r.kept} px)`);
    assert(
      r.dropped === 300,
      `after its Chart handle was garbage-collected, the widget no longer re-renders on resize (canvas still ${r.dropped} px, host 300 px): ` +
        "the FinalizationRegistry frees the Chart, which drops the widget and its ResizeObserver while its DOM stays. " +
        "mount() must keep the widget alive until destroy() (www/article.js drops the handle)",
    );
    noProblems(problems, "the page reported");
    return "kept and dropped handles both re-rendered at 300 px";
  });
  await context.close();
}

// ---- main ----------------------------------------------------------------------------------------
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (e) {
  bail(`playwright-core is not installed: run \`npm ci --prefix tests/e2e\` (${e.message})`);
}
if (!existsSync(path.join(WWW, "pkg", "infographic.js")) || !existsSync(path.join(WWW, "pkg", "infographic_bg.wasm")))
  bail(`${WWW}/pkg/infographic{.js,_bg.wasm} missing: run scripts/build first`);
if (!existsSync(CHROMIUM)) bail(`Chromium not found at ${CHROMIUM} (set CHROMIUM=/path/to/chromium)`);
mkdirSync(SHOTS, { recursive: true });

const t0 = Date.now();
console.log(`e2e: serving ${WWW}, browser ${CHROMIUM}`);
await manifestChecks();

const server = await serve(WWW);
const base = `http://127.0.0.1:${server.address().port}`;
let browser;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--js-flags=--expose-gc", // for the dropped-handle check
    ],
  });
} catch (e) {
  server.close();
  bail(`could not launch Chromium at ${CHROMIUM}: ${e.message}`);
}
try {
  await indexChecks(browser, base, 360, 740, 3);
  await indexChecks(browser, base, 375, 800);
  await indexChecks(browser, base, 768, 1024, 1.5);
  await indexChecks(browser, base, 1280, 900);
  await indexChecks(browser, base, 1280, 900, 1);
  await galleryChecks(browser, base);
  await apiChecks(browser, base);
  await layoutMatrixChecks(browser, base);
  await axeChecks(browser, base);
  // More suites: every tests/e2e/checks/*.mjs exports `default async function (ctx)`, run in name order.
  const ctx = { browser, base, check, assert, openPage, axeViolations, settle, noProblems, measureWidget, assertSizes, WWW, SHOTS, REPO, WAIT_MS };
  for (const file of readdirSync(path.join(HERE, "checks")).filter((f) => f.endsWith(".mjs")).sort()) {
    const suite = await import(path.join(HERE, "checks", file));
    await suite.default(ctx);
  }
} catch (e) {
  record("e2e run", false, `aborted: ${e.stack || e.message}`);
} finally {
  await browser.close().catch(() => {});
  server.close();
}
console.log(`e2e: screenshots in ${path.relative(REPO, SHOTS) || SHOTS}/, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
finish();
