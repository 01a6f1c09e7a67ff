/** Link profiles: bandwidth in megabits per second (both directions), round-trip latency in ms. */
export const PROFILES = {
  "50mbps": {label: "50 Mbps / 30 ms", mbps: 50, latency: 30},
  "15mbps": {label: "15 Mbps / 60 ms", mbps: 15, latency: 60},
  // No link: what the machine itself takes (CPU), to read the other lines against.
  local: {label: "unthrottled", mbps: 0, latency: 0},
};
