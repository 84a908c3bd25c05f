// Live results of a decision: who has voted, and the tally unless the ballots are sealed:
// the leader or the tie, and how it is counted.
import type { Decision } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCriteria } from "../../store/selectors.ts";
import { leaderText, resultView } from "../../view/result.ts";
import { Icon } from "../common/Icon.tsx";
import { RevealProof } from "../proof/RevealProof.tsx";
import { ConsentSummary } from "./ConsentSummary.tsx";
import { EarlierRounds } from "./EarlierRounds.tsx";
import { HowCounted } from "./HowCounted.tsx";
import { MethodCheck } from "./MethodCheck.tsx";
import { RulesBadge } from "./RulesBadge.tsx";
import { RunoffRounds } from "./RunoffRounds.tsx";
import { TallyChart } from "./TallyChart.tsx";
import { VoterAvatars } from "./VoterAvatars.tsx";

export function Results({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const view = useMemo(() => resultView(decision, criteria), [decision, criteria]);
  const { hidden, tally } = view;
  if (decision.status === "draft" && decision.ballots.length === 0) return null;
  // Consent speaks for itself (ConsentSummary); elsewhere say who leads, or that it is a tie.
  const leader = decision.mode === "consent" ? null : leaderText(t, view);

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
          {!hidden && view.abstained > 0
            ? ` · ${t("voting.abstentions", { count: view.abstained })}`
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
      ) : tally === null || tally.counted === 0 ? (
        <p className="muted small">{t("results.none")}</p>
      ) : (
        <>
          {leader ? (
            <p
              className="results-leader"
              data-testid="results-leader"
              data-tie={view.tied.length > 0}
            >
              {leader}
            </p>
          ) : null}
          <TallyChart view={view} />
          {view.mode === "score" && view.rows.some((row) => row.unscored > 0) ? (
            <p className="muted small" data-testid="score-note">
              {t("results.scoreNote")}
            </p>
          ) : null}
          {tally.runoff ? <RunoffRounds decision={decision} runoff={tally.runoff} /> : null}
          {tally.consent ? <ConsentSummary decision={decision} consent={tally.consent} /> : null}
          {decision.sealed ? <RevealProof decision={decision} /> : null}
          {decision.status === "decided" && view.methods !== null ? (
            <MethodCheck decision={decision} methods={view.methods} />
          ) : null}
        </>
      )}
      <EarlierRounds decision={decision} />
      <HowCounted section={decision.mode} />
    </section>
  );
}
