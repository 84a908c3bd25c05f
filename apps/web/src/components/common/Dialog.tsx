// A modal on the native <dialog>: focus trap, Escape and the backdrop come for free.
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

export function Dialog({
  open,
  title,
  onClose,
  children,
  className,
  description,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : "dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose();
      }}
      onKeyDown={() => undefined}
    >
      {open ? (
        <div className="dialog-body">
          <header className="dialog-header">
            <div>
              <h2 id={titleId}>{title}</h2>
              {description ? <p className="muted">{description}</p> : null}
            </div>
            <button
              type="button"
              className="icon-button"
              onClick={onClose}
              aria-label={t("common.close")}
            >
              <Icon name="x" />
            </button>
          </header>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
