import { describe, expect, it } from "vitest";

import { summarizeProfile, type CpuProfile } from "../../../scripts/bench/cpu-profile-summary";

const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 9 });

/** A profile of four nodes; each sample's time is the gap to the next sample (µs). */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 3, 4, 5] },
    { id: 2, callFrame: frame("(idle)") },
    {
      id: 3,
      callFrame: frame("renderToHTML", "file:///srv/node_modules/next/dist/server/render.js"),
    },
    { id: 4, callFrame: frame("writeHead", "node:_http_server") },
    { id: 5, callFrame: frame("(garbage collector)") },
  ],
  samples: [2, 3, 3, 4, 5, 2],
  timeDeltas: [0, 4000, 3000, 1000, 2000, 1000],
  startTime: 0,
  endTime: 11_000,
};

describe("summarizeProfile", () => {
  it("splits the busy time by area and names the functions with the most self time", () => {
    const summary = summarizeProfile(PROFILE);
    expect(summary.totalMs).toBe(11);
    expect(summary.busyMs).toBe(7);
    expect(summary.areas).toEqual([
      { area: "Next.js: base server and render", ms: 4 },
      { area: "Node.js: HTTP and streams", ms: 2 },
      { area: "garbage collection", ms: 1 },
    ]);
    expect(summary.functions[0]).toEqual({
      name: "renderToHTML",
      where: "next/dist/server/render.js:10",
      area: "Next.js: base server and render",
      ms: 4,
    });
  });
});
