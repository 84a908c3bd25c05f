// Adds a webhook: its URL and whether it speaks Slack. The server checks the URL (public
// addresses only) and answers with the signing secret, which the panel shows once.
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { createWebhook } from "../../api/webhooks.ts";
import { errorText } from "../../i18n/errors.ts";

export function HookForm({
  roomId,
  onCreated,
}: {
  roomId: string;
  onCreated: (secret: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const urlId = useId();
  const slackId = useId();
  const [url, setUrl] = useState("");
  const [slack, setSlack] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (url.trim() === "") return;
    setBusy(true);
    setProblem(null);
    try {
      const created = await createWebhook(roomId, {
        url: url.trim(),
        format: slack ? "slack" : "standard",
      });
      setUrl("");
      setSlack(false);
      await onCreated(created.secret);
    } catch (failure) {
      setProblem(errorText(failure as { code: string; message: string }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="webhook-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={urlId}>{t("webhooks.urlLabel")}</label>
        <input
          id={urlId}
          className="input input-sm mono"
          type="url"
          inputMode="url"
          required
          maxLength={2048}
          placeholder="https://hooks.example.org/stackboard"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
      </div>
      <label className="checkbox" htmlFor={slackId}>
        <input
          id={slackId}
          type="checkbox"
          checked={slack}
          onChange={(event) => setSlack(event.target.checked)}
        />
        {t("webhooks.slack")}
      </label>
      <button type="submit" className="button button-sm button-primary" disabled={busy}>
        {t("webhooks.add")}
      </button>
      <p className={problem ? "form-error" : "hint"} role="status">
        {problem ?? t("webhooks.addHint")}
      </p>
    </form>
  );
}
