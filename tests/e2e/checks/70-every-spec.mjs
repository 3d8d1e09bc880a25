// Every spec in www/specs/ renders in Chromium. The folder itself is read (not www/gallery.json), so a
// spec added later is covered without touching this file. For each spec, at 375 px (dpr 2) and 1280 px
// (dpr 1), mounted from its JSON text on a blank page under the project's CSP:
//   - chart.errors() is [], no role=alert is shown, nothing goes to the console;
//   - the canvas is not blank, its backing store is CSS size × dpr, its name is the spec's title;
//   - hovering every plot (half and a quarter of the way across) shows a tooltip naming one of that
//     chart's categories (on a time axis, one of their years);
//   - a long x axis (more than LONG_AXIS categories) is thinned: at least two of its category labels are
//     drawn under the plot, left to right, and fewer than a quarter of them (on a time axis, its
//     calendar tick labels).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const LAYOUTS = [
  { width: 375, dpr: 2 },
  { width: 1280, dpr: 1 },
];
const LONG_AXIS = 60;

export default async function everySpecChecks({ browser, base, check, assert, openPage, WWW }) {
  const dir = path.join(WWW, "specs");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  await check("every spec: www/specs/ has specs to walk", () => {
    assert(files.length > 0, `no *.json in ${dir}`);
    return `${files.length} files`;
  });
  for (const { width, dpr } of LAYOUTS) {
    // Tall, so that every plot of a long spec is inside the viewport, within reach of the mouse.
    const { context, page, problems } = await openPage(browser, { width: width + 40, height: 2400, dpr });
    await page.goto(`${base}/__e2e__/blank.html`);
    await page.evaluate(async () => {
      const m = await import("/pkg/infographic.js");
      await m.default();
      window.__m = m;
    });
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), "utf8");
      await check(`every spec: ${file} @${width}px dpr${dpr}: renders without errors, tooltips, thinned long axes`, async () => {
        let summary;
        const failures = [];
        try {
          summary = await renderAndHover(page, text, width, assert);
        } catch (error) {
          failures.push(error.message);
        }
        // This spec's console errors fail this spec's check, never the next one's.
        const seen = problems.splice(0);
        if (seen.length) failures.push(`the page reported:\n${seen.join("\n")}`);
        assert(failures.length === 0, failures.join("\n"));
        return summary;
      });
    }
    await page.evaluate(() => window.__chart?.destroy());
    await context.close();
  }
}

