// Marks re-running outputs on the page (see pending-outputs.js). Browser only: Framework resolves
// observablehq:runtime to the runtime its pages run on, so a variable of a throwaway runtime has
// the prototype every variable of the page shares.
// @ts-ignore -- a Framework module, not an npm package
import {Runtime} from "observablehq:runtime";
import {watchPendingOutputs} from "./pending-outputs.js";

const probe = new Runtime();
watchPendingOutputs(Object.getPrototypeOf(probe.module().variable()));
probe.dispose();
