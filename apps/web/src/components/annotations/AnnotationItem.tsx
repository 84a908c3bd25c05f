// One annotation: kind, text, author, +1 toggle, replies.
import type { Annotation } from "@stackboard/core";
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyId, useParticipant } from "../../store/selectors.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { Avatar } from "../common/Avatar.tsx";
import { Icon } from "../common/Icon.tsx";

export function AnnotationItem({ note }: { note: Annotation }) {
  const { t } = useTranslation();
  const myId = useMyId();
  const author = useParticipant(note.authorId);
  const [replying, setReplying] = useState(false);
  const plusOned = myId !== null && note.plusOnes.includes(myId);
  const removable = useAllowed({ type: "annotation.remove", annotationId: note.id });

  return (
    <li className={`note note-${note.kind}`} data-testid="annotation" data-kind={note.kind}>
      <div className="note-head">
        <span className={`kind-chip kind-${note.kind}`}>{t(`kinds.${note.kind}`)}</span>
        {author ? <Avatar name={author.name} colour={author.colour} size="sm" /> : null}
        <span className="note-author">{author?.name ?? t("notes.formerParticipant")}</span>
      </div>
      <p className="note-text">{note.text}</p>
      {note.replies.length > 0 ? (
        <ul className="replies" aria-label={t("notes.repliesLabel")}>
          {note.replies.map((reply) => (
            <Reply key={reply.id} authorId={reply.authorId} text={reply.text} />
          ))}
        </ul>
      ) : null}
      <div className="note-actions">
        <button
          type="button"
          className={`chip-button${plusOned ? " is-on" : ""}`}
          aria-pressed={plusOned}
          aria-label={t("notes.plusOneLabel", { count: note.plusOnes.length })}
          onClick={() =>
            sendCommand({ type: "annotation.plusOne", annotationId: note.id, on: !plusOned })
          }
        >
          <Icon name="thumb" size={13} />
          <span data-testid="plus-one-count">
            {note.plusOnes.length > 0 ? note.plusOnes.length : t("notes.plusOne")}
          </span>
        </button>
        <button
          type="button"
          className="chip-button"
          aria-expanded={replying}
          onClick={() => setReplying((open) => !open)}
        >
          <Icon name="reply" size={13} />
          {t("notes.reply")}
        </button>
        {removable ? (
          <button
            type="button"
            className="icon-button subtle"
            aria-label={t("notes.remove")}
            onClick={() => sendCommand({ type: "annotation.remove", annotationId: note.id })}
          >
            <Icon name="trash" size={13} />
          </button>
        ) : null}
      </div>
      {replying ? <ReplyForm annotationId={note.id} onDone={() => setReplying(false)} /> : null}
    </li>
  );
}

function Reply({ authorId, text }: { authorId: string | null; text: string }) {
  const { t } = useTranslation();
  const author = useParticipant(authorId);
  return (
    <li className="reply" data-testid="reply">
      {author ? <Avatar name={author.name} colour={author.colour} size="sm" /> : null}
      <div>
        <span className="note-author">{author?.name ?? t("notes.formerParticipant")}</span>
        <p>{text}</p>
      </div>
    </li>
  );
}

function ReplyForm({ annotationId, onDone }: { annotationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") return;
    sendCommand({ type: "annotation.reply", annotationId, replyId: newId("r"), text: text.trim() });
    setText("");
    onDone();
  }
  return (
    <form className="reply-form" onSubmit={submit}>
      <label htmlFor={id} className="sr-only">
        {t("notes.replyLabel")}
      </label>
      <input
        id={id}
        className="input input-sm"
        value={text}
        maxLength={LIMITS.textLength}
        // biome-ignore lint/a11y/noAutofocus: opened on purpose by the user's click.
        autoFocus
        placeholder={t("notes.replyPlaceholder")}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button-sm" disabled={text.trim() === ""}>
        {t("notes.sendReply")}
      </button>
    </form>
  );
}
