import { useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { DraftRestored } from "@/components/ui/DraftRestored";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { usePageTitle } from "@/lib/page";
import { ApiError, friendlyMessage } from "@/lib/problem";
import { cx } from "@/lib/cx";
import { useRestoredDraft } from "@/lib/use-restored-draft";

import { useCatalog, useCharacter, useSaveCharacter } from "../api";
import { basicsErrors, fieldValues, personalityErrors, shownErrors, type Errors } from "../schemas";
import { hasChoices, STEPS, toCharacterIn, useCharacterDraft, type Step } from "../store";
import { BasicsStep, PersonalityStep } from "./FormSteps";
import { LooksStep } from "./LooksStep";
import { PortraitStep } from "./PortraitStep";
import { RelationshipsStep } from "./RelationshipsStep";

const TITLES: Record<Step, string> = {
  basics: "The basics",
  looks: "Looks",
  personality: "Personality",
  portrait: "Portrait",
  relationships: "Friends & family",
};

const FIELD_STEP: Record<string, Step> = {
  name: "basics",
  age: "basics",
  pronouns: "basics",
  appearance: "looks",
  traits: "personality",
  likes: "personality",
  dislikes: "personality",
  description: "personality",
};

/** Server field errors by top-level field name (loc: ["body", "likes", 0]). */
function serverFieldErrors(error: unknown): Errors {
  if (!(error instanceof ApiError)) return {};
  const errors: Errors = {};
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.loc[0] === "body" ? fieldError.loc[1] : fieldError.loc[0];
    if (!field) continue;
    const message =
      fieldError.type === "unsafe" || error.code === "unsafe_content"
        ? friendlyMessage(error).message
        : fieldError.msg;
    errors[field] ??= message;
  }
  return errors;
}

