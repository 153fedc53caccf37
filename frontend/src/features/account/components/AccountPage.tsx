import { useQuery } from "@tanstack/react-query";

import { meQuery } from "@/api/queries";
import { Card } from "@/components/ui/Card";
import { ErrorBoundary } from "@/components/ui/ErrorBoundary";
import { Skeleton } from "@/components/ui/Skeleton";
import { usePageTitle } from "@/lib/page";
import { useSession } from "@/lib/session";

import { formatDate } from "../device";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { LogoutCard } from "./LogoutCard";
import { SessionsList } from "./SessionsList";

export function AccountPage() {
  usePageTitle("Your account");
  const sessionUser = useSession((s) => s.user);
  const me = useQuery({ ...meQuery, ...(sessionUser ? { placeholderData: sessionUser } : {}) });
  const user = me.data;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl sm:text-4xl">Your account</h1>
      <Card title="Your details" id="details">
        {user ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">Name</dt>
            <dd>{user.display_name}</dd>
            <dt className="font-bold">Email</dt>
            <dd className="break-all">{user.email}</dd>
            <dt className="font-bold">Member since</dt>
            <dd>{formatDate(user.created_at)}</dd>
          </dl>
        ) : (
          <div role="status">
            <span className="sr-only">Loading your details…</span>
            <Skeleton className="h-24" />
          </div>
        )}
      </Card>
      <ErrorBoundary>
        <ChangePasswordForm />
      </ErrorBoundary>
      <ErrorBoundary>
        <SessionsList />
      </ErrorBoundary>
      <LogoutCard />
    </div>
  );
}
