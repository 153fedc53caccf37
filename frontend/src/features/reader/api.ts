import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { Story } from "@/api/types";

export const storyKey = (id: string) => ["stories", "one", id] as const;

export function useStory(id: string) {
  return useQuery({
    queryKey: storyKey(id),
    queryFn: () => unwrap(api.GET("/api/stories/{story_id}", { params: { path: { story_id: id } } })),
  });
}

/**
 * The book's drawn cover as a blob: URL (the picture needs the bearer token). Keyed like
 * pictures ("image"), so the URL is revoked when it leaves the cache; a new revision of the
 * book draws it again. A book whose pictures come from an images API has none (404).
 */
export function useCover(story: Story, enabled: boolean) {
  return useQuery({
    queryKey: ["image", "cover", story.id, story.updated_at],
    queryFn: async () => {
      const blob = await unwrap(
        api.GET("/api/stories/{story_id}/cover.svg", {
          params: { path: { story_id: story.id }, query: {} },
          parseAs: "blob",
        }),
      );
      return URL.createObjectURL(blob);
    },
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

export function useEditPage(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pageId, text }: { pageId: string; text: string }) =>
      unwrap(
        api.PATCH("/api/stories/{story_id}/pages/{page_id}", {
          params: { path: { story_id: storyId, page_id: pageId } },
          body: { text },
        }),
      ),
    onSuccess: (page) => {
      queryClient.setQueryData<Story>(storyKey(storyId), (story) =>
        story ? { ...story, pages: story.pages.map((p) => (p.id === page.id ? page : p)) } : story,
      );
      return queryClient.invalidateQueries({ queryKey: ["stories", "list"] });
    },
  });
}

export function useDrawPictures(storyId: string) {
  return useMutation({
    mutationFn: ({ pageId, seed }: { pageId: string; seed: number }) =>
      unwrap(
        api.POST("/api/stories/{story_id}/pages/{page_id}/pictures", {
          params: { path: { story_id: storyId, page_id: pageId } },
          body: { count: 3, seed },
        }),
      ),
  });
}

export function useSelectPicture(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pageId, imageId }: { pageId: string; imageId: string }) =>
      unwrap(
        api.PUT("/api/stories/{story_id}/pages/{page_id}/picture", {
          params: { path: { story_id: storyId, page_id: pageId } },
          body: { image_id: imageId },
        }),
      ),
    onSuccess: (page) => {
      queryClient.setQueryData<Story>(storyKey(storyId), (story) =>
        story ? { ...story, pages: story.pages.map((p) => (p.id === page.id ? page : p)) } : story,
      );
    },
  });
}

const reorderKey = (storyId: string) => ["stories", "reorder", storyId] as const;

/**
 * Save a new page order, showing it at once. The order on screen is the user's from the
 * drop on: a read of the book already on its way is cancelled (its answer would be the old
 * order), saves go one at a time in the order they were made (scope), and a save's answer
 * is shown only when no later move is waiting (it is older than what is on screen). A
 * failed save puts back the order from before it, and the book is read again to be sure.
 */
export function useReorderPages(storyId: string) {
  const queryClient = useQueryClient();
  const mutationKey = reorderKey(storyId);
  const othersWaiting = () => queryClient.isMutating({ mutationKey, exact: true }) > 1;
  return useMutation({
    mutationKey,
    scope: { id: `reorder-${storyId}` },
    mutationFn: (pageIds: string[]) =>
      unwrap(api.PUT("/api/stories/{story_id}/pages/order", { params: { path: { story_id: storyId } }, body: { page_ids: pageIds } })),
    onMutate: async (pageIds) => {
      await queryClient.cancelQueries({ queryKey: storyKey(storyId), exact: true });
      const before = queryClient.getQueryData<Story>(storyKey(storyId));
      if (before) {
        const byId = new Map(before.pages.map((p) => [p.id, p]));
        const pages = pageIds.flatMap((id, i) => {
          const page = byId.get(id);
          return page ? [{ ...page, number: i + 1 }] : [];
        });
        queryClient.setQueryData<Story>(storyKey(storyId), { ...before, pages });
      }
      return { before };
    },
    onError: (_e, _v, context) => {
      if (othersWaiting()) return; // a later save carries on from the order on screen
      if (context?.before) queryClient.setQueryData(storyKey(storyId), context.before);
      void queryClient.invalidateQueries({ queryKey: storyKey(storyId), exact: true });
    },
    onSuccess: (story) => {
      if (!othersWaiting()) queryClient.setQueryData(storyKey(storyId), story);
    },
  });
}

/** Put a new page (its words; a picture can be drawn after) at `position`, or at the end. */
export function useAddPage(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, position }: { text: string; position?: number }) =>
      unwrap(
        api.POST("/api/stories/{story_id}/pages", {
          params: { path: { story_id: storyId } },
          body: { text, ...(position ? { position } : {}) },
        }),
      ),
    // Numbers of the pages after it move: fetch the book again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stories"] }),
  });
}

export function useRemovePage(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pageId: string) =>
      unwrap(
        api.DELETE("/api/stories/{story_id}/pages/{page_id}", {
          params: { path: { story_id: storyId, page_id: pageId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["stories"] }),
  });
}

export function useRenameStory(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) =>
      unwrap(api.PATCH("/api/stories/{story_id}", { params: { path: { story_id: storyId } }, body: { title } })),
    onSuccess: (story) => {
      queryClient.setQueryData(storyKey(storyId), story);
      return queryClient.invalidateQueries({ queryKey: ["stories", "list"] });
    },
  });
}

export function useDuplicateStory(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/stories/{story_id}/duplicate", { params: { path: { story_id: storyId } } })),
    onSuccess: (copy) => {
      queryClient.setQueryData(storyKey(copy.id), copy);
      return queryClient.invalidateQueries({ queryKey: ["stories"] });
    },
  });
}

export function useDeleteStory(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE("/api/stories/{story_id}", { params: { path: { story_id: storyId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: storyKey(storyId) });
      return queryClient.invalidateQueries({ queryKey: ["stories"] });
    },
  });
}

/** Save this story's choices (cast, kind, place, age...) as a named preset. */
export function useSaveAsPreset(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(
        api.POST("/api/stories/{story_id}/preset", { params: { path: { story_id: storyId } }, body: { name } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["presets"] }),
  });
}

/** Record the narration of pages that have none for their current text (after an edit). */
export function useNarrate(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/stories/{story_id}/narration", { params: { path: { story_id: storyId } } })),
    onSuccess: (story) => {
      queryClient.setQueryData<Story>(storyKey(storyId), story);
    },
  });
}
