// A tiny static server for the benchmarks: www/ at /, the pinned peers (bench/node_modules) at /peers/.
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, "..");
export const WWW = path.join(REPO, "www");
export const PEERS = path.join(HERE, "node_modules");

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };

export function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const [root, rel] = url.pathname.startsWith("/peers/") ? [PEERS, url.pathname.slice(7)] : [WWW, url.pathname.slice(1)];
    const file = path.resolve(root, rel || "bench.html");
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-quic",
];
