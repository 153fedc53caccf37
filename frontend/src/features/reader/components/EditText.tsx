import { useState } from "react";

import type { StoryPage } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { RefusedWords } from "@/components/ui/RefusedWords";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { notify } from "@/lib/toast";

import { useEditPage } from "../api";

/** Change a page's words; a safety refusal is shown under the field, in plain words. */
export function EditText({ storyId, page, onDone }: { storyId: string; page: StoryPage; onDone: () => void }) {
  const [text, setText] = useState(page.text);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [refused, setRefused] = useState<{ error: ApiError; text: string } | null>(null);
  const edit = useEditPage(storyId);

  const save = () => {
    setError(undefined);
    setFailure(null);
    setRefused(null);
    if (!text.trim()) {
      setError("A page needs some words.");
      return;
    }
    edit.mutate(
      { pageId: page.id, text: text.trim() },
      {
        onSuccess: () => {
          notify.success(`Page ${page.number} saved.`);
          onDone();
        },
        onError: (e) => {
          if (e instanceof ApiError && (e.code === "unsafe_content" || e.fieldErrors.length > 0)) {
            setError(e.code === "unsafe_content" ? friendlyMessage(e).message : e.fieldErrors[0]?.msg);
            if (e.code === "unsafe_content") setRefused({ error: e, text: text.trim() });
          } else {
            setFailure(e);
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="edit-title" className="flex flex-col gap-4 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)]">
      <h2 id="edit-title" className="text-2xl">
        Edit page {page.number}
      </h2>
      {failure !== null && <ProblemAlert error={failure} />}
      <TextAreaField
        label="Page text"
        rows={5}
        value={text}
        onChange={(next) => {
          setText(next);
          setRefused(null);
        }}
        error={error}
        maxLength={2000}
      />
      {refused && <RefusedWords error={refused.error} text={refused.text} />}
      <div className="flex flex-wrap gap-3">
        <Button onPress={save} isDisabled={edit.isPending}>
          {edit.isPending ? "Saving…" : "Save page"}
        </Button>
        <Button variant="secondary" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
