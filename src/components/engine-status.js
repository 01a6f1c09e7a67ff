import {html} from "htl";
import {engineState, engineStatusText, onEngineChange} from "../lib/engine-progress.js";

/**
 * A status line that says, while a result waits for DuckDB-WASM, how much of it has arrived
 * ("Rekenmachine laden: 12,3 van 34,2 MB"); empty otherwise. Updated at most twice a second, so
 * that a screen reader is not flooded.
 */
export function engineStatus({interval = 500} = {}) {
  const element = html`<span class="engine-status" role="status"></span>`;
  let shownAt = 0;
  let timer = null;
  const show = () => {
    timer = null;
    shownAt = performance.now();
    const text = engineStatusText(engineState());
    if (element.textContent !== text) element.textContent = text;
    element.hidden = text === "";
  };
  show();
  onEngineChange(() => {
    const text = engineStatusText(engineState());
    // An empty line, or the first one, at once; byte counts at the interval.
    if (text === "" || element.textContent === "") return show();
    timer ??= setTimeout(show, Math.max(0, interval - (performance.now() - shownAt)));
  });
  return element;
}
