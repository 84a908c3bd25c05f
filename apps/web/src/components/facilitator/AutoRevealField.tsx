// The settings dialog's auto-reveal choice, shown for sealed ballots only: once everyone
// who may vote has voted, the server locks the vote and reveals the ballots by itself.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { SettingsDraft } from "../../view/settingsDraft.ts";

export function AutoRevealField({
  draft,
  edit,
}: {
  draft: SettingsDraft;
  edit: (changes: Partial<SettingsDraft>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={draft.autoReveal}
          aria-describedby={hintId}
          onChange={(event) => edit({ autoReveal: event.target.checked })}
        />
        <span>{t("settings.autoReveal")}</span>
      </label>
      <p className="hint" id={hintId}>
        {t("settings.autoRevealHint")}
      </p>
    </>
  );
}
