// Framework data loader: the page's later views, fetched when it asks one (see data-loaders/first-view.ts).
import {laterViewsSnapshot} from "../../data-loaders/first-view.ts";

process.stdout.write(await laterViewsSnapshot("sociale-ongelijkheid"));
