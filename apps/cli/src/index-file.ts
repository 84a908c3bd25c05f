// The folder's index: README.md lists every numbered record with its title and status. Only
// the part between two marker comments is ours; whatever else a team wrote there stays.
import { type AdrFile, statusOf, titleOf } from "./adr-folder.ts";

const START = "<!-- stackboard:index:start -->";
const END = "<!-- stackboard:index:end -->";

const HEADER = `# Architecture Decision Records

Numbered records of the decisions that shape this code (MADR). Records from Stackboard are
written by \`npx stackboard adr <room-url>\`; edit them like any other file.
`;

/** README.md's content with the index brought up to date (created if there is none). */
export function indexFor(files: readonly AdrFile[], readme: string | null): string {
  const lines = files.map((file) => {
    const status = statusOf(file.content);
    const number = `ADR-${String(file.number).padStart(4, "0")}`;
    return `- [${number}](${file.fileName}): ${titleOf(file.content)}${status ? ` (${status})` : ""}`;
  });
  const region = `${START}\n${lines.length === 0 ? "No records yet." : lines.join("\n")}\n${END}`;
  if (readme === null) return `${HEADER}\n${region}\n`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) {
    return `${readme.slice(0, start)}${region}${readme.slice(end + END.length)}`;
  }
  return `${readme.replace(/\n*$/, "\n")}\n${region}\n`;
}
