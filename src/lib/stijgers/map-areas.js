// Which outlines the map draws: the areas of the gemeenten in the region, exactly as the counts
// select them (engine.regionMask), with their names and their index in the loaded scores.
import {regionMask} from "./engine.js";

/**
 * @param {any} scores loaded scores of one level @param {any} region the region filter's value
 * @returns {{codes: Set<string>, names: Map<string, string>, indexOf: (code: string) => number | undefined}}
 */
export function regionMapAreas(scores, region) {
  const {mask} = regionMask(scores, region);
  const inRegion = scores.areas.filter((_, i) => mask[i]);
  const index = new Map(scores.areas.map((a, i) => [a.code, i]));
  return {
    codes: new Set(inRegion.map((a) => a.code)),
    names: new Map(inRegion.map((a) => [a.code, a.name])),
    indexOf: (code) => index.get(code),
  };
}
