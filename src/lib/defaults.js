// Defaults every page shares. A theme's own choices live in src/lib/<theme>/defaults.js; pages
// read these, never literals.
export const SHARED_DEFAULTS = Object.freeze({
  /** Voldoende (5) and better count as sufficient livability. */
  sufficientClass: 5,
  level: "buurt",
});
