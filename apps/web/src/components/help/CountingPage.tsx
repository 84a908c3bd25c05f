// How Stackboard counts (docs/counting.md), served as a page of the app. The HTML is made
// from our own Markdown at build time (vite.config.ts), so it carries no script and needs
// no loosening of the CSP; it is loaded on demand, keeping it out of the board's bundle.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "../common/Logo.tsx";

export function CountingPage() {
  const { t } = useTranslation();
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    void import("virtual:counting-doc").then((doc) => {
      if (active) setHtml(doc.default);
    });
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    // The board links to a section (#score, #ranked, ...): scroll there once it exists.
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (html !== null && id !== "") document.getElementById(id)?.scrollIntoView();
  }, [html]);

  return (
    <div className="record-page help-page">
      <header className="record-toolbar no-print">
        <Logo />
      </header>
      <main className="record-main" aria-label={t("help.counting")}>
        {html === null ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("help.loading")}
          </p>
        ) : (
          <article
            className="help-doc"
            data-testid="counting-doc"
            // Our own document, rendered at build time from docs/counting.md.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted, build-time HTML.
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </main>
    </div>
  );
}
