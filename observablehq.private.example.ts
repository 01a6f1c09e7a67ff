// Copy to /tmp/<you>.config.ts (outside git) to build into your own directory while others build too:
//   npx observable build --config /tmp/<you>.config.ts && DIST_DIR=/tmp/<you>-dist node --test tests/e2e/<file>.test.mjs
import config from "/work/main/observablehq.config.ts";

export default {...config, root: "/work/main/src", output: "/tmp/CHANGE-ME-dist"};
