// A fake publisher on 127.0.0.1: serves the fixture files and the publishers' query services (CBS
// standard API with its cell cap, bulk feed, OData v4, PDOK WFS with its feature cap; see
// fixtures/services.ts) and can fail on demand (HTTP status, connection cut mid-file), so the real
// download, cache and parse code runs in the tests.
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {gzipSync} from "node:zlib";
import {fixtureConfig, fixtureParts, publisherFiles, publisherServices, type Parts} from "./fixtures/index.ts";
import type {Files} from "./fixtures/cbs.ts";
import {DEFAULT_SERVICE_OPTIONS, serve, type ServiceOptions, type Services} from "./fixtures/services.ts";

export type Fault =
  | {status: number; times?: number}
  | {cutAfter: number; times?: number}
  // Transport faults: a 200 with the wrong body, a request that is never answered, a body sent slowly.
  | {body: "maintenance-html" | "atom"; times?: number}
  | {hang: true; times?: number}
  | {trickle: {bytes: number; everyMs: number}; times?: number};

const WRONG_BODIES = {
  "maintenance-html": {
    type: "text/html; charset=utf-8",
    text: "<!DOCTYPE html><html><head><title>Onderhoud</title></head><body>We zijn zo terug.</body></html>",
  },
  atom: {
    type: "application/atom+xml;type=feed;charset=utf-8",
    text: '<?xml version="1.0" encoding="utf-8"?><feed xml:base="http://127.0.0.1/" xmlns="http://www.w3.org/2005/Atom"></feed>',
  },
};

export interface Publisher {
  origin: string;
  files: Files;
  services: Services;
  /** How the query services behave (caps, page size, broken chains); tests may change it. */
  options: ServiceOptions;
  /** Faults by path, or by path and query as in `requests`. */
  faults: Map<string, Fault>;
  /** Every request as path and decoded query, e.g. "/feed/cbs/84799NED/TypedDataSet?$format=json&$skip=4". */
  requests: string[];
  /** Rebuilds every file from (changed) parts. */
  publish(parts: Parts): void;
  config(): ReturnType<typeof fixtureConfig>;
  close(): Promise<void>;
}

const decoded = (url: URL) => {
  try {
    return decodeURIComponent(url.pathname + url.search.replaceAll("+", " "));
  } catch {
    return url.pathname + url.search;
  }
};

export async function startPublisher(
  parts: Parts = fixtureParts(),
  options: Partial<ServiceOptions> = {},
): Promise<Publisher> {
  const faults = new Map<string, Fault>();
  const requests: string[] = [];
  let files: Files = new Map();
  let services: Services = {v3: new Map(), v4: new Map(), wfs: new Map()};
  let origin = "";
  const settings: ServiceOptions = {...DEFAULT_SERVICE_OPTIONS, ...options};
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const route = decoded(url);
    requests.push(route);
    const faultKey = faults.has(route) ? route : url.pathname;
    const fault = faults.get(faultKey);
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) faults.delete(faultKey);
      if ("status" in fault)
        return void response.writeHead(fault.status, {"content-type": "text/plain"}).end("server error");
      if ("body" in fault)
        return void response
          .writeHead(200, {"content-type": WRONG_BODIES[fault.body].type})
          .end(WRONG_BODIES[fault.body].text);
      if ("hang" in fault) return;
    }
    const file = files.get(url.pathname);
    const answer = file === undefined ? serve(url, origin, services, settings) : null;
    if (file === undefined && !answer)
      return void response.writeHead(404, {"content-type": "text/plain"}).end(`not found: ${route}`);
    const body = answer ? answer.body : file!;
    let bytes = typeof body === "string" ? Buffer.from(body) : Buffer.from(body);
    const type =
      answer?.type ??
      (url.pathname.endsWith(".zip")
        ? "application/zip"
        : url.pathname.endsWith(".csv")
          ? "text/csv"
          : "application/json");
    // Like the real publishers, text is sent gzip-compressed to clients that accept it.
    const gzip = !fault && type !== "application/zip" && /gzip/.test(request.headers["accept-encoding"] ?? "");
    if (gzip) bytes = gzipSync(bytes);
    response.writeHead(answer?.status ?? 200, {
      ...(gzip ? {"content-encoding": "gzip"} : {}),
      "content-length": bytes.length,
      "content-type": type,
    });
    if (fault && "trickle" in fault) {
      let sent = 0;
      const timer = setInterval(() => {
        const next = Math.min(bytes.length, sent + fault.trickle.bytes);
        response.write(bytes.subarray(sent, next));
        if ((sent = next) === bytes.length) (clearInterval(timer), response.end());
      }, fault.trickle.everyMs);
      response.on("close", () => clearInterval(timer));
      return;
    }
    if (fault && "cutAfter" in fault) {
      response.write(bytes.subarray(0, fault.cutAfter));
      setTimeout(() => response.socket?.destroy(), 20);
      return;
    }
    response.end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publisher: Publisher = {
    origin,
    get files() {
      return files;
    },
    get services() {
      return services;
    },
    options: settings,
    faults,
    requests,
    publish(next) {
      files = publisherFiles(next);
      services = publisherServices(next);
    },
    config: () => fixtureConfig(origin),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  publisher.publish(parts);
  return publisher;
}
