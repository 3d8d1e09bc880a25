// Large data in a page (issues 6 and 7): www/large.html mounts a million-point Float64Array and the
// other large inputs it offers, rendered in stages (check, model, drawing, description, table rows).
//   - each input ends drawn (series-blue pixels over the plot, no role=alert), its log line reports
//     the call, the drawing and the staged tasks (more than one: the work was split), and the widget's
//     screen-reader table ends with its 1,000 rows;
// How long each stage takes is the benchmark's business (bench/blocking.mjs), never asserted here.
// No timing thresholds: every wait is a hang guard (ctx.WAIT_MS).

export default async function largeChecks(ctx) {
  const { browser, base, check, assert, openPage, settle, noProblems, measureWidget, WAIT_MS } = ctx;
  const { context, page, problems } = await openPage(browser, { width: 1280, height: 900, dpr: 1 });
  const cases = [
    ["line1m", "A random walk of 1,000,000 steps"],
    ["line2m", "Two random walks of 1,000,000 steps"],
    ["area", "Two stacked bands of 500,000 values"],
    ["bars", "Two stacked series of 200,000 bars"],
  ];
  let loaded = false;
  for (const [name, title] of cases) {
    await check(`large.html: ${name} is drawn in stages and described`, async () => {
      if (!loaded) {
        await page.goto(`${base}/large.html`, { waitUntil: "load" });
        loaded = true;
      } else {
        await page.evaluate(() => {
          document.getElementById("chart").dataset.state = "";
          document.getElementById("log").textContent = "";
        });
        await page.click(`[data-case="${name}"]`);
      }
      await page.waitForFunction(() => /^(ok|invalid)$/.test(document.getElementById("chart").dataset.state ?? ""), null, { timeout: WAIT_MS });
      await page.waitForFunction(() => document.querySelectorAll("#chart tbody tr").length === 1000, null, { timeout: WAIT_MS });
      await settle(page);
      const log = await page.textContent("#log");
      assert(/^The call took \d+ ms; the chart was drawn \d+ ms after it began, in (\d+) tasks/.test(log), `log: ${log}`);
      const tasks = Number(log.match(/in (\d+) tasks/)[1]);
      assert(tasks >= 4, `${tasks} staged tasks: the work was not split`);
      const label = await page.getAttribute("#chart canvas", "aria-label");
      assert(label === title, `canvas label "${label}"`);
      const m = await measureWidget(page, "#chart");
      assert(m.alerts.length === 0, `role=alert: ${m.alerts.join(" | ")}`);
      assert(m.series > 3000, `only ${m.series} series-blue pixels`);
      noProblems(problems, "large.html");
      return `${tasks} tasks; ${m.series} series pixels`;
    });
  }
  await context.close();
}
