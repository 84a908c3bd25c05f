// Joining a room by its link: a name (remembered) and voter or observer. With a
// facilitator link (`#fk=`) it only asks the name: the key makes this browser facilitator.
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { linkKey } from "../../lib/facilitatorLink.ts";
import { type JoinRole, loadIdentity, rememberedName } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { Logo } from "../common/Logo.tsx";
import { RoomMissing } from "./RoomMissing.tsx";
import { lookupTitle, useRoomLookup } from "./useRoomLookup.ts";

export function JoinForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const nameId = useId();
  const [name, setName] = useState(() => rememberedName(browserStorage()));
  const [role, setRole] = useState<JoinRole>("voter");
  const [blank, setBlank] = useState(false);
  const room = useRoomLookup(roomId);
  const [link] = useState(() => linkKey(window.location.hash));
  const [facilitatorKey] = useState(() =>
    link.kind === "key"
      ? link.key
      : (loadIdentity(browserStorage(), roomId)?.facilitatorKey ?? null),
  );
  const asFacilitator = facilitatorKey !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    // Spaces alone pass the browser's `required` check: say what is missing.
    setBlank(trimmed === "");
    if (trimmed === "") {
      document.getElementById(nameId)?.focus();
      return;
    }
    enterRoom(roomId, { name: trimmed, role: asFacilitator ? "voter" : role, facilitatorKey });
  }

  if (room.kind === "missing") return <RoomMissing />;

  return (
    <div className="centered-page">
      <header className="join-top">
        <Logo />
        <LanguageSwitcher />
      </header>
      <main className="join-main">
        <form className="card narrow join-form" onSubmit={submit} aria-labelledby="join-heading">
          <p className="eyebrow">
            {asFacilitator ? t("join.facilitatorEyebrow") : t("join.eyebrow")}
          </p>
          <h1 id="join-heading">{lookupTitle(room) ?? t("join.fallbackTitle")}</h1>
          <p className="muted">{asFacilitator ? t("join.facilitatorLead") : t("join.lead")}</p>
          {link.kind === "malformed" ? (
            <p className="form-error" role="alert" data-testid="invalid-link">
              {t("join.malformedKey")}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={nameId}>{t("join.nameLabel")}</label>
            <input
              id={nameId}
              className="input"
              value={name}
              maxLength={LIMITS.nameLength}
              required
              autoComplete="nickname"
              // biome-ignore lint/a11y/noAutofocus: the name is the only thing this page asks.
              autoFocus
              placeholder={t("join.namePlaceholder")}
              aria-invalid={blank}
              aria-describedby={blank ? `${nameId}-blank` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {blank ? (
              <p id={`${nameId}-blank`} className="form-error" role="alert">
                {t("join.nameBlank")}
              </p>
            ) : null}
          </div>
          {asFacilitator ? null : (
            <fieldset className="role-picker">
              <legend>{t("join.roleLabel")}</legend>
              {(["voter", "observer"] as const).map((value) => (
                <label key={value} className={`role-card${role === value ? " is-selected" : ""}`}>
                  <input
                    type="radio"
                    name="role"
                    value={value}
                    checked={role === value}
                    onChange={() => setRole(value)}
                  />
                  <span className="role-name">{t(`join.role.${value}`)}</span>
                  <span className="role-description">{t(`join.roleHint.${value}`)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <button type="submit" className="button button-primary button-lg">
            {asFacilitator ? t("join.submitFacilitator") : t("join.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
