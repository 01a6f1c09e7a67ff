// Default analysis choices, each documented on the page that uses it. Pages read these, never literals.
export const DEFAULTS = {
  baseYear: 2014,
  endYear: 2020,
  /** Starting classes of "weak" areas: zwak (4) and everything below. */
  weakMaxClass: 4,
  /** A riser ends at voldoende (5) or better. */
  riserMinClass: 5,
  lbmYearForSes: 2020,
  sesYear: 2019,
  safetyYear: 2019,
  minRespondents: 300,
  level: "buurt",
};
