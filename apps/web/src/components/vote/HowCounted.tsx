// "How is this counted?": opens the counting rules (docs/counting.md) in a new tab, so a
// meeting in progress keeps its room open.
import { useTranslation } from "react-i18next";
import { countingHref } from "../../app/route.ts";

export function HowCounted({ section }: { section?: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="how-counted small"
      href={`${countingHref}${section ? `#${section}` : ""}`}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="how-counted"
    >
      {t("results.howCounted")}
    </a>
  );
}
