/** Country, hierarchy, buurt sites, population and cells: everything the scores are laid upon. */
import {buildCells} from "./cells.ts";
import {buildHierarchy} from "./hierarchy.ts";
import {createOutline} from "./outline.ts";
import {placeBuurten} from "./placement.ts";
import {populate} from "./population.ts";
import type {World} from "./world.ts";

export function buildWorld(seed: number): World {
  const outline = createOutline(seed);
  const {provincies, corops, gemeenten} = buildHierarchy(seed, outline);
  const {buurten, wijken} = placeBuurten(seed, outline, gemeenten);
  populate(seed, gemeenten, buurten);
  buildCells(outline, buurten);
  return {seed, provincies, corops, gemeenten, wijken, buurten};
}
