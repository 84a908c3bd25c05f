// One labelled form field: the label, the control, then an optional hint and an optional
// problem under it, tied to the control by ids (`id`, `aria-describedby`, `aria-invalid`).
// The settings dialog and the decide form lay out every field with it.
import { type ReactNode, useId } from "react";

export interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function Field({
  label,
  hint,
  problem = null,
  problemId,
  problemTestId,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  /** Why the value cannot be used as it is; shown under the control and announced. */
  problem?: string | null;
  /** The problem's id, when a button elsewhere is described by it too. */
  problemId?: string;
  problemTestId?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  const ownProblemId = useId();
  const problemIdUsed = problemId ?? ownProblemId;
  const described = [hint ? hintId : null, problem ? problemIdUsed : null].filter(
    (part): part is string => part !== null,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        describedBy: described.length > 0 ? described.join(" ") : undefined,
        invalid: problem !== null,
      })}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem !== null ? (
        <p className="form-error" id={problemIdUsed} role="status" data-testid={problemTestId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
