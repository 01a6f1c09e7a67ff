import * as Inputs from "@observablehq/inputs";
import {bindUrl} from "../lib/url-state.js";

const LABELS = {buurt: "Buurten", wijk: "Wijken", gemeente: "Gemeenten"};

/**
 * Radio buttons for the level of analysis; value "buurt" or "wijk" (or whatever `levels` lists).
 * Bound to the URL key `key` (default "niveau"; null to leave the URL alone); `id` is the element id.
 */
export function levelToggle({
  levels = ["buurt", "wijk"],
  value = levels[0],
  label = "Niveau",
  key = "niveau",
  id,
} = {}) {
  const input = Inputs.radio(levels, {label, value, format: (level) => LABELS[level] ?? level});
  if (id != null) input.id = id;
  return key == null ? input : bindUrl(input, key, {options: levels, default: value});
}
