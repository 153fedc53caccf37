import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/api/client";
import type { components } from "@/api/schema";

export type SampleStory = components["schemas"]["SampleStory"];

/** The sample book the built-in engines made: public, the same for everyone. */
export function useSampleStory() {
  return useQuery({
    queryKey: ["sample"],
    queryFn: () => unwrap(api.GET("/api/sample")),
    staleTime: 60 * 60_000,
  });
}
