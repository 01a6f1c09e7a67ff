import {timeChange} from "../measure.mjs";

// Another gemeente through the search box: the next of the current gemeente's peers (for a G4 city
// the other G4 cities, the largest gemeenten), typed as a code and chosen with Enter.
const nextPeer = `
  const peers = document.querySelector("#gemeente-heading").dataset.peers.split(",");
  const box = document.querySelector(".area-search input");
  box.value = peers[i % peers.length];
  box.dispatchEvent(new Event("input", {bubbles: true}));
  box.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));`;

export default [
  {
    name: "Gemeenteprofiel — gemeente wisselen",
    path: "/gemeente?gemeente=GM1395",
    firstChart: "#insufficient-trend svg",
    change: timeChange(nextPeer, [
      "#gemeente-heading",
      "#gemeente-map",
      "#gemeente-risers",
      "#ondermijning-summary",
      "#gemeente-peers",
    ]),
  },
];
