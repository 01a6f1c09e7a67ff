// Marks re-running outputs on the page (see pending-outputs.js). Browser only: Framework resolves
// observablehq:client to the page's own runtime when it builds the site.
// @ts-ignore -- a Framework module, not an npm package
import {runtime} from "observablehq:client";
import {watchPendingOutputs} from "./pending-outputs.js";

watchPendingOutputs(runtime);
