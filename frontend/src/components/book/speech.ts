import { useCallback, useEffect, useRef, useState } from "react";

import { splitWords, wordAt } from "./pager";

export function speechSupported(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
}

/**
 * Read a page aloud with the browser's voice, tracking the current word from `boundary`
 * events. Where there's no speech synthesis `supported` is false and the button hides;
 * where there are no boundary events the text is read without a highlight.
 */
export function useReadAloud(text: string) {
  const supported = speechSupported();
  const [speaking, setSpeaking] = useState(false);
  const [word, setWord] = useState<number | null>(null);
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);

  const stop = useCallback(() => {
    if (!supported) return;
    utterance.current = null;
    window.speechSynthesis.cancel();
    setSpeaking(false);
    setWord(null);
  }, [supported]);

  // A new page (or leaving the reader) stops reading.
  useEffect(() => stop, [text, stop]);

  const start = useCallback(() => {
    if (!supported) return;
    window.speechSynthesis.cancel();
    const words = splitWords(text);
    const u = new SpeechSynthesisUtterance(text);
    u.rate = 0.9;
    u.onboundary = (event) => {
      if (utterance.current !== u) return;
      if (event.name && event.name !== "word") return;
      setWord(wordAt(words, event.charIndex));
    };
    const end = () => {
      if (utterance.current !== u) return;
      utterance.current = null;
      setSpeaking(false);
      setWord(null);
    };
    u.onend = end;
    u.onerror = end;
    utterance.current = u;
    setSpeaking(true);
    setWord(0);
    window.speechSynthesis.speak(u);
  }, [supported, text]);

  return { supported, speaking, word, start, stop };
}
