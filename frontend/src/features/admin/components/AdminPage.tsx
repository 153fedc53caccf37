import { LinkButton } from "@/components/ui/Button";
import { ErrorBoundary } from "@/components/ui/ErrorBoundary";
import { usePageTitle } from "@/lib/page";
import { ApiError } from "@/lib/problem";

import { useAdminHealth, useIsAdmin } from "../api";
import { ChartsSection } from "./ChartsSection";
import { HealthSection } from "./HealthSection";
import { JobsSection } from "./JobsSection";
import { SafetySection } from "./SafetySection";
import { UsersSection } from "./UsersSection";

const SECTIONS = [
  ["health", "Health"],
  ["jobs", "Jobs"],
  ["users", "Users"],
  ["safety", "Safety blocks"],
  ["charts", "Charts"],
] as const;

/** The admin area: only for the admin role; everyone else is told so, kindly. */
export function AdminPage() {
  usePageTitle("Admin");
  const admin = useIsAdmin();
  return admin ? <AdminArea /> : <NotForYou />;
}

function AdminArea() {
  // A role taken away since this session began shows as the server's 403.
  const health = useAdminHealth();
  if (health.error instanceof ApiError && health.error.status === 403) return <NotForYou />;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl sm:text-4xl">Admin</h1>
        <p className="mt-1 max-w-prose text-lg text-ink-soft">
          How this Storyloom is doing: its components, everyone's jobs and usage, and what the
          safety checker refused. Times are in your time zone.
        </p>
      </div>
      <nav aria-label="Admin sections">
        <ul className="flex flex-wrap gap-2">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className="inline-flex min-h-12 items-center rounded-full border-2 border-sand-dark bg-paper px-4 font-bold text-ink no-underline hover:bg-sand"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorBoundary>
        <HealthSection />
      </ErrorBoundary>
      <ErrorBoundary>
        <JobsSection />
      </ErrorBoundary>
      <ErrorBoundary>
        <UsersSection />
      </ErrorBoundary>
      <ErrorBoundary>
        <SafetySection />
      </ErrorBoundary>
      <ErrorBoundary>
        <ChartsSection />
      </ErrorBoundary>
    </div>
  );
}

function NotForYou() {
  return (
    <section
      aria-labelledby="not-admin"
      className="mx-auto flex max-w-2xl flex-col items-start gap-4 rounded-[var(--radius-card)] bg-sand px-5 py-6 sm:px-8 sm:py-8"
    >
      <h1 id="not-admin" className="text-3xl">
        This area is for administrators
      </h1>
      <p className="text-lg">
        The admin area shows how the whole service is doing, so only the people who look after
        this Storyloom can open it. Your characters, books and this month's usage are all on
        your dashboard.
      </p>
      <p>If you look after this Storyloom, ask another administrator to give your account the admin role.</p>
      <LinkButton href="/">Go to your dashboard</LinkButton>
    </section>
  );
}
