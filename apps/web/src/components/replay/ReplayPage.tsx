// Meeting replay: a timeline slider over the room's log, the board as it was after the
// chosen event, and a read-only link to that moment (`/r/<id>/replay?at=<seq>`). It never
// joins the room: it reads the redacted export, like anyone with the link could (for a
// room kept to its members: any browser that is in the room).
import { emptyRoom, replayFrames, replayLabel } from "@stackboard/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchReplayLog, type ReplayLog } from "../../api/replay.ts";
import { ApiError } from "../../api/rest.ts";
import { replayHref, roomHref } from "../../app/route.ts";
import { CopyField } from "../common/CopyField.tsx";
import { Icon } from "../common/Icon.tsx";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { PrivateRoomNotice } from "../record/PrivateRoomNotice.tsx";
import { ReplayBoard } from "./ReplayBoard.tsx";
import { ReplayTimeline } from "./ReplayTimeline.tsx";

type Loaded =
  | { status: "loading" }
  | { status: "missing" }
  /** A gated room this browser is not in. */
  | { status: "private" }
  | { status: "ready"; log: ReplayLog };

const isRefusal = (error: unknown): boolean =>
  error instanceof ApiError && error.code === "UNAUTHORIZED";

/** `?at=` from the address bar: the seq of the last event to show. */
function initialAt(): number | null {
  const raw = new URLSearchParams(window.location.search).get("at");
  const at = raw === null || raw === "" ? Number.NaN : Number(raw);
  return Number.isInteger(at) && at >= 0 ? at : null;
}

export function ReplayPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [position, setPosition] = useState<number | null>(initialAt);

  useEffect(() => {
    let active = true;
    fetchReplayLog(roomId)
      .then((log) => active && setLoaded(log ? { status: "ready", log } : { status: "missing" }))
      .catch(
        (error: unknown) =>
          active && setLoaded({ status: isRefusal(error) ? "private" : "missing" }),
      );
    return () => {
      active = false;
    };
  }, [roomId]);

  const events = loaded.status === "ready" ? loaded.log.events : [];
  const frames = useMemo(() => replayFrames(events), [events]);
  const labels = useMemo(
    () => events.map((event, index) => replayLabel(frames[index] ?? emptyRoom(), event)),
    [events, frames],
  );
  // k = how many events are applied; `at` is a seq, and seqs count from 1 without gaps.
  const k = Math.min(events.length, position ?? events.length);
  const state = frames[k];
  const at = events[k - 1]?.seq ?? 0;

  function moveTo(next: number) {
    setPosition(next);
    // Keep the address bar on this moment, so copying it shares it.
    history.replaceState(null, "", replayHref(roomId, events[next - 1]?.seq ?? 0));
  }

  return (
    <div className="replay-page">
      <header className="record-toolbar no-print">
        <Logo />
        <nav className="record-actions" aria-label={t("intel.replay.actions")}>
          <Link className="button button-ghost" href={roomHref(roomId)}>
            <Icon name="back" />
            {t("record.back")}
          </Link>
        </nav>
      </header>
      <main className="replay-main">
        {loaded.status === "loading" ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("room.loading")}
          </p>
        ) : loaded.status === "private" ? (
          <PrivateRoomNotice roomId={roomId} title={null} />
        ) : loaded.status === "missing" || state === undefined ? (
          <p role="alert">{t("join.missingBody")}</p>
        ) : (
          <>
            <h1>{t("intel.replay.title", { title: loaded.log.title })}</h1>
            <ReplayTimeline labels={labels} k={k} onMove={moveTo} />
            <div className="replay-share">
              <CopyField
                label={t("intel.replay.link")}
                value={`${window.location.origin}${replayHref(roomId, at)}`}
              />
            </div>
            <ReplayBoard state={state} />
          </>
        )}
      </main>
    </div>
  );
}
