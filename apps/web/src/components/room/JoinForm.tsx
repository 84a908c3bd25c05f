// Joining a room by its link: a name (remembered) and voter or observer.
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { type JoinRole, loadIdentity, rememberedName } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { Logo } from "../common/Logo.tsx";
import { lookupTitle, useRoomLookup } from "./useRoomLookup.ts";

export function JoinForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const nameId = useId();
  const [name, setName] = useState(() => rememberedName(browserStorage()));
  const [role, setRole] = useState<JoinRole>("voter");
  const room = useRoomLookup(roomId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    const saved = loadIdentity(browserStorage(), roomId);
    enterRoom(roomId, { name: trimmed, role, facilitatorKey: saved?.facilitatorKey ?? null });
  }

  if (room.kind === "missing") {
    return (
      <div className="centered-page">
        <Logo />
        <div className="card narrow" role="alert">
          <h1>{t("join.missingTitle")}</h1>
          <p className="muted">{t("join.missingBody")}</p>
          <a className="button button-primary" href="/">
            {t("join.startNew")}
          </a>
        </div>
      </div>
    );
  }

  return (
    <div className="centered-page">
      <Logo />
      <form className="card narrow join-form" onSubmit={submit} aria-labelledby="join-heading">
        <p className="eyebrow">{t("join.eyebrow")}</p>
        <h1 id="join-heading">{lookupTitle(room) ?? t("join.fallbackTitle")}</h1>
        <p className="muted">{t("join.lead")}</p>
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
            onChange={(event) => setName(event.target.value)}
          />
        </div>
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
        <button type="submit" className="button button-primary button-lg">
          {t("join.submit")}
        </button>
      </form>
      <LanguageSwitcher />
    </div>
  );
}