/** Mounts `text` at `width` px and checks it; returns a one-line summary for the log. */
async function renderAndHover(page, text, width, assert) {
  const spec = JSON.parse(text);
  const r = await page.evaluate(mountAndMeasure, { text, width });
  assert(r.errors.length === 0, `errors(): ${JSON.stringify(r.errors)}`);
  assert(r.alerts.length === 0, `role=alert shown: ${r.alerts.join(" | ")}`);
  assert(r.canvas, "no canvas");
  if (spec.title) assert(r.label === spec.title, `canvas aria-label "${r.label}" is not the title "${spec.title}"`);
  assert(
    r.backing[0] === Math.round(r.css[0] * r.dpr) && r.backing[1] === Math.round(r.css[1] * r.dpr),
    `backing store ${r.backing} != CSS ${r.css} × ${r.dpr}`,
  );
  // Text alone inks a few percent of a widget; a blank or background-only canvas inks nothing.
  assert(r.ink > r.pixels * 0.01, `the canvas looks blank: ${r.ink} of ${r.pixels} pixels inked`);

  // Line and bar charts are the plots, in order (KPI rows, gauges, streaks and timelines have none;
  // small multiples have one per panel).
  const notPlots = ["kpi", "gauge", "streak", "timeline"];
  const xyCharts = spec.charts
    .filter((c) => !notPlots.includes(c.type))
    .flatMap((c) => (c.type === "multiples" ? c.panels.map(() => c) : [c]));
  assert(r.plots.length === xyCharts.length, `${r.plots.length} plot targets for ${xyCharts.length} plots`);
  const details = [`${r.css[0]}x${r.css[1]}`];
  for (const [k, plot] of r.plots.entries()) {
    const categories = (xyCharts[k].x?.categories || []).map(String);
    // A time axis names periods in full in tooltips ("Mar 1958" for "1958-03") and draws calendar
    // ticks ("1960"), not the categories: there, a year of the categories stands for them.
    const time = xyCharts[k].x?.type === "time";
    const years = new Set(categories.map((c) => (c.match(/\d{4}/) || [""])[0]));
    for (const at of [0.5, 0.25]) {
      await page.mouse.move(plot.x + plot.w * at, plot.y + plot.h / 2);
      const tip = await page.evaluate(() => window.__chart.tooltipText());
      assert(tip, `${plot.attr}: no tooltip when hovering ${at * 100}% across the plot`);
      if (categories.length) {
        const named = time ? [...years].some((y) => tip.includes(y)) : categories.some((c) => tip.includes(c));
        assert(named, `${plot.attr}: the tooltip names no category: "${tip}"`);
      }
      if (at === 0.5) details.push(`${plot.attr} "${tip.replace(/\s+/g, " ").slice(0, 60)}"`);
    }
    await page.mouse.move(1, 1);
    if (categories.length > LONG_AXIS) {
      // Category labels drawn just under this plot (scene coordinates, as textBoxes reports them).
      // On a time axis: the tick labels' line, right under the plot (the axis title sits lower).
      const names = new Set(categories);
      const under = r.boxes.filter(
        (b) =>
          (time || names.has(b.text)) &&
          b.y >= plot.sy + plot.h - 1 &&
          b.y <= plot.sy + plot.h + (time ? 20 : 40) &&
          b.x + b.w >= plot.sx - 1 &&
          b.x <= plot.sx + plot.w + 1,
      );
      const n = categories.length;
      assert(under.length >= 2, `${plot.attr}: ${under.length} x labels on a ${n}-category axis`);
      assert(under.length < n / 4, `${plot.attr}: ${under.length} of ${n} x labels drawn: not thinned`);
      const xs = under.map((b) => b.x);
      assert(xs.every((x, i) => i === 0 || x > xs[i - 1]), `${plot.attr}: x labels out of order: ${under.map((b) => b.text)}`);
      details.push(`${under.length} of ${n} x labels`);
    }
  }
  return details.join("; ");
}

/** In the page: replaces the body with one widget showing `text`, waits two frames, measures it. */
async function mountAndMeasure({ text, width }) {
  window.__chart?.destroy();
  const el = document.createElement("div");
  el.style.width = `${width}px`;
  document.body.replaceChildren(el);
  window.__chart = window.__m.mount(el, text);
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const errors = window.__chart.errors();
  const alerts = [...el.querySelectorAll("[role=alert]")].map((a) => a.textContent.trim()).filter(Boolean);
  const canvas = el.querySelector("canvas");
  if (!canvas) return { errors, alerts, canvas: false };
  const c = canvas.getBoundingClientRect();
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  // Ink: pixels clearly darker or more coloured than a light background.
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) ink++;
  }
  const plots = [...el.querySelectorAll('[data-ig^="plot:"]')].map((p) => {
    const b = p.getBoundingClientRect();
    // Viewport coordinates for the mouse; scene coordinates (canvas-relative) to compare with textBoxes.
    return { attr: p.getAttribute("data-ig"), x: b.x, y: b.y, w: b.width, h: b.height, sx: b.x - c.x, sy: b.y - c.y };
  });
  return {
    errors,
    alerts,
    canvas: true,
    label: canvas.getAttribute("aria-label"),
    ink,
    pixels: canvas.width * canvas.height,
    css: [c.width, c.height],
    backing: [canvas.width, canvas.height],
    dpr: devicePixelRatio,
    plots,
    boxes: window.__chart.textBoxes(),
  };
}
