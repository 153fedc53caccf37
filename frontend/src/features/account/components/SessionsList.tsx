import { useQuery } from "@tanstack/react-query";

import { sessionsQuery } from "@/api/queries";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Skeleton } from "@/components/ui/Skeleton";
import { friendlyMessage } from "@/lib/problem";

import { useRevokeSession } from "../api";
import { describeDevice, formatDate, timeAgo } from "../device";

export function SessionsList() {
  const sessions = useQuery(sessionsQuery);
  const revoke = useRevokeSession();

  return (
    <Card title="Where you're signed in" id="sessions">
      {sessions.isPending && (
        <div role="status" className="flex flex-col gap-3">
          <span className="sr-only">Loading your devices…</span>
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
      )}
      {sessions.isError && (
        <Alert title={friendlyMessage(sessions.error).title}>
          <p>{friendlyMessage(sessions.error).message}</p>
          <Button variant="secondary" className="mt-3" onPress={() => void sessions.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {sessions.data && (
        <ul className="flex flex-col gap-3">
          {sessions.data.map((session) => {
            const device = describeDevice(session.device);
            const revoking = revoke.isPending && revoke.variables === session.id;
            return (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-2 border-sand p-4"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-bold">
                    {device}
                    {session.current && (
                      <span className="rounded-full bg-leaf px-3 py-0.5 text-sm text-white">
                        This device
                      </span>
                    )}
                  </p>
                  <p className="text-base text-ink-soft">
                    Signed in {formatDate(session.created_at)} · last active{" "}
                    {timeAgo(session.last_used_at)}
                    {session.ip ? ` · ${session.ip}` : ""}
                  </p>
                </div>
                {!session.current && (
                  <Button
                    variant="secondary"
                    isDisabled={revoking}
                    aria-label={`Sign out ${device}, signed in ${formatDate(session.created_at)}`}
                    onPress={() => {
                      revoke.mutate(session.id);
                    }}
                  >
                    {revoking ? "Signing out…" : "Sign out"}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
