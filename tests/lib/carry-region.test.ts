// The chosen region travels: links carry only the keys their page reads, the URL beats the
// remembered region, and nothing is stored unless the reader asks.
import {describe, expect, it} from "vitest";
import {
  PAGE_REGION_KEYS,
  REGION_KEYS,
  STORAGE_KEY,
  announceAreaNames,
  areaNames,
  carryRegion,
  carryRegionScript,
  describeCarried,
} from "../../src/lib/carry-region.js";

function fakeWindow(href: string, stored: Record<string, string> = {}) {
  const url = new URL(href);
  const location = {
    get href() {
      return url.href;
    },
    get origin() {
      return url.origin;
    },
    get protocol() {
      return url.protocol;
    },
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
  };
  const history = {
    state: null,
    replaceState(_state: unknown, _unused: string, next: string) {
      const moved = new URL(next, url.href);
      url.pathname = moved.pathname;
      url.search = moved.search;
      url.hash = moved.hash;
    },
  };
  const localStorage = {
    data: {...stored} as Record<string, string>,
    getItem(k: string) {
      return k in this.data ? this.data[k] : null;
    },
    setItem(k: string, v: string) {
      this.data[k] = v;
    },
    removeItem(k: string) {
      delete this.data[k];
    },
  };
  return {location, history, localStorage};
}
const install = (win: ReturnType<typeof fakeWindow>) => carryRegion(win, PAGE_REGION_KEYS, REGION_KEYS, STORAGE_KEY);

