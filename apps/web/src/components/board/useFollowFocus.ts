// Focus mode on this board: when the facilitator spotlights a decision, the board follows
// to it (on a phone it becomes the shown decision) and says so to screen readers. The
// first value seen (a load, a reload, a late join) lands there without moving the
// keyboard; later ones follow live. Following never locks: anyone may look around.
import { findDecision } from "@stackboard/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";
import { useFocusedDecisionId } from "../../store/selectors.ts";
import { followSpotlight } from "./focusTarget.ts";

/** Follows the spotlight; returns what to announce of its last move ("" at first). */
export function useFollowFocus(): string {
  const { t } = useTranslation();
  const focused = useFocusedDecisionId();
  const seen = useRef<string | null | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const live = seen.current !== undefined;
    if (seen.current === focused) return;
    seen.current = focused;
    if (focused === null) {
      if (live) setAnnouncement(t("focus.cleared"));
      return;
    }
    followSpotlight(focused, live);
    const title = findDecision(useRoomStore.getState().state, focused)?.title ?? "";
    if (live) setAnnouncement(t("focus.announce", { decision: title }));
  }, [focused, t]);
  return announcement;
}
