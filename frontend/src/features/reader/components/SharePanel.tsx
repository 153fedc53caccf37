import { useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { useOnline } from "@/lib/online";
import { notify } from "@/lib/toast";

import { shareLink, useCreateShare, useRevokeShare, useShares, type Share } from "../exports";

const EXPIRY = [
  { value: "7", label: "In a week" },
  { value: "30", label: "In a month" },
  { value: "365", label: "In a year" },
] as const;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * Share links: anyone with one can read the book without an account, until it expires or
 * is revoked. The link itself is shown once, when it is made (the server keeps only a hash).
 */
export function SharePanel({ storyId, title }: { storyId: string; title: string }) {
  const online = useOnline();
  const shares = useShares(storyId);
  const create = useCreateShare(storyId);
  const revoke = useRevokeShare(storyId);
  const [days, setDays] = useState<string>("30");
  const [copied, setCopied] = useState(false);
  const created = create.data;
  const link = created ? shareLink(created.token) : null;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (permissions, old browser): select the text so it can be copied by hand.
      const input = document.getElementById("share-link") as HTMLInputElement | null;
      input?.select();
      notify.info("Press Ctrl+C (or ⌘C) to copy the selected link.");
    }
  };

  return (
    <section aria-labelledby="share-title" className="flex flex-col gap-4 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-6">
      <div>
        <h2 id="share-title" className="text-2xl">Share “{title}”</h2>
        <p className="text-base text-ink-soft">
          Grandparents and friends can read it from a link, without an account. They can't change it.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label="The link stops working"
          value={days}
          placeholder="Never (until I revoke it)"
          options={EXPIRY.map((e) => ({ value: e.value, label: e.label }))}
          onChange={setDays}
          className="min-w-56"
        />
        <Button
          isDisabled={create.isPending || !online}
          onPress={() => {
            setCopied(false);
            create.mutate(days ? Number(days) : null);
          }}
        >
          {create.isPending ? "Making a link…" : "Make a share link"}
        </Button>
      </div>
      {create.isError && <ProblemAlert error={create.error} />}
      {link && created && (
        <Alert tone="success" title="Your link is ready">
          <p className="text-base">Copy it now: for safety we can't show it again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <label htmlFor="share-link" className="sr-only">Share link</label>
            <input
              id="share-link"
              readOnly
              value={link}
              onFocus={(e) => { e.target.select(); }}
              className="min-h-12 min-w-0 flex-1 rounded-xl border-2 border-ink-soft/80 bg-paper px-3 font-mono text-base"
            />
            <Button variant="secondary" onPress={() => void copy()}>
              {copied ? "Copied ✓" : "Copy link"}
            </Button>
          </div>
          <p className="mt-1 text-base" aria-live="polite">
            {copied ? "The link is on your clipboard." : ""}
          </p>
        </Alert>
      )}

      <div>
        <h3 className="mb-2 text-xl">Links to this book</h3>
        {shares.isPending && <Skeleton className="h-16" />}
        {shares.isError && <ProblemAlert error={shares.error} />}
        {shares.data?.length === 0 && <p className="text-base text-ink-soft">No links yet: the book is private.</p>}
        {shares.data && shares.data.length > 0 && (
          <ul aria-label="Share links" className="flex flex-col gap-2">
            {shares.data.map((s) => (
              <ShareRow
                key={s.id}
                share={s}
                revoking={revoke.isPending && revoke.variables === s.id}
                onRevoke={() => {
                  revoke.mutate(s.id, {
                    onSuccess: () => notify.success("Link revoked: it no longer opens the book."),
                    onError: (e) => notify.failure(e),
                  });
                }}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function ShareRow({ share, revoking, onRevoke }: { share: Share; revoking: boolean; onRevoke: () => void }) {
  const created = when.format(new Date(share.created_at));
  const expiry = share.expires_at ? when.format(new Date(share.expires_at)) : null;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-2 border-sand-dark p-3">
      <p className="text-base">
        <strong>Made {created}</strong>
        <br />
        {share.expired ? `Expired ${expiry ?? ""}` : expiry ? `Works until ${expiry}` : "Works until you revoke it"}
      </p>
      <Button variant="danger" isDisabled={revoking} onPress={onRevoke} aria-label={`Revoke the link made ${created}`}>
        {revoking ? "Revoking…" : "Revoke"}
      </Button>
    </li>
  );
}
