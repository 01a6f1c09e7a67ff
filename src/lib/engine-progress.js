// How far DuckDB-WASM (the page's "rekenmachine") has come, for a status line while a reader waits
// for it: a shared link with its own settings, or the first control change on a slow connection.
import {formatDecimal} from "./format.js";

/** @typedef {{phase: "idle" | "download" | "start" | "ready" | "failed", loaded: number, total: number, waiting: number}} EngineState */

const target = new EventTarget();
/** @type {EngineState} */
let state = {phase: "idle", loaded: 0, total: NaN, waiting: 0};

/** The current state. */
export const engineState = () => state;

/** @param {Partial<EngineState>} patch */
export function updateEngine(patch) {
  state = {...state, ...patch};
  target.dispatchEvent(new Event("change"));
}

/** Calls `listener` on every change; returns the function that stops it. */
export function onEngineChange(listener) {
  target.addEventListener("change", listener);
  return () => target.removeEventListener("change", listener);
}

const megabytes = (bytes) => formatDecimal(bytes / 1e6, 1);

/**
 * The Dutch status line, or "" when no reader waits for DuckDB. `total` is the module's size as
 * built (the server may send it compressed, so the response's length is no guide); without it
 * only the bytes so far are shown.
 * @param {EngineState} state
 */
export function engineStatusText({phase, loaded, total, waiting}) {
  if (waiting === 0 || phase === "ready") return "";
  if (phase === "failed") return "Rekenmachine kon niet laden; herlaad de pagina.";
  if (phase === "start") return "Rekenmachine starten…";
  if (!(loaded > 0)) return "Rekenmachine laden…";
  return Number.isFinite(total) && total >= loaded
    ? `Rekenmachine laden: ${megabytes(loaded)} van ${megabytes(total)} MB`
    : `Rekenmachine laden: ${megabytes(loaded)} MB`;
}
