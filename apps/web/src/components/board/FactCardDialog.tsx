// A catalog technology's fact card: what it is, licence, first release, strengths and
// weaknesses.
import { findTechnology } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../../store/uiStore.ts";
import { Dialog } from "../common/Dialog.tsx";

export function FactCardDialog() {
  const { t } = useTranslation();
  const id = useUiStore((s) => s.factCardId);
  const show = useUiStore((s) => s.showFactCard);
  const technology = id ? findTechnology(id) : undefined;
  return (
    <Dialog
      open={technology !== undefined}
      title={technology?.name ?? ""}
      onClose={() => show(null)}
      className="fact-dialog"
    >
      {technology ? (
        <div className="fact-card" data-testid="fact-card">
          <p className="fact-summary">{technology.summary}</p>
          <dl className="fact-meta">
            <div>
              <dt>{t("facts.categoryLabel")}</dt>
              <dd>{t(`categories.${technology.category}`)}</dd>
            </div>
            <div>
              <dt>{t("facts.licence")}</dt>
              <dd>{technology.licence}</dd>
            </div>
            <div>
              <dt>{t("facts.firstRelease")}</dt>
              <dd>{technology.firstRelease}</dd>
            </div>
          </dl>
          <div className="fact-lists">
            <section>
              <h3 className="fact-good">{t("facts.strengths")}</h3>
              <ul>
                {technology.strengths.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
            <section>
              <h3 className="fact-bad">{t("facts.weaknesses")}</h3>
              <ul>
                {technology.weaknesses.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
