// A 200 is not proof of a good file: maintenance pages, proxy login pages, Atom feeds where JSON was
// asked and cut-off JSON are refused before they reach the cache, and the error says what came back
// and what to do. A cache written before these checks is healed, not trusted.
import {existsSync} from "node:fs";
import {mkdir, readdir, writeFile} from "node:fs/promises";
import {createHash} from "node:crypto";
import {join} from "node:path";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import {checkContent} from "../../data-loaders/official/content.ts";
import {fetchCached, type FetchContext} from "../../data-loaders/official/fetch.ts";
import {temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let ctx: FetchContext;

const ROUTE = "/cbs/84799NED/DataProperties";
const cachedFiles = async () =>
  existsSync(ctx.cacheDir) ? (await readdir(ctx.cacheDir, {recursive: true})).filter((f) => f.includes(".")) : [];

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("content");
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});
beforeEach(async (test) => {
  ctx = {cacheDir: join(temp.dir, test.task.name.replace(/\W+/g, "-")), attempts: 3, backoffMs: 1, log: () => {}};
  publisher.faults.clear();
});

describe("content checks before caching", () => {
  it("an HTML maintenance page answered with 200 is refused at once, not cached, and the error says what to do", async () => {
    publisher.faults.set(ROUTE, {body: "maintenance-html"});
    const before = publisher.requests.length;
    const url = `${publisher.origin}${ROUTE}`;
    await expect(fetchCached({url, name: "84799NED/DataProperties.json"}, ctx)).rejects.toThrow(
      new RegExp(
        `Could not download ${url}: the server answered HTTP 200, but the body is an HTML page, not JSON ` +
          `\\(\\d+ bytes, content-type text/html; charset=utf-8, beginning "<!DOCTYPE html><html><head><title>Onderhoud.*` +
          `What to do: .*maintenance page or a proxy login page.*HTTPS_PROXY.*cache was left unchanged`,
      ),
    );
    expect(publisher.requests.length - before).toBe(1);
    expect(await cachedFiles()).toEqual([]);
  });

  it("an Atom feed where JSON was asked is refused with the $format=json hint", async () => {
    publisher.faults.set(ROUTE, {body: "atom"});
    const url = `${publisher.origin}${ROUTE}`;
    await expect(fetchCached({url, name: "84799NED/DataProperties.json"}, ctx)).rejects.toThrow(
      /the body is an XML \(Atom\) document, not JSON \(.*content-type application\/atom\+xml.*\$format=json/,
    );
    expect(await cachedFiles()).toEqual([]);
  });

  it("an HTML page where a CSV was expected is refused by its content-type", async () => {
    publisher.faults.set("/cbs/81960NED/export.csv", {body: "maintenance-html"});
    const url = `${publisher.origin}/cbs/81960NED/export.csv`;
    await expect(fetchCached({url, name: "81960NED.csv"}, ctx)).rejects.toThrow(/an HTML page, not a CSV file/);
    // The caller may also say what it expects, whatever the name.
    publisher.faults.set("/cbs/81960NED/export.csv", {body: "maintenance-html"});
    await expect(fetchCached({url, name: "export", expect: "csv"}, ctx)).rejects.toThrow(/not a CSV file/);
    expect(await cachedFiles()).toEqual([]);
  });

  it("a JSON body cut short (a complete HTTP response) is retried and never cached", async () => {
    const full = JSON.stringify({value: [{ID: 0, Key: "WijkenEnBuurten", Title: "Wijken en buurten"}]});
    publisher.files.set("/cbs/cut/DataProperties", full.slice(0, full.length - 5));
    const url = `${publisher.origin}/cbs/cut/DataProperties`;
    await expect(fetchCached({url, name: "cut/DataProperties.json"}, ctx)).rejects.toThrow(
      /not usable: the JSON is incomplete or invalid.*after 3 attempts/,
    );
    expect(await cachedFiles()).toEqual([]);
  });

  it("a cached HTML page left by an older version is not trusted: the file is downloaded again", async () => {
    const url = `${publisher.origin}${ROUTE}`;
    const html = "<!DOCTYPE html><title>Proxy login</title>";
    const path = join(ctx.cacheDir, "84799NED/DataProperties.json");
    await mkdir(join(ctx.cacheDir, "84799NED"), {recursive: true});
    await writeFile(path, html);
    const sha256 = createHash("sha256").update(html).digest("hex");
    await writeFile(`${path}.meta.json`, JSON.stringify({url, size: html.length, sha256, retrieved: "2020-01-01"}));
    const fetched = await fetchCached({url, name: "84799NED/DataProperties.json"}, ctx);
    expect(JSON.parse(new TextDecoder().decode(fetched.bytes))).toHaveProperty("value");
  });

  it("sniffs the body rather than trusting the content-type alone", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(() => checkContent(bytes('{"value": []}'), "json", "text/plain")).not.toThrow();
    expect(() => checkContent(bytes('\uFEFF  {"value": []}'), "json", null)).not.toThrow();
    expect(() => checkContent(bytes('"a";"b"\n1;2\n'), "csv", "application/octet-stream")).not.toThrow();
    expect(() => checkContent(bytes('{"odata.error": {}}'), "csv", "application/json")).toThrow(/JSON, not a CSV/);
    expect(() => checkContent(bytes("<html><body>login</body></html>"), "json", "application/json")).toThrow(
      /HTML page, not JSON/,
    );
    expect(() => checkContent(bytes("PK\u0003\u0004rest"), "json", null)).toThrow(/a zip archive, not JSON/);
    expect(() => checkContent(new Uint8Array([0, 1, 2, 3]), "zip", "application/zip")).toThrow(
      /binary data, not a zip archive \(4 bytes, content-type application\/zip\)/,
    );
  });
});
