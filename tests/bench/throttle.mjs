// Network emulation for the benchmark through the DevTools protocol, on every target the browser
// starts: pages, their dedicated workers (DuckDB downloads its wasm inside one) and service
// workers. Playwright's own CDP sessions cannot address a worker, so the browser is launched with
// a loopback debugging port and this module keeps a second, raw connection to it, auto-attached
// (flattened) to every target, which pauses on start until its conditions are set.
import {createServer} from "node:net";
import {chromium} from "playwright-core";
import {WebSocket} from "undici";
import {ARGS, CHROMIUM} from "../e2e/browser.mjs";

/** Link profiles: bandwidth in megabits per second (both directions), round-trip latency in ms. */
export const PROFILES = {
  "50mbps": {label: "50 Mbps / 30 ms", mbps: 50, latency: 30},
  "15mbps": {label: "15 Mbps / 60 ms", mbps: 15, latency: 60},
  // No throttling: what the machine itself takes (CPU), to read the other lines against.
  local: {label: "unthrottled", mbps: 0, latency: 0},
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });

/** Chromium driven by Playwright plus a raw CDP connection that throttles every target. */
export async function launchThrottled() {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Nothing but loopback resolves, so no request can leave the machine (the HTTP cache stays on:
    // Playwright's request routing would switch it off, and the return visit needs it).
    args: [
      ...ARGS,
      `--remote-debugging-port=${port}`,
      "--remote-debugging-address=127.0.0.1",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const {webSocketDebuggerUrl} = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const cdp = await connect(webSocketDebuggerUrl);
  let conditions = null;
  const sessions = new Set();
  const emulate = (sessionId) =>
    cdp
      .send(
        "Network.emulateNetworkConditions",
        conditions ?? {offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1},
        sessionId,
      )
      .catch(() => {});
  cdp.on("Target.attachedToTarget", async ({sessionId, targetInfo, waitingForDebugger}) => {
    sessions.add(sessionId);
    // Children of this target (a page's dedicated workers) are attached and paused in turn.
    await cdp
      .send("Target.setAutoAttach", {autoAttach: true, waitForDebuggerOnStart: true, flatten: true}, sessionId)
      .catch(() => {});
    if (["page", "worker", "service_worker", "shared_worker", "iframe"].includes(targetInfo.type)) {
      await cdp.send("Network.enable", {}, sessionId).catch(() => {});
      await emulate(sessionId);
    }
    if (waitingForDebugger) await cdp.send("Runtime.runIfWaitingForDebugger", {}, sessionId).catch(() => {});
  });
  cdp.on("Target.detachedFromTarget", ({sessionId}) => sessions.delete(sessionId));
  await cdp.send("Target.setAutoAttach", {autoAttach: true, waitForDebuggerOnStart: true, flatten: true});
  return {
    browser,
    /** Sets the link for every current and future target; null removes any throttling. */
    async setProfile(profile) {
      conditions = profile?.mbps
        ? {
            offline: false,
            latency: profile.latency,
            downloadThroughput: (profile.mbps * 1e6) / 8,
            uploadThroughput: (profile.mbps * 1e6) / 8,
          }
        : null;
      await Promise.all([...sessions].map(emulate));
    },
    async close() {
      cdp.close();
      await browser.close();
    },
  };
}

/** A minimal CDP client over one WebSocket with flattened sessions. */
async function connect(url) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, {once: true});
    socket.addEventListener("error", reject, {once: true});
  });
  let nextId = 0;
  const pending = new Map();
  const listeners = new Map();
  socket.addEventListener("message", ({data}) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined) {
      const {resolve, reject} = pending.get(message.id) ?? {};
      pending.delete(message.id);
      if (message.error) reject?.(new Error(`${message.error.message} (${message.error.code})`));
      else resolve?.(message.result);
    } else for (const listener of listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      socket.send(JSON.stringify({id, method, params, ...(sessionId ? {sessionId} : {})}));
      return new Promise((resolve, reject) => pending.set(id, {resolve, reject}));
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => socket.close(),
  };
}
