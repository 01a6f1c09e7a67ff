// Framework data loader: geometry.json with only its gemeente and provincie objects (TopoJSON), for pages whose maps draw gemeenten.
import {readOutput} from "../../data-loaders/build.ts";
import {topologySubset} from "../../data-loaders/topology-subset.ts";

const topology = JSON.parse(new TextDecoder().decode(await readOutput("geometry")));
process.stdout.write(JSON.stringify(topologySubset(topology, ["gemeente", "provincie"])));
