// Shown instead of a gated room's record, summary or replay to a browser that is not in
// the room: the server keeps such a room's board to its members (and facilitators).
import { useTranslation } from "react-i18next";
import { roomHref } from "../../app/route.ts";
import { Link } from "../common/Link.tsx";

export function PrivateRoomNotice({ roomId, title }: { roomId: string; title: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="card narrow" role="alert" data-testid="private-room">
      {title ? <p className="eyebrow">{title}</p> : null}
      <h1>{t("privateRoom.title")}</h1>
      <p className="muted">{t("privateRoom.body")}</p>
      <Link className="button button-primary" href={roomHref(roomId)}>
        {t("privateRoom.join")}
      </Link>
    </div>
  );
}
