// The logic behind the honest states: minimum-n decisions from the registry, which link
// parameters are ignored and why, weights typed the Dutch way, and the pending marks on
// re-running cells (with a stand-in for the runtime's variables and the cells' nodes).
import {afterEach, describe, expect, it} from "vitest";
import {MINIMUM_N} from "../../src/lib/registry.js";
import {minimumN, minimumRules, tooFew} from "../../src/lib/min-n.js";
import {checkParam, clearIgnored, ignoredParams, onIgnoredParams, reportIgnored} from "../../src/lib/url-state.js";
import {parseDecimal} from "../../src/lib/parse-number.js";
import {isValidWeight, parseWeight, weightText} from "../../src/lib/ondermijning/weights.js";
import {PENDING_ATTRIBUTE, createPendingMarks, watchPendingOutputs} from "../../src/lib/pending-outputs.js";
// @ts-expect-error -- Observable's runtime ships no type declarations
import {Runtime} from "@observablehq/runtime";

describe("minimum n", () => {
  it("every rule has a positive whole minimum, a unit and a reason for the Methoden list", () => {
    for (const [statistic, rule] of Object.entries(MINIMUM_N)) {
      expect(Number.isInteger(rule.n) && rule.n > 0, statistic).toBe(true);
      expect(rule.unit && rule.label && rule.why, statistic).toBeTruthy();
    }
    expect(minimumRules().map((d) => d.statistic)).toEqual(Object.keys(MINIMUM_N));
  });

  it("six wijken are too few for a correlation, ten are enough (was: r = 0,99 from six)", () => {
    expect(tooFew("correlation", 6)).toEqual({
      statistic: "correlation",
      n: 6,
      min: 10,
      label: MINIMUM_N.correlation.label,
      unit: MINIMUM_N.correlation.unit,
    });
    expect(tooFew("correlation", 10)).toBeNull();
  });

  it("six wijken are too few for LISA, two buurten for a finding", () => {
    expect(tooFew("lisa", 6)?.min).toBe(30);
    expect(tooFew("lisa", 30)).toBeNull();
    expect(tooFew("riserFinding", 2)).toMatchObject({n: 2, min: 10});
  });

  it("a reader's stricter minimum raises the rule, a laxer one never lowers it", () => {
    expect(tooFew("groupCorrelation", 12, {min: 20})).toMatchObject({n: 12, min: 20});
    expect(tooFew("groupCorrelation", 8, {min: 5})).toMatchObject({n: 8, min: 10});
  });

  it("no count is zero areas, and an unknown statistic is a programming error", () => {
    expect(tooFew("correlation", undefined)?.n).toBe(0);
    expect(tooFew("correlation", NaN)?.n).toBe(0);
    expect(() => tooFew("median" as never, 3)).toThrow(/Unknown statistic/);
    expect(() => minimumN("median" as never)).toThrow(/Unknown statistic/);
    expect(minimumN("moderation")).toBe(20);
  });
});

describe("link parameters", () => {
  afterEach(() => clearIgnored());
  const years = {type: "number", default: 2020, options: [2014, 2016, 2018, 2020]};

  it("uses a valid value and reports nothing", () => {
    expect(checkParam("?jaar=2016", "jaar", years)).toEqual({value: 2016, ignored: null});
    expect(checkParam("?other=1", "jaar", years)).toEqual({value: 2020, ignored: null});
  });

  it("?jaar=abc: not a number", () => {
    expect(checkParam("?jaar=abc", "jaar", years)).toEqual({
      value: 2020,
      ignored: {key: "jaar", text: "abc", reason: "geen getal"},
    });
  });

  it("?jaar=2019: a year the data do not have, with the choices", () => {
    expect(checkParam("?jaar=2019", "jaar", years).ignored).toEqual({
      key: "jaar",
      text: "2019",
      reason: "geen keuze op deze pagina; kies uit 2014, 2016, 2018, 2020",
    });
  });

  it("?gemeente=GM9999: the spec's own reason; long lists of choices are not spelled out", () => {
    const codes = Array.from({length: 300}, (_, i) => `GM${String(i).padStart(4, "0")}`);
    const gemeente = {type: "string", default: "", options: ["", ...codes], invalid: "geen gemeente in deze gegevens"};
    expect(checkParam("?gemeente=GM9999", "gemeente", gemeente).ignored?.reason).toBe("geen gemeente in deze gegevens");
    expect(checkParam("?gemeente=GM9999", "gemeente", {...gemeente, invalid: undefined}).ignored?.reason).toBe(
      "geen keuze op deze pagina",
    );
  });

  it("a value failing validate: the spec's reason (w_…=99)", () => {
    const weight = {type: "number", default: 1, validate: isValidWeight, invalid: "gewicht buiten 0–5"};
    expect(checkParam("?w_x=99", "w_x", weight)).toEqual({
      value: 1,
      ignored: {key: "w_x", text: "99", reason: "gewicht buiten 0–5"},
    });
    expect(checkParam("?w_x=2.5", "w_x", weight).value).toBe(2.5);
  });

  it("collects reports by key for the notice and tells listeners", () => {
    const heard: unknown[] = [];
    const stop = onIgnoredParams((list) => heard.push(list.length));
    reportIgnored(null);
    reportIgnored({key: "jaar", text: "abc", reason: "geen getal"});
    reportIgnored({key: "gemeente", text: "GM9999", reason: "geen gemeente in deze gegevens"});
    reportIgnored({key: "jaar", text: "abc", reason: "geen getal"});
    stop();
    reportIgnored({key: "niveau", text: "land", reason: "geen keuze op deze pagina"});
    expect(heard).toEqual([1, 2, 2]);
    expect(ignoredParams().map((d) => d.key)).toEqual(["jaar", "gemeente", "niveau"]);
  });
});

