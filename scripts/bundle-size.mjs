// The bundle a reader downloads (www/pkg: the wasm and its JS glue), raw, gzip -9 and brotli -q 11,
// against the byte budget in scripts/bundle-budget.json. Bytes are deterministic for a given
// toolchain, so unlike a timing this is a legitimate check: scripts/build (and so CI) fails when the
// bundle grows past the budget, and prints every part's size when it does.
//   node scripts/bundle-size.mjs [www/pkg]     exit 1 when over budget
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(process.argv[2] ?? path.join(HERE, "..", "www", "pkg"));
const budget = JSON.parse(readFileSync(path.join(HERE, "bundle-budget.json"), "utf8"));

const sizes = (file) => {
  const bytes = readFileSync(path.join(pkg, file));
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
};

const parts = budget.parts.map(sizes);
const total = parts.reduce((t, p) => ({ raw: t.raw + p.raw, gzip: t.gzip + p.gzip, brotli: t.brotli + p.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const row = (name, s) =>
  `    ${name.padEnd(24)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`;
console.log(`    ${"file".padEnd(24)} ${"raw".padStart(9)} ${"gzip -9".padStart(9)} ${"brotli 11".padStart(9)}`);
for (const p of parts) console.log(row(p.file, p));
console.log(row("total", total));
console.log(row("budget", { raw: "-", gzip: budget.gzip, brotli: budget.brotli }));

const over = [];
if (total.gzip > budget.gzip) over.push(`gzip ${total.gzip} > ${budget.gzip}`);
if (total.brotli > budget.brotli) over.push(`brotli ${total.brotli} > ${budget.brotli}`);
if (over.length) {
  console.error(`ERROR: the bundle is over its budget (${over.join(", ")} bytes): see the parts above; ` +
    "find what grew with `twiggy top` on the release wasm, or raise scripts/bundle-budget.json deliberately.");
  process.exit(1);
}
