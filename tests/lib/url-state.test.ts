import {describe, expect, it} from "vitest";
import {
  bindUrl,
  decodeValue,
  encodeValue,
  formatSearch,
  inferType,
  readParam,
  sameValue,
  writeParam,
  writeParams,
} from "../../src/lib/url-state.js";

/** Encodes into a real query string and reads it back, as a browser would. */
function throughUrl(value: unknown, type: string) {
  const search = writeParam("", "k", value, {type, default: Symbol("never equal") as unknown});
  return {search, back: readParam(search, "k", {type, default: "DEFAULT" as unknown})};
}

describe("encodeValue / decodeValue", () => {
  const cases: [string, unknown][] = [
    ["string", "Utrecht"],
    ["string", ""],
    ["string", "'s-Hertogenbosch"],
    ["string", 'a "quoted", comma'],
    ["string", "Sûdwest-Fryslân & Súdwest, 100% → ✓"],
    ["string", "a=b&c=d?e#f+g h"],
    ["string", "%2C%25%"],
    ["number", 2014],
    ["number", 0],
    ["number", -1.5],
    ["number", 0.1 + 0.2],
    ["number", 1e-7],
    ["number", 123456789012],
    ["boolean", true],
    ["boolean", false],
    ["string[]", []],
    ["string[]", [""]],
    ["string[]", ["a", "", "b"]],
    ["string[]", ["a,b", "c"]],
    ["string[]", ["100%", "%2C", "%", ","]],
    ["string[]", ['Den "Haag"', "Ĳsselstein", "日本"]],
    ["string[]", ["G4", "100k+", "<20k"]],
    ["number[]", []],
    ["number[]", [1, 2, 3, 4]],
    ["number[]", [-0.5, 3.55, 1e21]],
  ];

  for (const [type, value] of cases) {
    it(`round-trips ${type} ${JSON.stringify(value)}`, () => {
      const text = encodeValue(value, type);
      expect(typeof text).toBe("string");
      expect(decodeValue(text as string, type)).toEqual({value});
      const {back} = throughUrl(value, type);
      expect(back).toEqual(value);
    });
  }

  it("keeps commas readable in the URL but escapes commas inside elements", () => {
    expect(writeParam("", "k", ["a", "b"], {type: "string[]", default: []})).toBe("?k=a,b");
    const search = writeParam("", "k", ["a,b"], {type: "string[]", default: []});
    expect(search).not.toBe("?k=a,b");
    expect(readParam(search, "k", {type: "string[]", default: []})).toEqual(["a,b"]);
  });

  it("distinguishes the empty list from a list with one empty string", () => {
    expect(encodeValue([], "string[]")).toBe("");
    expect(encodeValue([""], "string[]")).toBe("%");
    expect(decodeValue("", "string[]")).toEqual({value: []});
    expect(decodeValue("%", "string[]")).toEqual({value: [""]});
    expect(decodeValue(encodeValue(["", ""], "string[]") as string, "string[]")).toEqual({value: ["", ""]});
  });

  it("refuses values that do not fit the type", () => {
    expect(encodeValue("2014", "number")).toBeUndefined();
    expect(encodeValue(NaN, "number")).toBeUndefined();
    expect(encodeValue(Infinity, "number")).toBeUndefined();
    expect(encodeValue(1, "boolean")).toBeUndefined();
    expect(encodeValue(["1"], "number[]")).toBeUndefined();
    expect(encodeValue("a", "string[]")).toBeUndefined();
    expect(() => encodeValue(1, "integer")).toThrow(/Onbekend URL-type/);
  });

  it("refuses malformed text", () => {
    for (const text of ["", " 1", "1 ", "0x10", "Infinity", "NaN", "1,5", "2014a", "--1"]) {
      expect(decodeValue(text, "number"), text).toBeUndefined();
    }
    expect(decodeValue("yes", "boolean")).toBeUndefined();
    expect(decodeValue("1", "boolean")).toEqual({value: true});
    expect(decodeValue("0", "boolean")).toEqual({value: false});
    expect(decodeValue("1,x", "number[]")).toBeUndefined();
    expect(decodeValue("a%41", "string[]")).toBeUndefined();
  });
});

