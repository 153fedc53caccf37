import { useState } from "react";
import { useNavigate } from "react-router";

import type { Story, StoryPage } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { InputField, TextAreaField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { notify } from "@/lib/toast";

import { useAddPage, useDeleteStory, useDuplicateStory, useRemovePage, useRenameStory, useSaveAsPreset } from "../api";

const panel = "flex flex-col gap-4 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-6";

/** The message for a field the server refused (a safety block reads in plain words). */
function fieldMessage(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === "unsafe_content") return friendlyMessage(error).message;
  return error.fieldErrors[0]?.msg;
}

/** Write a new page after the open one (or at the end); its picture can be drawn after. */
export function AddPage({ storyId, after, onAdded }: { storyId: string; after: StoryPage; onAdded: (number: number) => void }) {
  const [text, setText] = useState("");
  const [where, setWhere] = useState<"after" | "end">("after");
  const [error, setError] = useState<string | undefined>();
  const add = useAddPage(storyId);
  const save = () => {
    setError(undefined);
    if (!text.trim()) {
      setError("A page needs some words.");
      return;
    }
    add.mutate(
      { text: text.trim(), ...(where === "after" ? { position: after.number + 1 } : {}) },
      {
        onSuccess: (page) => {
          notify.success(`Page ${page.number} added.`, "Draw it a picture with “New picture”.");
          onAdded(page.number);
        },
        onError: (e) => { setError(fieldMessage(e)); },
      },
    );
  };
  return (
    <section aria-labelledby="add-page-title" className={panel}>
      <h2 id="add-page-title" className="text-2xl">Add a page</h2>
      <TextAreaField label="New page text" value={text} maxLength={2000} rows={4} onChange={setText} error={error} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-lg font-bold">Where</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="add-where" className="size-5 accent-clay" checked={where === "after"} onChange={() => { setWhere("after"); }} />
          After page {after.number}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="add-where" className="size-5 accent-clay" checked={where === "end"} onChange={() => { setWhere("end"); }} />
          At the end
        </label>
      </fieldset>
      {add.isError && !error && <ProblemAlert error={add.error} />}
      <div className="flex gap-3">
        <Button onPress={save} isDisabled={add.isPending}>{add.isPending ? "Adding…" : "Add page"}</Button>
      </div>
    </section>
  );
}

/** Take the open page out of the book, after a second press. */
export function RemovePage({ storyId, page, count, onRemoved }: { storyId: string; page: StoryPage; count: number; onRemoved: () => void }) {
  const remove = useRemovePage(storyId);
  if (count <= 1) {
    return (
      <section aria-labelledby="remove-title" className={panel}>
        <h2 id="remove-title" className="text-2xl">Remove page {page.number}</h2>
        <p>A book needs at least one page.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="remove-title" className={panel}>
      <h2 id="remove-title" className="text-2xl">Remove page {page.number}?</h2>
      <p>
        “{page.text.length > 120 ? `${page.text.slice(0, 120)}…` : page.text}” and its picture leave the book. The
        pages after it move up.
      </p>
      {remove.isError && <ProblemAlert error={remove.error} />}
      <div className="flex gap-3">
        <Button
          variant="danger"
          isDisabled={remove.isPending}
          onPress={() => {
            remove.mutate(page.id, {
              onSuccess: () => {
                notify.success(`Page ${page.number} removed.`);
                onRemoved();
              },
            });
          }}
        >
          {remove.isPending ? "Removing…" : `Yes, remove page ${page.number}`}
        </Button>
      </div>
    </section>
  );
}

/** Rename, copy, save the choices as a preset, or delete the whole book. */
export function BookSettings({ story }: { story: Story }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState(story.title);
  const [preset, setPreset] = useState("");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const rename = useRenameStory(story.id);
  const duplicate = useDuplicateStory(story.id);
  const remove = useDeleteStory(story.id);
  const savePreset = useSaveAsPreset(story.id);

  return (
    <section aria-labelledby="book-settings-title" className={panel}>
      <h2 id="book-settings-title" className="text-2xl">This book</h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim() || title.trim() === story.title) return;
          rename.mutate(title.trim(), { onSuccess: () => notify.success("Book renamed.") });
        }}
      >
        <InputField
          label="Title"
          value={title}
          onChange={(v) => { setTitle(v.slice(0, 120)); }}
          error={title.trim() ? fieldMessage(rename.error) : "A book needs a title."}
          className="min-w-64 flex-1"
        />
        <Button type="submit" variant="secondary" isDisabled={rename.isPending || !title.trim() || title.trim() === story.title}>
          {rename.isPending ? "Renaming…" : "Rename"}
        </Button>
      </form>

      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!preset.trim()) return;
          savePreset.mutate(preset.trim(), {
            onSuccess: (p) => {
              notify.success(`Saved as “${p.name}”.`, "Start a new story from it in the story wizard.");
              setPreset("");
            },
          });
        }}
      >
        <InputField
          label="Save its choices as a preset"
          description="The cast, kind of story, place, lesson and age, to start another book from."
          value={preset}
          onChange={(v) => { setPreset(v.slice(0, 60)); }}
          error={savePreset.isError ? friendlyMessage(savePreset.error).message : undefined}
          className="min-w-64 flex-1"
        />
        <Button type="submit" variant="secondary" isDisabled={savePreset.isPending || !preset.trim()}>
          {savePreset.isPending ? "Saving…" : "Save preset"}
        </Button>
      </form>

      <div className="flex flex-wrap gap-3 border-t-2 border-sand pt-4">
        <Button
          variant="secondary"
          isDisabled={duplicate.isPending}
          onPress={() => {
            duplicate.mutate(undefined, {
              onSuccess: (copy) => {
                notify.success(`Made a copy: “${copy.title}”.`);
                void navigate(`/stories/${copy.id}`);
              },
              onError: (e) => notify.failure(e),
            });
          }}
        >
          {duplicate.isPending ? "Copying…" : "Make a copy"}
        </Button>
        {!confirmDelete ? (
          <Button variant="danger" onPress={() => { setConfirmDelete(true); }}>Delete this book…</Button>
        ) : (
          <div role="group" aria-label="Confirm delete" className="flex flex-wrap items-center gap-3">
            <p className="font-bold">Delete “{story.title}” for good?</p>
            <Button
              variant="danger"
              isDisabled={remove.isPending}
              onPress={() => {
                remove.mutate(undefined, {
                  onSuccess: () => {
                    notify.success(`“${story.title}” was deleted.`);
                    void navigate("/stories", { replace: true });
                  },
                  onError: (e) => notify.failure(e),
                });
              }}
            >
              {remove.isPending ? "Deleting…" : "Yes, delete it"}
            </Button>
            <Button variant="quiet" onPress={() => { setConfirmDelete(false); }}>Keep it</Button>
          </div>
        )}
      </div>
    </section>
  );
}
