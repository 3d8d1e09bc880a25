// One benchmark case for one library per page load (bench/run.mjs opens a fresh page per run and
// alternates libraries). Every library gets the same data; "drawn" means the library's call has
// returned and the microtasks it queued have run: ours and Chart.js (animation off) paint inside the
// call, uPlot paints in a microtask after its constructor returns (`commit()` → `queueMicrotask`), so
// timing only the call would leave uPlot's drawing out.
const params = new URLSearchParams(location.search);
const LIB = params.get("lib");
const CASE = params.get("case");
const host = document.getElementById("host");
const WIDTH = 1400;
const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
// Lets the microtasks queued by a call run (FIFO: they were queued before this continuation; a few
// rounds cover a microtask that queues another, like uPlot's deferred hooks).
async function settled() {
  for (let i = 0; i < 4; i++) await null;
}

// ---- data shared by all libraries -------------------------------------------------------------
function line2Data(n = 100) {
  const x = Array.from({ length: n }, (_, i) => String(2000 + i));
  const a = x.map((_, i) => Math.round(100 + 40 * Math.sin(i / 7) + i));
  const b = x.map((_, i) => Math.round(80 + 30 * Math.cos(i / 5) + 0.5 * i));
  return { x, a, b };
}
function millionData(n = 1_000_000) {
  const y = new Float64Array(n);
  let v = 0;
  for (let i = 0; i < n; i++) {
    v += Math.sin(i * 12.9898) * 0.5; // deterministic wiggle
    y[i] = v + 20 * Math.sin(i / 20000);
  }
  return y;
}
// The default story's three xy charts (www/specs/pingyuan.json) with their titles, for the peers'
// "equivalent chart" (the third is the story's streaks, drawn as bars) and for our "first3" case.
const STORY = [
  { type: "bar", title: "两项增速", labels: ["地区生产总值", "工业投资"], values: [5.6, 31] },
  { type: "line", title: "工业投资指数", labels: ["2020", "2021", "2022", "2023", "2024"], values: [100, 131, 171.6, 224.8, 294.5] },
  { type: "bar", title: "生态优势连年保持", labels: ["空气质量优良率全市第一", "森林资源“三增长”"], values: [8, 5] },
];

// ---- adapters: mount / update / hover target / wasm memory --------------------------------------
async function loadScript(src) {
  await new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

async function adapter() {
  if (LIB === "infographic") {
    // Loaded as embed.js loads it: the wasm requested together with its JS glue.
    const response = fetch("./pkg/infographic_bg.wasm");
    const mod = await import("./pkg/infographic.js");
    const wasm = await mod.default({ module_or_path: response });
    const spec = (title, kind, categories, series) => ({
      version: 1,
      exports: false,
      charts: [{ type: kind, title, ...(categories ? { x: { categories } } : {}), series }],
    });
    const story3 = {
      version: 1,
      locale: "zh-CN",
      charts: STORY.map((c) => ({ type: c.type, title: c.title, x: { categories: c.labels }, series: [{ name: c.title, values: c.values }] })),
    };
    return {
      story: () => mod.mount(host),
      story3: () => mod.mount(host, story3),
      line2: (d) =>
        mod.mount(host, spec("Two series", "line", d.x, [{ name: "A", values: d.a }, { name: "B", values: d.b }])),
      million: (y) => mod.mount(host, spec("A million points", "line", null, [{ name: "y", values: y }])),
      // Large data is drawn in stages, a task each, so the page keeps painting (issue 7): wait for it.
      drawn: async (chart) => {
        while (chart.stats().renders === 0) await new Promise((r) => setTimeout(r, 0));
      },
      update: (chart, d) =>
        chart.update(spec("Two series", "line", d.x, [{ name: "A", values: d.a }, { name: "B", values: d.b }])),
      canvas: () => host.querySelector("canvas"),
      wasmBytes: () => wasm.memory.buffer.byteLength,
    };
  }
  if (LIB === "chartjs") {
    await loadScript("/peers/chart.js/dist/chart.umd.min.js");
    const Chart = window.Chart;
    const box = () => {
      const div = document.createElement("div");
      div.className = "peer";
      const canvas = document.createElement("canvas");
      div.append(canvas);
      host.append(div);
      return canvas;
    };
    const options = { animation: false, responsive: true, maintainAspectRatio: false, events: ["mousemove", "mouseout"] };
    const lineConfig = (d) => ({
      type: "line",
      data: { labels: d.x, datasets: [{ label: "A", data: d.a }, { label: "B", data: d.b }] },
      options: { ...options, interaction: { mode: "index", intersect: false } },
    });
    return {
      story: () =>
        STORY.map(
          (c) =>
            new Chart(box(), {
              type: c.type,
              data: { labels: c.labels, datasets: [{ data: c.values }] },
              options: { ...options, plugins: { title: { display: true, text: c.title } } },
            }),
        ),
      line2: (d) => new Chart(box(), lineConfig(d)),
      // Chart.js needs {x, y} points (its "data preparation", measured separately) and its
      // decimation plugin (min-max) to draw a million points at all.
      prepare: (y) => Array.from(y, (v, i) => ({ x: i, y: v })),
      million: (points) =>
        new Chart(box(), {
          type: "line",
          data: { datasets: [{ data: points, pointRadius: 0, borderWidth: 1 }] },
          options: {
            ...options,
            parsing: false,
            normalized: true,
            scales: { x: { type: "linear" } },
            plugins: { decimation: { enabled: true, algorithm: "min-max" } },
          },
        }),
      update: (chart, d) => {
        chart.data.labels = d.x;
        chart.data.datasets[0].data = d.a;
        chart.data.datasets[1].data = d.b;
        chart.update();
      },
      canvas: () => host.querySelector("canvas"),
      wasmBytes: () => 0,
    };
  }
  if (LIB === "uplot") {
    await loadScript("/peers/uplot/dist/uPlot.iife.min.js");
    const uPlot = window.uPlot;
    const opts = (title, n) => ({
      title,
      width: WIDTH,
      height: 400,
      series: [{}, ...Array.from({ length: n }, (_, i) => ({ label: "ABC"[i], stroke: ["#0072b2", "#e69f00"][i % 2] }))],
    });
    const xs = (n) => Float64Array.from({ length: n }, (_, i) => i);
    return {
      story: () =>
        STORY.map((c) => {
          const o = opts(c.title, 1);
          if (c.type === "bar") o.series[1].paths = uPlot.paths.bars({ size: [0.6] });
          o.axes = [{ values: (u, ticks) => ticks.map((t) => c.labels[t] ?? "") }, {}];
          return new uPlot(o, [xs(c.labels.length), c.values], host);
        }),
      line2: (d) => new uPlot(opts("Two series", 2), [xs(d.x.length), d.a, d.b], host),
      million: (y) => new uPlot(opts("A million points", 1), [xs(y.length), y], host),
      update: (u, d) => u.setData([xs(d.x.length), d.a, d.b]),
      canvas: () => host.querySelector(".u-over") || host.querySelector("canvas"),
      wasmBytes: () => 0,
    };
  }
  throw new Error(`unknown lib ${LIB}`);
}

// ---- cases ---------------------------------------------------------------------------------------
async function hoverTimes(lib, count) {
  const target = lib.canvas();
  const r = target.getBoundingClientRect();
  const times = [];
  for (let k = 0; k < count; k++) {
    const x = r.left + 80 + ((k * 37) % Math.max(1, r.width - 160));
    const y = r.top + r.height / 2;
    const t0 = performance.now();
    target.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, bubbles: true, pointerType: "mouse" }));
    target.dispatchEvent(new MouseEvent("mousemove", { clientX: x, clientY: y, bubbles: true }));
    await raf();
    times.push(performance.now() - t0);
  }
  return times;
}

