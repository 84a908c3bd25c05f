// Live results of a decision: who has voted, and the tally unless the ballots are sealed.
import { type Decision, tallyDecision } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCriteria } from "../../store/selectors.ts";
import { ballotsHidden } from "../../view/ballots.ts";
import { Icon } from "../common/Icon.tsx";
import { ConsentSummary } from "./ConsentSummary.tsx";
import { EarlierRounds } from "./EarlierRounds.tsx";
import { RulesBadge } from "./RulesBadge.tsx";
import { RunoffRounds } from "./RunoffRounds.tsx";
import { TallyChart } from "./TallyChart.tsx";
import { VoterAvatars } from "./VoterAvatars.tsx";

export function Results({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const tally = useMemo(() => tallyDecision(decision, criteria), [decision, criteria]);
  const hidden = ballotsHidden(decision);
  if (decision.status === "draft" && decision.ballots.length === 0) return null;

  return (
    <section
      className="results"
      aria-label={t("results.label", { decision: decision.title })}
      data-testid="results"
    >
      <div className="results-head">
        <h3>{t("results.title")}</h3>
        <span className="muted small" data-testid="ballot-count">
          {t("results.voted", { count: decision.ballots.length })}
          {!hidden && tally.abstained > 0
            ? ` · ${t("voting.abstentions", { count: tally.abstained })}`
            : ""}
        </span>
      </div>
      <VoterAvatars decision={decision} />
      <RulesBadge decision={decision} />
      {hidden ? (
        <p className="sealed-note" data-testid="sealed-note">
          <Icon name="lock" size={14} />
          {t("results.sealed")}
        </p>
      ) : tally.counted === 0 ? (
        <p className="muted small">{t("results.none")}</p>
      ) : (
        <>
          <TallyChart decision={decision} tally={tally} />
          {tally.runoff ? <RunoffRounds decision={decision} runoff={tally.runoff} /> : null}
          {tally.consent ? <ConsentSummary decision={decision} consent={tally.consent} /> : null}
        </>
      )}
      <EarlierRounds decision={decision} />
    </section>
  );
}
