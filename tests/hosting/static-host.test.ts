// The production host of `npm run preview` and the benchmark (scripts/static-host.mjs) and the
// build's precompression (scripts/precompress.mjs), on a small site in a temporary directory.
import {randomBytes} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {get} from "node:http";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {brotliDecompressSync, gunzipSync} from "node:zlib";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {acceptedEncodings, isImmutable, serveStatic} from "../../scripts/static-host.mjs";
import {precompress} from "../../scripts/precompress.mjs";

type Answer = {status: number; headers: Record<string, string | string[] | undefined>; body: Buffer};
const request = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) =>
    get(url, {headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
    }).on("error", reject),
  );

const WASM = "_node/@duckdb/duckdb-wasm@1.32.0/dist/duckdb-eh.wasm";
const HASHED_JS = "_import/lib/duckdb.e83ff2f6.js";
const site = mkdtempSync(join(tmpdir(), "lbm-host-"));
const write = (path: string, bytes: string | Buffer) => {
  mkdirSync(dirname(join(site, path)), {recursive: true});
  writeFileSync(join(site, path), bytes);
};
// Compressible stand-ins: repetitive text and "wasm"; random bytes stand for parquet.
const wasm = Buffer.from("\0asm".repeat(5000) + "duckdb ".repeat(3000));
const script = "export const answer = 42;\n".repeat(400);
const parquet = randomBytes(20_000);

let host: {origin: string; stats: {bytes: number}; close: () => Promise<void>};
beforeAll(async () => {
  write("index.html", `<!doctype html><title>Home</title>${"<p>tekst</p>".repeat(200)}`);
  write("methoden.html", `<!doctype html><title>Methoden</title>${"<p>uitleg</p>".repeat(200)}`);
  write(WASM, wasm);
  write(HASHED_JS, script);
  write("_file/data/lbm.5daef234.parquet", parquet);
  write("_file/favicon.dadfb422.svg", "<svg/>");
  await precompress(site);
  host = await serveStatic(site);
});
afterAll(() => host?.close());

describe("precompress", () => {
  it("writes brotli and gzip copies that decode to the file, and none where they do not pay", () => {
    expect(brotliDecompressSync(readFileSync(join(site, `${WASM}.br`)))).toEqual(wasm);
    expect(gunzipSync(readFileSync(join(site, `${HASHED_JS}.gz`))).toString()).toBe(script);
    expect(existsSync(join(site, "index.html.br"))).toBe(true);
    // Random bytes (like parquet) do not compress; a file under 1 kB is not worth it.
    expect(existsSync(join(site, "_file/data/lbm.5daef234.parquet.br"))).toBe(false);
    expect(existsSync(join(site, "_file/favicon.dadfb422.svg.gz"))).toBe(false);
  });
});

describe("static host", () => {
  it("chooses brotli, then gzip, then the file itself from Accept-Encoding", async () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("br;q=0, gzip;q=0.8")).toEqual(["gzip"]);
    expect(acceptedEncodings("*")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("")).toEqual([]);

    const br = await request(`${host.origin}/${WASM}`, {"accept-encoding": "gzip, deflate, br"});
    expect(br.headers["content-type"]).toBe("application/wasm");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(br.body)).toEqual(wasm);
    expect(br.body.length).toBeLessThan(wasm.length / 2);

    const gz = await request(`${host.origin}/${WASM}`, {"accept-encoding": "gzip"});
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body)).toEqual(wasm);

    const plain = await request(`${host.origin}/${WASM}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toEqual(wasm);
  });

  it("counts the bytes it sent as encoded on the wire", async () => {
    const before = host.stats.bytes;
    const answer = await request(`${host.origin}/${WASM}`, {"accept-encoding": "br"});
    expect(host.stats.bytes - before).toBe(answer.body.length);
  });

  it("marks content-hashed files immutable for a year and makes the rest revalidate", async () => {
    expect(isImmutable(`/${HASHED_JS}`)).toBe(true);
    expect(isImmutable(`/${WASM}`)).toBe(false);
    expect(isImmutable("/stijgers.12345678.html")).toBe(false);
    const hashed = await request(`${host.origin}/${HASHED_JS}`);
    expect(hashed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(hashed.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    const wasmAnswer = await request(`${host.origin}/${WASM}`);
    expect(wasmAnswer.headers["cache-control"]).toBe("no-cache");
  });

  it("serves clean URLs and answers a revalidation with 304 per representation", async () => {
    const page = await request(`${host.origin}/methoden`, {"accept-encoding": "br"});
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(brotliDecompressSync(page.body).toString()).toContain("<title>Methoden</title>");
    const etag = String(page.headers.etag);
    const again = await request(`${host.origin}/methoden`, {"accept-encoding": "br", "if-none-match": etag});
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip body is another representation: the brotli tag does not validate it.
    const gzip = await request(`${host.origin}/methoden`, {"accept-encoding": "gzip", "if-none-match": etag});
    expect(gzip.status).toBe(200);
    const since = await request(`${host.origin}/`, {"if-modified-since": String(page.headers["last-modified"])});
    expect(since.status).toBe(304);
  });

  it("never serves a file outside the site", async () => {
    expect((await request(`${host.origin}/../package.json`)).status).toBe(404);
    expect((await request(`${host.origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await request(`${host.origin}/nope`)).status).toBe(404);
  });
});