function heap() {
  if (window.gc) window.gc();
  return performance.memory ? performance.memory.usedJSHeapSize : 0;
}

async function run() {
  const t0 = performance.now();
  const lib = await adapter();
  const loaded = performance.now();
  const out = { lib: LIB, case: CASE, startMs: t0, loadMs: loaded - t0 };
  if (CASE === "first" || CASE === "first3") {
    // "first3": ours draws only the story's three xy charts, as the peers do in both cases.
    performance.mark("callStart");
    (CASE === "first3" && lib.story3 ? lib.story3 : lib.story)();
    await settled();
    performance.mark("callEnd");
    out.ms = performance.now(); // from navigation start (performance.timeOrigin)
    out.callMs = out.ms - loaded;
    // The frame that shows it: rAF callbacks run before that frame's style, layout and paint; a
    // task posted from one runs after them (what a library left to the browser is counted too).
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.paintedMs = performance.now();
  } else if (CASE === "line2") {
    const d = line2Data();
    const s = performance.now();
    performance.mark("callStart");
    lib.line2(d);
    await settled();
    performance.mark("callEnd");
    out.ms = performance.now() - s;
  } else if (CASE === "million") {
    const y = millionData();
    let data = y;
    if (lib.prepare) {
      const p = performance.now();
      data = lib.prepare(y);
      out.prepareMs = performance.now() - p;
    }
    const s = performance.now();
    const chart = lib.million(data);
    await settled();
    out.callMs = performance.now() - s;
    if (lib.drawn) await lib.drawn(chart);
    out.ms = performance.now() - s;
    // How long the page could not respond: the call plus the frame that shows it.
    await raf();
    out.toFrameMs = performance.now() - s;
  } else if (CASE === "hover") {
    lib.line2(line2Data());
    await raf();
    await hoverTimes(lib, 50); // warm-up
    const times = (await hoverTimes(lib, 300)).sort((a, b) => a - b);
    out.ms = times[Math.floor(times.length * 0.95)];
    out.median = times[Math.floor(times.length / 2)];
  } else if (CASE === "memory") {
    const chart = lib.line2(line2Data());
    const variants = [line2Data(100), line2Data(120)];
    for (let i = 0; i < 20; i++) lib.update(chart, variants[i % 2]);
    await hoverTimes(lib, 100);
    const base = { wasm: lib.wasmBytes(), heap: heap() };
    const target = lib.canvas();
    const r = target.getBoundingClientRect();
    for (let k = 0; k < 10_000; k++) {
      const x = r.left + 80 + ((k * 37) % Math.max(1, r.width - 160));
      const init = { clientX: x, clientY: r.top + r.height / 2, bubbles: true, pointerType: "mouse" };
      target.dispatchEvent(new PointerEvent("pointermove", init));
      target.dispatchEvent(new MouseEvent("mousemove", init));
      if (k % 500 === 0) await raf();
    }
    for (let i = 0; i < 1_000; i++) lib.update(chart, variants[i % 2]);
    await raf();
    const after = { wasm: lib.wasmBytes(), heap: heap() };
    out.base = base;
    out.after = after;
    out.ms = (after.wasm + after.heap) / Math.max(1, base.wasm + base.heap); // a ratio, named ms for the table code
  }
  if (LIB === "infographic" && host.querySelector("[role=alert]:not([hidden])")?.textContent) {
    out.error = host.querySelector("[role=alert]").textContent;
  }
  window.benchResult = out;
}

run().catch((e) => {
  window.benchResult = { lib: LIB, case: CASE, error: String(e && e.stack || e) };
});
