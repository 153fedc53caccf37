/** Where to draw a character's relationship graph: them in the middle, others around. */
export interface GraphInput {
  center: { id: string; name: string; portraitId: string | null };
  links: { id: string; otherId: string; otherName: string; label: string; portraitId: string | null }[];
}

export interface GraphNode {
  id: string;
  name: string;
  portraitId: string | null;
  x: number;
  y: number;
  center: boolean;
}

export interface GraphEdge {
  id: string;
  to: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the label sits: the middle of the edge. */
  lx: number;
  ly: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  radius: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * A radial layout: the character at the centre, each other character (once, with all its
 * labels joined) evenly round a circle starting at the top, clockwise.
 */
export function layoutGraph(input: GraphInput, size = 420, nodeRadius = 36): GraphLayout {
  const cx = size / 2;
  const cy = size / 2;
  const nodes: GraphNode[] = [
    { ...input.center, x: cx, y: cy, center: true },
  ];
  const byOther = new Map<string, { ids: string[]; name: string; labels: string[]; portraitId: string | null }>();
  for (const link of input.links) {
    if (link.otherId === input.center.id) continue;
    const entry = byOther.get(link.otherId);
    if (entry) {
      entry.ids.push(link.id);
      if (!entry.labels.includes(link.label)) entry.labels.push(link.label);
    } else {
      byOther.set(link.otherId, { ids: [link.id], name: link.otherName, labels: [link.label], portraitId: link.portraitId });
    }
  }
  const others = [...byOther.entries()];
  const ring = size / 2 - nodeRadius - 22;
  const edges: GraphEdge[] = [];
  others.forEach(([otherId, other], i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
    const x = round(cx + ring * Math.cos(angle));
    const y = round(cy + ring * Math.sin(angle));
    nodes.push({ id: otherId, name: other.name, portraitId: other.portraitId, x, y, center: false });
    edges.push({
      id: other.ids.join("+"),
      to: otherId,
      label: other.labels.join(", "),
      x1: cx,
      y1: cy,
      x2: x,
      y2: y,
      lx: round((cx + x) / 2),
      ly: round((cy + y) / 2),
    });
  });
  return { width: size, height: size, radius: nodeRadius, nodes, edges };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
