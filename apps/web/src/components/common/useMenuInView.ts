// A <details> menu's panel hangs from its button; near a screen edge (a phone's header) it
// would open off-screen. On opening, and on resize, shift it back inside the viewport.
import { type RefObject, useEffect } from "react";

const MARGIN_PX = 8;

/** How far to move a box spanning `left`..`right` so it fits in `0..viewport` with margins. */
export function shiftIntoView(left: number, right: number, viewport: number): number {
  const overLeft = MARGIN_PX - left;
  if (overLeft > 0) return overLeft;
  const overRight = right - (viewport - MARGIN_PX);
  return overRight > 0 ? -overRight : 0;
}

export function useMenuInView(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const place = () => {
      const panel = details.querySelector<HTMLElement>(".menu-panel");
      if (!panel || !details.open) return;
      panel.style.translate = "";
      const box = panel.getBoundingClientRect();
      const shift = shiftIntoView(box.left, box.right, document.documentElement.clientWidth);
      if (shift !== 0) panel.style.translate = `${shift}px 0`;
    };
    details.addEventListener("toggle", place);
    window.addEventListener("resize", place);
    return () => {
      details.removeEventListener("toggle", place);
      window.removeEventListener("resize", place);
    };
  }, [ref]);
}
