// A catalog technology's fact card: what it is, licence, first release, strengths and
// weaknesses, in the UI's language, with where the facts come from and when they were
// checked.
import { findTechnology, localizeTechnology } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useCatalogLanguage } from "../../i18n/catalogLanguage.ts";
import { formatCalendarDate } from "../../i18n/format.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { Dialog } from "../common/Dialog.tsx";

export function FactCardDialog() {
  const { t, i18n } = useTranslation();
  const language = useCatalogLanguage();
  const id = useUiStore((s) => s.factCardId);
  const show = useUiStore((s) => s.showFactCard);
  const found = id ? findTechnology(id) : undefined;
  const technology = found ? localizeTechnology(found, language) : undefined;
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
              {/* A year, not a quantity: never grouped ("2.009"). */}
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
          <p className="fact-source small muted" data-testid="fact-source">
            {t("facts.source")}:{" "}
            <a href={technology.source} target="_blank" rel="noopener noreferrer">
              {new URL(technology.source).host}
            </a>{" "}
            · {t("facts.asOf")} {formatCalendarDate(i18n.language, technology.asOf)}
          </p>
        </div>
      ) : null}
    </Dialog>
  );
}
