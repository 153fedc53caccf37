import { describe, expect, it } from "vitest";

import { layoutGraph } from "./graph";

describe("relationship graph layout", () => {
  const center = { id: "c", name: "Maya", portraitId: null };
  it("puts the character in the middle and others round a circle from the top", () => {
    const layout = layoutGraph(
      {
        center,
        links: [
          { id: "r1", otherId: "a", otherName: "Ben", label: "Brother", portraitId: null },
          { id: "r2", otherId: "b", otherName: "Rex", label: "Pet", portraitId: null },
        ],
      },
      400,
    );
    expect(layout.nodes[0]).toMatchObject({ id: "c", x: 200, y: 200, center: true });
    expect(layout.nodes[1]!.x).toBeCloseTo(200);
    expect(layout.nodes[1]!.y).toBeLessThan(200);
    expect(layout.nodes[2]!.y).toBeGreaterThan(200);
    expect(layout.edges.map((e) => [e.to, e.label])).toEqual([["a", "Brother"], ["b", "Pet"]]);
    expect(layout.edges[0]!.ly).toBeCloseTo((200 + layout.nodes[1]!.y) / 2);
  });
  it("draws one node per other character, joining labels", () => {
    const layout = layoutGraph({
      center,
      links: [
        { id: "r1", otherId: "a", otherName: "Ben", label: "Brother", portraitId: null },
        { id: "r2", otherId: "a", otherName: "Ben", label: "Best friend", portraitId: null },
        { id: "r3", otherId: "c", otherName: "Maya", label: "Self", portraitId: null },
      ],
    });
    expect(layout.nodes).toHaveLength(2);
    expect(layout.edges[0]!.label).toBe("Brother, Best friend");
  });
});
