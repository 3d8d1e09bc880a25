// <info-graphic>: the one-snippet embed.
//
//     <script type="module" src="https://example.org/infographic/embed.js"></script>
//     <info-graphic src="data/story.json"></info-graphic>              <!-- a spec file -->
//     <info-graphic><script type="application/json">{ … }</script></info-graphic>   <!-- inline -->
//     <info-graphic></info-graphic>                                    <!-- the default story -->
//
// Attributes (all optional; changing any of them re-renders):
//   src        URL of a spec (JSON), resolved against the page like <img src>. Same origin, or a server
//              that sends CORS headers. Wins over an inline spec.
//   theme      "auto" | "light" | "dark": replaces the spec's "theme".
//   locale     "zh-CN" | "en": replaces the spec's "locale" (number formats, the widget's own words).
//              A bad value is reported by the widget like a bad spec field ("theme: unknown theme …").
//   max-bytes  the largest spec accepted from `src`, in bytes (default 5 MB = 5242880).
//
// Without `src`, the first <script type="application/json"> child is the spec: a data block, which a
// strict CSP allows because it is never executed. Text that is not valid JSON goes to the widget as it
// is, so its error box gives the line and column. Editing that child's text re-renders.
//
// The wasm module is loaded and initialised once per page, however many elements there are; it is
// found next to this file (pkg/infographic.js), so the snippet works from any page. Removing the
// element destroys its widget (every node, listener and observer); inserting it again mounts anew.
// A spec that cannot be loaded (HTTP error, network or CORS failure, not JSON, larger than max-bytes)
// shows a role="alert" box in the element naming the URL and the reason; it is never a blank box.
//
// For hosts and tests: `element.chart` is the widget's Chart handle (null when none is mounted), and
// the element's `data-state` is "loading", "ok", "invalid" (the widget shows the spec's errors) or
// "error" (the spec could not be loaded); each settled render dispatches an "infographic:render"
// event ({ detail: { state } }, bubbling).
//
// A pre-rendered snippet (`infographic-cli embed`, class "ig-prerendered": pictures of the chart per
// width band, chosen by infographic.css, and its text) shows at once, without this script. The
// module is fetched only when the element nears the viewport and the page is idle, or at once on a
// pointer, touch or focus on it; the widget then lays out as the pictures did (data-ig-bands),
// draws out of sight, and takes the picture's place in one go, at the same height.
//
// No inline styles or scripts: styles go through the CSSOM, text only through textContent.

const PKG_URL = new URL("./pkg/infographic.js", import.meta.url).href;
const WASM_URL = new URL("./pkg/infographic_bg.wasm", import.meta.url).href;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// One module and one init() per page, shared by every element. A failed load is forgotten, so the
// next render tries again (e.g. after a network blip). The wasm is requested together with its JS
// glue rather than after it: one round trip less before the first chart (init takes the response's
// promise and compiles while it streams in).
let modulePromise = null;
function loadModule() {
  modulePromise ??= (() => {
    const wasm = fetch(WASM_URL, { credentials: "same-origin" });
    wasm.catch(() => {}); // reported through init() below, not as an unhandled rejection
    return import(PKG_URL).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
  })();
  modulePromise.catch(() => {
    modulePromise = null;
  });
  return modulePromise;
}

// The default story with an overridden theme/locale needs the story as data; it is the same file the
// wasm embeds (www/specs/pingyuan.json), next to this script.
const DEFAULT_STORY_URL = new URL("./specs/pingyuan.json", import.meta.url).href;

class LoadError extends Error {}

// A spec that cannot be loaded is shown in a box with the widget's own error-box look, written once
// in src/web/error_box_style.rs, from which error-box-style.js (next to this file) is generated. It
// is imported only when a load fails, and does not come from the wasm module: the box must show
// when the module itself cannot be loaded. Styles go through the CSSOM (CSP-clean).
const ERROR_BOX_STYLE_URL = new URL("./error-box-style.js", import.meta.url).href;

