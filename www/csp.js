// www/csp.html: the default story under a strict Content-Security-Policy, counting violations.
//
// Loaded as a classic script in <head>, so the listener below exists before anything else on the page
// runs. For tests (tests/e2e/checks/50-csp.mjs): window.__csp = { violations: [{ directive, blocked,
// source, line, sample }], chart, ready, error }, and <html data-csp="ready|error">.
"use strict";
(() => {
  const state = (window.__csp = { violations: [], chart: null, ready: false, error: null });
  const status = () => {
    const el = document.getElementById("csp-status");
    if (!el) return;
    const n = state.violations.length;
    el.textContent = state.error
      ? `Failed: ${state.error}`
      : `${state.ready ? "Rendered" : "Loading"}; ${n} CSP violation${n === 1 ? "" : "s"}` +
        (n ? `: ${state.violations.map((v) => `${v.directive} (${v.blocked || v.sample})`).join(", ")}` : ".");
  };
  document.addEventListener("securitypolicyviolation", (e) => {
    state.violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
    status();
  });
  const start = async () => {
    try {
      const m = await import(new URL("pkg/infographic.js", document.baseURI).href);
      await m.default();
      state.chart = m.mount(document.getElementById("csp-widget"));
      state.ready = true;
      document.documentElement.dataset.csp = "ready";
    } catch (e) {
      state.error = String(e?.message ?? e);
      document.documentElement.dataset.csp = "error";
    }
    status();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
