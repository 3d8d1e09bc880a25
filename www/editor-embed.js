// Embed snippets and the download file name for a spec. No DOM here. (The pre-rendered
// <info-graphic> snippet comes from the wasm: `embedSnippet`, src/snippet.rs.)
//
// base: the URL of the directory that serves embed.js / embed.html / embed-parent.js (the editor's
// own directory), ending in "/".

/** Minified JSON of the spec text (which must be valid JSON). */
export function minify(text) {
  return JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, "")));
}

function attr(s) {
  return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The iframe with the spec in the URL fragment (encodeURIComponent of the minified JSON). */
export function iframeSnippet(base, text) {
  const spec = JSON.parse(text.replace(/^\uFEFF/, ""));
  const title = typeof spec.title === "string" && spec.title.trim() ? spec.title.trim() : spec.locale === "en" ? "Chart" : "图表";
  const src = `${base}embed.html#${encodeURIComponent(minify(text))}`;
  return (
    `<iframe src="${attr(src)}" style="width:100%;border:0" title="${attr(title)}"></iframe>\n` +
    `<script src="${attr(base)}embed-parent.js"></script>`
  );
}

/** The custom element loading a spec file (`name`, put beside the page that embeds it). */
export function fileSnippet(base, name) {
  return `<script type="module" src="${attr(base)}embed.js"></script>\n<info-graphic src="${attr(name)}"></info-graphic>`;
}

/** spec title → a file name: letters and digits of any script, other runs → "-", ".json". */
export function fileName(text) {
  let title = "";
  try {
    const spec = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (typeof spec.title === "string") title = spec.title;
  } catch {
    /* no title */
  }
  const stem = [...title.normalize("NFKC").replace(/[^\p{L}\p{N}_]+/gu, "-").replace(/^-+|-+$/g, "")].slice(0, 60).join("").replace(/-+$/, "");
  return `${stem || "spec"}.json`;
}
