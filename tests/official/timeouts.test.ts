// Timeouts that fit: a server that accepts the connection and then says nothing fails after the
// idle timeout (set short here; tens of seconds by default) with a message naming the URL, and is
// not retried; a slow body that keeps coming completes however long the whole transfer takes.
import {createServer, type Server, type Socket} from "node:net";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fetchCached, timeoutsOf} from "../../data-loaders/official/fetch.ts";
import {DEFAULT_TIMEOUTS, timeoutsFromEnv} from "../../data-loaders/official/http.ts";
import {LBM_ZIP} from "./fixtures/index.ts";
import {temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let silent: Server;
let silentOrigin: string;
const accepted: Socket[] = [];
let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;

beforeAll(async () => {
  // Accepts every connection and never writes a byte.
  silent = createServer((socket) => void accepted.push(socket));
  await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
  silentOrigin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  publisher = await startPublisher();
  temp = await temporaryDir("timeouts");
});
afterAll(async () => {
  for (const socket of accepted) socket.destroy();
  await new Promise((done) => silent.close(done));
  await publisher.close();
  await temp.remove();
});

describe("connect and idle timeouts", () => {
  it("a socket that accepts and never answers fails after the idle timeout, naming the URL, without retries", async () => {
    const url = `${silentOrigin}/lbm/open-data-leefbaarometer-meting-2022.zip`;
    const before = accepted.length;
    const ctx = {cacheDir: join(temp.dir, "silent"), attempts: 4, backoffMs: 1, idleTimeoutMs: 300, log: () => {}};
    await expect(fetchCached({url, name: "lbm.zip"}, ctx)).rejects.toThrow(
      new RegExp(
        `^Could not download ${url}: the server accepted the connection but sent no answer within 0\\.3 s \\(LBM_IDLE_TIMEOUT\\)\\. The cache was left unchanged`,
      ),
    );
    expect(accepted.length - before).toBe(1);
  });

  it("takes the idle timeout from LBM_IDLE_TIMEOUT (seconds) in the environment", async () => {
    const url = `${silentOrigin}/pdok/buurt.json`;
    const ctx = {cacheDir: join(temp.dir, "env"), attempts: 1, env: {LBM_IDLE_TIMEOUT: "0.25"}, log: () => {}};
    await expect(fetchCached({url, name: "pdok-buurt.json"}, ctx)).rejects.toThrow(/no answer within 0\.25 s/);
  });

  it("a slow body that keeps coming completes, although the whole transfer takes longer than the idle timeout", async () => {
    const zip = publisher.files.get(LBM_ZIP) as Uint8Array;
    // 25 pieces 40 ms apart: about a second in all, never more than 40 ms of silence.
    publisher.faults.set(LBM_ZIP, {trickle: {bytes: Math.ceil(zip.length / 25), everyMs: 40}});
    const ctx = {cacheDir: join(temp.dir, "slow"), attempts: 1, idleTimeoutMs: 400, log: () => {}};
    const started = performance.now();
    const fetched = await fetchCached({url: `${publisher.origin}${LBM_ZIP}`, name: "lbm.zip"}, ctx);
    expect(performance.now() - started).toBeGreaterThan(400);
    expect(Buffer.from(fetched.bytes).equals(Buffer.from(zip))).toBe(true);
  });

  it("defaults to tens of seconds, so a dead server fails in under a minute; bad values are named", () => {
    expect(timeoutsFromEnv({})).toEqual(DEFAULT_TIMEOUTS);
    expect(DEFAULT_TIMEOUTS.connectMs).toBeGreaterThanOrEqual(10_000);
    expect(DEFAULT_TIMEOUTS.connectMs + DEFAULT_TIMEOUTS.idleMs).toBeLessThan(60_000);
    expect(timeoutsFromEnv({LBM_CONNECT_TIMEOUT: "5", LBM_IDLE_TIMEOUT: "90"})).toEqual({
      connectMs: 5000,
      idleMs: 90_000,
    });
    expect(() => timeoutsFromEnv({LBM_IDLE_TIMEOUT: "soon"})).toThrow(/LBM_IDLE_TIMEOUT="soon" is not a positive/);
    // The context overrides the environment (tests, callers with their own limits).
    expect(timeoutsOf({cacheDir: "", idleTimeoutMs: 10, env: {LBM_IDLE_TIMEOUT: "3"}})).toEqual({
      connectMs: DEFAULT_TIMEOUTS.connectMs,
      idleMs: 10,
    });
  });
});
