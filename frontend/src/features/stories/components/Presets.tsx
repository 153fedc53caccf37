import { useState } from "react";
import { useNavigate } from "react-router";

import type { StoryConfig } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { InputField } from "@/components/ui/Fields";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { notify } from "@/lib/toast";

import { useDeletePreset, usePresets, useSavePreset, useStartFromPreset } from "../api";
import { BANDS, TEMPLATES } from "../labels";

/** Saved choices to start from: fill the form with them, or make the book straight away. */
export function PresetPicker({ onUse }: { onUse: (config: StoryConfig, name: string) => void }) {
  const presets = usePresets();
  const start = useStartFromPreset();
  const remove = useDeletePreset();
  const navigate = useNavigate();
  if (!presets.data || presets.data.length === 0) return null;

  return (
    <section aria-labelledby="presets-title" className="rounded-[var(--radius-card)] bg-sky-light p-5 sm:p-6">
      <h2 id="presets-title" className="text-2xl">Start from a preset</h2>
      <p className="text-base text-ink-soft">Choices you saved before. Use them as they are, or change a few first.</p>
      <ul aria-label="Your presets" className="mt-3 flex flex-col gap-2">
        {presets.data.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-paper p-3">
            <p>
              <strong>{p.name}</strong>
              <br />
              <span className="text-base text-ink-soft">
                {TEMPLATES[p.config.template].label} · {BANDS[p.config.band].label} · {p.config.cast.length}{" "}
                {p.config.cast.length === 1 ? "character" : "characters"}
              </span>
            </p>
            <span className="flex flex-wrap gap-2">
              <Button variant="secondary" onPress={() => { onUse(p.config, p.name); }} aria-label={`Use these choices: ${p.name}`}>
                Use these choices
              </Button>
              <Button
                isDisabled={start.isPending}
                aria-label={`Make it now: ${p.name}`}
                onPress={() => {
                  start.mutate(p.id, {
                    onSuccess: ({ story, job }) => void navigate(`/stories/${story.id}/progress?job=${job.id}`),
                    onError: (e) => notify.failure(e),
                  });
                }}
              >
                Make it now
              </Button>
              <Button
                variant="quiet"
                isDisabled={remove.isPending}
                aria-label={`Delete: ${p.name}`}
                onPress={() => {
                  remove.mutate(p.id, {
                    onSuccess: () => notify.success(`Preset “${p.name}” deleted.`),
                    onError: (e) => notify.failure(e),
                  });
                }}
              >
                Delete
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Keep the wizard's choices under a name, to start other books from. */
export function SavePreset({ config }: { config: StoryConfig }) {
  const [name, setName] = useState("");
  const save = useSavePreset();
  const error = save.error instanceof ApiError && save.error.status === 409
    ? "You already have a preset with that name."
    : save.isError ? friendlyMessage(save.error).message : undefined;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        save.mutate(
          { name: name.trim(), config },
          {
            onSuccess: (p) => {
              notify.success(`Saved as “${p.name}”.`);
              setName("");
            },
          },
        );
      }}
    >
      <InputField
        label="Save these choices as a preset (optional)"
        description="Name it, like “Bedtime with Maya”."
        value={name}
        onChange={(v) => { setName(v.slice(0, 60)); }}
        error={error}
        className="min-w-64 flex-1"
      />
      <Button type="submit" variant="secondary" isDisabled={save.isPending || !name.trim()}>
        {save.isPending ? "Saving…" : "Save preset"}
      </Button>
    </form>
  );
}
