// npm run release [-- <out dir>]: one archive, next to dist/ by default (release/), with the data
// files of the configured source, their manifest, the configuration and the licences. Rebuild with
//   LBM_SOURCE=release LBM_RELEASE=<archive> npm run build
import {relative} from "node:path";
import {makeRelease} from "../data-loaders/release/make.ts";

const {path, manifest} = await makeRelease({outDir: process.argv[2]});
console.log(`release: ${relative(process.cwd(), path)}`);
console.log(`release: dataset ${manifest.dataset.id}, ${manifest.files.length} files`);
console.log(`release: rebuild with LBM_SOURCE=release LBM_RELEASE=${relative(process.cwd(), path)} npm run build`);
