// Strict Content-Security-Policy (issue 7, item 5): www/csp.html renders the default story under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` (in a <meta> on the page,
// and from the test server as a header) and www/csp.js records every `securitypolicyviolation`.
//
//   - the page carries exactly that policy in its <meta http-equiv>, and the server sends its own;
//   - the widget renders (canvas at the host's width, series-blue pixels, no role=alert), then is driven
//     through everything that touches styles or the DOM: hover (tooltip), keyboard focus and arrows
//     (focus ring, live region), a legend toggle, dark mode on and off (emulateMedia), exportSvg /
//     exportPng / exportCsv and the three download buttons, a resize to 375 px and back, and a broken
//     spec (the error box) followed by recovery — with zero violation events and no console errors
//     (Chromium also logs each violation as a console error);
//   - a legend toggle, a theme switch and a resize each lay the page out again from the one model
//     built for the spec (`stats().models` grows by one per update(), not on those, while `renders`
//     grows);
//   - controls, so "zero" means something: a `style` attribute set on purpose IS reported, both with
//     the header and with the <meta> alone (the page served without the header).
// No timing thresholds: every wait is a hang guard (ctx.WAIT_MS).

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TWO_SERIES = {
  version: 1,
  locale: "en",
  charts: [{ type: "bar", stacked: true, x: { categories: ["2022", "2023", "2024"] }, series: [{ name: "a", values: [1, 2, 3] }, { name: "b", values: [4, 5, 6] }] }],
};
const BROKEN = `{"version": 1, "charts": [{"type": "line", "series": [{"name": "a", "values": [1, "x"]}]}]}`;

