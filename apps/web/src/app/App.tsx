// Routes: start page, room board, decision record. Leaving a room's routes closes its socket.
// The pages few visitors open (record, summary, replay, counting rules) are chunks of their
// own, fetched when opened, so the board's first load does not carry them.
import { assertNever } from "@stackboard/core";
import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "../components/common/Logo.tsx";
import { Toasts } from "../components/common/Toasts.tsx";
import { RoomPage } from "../components/room/RoomPage.tsx";
import { StartPage } from "../components/start/StartPage.tsx";
import { currentRoomId, leaveRoom } from "../realtime/portal.ts";
import { parseRoute, type Route, usePathname } from "./route.ts";

const RecordPage = lazy(() =>
  import("../components/record/RecordPage.tsx").then((module) => ({ default: module.RecordPage })),
);
const SummaryPage = lazy(() =>
  import("../components/record/SummaryPage.tsx").then((module) => ({
    default: module.SummaryPage,
  })),
);
const ReplayPage = lazy(() =>
  import("../components/replay/ReplayPage.tsx").then((module) => ({ default: module.ReplayPage })),
);
const CountingPage = lazy(() =>
  import("../components/help/CountingPage.tsx").then((module) => ({
    default: module.CountingPage,
  })),
);

const roomOf = (route: Route): string | null =>
  route.name === "room" || route.name === "record" ? route.roomId : null;

export function App() {
  const route = parseRoute(usePathname());
  const roomId = roomOf(route);

  useEffect(() => {
    const current = currentRoomId();
    if (current !== null && current !== roomId) leaveRoom();
  }, [roomId]);

  return (
    <>
      <Suspense fallback={<PageLoading />}>
        <Page route={route} />
      </Suspense>
      <Toasts />
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case "start":
      return <StartPage />;
    case "room":
      return <RoomPage key={route.roomId} roomId={route.roomId} />;
    case "record":
      return <RecordPage key={route.roomId} roomId={route.roomId} />;
    case "summary":
      return <SummaryPage key={route.roomId} roomId={route.roomId} />;
    case "replay":
      return <ReplayPage key={route.roomId} roomId={route.roomId} />;
    case "counting":
      return <CountingPage />;
    case "notFound":
      return <NotFound />;
    default:
      return assertNever(route);
  }
}

/** While a page's chunk is on its way: the same words as the first paint's skeleton. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="board-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("app.loading")}
    </p>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="centered-page">
      <header>
        <Logo />
      </header>
      <main className="card narrow">
        <h1>{t("app.notFound")}</h1>
        <a className="button button-primary" href="/">
          {t("join.startNew")}
        </a>
      </main>
    </div>
  );
}
