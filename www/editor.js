// The editor page: JSON text → live preview, errors with their place in the text, a table → spec,
// preview theme/width, embed code and download; everything typed is kept in localStorage.
//
// Hooks for tests (tests/e2e/checks/30-editor.mjs): <body data-editor="ready"> once the module and
// the text are loaded; #preview[data-state] is "empty" (no valid spec yet), "ok" (shows the text)
// or "stale" (shows the last valid version while the text has errors); #errors-list > li > button
// carries data-start/data-end (the selection) and data-line/data-column.
//
// No inline script or style: classes and the CSSOM only, so a strict CSP holds.
import init, { mount, validate, embedSnippet } from "./pkg-editor/infographic.js";
import { tableToSpec, prettySpec } from "./editor-csv.js";
import { iframeSnippet, fileSnippet, fileName } from "./editor-embed.js";

const STORE = "infographic-editor/v1";
const EXAMPLE_URL = "specs/pingyuan.json";
const DEBOUNCE_MS = 300;
const MAX_LISTED = 100; // errors listed; the rest are counted
// The page's own directory: embed.js, embed.html and embed-parent.js sit beside editor.html.
const BASE = new URL(".", location.href).href;
// Used when the example cannot be fetched (a page opened without its specs/ folder).
const FALLBACK = `{
  "version": 1,
  "title": "Example",
  "charts": [
    { "type": "line", "x": { "categories": ["2021", "2022", "2023"] },
      "series": [ { "name": "Series 1", "values": [1, 2, 3] } ] }
  ]
}
`;

const $ = (id) => document.getElementById(id);
const text = $("spec-text");
const csvText = $("csv-text");
const csvDetails = $("csv");
const preview = $("preview");
const frame = $("preview-frame");
const previewState = $("preview-state");
const errorsList = $("errors-list");
const errorsSummary = $("errors-summary");
const saveStatus = $("save-status");
const csvStatus = $("csv-status");
const embedStatus = $("embed-status");
const embedCode = $("embed-code");

let chart = null; // created with the first valid spec
let lastGood = null; // the text the preview shows
let timer = 0;
let shownErrors = ""; // what the list shows, to leave the live region alone when nothing changed
let currentValid = false;

