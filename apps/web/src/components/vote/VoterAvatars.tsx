// Who has voted on a decision (not what): the only thing a sealed decision shows.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useRoomStore } from "../../store/roomStore.ts";
import { Avatar } from "../common/Avatar.tsx";

export function VoterAvatars({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const voters = useRoomStore(
    useShallow((s) =>
      decision.ballots
        .map((entry) =>
          s.state.participants.find((participant) => participant.id === entry.participantId),
        )
        .filter((participant) => participant !== undefined),
    ),
  );
  // In an anonymous decision, others' ballots carry keys, not ids: show no faces at all
  // (my own would single me out as the one face among "N voted").
  if (voters.length === 0 || decision.anonymity !== "off") return null;
  return (
    <ul className="voters" aria-label={t("results.whoVoted")}>
      {voters.map((voter) => (
        <li key={voter.id} data-testid="voted-avatar" data-name={voter.name}>
          <Avatar
            name={voter.name}
            colour={voter.colour}
            size="sm"
            label={t("results.hasVoted", { name: voter.name })}
          />
        </li>
      ))}
    </ul>
  );
}
