import { friendlyMessage } from "@/lib/problem";
import { formatClock } from "@/lib/use-lockout";

import { Alert } from "./Alert";

/** A failed form submission, explained; for 429 also the time to try again. */
export function ProblemAlert({
  error,
  lockedUntil,
  extra = [],
}: {
  error: unknown;
  lockedUntil?: Date | null;
  extra?: string[];
}) {
  const { title, message } = friendlyMessage(error);
  return (
    <Alert title={title}>
      <p>{message}</p>
      {lockedUntil && <p>You can try again at {formatClock(lockedUntil)}.</p>}
      {extra.length > 0 && (
        <ul className="mt-1 list-disc pl-6">
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
