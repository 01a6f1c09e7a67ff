import {html} from "htl";

const DEFAULT_TEXT = "deze cijfers laten zien welke kenmerken samen voorkomen, niet dat het een het ander veroorzaakt.";

/** The one-line reminder under every association: "Samenhang, geen oorzaak: …". */
export function caveat(text = DEFAULT_TEXT) {
  return html`<p class="caveat" role="note"><strong>Samenhang, geen oorzaak:</strong> ${text}</p>`;
}
