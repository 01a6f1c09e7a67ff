// The text of an uploaded file. Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in
// Windows-1252, not UTF-8; read as UTF-8, "Súdwest-Fryslân" would turn into replacement marks
// without a word. Bytes that are not valid UTF-8 are therefore read as Windows-1252, and the
// reader is told.

/**
 * @param {ArrayBuffer | Uint8Array} bytes
 * @returns {{text: string, encoding: "utf-8" | "windows-1252", notice: string | null}}
 */
export function decodeText(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    const text = new TextDecoder("utf-8", {fatal: true, ignoreBOM: false}).decode(view);
    return {text, encoding: "utf-8", notice: null};
  } catch {
    const text = new TextDecoder("windows-1252").decode(view);
    return {
      text,
      encoding: "windows-1252",
      notice:
        "Het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (de standaard van Excel). Controleer namen met letters als ë of â.",
    };
  }
}
