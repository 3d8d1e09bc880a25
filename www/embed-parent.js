// The parent-page side of the iframe embed (embed.html): sets each embed iframe's height to the height
// its page reports, so the chart is never cut off and never scrolls. Load it once per page, anywhere:
//
//     <script src="https://example.org/infographic/embed-parent.js" async></script>
//
// A message counts only when it comes from one of this page's iframes (event.source) and from that
// iframe's own origin; the height is then set on that iframe alone. Works for any number of iframes,
// added before or after this script (it asks the ones already loaded to report again).
(function () {
  if (window.__infographicParent) return;
  window.__infographicParent = true;
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "infographic:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && originOf(frames[i]) === event.origin) {
        frames[i].style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });
  // Iframes that reported before this script ran: ask them again.
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    var origin = originOf(frames[i]);
    if (frames[i].contentWindow && origin && origin !== "null" && /embed\.html/.test(frames[i].src)) {
      frames[i].contentWindow.postMessage({ type: "infographic:ping" }, origin);
    }
  }
})();
