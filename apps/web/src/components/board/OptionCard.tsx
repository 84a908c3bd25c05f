// One option: its label and fact card, my voting control, and its annotations.
import type { Decision, DecisionTally, Option } from "@stackboard/core";
import { findTechnology, localizeTechnology } from "@stackboard/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCatalogLanguage } from "../../i18n/catalogLanguage.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useAnnotationCount, useCanVote } from "../../store/selectors.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { AnnotationThread } from "../annotations/AnnotationThread.tsx";
import { Icon } from "../common/Icon.tsx";
import { DotsControl } from "../vote/DotsControl.tsx";
import { OptionTally } from "../vote/OptionTally.tsx";
import { PickControl } from "../vote/PickControl.tsx";

export function OptionCard({
  decision,
  option,
  tally,
}: {
  decision: Decision;
  option: Option;
  /** The visible tally, or null while sealed or before any ballot. */
  tally: DecisionTally | null;
}) {
  const { t } = useTranslation();
  const voter = useCanVote();
  const removable = useAllowed({
    type: "option.remove",
    decisionId: decision.id,
    optionId: option.id,
  });
  const notes = useAnnotationCount(decision.id, option.id);
  const [expanded, setExpanded] = useState(false);
  const showFactCard = useUiStore((s) => s.showFactCard);
  const language = useCatalogLanguage();
  const found = option.catalogId ? findTechnology(option.catalogId) : undefined;
  const technology = found ? localizeTechnology(found, language) : undefined;
  const chosen = decision.outcome?.optionId === option.id;
  const threadId = `thread-${decision.id}-${option.id}`;

  return (
    <li
      className={`option-card${chosen ? " is-chosen" : ""}`}
      data-testid="option"
      data-option={option.label}
    >
      <div className="option-main">
        <div className="option-text">
          <div className="option-title">
            <span className="option-label">{option.label}</span>
            {technology ? (
              <button
                type="button"
                className="fact-button"
                onClick={() => showFactCard(technology.id)}
                aria-label={t("facts.open", { name: option.label })}
                title={t("facts.open", { name: option.label })}
              >
                <Icon name="info" size={14} />
              </button>
            ) : null}
            {chosen ? (
              <span className="chosen-badge">
                <Icon name="check" size={12} />
                {t("outcome.chosen")}
              </span>
            ) : null}
          </div>
          <p className="option-summary">{technology ? technology.summary : t("options.custom")}</p>
        </div>
        {voter && decision.mode === "pick" ? (
          <PickControl decision={decision} option={option} />
        ) : null}
        {voter && decision.mode === "dots" ? (
          <DotsControl decision={decision} option={option} />
        ) : null}
      </div>
      <div className="option-footer">
        <button
          type="button"
          className={`chip-button${notes === 0 ? " is-quiet" : ""}`}
          aria-expanded={expanded}
          aria-controls={threadId}
          aria-label={t("notes.toggle", { count: notes, option: option.label })}
          onClick={() => setExpanded((open) => !open)}
        >
          <Icon name="message" size={13} />
          {notes > 0 ? t("notes.count", { count: notes }) : t("notes.add")}
        </button>
        {tally ? <OptionTally decision={decision} optionId={option.id} tally={tally} /> : null}
        {removable ? (
          <button
            type="button"
            className="icon-button subtle"
            aria-label={t("options.remove", { option: option.label })}
            onClick={() =>
              sendCommand({ type: "option.remove", decisionId: decision.id, optionId: option.id })
            }
          >
            <Icon name="trash" size={14} />
          </button>
        ) : null}
      </div>
      {expanded ? <AnnotationThread id={threadId} decision={decision} option={option} /> : null}
    </li>
  );
}
