import type { ReactNode } from "react";

import { cx } from "@/lib/cx";

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title, to keep the page outline right. */
  headingLevel?: 2 | 3;
  children: ReactNode;
  className?: string;
  tone?: "paper" | "sand" | "leaf" | "sky";
  "aria-labelledby"?: string;
  id?: string;
}

const tones = {
  paper: "bg-paper",
  sand: "bg-sand",
  leaf: "bg-leaf-light",
  sky: "bg-sky-light",
};

export function Card({ title, headingLevel = 2, children, className, tone = "paper", id }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={title ? headingId : undefined}
      className={cx(
        "rounded-[var(--radius-card)] p-5 shadow-[var(--shadow-card)] sm:p-6",
        tones[tone],
        className,
      )}
    >
      {title && (
        <Heading id={headingId} className="mb-3 text-2xl">
          {title}
        </Heading>
      )}
      {children}
    </section>
  );
}
