/**
 * Downloads into a cache: each file goes to a temporary name, is checked, then renamed into place
 * with a `.meta.json` (URL, size, sha256, retrieval time) beside it, so a cut connection, an HTTP
 * error or a corrupt file never replaces a good cached copy. LBM_OFFLINE_DIR replaces the network
 * by a directory of files downloaded by hand, under the same relative names.
 */
import {createHash, randomBytes} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, open, readFile, rename, rm, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {DownloadError} from "./errors.ts";

export interface FetchContext {
  cacheDir: string;
  offlineDir?: string;
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  log?: (text: string) => void;
}

export interface FetchRequest {
  url: string;
  /** Relative path in the cache and in the offline directory, e.g. "84799NED/DataProperties.json". */
  name: string;
  /** Throws when the bytes are not usable (e.g. a truncated zip); runs before the cache is touched. */
  validate?: (bytes: Uint8Array) => void;
}

export interface Fetched {
  url: string;
  name: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  retrieved: string;
  offline: boolean;
}

interface Meta {
  url: string;
  size: number;
  sha256: string;
  retrieved: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class Retryable extends Error {}

async function writeAtomically(path: string, content: string | Uint8Array) {
  const temporary = `${path}.part-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } finally {
    await rm(temporary, {force: true});
  }
}

async function readCached(path: string, url: string): Promise<{bytes: Uint8Array; meta: Meta} | null> {
  if (!existsSync(path) || !existsSync(`${path}.meta.json`)) return null;
  try {
    const meta = JSON.parse(await readFile(`${path}.meta.json`, "utf8")) as Meta;
    const bytes = new Uint8Array(await readFile(path));
    if (meta.url !== url || meta.size !== bytes.length || meta.sha256 !== sha256(bytes)) return null;
    return {bytes, meta};
  } catch {
    return null;
  }
}

function progress(log: (text: string) => void, url: string) {
  let last = 0;
  return (received: number, total: number | null, done = false) => {
    const now = Date.now();
    if (!done && now - last < 1000) return;
    last = now;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    const bar = total
      ? `${"#".repeat(Math.round((20 * received) / total)).padEnd(20, ".")} ${mb(received)}/${mb(total)} MB`
      : `${mb(received)} MB`;
    log(`[official] ${done ? "done" : "downloading"} ${url} [${bar}]`);
  };
}

/** One attempt: the whole body into memory while hashing, with its length checked against the header. */
async function download(url: string, ctx: FetchContext): Promise<Uint8Array> {
  let response: Response;
  try {
    // The whole transfer must finish within the timeout: generous, as the LBM zips are large.
    response = await fetch(url, {signal: AbortSignal.timeout(ctx.timeoutMs ?? 30 * 60_000)});
  } catch (error) {
    throw new Retryable(`no connection (${describe(error)})`);
  }
  if (response.status >= 500 || response.status === 429)
    throw new Retryable(`HTTP ${response.status} ${response.statusText}`);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  const header = response.headers.get("content-length");
  const total = header === null ? null : Number(header);
  const report = total !== null && total > 1e6 ? progress(ctx.log ?? (() => {}), url) : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      received += chunk.length;
      report?.(received, total);
    }
  } catch (error) {
    throw new Retryable(
      `connection broken after ${received} bytes${total === null ? "" : ` of ${total}`} (${describe(error)})`,
    );
  }
  if (total !== null && received !== total)
    throw new Retryable(`connection closed after ${received} of ${total} bytes`);
  report?.(received, total, true);
  return Buffer.concat(chunks);
}

const describe = (error: unknown) => {
  const e = error as Error & {cause?: Error};
  return [e.message, e.cause?.message].filter(Boolean).join(": ");
};

function manualPath(ctx: FetchContext, name: string) {
  return join(ctx.offlineDir ?? "<directory of your choice>", name);
}

export async function fetchCached(request: FetchRequest, ctx: FetchContext): Promise<Fetched> {
  const {url, name} = request;
  if (ctx.offlineDir) {
    const path = join(ctx.offlineDir, name);
    if (!existsSync(path)) {
      throw new DownloadError(
        url,
        `offline mode (LBM_OFFLINE_DIR=${ctx.offlineDir}) and the file ${path} does not exist`,
        path,
      );
    }
    const bytes = new Uint8Array(await readFile(path));
    try {
      request.validate?.(bytes);
    } catch (error) {
      throw new Error(`${path} (the offline copy of ${url}) is not usable: ${(error as Error).message}`);
    }
    return {url, name, path, bytes, sha256: sha256(bytes), retrieved: new Date().toISOString(), offline: true};
  }

  const path = join(ctx.cacheDir, name);
  const cached = await readCached(path, url);
  if (cached)
    return {
      url,
      name,
      path,
      bytes: cached.bytes,
      sha256: cached.meta.sha256,
      retrieved: cached.meta.retrieved,
      offline: false,
    };

  const attempts = ctx.attempts ?? 4;
  let reason = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      const wait = (ctx.backoffMs ?? 1000) * 2 ** (attempt - 1);
      ctx.log?.(`[official] ${url}: ${reason}; retrying in ${wait} ms (attempt ${attempt + 1} of ${attempts})`);
      await sleep(wait);
    }
    let bytes: Uint8Array;
    try {
      bytes = await download(url, ctx);
    } catch (error) {
      reason = (error as Error).message;
      if (error instanceof Retryable) continue;
      throw new DownloadError(url, reason, manualPath(ctx, name));
    }
    try {
      request.validate?.(bytes);
    } catch (error) {
      reason = `the downloaded file is not usable: ${(error as Error).message}`;
      continue;
    }
    const meta: Meta = {url, size: bytes.length, sha256: sha256(bytes), retrieved: new Date().toISOString()};
    await mkdir(dirname(path), {recursive: true});
    await writeAtomically(path, bytes);
    await writeAtomically(`${path}.meta.json`, JSON.stringify(meta, null, 1));
    return {url, name, path, bytes, sha256: meta.sha256, retrieved: meta.retrieved, offline: false};
  }
  throw new DownloadError(url, `${reason} (after ${attempts} attempts)`, manualPath(ctx, name));
}

/** Reads a fetched file's text, without a byte-order mark. */
export const textOf = (fetched: Fetched) => new TextDecoder("utf-8").decode(fetched.bytes).replace(/^\uFEFF/, "");
