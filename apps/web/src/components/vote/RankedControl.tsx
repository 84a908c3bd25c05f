// Ranked mode: my ranking as an ordered list, best first, then the options I have not ranked
// yet, each with a button to append it. An option moves by dragging its handle (pointer or
// touch), by the keyboard on the same handle (Space picks it up, the arrows move it, Space
// drops it, with spoken announcements), or by its up and down buttons. Every move sends the
// whole ranking as one ballot, as before.
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  type Modifier,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import type { Ballot, Decision } from "@stackboard/core";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { rankingOf, withRanking, withRankMoved } from "../../view/ballots.ts";
import { type DragMemory, rankAnnouncements } from "../../view/rankAnnouncements.ts";
import { Icon } from "../common/Icon.tsx";
import { type RankEdit, RankedRow } from "./RankedRow.tsx";

// A ranking is a column: a dragged row follows the pointer up and down only.
const alongTheList: Modifier = ({ transform }) => ({ ...transform, x: 0 });

export function RankedControl({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const headingId = useId();
  const unrankedId = useId();
  const { ballot, pending } = useMyBallot(decision.id);
  const open = useAllowed(voteProbe(decision.id));
  const ranking = rankingOf(ballot, decision);
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const unranked = decision.options.filter((option) => !ranking.includes(option.id));
  const sensors = useSensors(
    // A few pixels of travel first, so a tap or click on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // What the screen reader was last told during a drag, kept across re-renders.
  const dragMemory = useRef<DragMemory>({ over: null }).current;
  const announcements = rankAnnouncements(t, ranking, labelOf, dragMemory);

  const send = (next: Ballot | null) => {
    if (next) sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: next });
  };
  const edit = (optionId: string, change: RankEdit | "add") => {
    const next = withRanking(ballot, decision, optionId, change);
    if (next) send(next);
    else if (change === "remove") sendCommand({ type: "ballot.retract", decisionId: decision.id });
  };
  const drop = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    send(withRankMoved(ballot, decision, String(active.id), ranking.indexOf(String(over.id))));
  };

  return (
    <div className={`ranked-control${pending ? " is-pending" : ""}`} data-testid="ranked-control">
      <p className="muted small">{t("voting.rankHint")}</p>
      <h3 id={headingId} className="ranked-heading">
        {t("voting.myRanking")}
      </h3>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[alongTheList]}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t("voting.drag.instructions") },
        }}
        onDragEnd={drop}
      >
        <SortableContext items={ranking} strategy={verticalListSortingStrategy}>
          <ol className="ranked-list" aria-labelledby={headingId} data-testid="my-ranking">
            {ranking.map((optionId, index) => (
              <RankedRow
                key={optionId}
                optionId={optionId}
                label={labelOf(optionId)}
                position={index + 1}
                total={ranking.length}
                open={open}
                onEdit={(change) => edit(optionId, change)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {ranking.length === 0 ? <p className="ranked-empty">{t("voting.rankEmpty")}</p> : null}
      {open && unranked.length > 0 ? (
        <div className="ranked-unranked">
          <p id={unrankedId} className="ranked-subhead">
            {t("voting.unranked")}
          </p>
          <ul aria-labelledby={unrankedId}>
            {unranked.map((option) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="ranked-add"
                  aria-label={t("voting.rankAddLabel", { option: option.label })}
                  onClick={() => edit(option.id, "add")}
                >
                  <Icon name="plus" size={14} />
                  <span>{option.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
