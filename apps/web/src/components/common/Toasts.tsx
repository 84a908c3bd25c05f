// Toasts: errors from the server (e.g. "Voting on this decision is locked.") and notices.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { type Toast, useUiStore } from "../../store/uiStore.ts";
import { Icon } from "./Icon.tsx";

const LIFETIME_MS = 6000;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useUiStore((s) => s.dismissToast);
  useEffect(() => {
    const handle = setTimeout(() => dismiss(toast.id), LIFETIME_MS);
    return () => clearTimeout(handle);
  }, [dismiss, toast.id]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === "error" ? "alert" : "status"}>
      <span className="toast-message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="toast-action"
          aria-label={toast.action.ariaLabel}
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        onClick={() => dismiss(toast.id)}
        aria-label={t("common.dismiss")}
      >
        <Icon name="x" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useUiStore((s) => s.toasts);
  return (
    <div className="toasts" data-testid="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
