// Downloads: a cut connection, an HTTP error or a truncated zip never replaces a good cached copy,
// leaves no temporary files, and the error says which URL failed and how to supply it by hand.
import {existsSync} from "node:fs";
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import {fetchCached, type FetchContext} from "../../data-loaders/official/fetch.ts";
import {readLbm} from "../../data-loaders/official/lbm.ts";
import {LBM_ZIP} from "./fixtures/index.ts";
import {registryFor, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let ctx: FetchContext;
let logged: string[];

const snapshot = async (dir: string) => {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of (await readdir(dir, {recursive: true})).sort()) {
    const path = join(dir, name);
    out[name] =
      (await readdir(path)
        .then(() => "dir")
        .catch(() => null)) ?? (await readFile(path)).toString("base64");
  }
  return out;
};

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("fetch");
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});
beforeEach(async (test) => {
  logged = [];
  ctx = {
    cacheDir: join(temp.dir, test.task.name.replace(/\W+/g, "-")),
    attempts: 2,
    backoffMs: 1,
    log: (line) => logged.push(line),
  };
  publisher.faults.clear();
});

/** A good copy of the zip cached under the name the next, failing, edition will use. */
async function cacheGoodCopy() {
  publisher.files.set("/lbm/next-edition.zip", publisher.files.get(LBM_ZIP)!);
  await fetchCached({url: `${publisher.origin}${LBM_ZIP}`, name: "lbm.zip"}, ctx);
  return snapshot(ctx.cacheDir);
}

describe("fetch with cache", () => {
  it("writes the file with its size and sha256, and serves the second request from the cache", async () => {
    const url = `${publisher.origin}${LBM_ZIP}`;
    const first = await fetchCached({url, name: "lbm.zip"}, ctx);
    const meta = JSON.parse(await readFile(`${first.path}.meta.json`, "utf8"));
    expect(meta).toMatchObject({url, size: first.bytes.length, sha256: first.sha256});
    const requests = publisher.requests.length;
    await fetchCached({url, name: "lbm.zip"}, ctx);
    expect(publisher.requests.length).toBe(requests);
  });

  it("a connection cut mid-file leaves the cache unchanged and names the URL and the manual route", async () => {
    const before = await cacheGoodCopy();
    publisher.faults.set("/lbm/next-edition.zip", {cutAfter: 200});
    const url = `${publisher.origin}/lbm/next-edition.zip`;
    await expect(fetchCached({url, name: "lbm.zip"}, ctx)).rejects.toThrow(
      new RegExp(
        `Could not download ${url}: connection (closed|broken) after \\d+ (bytes )?of \\d+.*after 2 attempts.*cache was left unchanged.*save it as .*lbm\\.zip.*LBM_OFFLINE_DIR`,
      ),
    );
    expect(await snapshot(ctx.cacheDir)).toEqual(before);
  });

  it("HTTP 500 is retried with backoff, then fails without touching the cache", async () => {
    const before = await cacheGoodCopy();
    publisher.faults.set("/lbm/next-edition.zip", {status: 500});
    const url = `${publisher.origin}/lbm/next-edition.zip`;
    await expect(fetchCached({url, name: "lbm.zip"}, ctx)).rejects.toThrow(/HTTP 500.*after 2 attempts/);
    expect(logged.some((l) => /retrying in 1 ms/.test(l))).toBe(true);
    expect(await snapshot(ctx.cacheDir)).toEqual(before);
  });

  it("recovers when the server fails once", async () => {
    publisher.faults.set(LBM_ZIP, {status: 503, times: 1});
    const fetched = await fetchCached({url: `${publisher.origin}${LBM_ZIP}`, name: "lbm.zip"}, ctx);
    expect(fetched.bytes.length).toBeGreaterThan(100);
  });

  it("stores a gzip-compressed answer decompressed, without mistaking its length for a cut connection", async () => {
    const url = `${publisher.origin}/pdok/buurt.json`;
    const fetched = await fetchCached({url, name: "pdok-buurt.json"}, ctx);
    expect(new TextDecoder().decode(fetched.bytes)).toBe(publisher.files.get("/pdok/buurt.json"));
  });

  it("does not retry a 404 and says so", async () => {
    const url = `${publisher.origin}/lbm/missing.zip`;
    const before = publisher.requests.length;
    await expect(fetchCached({url, name: "missing.zip"}, ctx)).rejects.toThrow(/HTTP 404/);
    expect(publisher.requests.length - before).toBe(1);
  });

  it("a truncated zip (complete HTTP response) is refused before it reaches the cache", async () => {
    const zip = publisher.files.get(LBM_ZIP) as Uint8Array;
    publisher.files.set("/lbm/next-edition.zip", zip);
    publisher.files.set("/lbm/v2/next-edition.zip", zip.subarray(0, Math.floor(zip.length * 0.6)));
    const good = registryFor(publisher, {lbm: {url: "{lbm}/next-edition.zip"}});
    await readLbm(good.lbm, good.hosts, ctx);
    const before = await snapshot(ctx.cacheDir);
    expect(Object.keys(before)).toEqual(["next-edition.zip", "next-edition.zip.meta.json"]);
    // Same file name, new URL: the truncated download must not replace the good copy.
    const truncated = registryFor(publisher, {lbm: {url: "{lbm}/v2/next-edition.zip"}});
    await expect(readLbm(truncated.lbm, truncated.hosts, ctx)).rejects.toThrow(
      /v2\/next-edition\.zip: the downloaded file is not usable: not a complete zip archive.*cache was left unchanged/,
    );
    expect(await snapshot(ctx.cacheDir)).toEqual(before);
  });

  it("replaces a cached file whose hash no longer matches", async () => {
    const url = `${publisher.origin}${LBM_ZIP}`;
    const first = await fetchCached({url, name: "lbm.zip"}, ctx);
    await writeFile(first.path, "corrupted");
    const again = await fetchCached({url, name: "lbm.zip"}, ctx);
    expect(again.sha256).toBe(first.sha256);
  });

  it("shows progress on stderr for large files", async () => {
    publisher.files.set("/lbm/large.bin", new Uint8Array(1_500_000));
    await fetchCached({url: `${publisher.origin}/lbm/large.bin`, name: "large.bin"}, ctx);
    // Sent gzip-compressed, so only the received size is known, not the total.
    expect(logged.at(-2)).toMatch(/done .*large\.bin \[1\.5 MB\]/);
    expect(logged.at(-1)).toMatch(/^\[official\] downloaded large\.bin \(1\.5 MB\) from http:.*large\.bin$/);
  });

  it("offline mode reads the directory and never the network; a missing file names URL and expected path", async () => {
    const offline = join(temp.dir, "offline-empty");
    const url = `${publisher.origin}${LBM_ZIP}`;
    const before = publisher.requests.length;
    await expect(fetchCached({url, name: "lbm.zip"}, {...ctx, offlineDir: offline})).rejects.toThrow(
      new RegExp(
        `Could not download ${url}: offline mode \\(LBM_OFFLINE_DIR=${offline}\\).*save it as ${offline}/lbm\\.zip`,
      ),
    );
    expect(publisher.requests.length).toBe(before);
  });
});