describe("weights as typed", () => {
  it("reads a decimal comma or point and nothing else as a number", () => {
    expect(parseDecimal("2,5")).toBe(2.5);
    expect(parseDecimal(" 2.5 ")).toBe(2.5);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("3")).toBe(3);
    for (const bad of ["", "abc", "1.000,5", "2,5,1", "2 5", "1e3", "5%"]) expect(parseDecimal(bad), bad).toBeNull();
  });

  it("accepts 0 to 5, refuses the rest with a sentence (was: 99 and 2,5 silently weight 0)", () => {
    expect(parseWeight("2,5")).toEqual({weight: 2.5, error: null});
    expect(parseWeight("0")).toEqual({weight: 0, error: null});
    expect(parseWeight("5")).toEqual({weight: 5, error: null});
    expect(parseWeight("99")).toEqual({weight: null, error: "99 kan niet: een gewicht loopt van 0 tot en met 5."});
    expect(parseWeight("-1")).toMatchObject({weight: null, error: expect.stringMatching(/kan niet/)});
    expect(parseWeight("twee")).toMatchObject({weight: null, error: expect.stringMatching(/geen getal/)});
    expect(parseWeight(" ")).toMatchObject({weight: null, error: expect.stringMatching(/Vul een gewicht in/)});
    expect(weightText(2.5)).toBe("2,5");
  });
});

// Just enough of a DOM element for the marks: child nodes and attributes.
function fakeNode(children: {nodeType: number; tagName?: string; textContent?: string}[]) {
  const attributes = new Map<string, string>();
  return {
    nodeType: 1,
    childNodes: children,
    attributes,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  };
}
const chart = {nodeType: 1, tagName: "FIGURE"};
const loading = {nodeType: 1, tagName: "OBSERVABLEHQ-LOADING"};

describe("pending marks", () => {
  it("marks a shown output while its cell re-runs and clears it with the new value", () => {
    const node = fakeNode([chart]);
    const marks = createPendingMarks((v: {node: unknown}) => v.node as never);
    const cell = {node};
    marks.mark(cell);
    expect(node.attributes.get(PENDING_ATTRIBUTE)).toBe("Bijwerken…");
    expect(node.attributes.get("aria-busy")).toBe("true");
    marks.unmark(cell);
    expect(node.attributes.size).toBe(0);
  });

  it("leaves cells that show nothing yet (first load) or nothing at all alone", () => {
    const first = fakeNode([loading]);
    const marks = createPendingMarks((v: {node: unknown}) => v.node as never);
    marks.mark({node: first});
    marks.mark({node: null});
    expect(first.attributes.size).toBe(0);
    expect(marks.pending()).toEqual([]);
  });

  it("keeps a paragraph marked until the last of its inline cells has its value", () => {
    const paragraph = fakeNode([{nodeType: 3, textContent: "De 10 gemeenten …"}]);
    const marks = createPendingMarks((v: {node: unknown}) => v.node as never);
    const a = {node: paragraph},
      b = {node: paragraph};
    marks.mark(a);
    marks.mark(b);
    marks.unmark(a);
    expect(paragraph.attributes.has(PENDING_ATTRIBUTE)).toBe(true);
    marks.unmark(b);
    expect(paragraph.attributes.has(PENDING_ATTRIBUTE)).toBe(false);
  });

  it("hooks the runtime's pending/fulfilled/rejected once, keeping what they did", () => {
    const calls: string[] = [];
    function Variable(this: {_observer: unknown}, observer: unknown) {
      this._observer = observer;
    }
    Variable.prototype._pending = function () {
      calls.push("pending");
    };
    Variable.prototype._fulfilled = function () {
      calls.push("fulfilled");
    };
    Variable.prototype._rejected = function () {
      calls.push("rejected");
    };
    const node = fakeNode([chart]);
    const variable = new (Variable as never as new (o: unknown) => any)({_node: node});
    expect(watchPendingOutputs(Variable.prototype)).not.toBeNull();
    expect(watchPendingOutputs(Variable.prototype)).toBeNull();
    variable._pending();
    expect(node.attributes.has(PENDING_ATTRIBUTE)).toBe(true);
    variable._rejected(new Error("x"));
    expect(node.attributes.has(PENDING_ATTRIBUTE)).toBe(false);
    variable._pending();
    variable._fulfilled(1);
    expect(node.attributes.has(PENDING_ATTRIBUTE)).toBe(false);
    expect(calls).toEqual(["pending", "rejected", "pending", "fulfilled"]);
  });

  it("in Observable's own runtime: a cell downstream of a changed input is marked until its new value settles", async () => {
    const probe = new Runtime();
    watchPendingOutputs(Object.getPrototypeOf(probe.module().variable()));
    probe.dispose();
    const node = fakeNode([chart]);
    const module = new Runtime().module();
    const input = module.variable(true).define("input", [], () => 1);
    let answer = () => {};
    module
      .variable({_node: node})
      .define("output", ["input"], (value: number) => new Promise((resolve) => (answer = () => resolve(value))));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
    await tick();
    answer();
    await tick();
    expect(node.attributes.has(PENDING_ATTRIBUTE)).toBe(false);
    input.define("input", [], () => 2); // a control change
    await tick();
    expect(node.attributes.get(PENDING_ATTRIBUTE)).toBe("Bijwerken…"); // the query is still out
    answer();
    await tick();
    expect(node.attributes.has(PENDING_ATTRIBUTE)).toBe(false);
  });
});
