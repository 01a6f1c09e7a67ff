// Framework data loader: the normalised `lbm` table as parquet (source from LBM_SOURCE, default demo).
import {readOutput} from "../../data-loaders/build.ts";

process.stdout.write(await readOutput("lbm"));
