import { ApiError, refusal } from "@/lib/problem";

/**
 * What the safety check refused, shown on the words the person typed: the refused part
 * marked, why (in everyday words) and what to try instead, when the server suggests it.
 * Renders nothing for any other error, or when the text no longer holds the span.
 */
export function RefusedWords({ error, text }: { error: unknown; text: string }) {
  if (!(error instanceof ApiError)) return null;
  const refused = refusal(error);
  if (!refused) return null;
  const { span, suggestion } = refused;
  const marked = span && span[1] <= text.length && span[0] < span[1];
  return (
    <div role="note" aria-label="Words we can't use" className="rounded-[var(--radius-card)] border-2 border-clay/40 bg-cream p-4 text-base">
      {marked && (
        <p className="whitespace-pre-wrap">
          {text.slice(0, span[0])}
          <mark className="rounded bg-clay/25 px-0.5 font-bold text-ink">{text.slice(span[0], span[1])}</mark>
          {text.slice(span[1])}
        </p>
      )}
      <p className={marked ? "mt-2" : undefined}>{error.message}</p>
      {suggestion && <p className="mt-2"><span className="font-bold">Try instead: </span>{suggestion}</p>}
    </div>
  );
}
