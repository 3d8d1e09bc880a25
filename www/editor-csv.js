// A pasted table → a spec. No DOM here.
//
// The table: first column = categories, every other column = one series. The first row is a header
// (series names; its first cell becomes x.label) unless every cell after the first is a number.
// Separators: a tab when the first line has one (a paste from a spreadsheet), else `;` when the
// first line has `;` but no `,` (then 1,5 is a decimal comma), else `,`. Fields may be quoted ("a, b", "say ""hi""", line breaks
// inside quotes). Numbers may carry thousands separators (1,234,567 or 1 234), a % sign (then the
// y unit is % when every number had one), a unicode minus; an empty cell, -, –, —, n/a, NA, .. or …
// is a gap (null). Anything else is reported with its row and column and nothing is converted.

/** Splits CSV/TSV text into rows of cells. */
export function parseTable(text) {
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstLine = text.split("\n", 1)[0];
  const sep = firstLine.includes("\t") ? "\t" : firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false; // inside quotes
  let wasQuoted = false; // this cell was quoted: keep its spaces
  let i = 0;
  const endCell = () => {
    row.push(wasQuoted ? cell : cell.trim());
    cell = "";
    wasQuoted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === "") {
      quoted = true;
      wasQuoted = true;
      cell = "";
    } else if (c === sep) endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
    i++;
  }
  if (cell !== "" || row.length) {
    endCell();
    rows.push(row);
  }
  // Blank lines (and lines of empty cells) carry nothing.
  return { sep, rows: rows.filter((r) => r.some((c) => c !== "")) };
}

const GAP = /^(|-|–|—|n\/?a|na|\.\.|…|null)$/i;

/** A cell → { value } (number or null) | { error }; `percent` says whether it had a % sign. */
export function parseNumber(raw, { decimalComma = false } = {}) {
  let s = raw.trim().replace(/[\u00a0\u202f\u2009]/g, " ");
  if (GAP.test(s)) return { value: null, percent: false };
  let percent = false;
  if (/[%％]$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^[\u2212\uFF0D]/, "-").replace(/^\+/, "");
  // In a table separated by semicolons a comma is a decimal comma: 1,5 or 1 234,5.
  if (decimalComma && /^-?\d{1,3}( \d{3})*,\d+$|^-?\d+,\d+$/.test(s)) s = s.replace(/ /g, "").replace(",", ".");
  // Thousands separators: 1,234,567.8 or 1 234 567.8 (groups of three only).
  else if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[, ]/g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { error: `"${raw}" is not a number` };
  const value = Number(s);
  if (!Number.isFinite(value)) return { error: `"${raw}" is not a finite number` };
  return { value, percent };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Converts pasted text into a spec object, or { errors: [...] } (row/column numbers are 1-based).
 * `keep` is the spec now in the editor (or null): its title and locale carry over.
 */
export function tableToSpec(text, { type = "line", keep = null } = {}) {
  const { rows, sep } = parseTable(text);
  const options = { decimalComma: sep === ";" };
  if (rows.length === 0) return { errors: ["the table is empty: paste rows with a category, then values"] };
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2) return { errors: ["need at least two columns: categories, then one column per series"] };
  const numeric = (c) => {
    const n = parseNumber(c, options);
    return !n.error && n.value !== null;
  };
  const hasHeader = rows[0].slice(1).some((c) => c !== "" && !numeric(c)) || rows[0].slice(1).every((c) => c === "");
  const header = hasHeader ? rows[0] : [];
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length === 0) return { errors: ["the table has a header row but no data rows"] };
  const zh = keep?.locale ? keep.locale !== "en" : CJK.test(text);
  const errors = [];
  let numbers = 0;
  let percents = 0;
  const series = [];
  for (let col = 1; col < width; col++) {
    const name = (header[col] || "").trim() || (zh ? `系列${col}` : `Series ${col}`);
    const values = body.map((r, k) => {
      const n = parseNumber(r[col] ?? "", options);
      if (n.error) {
        errors.push(`row ${k + (hasHeader ? 2 : 1)}, column ${col + 1}: ${n.error}`);
        return null;
      }
      if (n.value !== null) {
        numbers++;
        if (n.percent) percents++;
      }
      return n.value;
    });
    series.push({ name, values });
  }
  if (errors.length) return { errors };
  if (numbers === 0) return { errors: ["no numbers found: values go in the columns after the first"] };
  const chart = { type: type === "bar" ? "bar" : "line" };
  const x = { categories: body.map((r) => r[0] ?? "") };
  const xLabel = (header[0] || "").trim();
  if (xLabel) chart.x = { label: xLabel, ...x };
  else chart.x = x;
  if (percents === numbers) chart.y = { unit: "%" };
  chart.series = series;
  const spec = { version: 1 };
  const locale = keep?.locale === "en" || keep?.locale === "zh-CN" ? keep.locale : zh ? "zh-CN" : "en";
  spec.locale = locale;
  if (typeof keep?.title === "string" && keep.title.trim()) spec.title = keep.title;
  spec.charts = [chart];
  return { spec };
}

/**
 * Pretty JSON as a person would write it: arrays of plain values on one line, and any object or array
 * that fits in 88 columns on one line ({ "name": "A", "values": [1, 2] }); the rest indented by two.
 */
export function prettySpec(spec) {
  const WIDTH = 88;
  const flat = (v) => {
    if (Array.isArray(v)) return `[${v.map(flat).join(", ")}]`;
    if (v && typeof v === "object") {
      const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`);
      return parts.length ? `{ ${parts.join(", ")} }` : "{}";
    }
    return JSON.stringify(v);
  };
  const plain = (v) => v === null || typeof v !== "object";
  const format = (v, indent, lead) => {
    if (plain(v)) return JSON.stringify(v);
    const one = flat(v);
    if ((Array.isArray(v) && v.every(plain)) || indent.length + lead + one.length <= WIDTH) return one;
    const inner = indent + "  ";
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + format(x, inner, 0)).join(",\n")}\n${indent}]`;
    const rows = Object.entries(v).map(([k, x]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + format(x, inner, key.length);
    });
    return `{\n${rows.join(",\n")}\n${indent}}`;
  };
  return `${format(spec, "", 0)}\n`;
}
