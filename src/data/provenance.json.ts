// Framework data loader: provenance of the data (source, synthetic or not, generator and seed, row counts).
import {readOutput} from "../../data-loaders/build.ts";

process.stdout.write(await readOutput("provenance"));
