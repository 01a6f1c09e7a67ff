// One notice for the link parameters a page could not use (an unknown gemeente, a year the data do
// not have, text where a number belongs, region keys that contradict each other): the page opens
// with the defaults for those and says so, instead of silently showing another view than the
// link promised. The controls report them through url-state.js as they are bound.
import {html} from "htl";
import {ignoredParams, onIgnoredParams} from "../lib/url-state.js";

const MAX_TEXT = 40;
const shown = (text) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/**
 * The notice (#url-notice), hidden while nothing was ignored; it follows later reports by itself.
 * @param {{entries?: () => import("../lib/url-state.js").IgnoredParam[], subscribe?: typeof onIgnoredParams}} [sources]
 */
export function urlNotice({entries = ignoredParams, subscribe = onIgnoredParams} = {}) {
  const element = html`<div class="url-notice" id="url-notice" role="status" hidden></div>`;
  let connected = false;
  const render = (list) => {
    // A banner drawn again makes a new notice; the old one stops listening.
    if (element.isConnected) connected = true;
    else if (connected) return stop();
    element.hidden = list.length === 0;
    element.replaceChildren(
      ...(list.length
        ? [
            html`<strong>Niet alles uit deze link kon worden gebruikt.</strong>`,
            ` ${list.length === 1 ? "Deze instelling is" : "Deze instellingen zijn"} genegeerd; de pagina toont daar de standaardkeuze: `,
            ...list.flatMap((d, i) => [i ? "; " : "", html`<code>${d.key}=${shown(d.text)}</code>`, ` (${d.reason})`]),
            ".",
          ]
        : []),
    );
  };
  const stop = subscribe(render);
  render(entries());
  return element;
}
