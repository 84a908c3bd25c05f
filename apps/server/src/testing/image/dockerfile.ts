// Test support: a Dockerfile read into its stages and instructions (continuations joined,
// comments dropped) — enough to check what each stage copies, runs and ends with.

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, USER, HEALTHCHECK, CMD, ... */
  op: string;
  args: string;
}

export interface Stage {
  /** `FROM image AS name`: the name, or the stage's index as text. */
  name: string;
  image: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (current === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.startsWith("#")) continue; // a comment inside a continued instruction
    if (line.endsWith("\\")) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(`${current}${line}`.trim());
    current = "";
  }
  if (current.trim() !== "") logical.push(current.trim());

  const stages: Stage[] = [];
  for (const line of logical) {
    const space = line.search(/\s/);
    const op = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const args = space === -1 ? "" : line.slice(space + 1).trim();
    if (op === "FROM") {
      const match = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({
        name: match?.[2] ?? String(stages.length),
        image: match?.[1] ?? args,
        instructions: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (stage === undefined) {
      if (op === "ARG") continue; // ARG before the first FROM
      throw new Error(`${op} before any FROM`);
    }
    stage.instructions.push({ op, args });
  }
  return stages;
}

/** The instructions of `stage` with keyword `op`. */
export const instructions = (stage: Stage, op: string): string[] =>
  stage.instructions.filter((instruction) => instruction.op === op).map(({ args }) => args);
