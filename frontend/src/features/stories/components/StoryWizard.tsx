import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";

import type { AgeBand, Lesson, Role, Setting, Template } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { Alert } from "@/components/ui/Alert";
import { Button, LinkButton } from "@/components/ui/Button";
import { DraftRestored } from "@/components/ui/DraftRestored";
import { ChoiceGroup, ChoicePill, InputField, SelectField, TextAreaField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { RefusedWords } from "@/components/ui/RefusedWords";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { usePageTitle } from "@/lib/page";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { notify } from "@/lib/toast";
import { useRestoredDraft } from "@/lib/use-restored-draft";

import { useCastChoices, useCatalog, useCreateStory } from "../api";
import { ART_STYLES, BANDS, LESSONS, ROLES, TEMPLATES } from "../labels";
import { storyErrors, type StoryErrors } from "../schemas";
import { fromStoryConfig, hasChoices, toStoryConfig, useStoryDraft } from "../store";
import { ArtStylePicker } from "./ArtStylePicker";
import { PresetPicker, SavePreset } from "./Presets";

export function StoryWizard() {
  usePageTitle("New story");
  const draft = useStoryDraft();
  const characters = useCastChoices();
  const catalog = useCatalog();
  const create = useCreateStory();
  const navigate = useNavigate();
  const [serverErrors, setErrors] = useState<StoryErrors>({});
  const [refused, setRefused] = useState<{ error: ApiError; text: string } | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reviewing = draft.reviewing;
  const [restored, forgetRestored] = useRestoredDraft(() => hasChoices(useStoryDraft.getState()));

  useEffect(() => {
    heading.current?.focus();
  }, [reviewing]);

  // Live validation once the parent has tried to go on, so fixes clear their message.
  const errors: StoryErrors = showErrors ? { ...serverErrors, ...storyErrors(draft) } : serverErrors;

  if (characters.isPending || catalog.isPending) return <PageSkeleton label="Loading your characters…" />;
  if (characters.isError) return <ProblemAlert error={characters.error} />;
  const cast = characters.data;
  if (cast.length === 0) {
    return (
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-3xl sm:text-4xl">New story</h1>
        <p className="text-lg">Stories star your characters. Create one first: it takes a minute.</p>
        <LinkButton href="/characters/new">Create a character</LinkButton>
      </div>
    );
  }
  const settings = catalog.data?.enums["setting"] ?? {};
  const byId = new Map(cast.map((c) => [c.id, c]));

  const review = () => {
    const found = storyErrors(draft);
    setErrors({});
    setShowErrors(true);
    if (Object.keys(found).length > 0) {
      setTimeout(() => {
        document.querySelector<HTMLElement>("[aria-invalid=true] input, [aria-invalid=true]")?.focus();
      }, 0);
      return;
    }
    draft.update({ reviewing: true });
  };

  const generate = () => {
    create.mutate(toStoryConfig(draft), {
      onSuccess: ({ story, job }) => {
        draft.reset();
        void navigate(`/stories/${story.id}/progress?job=${job.id}`);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length > 0) {
          const found: StoryErrors = {};
          for (const f of error.fieldErrors) {
            const field = (f.loc[0] === "body" ? f.loc[1] : f.loc[0]) as keyof StoryErrors | undefined;
            if (field) found[field] ??= error.code === "unsafe_content" ? friendlyMessage(error).message : f.msg;
          }
          setErrors(found);
          const idea = toStoryConfig(draft).idea;
          if (error.code === "unsafe_content" && found.idea && idea) setRefused({ error, text: idea });
          draft.update({ reviewing: false });
        }
      },
    });
  };

  if (reviewing) {
    const config = toStoryConfig(draft);
    return (
      <div className="flex flex-col gap-6">
        <div>
          <p className="text-base font-bold tracking-wide text-clay-dark uppercase">New story · last check</p>
          <h1 ref={heading} tabIndex={-1} className="text-3xl outline-none sm:text-4xl">
            Ready to make your book?
          </h1>
        </div>
        {create.isError && <ProblemAlert error={create.error} />}
        <section aria-labelledby="summary-title" className="rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-8">
          <h2 id="summary-title" className="sr-only">Summary</h2>
          <ul aria-label="Cast" className="mb-6 flex flex-wrap gap-4">
            {draft.cast.map((m) => {
              const c = byId.get(m.characterId);
              return (
                <li key={m.characterId} className="flex items-center gap-3 rounded-2xl bg-sand p-2 pr-4">
                  <ApiImage
                    imageId={c?.portrait_image_id}
                    alt={c ? `${c.name}, a ${c.kind}` : "A character"}
                    variant={{ width: 128 }}
                    className="size-14 rounded-xl"
                  />
                  <span>
                    <strong className="block">{c?.name ?? "A character"}</strong>
                    {ROLES[m.role]}
                  </span>
                </li>
              );
            })}
          </ul>
          <dl className="grid gap-x-8 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-3">
            <dt className="font-bold">Kind of story</dt>
            <dd>{TEMPLATES[config.template].label}</dd>
            <dt className="font-bold">Where</dt>
            <dd>{settings[config.setting] ?? config.setting}</dd>
            <dt className="font-bold">Lesson</dt>
            <dd>{LESSONS[config.lesson]}</dd>
            <dt className="font-bold">For</dt>
            <dd>
              {BANDS[config.band].label} (ages {BANDS[config.band].ages})
            </dd>
            <dt className="font-bold">Length</dt>
            <dd>
              {config.pages
                ? `${config.pages} pages`
                : `${BANDS[config.band].pages[0]}–${BANDS[config.band].pages[1]} pages (we'll choose)`}
            </dd>
            <dt className="font-bold">Pictures</dt>
            <dd>{ART_STYLES[config.art_style].label}</dd>
            <dt className="font-bold">Your idea</dt>
            <dd>{config.idea ?? "None: surprise us"}</dd>
          </dl>
          <div className="mt-6 border-t-2 border-sand pt-5">
            <SavePreset config={config} />
          </div>
        </section>
        <div className="flex flex-wrap justify-between gap-3">
          <Button variant="secondary" onPress={() => { draft.update({ reviewing: false }); }}>
            <span aria-hidden="true">←</span> Change something
          </Button>
          <Button onPress={generate} isDisabled={create.isPending}>
            {create.isPending ? "Starting…" : "Make my book"}
          </Button>
        </div>
      </div>
    );
  }

  const count = Object.keys(errors).length;
  const startOver = () => {
    draft.reset();
    forgetRestored();
    setErrors({});
    setShowErrors(false);
    setRefused(null);
    heading.current?.focus();
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-base font-bold tracking-wide text-clay-dark uppercase">New story</p>
        <h1 ref={heading} tabIndex={-1} className="text-3xl outline-none sm:text-4xl">
          Plan your picture book
        </h1>
      </div>
      {restored && <DraftRestored what="story" onStartOver={startOver} />}
      <PresetPicker
        onUse={(config, name) => {
          // Characters deleted since the preset was saved drop out of the cast.
          const next = fromStoryConfig(config);
          next.cast = next.cast.filter((m) => byId.has(m.characterId));
          draft.update(next);
          setErrors({});
          notify.info(`Choices from “${name}” filled in.`, "Change anything you like, then review.");
        }}
      />
      {showErrors && count > 0 && (
        <Alert title={count === 1 ? "One thing needs a look" : `${count} things need a look`}>
          <p>They're marked below.</p>
        </Alert>
      )}
      <div className="flex flex-col gap-8 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-8">
        <ChoiceGroup legend="Who's in it?" description="Pick up to 5 characters and give exactly one the hero's role." error={errors.cast}>
          <ul className="grid w-full gap-3 sm:grid-cols-2">
            {cast.map((c) => {
              const member = draft.cast.find((m) => m.characterId === c.id);
              return (
                <li
                  key={c.id}
                  className={cx(
                    "flex flex-wrap items-center gap-3 rounded-2xl border-2 p-2",
                    member ? "border-clay bg-clay-light" : "border-sand-dark",
                  )}
                >
                  <ApiImage
                    imageId={c.portrait_image_id}
                    alt={`${c.name}, a ${c.kind}`}
                    variant={{ width: 128 }}
                    className="size-14 rounded-xl"
                  />
                  <label className="flex min-h-11 flex-1 cursor-pointer items-center gap-2 font-bold">
                    <input
                      type="checkbox"
                      className="size-5 accent-clay"
                      checked={Boolean(member)}
                      onChange={() => { draft.toggleCast(c.id); }}
                    />
                    {c.name}
                  </label>
                  {member && (
                    <label className="flex items-center gap-2 text-base">
                      <span className="sr-only">{c.name}'s role</span>
                      <select
                        value={member.role}
                        onChange={(e) => { draft.setRole(c.id, e.target.value as Role); }}
                        className="min-h-11 rounded-xl border-2 border-ink-soft/80 bg-paper px-2"
                      >
                        {Object.entries(ROLES).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        </ChoiceGroup>

        <ChoiceGroup legend="What kind of story?" error={errors.template}>
          <div className="grid w-full gap-2 sm:grid-cols-2">
            {(Object.entries(TEMPLATES) as [Template, { label: string; blurb: string }][]).map(([value, t]) => (
              <label
                key={value}
                className={cx(
                  "flex cursor-pointer flex-col rounded-2xl border-2 px-4 py-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-sky",
                  draft.template === value ? "border-clay bg-clay-light" : "border-sand-dark",
                )}
              >
                <input
                  type="radio"
                  name="template"
                  value={value}
                  className="sr-only"
                  checked={draft.template === value}
                  onChange={() => { draft.update({ template: value }); }}
                />
                <span className="font-bold">{t.label}</span>
                <span className="text-base text-ink-soft">{t.blurb}</span>
              </label>
            ))}
          </div>
        </ChoiceGroup>

        <div className="grid gap-6 sm:grid-cols-2">
          <SelectField<Setting>
            label="Where does it happen?"
            value={draft.setting}
            placeholder="Choose a place"
            options={Object.entries(settings).map(([value, label]) => ({ value: value as Setting, label }))}
            onChange={(setting) => { draft.update({ setting }); }}
            error={errors.setting}
          />
          <SelectField<Lesson>
            label="A gentle lesson"
            value={draft.lesson}
            placeholder="Choose a lesson"
            options={Object.entries(LESSONS).map(([value, label]) => ({ value: value as Lesson, label }))}
            onChange={(lesson) => { draft.update({ lesson }); }}
            error={errors.lesson}
          />
        </div>

        <ChoiceGroup legend="Who is it for?" description="Sets the words, sentence length and number of pages." error={errors.band}>
          {(Object.entries(BANDS) as [AgeBand, (typeof BANDS)[AgeBand]][]).map(([value, b]) => (
            <ChoicePill
              key={value}
              type="radio"
              name="band"
              value={value}
              checked={draft.band === value}
              onChange={() => { draft.update({ band: value }); }}
            >
              {b.label} ({b.ages})
            </ChoicePill>
          ))}
        </ChoiceGroup>

        <div className="grid gap-6 sm:grid-cols-2">
          <InputField
            label="Number of pages (optional)"
            description={
              draft.band
                ? `Between ${BANDS[draft.band].pages[0]} and ${BANDS[draft.band].pages[1]}; empty lets us choose.`
                : "Leave empty to let us choose."
            }
            inputMode="numeric"
            value={draft.pages}
            onChange={(pages) => { draft.update({ pages }); }}
            error={errors.pages}
          />
        </div>

        <ArtStylePicker value={draft.artStyle} onChange={(artStyle) => { draft.update({ artStyle }); }} />

        <TextAreaField
          label="Your idea (optional)"
          description="A sentence, like “finding a lost kite” or “the first day at school”."
          value={draft.idea}
          maxLength={500}
          onChange={(idea) => {
            draft.update({ idea });
            setRefused(null);
          }}
          error={errors.idea}
        />
        {refused && <RefusedWords error={refused.error} text={refused.text} />}
      </div>
      <div className="flex flex-wrap justify-end gap-3">
        <Button onPress={review}>
          Review my choices <span aria-hidden="true">→</span>
        </Button>
      </div>
    </div>
  );
}
