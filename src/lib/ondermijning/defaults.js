// Ondermijning en onveiligheid: year of the safety data, the Veiligheidsmonitor reliability
// threshold, LBM year of sociale samenhang (soc), standardisation ("z" or "rank"), residual label
// threshold in residual standard errors, number of top gemeenten highlighted.
import {SHARED_DEFAULTS} from "../defaults.js";
import {DEFAULT_MIN_RESPONDENTS} from "../registry.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  safetyYear: 2019,
  minRespondents: DEFAULT_MIN_RESPONDENTS,
  lbmYear: 2020,
  standardisation: "z",
  residualThreshold: 2,
  topN: 10,
});
