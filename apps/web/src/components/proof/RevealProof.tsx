// What the reveal proves: my ballot counted as cast (or a loud warning), and whether every
// revealed ballot matches the commitment published in its place before the reveal.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";
import { useRevealCheck } from "./useRevealCheck.ts";

export function RevealProof({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const proof = useRevealCheck(decision);
  if (proof === null) return null;
  const { reveal, receipt } = proof;
  return (
    <section className="reveal-proof" aria-label={t("proof.label")} data-testid="reveal-proof">
      {receipt === "counted" ? (
        <p className="proof-ok" data-testid="receipt-check" data-result="counted">
          <Icon name="check" size={14} />
          {t("proof.counted")}
        </p>
      ) : receipt !== null ? (
        <p className="proof-alarm" role="alert" data-testid="receipt-check" data-result={receipt}>
          {t(`proof.${receipt}`)}
        </p>
      ) : null}
      <p
        className={reveal.verdict === "mismatch" ? "proof-alarm" : "muted small"}
        data-testid="commitment-check"
        data-result={reveal.verdict}
        role={reveal.verdict === "mismatch" ? "alert" : undefined}
      >
        {reveal.verdict === "verified"
          ? t("proof.verified", { count: reveal.verified })
          : reveal.verdict === "mismatch"
            ? t("proof.mismatch", {
                count: reveal.mismatched.length,
                places: reveal.mismatched.map((index) => index + 1).join(", "),
              })
            : t("proof.unchecked", { count: reveal.unchecked, verified: reveal.verified })}
      </p>
    </section>
  );
}
