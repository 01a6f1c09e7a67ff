// Downloads honour HTTP_PROXY / HTTPS_PROXY / NO_PROXY (and lowercase). A tiny forward proxy on
// 127.0.0.1 tunnels (CONNECT) only to 127.0.0.1 and records every request line it carries, so the
// test proves each request of a whole pipeline run went through it.
import {createServer, type Server} from "node:http";
import {connect, type AddressInfo, type Socket} from "node:net";
import {join} from "node:path";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import {fetchCached} from "../../data-loaders/official/fetch.ts";
import {LBM_ZIP} from "./fixtures/index.ts";
import {runPipeline, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

/** As the publisher records requests: path and query, decoded. */
function routeOf(path: string) {
  const url = new URL(path, "http://127.0.0.1");
  return decodeURIComponent(url.pathname + url.search.replaceAll("+", " "));
}

interface Proxy {
  url: string;
  tunnels: string[];
  /** Request lines seen inside the tunnels, e.g. "GET /pdok/buurt.json". */
  carried: string[];
  requireAuth: string | null;
  close(): Promise<void>;
}

async function startProxy(): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const proxy = {tunnels: [] as string[], carried: [] as string[], requireAuth: null as string | null};
  const server: Server = createServer((_request, response) => void response.writeHead(501).end());
  server.on("connect", (request, client: Socket, head: Buffer) => {
    sockets.add(client);
    proxy.tunnels.push(request.url ?? "");
    const [host, port] = (request.url ?? "").split(":");
    const auth = request.headers["proxy-authorization"];
    if (proxy.requireAuth && auth !== `Basic ${Buffer.from(proxy.requireAuth).toString("base64")}`)
      return void client.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
    if (host !== "127.0.0.1") return void client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    const upstream = connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      client.on("data", (chunk: Buffer) => {
        for (const match of chunk.toString("latin1").matchAll(/^(GET|HEAD) (\S+) HTTP\/1\.1\r$/gm))
          proxy.carried.push(`${match[1]} ${routeOf(match[2])}`);
      });
      client.pipe(upstream).pipe(client);
    });
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  });
}

let publisher: Publisher;
let proxy: Proxy;
let temp: Awaited<ReturnType<typeof temporaryDir>>;

beforeAll(async () => {
  publisher = await startPublisher();
  proxy = await startProxy();
  temp = await temporaryDir("proxy");
});
afterAll(async () => {
  await proxy.close();
  await publisher.close();
  await temp.remove();
});
beforeEach(() => {
  proxy.tunnels.length = 0;
  proxy.carried.length = 0;
  proxy.requireAuth = null;
});

describe("downloads through a proxy", () => {
  it("HTTP_PROXY carries every request of a whole pipeline run", async () => {
    const before = publisher.requests.length;
    await runPipeline(publisher, {cacheDir: join(temp.dir, "upper"), env: {HTTP_PROXY: proxy.url}});
    const requested = publisher.requests.slice(before);
    expect(requested.length).toBeGreaterThan(20);
    expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(publisher.origin).host]));
    // Every request the publisher answered came through the proxy (paging queries included).
    expect(proxy.carried.sort()).toEqual(requested.map((route) => `GET ${route}`).sort());
  });

  it("lowercase http_proxy is honoured, and NO_PROXY sends matching hosts past the proxy", async () => {
    const url = `${publisher.origin}${LBM_ZIP}`;
    await fetchCached({url, name: "lbm.zip"}, {cacheDir: join(temp.dir, "lower"), env: {http_proxy: proxy.url}});
    expect(proxy.carried).toEqual([`GET ${LBM_ZIP}`]);
    await fetchCached(
      {url, name: "lbm.zip"},
      {cacheDir: join(temp.dir, "bypass"), env: {HTTP_PROXY: proxy.url, NO_PROXY: "localhost,127.0.0.1"}},
    );
    expect(proxy.carried).toHaveLength(1);
  });

  it("a proxy that wants credentials gets them from the proxy URL; without them the error says what to do", async () => {
    proxy.requireAuth = "analist:geheim";
    const url = `${publisher.origin}${LBM_ZIP}`;
    // Own timeouts, so its own connection pool: the earlier tests' tunnels are still open.
    const ctx = {cacheDir: join(temp.dir, "auth"), attempts: 1, idleTimeoutMs: 7000, env: {HTTP_PROXY: proxy.url}};
    await expect(fetchCached({url, name: "lbm.zip"}, ctx)).rejects.toThrow(
      new RegExp(
        `Could not download ${url}: the proxy ${proxy.url}/? refused the connection \\(HTTP 407\\); put the credentials in the proxy URL`,
      ),
    );
    const withCredentials = {...ctx, env: {HTTP_PROXY: proxy.url.replace("//", "//analist:geheim@")}};
    const fetched = await fetchCached({url, name: "lbm.zip"}, withCredentials);
    expect(fetched.bytes.length).toBeGreaterThan(100);
    expect(proxy.carried).toEqual([`GET ${LBM_ZIP}`]);
  });
});
