// Server errors in the reader's language. The server explains refusals in English and more
// precisely than a code can ("Observers cannot vote."), so English readers get its words;
// other languages get the sentence for the code. A code this client does not know yet
// still shows the server's message rather than nothing.
import i18next from "i18next";
import { en } from "./en.ts";

type KnownCode = Exclude<keyof typeof en.errors, "generic">;

const isKnown = (code: string): code is KnownCode => code !== "generic" && code in en.errors;

export function errorText(error: { code: string; message: string }): string {
  const english = (i18next.resolvedLanguage ?? "en") === "en";
  if (english && error.message.trim() !== "") return error.message;
  if (isKnown(error.code)) return i18next.t(`errors.${error.code}`);
  return i18next.t("errors.generic", { message: error.message });
}
