import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { useSession } from "@/lib/session";
import { json, mockFetch, type FetchMock } from "@/testing/fetch-mock";
import { renderApp } from "@/testing/render";

import { shownWord, timedWordAt, useReadingPrefs } from "./narration";
import { splitWords } from "./pager";

const TOKEN = "abcdefghijklmnopqrstuvwx";
const WORDS = [
  { start: 0.1, end: 0.4, text_start: 0, text_end: 4 },
  { start: 0.5, end: 0.9, text_start: 5, text_end: 10 },
  { start: 1.0, end: 1.2, text_start: 11, text_end: 13 },
  { start: 1.3, end: 1.6, text_start: 14, text_end: 17 },
  { start: 1.7, end: 2.1, text_start: 18, text_end: 22 },
];

describe("word timings", () => {
  it("lights the last word that has started, and none before the first", () => {
    expect(timedWordAt(WORDS, 0)).toBeNull();
    expect(timedWordAt(WORDS, 0.1)).toBe(0);
    expect(timedWordAt(WORDS, 0.45)).toBe(0); // the pause after a word keeps it lit
    expect(timedWordAt(WORDS, 1.05)).toBe(2);
    expect(timedWordAt(WORDS, 9)).toBe(4);
  });

  it("maps a timed word to the shown word holding it (punctuation stays with its word)", () => {
    const shown = splitWords('"Maya looks at the moon."');
    const timed = WORDS.map((w) => ({ ...w, text_start: w.text_start + 1, text_end: w.text_end + 1 }));
    expect(shownWord(shown, timed, 0)).toBe(0);
    expect(shownWord(shown, timed, 4)).toBe(4);
    expect(shownWord(shown, timed, null)).toBeNull();
  });
});

/** jsdom's media elements do nothing: these play, pause and move time when told. */
function fakeMedia() {
  const state = { playing: null as HTMLMediaElement | null };
  vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(function (this: HTMLMediaElement) {
    state.playing = this;
    this.dispatchEvent(new Event("play"));
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(function (this: HTMLMediaElement) {
    this.dispatchEvent(new Event("pause"));
  });
  const at = (el: HTMLMediaElement, seconds: number) => {
    Object.defineProperty(el, "currentTime", { configurable: true, writable: true, value: seconds });
    el.dispatchEvent(new Event("timeupdate"));
  };
  return { state, at };
}

function litWord(): string | null {
  const mark = screen.getByTestId("page-text").querySelector('mark[aria-current="true"]');
  return mark?.textContent ?? null;
}

describe("reading along with a shared book's narration", () => {
  let fetch: FetchMock;
  beforeEach(() => {
    fetch = mockFetch();
    useSession.getState().signOut("not-restored");
    useReadingPrefs.setState({ speed: 1, autoTurn: true, reading: false });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("plays, lights the spoken word, changes speed and turns the page at the end", async () => {
    const media = fakeMedia();
    const audio = (n: number) => ({
      url: `/api/shared/${TOKEN}/audio/${n}?v=abc${n}`,
      media_type: "audio/mpeg",
      duration: 2.3,
      timing: "aligned",
      voice: "piper:en_US-joe-medium",
      words: WORDS,
    });
    fetch.on("GET", `/api/shared/${TOKEN}`, () =>
      json({
        title: "Maya and the Moon",
        expires_at: null,
        pages: [
          { number: 1, text: "Maya looks at the moon.", image_url: null, audio: audio(1) },
          { number: 2, text: "Maya hums to the moon.", image_url: null, audio: audio(2) },
        ],
      }),
    );
    for (const n of [1, 2]) {
      // jsdom reads string bodies only; the bytes don't matter to a fake player.
      fetch.on("GET", `/api/shared/${TOKEN}/audio/${n}`, () => new Response("ID3", { headers: { "Content-Type": "audio/mpeg" } }));
    }
    const { user } = renderApp(`/shared/${TOKEN}`);
    const play = await screen.findByRole("button", { name: /Read to me/ });
    await waitFor(() => { expect(play).toBeEnabled(); });
    await user.click(play);
    const element = screen.getByTestId<HTMLAudioElement>("narration");
    expect(media.state.playing).toBe(element);
    expect(screen.getByRole("button", { name: /Pause/ })).toBeInTheDocument();

    act(() => { media.at(element, 0.6); });
    await waitFor(() => { expect(litWord()).toBe("looks"); });
    act(() => { media.at(element, 1.75); });
    await waitFor(() => { expect(litWord()).toBe("moon."); });

    await user.click(screen.getByRole("button", { name: "Quick" }));
    expect(element.playbackRate).toBe(1.25);

    act(() => { element.dispatchEvent(new Event("ended")); });
    expect(await screen.findByText("Page 2 of 2")).toBeInTheDocument();
    // Reading goes on: the next page starts by itself.
    await waitFor(() => { expect(media.state.playing).toBe(screen.getByTestId("narration")); });
    expect(fetch.callsTo("GET", `/api/shared/${TOKEN}/audio/2`)).toHaveLength(1);
  });

  it("says so when there is no narration and no browser voice", async () => {
    vi.stubGlobal("speechSynthesis", undefined);
    Reflect.deleteProperty(window, "speechSynthesis");
    fetch.on("GET", `/api/shared/${TOKEN}`, () =>
      json({
        title: "Quiet Book",
        expires_at: null,
        pages: [{ number: 1, text: "Shh.", image_url: null, audio: null }],
      }),
    );
    renderApp(`/shared/${TOKEN}`);
    expect(await screen.findByText(/No voice is available/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Read/ })).toBeNull();
  });
});
