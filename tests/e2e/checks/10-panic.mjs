// Panic containment (issue 7): a Rust panic inside one widget — forced with the test-only
// chart.crashForTesting() — stops that widget only. It shows a short error in its own element and logs
// the panic; the other widget keeps rendering and answering; later calls on the broken one fail cleanly
// (a JavaScript Error, not a wasm trap), and destroy() still removes it.
const SPEC = JSON.stringify({
  version: 1,
  title: "Panic test",
  locale: "en",
  charts: [{ type: "bar", x: { categories: ["a", "b"] }, series: [{ name: "s", values: [1, 2] }] }],
});

export default async function panicChecks({ browser, base, check, assert, openPage }) {
  const { context, page, problems } = await openPage(browser, { width: 900, height: 900, dpr: 1 });
  await check("panic in one widget: it shows an error, the others keep working, later calls fail cleanly", async () => {
    await page.goto(`${base}/__e2e__/blank.html`);
    const r = await page.evaluate(async (spec) => {
      const m = await import("/pkg/infographic.js");
      await m.default();
      const make = () => {
        const el = document.createElement("div");
        el.style.width = "400px";
        document.body.append(el);
        return el;
      };
      const [a, b] = [make(), make()];
      const broken = m.mount(a, spec);
      const healthy = m.mount(b, spec);
      let first = null;
      try {
        broken.crashForTesting();
      } catch (e) {
        first = `${e.name}: ${e.message}`;
      }
      const out = { first, alert: a.querySelector("[role=alert]")?.textContent || null };
      // The healthy widget still renders a new spec and reports no errors.
      healthy.update(spec.replace("Panic test", "Still fine"));
      out.healthyLabel = b.querySelector("canvas")?.getAttribute("aria-label");
      out.healthyErrors = healthy.errors().length;
      // Later calls on the broken one: a clean Error, not a RuntimeError from a trap.
      try {
        broken.update(spec);
        out.later = "no error";
      } catch (e) {
        out.later = `${e.name}: ${e.message}`;
      }
      out.brokenErrors = broken.errors();
      // Events at the broken widget's element do nothing (no new console errors are checked below).
      a.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: 50, clientY: 50 }));
      broken.destroy();
      out.afterDestroy = a.childElementCount;
      healthy.destroy();
      return out;
    }, SPEC);
    assert(r.first && /RuntimeError|unreachable/i.test(r.first), `the panicking call surfaces as a trap: ${r.first}`);
    assert(r.alert && r.alert.includes("internal error"), `the broken widget says so in its element: ${r.alert}`);
    assert(r.healthyLabel === "Still fine" && r.healthyErrors === 0, `the other widget keeps working: ${JSON.stringify(r)}`);
    assert(/^Error: infographic: this chart stopped after an internal error/.test(r.later), `a later call fails cleanly: ${r.later}`);
    assert(r.brokenErrors.length === 1 && r.brokenErrors[0].message.includes("internal error"), JSON.stringify(r.brokenErrors));
    assert(r.afterDestroy === 0, "destroy() removes the broken widget");
    const logged = problems.filter((p) => p.includes("crash requested by crashForTesting"));
    assert(logged.length >= 1, "the panic is logged with its message");
    const other = problems.filter((p) => !p.includes("crashForTesting") && !/RuntimeError|unreachable/.test(p));
    assert(other.length === 0, `no other console errors: ${other.join(" | ")}`);
    return "contained";
  });
  await context.close();
}