describe("carry the region", () => {
  it("adds the region to internal links, only the keys the target page reads", () => {
    const win = fakeWindow("http://127.0.0.1:3000/?gemeente=GM0001&provincie=PV20&jaar=2014");
    const carry = install(win);
    expect(carry.hrefFor("./stijgers-en-dalers")).toBe("/stijgers-en-dalers?provincie=PV20&gemeente=GM0001");
    expect(carry.hrefFor("./wat-is-er-nodig")).toBe("/wat-is-er-nodig?gemeente=GM0001");
    // Pages that read no region, anchors, files and other sites keep their link; page settings (jaar) stay behind.
    expect(carry.hrefFor("./methoden#bronnen")).toBe("/methoden#bronnen");
    expect(carry.hrefFor("#kaart")).toBe("#kaart");
    expect(carry.hrefFor("./_file/data/areas.parquet")).toBe("./_file/data/areas.parquet");
    expect(carry.hrefFor("https://example.org/?x=1")).toBe("https://example.org/?x=1");
    // A download's blob: URL has the page's origin, and must keep its scheme.
    const blob = "blob:http://127.0.0.1:3000/c29dc3f5-fb58-4d16-9831-b7235e99516c";
    expect(carry.hrefFor(blob)).toBe(blob);
    // A link that names a gemeente of its own keeps it.
    expect(carry.hrefFor("./wat-is-er-nodig?gemeente=GM0002")).toBe("./wat-is-er-nodig?gemeente=GM0002");
    // Home is "" and also reached as index.html; a site under a sub-path works the same.
    expect(carry.hrefFor("./")).toBe("/?provincie=PV20&gemeente=GM0001");
    expect(carry.hrefFor("/lbm/ondermijning.html")).toBe("/lbm/ondermijning.html?provincie=PV20&gemeente=GM0001");
    expect(win.localStorage.data).toEqual({});
  });

  it("stores nothing unless asked, and then follows the URL", () => {
    const win = fakeWindow("http://127.0.0.1:3000/stijgers-en-dalers?gemeente=GM0001");
    const carry = install(win);
    expect(win.localStorage.data).toEqual({});
    carry.remember(true);
    expect(JSON.parse(win.localStorage.data[STORAGE_KEY])).toEqual([["gemeente", "GM0001"]]);
    win.history.replaceState(null, "", "/stijgers-en-dalers?gemeente=GM0003");
    carry.remember(false);
    expect(win.localStorage.data).toEqual({});
  });

  it("a page that reads fewer keys (or none) keeps the rest of the remembered region", () => {
    const stored = {
      [STORAGE_KEY]: JSON.stringify([
        ["provincie", "PV20"],
        ["gemeente", "GM0001"],
      ]),
    };
    const werkbank = fakeWindow("http://127.0.0.1:3000/werkbank", stored);
    const carry = install(werkbank);
    werkbank.history.replaceState(null, "", "/werkbank#sql=SELECT%201");
    carry.remember(true);
    expect(JSON.parse(werkbank.localStorage.data[STORAGE_KEY])).toEqual([
      ["provincie", "PV20"],
      ["gemeente", "GM0001"],
    ]);
    const scenario = fakeWindow("http://127.0.0.1:3000/wat-is-er-nodig?gemeente=GM0002", stored);
    install(scenario).remember(true);
    expect(JSON.parse(scenario.localStorage.data[STORAGE_KEY])).toEqual([
      ["provincie", "PV20"],
      ["gemeente", "GM0002"],
    ]);
  });

  it("a remembered region fills a URL without one, never overrides the URL", () => {
    const stored = {
      [STORAGE_KEY]: JSON.stringify([
        ["gemeente", "GM0001"],
        ["provincie", "PV20"],
      ]),
    };
    const empty = fakeWindow("http://127.0.0.1:3000/wat-is-er-nodig?doel=6", stored);
    install(empty);
    expect(empty.location.search).toBe("?doel=6&gemeente=GM0001");
    const linked = fakeWindow("http://127.0.0.1:3000/wat-is-er-nodig?gemeente=GM0002", stored);
    install(linked);
    expect(linked.location.search).toBe("?gemeente=GM0002");
  });

  it("clearing removes the region from the URL and the device", () => {
    const win = fakeWindow("http://127.0.0.1:3000/?gemeente=GM0001&jaar=2014", {[STORAGE_KEY]: "[]"});
    const carry = install(win);
    expect(carry.clear()).toBe("/?jaar=2014");
    expect(win.localStorage.data).toEqual({});
  });

  it("the head script is one self-contained call", () => {
    const script = carryRegionScript();
    expect(script).toMatch(/^\(function carryRegion\(/);
    expect(() => new Function(script)).not.toThrow();
  });

  it("names the carried region once the names are known, the code before", () => {
    const region: [string, string][] = [
      ["provincie", "PV27"],
      ["gemeente", "GM0363"],
      ["stedelijkheid", "1"],
    ];
    expect(describeCarried(region)).toBe("Provincie PV27, Gemeente GM0363, Stedelijkheid 1");
    const names = new Map([
      ["GM0363", "Amsterdam"],
      ["PV27", "Noord-Holland"],
    ]);
    expect(describeCarried(region, names)).toBe(
      "Provincie Noord-Holland (PV27), Gemeente Amsterdam (GM0363), Stedelijkheid 1",
    );
  });

  it("takes gemeente, COROP and provincie names from area rows of any level, each code once", () => {
    const rows = [
      {code: "GM0363", name: "Amsterdam", level: "gemeente", gemeente_code: "GM0363", gemeente_name: "Amsterdam"},
      {code: "BU03630000", name: "Kop Zeedijk", level: "buurt", gemeente_code: "GM0363", gemeente_name: "Amsterdam"},
      {code: "BU05180000", name: "Centrum", level: "buurt", gemeente_code: "GM0518", gemeente_name: "'s-Gravenhage"},
      {code: "GM0014", name: "Groningen", level: "gemeente", provincie_code: "PV20", provincie_name: "Groningen"},
    ];
    expect(areaNames(rows)).toEqual([
      ["GM0363", "Amsterdam"],
      ["GM0518", "'s-Gravenhage"],
      ["GM0014", "Groningen"],
      ["PV20", "Groningen"],
    ]);
  });

  it("the names a page announces reach the bar's script", () => {
    const win = fakeWindow("http://127.0.0.1:3000/ondermijning?gemeente=GM0363");
    // A document still loading: the listeners are installed, the bar is not mounted yet.
    const document = Object.assign(new EventTarget(), {readyState: "loading"});
    const carry = carryRegion({...win, document}, PAGE_REGION_KEYS, REGION_KEYS, STORAGE_KEY);
    expect(describeCarried(carry.regionOf(win.location.search), carry.names)).toBe("Gemeente GM0363");
    announceAreaNames([{code: "GM0363", name: "Amsterdam", level: "gemeente"}], document);
    expect(describeCarried(carry.regionOf(win.location.search), carry.names)).toBe("Gemeente Amsterdam (GM0363)");
  });
});
