import type { Catalog, Kind, Pronouns, Trait } from "@/api/types";
import { ChoiceGroup, ChoicePill, InputField, TextAreaField } from "@/components/ui/Fields";

import { NAME_LIMIT, type Errors } from "../schemas";
import { useCharacterDraft } from "../store";
import { KindIcon } from "./KindIcon";
import { TagInput } from "./TagInput";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the enum
function entries<T extends string>(catalog: Catalog, name: string): { value: T; label: string }[] {
  return Object.entries(catalog.enums[name] ?? {}).map(([value, label]) => ({ value: value as T, label }));
}

export function BasicsStep({ errors, catalog }: { errors: Errors; catalog: Catalog }) {
  const draft = useCharacterDraft();
  return (
    <div className="flex flex-col gap-6">
      <InputField
        label="Name"
        description="As it should appear in the story, for example Maya or Captain Biscuit."
        name="name"
        limit={NAME_LIMIT}
        value={draft.name}
        onChange={(name) => {
          draft.update({ name });
        }}
        error={errors["name"]}
      />
      <InputField
        label="How to say it (optional)"
        description="For names the storyteller voice might say wrong: the parts with dashes, the loud part in capitals, like shiv-AWN for Siobhan."
        name="pronunciation"
        value={draft.pronunciation}
        onChange={(pronunciation) => {
          draft.update({ pronunciation });
        }}
        error={errors["pronunciation"]}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">What kind of character?</legend>
        <div className="grid grid-cols-[repeat(auto-fill,minmax(6.5rem,1fr))] gap-2">
          {entries<Kind>(catalog, "kind").map((kind) => (
            <label
              key={kind.value}
              className={
                "flex cursor-pointer flex-col items-center gap-1 rounded-2xl border-2 p-3 font-bold " +
                "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky " +
                (draft.sheet.kind === kind.value ? "border-clay bg-clay-light" : "border-sand-dark bg-paper")
              }
            >
              <input
                type="radio"
                name="kind"
                value={kind.value}
                className="sr-only"
                checked={draft.sheet.kind === kind.value}
                onChange={() => {
                  draft.setKind(kind.value);
                }}
              />
              <KindIcon kind={kind.value} />
              {kind.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-6 sm:grid-cols-2">
        <InputField
          label="Age (optional)"
          description="In years. Leave empty if it doesn't matter."
          name="age"
          inputMode="numeric"
          value={draft.age}
          onChange={(age) => {
            draft.update({ age });
          }}
          error={errors["age"]}
        />
        <ChoiceGroup legend="Pronouns" error={errors["pronouns"]}>
          {entries<Pronouns>(catalog, "pronouns").map((p) => (
            <ChoicePill
              key={p.value}
              type="radio"
              name="pronouns"
              value={p.value}
              checked={draft.pronouns === p.value}
              onChange={() => {
                draft.update({ pronouns: p.value });
              }}
            >
              {p.label}
            </ChoicePill>
          ))}
        </ChoiceGroup>
      </div>
    </div>
  );
}

export function PersonalityStep({ errors, catalog }: { errors: Errors; catalog: Catalog }) {
  const draft = useCharacterDraft();
  const max = catalog.limits["traits"] ?? 5;
  return (
    <div className="flex flex-col gap-6">
      <ChoiceGroup
        legend="Personality traits"
        description={`Choose up to ${max}. The story uses them to decide how your character acts. (${draft.traits.length} of ${max} chosen)`}
        error={errors["traits"]}
      >
        {entries<Trait>(catalog, "trait").map((trait) => (
          <ChoicePill
            key={trait.value}
            name="traits"
            value={trait.value}
            checked={draft.traits.includes(trait.value)}
            disabled={draft.traits.length >= max}
            onChange={() => {
              draft.toggleTrait(trait.value, max);
            }}
          >
            {trait.label}
          </ChoicePill>
        ))}
      </ChoiceGroup>
      <div className="grid gap-6 md:grid-cols-2">
        <TagInput
          label="Likes"
          description="Up to 5, like bugs or pancakes."
          values={draft.likes}
          onChange={(likes) => {
            draft.update({ likes });
          }}
          error={errors["likes"]}
        />
        <TagInput
          label="Dislikes"
          description="Up to 5, like thunder or soggy cereal."
          values={draft.dislikes}
          onChange={(dislikes) => {
            draft.update({ dislikes });
          }}
          error={errors["dislikes"]}
        />
      </div>
      <TextAreaField
        label="Anything else? (optional)"
        description="A sentence or two about them. Everything here is checked to be right for children."
        name="description"
        value={draft.description}
        maxLength={500}
        onChange={(description) => {
          draft.update({ description });
        }}
        error={errors["description"]}
      />
    </div>
  );
}