export function CharacterWizard() {
  const { id } = useParams();
  const editing = Boolean(id);
  usePageTitle(editing ? "Edit character" : "New character");
  const existing = useCharacter(id);
  const catalog = useCatalog();
  const draft = useCharacterDraft();
  const begin = useCharacterDraft((s) => s.begin);
  const ready = editing ? Boolean(existing.data) && draft.origin === id : draft.origin === "new";
  // A new character's draft from an earlier visit (an edit starts from the saved character).
  const [restored, forgetRestored] = useRestoredDraft(() => {
    const kept = useCharacterDraft.getState();
    return !editing && kept.origin === "new" && hasChoices(kept);
  });

  useEffect(() => {
    if (!editing) begin("new");
    else if (existing.data) begin(existing.data.id, existing.data);
  }, [editing, existing.data, begin]);

  if (existing.isError) {
    const { title, message } = friendlyMessage(existing.error);
    return (
      <Alert title={title}>
        <p>{message}</p>
      </Alert>
    );
  }
  if (catalog.isError) {
    return (
      <Alert title="We couldn't load the choices">
        <p>{friendlyMessage(catalog.error).message}</p>
        <Button variant="secondary" className="mt-3" onPress={() => void catalog.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!catalog.data || !ready) return <PageSkeleton label="Getting the wizard ready…" />;
  return <Wizard editing={editing} restored={restored} forgetRestored={forgetRestored} />;
}

function Wizard({
  editing,
  restored,
  forgetRestored,
}: {
  editing: boolean;
  restored: boolean;
  forgetRestored: () => void;
}) {
  const navigate = useNavigate();
  const draft = useCharacterDraft();
  const catalog = useCatalog().data;
  const save = useSaveCharacter();
  const [found, setFound] = useState<{ errors: Errors; at: Record<string, unknown> }>({ errors: {}, at: {} });
  const setErrors = (errors: Errors) => {
    setFound({ errors, at: fieldValues(useCharacterDraft.getState()) });
  };
  const errors = shownErrors(found.errors, found.at, fieldValues(draft), {
    ...basicsErrors(draft),
    ...personalityErrors(draft),
  });
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.indexOf(draft.step);
  const saved = draft.characterId !== null;

  // Move focus to the step's heading so keyboard and screen reader users start at the top.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [draft.step]);

  const go = (step: Step) => {
    setErrors({});
    setFailure(null);
    draft.goTo(step);
  };

  const saveThenGo = async (next: Step) => {
    setFailure(null);
    try {
      const character = await save.mutateAsync({ id: draft.characterId, body: toCharacterIn(draft) });
      draft.update({ characterId: character.id, portraitImageId: character.portrait_image_id });
      go(next);
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      const fields = Object.keys(fieldErrors);
      if (fields.length > 0) {
        const step = FIELD_STEP[fields[0] ?? ""] ?? draft.step;
        draft.goTo(step);
        setErrors(fieldErrors);
      }
      setFailure(error);
    }
  };

  const next = () => {
    if (draft.step === "basics") {
      const found = basicsErrors(draft);
      setErrors(found);
      if (Object.keys(found).length === 0) go("looks");
      return;
    }
    if (draft.step === "looks") {
      go("personality");
      return;
    }
    if (draft.step === "personality") {
      const found = personalityErrors(draft);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
      const basics = basicsErrors(draft);
      if (Object.keys(basics).length > 0) {
        draft.goTo("basics");
        setErrors(basics);
        return;
      }
      void saveThenGo("portrait");
      return;
    }
    if (draft.step === "portrait") {
      go("relationships");
      return;
    }
    finish();
  };

  const startOver = () => {
    draft.reset();
    forgetRestored();
    setErrors({});
    setFailure(null);
    heading.current?.focus();
  };

  const finish = () => {
    const id = draft.characterId;
    draft.reset();
    void navigate(id ? `/characters/${id}` : "/characters");
  };

  if (!catalog) return null;
  const kindLabel = catalog.enums["kind"]?.[draft.sheet.kind] ?? draft.sheet.kind;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-base font-bold tracking-wide text-clay-dark uppercase">
            {editing ? "Edit character" : "New character"}
          </p>
          <h1 ref={heading} tabIndex={-1} className="text-3xl outline-none sm:text-4xl">
            {TITLES[draft.step]}
            {draft.name.trim() && draft.step !== "basics" ? ` · ${draft.name.trim()}` : ""}
          </h1>
        </div>
        <Button
          variant="quiet"
          onPress={() => {
            const id = draft.characterId;
            draft.reset();
            void navigate(editing && id ? `/characters/${id}` : "/characters");
          }}
        >
          {editing || saved ? "Close" : "Cancel"}
        </Button>
      </div>

      {restored && <DraftRestored what="character" onStartOver={startOver} />}

      <nav aria-label="Wizard steps">
        <ol className="flex flex-wrap gap-2">
          {STEPS.map((step, i) => {
            const reachable = i <= index || (saved && i <= 4) || (editing && i <= 2);
            const current = step === draft.step;
            return (
              <li key={step}>
                <button
                  type="button"
                  aria-current={current ? "step" : undefined}
                  disabled={!reachable || current || ((step === "portrait" || step === "relationships") && !saved)}
                  onClick={() => {
                    go(step);
                  }}
                  className={cx(
                    "inline-flex min-h-11 items-center gap-2 rounded-full border-2 px-3 py-1 text-base font-bold",
                    current
                      ? "border-clay bg-clay text-white"
                      : i < index
                        ? "cursor-pointer border-leaf bg-leaf-light text-ink"
                        : "border-sand-dark bg-paper text-ink-soft disabled:cursor-not-allowed",
                  )}
                >
                  <span aria-hidden="true">{i < index ? "✓" : i + 1}</span>
                  {TITLES[step]}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      {failure !== null && Object.keys(errors).length === 0 && <ProblemAlert error={failure} />}
      {failure !== null && Object.keys(errors).length > 0 && (
        <Alert title={friendlyMessage(failure).title}>
          <p>Please look at the highlighted fields below.</p>
        </Alert>
      )}

      <div className="rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:p-8">
        {draft.step === "basics" && <BasicsStep errors={errors} catalog={catalog} />}
        {draft.step === "looks" && <LooksStep catalog={catalog} kindLabel={kindLabel} />}
        {draft.step === "personality" && <PersonalityStep errors={errors} catalog={catalog} />}
        {draft.step === "portrait" && <PortraitStep kindLabel={kindLabel} />}
        {draft.step === "relationships" && <RelationshipsStep />}
      </div>

      {/* Held at the bottom of the screen: Back and Next are in reach at every step. */}
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap justify-between gap-3 border-t-2 border-sand bg-cream px-4 py-3">
        {index > 0 ? (
          <Button
            variant="secondary"
            onPress={() => {
              go(STEPS[index - 1] ?? "basics");
            }}
          >
            <span aria-hidden="true">←</span> Back
          </Button>
        ) : (
          <span />
        )}
        <Button onPress={next} isDisabled={save.isPending}>
          {draft.step === "personality"
            ? save.isPending
              ? "Saving…"
              : saved
                ? "Save and continue"
                : "Save and choose a portrait"
            : draft.step === "relationships"
              ? "Finish"
              : "Next"}
          {draft.step !== "relationships" && <span aria-hidden="true">→</span>}
        </Button>
      </div>
    </div>
  );
}
