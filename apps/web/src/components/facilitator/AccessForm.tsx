// Who may walk into the room: the lobby switch and the passphrase. The passphrase goes
// straight over the socket (sendNow), never through the stored outbox, and the field is
// emptied once the server has it.
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../i18n/errors.ts";
import { sendCommand, sendNow } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useRoomStore } from "../../store/roomStore.ts";

type Outcome = { tone: "success" | "error"; text: string } | null;

export function AccessForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const lobbyId = useId();
  const passphraseId = useId();
  const hintId = useId();
  const access = useRoomStore((s) => s.state.access);
  // The switch follows my click at once: a lobby change still on its way wins over the log.
  const lobbyOn = useConnectionStore((s) => {
    const change = s.outbox.findLast((entry) => entry.command.type === "room.setLobby")?.command;
    return change?.type === "room.setLobby" ? change.on : null;
  });
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function save(next: string | null) {
    setBusy(true);
    setOutcome(null);
    const error = await sendNow({ type: "room.setPassphrase", passphrase: next });
    setBusy(false);
    if (error) {
      setOutcome({ tone: "error", text: errorText(error) });
      return;
    }
    setPassphrase("");
    setOutcome({ tone: "success", text: next === null ? t("access.cleared") : t("access.saved") });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = passphrase.trim();
    if (trimmed !== "") void save(trimmed);
  }

  return (
    <section className="access-form people-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("access.title")}</h3>
      <p className="access-flags" data-testid="access-flags">
        <span className={`access-flag${access.lobby ? " is-on" : ""}`}>
          {access.lobby ? t("access.lobbyOn") : t("access.lobbyOff")}
        </span>
        <span className={`access-flag${access.passphrase ? " is-on" : ""}`}>
          {access.passphrase ? t("access.passphraseOn") : t("access.passphraseOff")}
        </span>
      </p>
      <label className="checkbox" htmlFor={lobbyId}>
        <input
          id={lobbyId}
          type="checkbox"
          checked={lobbyOn ?? access.lobby}
          onChange={(event) => sendCommand({ type: "room.setLobby", on: event.target.checked })}
        />
        {t("access.lobby")}
      </label>
      <form className="access-passphrase" onSubmit={submit}>
        <div className="field">
          <label htmlFor={passphraseId}>{t("access.passphraseLabel")}</label>
          <input
            id={passphraseId}
            className="input input-sm"
            type="password"
            autoComplete="new-password"
            maxLength={LIMITS.passphraseLength}
            value={passphrase}
            aria-describedby={hintId}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <p id={hintId} className="hint">
            {t("access.passphraseHint")}
          </p>
        </div>
        <div className="access-buttons">
          <button
            type="submit"
            className="button button-sm button-primary"
            disabled={busy || passphrase.trim() === ""}
          >
            {access.passphrase ? t("access.changePassphrase") : t("access.setPassphrase")}
          </button>
          {access.passphrase ? (
            <button
              type="button"
              className="button button-sm"
              disabled={busy}
              onClick={() => void save(null)}
            >
              {t("access.clearPassphrase")}
            </button>
          ) : null}
        </div>
        <p className={outcome?.tone === "error" ? "form-error" : "hint"} role="status">
          {outcome?.text ?? ""}
        </p>
      </form>
    </section>
  );
}
