import { useState } from "react";
import { useNavigate, useParams } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button, LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { PageSkeleton } from "@/components/ui/Skeleton";
import { usePageTitle } from "@/lib/page";
import { friendlyMessage } from "@/lib/problem";
import { notify } from "@/lib/toast";

import { useCatalog, useCharacter, useDeleteCharacters } from "../api";
import { RelationshipsPanel } from "./RelationshipsPanel";

export function CharacterPage() {
  const { id = "" } = useParams();
  const character = useCharacter(id);
  const catalog = useCatalog();
  const remove = useDeleteCharacters();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  usePageTitle(character.data?.name ?? "Character");

  if (character.isError) {
    const { title, message } = friendlyMessage(character.error);
    return (
      <Alert title={title}>
        <p>{message}</p>
        <LinkButton href="/characters" variant="secondary" className="mt-3">
          Back to characters
        </LinkButton>
      </Alert>
    );
  }
  if (!character.data) return <PageSkeleton label="Loading character…" />;
  const c = character.data;
  const enums = catalog.data?.enums ?? {};
  const kind = enums["kind"]?.[c.kind] ?? c.kind;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-6 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)] sm:flex-row sm:p-8">
        <ApiImage
          imageId={c.portrait_image_id}
          alt={`${c.name}, a ${kind.toLowerCase()}`}
          variant={{ width: 512 }}
          className="aspect-square w-full max-w-64 shrink-0 self-center rounded-2xl"
        />
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <h1 className="text-3xl sm:text-4xl">{c.name}</h1>
          <p className="text-lg text-ink-soft">
            {kind}
            {c.age !== null ? ` · ${c.age} years old` : ""} · {enums["pronouns"]?.[c.pronouns] ?? c.pronouns}
          </p>
          {c.traits.length > 0 && (
            <ul aria-label="Traits" className="flex flex-wrap gap-2">
              {c.traits.map((t) => (
                <li key={t} className="rounded-full bg-leaf-light px-3 py-1 font-bold">
                  {enums["trait"]?.[t] ?? t}
                </li>
              ))}
            </ul>
          )}
          {c.likes.length > 0 && <p>Likes: {c.likes.join(", ")}</p>}
          {c.dislikes.length > 0 && <p>Dislikes: {c.dislikes.join(", ")}</p>}
          {c.description && <p className="max-w-prose">{c.description}</p>}
          <div className="mt-2 flex flex-wrap gap-3">
            <LinkButton href={`/characters/${c.id}/edit`}>Edit {c.name}</LinkButton>
            <LinkButton href="/stories/new" variant="secondary">
              Make a story
            </LinkButton>
            {!confirming && (
              <Button variant="quiet" onPress={() => { setConfirming(true); }}>
                Delete…
              </Button>
            )}
          </div>
          {confirming && (
            <div role="group" aria-labelledby="delete-q" className="rounded-2xl bg-berry-light p-4">
              <p id="delete-q" className="font-bold">
                Delete {c.name}? Stories already made keep their pages.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <Button
                  variant="danger"
                  autoFocus
                  isDisabled={remove.isPending}
                  onPress={() => {
                    remove.mutate([c.id], {
                      onSuccess: () => {
                        notify.success(`${c.name} was deleted.`);
                        void navigate("/characters");
                      },
                      onError: (e) => notify.failure(e),
                    });
                  }}
                >
                  Yes, delete
                </Button>
                <Button variant="secondary" onPress={() => { setConfirming(false); }}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
        </div>
      </div>
      <Card title="Friends & family" id="relationships">
        <RelationshipsPanel characterId={c.id} name={c.name} portraitId={c.portrait_image_id} editable />
      </Card>
    </div>
  );
}
