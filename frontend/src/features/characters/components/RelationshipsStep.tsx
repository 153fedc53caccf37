import { useCharacterDraft } from "../store";
import { RelationshipsPanel } from "./RelationshipsPanel";

export function RelationshipsStep() {
  const draft = useCharacterDraft();
  if (!draft.characterId) return null;
  return (
    <div className="flex flex-col gap-4">
      <p className="max-w-prose">
        Who matters to {draft.name.trim()}? Stories can bring friends and family along. You can skip
        this and add them later.
      </p>
      <RelationshipsPanel
        characterId={draft.characterId}
        name={draft.name.trim()}
        portraitId={draft.portraitImageId}
        editable
      />
    </div>
  );
}
