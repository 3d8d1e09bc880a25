// Where in the JSON text an error from validate() points: a small tokenising parser that records the
// offsets of every value and key, and a lookup by JSON path (`charts[1].series[0].values[3]`,
// `["foo bar"]`, `charts[2][""]`). No DOM here: www/editor.js and the e2e tests both use it.
//
// locate(text, error) → { start, end, line, column, how } — `start`/`end` are UTF-16 offsets for
// textarea.setSelectionRange, `line`/`column` are 1-based and count characters (code points), and
// `how` says which rule found the place:
//   "syntax"  the error is a syntax error: the message's own line/column (serde_json counts bytes in
//             the line; converted to characters here); one character is selected (none at the end);
//   "value"   the path leads to a value: the whole value is selected (a number, a string with its
//             quotes, an array or object from bracket to bracket);
//   "key"     unknown field / duplicate key: the key (with quotes) is selected — for the n-th
//             "duplicate key" error at one path, the (n+1)-th occurrence of that key;
//   "parent"  missing field (the last path step does not exist): the opening `{` of the object that
//             should hold it is selected;
//   "nearest" the path does not lead anywhere else: the deepest value it reaches;
//   "start"   nothing better (unparsable text without a position): the start of the text.

/** Splits a path as validate() writes it into steps: strings (keys) and numbers (indices). */
export function parsePath(path) {
  const steps = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === ".") {
      i++;
    } else if (c === "[") {
      if (path[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escapes.
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === "\\" ? 2 : 1;
        try {
          steps.push(JSON.parse(path.slice(i + 1, j + 1)));
        } catch {
          steps.push(path.slice(i + 2, j));
        }
        i = j + 2; // past `"]`
      } else {
        const j = path.indexOf("]", i);
        const end = j < 0 ? path.length : j;
        steps.push(Number(path.slice(i + 1, end)));
        i = end + 1;
      }
    } else {
      let j = i;
      while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
      steps.push(path.slice(i, j));
      i = j;
    }
  }
  return steps;
}

/**
 * Parses JSON text into a tree of nodes with offsets:
 *   { kind: "object", start, end, entries: [{ key, keyStart, keyEnd, value }] }
 *   { kind: "array", start, end, items: [node] }
 *   { kind: "string" | "number" | "literal", start, end }
 * Returns null when the text is not JSON (the caller then uses the syntax error's position).
 */
export function parseTree(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = () => {
    throw new SyntaxError(`unexpected at ${i}`);
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      i++;
    }
    if (i >= text.length) fail();
    i++;
    return { kind: "string", start, end: i, raw: text.slice(start, i) };
  };
  const value = (depth) => {
    if (depth > 200) fail();
    ws();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const entries = [];
      ws();
      if (text[i] === "}") {
        i++;
        return { kind: "object", start, end: i, entries };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = string();
        let key;
        try {
          key = JSON.parse(k.raw);
        } catch {
          fail();
        }
        ws();
        if (text[i] !== ":") fail();
        i++;
        const v = value(depth + 1);
        entries.push({ key, keyStart: k.start, keyEnd: k.end, value: v });
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return { kind: "object", start, end: i, entries };
        } else fail();
      }
    }
    if (c === "[") {
      i++;
      const items = [];
      ws();
      if (text[i] === "]") {
        i++;
        return { kind: "array", start, end: i, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return { kind: "array", start, end: i, items };
        } else fail();
      }
    }
    if (c === '"') return string();
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m) {
      i += m[0].length;
      return { kind: "number", start, end: i };
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind: "literal", start, end: i };
      }
    }
    fail();
  };
  try {
    // A byte-order mark is skipped by the widget too.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const root = value(0);
    ws();
    if (i !== text.length) fail();
    return root;
  } catch {
    return null;
  }
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  // An invisible byte-order mark does not count as a column.
  const column = [...before.slice(lineStart).replace(/^\uFEFF/, "")].length + 1;
  return { line, column };
}

/** UTF-16 offset of serde_json's (line, column): the column counts UTF-8 bytes, 1 = first byte. */
export function offsetOfLineByteColumn(text, line, byteColumn) {
  let offset = 0;
  if (text.charCodeAt(0) === 0xfeff) offset = 1; // serde_json never saw the BOM
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  let bytes = 0;
  const target = Math.max(1, byteColumn) - 1; // bytes before the place
  while (offset < text.length && text[offset] !== "\n" && bytes < target) {
    const cp = text.codePointAt(offset);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    offset += cp > 0xffff ? 2 : 1;
  }
  return offset;
}

const SYNTAX = /^invalid JSON at line (\d+), column (\d+)/;

/**
 * The place an error points at. `nth` is how many earlier errors had the same path and a
 * "duplicate key" message (0 for the first), so each duplicate gets its own occurrence.
 */
export function locate(text, error, { nth = 0, tree } = {}) {
  const done = (start, end, how) => ({ start, end, ...lineColumn(text, start), how });
  const syntax = SYNTAX.exec(error.message || "");
  if (syntax) {
    const at = offsetOfLineByteColumn(text, Number(syntax[1]), Number(syntax[2]));
    const next = text.codePointAt(at);
    const len = at >= text.length ? 0 : next > 0xffff ? 2 : 1;
    return done(at, at + len, "syntax");
  }
  const root = tree === undefined ? parseTree(text) : tree;
  if (!root) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return done(start, start, "start");
  }
  const steps = parsePath(error.path || "");
  const message = error.message || "";
  let node = root;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    const last = s === steps.length - 1;
    if (typeof step === "number") {
      if (node.kind !== "array" || step >= node.items.length) return done(node.start, node.end, "nearest");
      node = node.items[step];
      continue;
    }
    if (node.kind !== "object") return done(node.start, node.end, "nearest");
    const matches = node.entries.filter((e) => e.key === step);
    if (!matches.length) {
      // "missing required field": point at the object that should hold it.
      if (last) return done(node.start, node.start + 1, "parent");
      return done(node.start, node.end, "nearest");
    }
    if (last && /^duplicate key /.test(message)) {
      const e = matches[Math.min(nth + 1, matches.length - 1)];
      return done(e.keyStart, e.keyEnd, "key");
    }
    if (last && /^unknown field /.test(message)) {
      return done(matches[0].keyStart, matches[0].keyEnd, "key");
    }
    node = matches[0].value; // the decoder reads the first of duplicate keys
  }
  return done(node.start, node.end, "value");
}

/** Locates every error of one validate() result, numbering duplicate-key errors per path. */
export function locateAll(text, errors) {
  const tree = parseTree(text);
  const seen = new Map();
  return errors.map((error) => {
    let nth = 0;
    if (/^duplicate key /.test(error.message || "")) {
      nth = seen.get(error.path) || 0;
      seen.set(error.path, nth + 1);
    }
    return locate(text, error, { nth, tree });
  });
}
