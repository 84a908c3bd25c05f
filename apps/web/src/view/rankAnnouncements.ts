// What a screen reader hears while an option of my ranking is dragged, by keyboard or by
// pointer: which option, and the place it would take ("position 2 of 4", counted from 1).
// The shapes are the drag library's (`Announcements` of @dnd-kit/core) narrowed to what is
// read here. The library reports "over" again for the place a drag starts from and for
// every re-measure; `memory` (kept by the caller across renders) holds the place last said,
// so each new place is said once and the pick-up is not talked over.
import type { TFunction } from "i18next";

export type DragId = string | number;

/** The place last announced during the current drag. */
export interface DragMemory {
  over: DragId | null;
}

interface DragMoment {
  active: { id: DragId };
  over: { id: DragId } | null;
}

export interface RankAnnouncements {
  onDragStart(moment: Pick<DragMoment, "active">): string;
  onDragOver(moment: DragMoment): string | undefined;
  onDragEnd(moment: DragMoment): string;
  onDragCancel(moment: DragMoment): string;
}

export function rankAnnouncements(
  t: TFunction,
  ranking: readonly string[],
  labelOf: (optionId: string) => string,
  memory: DragMemory = { over: null },
): RankAnnouncements {
  const at = (moved: DragId, place: DragId) => ({
    option: labelOf(String(moved)),
    position: ranking.indexOf(String(place)) + 1,
    total: ranking.length,
  });
  const stays = (moved: DragId) => t("voting.drag.cancel", at(moved, moved));
  const finish = (text: string) => {
    memory.over = null;
    return text;
  };
  return {
    onDragStart: ({ active }) => {
      memory.over = active.id;
      return t("voting.drag.start", at(active.id, active.id));
    },
    onDragOver: ({ active, over }) => {
      const place = over?.id ?? null;
      if (place === memory.over) return undefined;
      memory.over = place;
      return place === null
        ? t("voting.drag.outside", { option: labelOf(String(active.id)) })
        : t("voting.drag.over", at(active.id, place));
    },
    // Dropped outside the list: nothing changes, and that is what is said.
    onDragEnd: ({ active, over }) =>
      finish(over ? t("voting.drag.end", at(active.id, over.id)) : stays(active.id)),
    onDragCancel: ({ active }) => finish(stays(active.id)),
  };
}
