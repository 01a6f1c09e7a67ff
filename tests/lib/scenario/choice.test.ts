// The scenario's search: a buurt opens its gemeente with that buurt picked, a gemeente all its buurten.
import {describe, expect, it} from "vitest";
import {pickedAfterChoice} from "../../../src/lib/scenario/choice.js";

const buurt = (code: string, gemeente: string) => ({code, level: "buurt", gemeente_code: gemeente});

describe("pickedAfterChoice", () => {
  it("a buurt of another gemeente starts a new pick with only that buurt", () => {
    expect(pickedAfterChoice(buurt("BU00020001", "GM0002"), {gemeente: "GM0001", picked: ["BU00010001"]})).toEqual([
      "BU00020001",
    ]);
    expect(pickedAfterChoice(buurt("BU00020001", "GM0002"), {gemeente: null, picked: []})).toEqual(["BU00020001"]);
  });

  it("a buurt of the current gemeente joins the picks once", () => {
    const current = {gemeente: "GM0001", picked: ["BU00010001"]};
    expect(pickedAfterChoice(buurt("BU00010002", "GM0001"), current)).toEqual(["BU00010001", "BU00010002"]);
    expect(pickedAfterChoice(buurt("BU00010001", "GM0001"), current)).toEqual(["BU00010001"]);
  });

  it("a gemeente means all its buurten: no picks", () => {
    const gemeente = {code: "GM0001", level: "gemeente", gemeente_code: "GM0001"};
    expect(pickedAfterChoice(gemeente, {gemeente: "GM0001", picked: ["BU00010001"]})).toEqual([]);
  });
});
