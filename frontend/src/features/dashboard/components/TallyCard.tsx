import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Skeleton } from "@/components/ui/Skeleton";

import type { Tally } from "../api";

/** A count from the API with the first few names, or a friendly empty state. */
export function TallyCard({
  id,
  title,
  tone,
  query,
  noun,
  empty,
}: {
  id: string;
  title: string;
  tone: "paper" | "sand" | "leaf" | "sky";
  query: UseQueryResult<Tally>;
  noun: [singular: string, plural: string];
  empty: ReactNode;
}) {
  const tally = query.data;
  return (
    <Card title={title} id={id} tone={tone}>
      {query.isPending && (
        <div role="status">
          <span className="sr-only">Counting your {noun[1]}…</span>
          <Skeleton className="h-12 w-24" />
          <Skeleton className="mt-3 h-5 w-3/4" />
        </div>
      )}
      {query.isError && (
        <div>
          <p>We couldn't count your {noun[1]} just now.</p>
          <Button variant="secondary" className="mt-3" onPress={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      )}
      {tally && tally.count === 0 && <div className="flex flex-col gap-2">{empty}</div>}
      {tally && tally.count > 0 && (
        <>
          <p>
            <span className="block text-5xl font-bold" aria-hidden="true">
              {tally.count}
              {tally.more ? "+" : ""}
            </span>
            <span className="sr-only">
              {tally.more ? `More than ${tally.count}` : tally.count}{" "}
            </span>
            {tally.count === 1 && !tally.more ? noun[0] : noun[1]} so far
          </p>
          <ul className="mt-3 flex flex-wrap gap-2" aria-label={`Latest ${noun[1]}`}>
            {tally.names.map((name, i) => (
              <li key={`${name}-${i}`} className="rounded-full bg-paper px-3 py-1 text-base">
                {name}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
