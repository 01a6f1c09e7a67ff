// Framework data loader: the results of the page's default-view queries (see data-loaders/first-view.ts).
import {firstViewSnapshot} from "../../data-loaders/first-view.ts";

process.stdout.write(await firstViewSnapshot("gemeente"));
