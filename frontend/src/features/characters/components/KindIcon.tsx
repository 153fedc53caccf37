import type { ReactNode } from "react";

import type { Kind } from "@/api/types";

const INK = "#2b2118";

const LOOKS: Record<Kind, { face: string; extra: ReactNode }> = {
  child: { face: "#f3c6a5", extra: <path d="M14 26c0-12 8-17 18-17s18 5 18 17c-5-4-11-6-18-6s-13 2-18 6z" fill="#6a3b1f" /> },
  cat: { face: "#f0a04b", extra: <path d="M14 24l2-16 12 9zM50 24l-2-16-12 9z" fill="#f0a04b" stroke={INK} strokeWidth="1.5" /> },
  dog: { face: "#c9a27a", extra: <path d="M12 18c-6 4-6 18 2 20l4-16zM52 18c6 4 6 18-2 20l-4-16z" fill="#8a5a3b" stroke={INK} strokeWidth="1.5" /> },
  bear: { face: "#9a6a44", extra: <g fill="#9a6a44" stroke={INK} strokeWidth="1.5"><circle cx="16" cy="16" r="7" /><circle cx="48" cy="16" r="7" /></g> },
  rabbit: { face: "#f7f4ef", extra: <g fill="#f7f4ef" stroke={INK} strokeWidth="1.5"><ellipse cx="24" cy="8" rx="5" ry="12" /><ellipse cx="40" cy="8" rx="5" ry="12" /></g> },
  fox: { face: "#e8742a", extra: <path d="M12 26l4-20 12 10zM52 26l-4-20-12 10z" fill="#e8742a" stroke={INK} strokeWidth="1.5" /> },
  owl: { face: "#9b7653", extra: <g><path d="M14 16l6 6M50 16l-6 6" stroke={INK} strokeWidth="3" /><circle cx="25" cy="33" r="7" fill="#fff" stroke={INK} /><circle cx="39" cy="33" r="7" fill="#fff" stroke={INK} /></g> },
  dragon: { face: "#5bbf6a", extra: <path d="M18 18l-4-12 10 8zM46 18l4-12-10 8z" fill="#f2c14e" stroke={INK} strokeWidth="1.5" /> },
  robot: { face: "#9fb8d0", extra: <g stroke={INK} strokeWidth="2"><path d="M32 14V6" /><circle cx="32" cy="5" r="3" fill="#e63946" /></g> },
  unicorn: { face: "#fdf6ff", extra: <path d="M28 16l4-14 4 14z" fill="#f2c14e" stroke={INK} strokeWidth="1.5" /> },
};

/** A small drawn face for each kind of character (decorative: the label names it). */
export function KindIcon({ kind, className = "size-12" }: { kind: Kind; className?: string }) {
  const look = LOOKS[kind];
  const robot = kind === "robot";
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      {kind !== "owl" && look.extra}
      {robot ? (
        <rect x="12" y="14" width="40" height="40" rx="8" fill={look.face} stroke={INK} strokeWidth="1.5" />
      ) : (
        <circle cx="32" cy="36" r="20" fill={look.face} stroke={INK} strokeWidth="1.5" />
      )}
      {kind === "child" && look.extra}
      {kind === "owl" ? (
        look.extra
      ) : (
        <>
          <circle cx="25" cy="34" r="2.5" fill={INK} />
          <circle cx="39" cy="34" r="2.5" fill={INK} />
        </>
      )}
      {kind === "owl" && (
        <>
          <circle cx="25" cy="33" r="2.5" fill={INK} />
          <circle cx="39" cy="33" r="2.5" fill={INK} />
          <path d="M29 40l3 5 3-5z" fill="#f2b33d" />
        </>
      )}
      {kind !== "owl" && <path d="M26 43q6 5 12 0" stroke={INK} strokeWidth="2" fill="none" strokeLinecap="round" />}
    </svg>
  );
}
