// Framework data loader: TopoJSON (objects buurt, wijk, gemeente, provincie; WGS84; id = area code).
import {readOutput} from "../../data-loaders/build.ts";

process.stdout.write(await readOutput("geometry"));
