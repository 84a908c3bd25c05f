// Participant colours: distinct, readable on white, assigned in join order.
const PALETTE = [
  "#2563eb",
  "#db2777",
  "#059669",
  "#d97706",
  "#7c3aed",
  "#dc2626",
  "#0891b2",
  "#65a30d",
  "#c026d3",
  "#ea580c",
  "#4f46e5",
  "#0d9488",
] as const;

export const colourFor = (index: number): string => PALETTE[index % PALETTE.length] ?? "#2563eb";
