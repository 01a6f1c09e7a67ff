// Framework data loader: the codebook (every column with description, unit, source, years) from the contract.
import {codebook} from "../../data-loaders/codebook.ts";

process.stdout.write(JSON.stringify(codebook()));
