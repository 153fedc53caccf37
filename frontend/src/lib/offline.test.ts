import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { restoreSession } from "@/api/client";
import { installOfflineSession } from "@/app/offline";
import { storyFixture } from "@/testing/books";
import { json, mockFetch, problem, testUser, tokens } from "@/testing/fetch-mock";

import { BOOKS_CACHE, PICTURES_CACHE, rememberedUser, savedBooks } from "./offline";
import { useSession } from "./session";

/** A tiny Cache Storage (jsdom has none): enough for listing and clearing. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = (name: string) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map<string, Response>()));
    const s = store;
    return {
      keys: async () => [...s.keys()].map((url) => new Request(url)),
      match: async (request: Request) => s.get(request.url)?.clone(),
      put: async (url: string, response: Response) => { s.set(new URL(url, window.location.origin).href, response); },
    };
  };
  const api = {
    has: async (name: string) => stores.has(name),
    open: async (name: string) => open(name),
    delete: async (name: string) => stores.delete(name),
  };
  vi.stubGlobal("caches", api);
  return { stores, api };
}

describe("offline reading", () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = installOfflineSession();
  });
  afterEach(() => {
    uninstall();
    vi.unstubAllGlobals();
  });

  it("lists the finished books in the cache, by title", async () => {
    const { api } = fakeCaches();
    const books = await api.open(BOOKS_CACHE);
    await books.put("/api/stories/s1", json(storyFixture({ id: "s1", title: "Zebra Night" })));
    await books.put("/api/stories/s2", json(storyFixture({ id: "s2", title: "Apple Day" })));
    await books.put("/api/stories/s3", json(storyFixture({ id: "s3", status: "generating" })));
    await books.put("/api/stories/s4/shares", json([]));
    expect((await savedBooks()).map((b) => b.title)).toEqual(["Apple Day", "Zebra Night"]);
  });

  it("remembers who signed in, and with no network resumes as them (no token)", async () => {
    useSession.getState().signIn(tokens("t"));
    expect(rememberedUser()?.id).toBe(testUser.id);
    useSession.setState({ status: "restoring", accessToken: null, user: null });
    const fetch = mockFetch();
    fetch.on("POST", "/api/auth/refresh", () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await restoreSession()).toBe("failed");
    expect(useSession.getState()).toMatchObject({ status: "signed-in", accessToken: null, user: { id: testUser.id } });
  });

  it("gets a token when the network is back", async () => {
    useSession.getState().resumeOffline(testUser);
    const fetch = mockFetch();
    fetch.on("POST", "/api/auth/refresh", () => json(tokens("fresh")));
    window.dispatchEvent(new Event("online"));
    await vi.waitFor(() => { expect(useSession.getState().accessToken).toBe("fresh"); });
  });

  it("forgets the books and the user when the session ends, and when someone else signs in", async () => {
    const { api, stores } = fakeCaches();
    await (await api.open(BOOKS_CACHE)).put("/api/stories/s1", json(storyFixture()));
    await (await api.open(PICTURES_CACHE)).put("/api/images/img-1", new Response("x"));
    useSession.getState().signIn(tokens("t"));
    useSession.getState().signIn(tokens("t2", { ...testUser, id: "someone-else" }));
    await vi.waitFor(() => { expect(stores.size).toBe(0); });
    expect(rememberedUser()?.id).toBe("someone-else");

    await (await api.open(BOOKS_CACHE)).put("/api/stories/s1", json(storyFixture()));
    useSession.getState().signOut("logout");
    await vi.waitFor(() => { expect(stores.size).toBe(0); });
    expect(rememberedUser()).toBeNull();
  });

  it("signs out (nothing offline) when the refresh cookie is refused", async () => {
    useSession.setState({ status: "restoring" });
    const fetch = mockFetch();
    fetch.on("POST", "/api/auth/refresh", () => problem(401, "refresh_invalid"));
    expect(await restoreSession()).toBe("ended");
    expect(useSession.getState().status).toBe("signed-out");
  });
});
