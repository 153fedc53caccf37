import type { ReactNode } from "react";

/** The frame of the sign-in screens: a friendly heading over one centred card. */
export function AuthShell({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-6 py-4 sm:py-8">
      <div className="text-center">
        <BookMark />
        <h1 className="mt-3 text-3xl sm:text-4xl">{title}</h1>
        <p className="mt-2 text-ink-soft">{intro}</p>
      </div>
      <div className="rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-8">
        {children}
      </div>
    </div>
  );
}

function BookMark() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 96 64"
      className="mx-auto h-16 w-24"
      fill="none"
      strokeLinejoin="round"
    >
      <path d="M8 12c14-6 28-6 40 4 12-10 26-10 40-4v42c-14-6-28-6-40 4-12-10-26-10-40-4z" fill="#fbe3d6" />
      <path d="M48 16v42" stroke="#b4461f" strokeWidth="3" />
      <path d="M8 12c14-6 28-6 40 4 12-10 26-10 40-4v42c-14-6-28-6-40 4-12-10-26-10-40-4z" stroke="#b4461f" strokeWidth="3" />
      <circle cx="70" cy="8" r="5" fill="#f2b33d" />
      <path d="M18 26h20M18 34h16M58 26h20M58 34h14" stroke="#5b4636" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
