// Home: the year and level the overview starts with.
import {SHARED_DEFAULTS} from "../defaults.js";

export const DEFAULTS = Object.freeze({...SHARED_DEFAULTS, year: 2020});
