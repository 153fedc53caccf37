import { useState } from "react";

import type { SafetyBlock } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";

import { useSafetyBlocks } from "../api";
import { capitalise, categoryLabel, clock, count } from "../format";
import { Badge, Facts, Loading, LoadError, When } from "./parts";

/** How many blocks show before "Show all". */
const FIRST = 8;

function where(block: SafetyBlock): string {
  if (block.source === "output") {
    return block.job_id
      ? `A story the engine wrote (job ${block.job_id}); the job was stopped`
      : "A page the engine wrote; it was rewritten";
  }
  const field = block.field ? `the “${block.field.replace(/_/g, " ")}” field` : "a request";
  return capitalise(block.path ? `${field} of ${block.path}` : field);
}

/** The safety checker's recent refusals: what was refused, when, and where. */
export function SafetySection() {
  const blocks = useSafetyBlocks();
  const [all, setAll] = useState(false);
  const data = blocks.data;
  const shown = data ? (all ? data.items : data.items.slice(0, FIRST)) : [];
  return (
    <Card title="Safety blocks" id="safety">
      {blocks.isPending && <Loading label="Loading safety blocks…" />}
      {blocks.isError && !data && <LoadError error={blocks.error} onRetry={() => void blocks.refetch()} />}
      {data && (
        <>
          <p className="text-base text-ink-soft">
            Recent refusals of the safety checker, newest first. Kept in: {data.kept}.
          </p>
          {data.items.length === 0 ? (
            <p className="mt-3 rounded-2xl bg-cream p-4">No blocks recorded recently.</p>
          ) : (
            <>
              <ul aria-label="Blocks by category" className="mt-3 flex flex-wrap gap-2">
                {Object.entries(data.by_category)
                  .sort((a, b) => b[1] - a[1])
                  .map(([category, n]) => (
                    <li key={category} className="rounded-full bg-sand px-3 py-1 text-base">
                      {categoryLabel(category)}: <strong>{count(n)}</strong>
                    </li>
                  ))}
              </ul>
              <ul aria-label="Recent blocks" className="mt-4 flex flex-col gap-3">
                {shown.map((b, i) => (
                  <li key={`${b.at}-${b.job_id ?? ""}-${i}`} className="rounded-2xl border-2 border-sand-dark bg-cream p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 className="text-lg">{categoryLabel(b.category)}</h3>
                      {b.source === "input" ? (
                        <Badge tone="info" symbol="⌨">Typed by a user</Badge>
                      ) : (
                        <Badge tone="warn">Written by an engine</Badge>
                      )}
                    </div>
                    <Facts
                      items={[
                        [
                          "When",
                          <>
                            <When iso={b.at} /> ({clock(b.at)})
                          </>,
                        ],
                        ["Where", where(b)],
                        ...(b.matched ? [["Words", `“${b.matched}”`] as [string, string]] : []),
                        ...(b.user_email
                          ? [["Who", `${b.user_name ?? ""} (${b.user_email})`] as [string, string]]
                          : b.user_id
                            ? [["Who", `a removed user (${b.user_id})`] as [string, string]]
                            : []),
                      ]}
                    />
                  </li>
                ))}
              </ul>
              {data.items.length > FIRST && (
                <Button
                  variant="quiet"
                  className="mt-3"
                  onPress={() => {
                    setAll(!all);
                  }}
                >
                  {all ? "Show fewer" : `Show all ${count(data.items.length)}`}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </Card>
  );
}
