// Puts a generated snippet into a page between its markers, in place of what stood there:
//   node scripts/splice-snippet.mjs PAGE.html SNIPPET.html NAME
// The page holds `<!-- snippet NAME: … -->` and `<!-- end of snippet NAME -->` (the lines
// between them are generated: never edit them by hand). tests/snippet.rs fails when they are stale.
import { readFileSync, writeFileSync } from "node:fs";

const [page, snippetFile, name] = process.argv.slice(2);
if (!page || !snippetFile || !name) {
  console.error("usage: node scripts/splice-snippet.mjs PAGE.html SNIPPET.html NAME");
  process.exit(2);
}
const html = readFileSync(page, "utf8");
const begin = html.match(new RegExp(`<!-- snippet ${name}:[^\\n]*-->\\n`));
const end = html.indexOf(`<!-- end of snippet ${name} -->`);
if (!begin || end < begin.index) {
  console.error(`${page}: no <!-- snippet ${name}: … --> … <!-- end of snippet ${name} --> markers`);
  process.exit(1);
}
const from = begin.index + begin[0].length;
const updated = html.slice(0, from) + readFileSync(snippetFile, "utf8") + html.slice(end);
if (updated !== html) writeFileSync(page, updated);
