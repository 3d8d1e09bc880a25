// large.html: mounts a large input and reports, in this browser, how long the call took, when the
// chart was drawn, and the longest gap between two animation frames meanwhile (a frame is ~16.7 ms;
// the sliding dot is moved by requestAnimationFrame, so a long task would visibly stop it).
import init, { mount } from "./pkg/infographic.js";

await init();
const host = document.getElementById("chart");
const log = document.getElementById("log");
const dot = document.getElementById("dot");

// The dot, and a record of when each frame's callback ran (a late frame's time stamp is backdated
// to its vsync, which would hide the delay).
let frames = [];
function tick(t) {
  frames.push(performance.now());
  if (frames.length > 600) frames = frames.slice(-300);
  const track = dot.parentElement.clientWidth - dot.clientWidth;
  dot.style.transform = `translateX(${((t / 4) % Math.max(1, track)).toFixed(1)}px)`;
  requestAnimationFrame(tick);
}
requestAnimationFrame(tick);

// A deterministic random walk (a small linear congruential generator), so every run draws the same.
function walk(n, seed = 1) {
  const y = new Float64Array(n);
  let state = seed >>> 0;
  let v = 100;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    v += state / 2 ** 32 - 0.5;
    y[i] = v;
  }
  return y;
}
// Walks stay positive for stacking: the absolute value, lifted.
const positive = (y) => y.map((v) => Math.abs(v - 100) + 10);

const CASES = {
  line1m: () => ({ title: "A random walk of 1,000,000 steps", chart: { type: "line", series: [{ name: "Walk", values: walk(1e6) }] } }),
  line2m: () => ({
    title: "Two random walks of 1,000,000 steps",
    chart: { type: "line", series: [{ name: "A", values: walk(1e6, 1) }, { name: "B", values: walk(1e6, 7) }] },
  }),
  area: () => ({
    title: "Two stacked bands of 500,000 values",
    chart: { type: "area", stacked: true, series: [{ name: "A", values: positive(walk(5e5, 3)) }, { name: "B", values: positive(walk(5e5, 5)) }] },
  }),
  bars: () => ({
    title: "Two stacked series of 200,000 bars",
    chart: { type: "bar", stacked: true, series: [{ name: "A", values: positive(walk(2e5, 11)) }, { name: "B", values: positive(walk(2e5, 13)) }] },
  }),
};

let chart = null;
async function run(name) {
  const { title, chart: one } = CASES[name]();
  const spec = {
    version: 1,
    locale: "en",
    title,
    subtitle: "Synthetic data generated in this page, not a measurement of anything.",
    charts: [one],
  };
  log.textContent = "Mounting…";
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  chart?.destroy();
  const t0 = performance.now();
  chart = mount(host, spec);
  const call = performance.now() - t0;
  await chart.ready(); // drawn (large data is rendered a task at a time)
  const drawn = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 600)); // let the description's tasks run too
  const seen = frames.filter((t) => t >= t0 - 20);
  let gap = 0;
  for (let i = 1; i < seen.length; i++) gap = Math.max(gap, seen[i] - seen[i - 1]);
  const errors = chart.errors();
  log.textContent = errors.length
    ? `Errors: ${errors.map((e) => e.message).join("; ")}`
    : `The call took ${call.toFixed(0)} ms; the chart was drawn ${drawn.toFixed(0)} ms after it began, ` +
      `in ${chart.stats().stagedTasks} tasks in all with its description; the longest gap between two frames ` +
      `meanwhile was ${gap.toFixed(0)} ms (a frame is about 17 ms).`;
  host.dataset.state = errors.length ? "invalid" : "ok";
}

for (const button of document.querySelectorAll("[data-case]")) {
  button.addEventListener("click", () => run(button.dataset.case));
}
run("line1m");