export default async function cspChecks(ctx) {
  const { browser, base, check, assert, openPage, settle, noProblems, measureWidget, assertSizes, WAIT_MS } = ctx;
  const tag = "csp.html (strict CSP)";
  const { context, page, problems } = await openPage(browser, { width: 1280, height: 900, dpr: 2 });
  const violations = () => page.evaluate(() => window.__csp.violations.splice(0));
  const noViolations = async (what) => {
    const v = await violations();
    assert(v.length === 0, `${what}: ${v.length} CSP violation(s): ${JSON.stringify(v).slice(0, 600)}`);
  };
  let ready = false;

  await check(`${tag}: the page carries the policy in a <meta>, the server sends one, the widget renders`, async () => {
    const response = await page.goto(`${base}/csp.html`, { waitUntil: "load" });
    const header = response.headers()["content-security-policy"] ?? "";
    await page.waitForFunction(() => document.documentElement.dataset.csp, null, { timeout: WAIT_MS });
    const r = await page.evaluate(() => ({
      state: document.documentElement.dataset.csp,
      error: window.__csp.error,
      meta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
      inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== "application/json").length,
    }));
    assert(r.state === "ready", `csp.js: ${r.error}`);
    assert(r.meta === POLICY, `<meta> policy is "${r.meta}", expected "${POLICY}"`);
    assert(header.includes("style-src 'self'") && header.includes("'wasm-unsafe-eval'"), `server header: "${header}"`);
    assert(r.inlineScripts === 0, `${r.inlineScripts} inline <script> on the page`);
    await page.evaluate(() => document.fonts.ready);
    await settle(page);
    const m = await measureWidget(page, "#csp-widget");
    const size = assertSizes(m);
    assert(m.alerts.length === 0, `role=alert: ${m.alerts.join(" | ")}`);
    assert(m.series > 2000 * m.dpr * m.dpr, `only ${m.series} series-blue pixels`);
    await noViolations("after the first render");
    noProblems(problems, "the page reported");
    ready = true;
    return size;
  });

  await check(`${tag}: hover, keyboard, legend toggle: zero violations`, async () => {
    assert(ready, "the page did not render");
    const plot = page.locator('#csp-widget [data-ig="plot:0"]');
    const box = await plot.boundingBox();
    assert(box, "no focus target over the first plot");
    for (let i = 1; i <= 4; i++) await page.mouse.move(box.x + (box.width / 5) * i, box.y + box.height / 2);
    const hovered = await page.evaluate(() => window.__csp.chart.tooltipText());
    assert(hovered, "hovering the plot shows no tooltip");
    await page.mouse.move(1, 1);
    await plot.focus();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "End", "Home", "Escape"]) await page.keyboard.press(key);
    const legend = page.locator('#csp-widget button[data-ig^="legend:"]').first();
    if (await legend.count()) {
      await legend.click();
      await settle(page);
      await legend.click();
      await settle(page);
    }
    await page.keyboard.press("Tab");
    await settle(page);
    await noViolations("while reading the chart");
    noProblems(problems, "the page reported");
    return `tooltip "${hovered.slice(0, 40)}…"`;
  });

  await check(`${tag}: dark mode on and off, resize to 375 px and back: zero violations`, async () => {
    assert(ready, "the page did not render");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(
      () => {
        const c = document.querySelector("#csp-widget canvas");
        const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
        return d[0] + d[1] + d[2] < 150;
      },
      null,
      { timeout: WAIT_MS },
    );
    await page.emulateMedia({ colorScheme: "light" });
    await settle(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForFunction(() => document.querySelector("#csp-widget canvas").getBoundingClientRect().width < 400, null, { timeout: WAIT_MS });
    const narrow = assertSizes(await measureWidget(page, "#csp-widget"));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => document.querySelector("#csp-widget canvas").getBoundingClientRect().width > 400, null, { timeout: WAIT_MS });
    await noViolations("after theme switches and resizes");
    noProblems(problems, "the page reported");
    return `375 px: ${narrow}`;
  });

  await check(`${tag}: a legend toggle, a theme switch and a resize lay the same model out again`, async () => {
    assert(ready, "the page did not render");
    const stats = () => page.evaluate(() => window.__csp.chart.stats());
    const corner = (dark) =>
      page.waitForFunction(
        (dark) => {
          const c = document.querySelector("#csp-widget canvas");
          const d = c.getContext("2d").getImageData(c.width - 2, 2, 1, 1).data;
          return dark ? d[0] + d[1] + d[2] < 150 : d[0] + d[1] + d[2] > 600;
        },
        dark,
        { timeout: WAIT_MS },
      );
    const width = (narrow) =>
      page.waitForFunction((narrow) => (document.querySelector("#csp-widget canvas").getBoundingClientRect().width < 720) === narrow, narrow, { timeout: WAIT_MS });
    const start = await stats();
    // The story has one series per chart: a stacked bar of two series has legend buttons to toggle.
    await page.evaluate((spec) => window.__csp.chart.update(spec), TWO_SERIES);
    try {
      await settle(page);
      const before = await stats();
      assert(before.models === start.models + 1, `models ${start.models} → ${before.models} after update(): one model per spec`);
      const legend = () => page.locator('#csp-widget button[data-ig^="legend:"]').first();
      assert(await legend().count(), "no legend button to toggle");
      await legend().click();
      await settle(page);
      const pressed = await legend().getAttribute("aria-pressed");
      await legend().click();
      await settle(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await corner(true);
      await page.emulateMedia({ colorScheme: "light" });
      await corner(false);
      await page.setViewportSize({ width: 700, height: 900 });
      await width(true);
      await page.setViewportSize({ width: 1280, height: 900 });
      await width(false);
      await settle(page);
      const after = await stats();
      assert(pressed === "false", `the toggled legend button says aria-pressed=${pressed}`);
      // Two toggles, two theme switches, two resizes: six layouts, and still the one model.
      assert(after.renders >= before.renders + 6, `renders ${before.renders} → ${after.renders}, expected ≥ 6 more`);
      assert(after.models === before.models, `models built ${before.models} → ${after.models}: a view change rebuilt the model`);
      return `renders ${before.renders} → ${after.renders}, models built ${before.models} → ${after.models}`;
    } finally {
      await page.evaluate(() => window.__csp.chart.update(undefined)); // the default story again
      await settle(page);
    }
  });

  await check(`${tag}: exportSvg/exportPng/exportCsv and the download buttons: zero violations`, async () => {
    assert(ready, "the page did not render");
    const r = await page.evaluate(() => {
      const c = window.__csp.chart;
      return { svg: c.exportSvg()?.slice(0, 200), png: c.exportPng()?.slice(0, 30), csv: c.exportCsv()?.length };
    });
    assert(r.svg?.includes("<svg"), `exportSvg: ${r.svg}`);
    assert(r.png?.startsWith("data:image/png;base64,"), `exportPng: ${r.png}`);
    assert(r.csv > 50, `exportCsv: ${r.csv} chars`);
    const names = [];
    for (const kind of ["png", "svg", "csv"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: WAIT_MS }),
        page.locator(`#csp-widget button[data-ig="export:${kind}"]`).click(),
      ]);
      names.push(download.suggestedFilename());
      await download.cancel().catch(() => {});
    }
    await noViolations("after the exports");
    noProblems(problems, "the page reported");
    return names.join(", ");
  });

  await check(`${tag}: a broken spec's error box and the recovery: zero violations`, async () => {
    assert(ready, "the page did not render");
    const alert = await page.evaluate((bad) => {
      window.__csp.chart.update(bad);
      const a = document.querySelector("#csp-widget [role=alert]");
      const text = a && a.getBoundingClientRect().height > 0 ? a.textContent : null;
      window.__csp.chart.update(undefined); // the default story again
      return text;
    }, BROKEN);
    assert(alert?.includes("charts[0].series[0].values[1]"), `no visible alert with the path: ${alert}`);
    await settle(page);
    await noViolations("after the error box");
    // The widget logs each spec error with console.error by design; nothing else is expected.
    const unexpected = problems.splice(0).filter((p) => !p.startsWith("console.error: infographic:"));
    assert(unexpected.length === 0, unexpected.join("\n"));
    return `"${alert.slice(0, 60)}…"`;
  });

  await check(`${tag}: control: a style attribute set on purpose is reported (header + meta)`, async () => {
    assert(ready, "the page did not render");
    const v = await page.evaluate(async () => {
      const d = document.createElement("div");
      d.setAttribute("style", "color: red");
      document.body.append(d);
      await new Promise((r) => setTimeout(r, 50));
      d.remove();
      return window.__csp.violations.splice(0);
    });
    assert(v.length > 0 && v.some((x) => String(x.directive).startsWith("style-src")), `no violation recorded: ${JSON.stringify(v)}`);
    problems.splice(0); // Chromium logs the deliberate violation
    return `${v.length} event(s): ${v[0].directive}`;
  });
  await context.close();

  await check(`${tag}: control: the <meta> alone enforces the policy (served without the header)`, async () => {
    const { context, page, problems } = await openPage(browser, { width: 800, height: 700, dpr: 1 });
    try {
      await page.route("**/csp.html", async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers["content-security-policy"];
        await route.fulfill({ response, headers });
      });
      const response = await page.goto(`${base}/csp.html`, { waitUntil: "load" });
      assert(!response.headers()["content-security-policy"], "the header is still there");
      await page.waitForFunction(() => document.documentElement.dataset.csp, null, { timeout: WAIT_MS });
      const r = await page.evaluate(async () => {
        const before = window.__csp.violations.splice(0);
        const d = document.createElement("div");
        d.setAttribute("style", "color: red");
        document.body.append(d);
        await new Promise((res) => setTimeout(res, 50));
        return { state: document.documentElement.dataset.csp, before, after: window.__csp.violations.splice(0) };
      });
      assert(r.state === "ready", "the widget did not render under the meta policy");
      assert(r.before.length === 0, `violations while rendering: ${JSON.stringify(r.before)}`);
      assert(r.after.length > 0, "a style attribute was not reported: the <meta> policy is not in force");
      const unexpected = problems.splice(0).filter((p) => !/Content Security Policy|style-src/i.test(p));
      assert(unexpected.length === 0, unexpected.join("\n"));
      return "meta policy in force, widget rendered with 0 violations";
    } finally {
      await context.close();
    }
  });
}
