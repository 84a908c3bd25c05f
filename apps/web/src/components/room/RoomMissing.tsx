// No room behind this link: say so plainly and offer the way out (no board, no exports).
import { useTranslation } from "react-i18next";
import { Logo } from "../common/Logo.tsx";

export function RoomMissing() {
  const { t } = useTranslation();
  return (
    <div className="centered-page">
      <header>
        <Logo />
      </header>
      <main className="card narrow" data-testid="room-missing">
        <h1>{t("join.missingTitle")}</h1>
        <p className="muted" role="alert">
          {t("join.missingBody")}
        </p>
        <a className="button button-primary" href="/">
          {t("join.startNew")}
        </a>
      </main>
    </div>
  );
}
