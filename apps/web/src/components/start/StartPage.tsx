// The start page: name the room, pick a template, become its facilitator.
import { facilitatorFragment, roomUrlPath } from "@stackboard/contracts";
import { LIMITS, TEMPLATES } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, createRoom } from "../../api/rest.ts";
import { navigate } from "../../app/route.ts";
import { useCatalogLanguage } from "../../i18n/catalogLanguage.ts";
import { errorText } from "../../i18n/errors.ts";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { rememberedName, rememberName, updateIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { Logo } from "../common/Logo.tsx";
import { TemplatePicker } from "./TemplatePicker.tsx";

const EMPTY_TEMPLATE = "empty";
const NOTHING_BLANK = { title: false, name: false };

export function StartPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const nameId = useId();
  const [title, setTitle] = useState("");
  const [name, setName] = useState(() => rememberedName(browserStorage()));
  const [templateId, setTemplateId] = useState(TEMPLATES[0]?.id ?? EMPTY_TEMPLATE);
  const language = useCatalogLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Spaces alone pass the browser's `required` check: say what is missing.
  const [blank, setBlank] = useState<{ title: boolean; name: boolean }>(NOTHING_BLANK);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = { title: title.trim() === "", name: name.trim() === "" };
    setBlank(missing);
    if (missing.title || missing.name) {
      document.getElementById(missing.title ? titleId : nameId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await createRoom({
        title: title.trim(),
        ...(templateId === EMPTY_TEMPLATE ? {} : { template: templateId }),
        language,
      });
      const storage = browserStorage();
      rememberName(storage, name.trim());
      updateIdentity(storage, created.roomId, {
        name: name.trim(),
        role: "voter",
        facilitatorKey: created.facilitatorKey,
      });
      useUiStore.getState().openPanel("share");
      navigate(`${roomUrlPath(created.roomId)}${facilitatorFragment(created.facilitatorKey)}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? errorText(caught) : t("start.failed"));
      setBusy(false);
    }
  }

  return (
    <div className="start">
      <header className="start-top">
        <Logo />
        <LanguageSwitcher />
      </header>
      <main className="start-main">
        <section className="start-hero" aria-labelledby="start-heading">
          <p className="eyebrow">{t("start.eyebrow")}</p>
          <h1 id="start-heading">{t("start.heading")}</h1>
          <p className="lead">{t("start.lead")}</p>
          <ol className="start-steps">
            <li>
              <strong>{t("start.step1Title")}</strong> {t("start.step1")}
            </li>
            <li>
              <strong>{t("start.step2Title")}</strong> {t("start.step2")}
            </li>
            <li>
              <strong>{t("start.step3Title")}</strong> {t("start.step3")}
            </li>
          </ol>
        </section>
        <form className="card start-form" onSubmit={submit} aria-labelledby="create-heading">
          <h2 id="create-heading">{t("start.createHeading")}</h2>
          <div className="field">
            <label htmlFor={titleId}>{t("start.titleLabel")}</label>
            <input
              id={titleId}
              className="input"
              value={title}
              maxLength={LIMITS.titleLength}
              required
              placeholder={t("start.titlePlaceholder")}
              aria-invalid={blank.title}
              aria-describedby={blank.title ? `${titleId}-blank` : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
            {blank.title ? (
              <p id={`${titleId}-blank`} className="form-error" role="alert">
                {t("start.titleBlank")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={nameId}>{t("start.nameLabel")}</label>
            <input
              id={nameId}
              className="input"
              value={name}
              maxLength={LIMITS.nameLength}
              required
              autoComplete="nickname"
              placeholder={t("start.namePlaceholder")}
              aria-invalid={blank.name}
              aria-describedby={blank.name ? `${nameId}-blank` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {blank.name ? (
              <p id={`${nameId}-blank`} className="form-error" role="alert">
                {t("start.nameBlank")}
              </p>
            ) : null}
          </div>
          <TemplatePicker value={templateId} onChange={setTemplateId} />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button-primary button-lg" disabled={busy}>
            {busy ? t("start.creating") : t("start.create")}
          </button>
          <p className="hint">{t("start.facilitatorHint")}</p>
        </form>
      </main>
    </div>
  );
}
