import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import { catalogQuery } from "@/api/queries";
import type {
  ArtStyle,
  CharacterIn,
  CharacterSheet,
  CharactersDocument,
  Kind,
  RelationshipRole,
  Trait,
} from "@/api/types";
import { useDebounced } from "@/lib/use-debounced";

export { useDebounced };

export interface CharacterFilters {
  q: string;
  kind: Kind | "";
  trait: Trait | "";
  hasPortrait: "" | "yes" | "no";
}

export const PAGE_SIZE = 24;

export function useCatalog() {
  return useQuery(catalogQuery);
}

export function useCharacters(filters: CharacterFilters) {
  return useInfiniteQuery({
    queryKey: ["characters", "list", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/characters", {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(filters.kind ? { kind: filters.kind } : {}),
              ...(filters.trait ? { trait: filters.trait } : {}),
              ...(filters.hasPortrait ? { has_portrait: filters.hasPortrait === "yes" } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** Every character (for pickers and the relationship graph), up to 100. */
export function useAllCharacters() {
  return useQuery({
    queryKey: ["characters", "all"],
    queryFn: () => unwrap(api.GET("/api/characters", { params: { query: { limit: 100 } } })),
    select: (page) => page.items,
  });
}

export function useCharacter(id: string | undefined) {
  return useQuery({
    queryKey: ["characters", "one", id],
    queryFn: () =>
      unwrap(api.GET("/api/characters/{character_id}", { params: { path: { character_id: id ?? "" } } })),
    enabled: Boolean(id),
  });
}

export function useSaveCharacter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CharacterIn }) =>
      id
        ? unwrap(api.PATCH("/api/characters/{character_id}", { params: { path: { character_id: id } }, body }))
        : unwrap(api.POST("/api/characters", { body })),
    onSuccess: (character) => {
      queryClient.setQueryData(["characters", "one", character.id], character);
      return queryClient.invalidateQueries({ queryKey: ["characters"] });
    },
  });
}

export function useDeleteCharacters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST("/api/characters/bulk-delete", { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["characters"] }),
  });
}

export function useExportCharacters() {
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST("/api/characters/export", { body: { ids } })),
  });
}

export function useImportCharacters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CharactersDocument) => unwrap(api.POST("/api/characters/import", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["characters"] }),
  });
}

export function usePortraitCandidates(characterId: string | null) {
  return useMutation({
    mutationFn: ({ count, style, seed }: { count: number; style: ArtStyle; seed?: number }) =>
      unwrap(
        api.POST("/api/characters/{character_id}/portraits", {
          params: { path: { character_id: characterId ?? "" } },
          body: { count, style, ...(seed !== undefined ? { seed } : {}) },
        }),
      ),
  });
}

export function useSelectPortrait(characterId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (imageId: string) =>
      unwrap(
        api.PUT("/api/characters/{character_id}/portrait", {
          params: { path: { character_id: characterId ?? "" } },
          body: { image_id: imageId },
        }),
      ),
    onSuccess: (character) => {
      queryClient.setQueryData(["characters", "one", character.id], character);
      return queryClient.invalidateQueries({ queryKey: ["characters"] });
    },
  });
}

export function useRelationships(characterId: string | null | undefined) {
  return useQuery({
    queryKey: ["characters", "relationships", characterId],
    queryFn: () =>
      unwrap(
        api.GET("/api/characters/{character_id}/relationships", {
          params: { path: { character_id: characterId ?? "" } },
        }),
      ),
    enabled: Boolean(characterId),
  });
}

export function useAddRelationship(characterId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { other_id: string; role: RelationshipRole }) =>
      unwrap(
        api.POST("/api/characters/{character_id}/relationships", {
          params: { path: { character_id: characterId ?? "" } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["characters", "relationships"] }),
  });
}

export function useRemoveRelationship(characterId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationshipId: string) =>
      unwrap(
        api.DELETE("/api/characters/{character_id}/relationships/{relationship_id}", {
          params: { path: { character_id: characterId ?? "", relationship_id: relationshipId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["characters", "relationships"] }),
  });
}

async function drawPreview(sheet: CharacterSheet, signal: AbortSignal): Promise<string> {
  const text = await unwrap(
    api.POST("/api/illustrations/preview", {
      body: { kind: "portrait", sheet, style: "storybook", pose: "waving", expression: "happy", seed: 7 },
      parseAs: "text",
      signal,
    }),
  );
  return URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
}

/** A live SVG preview of an unsaved sheet (debounced; previous picture kept while drawing). */
export function usePortraitPreview(sheet: CharacterSheet, delay = 350) {
  const settled = useDebounced(JSON.stringify(sheet), delay);
  const query = useQuery({
    queryKey: ["preview", settled],
    queryFn: ({ signal }) => drawPreview(JSON.parse(settled) as CharacterSheet, signal),
    staleTime: Infinity,
    gcTime: 60_000,
    placeholderData: keepPreviousData,
  });
  return { ...query, drawing: query.isFetching || settled !== JSON.stringify(sheet) };
}
