import { useState } from "react";

import type { Candidate, StoryPage } from "@/api/types";
import { pictureAlt } from "@/components/book/pager";
import { ApiImage } from "@/components/ui/ApiImage";
import { Button } from "@/components/ui/Button";
import { ProblemAlert } from "@/components/ui/ProblemAlert";
import { Skeleton } from "@/components/ui/Skeleton";
import { notify } from "@/lib/toast";

import { useDrawPictures, useSelectPicture } from "../api";

/** Draw new pictures for a page and choose one (or keep the current one). */
export function PictureChooser({ storyId, page, onDone }: { storyId: string; page: StoryPage; onDone: () => void }) {
  const draw = useDrawPictures(storyId);
  const select = useSelectPicture(storyId);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [round, setRound] = useState(1);

  const drawMore = () => {
    draw.mutate(
      { pageId: page.id, seed: round * 131 },
      {
        onSuccess: (found) => {
          setCandidates(found);
          setRound((r) => r + 1);
        },
      },
    );
  };

  return (
    <section aria-labelledby="picture-title" className="flex flex-col gap-4 rounded-[var(--radius-card)] bg-paper p-5 shadow-[var(--shadow-card)]">
      <h2 id="picture-title" className="text-2xl">
        A new picture for page {page.number}
      </h2>
      {draw.isError && <ProblemAlert error={draw.error} />}
      {draw.isPending && (
        <div role="status" className="grid grid-cols-3 gap-3">
          <span className="sr-only">Drawing new pictures…</span>
          <Skeleton className="aspect-square" />
          <Skeleton className="aspect-square" />
          <Skeleton className="aspect-square" />
        </div>
      )}
      {!draw.isPending && candidates.length > 0 && (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {candidates.map((c, i) => (
            <li key={c.id} className="flex flex-col gap-2">
              <ApiImage imageId={c.id} alt={`Option ${i + 1}. ${pictureAlt(page)}`} variant={{ width: 512 }} className="aspect-square w-full rounded-2xl" />
              <Button
                variant="secondary"
                isDisabled={select.isPending}
                onPress={() => {
                  select.mutate(
                    { pageId: page.id, imageId: c.id },
                    {
                      onSuccess: () => {
                        notify.success(`Page ${page.number} has its new picture.`);
                        onDone();
                      },
                      onError: (e) => notify.failure(e),
                    },
                  );
                }}
              >
                Use option {i + 1}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        <Button onPress={drawMore} isDisabled={draw.isPending}>
          {candidates.length ? "Draw different ones" : "Draw 3 new pictures"}
        </Button>
        <Button variant="secondary" onPress={onDone}>
          Keep the current picture
        </Button>
      </div>
    </section>
  );
}
