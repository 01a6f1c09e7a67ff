// The status line while a reader waits for DuckDB-WASM: bytes so far against the module's size as
// built (the response may be compressed, so its own length is no guide).
import {describe, expect, it} from "vitest";
import {engineStatusText} from "../../src/lib/engine-progress.js";

const state = (patch: object) => ({phase: "download", loaded: 0, total: NaN, waiting: 1, ...patch}) as any;

describe("engineStatusText", () => {
  it("says nothing while no result waits for DuckDB, or once it is ready", () => {
    expect(engineStatusText(state({waiting: 0, loaded: 5e6, total: 34e6}))).toBe("");
    expect(engineStatusText(state({phase: "ready"}))).toBe("");
  });

  it("gives megabytes with a decimal comma, against the built size when known", () => {
    // 12,345,678 bytes = 12.3 MB; 34,242,586 bytes (duckdb-eh.wasm 1.32.0) = 34.2 MB.
    expect(engineStatusText(state({loaded: 12_345_678, total: 34_242_586}))).toBe(
      "Rekenmachine laden: 12,3 van 34,2 MB",
    );
    expect(engineStatusText(state({loaded: 2_000_000}))).toBe("Rekenmachine laden: 2,0 MB");
    // A module larger than recorded (another bundle) shows only what has arrived.
    expect(engineStatusText(state({loaded: 40e6, total: 34e6}))).toBe("Rekenmachine laden: 40,0 MB");
  });

  it("names the phases before and after the download", () => {
    expect(engineStatusText(state({phase: "idle"}))).toBe("Rekenmachine laden…");
    expect(engineStatusText(state({phase: "start"}))).toBe("Rekenmachine starten…");
    expect(engineStatusText(state({phase: "failed"}))).toMatch(/kon niet laden/);
  });
});
