// The address carries a facilitator key the room refused (or no key at all, only a broken
// `fk=`): this browser joined as a voter. Say so where it stays visible, not only in a passing toast.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { linkKeyRefused } from "../../lib/facilitatorLink.ts";
import { loadIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useMyRole } from "../../store/selectors.ts";

export function InvalidLinkNotice({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const role = useMyRole();
  const joined = useConnectionStore((s) => s.roomId === roomId && s.participantId !== null);
  const [dismissed, setDismissed] = useState(false);
  if (!joined || dismissed || role === "facilitator") return null;
  const stored = loadIdentity(browserStorage(), roomId)?.facilitatorKey ?? null;
  if (!linkKeyRefused(window.location.hash, stored)) return null;

  function dismiss() {
    // Drop the refused key from the address, so a reload does not try it again.
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}`);
    setDismissed(true);
  }

  return (
    <div className="connection-banner is-offline" role="alert" data-testid="invalid-link">
      <span>{t("join.invalidKey")}</span>
      <button type="button" className="button button-sm button-ghost" onClick={dismiss}>
        {t("join.invalidKeyDismiss")}
      </button>
    </div>
  );
}