describe("readParam", () => {
  const years = [2002, 2008, 2012, 2014, 2016, 2018, 2020];

  it("reads a valid value", () => {
    expect(readParam("?basisjaar=2012", "basisjaar", {default: 2014, options: years})).toBe(2012);
    expect(readParam("basisjaar=2012", "basisjaar", {default: 2014, options: years})).toBe(2012);
  });

  it("falls back to the default when absent", () => {
    expect(readParam("?other=1", "basisjaar", {default: 2014, options: years})).toBe(2014);
    expect(readParam("", "klassen", {default: [1, 2, 3, 4]})).toEqual([1, 2, 3, 4]);
  });

  it("falls back to the default for invalid values", () => {
    const spec = {default: 2014, options: years};
    for (const search of [
      "?basisjaar=2013",
      "?basisjaar=abc",
      "?basisjaar=",
      "?basisjaar=2014.5",
      "?basisjaar=2012,2014",
    ]) {
      expect(readParam(search, "basisjaar", spec), search).toBe(2014);
    }
    expect(readParam("?niveau=gemeente", "niveau", {default: "buurt", options: ["buurt", "wijk"]})).toBe("buurt");
    expect(readParam("?ok=maybe", "ok", {default: false})).toBe(false);
  });

  it("rejects a list when any element is not allowed, or repeats", () => {
    const spec = {default: [1, 2, 3, 4], options: [1, 2, 3, 4, 5, 6, 7, 8, 9]};
    expect(readParam("?klassen=1,2", "klassen", spec)).toEqual([1, 2]);
    expect(readParam("?klassen=", "klassen", spec)).toEqual([]);
    expect(readParam("?klassen=1,10", "klassen", spec)).toEqual([1, 2, 3, 4]);
    expect(readParam("?klassen=1,1", "klassen", spec)).toEqual([1, 2, 3, 4]);
    expect(readParam("?klassen=a", "klassen", spec)).toEqual([1, 2, 3, 4]);
  });

  it("applies a custom validate rule", () => {
    const spec = {default: 0.5, validate: (x: number) => x >= 0 && x <= 1};
    expect(readParam("?d=0.25", "d", spec)).toBe(0.25);
    expect(readParam("?d=1.5", "d", spec)).toBe(0.5);
  });

  it("decodes form-style and percent-encoded text", () => {
    expect(readParam("?naam=Den+Haag", "naam", {default: ""})).toBe("Den Haag");
    expect(readParam("?naam=%27s-Hertogenbosch", "naam", {default: ""})).toBe("'s-Hertogenbosch");
  });
});

describe("writeParam", () => {
  it("omits values equal to the default", () => {
    expect(writeParam("?basisjaar=2012", "basisjaar", 2014, {default: 2014})).toBe("");
    expect(writeParam("", "klassen", [4, 3, 2, 1], {default: [1, 2, 3, 4]})).toBe("");
    expect(writeParam("", "klassen", [1, 2], {default: [1, 2, 3, 4]})).toBe("?klassen=1,2");
  });

  it("writes an empty list explicitly when the default is not empty", () => {
    expect(writeParam("", "klassen", [], {default: [1, 2, 3, 4]})).toBe("?klassen=");
    expect(readParam("?klassen=", "klassen", {default: [1, 2, 3, 4]})).toEqual([]);
  });

  it("keeps other parameters and their order", () => {
    expect(writeParam("?a=1&b=2", "a", 5, {default: 0})).toBe("?a=5&b=2");
    expect(writeParam("?a=1&b=2", "c", "x y", {default: ""})).toBe("?a=1&b=2&c=x%20y");
    expect(writeParam("?a=1&b=2", "a", 0, {default: 0})).toBe("?b=2");
  });

  it("removes the key for null or unencodable values", () => {
    expect(writeParam("?gemeente=GM0001", "gemeente", null, {type: "string", default: null})).toBe("");
    expect(writeParam("?n=3", "n", NaN, {default: 1})).toBe("");
  });

  it("writes several keys at once", () => {
    const search = writeParams("?x=1", [
      ["provincie", "PV20", {type: "string", default: null}],
      ["stedelijkheid", 1, {type: "number", default: null}],
    ]);
    expect(search).toBe("?x=1&provincie=PV20&stedelijkheid=1");
  });

  it("escapes keys and reserved characters", () => {
    expect(formatSearch([["a&b", "c=d&e#f"]])).toBe("?a%26b=c%3Dd%26e%23f");
    expect(new URLSearchParams("?a%26b=c%3Dd%26e%23f").get("a&b")).toBe("c=d&e#f");
  });
});

