import type { ReactNode } from "react";

import { cx } from "@/lib/cx";

const tones = {
  error: "bg-berry-light border-berry text-ink",
  info: "bg-sky-light border-sky text-ink",
  success: "bg-leaf-light border-leaf text-ink",
};

/** A message box inside a page. Errors are announced (role=alert), others politely. */
export function Alert({
  tone = "error",
  title,
  children,
  className,
}: {
  tone?: keyof typeof tones;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cx("rounded-2xl border-l-8 px-4 py-3", tones[tone], className)}
    >
      <p className="font-bold">{title}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}
