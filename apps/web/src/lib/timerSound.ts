// The "time's up" sound: a short beep made with the Web Audio API (no audio file to
// load), and the mute choice, remembered in this browser.
import type { KeyValueStore } from "./storage.ts";

const MUTED_KEY = "stackboard:timer-muted";

export const loadMuted = (store: KeyValueStore): boolean => store.getItem(MUTED_KEY) === "1";

export function saveMuted(store: KeyValueStore, muted: boolean): void {
  try {
    if (muted) store.setItem(MUTED_KEY, "1");
    else store.removeItem(MUTED_KEY);
  } catch {
    // Storage full or disabled: the choice lasts for this page only.
  }
}

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  const Constructor: AudioContextClass | undefined =
    globalThis.AudioContext ??
    (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (Constructor === undefined) return null;
  context ??= new Constructor();
  return context;
}

/** Three short rising beeps, about 0.6 s. Silently does nothing when audio is not allowed. */
export function playTimeUpSound(): void {
  try {
    const audio = audioContext();
    if (audio === null) return;
    // Before any click on the page, browsers keep the context suspended and reject or
    // ignore the resume: the visual alert still shows, so there is nothing to report.
    audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.02;
    [660, 880, 1100].forEach((frequency, index) => {
      const at = start + index * 0.2;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.18);
    });
  } catch {
    // No audio device, or the browser refused: the alert on screen is enough.
  }
}
