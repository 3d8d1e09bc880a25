// The pre-rendered story in the demo article (www/index.html, the snippet `infographic-cli embed`
// writes, src/snippet.rs):
//   - without JavaScript, at a phone's and a desktop width: exactly one picture shows (the band's,
//     in the reader's colour scheme), the page has no "needs JavaScript" text, and the story's text
//     is in the page as HTML (title, summaries, tables);
//   - with JavaScript, the reader scrolling to the figure at once: the live widget takes over
//     (`.ig-static` hidden, a canvas drawn) and the element's height is the picture's to half a
//     pixel; the page records no layout shift (PerformanceObserver, entries without recent input);
//   - printed, the picture shows again and the live widget does not;
//   - a tap on the picture before the module is there is answered once the widget has taken over
//     (the tooltip of the tapped category shows, and stays after the finger lifts).
// No timing thresholds: every wait is a hang guard (ctx.WAIT_MS).

export default async function prerenderedChecks(ctx) {
  const { browser, base, check, assert, noProblems, WAIT_MS } = ctx;
  const picture = () => {
    const g = document.querySelector("info-graphic");
    const shown = [...g.querySelectorAll(".ig-pic")].filter((p) => getComputedStyle(p).display !== "none");
    return { count: shown.length, cls: shown[0]?.getAttribute("class"), height: g.getBoundingClientRect().height };
  };

  for (const [width, dpr, scheme] of [[375, 3, "light"], [1280, 1, "dark"]]) {
    await check(`index.html @${width} ${scheme}, JavaScript off: one picture of the story, and its text`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: dpr, colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${base}/index.html`, { waitUntil: "load" });
      const r = await page.evaluate(picture);
      const text = await page.evaluate(() => document.body.innerText);
      const reader = await page.evaluate(() => document.querySelector("info-graphic .ig-text").textContent);
      await context.close();
      const band = width === 375 ? "ig-w360" : "ig-w960";
      assert(r.count === 1 && r.cls.includes(band) && r.cls.includes(`ig-${scheme}`), `pictures shown: ${r.count} (${r.cls}), expected ${band} ig-${scheme}`);
      assert(r.height > 600, `the figure is ${r.height} px tall`);
      assert(!/需要启用\s*JavaScript/.test(text), "the page asks for JavaScript");
      for (const want of ["平远：改革再出发，成绩单上的关键数字", "两项增速（单位：%）", "地区生产总值（上半年）44.05亿元"])
        assert(reader.includes(want), `the reader text lacks "${want}"`);
      return `${r.cls}, ${Math.round(r.height)} px`;
    });
  }

  await check("index.html @375 touch: a tap on the picture before the widget loads shows its tooltip once it has", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // A page that never goes idle: only the reader's tap brings the module.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(`${base}/index.html`, { waitUntil: "domcontentloaded" });
    // The line chart of the story mid-viewport (at 360 px its plot spans ~700–900 px of the figure).
    const at = await page.evaluate(() => {
      const g = document.querySelector("info-graphic");
      window.scrollTo(0, g.getBoundingClientRect().top + window.scrollY + 820 - 400);
      const r = g.getBoundingClientRect();
      return { x: r.left + r.width * 0.7, y: 400, pictured: !document.querySelector("info-graphic .ig-static").hidden };
    });
    await page.touchscreen.tap(at.x, at.y);
    const shown = await page
      .waitForFunction(() => document.querySelector("info-graphic [role=tooltip]")?.checkVisibility(), null, { timeout: WAIT_MS })
      .then(() => true, () => false);
    const text = await page.evaluate(() => document.querySelector("info-graphic [role=tooltip]")?.textContent);
    await context.close();
    assert(at.pictured, "the widget had taken over before the tap (the check did not test the picture)");
    assert(shown && /^20\d\d/.test(text ?? ""), `no tooltip after the tap (${text})`);
    return `"${text}"`;
  });

  await check("index.html @375 touch: a tap while the module downloads is answered once the widget takes over", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // The module is on its way (a synthetic pointerover starts it; the wasm held back 1.5 s, as a
    // phone's download would) when the reader taps.
    await page.route(/infographic_bg\.wasm$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => document.querySelector("info-graphic").dispatchEvent(new PointerEvent("pointerover", { bubbles: true, pointerType: "mouse" })));
    });
    await page.goto(`${base}/index.html`, { waitUntil: "domcontentloaded" });
    const at = await page.evaluate(() => {
      const g = document.querySelector("info-graphic");
      window.scrollTo(0, g.getBoundingClientRect().top + window.scrollY + 820 - 400);
      const r = g.getBoundingClientRect();
      return { x: r.left + r.width * 0.7, y: 400, pictured: !document.querySelector("info-graphic .ig-static").hidden };
    });
    await page.touchscreen.tap(at.x, at.y);
    const shown = await page
      .waitForFunction(() => document.querySelector("info-graphic [role=tooltip]")?.checkVisibility(), null, { timeout: WAIT_MS })
      .then(() => true, () => false);
    await context.close();
    assert(at.pictured, "the widget had taken over before the tap (the check did not test the download)");
    assert(shown, "the tap made during the download was lost");
    return "answered";
  });

  for (const [width, dpr] of [[375, 3], [390, 3], [1280, 2]]) {
    await check(`index.html @${width} dpr${dpr}: the live widget takes the picture's place at its height, no layout shift`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && problems.push(`console.error: ${m.text()}`));
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: "layout-shift", buffered: true });
        document.addEventListener("DOMContentLoaded", () => {
          const g = document.querySelector("info-graphic");
          window.__before = g.getBoundingClientRect().height;
          g.scrollIntoView();
        });
      });
      await page.goto(`${base}/index.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector("info-graphic .ig-static")?.hidden === true, null, { timeout: WAIT_MS });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const r = await page.evaluate(() => {
        const g = document.querySelector("info-graphic");
        const c = g.querySelector("canvas");
        return { before: window.__before, after: g.getBoundingClientRect().height, shifts: window.__shifts, canvas: c && c.getBoundingClientRect().height, label: c?.getAttribute("aria-label"), state: g.dataset.state };
      });
      await page.emulateMedia({ media: "print" });
      const print = await page.evaluate(() => {
        const g = document.querySelector("info-graphic");
        const shown = [...g.querySelectorAll(".ig-pic")].filter((p) => getComputedStyle(p).display !== "none").length;
        return { shown, live: getComputedStyle(g.querySelector(".ig-live")).display };
      });
      await context.close();
      assert(r.state === "ok" && r.label, `the widget did not render: ${JSON.stringify(r)}`);
      assert(Math.abs(r.after - r.before) < 0.5, `the figure was ${r.before} px tall with its picture, ${r.after} px live`);
      const cls = r.shifts.reduce((a, b) => a + b, 0);
      assert(cls === 0, `layout shift ${cls} (${r.shifts.join(", ")})`);
      assert(print.shown === 1 && print.live === "none", `printed: ${print.shown} pictures, the live widget ${print.live}`);
      noProblems(problems, "the page reported");
      return `${r.before.toFixed(1)} → ${r.after.toFixed(1)} px, CLS 0`;
    });
  }
}
