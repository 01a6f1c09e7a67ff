// A network link for the benchmark: a TCP proxy on 127.0.0.1 in front of the site's host that
// gives every byte the time a real link would. Each direction is one queue shared by all
// connections (so parallel downloads share the bandwidth, as on a real line): a chunk leaves
// when the bytes before it have, at `mbps`, and arrives half a round trip later. A new
// connection's first bytes wait one round trip more (the TCP handshake). Pages, their workers and
// the service worker all reach the site through it, whatever protocol they speak on top.
//
// Chromium's own network emulation (DevTools Network.emulateNetworkConditions) is not used: with a
// bandwidth limit, Chromium 156 at times finishes responses whose headers have arrived only 16, 32
// or 48 s later, all at once, which makes single loads meaningless.
import {connect, createServer} from "node:net";

/**
 * One direction of the link: `send(chunk, deliver)` calls deliver(chunk) when the chunk has
 * crossed. Chunks arrive in the order they were sent: one queue with one timer for its head
 * (a timer per chunk would not do: Node counts a timer's delay in whole milliseconds from the start of
 * the tick, so a chunk sent a little later with a slightly shorter delay can overtake the one before
 * it, which garbles the stream).
 * @param {number} bytesPerSecond
 * @param {number} delayMs one-way delay
 */
export function linkDirection(bytesPerSecond, delayMs) {
  let busyUntil = 0;
  /** @type {{due: number, deliver: () => void}[]} */
  const queue = [];
  let timer = null;
  const deliverDue = () => {
    timer = null;
    while (queue.length && queue[0].due <= performance.now()) queue.shift()?.deliver();
    if (queue.length) timer = setTimeout(deliverDue, queue[0].due - performance.now());
  };
  return (/** @type {Buffer | null} */ chunk, /** @type {() => void} */ deliver) => {
    const start = Math.max(performance.now(), busyUntil);
    busyUntil = start + ((chunk?.length ?? 0) / bytesPerSecond) * 1000;
    queue.push({due: busyUntil + delayMs, deliver});
    timer ??= setTimeout(deliverDue, queue[0].due - performance.now());
  };
}

/**
 * Starts a link to `target` (a port on 127.0.0.1) with `mbps` each way and `latency` ms round
 * trip. Returns {origin, port, close}; `scheme` is the target's ("https" passes TLS through).
 * @param {number} targetPort
 * @param {{mbps: number, latency: number}} profile
 */
export async function startLink(targetPort, {mbps, latency}, scheme = "http") {
  const bytesPerSecond = (mbps * 1e6) / 8;
  const down = linkDirection(bytesPerSecond, latency / 2);
  const up = linkDirection(bytesPerSecond, latency / 2);
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => (client.destroy(), upstream.destroy()));
    }
    // The handshake: the first bytes of a connection wait one round trip before they are sent.
    const opened = new Promise((resolve) => setTimeout(resolve, latency));
    const forward = (from, to, direction) => {
      from.on("data", (chunk) => direction(chunk, () => to.destroyed || to.write(chunk)));
      from.on("end", () => direction(null, () => to.destroyed || to.end()));
    };
    opened.then(() => {
      forward(client, upstream, up);
      forward(upstream, client, down);
    });
    client.pause();
    opened.then(() => client.resume());
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const {port} = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
