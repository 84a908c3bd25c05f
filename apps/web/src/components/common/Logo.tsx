import { useTranslation } from "react-i18next";

export function Logo({ href = "/" }: { href?: string }) {
  const { t } = useTranslation();
  return (
    <a className="logo" href={href} aria-label={t("app.home")}>
      <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--accent)" />
        <rect x="7" y="8" width="18" height="4" rx="2" fill="#fff" />
        <rect x="7" y="14" width="13" height="4" rx="2" fill="#fff" opacity=".8" />
        <rect x="7" y="20" width="8" height="4" rx="2" fill="#fff" opacity=".6" />
      </svg>
      <span>{t("app.name")}</span>
    </a>
  );
}
