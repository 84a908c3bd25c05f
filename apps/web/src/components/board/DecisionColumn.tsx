// One decision: header, options with voting controls, results and the facilitator's tools.
import { ballotsHidden, tallyDecision } from "@stackboard/core";
import { lazy, Suspense, useId, useMemo } from "react";
import { useSelection } from "../../hotkeys/selection.ts";
import {
  useCanVote,
  useCriteria,
  useDecision,
  useFocusedDecisionId,
  useMyRole,
} from "../../store/selectors.ts";
import { addOptionProbe, useAllowed } from "../../store/useAllowed.ts";
import { FacilitatorPanel } from "../facilitator/FacilitatorPanel.tsx";
import { ConflictWarnings } from "../intel/ConflictWarnings.tsx";
import { Disagreement } from "../intel/Disagreement.tsx";
import { BallotHint } from "../vote/BallotHint.tsx";
import { ConsentControl } from "../vote/ConsentControl.tsx";
import { ProposalText } from "../vote/ProposalText.tsx";
import { RankedControl } from "../vote/RankedControl.tsx";
import { Results } from "../vote/Results.tsx";
import { ScoreMatrix } from "../vote/ScoreMatrix.tsx";
import { AddOption } from "./AddOption.tsx";
import { DecisionHeader } from "./DecisionHeader.tsx";
import { OptionCard } from "./OptionCard.tsx";
import { OutcomeBanner } from "./OutcomeBanner.tsx";

// Rarely used, so fetched only when a column first needs them: the what-if sliders (score
// decisions) and the facilitator's tech-radar import.
const WhatIfPanel = lazy(() =>
  import("../intel/WhatIfPanel.tsx").then((module) => ({ default: module.WhatIfPanel })),
);
const RadarImport = lazy(() =>
  import("../radar/RadarImport.tsx").then((module) => ({ default: module.RadarImport })),
);

/** `shown`: the one decision a phone shows (`Board`); wider screens show every column. */
export function DecisionColumn({ decisionId, shown }: { decisionId: string; shown: boolean }) {
  const headingId = useId();
  const decision = useDecision(decisionId);
  const role = useMyRole();
  const criteria = useCriteria();
  const selected = useSelection((s) => s.highlighted && s.decisionId === decisionId);
  const inFocus = useFocusedDecisionId() === decisionId;
  const voter = useCanVote();
  const mayAddOption = useAllowed(decision ? addOptionProbe(decision.id) : null);
  const tally = useMemo(
    () => (decision && !ballotsHidden(decision) ? tallyDecision(decision, criteria) : null),
    [decision, criteria],
  );
  if (!decision) return null;
  return (
    <section
      className={`column mode-${decision.mode} state-${decision.status}${selected ? " is-selected" : ""}${inFocus ? " is-focused" : ""}`}
      // Focusable by script only: j/k and the arrows move the keyboard from column to column.
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid="decision"
      data-decision-id={decision.id}
      data-shown={shown}
    >
      <DecisionHeader decision={decision} headingId={headingId} />
      {decision.outcome ? <OutcomeBanner decision={decision} /> : null}
      <ConflictWarnings decisionId={decision.id} />
      {decision.mode === "consent" ? <ProposalText decision={decision} /> : null}
      {role === "facilitator" ? <FacilitatorPanel decision={decision} /> : null}
      {voter ? <BallotHint decision={decision} /> : null}
      {/* Where following the spotlight puts the keyboard (focusTarget.ts); lays out nothing. */}
      <div className="ballot-area" data-ballot>
        {decision.mode === "score" && voter && decision.options.length > 0 ? (
          <ScoreMatrix decision={decision} />
        ) : null}
        {decision.mode === "ranked" && voter && decision.options.length > 0 ? (
          <RankedControl decision={decision} />
        ) : null}
        {decision.mode === "consent" && voter ? <ConsentControl decision={decision} /> : null}
      </div>
      <ol className="options">
        {decision.options.map((option) => (
          <OptionCard
            key={option.id}
            decision={decision}
            option={option}
            tally={tally && tally.counted > 0 ? tally : null}
          />
        ))}
      </ol>
      {mayAddOption ? <AddOption decision={decision} /> : null}
      {role === "facilitator" && mayAddOption ? (
        <Suspense fallback={null}>
          <RadarImport decision={decision} />
        </Suspense>
      ) : null}
      <Results decision={decision} />
      <Disagreement decision={decision} />
      {decision.mode === "score" ? (
        <Suspense fallback={null}>
          <WhatIfPanel decision={decision} />
        </Suspense>
      ) : null}
    </section>
  );
}