describe("inferType / sameValue", () => {
  it("infers types from the default or the options", () => {
    expect(inferType(2014, undefined)).toBe("number");
    expect(inferType("buurt", undefined)).toBe("string");
    expect(inferType(true, undefined)).toBe("boolean");
    expect(inferType([1, 2], undefined)).toBe("number[]");
    expect(inferType([], [1, 2, 3])).toBe("number[]");
    expect(inferType([], undefined)).toBe("string[]");
    expect(inferType(null, [1, 2])).toBe("number");
    expect(inferType(null, ["PV20"])).toBe("string");
  });

  it("compares lists as sets of choices, scalars exactly", () => {
    expect(sameValue([1, 2], [2, 1])).toBe(true);
    expect(sameValue([1, 2], [1, 2, 2])).toBe(false);
    expect(sameValue([1, 2], [1, 3])).toBe(false);
    expect(sameValue(1, "1")).toBe(false);
  });
});

/** A stand-in for window.location + history, enough for bindUrl. */
function fakeWindow(search: string) {
  const calls: string[] = [];
  const location = {pathname: "/stijgers-en-dalers", search, hash: "#kaart"};
  const history = {
    state: {framework: true},
    replaceState(state: unknown, _title: string, url: string) {
      calls.push(url);
      const u = new URL(url, "http://localhost");
      location.search = u.search;
    },
  };
  return {location, history, calls};
}

/** A stand-in for an Observable Input that, like Inputs.select, ignores values it does not offer. */
function fakeInput<T>(value: T, offered?: T[]) {
  const target = new EventTarget() as EventTarget & {value: T};
  let current = value;
  Object.defineProperty(target, "value", {
    get: () => current,
    set: (v: T) => {
      if (!offered || offered.includes(v)) current = v;
    },
  });
  return target;
}

describe("bindUrl", () => {
  it("starts from the URL value and writes changes back without history entries", () => {
    const win = fakeWindow("?basisjaar=2012&x=1");
    const input = fakeInput(2014);
    let events = 0;
    input.addEventListener("input", () => ++events);
    bindUrl(input, "basisjaar", {options: [2012, 2014, 2016], location: win.location, history: win.history});
    expect(input.value).toBe(2012);
    expect(events).toBe(1);

    input.value = 2016;
    input.dispatchEvent(new Event("input"));
    expect(win.location.search).toBe("?basisjaar=2016&x=1");
    expect(win.calls.at(-1)).toBe("/stijgers-en-dalers?basisjaar=2016&x=1#kaart");

    input.value = 2014;
    input.dispatchEvent(new Event("input"));
    expect(win.location.search).toBe("?x=1");
  });

  it("ignores an invalid URL value, keeps the default and cleans the URL", () => {
    const win = fakeWindow("?basisjaar=1999");
    const input = fakeInput(2014);
    bindUrl(input, "basisjaar", {options: [2012, 2014], location: win.location, history: win.history});
    expect(input.value).toBe(2014);
    expect(win.location.search).toBe("");
  });

  it("keeps the input as it was when the input itself refuses the URL value", () => {
    const win = fakeWindow("?niveau=gemeente");
    const input = fakeInput("buurt", ["buurt", "wijk"]);
    bindUrl(input, "niveau", {location: win.location, history: win.history});
    expect(input.value).toBe("buurt");
    expect(win.location.search).toBe("");
  });

  it("binds multi-selects", () => {
    const win = fakeWindow("?klassen=1,2");
    const input = fakeInput([1, 2, 3, 4]);
    bindUrl(input, "klassen", {options: [1, 2, 3, 4, 5], location: win.location, history: win.history});
    expect(input.value).toEqual([1, 2]);
    input.value = [];
    input.dispatchEvent(new Event("input"));
    expect(win.location.search).toBe("?klassen=");
  });
});
