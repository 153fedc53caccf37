/**
 * Read-along with the book's own narration: an <audio> element plays the page's MP3 and
 * the word being spoken is found from its currentTime and the page's word timings.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { create } from "zustand";

import { wordAt, type Word } from "./pager";

export interface WordTiming {
  start: number;
  end: number;
  text_start: number;
  text_end: number;
}

export const SPEEDS = [0.75, 1, 1.25] as const;
export type Speed = (typeof SPEEDS)[number];

/** How the reader likes being read to; kept while pages turn (client state only). */
interface ReadingPrefs {
  speed: Speed;
  autoTurn: boolean;
  /** Reading on: the next page starts by itself once the page turns. */
  reading: boolean;
  setSpeed: (speed: Speed) => void;
  setAutoTurn: (on: boolean) => void;
  setReading: (on: boolean) => void;
}

export const useReadingPrefs = create<ReadingPrefs>()((set) => ({
  speed: 1,
  autoTurn: true,
  reading: false,
  setSpeed: (speed) => { set({ speed }); },
  setAutoTurn: (autoTurn) => { set({ autoTurn }); },
  setReading: (reading) => { set({ reading }); },
}));

/**
 * The index of the timed word being spoken at `time` seconds: the last word that has
 * started (a word stays lit through the pause after it). null before the first word.
 */
export function timedWordAt(words: readonly WordTiming[], time: number): number | null {
  let found: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || word.start > time) break;
    found = i;
  }
  return found;
}

/** The shown word (a whitespace-separated token) that holds timed word `index`. */
export function shownWord(shown: readonly Word[], timed: readonly WordTiming[], index: number | null): number | null {
  if (index === null) return null;
  const word = timed[index];
  return word === undefined ? null : wordAt([...shown], word.text_start);
}

export function useNarration({
  src,
  words,
  onEnded,
}: {
  src: string | null;
  words: readonly WordTiming[];
  onEnded: () => void;
}) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [failed, setFailed] = useState(false);
  const { speed, autoTurn, reading, setReading } = useReadingPrefs();
  const ended = useRef(onEnded);
  useEffect(() => { ended.current = onEnded; });

  useEffect(() => {
    if (audio.current) audio.current.playbackRate = speed;
  }, [speed, src]);

  // While playing, follow the audio every frame (timeupdate alone fires ~4 times a second).
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const tick = () => {
      if (audio.current) setTime(audio.current.currentTime);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => { cancelAnimationFrame(frame); };
  }, [playing]);

  const play = useCallback(() => {
    const el = audio.current;
    if (!el) return;
    el.playbackRate = speed;
    setReading(true);
    el.play().catch(() => { setPlaying(false); });
  }, [speed, setReading]);

  const pause = useCallback(() => {
    setReading(false);
    audio.current?.pause();
  }, [setReading]);

  const replay = useCallback(() => {
    const el = audio.current;
    if (!el) return;
    el.currentTime = 0;
    setTime(0);
    play();
  }, [play]);

  // A page turned while reading on: this page starts by itself, once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (!src || autoStarted.current || !reading || !autoTurn) return;
    autoStarted.current = true;
    play();
  }, [src, reading, autoTurn, play]);

  // Leaving the page stops its audio.
  useEffect(() => () => { audio.current?.pause(); }, []);

  const bind = useCallback((el: HTMLAudioElement | null) => {
    audio.current = el;
  }, []);

  const events = {
    onPlay: () => { setPlaying(true); },
    onPause: () => { setPlaying(false); },
    onTimeUpdate: (e: { currentTarget: HTMLAudioElement }) => { setTime(e.currentTarget.currentTime); },
    onError: () => { setFailed(true); setPlaying(false); },
    onEnded: () => {
      setPlaying(false);
      setTime(0);
      ended.current();
    },
  };

  const word = playing || time > 0 ? timedWordAt(words, time) : null;
  return { bind, events, playing, word, time, failed, play, pause, replay };
}
