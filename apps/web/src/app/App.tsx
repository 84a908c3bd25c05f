// Routes: start page, room board, decision record. Leaving a room's routes closes its socket.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Logo } from "../components/common/Logo.tsx";
import { Toasts } from "../components/common/Toasts.tsx";
import { CountingPage } from "../components/help/CountingPage.tsx";
import { RecordPage } from "../components/record/RecordPage.tsx";
import { SummaryPage } from "../components/record/SummaryPage.tsx";
import { ReplayPage } from "../components/replay/ReplayPage.tsx";
import { RoomPage } from "../components/room/RoomPage.tsx";
import { StartPage } from "../components/start/StartPage.tsx";
import { currentRoomId, leaveRoom } from "../realtime/portal.ts";
import { parseRoute, type Route, usePathname } from "./route.ts";

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
      <Page route={route} />
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
  }
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
