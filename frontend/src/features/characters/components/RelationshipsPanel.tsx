import { useState } from "react";

import type { RelationshipRole } from "@/api/types";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Fields";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { notify } from "@/lib/toast";

import { useAddRelationship, useAllCharacters, useCatalog, useRelationships, useRemoveRelationship } from "../api";
import { RelationshipGraph } from "./RelationshipGraph";

/** A character's friends and family: the graph, the list, and (when editable) add/remove. */
export function RelationshipsPanel({
  characterId,
  name,
  portraitId,
  editable,
}: {
  characterId: string;
  name: string;
  portraitId: string | null;
  editable: boolean;
}) {
  const relationships = useRelationships(characterId);
  const everyone = useAllCharacters();
  const catalog = useCatalog();
  const add = useAddRelationship(characterId);
  const remove = useRemoveRelationship(characterId);
  const [otherId, setOtherId] = useState("");
  const [role, setRole] = useState<RelationshipRole | "">("");
  const [errors, setErrors] = useState<{ other?: string; role?: string }>({});
  const roles = catalog.data?.enums["relationship_role"] ?? {};
  const others = (everyone.data ?? []).filter((c) => c.id !== characterId);
  const portraitOf = new Map((everyone.data ?? []).map((c) => [c.id, c.portrait_image_id]));

  if (relationships.isPending) {
    return (
      <div role="status">
        <span className="sr-only">Loading relationships…</span>
        <Skeleton className="h-64" />
      </div>
    );
  }
  if (relationships.isError) return <ProblemAlert error={relationships.error} />;

  const links = relationships.data.map((r) => ({
    id: r.id,
    otherId: r.other_id,
    otherName: r.other_name,
    // Read "Ben is Maya's brother": the other's role towards this character.
    label: roles[r.other_role] ?? r.other_role,
    portraitId: portraitOf.get(r.other_id) ?? null,
  }));

  const submit = () => {
    const found: typeof errors = {};
    if (!otherId) found.other = "Choose who.";
    if (!role) found.role = "Choose how they're related.";
    setErrors(found);
    if (found.other || found.role || !role) return;
    add.mutate(
      { other_id: otherId, role },
      {
        onSuccess: () => {
          setOtherId("");
          setRole("");
        },
      },
    );
  };

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <RelationshipGraph input={{ center: { id: characterId, name, portraitId }, links }} />
      <div className="flex flex-col gap-4">
        {links.length === 0 ? (
          <p>
            {name} has no friends or family here yet.
            {editable && others.length === 0 && " Create another character to connect them."}
          </p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={`${name}'s relationships`}>
            {links.map((link) => (
              <li key={link.id} className="flex items-center justify-between gap-2 rounded-2xl bg-sand px-4 py-2">
                <span>
                  <strong>{link.otherName}</strong> is {name}'s {link.label.toLowerCase()}
                </span>
                {editable && (
                  <Button
                    variant="quiet"
                    isDisabled={remove.isPending}
                    aria-label={`Remove ${link.otherName}`}
                    onPress={() => {
                      remove.mutate(link.id, { onError: (e) => notify.failure(e) });
                    }}
                  >
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && others.length > 0 && (
          <div className="flex flex-col gap-3 rounded-2xl border-2 border-sand-dark p-4">
            <h3 className="text-xl">Connect someone</h3>
            {add.isError && <ProblemAlert error={add.error} />}
            <SelectField
              label="Who"
              value={otherId}
              placeholder="Choose a character"
              options={others.map((c) => ({ value: c.id, label: c.name }))}
              onChange={setOtherId}
              error={errors.other}
            />
            <SelectField<RelationshipRole>
              label={`${name} is ${others.find((c) => c.id === otherId)?.name ?? "the other character"}'s…`}
              value={role}
              placeholder="Choose"
              options={Object.entries(roles).map(([value, label]) => ({ value: value as RelationshipRole, label }))}
              onChange={setRole}
              error={errors.role}
            />
            <Button variant="secondary" onPress={submit} isDisabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add relationship"}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
