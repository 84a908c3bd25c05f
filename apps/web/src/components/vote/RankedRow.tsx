// One option of my ranking: a drag handle (the drag library's keyboard and pointer
// activator, with a spoken name), its place, its full name, and buttons to move it up or
// down or take it out. The buttons are the plain way to reorder, beside the drag.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";

export type RankEdit = "up" | "down" | "remove";

export function RankedRow({
  optionId,
  label,
  position,
  total,
  open,
  onEdit,
}: {
  optionId: string;
  label: string;
  position: number;
  total: number;
  open: boolean;
  onEdit: (change: RankEdit) => void;
}) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: optionId,
    disabled: !open,
    attributes: { roleDescription: t("voting.drag.roleDescription") },
  });

  return (
    <li
      ref={setNodeRef}
      className={`ranked-item${isDragging ? " is-dragging" : ""}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-option={label}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="ranked-handle"
        {...attributes}
        {...listeners}
        aria-label={t("voting.drag.handle", { option: label })}
        // While it is carried, the arrows and Space belong to the drag, not the board's keys.
        data-hotkeys={isDragging ? "off" : undefined}
        disabled={!open}
      >
        <Icon name="grip" size={18} strokeWidth={3.5} />
      </button>
      <span className="ranked-position" aria-hidden="true">
        {position}
      </span>
      <span className="ranked-label">{label}</span>
      <span className="ranked-actions">
        <button
          type="button"
          className="ranked-move"
          aria-label={t("voting.rankUp", { option: label })}
          title={t("voting.rankMoveUp")}
          disabled={!open || position === 1}
          onClick={() => onEdit("up")}
        >
          <Icon name="arrowUp" size={16} />
        </button>
        <button
          type="button"
          className="ranked-move"
          aria-label={t("voting.rankDown", { option: label })}
          title={t("voting.rankMoveDown")}
          disabled={!open || position === total}
          onClick={() => onEdit("down")}
        >
          <Icon name="arrowDown" size={16} />
        </button>
        <button
          type="button"
          className="ranked-move ranked-remove"
          aria-label={t("voting.rankRemove", { option: label })}
          title={t("voting.rankRemove", { option: label })}
          disabled={!open}
          onClick={() => onEdit("remove")}
        >
          <Icon name="x" size={16} />
        </button>
      </span>
    </li>
  );
}
