import { useState } from "react";

import type { ImageOut } from "@/api/types";
import { ApiImage } from "@/components/ui/ApiImage";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Button } from "@/components/ui/Button";
import { Skeleton } from "@/components/ui/Skeleton";
import { cx } from "@/lib/cx";
import { notify } from "@/lib/toast";

import { usePortraitCandidates, useSelectPortrait } from "../api";
import { useCharacterDraft } from "../store";

const COUNT = 4;

/** Draw a few portraits and pick the one that feels right; it's used on every page. */
export function PortraitStep({ kindLabel }: { kindLabel: string }) {
  const draft = useCharacterDraft();
  const candidates = usePortraitCandidates(draft.characterId);
  const select = useSelectPortrait(draft.characterId);
  const [images, setImages] = useState<ImageOut[]>([]);
  const [round, setRound] = useState(0);
  const name = draft.name.trim();
  const alt = (i: number) => `Portrait option ${i + 1} of ${name}, a ${kindLabel.toLowerCase()}`;

  const draw = () => {
    candidates.mutate(
      { count: COUNT, style: "storybook", seed: round * 97 + 11 },
      {
        onSuccess: (drawn) => {
          setImages(drawn);
          setRound((r) => r + 1);
        },
      },
    );
  };

  const choose = (imageId: string) => {
    select.mutate(imageId, {
      onSuccess: (character) => {
        draft.update({ portraitImageId: character.portrait_image_id });
        notify.success(`${name}'s portrait is saved.`);
      },
      onError: (error) => notify.failure(error, () => { choose(imageId); }),
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-prose">
        Storyloom draws {name} in a few different poses. Pick the one you like best: it becomes{" "}
        {name}'s portrait in your library.
      </p>
      {draft.portraitImageId && (
        <div className="flex items-center gap-4 rounded-2xl bg-leaf-light p-3">
          <ApiImage
            imageId={draft.portraitImageId}
            alt={`Current portrait of ${name}, a ${kindLabel.toLowerCase()}`}
            variant={{ width: 256 }}
            className="size-20 rounded-xl"
          />
          <p>
            <strong>Portrait chosen.</strong> Draw more to change it, or go on.
          </p>
        </div>
      )}
      {candidates.isError && <ProblemAlert error={candidates.error} />}
      {candidates.isPending && (
        <div role="status" className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <span className="sr-only">Drawing portraits…</span>
          {Array.from({ length: COUNT }, (_, i) => (
            <Skeleton key={i} className="aspect-square" />
          ))}
        </div>
      )}
      {images.length > 0 && !candidates.isPending && (
        <fieldset>
          <legend className="mb-2 text-lg font-bold">Choose a portrait</legend>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {images.map((image, i) => {
              const chosen = draft.portraitImageId === image.id;
              return (
                <li key={image.id} className="flex flex-col gap-2">
                  <ApiImage
                    imageId={image.id}
                    alt={alt(i)}
                    className={cx(
                      "aspect-square w-full rounded-2xl border-4",
                      chosen ? "border-leaf" : "border-transparent",
                    )}
                  />
                  <Button
                    variant={chosen ? "done" : "secondary"}
                    isDisabled={select.isPending && !chosen}
                    aria-pressed={chosen}
                    aria-label={chosen ? `Option ${i + 1} chosen` : `Choose option ${i + 1}`}
                    onPress={() => {
                      choose(image.id);
                    }}
                  >
                    {chosen ? "✓ Chosen" : "Choose"}
                  </Button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <div>
        <Button variant={images.length ? "secondary" : "primary"} onPress={draw} isDisabled={candidates.isPending}>
          {candidates.isPending ? "Drawing…" : images.length ? "Draw different ones" : `Draw ${COUNT} portraits`}
        </Button>
      </div>
    </div>
  );
}
