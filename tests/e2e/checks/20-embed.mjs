// The one-snippet embeds (issue 4, items 1 and 2): the <info-graphic> custom element (www/embed.js)
// and the iframe embed (www/embed.html + www/embed-parent.js), under the test server's strict CSP.
//
//   - embed-demo.html: both elements and the iframe render, no console errors, the wasm is fetched
//     once by the page (the iframe is its own document), the iframe is resized to its content;
//     axe-core finds no serious or critical violations;
//   - on a blank page: elements with src, inline JSON and no data render (canvas drawn, accessible
//     name = the spec's title, no role=alert); two elements are independent and share one module
//     (one request for infographic_bg.wasm); changing src re-renders with the new title; a slow,
//     superseded fetch does not overwrite the newer spec; removing an element destroys its widget
//     (the element is emptied, the handle no longer renders, the widget's document listener is gone)
//     and re-inserting it mounts again; editing the inline JSON re-renders; theme/locale attributes;
//   - load failures each give a role=alert naming the URL and the reason: HTTP 404 and 500, network
//     error, not JSON, too large by Content-Length, too large by the bytes actually received
//     (Content-Length lies), and max-bytes; inline text that is not JSON gets the widget's own
//     error with line and column; an inline block of null is an error (not the default story); a
//     later good src recovers;
//   - the iframe embed, for ?spec=URL and #<inline JSON>: the frame posts
//     { type: "infographic:height", height, id } and embed-parent.js sets the iframe's height to it
//     (iframe clientHeight = the frame's body height), also after the iframe's width changes.
// No timing thresholds: every wait is a hang guard (ctx.WAIT_MS).

import { readFileSync } from "node:fs";
import path from "node:path";

const GOOD = (title) =>
  JSON.stringify({
    version: 1,
    title,
    charts: [{ type: "bar", x: { categories: ["a", "b"] }, series: [{ name: "s", values: [3, 5] }] }],
  });
const ZH_TITLE = "平远：改革再出发，成绩单上的关键数字";

