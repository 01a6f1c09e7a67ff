/**
 * The HTTP client of the official path: undici's fetch with a dispatcher that honours
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lowercase forms), and that gives up on a silent
 * connection after a connect timeout and an idle timeout (no byte for that long) instead of
 * bounding the whole transfer, so a dead server fails fast while a slow, large zip still completes.
 */
import {Agent, EnvHttpProxyAgent, fetch, type Dispatcher, type Response} from "undici";

export interface Timeouts {
  connectMs: number;
  idleMs: number;
}

export const TIMEOUT_VARIABLES = {connectMs: "LBM_CONNECT_TIMEOUT", idleMs: "LBM_IDLE_TIMEOUT"} as const;
export const DEFAULT_TIMEOUTS: Timeouts = {connectMs: 20_000, idleMs: 30_000};

/** Reads LBM_CONNECT_TIMEOUT and LBM_IDLE_TIMEOUT (seconds) over the defaults. */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): Timeouts {
  const out = {...DEFAULT_TIMEOUTS};
  for (const [field, variable] of Object.entries(TIMEOUT_VARIABLES) as [keyof Timeouts, string][]) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new Error(`${variable}=${JSON.stringify(raw)} is not a positive number of seconds`);
    out[field] = seconds * 1000;
  }
  return out;
}

const proxySettings = (env: NodeJS.ProcessEnv) => ({
  httpProxy: env.http_proxy || env.HTTP_PROXY || undefined,
  httpsProxy: env.https_proxy || env.HTTPS_PROXY || undefined,
  noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
});

/** The proxy a request to `url` goes through, or null; for messages. */
export function proxyFor(url: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const settings = proxySettings(env);
  const proxy = url.startsWith("https:") ? (settings.httpsProxy ?? settings.httpProxy) : settings.httpProxy;
  return proxy ? proxy.replace(/\/\/[^@/]*@/, "//") : null;
}

const dispatchers = new Map<string, Dispatcher>();

/** One dispatcher per combination of timeouts and proxy settings, shared by all downloads. */
export function dispatcherFor(timeouts: Timeouts, env: NodeJS.ProcessEnv = process.env): Dispatcher {
  const proxy = proxySettings(env);
  const key = JSON.stringify([timeouts, proxy]);
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const options = {
      connectTimeout: timeouts.connectMs,
      headersTimeout: timeouts.idleMs,
      bodyTimeout: timeouts.idleMs,
      // Through a proxy, undici connects with these connectors instead of `connectTimeout`.
      proxyTls: {timeout: timeouts.connectMs},
      requestTls: {timeout: timeouts.connectMs},
    };
    // Only proxy users pay for the agent that reads the variables (it prints an "experimental" note once).
    dispatcher =
      proxy.httpProxy || proxy.httpsProxy ? new EnvHttpProxyAgent({...options, ...proxy}) : new Agent(options);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

export function httpGet(url: string, timeouts: Timeouts, env: NodeJS.ProcessEnv = process.env): Promise<Response> {
  return fetch(url, {dispatcher: dispatcherFor(timeouts, env)});
}

/** An error and its causes (fetch wraps the real one in `cause`). */
function chainOf(error: unknown): {message?: string; code?: string}[] {
  const chain: {message?: string; code?: string; cause?: unknown}[] = [];
  for (let e = error as (typeof chain)[number] | undefined; e && chain.length < 5; e = e.cause as typeof e)
    chain.push(e);
  return chain;
}

/** An error and its causes, as one line: "fetch failed: connect ECONNREFUSED 127.0.0.1:9". */
export function messagesOf(error: unknown): string {
  const messages = [...new Set(chainOf(error).map((e) => e.message))].filter(Boolean);
  return messages.join(": ") || String(error);
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** Why a request failed, in words, and whether trying again can help. */
export function networkFailure(
  error: unknown,
  url: string,
  timeouts: Timeouts,
  env: NodeJS.ProcessEnv = process.env,
): {reason: string; retry: boolean} {
  const chain = chainOf(error);
  const code = chain.map((e) => e.code).find(Boolean) ?? "";
  const detail = chain.map((e) => e.message).at(-1) ?? String(error);
  const proxy = proxyFor(url, env);
  const via = proxy ? ` via the proxy ${proxy}` : "";
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return {
        reason: `no connection${via} within ${seconds(timeouts.connectMs)} (${TIMEOUT_VARIABLES.connectMs})`,
        retry: false,
      };
    case "UND_ERR_HEADERS_TIMEOUT":
      return {
        reason: `the server accepted the connection${via} but sent no answer within ${seconds(timeouts.idleMs)} (${TIMEOUT_VARIABLES.idleMs})`,
        retry: false,
      };
    case "UND_ERR_BODY_TIMEOUT":
      return {
        reason: `the server stopped sending for ${seconds(timeouts.idleMs)} (${TIMEOUT_VARIABLES.idleMs})`,
        retry: true,
      };
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return {
        reason: `the host name could not be resolved (${detail})${proxy ? "" : "; behind a proxy, set HTTPS_PROXY and HTTP_PROXY"}`,
        retry: true,
      };
  }
  if (/Proxy response \((\d+)\)/.test(detail)) {
    const status = /Proxy response \((\d+)\)/.exec(detail)![1];
    const hint = status === "407" ? "; put the credentials in the proxy URL (http://user:password@host:port)" : "";
    return {reason: `the proxy ${proxy ?? ""} refused the connection (HTTP ${status})${hint}`, retry: false};
  }
  return {reason: `no connection${via} (${messagesOf(error)})`, retry: true};
}
