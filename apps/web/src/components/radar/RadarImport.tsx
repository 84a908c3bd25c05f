// Seed a decision's options from the team's tech radar (Build-Your-Own-Radar CSV or JSON).
// The radar read is kept in the room, as its latest edition (`radar.import`), so every
// browser and the server's radar export know it. Names are matched to the catalog;
// unmatched ones become custom options. Anything the radar puts on Hold is flagged: a
// shared "risk" note on the option, so the whole room (and the record) sees it.
import {
  type Decision,
  findTechnology,
  LIMITS,
  parseRadar,
  type RadarEntry,
} from "@stackboard/core";
import { type ChangeEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useRoomStore } from "../../store/roomStore.ts";

export const HOLD_NOTE = "Tech radar: Hold.";

const NO_ENTRIES: readonly RadarEntry[] = [];

const sameOption = (entry: RadarEntry, option: Decision["options"][number]) =>
  entry.catalogId !== null
    ? option.catalogId === entry.catalogId
    : option.label.trim().toLowerCase() === entry.name.toLowerCase();

export function RadarImport({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const textId = useId();
  const fileId = useId();
  const latest = useRoomStore((s) => s.state.radar.at(-1) ?? null);
  const radar = latest?.entries ?? NO_ENTRIES;
  const annotations = useRoomStore((s) => s.state.annotations);
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());

  const candidates = useMemo(() => {
    // Suggest what fits this slot: entries of the categories already on it (all if none).
    const categories = new Set(
      decision.options.flatMap((o) => (o.catalogId ? [findTechnology(o.catalogId)?.category] : [])),
    );
    return radar.filter((entry) => {
      if (decision.options.some((option) => sameOption(entry, option))) return false;
      if (categories.size === 0) return true;
      const category = entry.catalogId ? findTechnology(entry.catalogId)?.category : undefined;
      return category !== undefined && categories.has(category);
    });
  }, [radar, decision.options]);

  const onHold = decision.options.filter((option) =>
    radar.some((entry) => entry.ring === "Hold" && sameOption(entry, option)),
  );

  function read(source: string, name: string) {
    const parsed = parseRadar(source);
    // Cut to what a room keeps, so a long description does not refuse the whole radar.
    const entries = parsed.entries.slice(0, LIMITS.radarEntries).map((entry) => ({
      ...entry,
      name: entry.name.slice(0, LIMITS.labelLength),
      quadrant: entry.quadrant.slice(0, LIMITS.radarNameLength),
      description: entry.description.slice(0, LIMITS.radarDescriptionLength),
    }));
    const dropped = parsed.entries.length - entries.length;
    setProblems(
      dropped > 0
        ? [...parsed.problems, t("intel.radar.tooMany", { count: dropped })]
        : parsed.problems,
    );
    if (entries.length > 0) sendCommand({ type: "radar.import", name, entries });
    setUnchecked(new Set());
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) read(await file.text(), file.name.replace(/\.(csv|json)$/i, "").slice(0, 80));
  }

  function flagHold(optionId: string, entry: RadarEntry) {
    const flagged = annotations.some(
      (note) =>
        note.decisionId === decision.id &&
        note.optionId === optionId &&
        note.text.startsWith(HOLD_NOTE),
    );
    if (flagged) return;
    sendCommand({
      type: "annotation.add",
      annotationId: newId("a"),
      decisionId: decision.id,
      optionId,
      kind: "risk",
      text: `${HOLD_NOTE} ${entry.description}`.trim().slice(0, 2000),
    });
  }

  function addChecked() {
    for (const entry of candidates) {
      if (unchecked.has(entry.name)) continue;
      const optionId = newId("o");
      const label = entry.catalogId
        ? (findTechnology(entry.catalogId)?.name ?? entry.name)
        : entry.name;
      sendCommand({
        type: "option.add",
        decisionId: decision.id,
        optionId,
        label,
        catalogId: entry.catalogId,
      });
      if (entry.ring === "Hold") flagHold(optionId, entry);
    }
    // Options already on the board that the radar holds get the same note.
    for (const option of decision.options) {
      const entry = radar.find(
        (candidate) => candidate.ring === "Hold" && sameOption(candidate, option),
      );
      if (entry) flagHold(option.id, entry);
    }
  }

  const toAdd = candidates.filter((entry) => !unchecked.has(entry.name)).length;
  return (
    <details className="radar-import" data-testid="radar-import">
      <summary className="radar-title">{t("intel.radar.title")}</summary>
      <div className="field">
        <label htmlFor={textId}>{t("intel.radar.paste")}</label>
        <textarea
          id={textId}
          className="input mono"
          rows={4}
          value={text}
          placeholder="name,ring,quadrant,isNew,description"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <label className="button button-ghost" htmlFor={fileId}>
          {t("intel.radar.file")}
        </label>
        <input
          id={fileId}
          className="sr-only"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={onFile}
        />
        <button
          type="button"
          className="button"
          onClick={() => read(text, t("intel.radar.defaultName"))}
          disabled={text.trim() === ""}
        >
          {t("intel.radar.read")}
        </button>
      </div>
      {latest !== null ? (
        <p className="muted small" data-testid="radar-kept">
          {t("intel.radar.kept", { name: latest.name, count: latest.entries.length })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul role="alert" className="small">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {onHold.length > 0 ? (
        <p className="conflict conflict-warning" data-testid="radar-hold">
          {t("intel.radar.hold", { options: onHold.map((o) => o.label).join(", ") })}
        </p>
      ) : null}
      {candidates.length > 0 || onHold.length > 0 ? (
        <>
          <ul className="radar-candidates">
            {candidates.map((entry) => (
              <li key={entry.name}>
                <label>
                  <input
                    type="checkbox"
                    checked={!unchecked.has(entry.name)}
                    onChange={(event) => {
                      const next = new Set(unchecked);
                      if (event.target.checked) next.delete(entry.name);
                      else next.add(entry.name);
                      setUnchecked(next);
                    }}
                  />
                  {entry.name}
                  <span className={`ring ring-${entry.ring.toLowerCase()}`}>{entry.ring}</span>
                  {entry.catalogId === null ? (
                    <span className="muted small">{t("options.custom")}</span>
                  ) : null}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-primary"
            onClick={addChecked}
            disabled={toAdd === 0 && onHold.length === 0}
          >
            {toAdd > 0 ? t("intel.radar.add", { count: toAdd }) : t("intel.radar.flag")}
          </button>
        </>
      ) : null}
    </details>
  );
}