export default async function embedChecks(ctx) {
  const { browser, base, check, assert, openPage, noProblems, measureWidget, assertSizes, WAIT_MS } = ctx;
  const EN_TITLE = JSON.parse(readFileSync(path.join(ctx.WWW, "specs", "pingyuan.en.json"), "utf8")).title;

  /** Waits until the element matching sel has settled (data-state other than loading). */
  const settled = (page, sel, frame = page) =>
    frame.waitForFunction(
      (sel) => {
        const s = document.querySelector(sel)?.dataset.state;
        return s && s !== "loading";
      },
      sel,
      { timeout: WAIT_MS },
    );
  /** The state, the canvas's accessible name and the visible alerts' text of an element. */
  const look = (page, sel) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const shown = (e) => e.getBoundingClientRect().height > 0;
      const canvas = el?.querySelector("canvas");
      return {
        state: el?.dataset.state,
        label: canvas && shown(canvas) ? canvas.getAttribute("aria-label") : null,
        alerts: [...(el?.querySelectorAll("[role=alert]") ?? [])].filter(shown).map((a) => a.textContent.trim()),
        errors: el?.chart ? el.chart.errors() : null,
      };
    }, sel);

  // ---- the demo page -------------------------------------------------------------------------------
  {
    const tag = "embed-demo.html";
    const { context, page, problems } = await openPage(ctx.browser, { width: 1280, height: 4000, dpr: 1 });
    const wasm = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/infographic_bg.wasm")) wasm.push(r.frame() === page.mainFrame() ? "page" : "frame");
    });
    await check(`${tag}: both <info-graphic> elements and the iframe render, no errors`, async () => {
      await page.goto(`${base}/embed-demo.html`, { waitUntil: "load" });
      await settled(page, "#demo-src");
      await settled(page, "#demo-inline");
      const a = await look(page, "#demo-src");
      const b = await look(page, "#demo-inline");
      assert(a.state === "ok" && a.label === EN_TITLE && a.alerts.length === 0, `src element: ${JSON.stringify(a)}`);
      assert(b.state === "ok" && b.label === "平远：两项增速" && b.alerts.length === 0, `inline element: ${JSON.stringify(b)}`);
      for (const sel of ["#demo-src", "#demo-inline"]) {
        const m = await measureWidget(page, sel);
        assertSizes(m);
        assert(m.series > 500, `${sel}: only ${m.series} series-blue pixels`);
      }
      const frame = page.frameLocator("#demo-frame");
      await frame.locator("info-graphic[data-state=ok] canvas[aria-label]").waitFor({ timeout: WAIT_MS });
      await page.waitForFunction(() => document.getElementById("demo-frame").style.height !== "", null, { timeout: WAIT_MS });
      noProblems(problems, "the page reported");
      await page.screenshot({ path: path.join(ctx.SHOTS, "embed-demo-1280.png"), fullPage: true });
      return `"${a.label}", "${b.label}"`;
    });
    await check(`${tag}: the page fetched infographic_bg.wasm once for its two elements`, () => {
      const mine = wasm.filter((w) => w === "page").length;
      assert(mine === 1, `the page requested the wasm ${mine} times`);
      return `page 1, iframe ${wasm.length - mine}`;
    });
    await check(`${tag}: the iframe's height is its content's height`, async () => {
      const inner = page.frame({ url: /embed\.html/ });
      assert(inner, "no embed.html frame");
      await page.waitForFunction(
        () => document.getElementById("demo-frame").style.height === `${document.getElementById("demo-frame").contentDocument?.documentElement.dataset.reportedHeight}px`,
        null,
        { timeout: WAIT_MS },
      );
      const want = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const got = await page.evaluate(() => document.getElementById("demo-frame").clientHeight);
      assert(want > 300 && got === want, `iframe clientHeight ${got}px, content ${want}px`);
      return `${got} px`;
    });
    await context.close();
  }

  await check("axe-core on embed-demo.html: no serious or critical violations", async () => {
    // axe is injected as a script: this context alone bypasses the test server's CSP to allow that.
    const context = await browser.newContext({ viewport: { width: 1280, height: 4000 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/embed-demo.html`, { waitUntil: "load" });
      await settled(page, "#demo-src");
      await settled(page, "#demo-inline");
      const violations = await ctx.axeViolations(page);
      assert(violations.length === 0, violations.join("; "));
      return "0 serious, 0 critical";
    } finally {
      await context.close();
    }
  });

  // ---- the element on a blank page -----------------------------------------------------------------
  const tag = "<info-graphic>";
  const { context, page, problems } = await openPage(browser, { width: 900, height: 3000, dpr: 1 });
  const cdp = await context.newCDPSession(page);
  let wasmRequests = 0;
  if (process.env.EMBED_DEBUG) {
    page.on("request", (r) => console.log("    req", r.url()));
    page.on("requestfailed", (r) => console.log("    failed", r.url()));
    page.on("console", (m) => console.log("    console", m.text()));
  }
  page.on("request", (r) => {
    if (r.url().endsWith("/infographic_bg.wasm")) wasmRequests++;
  });
  /** How many pointerdown listeners the document has (the widget adds one; destroy removes it). */
  const documentPointerdowns = async () => {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "document" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    await cdp.send("Runtime.releaseObject", { objectId: result.objectId });
    return listeners.filter((l) => l.type === "pointerdown").length;
  };
  /** Adds <info-graphic id=…> with attributes and an optional inline JSON child to the page. */
  const add = (id, attrs = {}, inline) =>
    page.evaluate(
      ({ id, attrs, inline }) => {
        document.getElementById(id)?.remove();
        const el = document.createElement("info-graphic");
        el.id = id;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        if (inline !== undefined) {
          const s = document.createElement("script");
          s.type = "application/json";
          s.textContent = inline;
          el.append(s);
        }
        document.body.prepend(el); // above the fold: widgets below it render only when scrolled to
      },
      { id, attrs, inline },
    );
  /** Runs fn (which changes the element), then waits for its next infographic:render event. */
  const rerender = (sel, fn) =>
    page.evaluate(
      ({ sel, fn, wait }) =>
        new Promise((resolve, reject) => {
          const el = document.querySelector(sel);
          const t = setTimeout(() => reject(new Error(`no infographic:render from ${sel}`)), wait);
          el.addEventListener("infographic:render", () => (clearTimeout(t), resolve()), { once: true });
          new Function("el", fn)(el);
        }),
      { sel, fn, wait: WAIT_MS },
    );
  const failures = []; // [name, attrs, expected substrings]
  let ready = false;
  let listenersBefore = 0;

  await check(`${tag}: src, inline JSON and no data each render; the wasm is fetched once`, async () => {
    await page.goto(`${base}/__e2e__/blank.html`);
    listenersBefore = await documentPointerdowns();
    await page.evaluate(() => import("/embed.js"));
    await add("a", { src: "/specs/pingyuan.json" });
    await add("b", {}, GOOD("Inline"));
    await add("c");
    for (const s of ["#a", "#b", "#c"]) await settled(page, s);
    const [a, b, c] = [await look(page, "#a"), await look(page, "#b"), await look(page, "#c")];
    assert(a.state === "ok" && a.label === ZH_TITLE && !a.alerts.length, `src: ${JSON.stringify(a)}`);
    assert(b.state === "ok" && b.label === "Inline" && !b.alerts.length, `inline: ${JSON.stringify(b)}`);
    assert(c.state === "ok" && c.label === ZH_TITLE && !c.alerts.length, `no data: ${JSON.stringify(c)}`);
    for (const s of ["#a", "#b", "#c"]) {
      const m = await measureWidget(page, s);
      assertSizes(m);
      assert(m.series > 300, `${s}: only ${m.series} series-blue pixels`);
    }
    assert(wasmRequests === 1, `infographic_bg.wasm was requested ${wasmRequests} times for three elements`);
    const listeners = await documentPointerdowns();
    assert(listeners === listenersBefore + 3, `document has ${listeners} pointerdown listeners, expected ${listenersBefore} + 3`);
    noProblems(problems, "the page reported");
    ready = true;
    return "3 widgets, 1 wasm request";
  });

  await check(`${tag}: two elements are independent (removing one leaves the other following resizes)`, async () => {
    assert(ready, "the elements did not render");
    const r = await page.evaluate(async () => {
      const [a, b] = [document.getElementById("a"), document.getElementById("b")];
      const handle = a.chart;
      a.remove();
      b.style.width = "400px";
      const width = () => b.querySelector("canvas")?.getBoundingClientRect().width;
      for (let i = 0; i < 60 && width() !== 400; i++) await new Promise((r) => requestAnimationFrame(r));
      return { width: width(), same: handle === b.chart };
    });
    assert(!r.same, "both elements share one Chart");
    assert(r.width === 400, `the remaining element's canvas is ${r.width}px wide after its host went to 400px`);
    noProblems(problems, "the page reported");
  });

  await check(`${tag}: removing the element destroys its widget; re-inserting mounts again`, async () => {
    assert(ready, "the elements did not render");
    const r = await page.evaluate((good) => {
      const el = document.getElementById("b");
      const handle = el.chart;
      el.remove();
      const after = { widget: el.querySelectorAll(".infographic, canvas").length, chart: el.chart, state: el.dataset.state ?? null };
      handle.update(good); // a destroyed Chart ignores this
      after.afterUpdate = el.querySelectorAll(".infographic, canvas").length;
      after.script = !!el.querySelector('script[type="application/json"]');
      window.__removed = el;
      return after;
    }, GOOD("Again"));
    assert(r.widget === 0 && r.afterUpdate === 0, `widget nodes left in the removed element: ${JSON.stringify(r)}`);
    assert(r.chart === null && r.state === null, `the removed element still has a chart or state: ${JSON.stringify(r)}`);
    assert(r.script, "the element's own inline spec was removed");
    const listeners = await documentPointerdowns();
    // a (removed in the previous check) and b are gone; c remains.
    assert(listeners === listenersBefore + 1, `document has ${listeners} pointerdown listeners, expected ${listenersBefore} + 1`);
    await page.evaluate(() => document.body.append(window.__removed));
    await settled(page, "#b");
    const b = await look(page, "#b");
    assert(b.state === "ok" && b.label === "Inline", `after re-insertion: ${JSON.stringify(b)}`);
    assert((await documentPointerdowns()) === listenersBefore + 2, "re-insertion did not add exactly one listener");
    noProblems(problems, "the page reported");
  });

  await check(`${tag}: changing src re-renders with the new spec's title`, async () => {
    await add("s", { src: "/specs/pingyuan.json" });
    await settled(page, "#s");
    const first = (await look(page, "#s")).label;
    await rerender("#s", `el.setAttribute("src", "/specs/pingyuan.en.json")`);
    const second = await look(page, "#s");
    assert(first === ZH_TITLE, `first label "${first}"`);
    assert(second.state === "ok" && second.label === EN_TITLE, `after the change: ${JSON.stringify(second)}`);
    noProblems(problems, "the page reported");
    return `"${first}" → "${second.label}"`;
  });

  await check(`${tag}: a slow fetch superseded by a newer src does not overwrite it`, async () => {
    let release;
    const held = new Promise((r) => (release = r));
    let arrived;
    const requested = new Promise((r) => (arrived = r));
    let answered;
    await page.route("**/e2e-embed/slow.json", async (route) => {
      arrived();
      await held;
      answered = route.fulfill({ status: 200, contentType: "application/json", body: GOOD("Slow") }).catch(() => "cancelled");
    });
    const cancelled = page.waitForEvent("requestfailed", { predicate: (r) => r.url().endsWith("/e2e-embed/slow.json"), timeout: WAIT_MS });
    await page.evaluate(() => document.getElementById("s").setAttribute("src", "/e2e-embed/slow.json"));
    await requested;
    await rerender("#s", `el.setAttribute("src", "/specs/pingyuan.json")`);
    release();
    // The superseded request is cancelled (so its answer can never be rendered)…
    await cancelled;
    await answered;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    // …and the newer spec stays.
    const r = await look(page, "#s");
    assert(r.state === "ok" && r.label === ZH_TITLE, `the stale response won: ${JSON.stringify(r)}`);
    problems.splice(0); // the cancelled request is reported as failed, by design
    return "the slow request was cancelled; the newer spec stays";
  });

  await check(`${tag}: editing the inline JSON re-renders`, async () => {
    await add("e", {}, GOOD("Before"));
    await settled(page, "#e");
    await rerender("#e", `el.querySelector("script").textContent = ${JSON.stringify(GOOD("After"))}`);
    const r = await look(page, "#e");
    assert(r.state === "ok" && r.label === "After", JSON.stringify(r));
    noProblems(problems, "the page reported");
  });

  await check(`${tag}: theme="dark" and locale attributes replace the spec's`, async () => {
    await add("t", { theme: "dark" }, GOOD("Dark"));
    await settled(page, "#t");
    const dark = await page.evaluate(() => {
      const c = document.querySelector("#t canvas");
      const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
      return d[0] + d[1] + d[2];
    });
    assert(dark < 150, `the corner pixel is not dark (sum ${dark})`);
    // The default story too (embed.js loads it as data to apply the override).
    await add("t", { theme: "dark" });
    await settled(page, "#t");
    const story = await page.evaluate(() => {
      const c = document.querySelector("#t canvas");
      const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
      return { sum: d[0] + d[1] + d[2], label: c.getAttribute("aria-label") };
    });
    assert(story.sum < 150 && story.label === ZH_TITLE, `default story with theme=dark: ${JSON.stringify(story)}`);
    await add("t", { theme: "drak" }, GOOD("Typo"));
    await settled(page, "#t");
    const typo = await look(page, "#t");
    assert(typo.state === "invalid" && typo.alerts.some((a) => a.includes("theme") && a.includes("dark")), JSON.stringify(typo));
    await add("t", { locale: "en" }, GOOD("English"));
    await settled(page, "#t");
    const en = await page.evaluate(() => document.getElementById("t").chart.errors().length);
    assert(en === 0, "locale=en gave errors");
    problems.splice(0); // the typo's errors are logged by the widget, by design
    return `corner sum ${dark}`;
  });

  await check(`${tag}: inline text that is not JSON → the widget's error with line and column`, async () => {
    await add("j", {}, `{\n  "version": 1,\n  "title": oops\n}`);
    await settled(page, "#j");
    const r = await look(page, "#j");
    assert(r.state === "invalid" && r.alerts.length === 1, JSON.stringify(r));
    assert(/line 3/.test(r.alerts[0]) && /column/.test(r.alerts[0]), `no line/column in "${r.alerts[0]}"`);
    problems.splice(0);
    return `"${r.alerts[0]}"`;
  });

  await check(`${tag}: an inline block of null → an error naming what was expected, never the default story`, async () => {
    await add("n", {}, "null");
    await settled(page, "#n");
    const r = await look(page, "#n");
    assert(r.state === "invalid" && r.alerts.length === 1, JSON.stringify(r));
    assert(/JSON object/.test(r.alerts[0]) && /found null/.test(r.alerts[0]), `"${r.alerts[0]}"`);
    assert(r.label === null, `a chart is shown beside the error: ${r.label}`);
    problems.splice(0);
    return `"${r.alerts[0]}"`;
  });

  // Load failures. Routes stand in for servers that answer badly; /e2e-embed/missing.json is a real 404.
  const big = Buffer.alloc(6 * 1024 * 1024, 32); // 6 MB of spaces
  await page.route("**/e2e-embed/500.json", (r) => r.fulfill({ status: 500, contentType: "text/plain", body: "boom" }));
  await page.route("**/e2e-embed/offline.json", (r) => r.abort("internetdisconnected"));
  await page.route("**/e2e-embed/page.html", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Sign in</p>" }));
  await page.route("**/e2e-embed/big.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: big }));
  await page.route("**/e2e-embed/lying.json", (r) =>
    r.fulfill({ status: 200, headers: { "content-type": "application/json", "content-length": "100" }, body: big }),
  );
  await page.route("**/e2e-embed/latin1.json", (r) =>
    r.fulfill({ status: 200, contentType: "application/json", body: Buffer.from([0x7b, 0xe9, 0x7d]) }),
  );
  failures.push(
    ["HTTP 404", { src: "/e2e-embed/missing.json" }, ["/e2e-embed/missing.json", "404"]],
    ["HTTP 500", { src: "/e2e-embed/500.json" }, ["/e2e-embed/500.json", "500"]],
    ["network error", { src: "/e2e-embed/offline.json" }, ["/e2e-embed/offline.json", "network error"]],
    ["not JSON (an HTML page)", { src: "/e2e-embed/page.html" }, ["/e2e-embed/page.html", "not JSON"]],
    ["not UTF-8", { src: "/e2e-embed/latin1.json" }, ["/e2e-embed/latin1.json", "not UTF-8"]],
    ["over 5 MB by Content-Length", { src: "/e2e-embed/big.json" }, ["/e2e-embed/big.json", "too large", String(big.length), "5242880"]],
    ["over 5 MB by the bytes received (Content-Length: 100)", { src: "/e2e-embed/lying.json" }, ["/e2e-embed/lying.json", "too large", String(big.length), "5242880"]],
    ["over max-bytes=1000", { src: "/specs/pingyuan.json", "max-bytes": "1000" }, ["/specs/pingyuan.json", "too large", "1000"]],
    ["not a URL", { src: "http://[oops" }, ["http://[oops", "not a valid URL"]],
  );
  for (const [name, attrs, words] of failures) {
    await check(`${tag}: ${name} → role=alert naming the URL and the reason`, async () => {
      await add("f", attrs);
      await settled(page, "#f");
      const r = await look(page, "#f");
      assert(r.state === "error", `state ${r.state}`);
      assert(r.label === null, "a chart is shown beside the error");
      assert(r.alerts.length === 1, `alerts: ${JSON.stringify(r.alerts)}`);
      for (const w of words) assert(r.alerts[0].includes(w), `"${r.alerts[0]}" lacks "${w}"`);
      // The widget's error-box look (www/error-box-style.js, generated from src/web/error_box_style.rs).
      const box = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector("#f .infographic-load-error"));
        return `${s.borderLeftWidth} ${s.borderLeftStyle} ${s.borderLeftColor} / ${s.backgroundColor} / ${s.fontSize}`;
      });
      assert(box === "4px solid rgb(179, 38, 30) / rgb(253, 242, 241) / 14px", `the box looks like ${box}`);
      const unexpected = problems.splice(0).filter((p) => !/HTTP (404|500)|request failed|Failed to load resource/.test(p));
      assert(unexpected.length === 0, unexpected.join("\n"));
      return `"${r.alerts[0]}"`;
    });
  }
  await check(`${tag}: after an error, a good src renders (the error box goes)`, async () => {
    await rerender("#f", `el.setAttribute("src", "/specs/pingyuan.json")`);
    const r = await look(page, "#f");
    assert(r.state === "ok" && r.label === ZH_TITLE && r.alerts.length === 0, JSON.stringify(r));
    noProblems(problems, "the page reported");
  });
  await context.close();

  // ---- the iframe embed ------------------------------------------------------------------------------
  for (const [kind, src] of [
    ["?spec=URL", "/embed.html?spec=/specs/pingyuan.json&id=frame-1"],
    ["#inline", `/embed.html?id=frame-1#${encodeURIComponent(GOOD("From the fragment"))}`],
  ]) {
    const tag = `iframe embed ${kind}`;
    const { context, page, problems } = await openPage(browser, { width: 1000, height: 2000, dpr: 1 });
    await check(`${tag}: reports its height and embed-parent.js resizes the iframe to it`, async () => {
      await page.goto(`${base}/__e2e__/blank.html`);
      await page.addScriptTag({ url: "/embed-parent.js" });
      await page.evaluate((src) => {
        window.__heights = [];
        addEventListener("message", (e) => e.data?.type === "infographic:height" && window.__heights.push(e.data));
        // A second iframe, never resized by the first one's messages.
        for (const id of ["frame-1", "other"]) {
          const f = document.createElement("iframe");
          f.id = id;
          f.title = id;
          f.style.width = "800px";
          f.style.border = "0";
          f.src = id === "other" ? "/embed.html?spec=/specs/pingyuan.en.json&id=other" : src;
          document.body.append(f);
        }
      }, src);
      /** Waits until frame #id shows its chart and the iframe's height is what it reported last. */
      const measure = async (id) => {
        const inner = await (await page.$(`#${id}`)).contentFrame();
        await inner.waitForFunction(() => document.querySelector("info-graphic[data-state=ok] canvas"), null, { timeout: WAIT_MS });
        await page.waitForFunction(
          (id) => {
            const f = document.getElementById(id);
            const h = f.contentDocument?.documentElement.dataset.reportedHeight;
            const body = f.contentDocument && Math.ceil(f.contentDocument.body.getBoundingClientRect().height);
            return h && String(body) === h && f.style.height === `${h}px`;
          },
          id,
          { timeout: WAIT_MS },
        );
        const content = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const label = await inner.evaluate(() => document.querySelector("info-graphic canvas").getAttribute("aria-label"));
        const { client, heights } = await page.evaluate((id) => ({ client: document.getElementById(id).clientHeight, heights: window.__heights }), id);
        return { content, client, label, heights };
      };
      const wide = await measure("frame-1");
      assert(wide.client === wide.content && wide.content > 150, `iframe ${wide.client}px, its content ${wide.content}px`);
      assert(wide.heights.some((h) => h.id === "frame-1" && h.height === wide.content), `no message {id:"frame-1", height:${wide.content}}: ${JSON.stringify(wide.heights)}`);
      const expected = kind === "#inline" ? "From the fragment" : ZH_TITLE;
      assert(wide.label === expected, `the frame shows "${wide.label}"`);
      // Narrower: the content re-lays out to another height, and the iframe follows.
      await page.evaluate(() => (document.getElementById("frame-1").style.width = "360px"));
      await page.waitForFunction((h) => document.getElementById("frame-1").clientHeight !== h, wide.client, { timeout: WAIT_MS });
      const narrow = await measure("frame-1");
      assert(narrow.client === narrow.content, `at 360px: iframe ${narrow.client}px, its content ${narrow.content}px`);
      // The other iframe got its own height, not frame-1's.
      const other = await measure("other");
      assert(other.client === other.content && other.client !== narrow.client, `the other iframe is ${other.client}px, its content ${other.content}px`);
      assert(other.heights.some((h) => h.id === "other" && h.height === other.content), `no message {id:"other", height:${other.content}}`);
      if (kind === "#inline") {
        // A new fragment re-renders in place, and the iframe follows the new height.
        const inner = await (await page.$("#frame-1")).contentFrame();
        await inner.evaluate((h) => (location.hash = h), encodeURIComponent(GOOD("Second fragment")));
        await inner.waitForFunction(() => document.querySelector("info-graphic canvas")?.getAttribute("aria-label") === "Second fragment", null, { timeout: WAIT_MS });
        const again = await measure("frame-1");
        assert(again.client === again.content, `after a new fragment: iframe ${again.client}px, its content ${again.content}px`);
      }
      noProblems(problems, "the page reported");
      return `800px wide: ${wide.client}px tall; 360px wide: ${narrow.client}px tall`;
    });
    await context.close();
  }
}
