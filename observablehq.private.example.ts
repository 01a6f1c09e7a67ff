// To build into your own directory while others build too, copy this file to
// /tmp/<you>.config.mjs (outside git), change the output, and run (from /work/main):
//   NODE_OPTIONS="--import tsx/esm" npx observable build --config /tmp/<you>.config.mjs
//   DIST_DIR=/tmp/<you>-dist node --test tests/e2e/<file>.test.mjs
import config from "/work/main/observablehq.config.ts";

export default {...config, root: "/work/main/src", output: "/tmp/CHANGE-ME-dist"};
