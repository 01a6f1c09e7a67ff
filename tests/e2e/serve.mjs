// A static server for dist/ on 127.0.0.1, resolving Framework's clean URLs (/methoden → methoden.html).
import {createServer} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve} from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".parquet": "application/octet-stream",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
};

async function findFile(root, pathname) {
  const base = normalize(join(root, decodeURIComponent(pathname)));
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {}
  }
  return null;
}

export async function serve(dir = "dist", {port = 0} = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const {pathname} = new URL(req.url, "http://127.0.0.1");
    const file = await findFile(root, pathname);
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
    });
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {origin, close: () => new Promise((ok) => server.close(ok))};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {origin} = await serve(process.argv[2] ?? "dist", {port: Number(process.argv[3] ?? 0)});
  console.log(`Serving on ${origin}`);
}
