// Framework data loader: the codebook as CSV, for the download on Methoden & data and in the werkbank.
import {codebookCsv} from "../../data-loaders/codebook.ts";

process.stdout.write(codebookCsv());
