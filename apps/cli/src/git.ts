// `--branch`: the records committed on a new branch of the repository the folder is in,
// ready for a pull request. Only the files this run wrote go into the commit; whatever else
// is staged or changed in the working tree stays as it was.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export class GitError extends Error {
  override readonly name = "GitError";
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args[0]} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

/** Checks before anything is written: a repository, and a branch name not taken. */
export async function checkBranch(cwd: string, branch: string): Promise<void> {
  await git(cwd, "rev-parse", "--show-toplevel").catch(() => {
    throw new GitError("--branch needs a git repository: run this inside one.");
  });
  await git(cwd, "check-ref-format", "--branch", branch).catch(() => {
    throw new GitError(`"${branch}" is not a valid branch name.`);
  });
  const taken = await git(cwd, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`).then(
    () => true,
    () => false,
  );
  if (taken) throw new GitError(`The branch "${branch}" exists already; pick a new name.`);
}

export async function startBranch(cwd: string, branch: string): Promise<void> {
  await git(cwd, "switch", "--create", branch);
}

/** Commits exactly `paths` (absolute or relative to `cwd`). */
export async function commitFiles(cwd: string, paths: string[], message: string): Promise<string> {
  await git(cwd, "add", "--", ...paths);
  await git(cwd, "commit", "--quiet", "--message", message, "--only", "--", ...paths);
  return git(cwd, "rev-parse", "--short", "HEAD");
}