async function errorBox(doc, heading, detail) {
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "infographic-load-error";
  box.style.display = "block"; // whatever the host's CSS does with our element's children
  const h = doc.createElement("p");
  h.textContent = heading;
  const p = doc.createElement("p");
  p.textContent = detail;
  box.append(h, p);
  try {
    const look = await import(ERROR_BOX_STYLE_URL);
    for (const [el, style] of [[box, look.BOX], [h, look.HEADING], [p, look.DETAIL]]) {
      for (const [name, value] of Object.entries(style)) el.style.setProperty(name, value);
    }
  } catch {
    // The file could not be loaded either: the box still says what went wrong, as plain text.
  }
  return box;
}

/**
 * Reads a response body as UTF-8 text, refusing more than `limit` bytes: the Content-Length when the
 * server sends one, and always the bytes actually received (a compressed response's Content-Length
 * is smaller than its body).
 */
async function readLimited(response, limit) {
  const tooLarge = (size) => new LoadError(`too large: ${size} bytes, the limit is ${limit} bytes`);
  const header = response.headers.get("content-length");
  let bytes;
  if (header !== null && /^\d+$/.test(header.trim())) {
    const declared = Number(header);
    if (declared > limit) {
      response.body?.cancel().catch(() => {});
      throw tooLarge(`${declared}`);
    }
    // Small by its own account: read it whole. (Reading a body through a stream reader makes Chromium
    // log the request as cancelled, even when every byte arrived.)
    bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > limit) throw tooLarge(`${bytes.byteLength}`);
  } else {
    // No length given (chunked, or on-the-fly compression): count while reading, stop past the limit.
    const chunks = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limit) {
          reader.cancel().catch(() => {});
          throw tooLarge(`more than ${limit}`);
        }
        chunks.push(value);
      }
    }
    bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError("not JSON: the response is not UTF-8 text");
  }
}

async function fetchSpecText(url, limit, signal) {
  let response;
  try {
    response = await fetch(url, { signal, credentials: "same-origin" });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(
      `network error (the server could not be reached, or it does not allow this page to read it: CORS or a Content-Security-Policy): ${error.message}`,
    );
  }
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    throw new LoadError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  return readLimited(response, limit);
}

export class InfoGraphic extends HTMLElement {
  static observedAttributes = ["src", "theme", "locale", "max-bytes"];

  #chart = null; // the mounted Chart, or null
  #box = null; // our load-error box, or null
  #generation = 0; // bumped by every render; a render whose number is stale gives up
  #abort = null; // AbortController of the fetch in flight
  #scheduled = false;
  #observer = null;
  #stopWaiting = null; // cancels a pre-rendered element's wait for the reader (see #wanted)
  #stage = null; // a pre-rendered element's live widget host (out of sight until it takes over)
  #tap = null; // where the reader touched the picture before the widget was there, to answer it

  /** The widget's Chart handle (`errors()`, `stats()`, …), or null when none is mounted. */
  get chart() {
    return this.#chart;
  }

