import { useImageSrc } from "@/api/images";

import { layoutGraph, type GraphInput, type GraphNode } from "../graph";

/** The relationship graph as SVG, with a list for screen readers (the text alternative). */
export function RelationshipGraph({ input }: { input: GraphInput }) {
  const layout = layoutGraph(input);
  const r = layout.radius;
  return (
    <figure className="flex flex-col items-center">
      <svg
        viewBox={`-30 -10 ${layout.width + 60} ${layout.height + 30}`}
        className="w-full max-w-md"
        role="img"
        aria-labelledby="graph-caption"
      >
        {layout.edges.map((edge) => (
          <g key={edge.id}>
            <line x1={edge.x1} y1={edge.y1} x2={edge.x2} y2={edge.y2} stroke="#b4461f" strokeWidth="3" strokeLinecap="round" />
            <g transform={`translate(${edge.lx} ${edge.ly})`}>
              <rect
                x={-(edge.label.length * 4.4 + 10)}
                y={-13}
                width={edge.label.length * 8.8 + 20}
                height={26}
                rx={13}
                fill="#fff8ef"
                stroke="#e9d2b4"
              />
              <text textAnchor="middle" dominantBaseline="central" fontSize="15" fill="#2b2118" fontWeight="bold">
                {edge.label}
              </text>
            </g>
          </g>
        ))}
        {layout.nodes.map((node) => (
          <Node key={node.id} node={node} r={node.center ? r + 8 : r} />
        ))}
      </svg>
      <figcaption id="graph-caption" className="sr-only">
        {input.center.name}'s relationships:{" "}
        {input.links.length === 0
          ? "none yet."
          : input.links.map((l) => `${l.otherName} (${l.label})`).join(", ")}
      </figcaption>
    </figure>
  );
}

function Node({ node, r }: { node: GraphNode; r: number }) {
  const src = useImageSrc(node.portraitId, { width: 128 });
  const clip = `clip-${node.id}`;
  return (
    <g>
      <clipPath id={clip}>
        <circle cx={node.x} cy={node.y} r={r} />
      </clipPath>
      <circle cx={node.x} cy={node.y} r={r + 3} fill={node.center ? "#b4461f" : "#2f6b3a"} />
      <circle cx={node.x} cy={node.y} r={r} fill="#f6e7d3" />
      {src.data ? (
        <image href={src.data} x={node.x - r} y={node.y - r} width={r * 2} height={r * 2} clipPath={`url(#${clip})`} />
      ) : (
        <text x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central" fontSize={r * 0.9} fill="#5b4636" fontWeight="bold">
          {node.name.slice(0, 1).toUpperCase()}
        </text>
      )}
      <rect x={node.x - 48} y={node.y + r + 5} width={96} height={22} rx={11} fill="#ffffff" opacity="0.92" />
      <text x={node.x} y={node.y + r + 16} textAnchor="middle" dominantBaseline="central" fontSize="14" fill="#2b2118" fontWeight="bold">
        {node.name.length > 12 ? `${node.name.slice(0, 11)}…` : node.name}
      </text>
    </g>
  );
}
