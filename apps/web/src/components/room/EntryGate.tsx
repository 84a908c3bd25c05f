// At the room's door: the passphrase it asks for, the lobby wait, or a facilitator's "no".
// The portal decides which (see realtime/portal.ts); these pages only ask and show.
import { assertNever } from "@stackboard/core";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { cancelEntry, knockAgain, submitPassphrase } from "../../realtime/portal.ts";
import {
  type EntryGate as Gate,
  type PassphraseProblem,
  useConnectionStore,
} from "../../store/connectionStore.ts";
import { Logo } from "../common/Logo.tsx";
import { lookupTitle, useRoomLookup } from "./useRoomLookup.ts";

export function EntryGate({ roomId, gate }: { roomId: string; gate: Gate }) {
  const title = lookupTitle(useRoomLookup(roomId));
  switch (gate.kind) {
    case "passphrase":
      return <PassphrasePage title={title} problem={gate.problem} checking={gate.checking} />;
    case "lobby":
      return <WaitingPage title={title} />;
    case "denied":
      return <DeniedPage title={title} />;
    default:
      return assertNever(gate);
  }
}

function DoorPage({ title, children }: { title: string | null; children: ReactNode }) {
  return (
    <div className="centered-page">
      <Logo />
      <div className="card narrow entry-card">
        {title ? <p className="eyebrow">{title}</p> : null}
        {children}
      </div>
      <LanguageSwitcher />
    </div>
  );
}

function PassphrasePage({
  title,
  problem,
  checking,
}: {
  title: string | null;
  problem: PassphraseProblem;
  checking: boolean;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const errorId = useId();
  const [passphrase, setPassphrase] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== "") submitPassphrase(passphrase);
  }
  return (
    <DoorPage title={title}>
      <form className="entry-form" onSubmit={submit} aria-labelledby={`${fieldId}-title`}>
        <h1 id={`${fieldId}-title`}>{t("entry.passphraseTitle")}</h1>
        <p className="muted">{t("entry.passphraseLead")}</p>
        <div className="field">
          <label htmlFor={fieldId}>{t("entry.passphraseLabel")}</label>
          <input
            id={fieldId}
            className="input"
            type="password"
            autoComplete="off"
            required
            // biome-ignore lint/a11y/noAutofocus: the passphrase is the only thing this page asks.
            autoFocus
            value={passphrase}
            aria-invalid={problem === "wrong"}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {problem ? (
            <p id={errorId} className="form-error" role="alert">
              {problem === "wrong" ? t("entry.passphraseWrong") : t("entry.passphraseTooMany")}
            </p>
          ) : null}
        </div>
        <div className="entry-actions">
          <button type="button" className="button button-lg" onClick={cancelEntry}>
            {t("entry.cancel")}
          </button>
          <button type="submit" className="button button-primary button-lg" disabled={checking}>
            {checking ? t("entry.checking") : t("entry.passphraseSubmit")}
          </button>
        </div>
      </form>
    </DoorPage>
  );
}

function WaitingPage({ title }: { title: string | null }) {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  const reconnecting = status === "reconnecting" || status === "offline";
  return (
    <DoorPage title={title}>
      <div className="entry-waiting" role="status" data-testid="lobby-waiting">
        <span className="spinner entry-spinner" aria-hidden="true" />
        <h1>{t("entry.waitingTitle")}</h1>
        <p className="muted">{reconnecting ? t("entry.reconnecting") : t("entry.waitingLead")}</p>
      </div>
      <div className="entry-actions">
        <button type="button" className="button" onClick={cancelEntry}>
          {t("entry.cancel")}
        </button>
      </div>
    </DoorPage>
  );
}

function DeniedPage({ title }: { title: string | null }) {
  const { t } = useTranslation();
  return (
    <DoorPage title={title}>
      <div role="alert" data-testid="lobby-denied">
        <h1>{t("entry.deniedTitle")}</h1>
        <p className="muted">{t("entry.deniedLead")}</p>
      </div>
      <div className="entry-actions">
        <button type="button" className="button" onClick={cancelEntry}>
          {t("entry.cancel")}
        </button>
        <button type="button" className="button button-primary" onClick={knockAgain}>
          {t("entry.knockAgain")}
        </button>
      </div>
    </DoorPage>
  );
}