  connectedCallback() {
    this.#observer ??= new MutationObserver((records) => {
      if (records.some((r) => this.#touchesInlineSpec(r))) {
        this.#watch();
        this.#schedule();
      }
    });
    this.#watch();
    if (getComputedStyle(this).display === "inline") this.style.display = "block";
    // While the parser is still inside this element its children are not there yet.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => this.#schedule(), { once: true });
    } else {
      this.#schedule();
    }
  }

  disconnectedCallback() {
    this.#stopWaiting?.();
    this.#observer?.disconnect();
    this.#generation++;
    this.#abort?.abort();
    this.#abort = null;
    this.#teardown();
    this.removeAttribute("aria-busy");
    delete this.dataset.state;
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) this.#schedule();
  }

  #specScript() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Watches this element's children, and the text of its inline spec (not the widget's own nodes). */
  #watch() {
    this.#observer.disconnect();
    this.#observer.observe(this, { childList: true });
    const script = this.#specScript();
    if (script) this.#observer.observe(script, { childList: true, subtree: true, characterData: true });
  }

  #touchesInlineSpec(record) {
    if (record.target !== this) return true; // inside the observed script
    const isSpecScript = (n) => n.nodeType === 1 && n.matches('script[type="application/json"]');
    return [...record.addedNodes, ...record.removedNodes].some(isSpecScript);
  }

  /** Coalesces the attribute and connection callbacks of one task into one render. */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  #teardown() {
    this.#recordTaps(false);
    this.#tap = null;
    this.#chart?.destroy();
    this.#chart = null;
    this.#stage?.remove();
    this.#stage = null;
    this.#showPictures(true);
    this.#box?.remove();
    this.#box = null;
  }

  #settle(state) {
    this.dataset.state = state;
    this.removeAttribute("aria-busy");
    this.dispatchEvent(new CustomEvent("infographic:render", { bubbles: true, detail: { state } }));
  }

  /** Shows `detail` under `heading` in an error box instead of a chart. */
  async #fail(heading, detail, stale) {
    this.#teardown();
    const box = await errorBox(this.ownerDocument, heading, detail);
    if (stale()) return;
    this.#box = box;
    this.append(box);
    this.#settle("error");
  }

  /** Resolves when a pre-rendered element is worth bringing to life: near the viewport with the
   *  page idle, or at once when the reader points at, touches or focuses it. */
  #wanted() {
    return new Promise((resolve) => {
      const kinds = ["pointerdown", "pointerover", "touchstart", "focusin"];
      let io = null;
      const stop = () => {
        io?.disconnect();
        for (const k of kinds) this.removeEventListener(k, go);
        this.#stopWaiting = null;
      };
      const go = () => {
        stop();
        resolve();
      };
      this.#recordTaps(true);
      for (const k of kinds) this.addEventListener(k, go, { passive: true });
      this.#stopWaiting = stop;
      if (typeof IntersectionObserver !== "function") return go();
      io = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          io.disconnect();
          const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 50));
          idle(() => this.#stopWaiting === stop && go(), { timeout: 1500 });
        },
        { rootMargin: "50% 0px" },
      );
      io.observe(this);
    });
  }

  /** Keeps the last touch on the picture (from its first event: pointerover, touchstart or
   *  pointerdown), from the first wait until the takeover, which answers it (its tooltip): a tap
   *  while the module downloads is not lost. */
  #recordTaps(on) {
    for (const k of ["pointerover", "pointerdown", "touchstart"]) {
      if (on) this.addEventListener(k, this.#record, { passive: true });
      else this.removeEventListener(k, this.#record);
    }
  }

  #record = (e) => {
    const touch = e.type === "touchstart" ? e.touches[0] : null;
    if (touch) this.#tap = { x: touch.clientX, y: touch.clientY, type: "touch" };
    else if (e.pointerType && e.pointerType !== "mouse") this.#tap = { x: e.clientX, y: e.clientY, type: e.pointerType };
  };

  /** The live widget's host while it draws: over the picture, out of sight, as wide as it. */
  #offstage() {
    const stage = this.ownerDocument.createElement("div");
    stage.className = "ig-live";
    stage.dataset.igBands = this.dataset.igBands ?? "";
    if (getComputedStyle(this).position === "static") this.style.setProperty("position", "relative");
    for (const [name, value] of [["position", "absolute"], ["left", "0"], ["right", "0"], ["top", "0"], ["visibility", "hidden"]])
      stage.style.setProperty(name, value);
    this.#stage = stage;
    this.append(stage);
    return stage;
  }

  /** Resolves once the widget has painted (its first render may wait for the ResizeObserver). */
  async #drawn(chart) {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < 600 && chart.stats().renders === 0 && chart.errors().length === 0; i++) await frame();
  }

  /** The live widget takes the picture's place, in one task: same width, same height. */
  #takeOver() {
    for (const name of ["position", "left", "right", "top", "visibility"]) this.#stage.style.removeProperty(name);
    this.#showPictures(false);
    this.#recordTaps(false);
    const tap = this.#tap;
    this.#tap = null;
    const target = tap && this.ownerDocument.elementFromPoint(tap.x, tap.y);
    if (target && this.#stage.contains(target)) {
      target.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, clientX: tap.x, clientY: tap.y, pointerType: tap.type }));
    }
  }

  #showPictures(shown) {
    for (const el of this.querySelectorAll(":scope > .ig-static, :scope > .ig-text")) el.hidden = !shown;
  }

  async #render() {
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#abort = null;
    const stale = () => generation !== this.#generation || !this.isConnected;
    this.dataset.state = "loading";
    this.setAttribute("aria-busy", "true");

    const src = (this.getAttribute("src") ?? "").trim();
    const theme = this.getAttribute("theme");
    const locale = this.getAttribute("locale");
    const zh = (locale ?? this.closest("[lang]")?.lang ?? "").toLowerCase().startsWith("zh");
    const heading = zh ? "无法加载图表数据" : "Could not load the chart";

    // 1. The spec text (undefined: the default story).
    let text;
    if (src) {
      let url;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        return this.#fail(heading, `${src}: not a valid URL`, stale);
      }
      const raw = this.getAttribute("max-bytes");
      const limit = raw !== null && /^\s*\d+\s*$/.test(raw) ? Number(raw) : DEFAULT_MAX_BYTES;
      const abort = new AbortController();
      this.#abort = abort;
      try {
        text = await fetchSpecText(url, limit, abort.signal);
      } catch (error) {
        if (this.#abort === abort) this.#abort = null;
        if (stale() || abort.signal.aborted) return;
        if (error instanceof LoadError) return this.#fail(heading, `${src}: ${error.message}`, stale);
        return this.#fail(heading, `${src}: ${error?.message ?? error}`, stale);
      }
      // Done: nothing left to abort (aborting a finished request would still log it as failed).
      if (this.#abort === abort) this.#abort = null;
      if (stale()) return;
      try {
        JSON.parse(text);
      } catch (error) {
        return this.#fail(heading, `${src}: not JSON (${error.message})`, stale);
      }
    } else {
      const script = this.#specScript();
      if (script) text = script.textContent;
    }

    // 2. theme / locale attributes replace the spec's fields. Text that is not a JSON object is left
    //    alone, for the widget to report with line and column.
    let spec = text;
    if (theme !== null || locale !== null) {
      if (text === undefined) {
        try {
          const r = await fetch(DEFAULT_STORY_URL);
          if (r.ok) text = await r.text();
        } catch {
          // Offline: the embedded story without the override (below).
        }
        if (stale()) return;
        if (text === undefined) console.warn(`infographic: could not load ${DEFAULT_STORY_URL}; theme/locale not applied to the default story`);
      }
      let parsed;
      try {
        parsed = text === undefined ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        if (theme !== null) parsed.theme = theme;
        if (locale !== null) parsed.locale = locale;
        spec = parsed;
      }
    }

    // 3. The module (once per page), then mount or update. A pre-rendered element waits for the
    //    reader: its picture is already there.
    const adopting = !this.#chart && this.classList.contains("ig-prerendered");
    if (adopting) {
      await this.#wanted();
      if (stale()) return;
    }
    let m;
    try {
      m = await loadModule();
    } catch (error) {
      if (stale()) return;
      const detail = `${PKG_URL}: the chart module could not be loaded (${error?.message ?? error})`;
      return this.#fail(heading, detail, stale);
    }
    if (stale()) return;
    this.#box?.remove();
    this.#box = null;
    if (this.#chart) this.#chart.update(spec);
    else this.#chart = adopting ? m.mount(this.#offstage(), spec) : m.mount(this, spec);
    // Large text is parsed and large data drawn a task at a time: its errors are known once ready.
    const chart = this.#chart;
    await chart.ready();
    if (stale() || chart !== this.#chart) return;
    if (this.#stage?.style.visibility === "hidden") {
      await this.#drawn(chart);
      if (stale() || chart !== this.#chart) return;
      this.#takeOver();
    }
    this.#settle(chart.errors().length ? "invalid" : "ok");
  }
}

if (!customElements.get("info-graphic")) customElements.define("info-graphic", InfoGraphic);
