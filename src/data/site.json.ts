// Framework data loader: version, licence, build date and repository of the site (for citing it).
import {siteInfo} from "../../data-loaders/site-info.ts";

process.stdout.write(JSON.stringify(siteInfo()));
