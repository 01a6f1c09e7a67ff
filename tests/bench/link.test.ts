// The benchmark's link (tests/bench/link.mjs): every byte arrives intact and in order, never faster
// than the bandwidth and round trip allow, and parallel downloads share the bandwidth. Only lower
// bounds are checked: a busy machine can make the link slower, never faster.
import {randomBytes} from "node:crypto";
import {createServer, type Server} from "node:http";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {linkDirection, startLink} from "./link.mjs";

const BODY = randomBytes(500_000);
let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((_, res) => res.end(BODY));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as {port: number}).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const download = async (origin: string) => Buffer.from(await (await fetch(origin)).arrayBuffer());

describe("benchmark link", () => {
  it("delivers chunks in order, each after the ones before it and the one-way delay", async () => {
    const send = linkDirection(1000, 20); // 1000 bytes per second, 20 ms
    const arrivals: [number, number][] = [];
    const t0 = performance.now();
    await new Promise<void>((done) => {
      send(Buffer.alloc(100), () => arrivals.push([1, performance.now() - t0]));
      send(Buffer.alloc(50), () => (arrivals.push([2, performance.now() - t0]), done()));
    });
    expect(arrivals.map(([n]) => n)).toEqual([1, 2]);
    // 100 bytes take 100 ms, the next 50 another 50 ms; each then travels 20 ms.
    expect(arrivals[0][1]).toBeGreaterThanOrEqual(119);
    expect(arrivals[1][1]).toBeGreaterThanOrEqual(169);
  });

  it("keeps the order of chunks sent moments apart on a busy link, tiny ones behind large ones", async () => {
    const send = linkDirection(1e6, 5);
    const arrivals: number[] = [];
    await new Promise<void>((done) => {
      for (let i = 0; i < 200; ++i) {
        // A fraction of a millisecond apart, within one tick of Node's timer clock.
        for (const t = performance.now(); performance.now() - t < 0.2;);
        send(Buffer.alloc(i % 2 ? 1 : 1000), () => (arrivals.push(i), arrivals.length === 200 && done()));
      }
    });
    expect(arrivals).toEqual([...Array(200).keys()]);
  });

  it("passes every byte, no faster than the bandwidth and round trip, shared by parallel downloads", async () => {
    const link = await startLink(port, {mbps: 8, latency: 100}); // 1 MB/s, 100 ms
    try {
      let t0 = performance.now();
      expect((await download(link.origin)).equals(BODY)).toBe(true);
      // Handshake and request/response: two round trips, plus 0.5 MB at 1 MB/s.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(200 + 500 - 5);
      t0 = performance.now();
      const both = await Promise.all([download(link.origin), download(link.origin)]);
      expect(both.every((b) => b.equals(BODY))).toBe(true);
      // Two downloads share the megabyte per second: together at least a second.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(1000 - 5);
    } finally {
      await link.close();
    }
  });
});
