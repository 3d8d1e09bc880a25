// A pasted table → a spec. No DOM here.
//
// The table: first column = categories, every other column = one series. The first row is a header
// (series names; its first cell becomes x.label) unless every cell after the first is a number.
// Separators: a tab when the first line has one (a paste from a spreadsheet), else `;` when the
// first line has `;` but no `,`, else `,`. Fields may be quoted ("a, b", "say ""hi""", line breaks
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
export function parseNumber(raw) {
  let s = raw.trim().replace(/[\u00a0\u202f\u2009]/g, " ");
  if (GAP.test(s)) return { value: null, percent: false };
  let percent = false;
  if (/[%％]$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^[\u2212\uFF0D]/, "-").replace(/^\+/, "");
  // Thousands separators: 1,234,567.8 or 1 234 567.8 (groups of three only).
  if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[, ]/g, "");
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
  const { rows } = parseTable(text);
  if (rows.length === 0) return { errors: ["the table is empty: paste rows with a category, then values"] };
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2) return { errors: ["need at least two columns: categories, then one column per series"] };
  const numeric = (c) => {
    const n = parseNumber(c);
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
      const n = parseNumber(r[col] ?? "");
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

/** Pretty JSON with short arrays of scalars on one line, as a person would write it. */
export function prettySpec(spec) {
  const text = JSON.stringify(spec, null, 2);
  // Collapse arrays that hold only numbers, strings without brackets, or null.
  return text.replace(/\[\n\s+((?:(?:-?[\d.eE+-]+|null|"(?:[^"\\\n]|\\.)*"),\n\s+)*(?:-?[\d.eE+-]+|null|"(?:[^"\\\n]|\\.)*"))\n\s+\]/g, (_, inner) =>
    `[${inner.split(/,\n\s+/).join(", ")}]`,
  );
}
