// embed.html: renders one <info-graphic> from ?spec=URL or #<encodeURIComponent(JSON)> (the fragment
// wins; neither → the default story) and reports the page's height to the parent window on every
// change: postMessage({ type: "infographic:height", height, id }, "*"), id from ?id= (or null).
// A parent that starts listening late can ask again with postMessage({ type: "infographic:ping" }).
// A new #fragment re-renders in place (hashchange).
import "./embed.js";

const params = new URLSearchParams(location.search);
const id = params.get("id");
const element = document.createElement("info-graphic");
for (const name of ["theme", "locale", "max-bytes"]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}

/** The inline spec from the fragment, as text (undefined when there is none). */
function fragmentSpec() {
  const raw = location.hash.slice(1);
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    // Not percent-encoding: the widget reports the raw text (as JSON, with line and column).
    return raw;
  }
}

function apply() {
  const inline = fragmentSpec();
  let script = element.querySelector(':scope > script[type="application/json"]');
  if (inline !== undefined) {
    element.removeAttribute("src");
    if (!script) {
      script = document.createElement("script");
      script.type = "application/json";
      element.prepend(script);
    }
    script.textContent = inline;
  } else {
    script?.remove();
    const spec = params.get("spec");
    if (spec) element.setAttribute("src", spec);
    else element.removeAttribute("src");
  }
}

apply();
document.body.append(element);
addEventListener("hashchange", apply);

// ---- height → parent -----------------------------------------------------------------------------
let last = -1;
function report(force = false) {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (!force && height === last) return;
  last = height;
  if (window.parent !== window) window.parent.postMessage({ type: "infographic:height", height, id }, "*");
  document.documentElement.dataset.reportedHeight = String(height); // for tests and debugging
}
// From the first render on (not before: an empty page would collapse the iframe to 0 px first).
let started = false;
element.addEventListener("infographic:render", () => {
  if (started) return;
  started = true;
  new ResizeObserver(() => report()).observe(document.body);
});
addEventListener("message", (event) => {
  if (started && event.source === window.parent && event.data?.type === "infographic:ping") report(true);
});
