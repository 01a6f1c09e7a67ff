// Home's downloads: one column list per file, Dutch headers with units.
import {downloadRows} from "../download-table.js";
import {classLabel} from "../labels.js";

/** Areas, households and inhabitants per class (`classDistribution`, overview.js). */
export const classDownload = (rows) =>
  downloadRows(rows, [
    {key: "lbm_class", header: "Klasse", value: (r) => `${r.lbm_class} ${classLabel(r.lbm_class)}`},
    {key: "areas", header: "Gebieden (aantal)"},
    {key: "households", header: "Huishoudens (aantal)"},
    {key: "inhabitants", header: "Inwoners (aantal)"},
    {key: "insufficient", header: "Onder voldoende", value: (r) => (r.insufficient ? "ja" : "nee")},
  ]);

/** Share of areas below voldoende per gemeente (`insufficientShares`, overview.js). */
export const insufficientDownload = (rows) =>
  downloadRows(rows, [
    {key: "code", header: "Gemeentecode"},
    {key: "name", header: "Gemeente"},
    {key: "areas", header: "Gebieden (aantal)"},
    {key: "share", header: "Onder voldoende (%)", scale: 100, digits: 1},
  ]);
