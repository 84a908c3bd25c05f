// Adding an option: search the catalog (what the decision is about first), or type any
// name as a custom option.
import {
  type Decision,
  decisionCategories,
  LIMITS,
  searchCatalog,
  type Technology,
} from "@stackboard/core";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { Icon } from "../common/Icon.tsx";

const MAX_RESULTS = 6;

export function AddOption({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");

  const taken = useMemo(
    () => new Set(decision.options.map((option) => option.label.trim().toLowerCase())),
    [decision.options],
  );
  // What the decision is about (its options' categories, else its title) comes first; a
  // technology from elsewhere only when its name starts with what was typed.
  const categories = useMemo(() => decisionCategories(decision), [decision]);
  const results = useMemo(
    () =>
      searchCatalog(query, categories)
        .filter((technology) => !taken.has(technology.name.toLowerCase()))
        .slice(0, MAX_RESULTS),
    [query, taken, categories],
  );
  const typed = query.trim();
  const customAllowed = typed !== "" && !taken.has(typed.toLowerCase());

  function add(label: string, catalogId: string | null) {
    sendCommand({
      type: "option.add",
      decisionId: decision.id,
      optionId: newId("o"),
      label,
      catalogId,
    });
    setQuery("");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      setOpen(false);
      setQuery("");
    }
    if (event.key === "Enter") {
      event.preventDefault();
      const exact = results.find(
        (technology) => technology.name.toLowerCase() === typed.toLowerCase(),
      );
      if (exact) add(exact.name, exact.id);
      else if (customAllowed) add(typed, null);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button-dashed add-option"
        data-hotkey="search"
        onClick={() => setOpen(true)}
        aria-label={t("options.addTo", { decision: decision.title })}
      >
        <Icon name="plus" />
        {t("options.add")}
      </button>
    );
  }

  return (
    <div className="add-option-panel">
      <label htmlFor={inputId} className="sr-only">
        {t("options.searchLabel", { decision: decision.title })}
      </label>
      <input
        id={inputId}
        className="input"
        value={query}
        // biome-ignore lint/a11y/noAutofocus: opened on purpose by the user's click.
        autoFocus
        data-hotkey="search"
        maxLength={LIMITS.labelLength}
        placeholder={t("options.searchPlaceholder")}
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="catalog-results" aria-label={t("options.results")}>
        {results.map((technology) => (
          <CatalogResult
            key={technology.id}
            technology={technology}
            onPick={() => add(technology.name, technology.id)}
          />
        ))}
        {customAllowed ? (
          <li>
            <button
              type="button"
              className="catalog-result custom"
              onClick={() => add(typed, null)}
            >
              <Icon name="plus" size={14} />
              <span>{t("options.addCustom", { label: typed })}</span>
            </button>
          </li>
        ) : null}
        {results.length === 0 && !customAllowed ? (
          <li className="muted small">{t("options.noResults")}</li>
        ) : null}
      </ul>
      <div className="add-option-actions">
        <button
          type="button"
          className="button button-ghost button-sm"
          onClick={() => setOpen(false)}
        >
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}

function CatalogResult({ technology, onPick }: { technology: Technology; onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className="catalog-result"
        onClick={onPick}
        aria-label={t("options.addCatalog", { label: technology.name })}
      >
        <span className="catalog-name">{technology.name}</span>
        <span className="catalog-category">{t(`categories.${technology.category}`)}</span>
      </button>
    </li>
  );
}