// ---- storage -------------------------------------------------------------------------------------
function load() {
  try {
    const raw = localStorage.getItem(STORE);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function save() {
  const state = {
    text: text.value,
    good: lastGood,
    csv: csvText.value,
    csvType: radio("csv-type"),
    csvOpen: csvDetails.open,
    theme: radio("theme"),
    width: radio("width"),
  };
  try {
    localStorage.setItem(STORE, JSON.stringify(state));
    saveStatus.textContent = "已保存在本浏览器 Saved in this browser";
    saveStatus.classList.remove("is-error");
  } catch (error) {
    saveStatus.textContent = `无法保存 Not saved: ${error.name === "QuotaExceededError" ? "storage is full" : "storage unavailable"}`;
    saveStatus.classList.add("is-error");
  }
}

function radio(name) {
  return document.querySelector(`input[name="${name}"]:checked`)?.value;
}

function setRadio(name, value) {
  const input = document.querySelector(`input[name="${name}"][value="${CSS.escape(String(value))}"]`);
  if (input) input.checked = true;
}

// ---- preview -------------------------------------------------------------------------------------
function stripBom(s) {
  return s.replace(/^\uFEFF/, "");
}

/** Renders `good` (valid spec text) with the preview theme, without touching the text. */
function render(good) {
  const theme = radio("theme");
  let spec = good;
  if (theme && theme !== "spec") {
    spec = JSON.parse(stripBom(good));
    spec.theme = theme;
  }
  if (!chart) chart = mount(preview, spec);
  else chart.update(spec);
  // A JavaScript object can differ from the text in corner cases (1e999 → Infinity): fall back.
  if (spec !== good && chart.errors().length) chart.update(good);
  frame.dataset.theme = theme === "spec" ? specTheme(good) : theme;
}

function specTheme(good) {
  try {
    const t = JSON.parse(stripBom(good)).theme;
    return t === "light" || t === "dark" ? t : "auto";
  } catch {
    return "auto";
  }
}

function setPreviewState(state) {
  preview.dataset.state = state;
  previewState.hidden = state !== "stale";
}

/** Validates the text now: updates the preview (valid) or the error list (not). */
function refresh() {
  clearTimeout(timer);
  timer = 0;
  const value = text.value;
  const errors = validate(value);
  currentValid = errors.length === 0;
  if (currentValid) {
    showErrors([]);
    lastGood = value;
    render(value);
    setPreviewState("ok");
    save();
  } else {
    showErrors(errors);
    setPreviewState(chart ? "stale" : "empty");
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(refresh, DEBOUNCE_MS);
}

/** Runs a pending refresh now (before copying or downloading). */
function flush() {
  if (timer) refresh();
}

// ---- errors --------------------------------------------------------------------------------------
function el(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function showErrors(errors) {
  const key = JSON.stringify(errors.map((e) => [e.path, e.message]));
  if (key === shownErrors) {
    // Same problems, but the text moved: refresh the places only.
    if (errors.length) updatePlaces(errors);
    return;
  }
  shownErrors = key;
  errorsList.replaceChildren();
  if (!errors.length) {
    errorsSummary.textContent = "没有错误 No errors";
    errorsSummary.classList.remove("is-error");
    return;
  }
  errorsSummary.textContent = `${errors.length} 处错误 ${errors.length === 1 ? "error" : "errors"} — 预览保留上一个有效版本 the preview keeps the last valid version`;
  errorsSummary.classList.add("is-error");
  const places = errors.map(placeOf);
  errors.slice(0, MAX_LISTED).forEach((error, i) => {
    const li = el("li", "error");
    const button = el("button", "error-button");
    button.type = "button";
    const where = el("span", "error-where");
    const path = el("code", "error-path", error.path || "(spec)");
    const message = el("span", "error-message", error.message);
    button.append(where, " ", path, " ", message);
    li.append(button);
    errorsList.append(li);
    setPlace(button, places[i]);
  });
  if (errors.length > MAX_LISTED) errorsList.append(el("li", "error-more", `……另有 ${errors.length - MAX_LISTED} 处 …and ${errors.length - MAX_LISTED} more`));
}

function updatePlaces(errors) {
  const places = errors.map(placeOf);
  [...errorsList.querySelectorAll(".error-button")].forEach((b, i) => places[i] && setPlace(b, places[i]));
}

/**
 * Where in the text an error is, from the span validate() found for it in the text: UTF-16 offsets
 * for setSelectionRange, the line and column (in characters) of its start, and what it covers.
 */
function placeOf(error) {
  const s = error.span;
  if (!s) return { start: 0, end: 0, line: 1, column: 1, how: "start" };
  return { start: s.startUtf16, end: s.endUtf16, line: s.line, column: s.column, how: s.covers };
}

function setPlace(button, place) {
  button.dataset.start = place.start;
  button.dataset.end = place.end;
  button.dataset.line = place.line;
  button.dataset.column = place.column;
  button.dataset.how = place.how;
  const where = button.querySelector(".error-where");
  where.textContent = `${place.line}:${place.column}`;
  where.title = `行 line ${place.line}, 列 column ${place.column}`;
}

errorsList.addEventListener("click", (event) => {
  const button = event.target.closest(".error-button");
  if (!button) return;
  selectPlace(Number(button.dataset.start), Number(button.dataset.end), Number(button.dataset.line));
});

function selectPlace(start, end, line) {
  text.focus({ preventScroll: true });
  text.setSelectionRange(start, end);
  // Bring the line into the middle of the text area, and the text area into the window.
  const style = getComputedStyle(text);
  const lineHeight = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);
  text.scrollTop = Math.max(0, (line - 1) * lineHeight - text.clientHeight / 3);
  const before = text.value.slice(text.value.lastIndexOf("\n", start - 1) + 1, start);
  const ch = measureChar(style);
  const x = [...before].reduce((w, c) => w + (c.codePointAt(0) > 0x2e7f ? 2 : 1), 0) * ch;
  text.scrollLeft = Math.max(0, x - text.clientWidth / 3);
  text.scrollIntoView({ block: "nearest" });
}

let charWidth = 0;
function measureChar(style) {
  if (!charWidth) {
    const ctx = document.createElement("canvas").getContext("2d");
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    charWidth = ctx.measureText("0").width || 8;
  }
  return charWidth;
}

// ---- table → spec --------------------------------------------------------------------------------
function currentSpec() {
  try {
    const spec = JSON.parse(stripBom(text.value));
    return spec && typeof spec === "object" && !Array.isArray(spec) ? spec : null;
  } catch {
    return null;
  }
}

/** Replaces the whole text in a way the browser's undo (Ctrl+Z) can take back. */
function replaceText(value) {
  text.focus();
  text.select();
  let done = false;
  try {
    done = document.execCommand("insertText", false, value);
  } catch {
    done = false;
  }
  if (!done || text.value !== value) text.value = value;
  text.setSelectionRange(0, 0);
  text.scrollTop = 0;
  save();
  refresh();
}

$("csv-use").addEventListener("click", () => {
  const result = tableToSpec(csvText.value, { type: radio("csv-type"), keep: currentSpec() });
  csvStatus.classList.toggle("is-error", !!result.errors);
  if (result.errors) {
    const more = result.errors.length > 5 ? ` …and ${result.errors.length - 5} more` : "";
    csvStatus.textContent = `无法转换 Cannot use this table: ${result.errors.slice(0, 5).join("; ")}${more}`;
    return;
  }
  const c = result.spec.charts[0];
  replaceText(prettySpec(result.spec));
  csvStatus.textContent = `已生成 Done: ${c.x.categories.length} 个类别 categories × ${c.series.length} 个系列 series (Ctrl+Z 撤销 undoes)`;
});

// ---- publish -------------------------------------------------------------------------------------
async function copy(code) {
  embedCode.value = code;
  try {
    await navigator.clipboard.writeText(code);
    return true;
  } catch {
    // No clipboard API (or no permission): select the code and use the old command.
    embedCode.focus();
    embedCode.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

function publish(make, what) {
  return async () => {
    flush();
    if (!currentValid) {
      embedStatus.textContent = "请先修正上方的错误 Fix the errors first: embed code is made from a valid spec";
      embedStatus.classList.add("is-error");
      return;
    }
    const ok = await copy(make(BASE, text.value));
    embedStatus.classList.toggle("is-error", !ok);
    embedStatus.textContent = ok
      ? `已复制 Copied: ${what}`
      : `未能复制 Could not copy: select the code below and copy it (Ctrl+C)`;
    if (!ok) {
      embedCode.focus();
      embedCode.select();
    }
  };
}

// The pre-rendered snippet: the chart's pictures (shown before any script runs, and without one),
// its text, and the spec inline; the widget takes over when it loads.
$("copy-element").addEventListener("click", publish((base, spec) => embedSnippet(spec, base), "<info-graphic>, pre-rendered, with the spec inline"));
$("copy-iframe").addEventListener("click", publish(iframeSnippet, "<iframe> with the spec in its address"));

$("download").addEventListener("click", () => {
  flush();
  if (!currentValid) {
    embedStatus.textContent = "请先修正上方的错误 Fix the errors first: only a valid spec is downloaded";
    embedStatus.classList.add("is-error");
    return;
  }
  const name = fileName(text.value);
  const url = URL.createObjectURL(new Blob([text.value], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  embedStatus.classList.remove("is-error");
  embedStatus.textContent =
    `已下载 Downloaded ${name}. 放在页面旁并使用下面的代码 Put it beside your page and use the code below ` +
    `(iframe: ${BASE}embed.html?spec=<its full address>)`;
  embedCode.value = fileSnippet(BASE, name);
});

// ---- toggles, reset ------------------------------------------------------------------------------
for (const input of document.querySelectorAll('input[name="theme"], input[name="width"]')) {
  input.addEventListener("change", () => {
    applyWidth();
    if (lastGood !== null) render(lastGood);
    save();
  });
}
for (const input of document.querySelectorAll('input[name="csv-type"]')) input.addEventListener("change", save);
csvText.addEventListener("input", save);
csvDetails.addEventListener("toggle", save);

function applyWidth() {
  frame.classList.toggle("is-phone", radio("width") === "phone");
}

text.addEventListener("input", () => {
  save();
  schedule();
});

async function example() {
  try {
    const response = await fetch(EXAMPLE_URL, { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch {
    return FALLBACK;
  }
}

$("reset").addEventListener("click", async () => {
  const fresh = await example();
  if (text.value !== fresh && text.value.trim() && !confirm("放弃当前文本并恢复示例？\nDiscard your text and load the example?")) return;
  replaceText(fresh);
});

// ---- start ---------------------------------------------------------------------------------------
async function main() {
  const saved = load();
  if (saved) {
    if (saved.theme) setRadio("theme", saved.theme);
    if (saved.width) setRadio("width", saved.width);
    if (saved.csvType) setRadio("csv-type", saved.csvType);
    if (typeof saved.csv === "string") csvText.value = saved.csv;
    if (saved.csvOpen) csvDetails.open = true;
  }
  applyWidth();
  const initial = typeof saved?.text === "string" ? saved.text : await example();
  text.value = initial;
  text.disabled = false;
  try {
    await init();
  } catch (error) {
    errorsSummary.textContent = `无法加载图表模块 Could not load the chart module (pkg-editor/): ${error.message}`;
    errorsSummary.classList.add("is-error");
    document.body.dataset.editor = "failed";
    return;
  }
  // The last valid version first, so a reload with broken text still shows a preview.
  if (typeof saved?.good === "string" && saved.good !== initial && validate(saved.good).length === 0) {
    lastGood = saved.good;
    render(lastGood);
  }
  refresh();
  if (!saved) save();
  document.body.dataset.editor = "ready";
}

main();
