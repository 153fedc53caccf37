import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { api, unwrap } from "@/api/client";
import { followJob, isFinal } from "@/api/jobs";
import { catalogQuery } from "@/api/queries";
import type { AgeBand, Job, Story, StoryConfig } from "@/api/types";
import { savedBooks } from "@/lib/offline";

export function useCatalog() {
  return useQuery(catalogQuery);
}

export function useCastChoices() {
  return useQuery({
    queryKey: ["characters", "all"],
    queryFn: () => unwrap(api.GET("/api/characters", { params: { query: { limit: 100 } } })),
    select: (page) => page.items,
  });
}

export interface StoryFilters {
  q: string;
  status: "" | "generating" | "ready" | "failed";
  characterId: string;
  band: AgeBand | "";
}

export function useStories(filters: StoryFilters) {
  return useInfiniteQuery({
    queryKey: ["stories", "list", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/stories", {
          params: {
            query: {
              limit: 20,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.characterId ? { character_id: filters.characterId } : {}),
              ...(filters.band ? { band: filters.band } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

export function useStory(id: string) {
  return useQuery({
    queryKey: ["stories", "one", id],
    queryFn: () => unwrap(api.GET("/api/stories/{story_id}", { params: { path: { story_id: id } } })),
  });
}

export function useCreateStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StoryConfig) => unwrap(api.POST("/api/stories", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stories"] }),
  });
}

/** The job making a story: from ?job=, else the story's own newest job (`job_id`). */
export function useStoryJob(story: Story | undefined, jobId: string | null) {
  const id = jobId ?? story?.job_id ?? null;
  return useQuery({
    queryKey: ["jobs", "one", id],
    enabled: jobId !== null || story !== undefined,
    queryFn: async (): Promise<Job | null> =>
      id ? unwrap(api.GET("/api/jobs/{job_id}", { params: { path: { job_id: id } } })) : null,
  });
}

/** The job's live state from the event stream (starting from `initial`). */
export function useLiveJob(initial: Job | null | undefined, onChange?: (job: Job) => void) {
  const [job, setJob] = useState<Job | null>(initial ?? null);
  const id = initial?.id;
  const final = initial ? isFinal(initial) : true;
  useEffect(() => {
    if (!id || final) return;
    const controller = new AbortController();
    followJob(id, {
      signal: controller.signal,
      onJob: (next) => {
        setJob(next);
        onChange?.(next);
      },
    }).catch(() => undefined);
    return () => {
      controller.abort();
    };
    // onChange is a callback for side effects; following restarts only for a new job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, final]);
  return job ?? initial ?? null;
}

/** Books this device can open with no network (see lib/offline). */
export function useSavedBooks(enabled: boolean) {
  return useQuery({ queryKey: ["offline", "books"], queryFn: savedBooks, enabled, staleTime: 0 });
}

export function usePresets() {
  return useQuery({ queryKey: ["presets"], queryFn: () => unwrap(api.GET("/api/presets")) });
}

export function useSavePreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; config: StoryConfig }) => unwrap(api.POST("/api/presets", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["presets"] }),
  });
}

export function useDeletePreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presetId: string) =>
      unwrap(api.DELETE("/api/presets/{preset_id}", { params: { path: { preset_id: presetId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["presets"] }),
  });
}

/** Start a book straight from a preset (as POST /api/stories would). */
export function useStartFromPreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (presetId: string) =>
      unwrap(api.POST("/api/presets/{preset_id}/stories", { params: { path: { preset_id: presetId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stories"] }),
  });
}

/**
 * A book's drawn cover for its card in the list, 4:3 like the card, as a blob: URL (the
 * picture needs the bearer token). Only for finished books; one whose pictures come from
 * an images API has none (404) and the card shows its first page instead.
 */
export function useCardCover(story: { id: string; status: string; updated_at: string }) {
  return useQuery({
    queryKey: ["image", "cover-card", story.id, story.updated_at],
    queryFn: async () => {
      const blob = await unwrap(
        api.GET("/api/stories/{story_id}/cover.svg", {
          params: { path: { story_id: story.id }, query: { aspect: 4 / 3 } },
          parseAs: "blob",
        }),
      );
      return URL.createObjectURL(blob);
    },
    enabled: story.status === "ready",
    staleTime: Infinity,
    retry: false,
  });
}
