// A read-only link with a copy button that says when it worked.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { copyText } from "../../lib/clipboard.ts";

export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const handle = setTimeout(() => setCopied(false), 1800);
    return () => clearTimeout(handle);
  }, [copied]);

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          className="input mono"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          aria-label={t("common.copyLabel", { what: label })}
          onClick={() => {
            void copyText(value).then(setCopied);
          }}
        >
          {copied ? t("common.copied") : t("common.copy")}
        </button>
      </div>
      {hint ? <p className="hint">{hint}</p> : null}
      <span className="sr-only" aria-live="polite">
        {copied ? t("common.copiedLabel", { what: label }) : ""}
      </span>
    </div>
  );
}
