// The gallery: every spec listed in gallery.json, rendered one after another with `mount`.
//
// Each entry gets a <section data-file="…" data-state="…">: "loading" until its spec is fetched and
// mounted, then "ok" (drawn), "invalid" (the widget shows its own role="alert" box) or "fetch-error"
// (this page shows a message in the slot). When every slot has settled, <body data-gallery="ready">
// (or "failed" when the manifest or the wasm module could not be loaded). tests/e2e/run.mjs relies
// on these attributes.
//
// No inline script or style: classes and the CSSOM only, so a strict CSP holds.
import init, { mount } from "./pkg/infographic.js";

const list = document.getElementById("gallery");
const status = document.getElementById("gallery-status");
const buttons = [...document.querySelectorAll(".toggle button[data-width]")];
// file -> Chart. Kept on purpose: a widget must stay alive (and keep following resizes) for as long
// as its slot is on the page, whatever the garbage collector does with unreferenced handles.
const charts = new Map();

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- width toggle (full / phone 375) ---------------------------------------------------------
// The choice lives in the URL hash (#phone), so a link or a reload keeps it.
function setWidth(mode) {
  document.body.classList.toggle("is-phone", mode === "phone");
  for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.width === mode));
}
for (const b of buttons) {
  b.addEventListener("click", () => {
    const mode = b.dataset.width;
    setWidth(mode);
    history.replaceState(null, "", mode === "phone" ? "#phone" : location.pathname + location.search);
  });
}
setWidth(location.hash === "#phone" ? "phone" : "full");

// ---- loading -----------------------------------------------------------------------------------
async function fetchText(url) {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

function fail(message) {
  status.textContent = message;
  status.classList.add("is-error");
  status.setAttribute("role", "alert");
  document.body.dataset.gallery = "failed";
}

function slot(entry, index) {
  const section = el("section", "entry");
  section.dataset.file = entry.file;
  section.dataset.state = "loading";
  // The chart draws its own title: the slot's heading names the file, the manifest title follows.
  const head = el("header", "entry-head");
  const number = el("span", "entry-number", String(index + 1).padStart(2, "0"));
  const heading = el("h2", "entry-file");
  const link = el("a", "", "");
  link.href = `specs/${encodeURIComponent(entry.file)}`;
  link.append(el("code", "", entry.file));
  heading.append(link);
  const meta = el("p", "entry-meta", entry.title || "");
  head.append(number, heading, meta);
  const frame = el("div", "frame");
  const host = el("div", "host");
  frame.append(host);
  section.append(head, frame);
  return { section, host, meta };
}

async function renderEntry(entry, parts) {
  const { section, host, meta } = parts;
  let text;
  try {
    text = await fetchText(`specs/${encodeURIComponent(entry.file)}`);
  } catch (error) {
    const message = el("p", "load-error", `无法加载 Could not load specs/${entry.file}: ${error.message}`);
    message.setAttribute("role", "alert");
    host.append(message);
    section.dataset.state = "fetch-error";
    return;
  }
  // JSON text, not a parsed object: the widget's own parser reports syntax errors with line/column.
  const chart = mount(host, text);
  charts.set(entry.file, chart);
  const errors = chart.errors();
  section.dataset.state = errors.length ? "invalid" : "ok";
  if (errors.length) meta.append(el("span", "entry-flag", ` · ${errors.length} 处错误 errors`));
}

async function main() {
  let manifest;
  try {
    manifest = JSON.parse(await fetchText("gallery.json"));
    if (!Array.isArray(manifest)) throw new Error("expected a JSON array of { file, title }");
  } catch (error) {
    fail(`无法加载规格清单 Could not load gallery.json: ${error.message}`);
    return;
  }
  const parts = manifest.map((entry, i) => {
    const p = slot(entry, i);
    list.append(p.section);
    return p;
  });
  try {
    await init();
  } catch (error) {
    fail(`无法加载图表模块 Could not load the wasm module (pkg/): ${error.message}`);
    for (const p of parts) p.section.dataset.state = "fetch-error";
    return;
  }
  status.textContent = `${manifest.length} 个规格 specs`;
  await Promise.all(manifest.map((entry, i) => renderEntry(entry, parts[i])));
  const bad = parts.filter((p) => p.section.dataset.state !== "ok").length;
  if (bad) {
    status.textContent = `${manifest.length} 个规格 specs · ${bad} 个有问题 with problems`;
    status.classList.add("is-error");
  }
  document.body.dataset.gallery = "ready";
}

main();
