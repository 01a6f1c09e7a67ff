// Serves a built site the way a well-configured static host does, on 127.0.0.1: Framework's clean
// URLs (/methoden → methoden.html), the precompressed .br/.gz files the build wrote next to each
// file (chosen from the browser's Accept-Encoding), the right Content-Type, a year-long immutable
// Cache-Control for content-hashed files and revalidation (ETag / Last-Modified → 304) for the
// rest. Used by `npm run preview` and by the benchmark, which reads the bytes it sent.
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer} from "node:http";
import {extname, join, normalize, resolve, sep} from "node:path";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".bin": "application/octet-stream",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
};

/** Framework's content-hashed output: a directory it writes and a name.<8 hex>.ext file name. */
export const isImmutable = (pathname) =>
  /^\/_(observablehq|npm|node|file|import)\//.test(pathname) && /\.[0-9a-f]{8}\.[a-z0-9]+$/i.test(pathname);

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** Encodings the client accepts (q > 0), in the host's order of preference. */
export function acceptedEncodings(header = "") {
  const accepted = new Map();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name) accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? (accepted.get("*") || 0)) > 0;
  return ["br", "gzip"].filter(ok);
}

const ENCODED = {br: ".br", gzip: ".gz"};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

async function findFile(root, pathname) {
  const base = normalize(join(root, pathname));
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates = pathname.endsWith("/")
    ? [join(base, "index.html")]
    : [base, `${base}.html`, join(base, "index.html")];
  for (const path of candidates) {
    const info = await fileAt(path);
    if (info) return {path, info};
  }
  return null;
}

/**
 * Starts the host on 127.0.0.1 (port 0: any free one). `stats.bytes` counts the body bytes sent,
 * as encoded on the wire, and `stats.active` the responses under way.
 * @param {string} dir
 * @param {{port?: number, compress?: boolean}} [options] compress: false serves every file as it is
 */
export async function serveStatic(dir = "dist", {port = 0, compress = true} = {}) {
  const root = resolve(dir);
  const stats = {bytes: 0, requests: 0, active: 0};
  const server = createServer(async (req, res) => {
    ++stats.requests;
    ++stats.active;
    res.on("close", () => --stats.active);
    try {
      await respond(root, req, res, stats, compress);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, {"content-type": "text/plain"});
      res.end(String(error));
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    stats,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}

async function respond(root, req, res, stats, compress) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, {allow: "GET, HEAD"}).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const found = await findFile(root, pathname);
  if (!found) {
    const notFound = await fileAt(join(root, "404.html"));
    res.writeHead(404, {"content-type": notFound ? TYPES[".html"] : "text/plain", "cache-control": REVALIDATE});
    if (notFound) createReadStream(join(root, "404.html")).pipe(res);
    else res.end("not found");
    return;
  }
  let {path, info} = found;
  const type = TYPES[extname(path)] ?? "application/octet-stream";
  const headers = {"content-type": type};
  let encoding = null;
  if (compress) {
    const variants = [];
    for (const name of ["br", "gzip"]) {
      const variant = await fileAt(path + ENCODED[name]);
      if (variant) variants.push({name, variant});
    }
    if (variants.length) headers.vary = "Accept-Encoding";
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const chosen = variants.find((v) => accepted.includes(v.name));
    if (chosen) {
      encoding = chosen.name;
      headers["content-encoding"] = encoding;
      path += ENCODED[encoding];
      info = chosen.variant;
    }
  }
  const urlPath = pathname.startsWith("/") ? pathname : `/${pathname}`;
  headers["cache-control"] = isImmutable(urlPath) ? IMMUTABLE : REVALIDATE;
  // One validator per representation, so that a cached gzip body is never revalidated as brotli.
  const tag = createHash("sha1").update(`${path}:${info.size}:${info.mtimeMs}`).digest("base64url").slice(0, 16);
  headers.etag = `"${tag}${encoding ? `-${encoding}` : ""}"`;
  headers["last-modified"] = info.mtime.toUTCString();
  const ifNoneMatch = req.headers["if-none-match"];
  const ifModifiedSince = req.headers["if-modified-since"];
  const fresh = ifNoneMatch
    ? ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === headers.etag)
    : ifModifiedSince && Math.floor(info.mtimeMs / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
  if (fresh) {
    delete headers["content-type"];
    res.writeHead(304, headers).end();
    return;
  }
  headers["content-length"] = info.size;
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on("data", (chunk) => (stats.bytes += chunk.length));
  stream.pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "3001"] = process.argv.slice(2);
  if (!(await fileAt(join(dir, "index.html")))) {
    console.error(`${dir}/index.html is missing: run "npm run build" first`);
    process.exit(1);
  }
  const {origin} = await serveStatic(dir, {port: Number(port)});
  console.log(`Serving ${dir}/ as a production host (brotli/gzip, cache headers) on ${origin}`);
}
