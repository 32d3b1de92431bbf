"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement for the code preview cards: Escape hides the open card without moving focus or
 * the pointer (WCAG 1.4.13), until the pointer leaves or focus moves on. Without JavaScript the cards still
 * open and close on hover and focus.
 */
export function CodeReferenceDismiss() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const reference of document.querySelectorAll<HTMLElement>(
        ".code-ref:hover, .code-ref:focus-within",
      )) {
        reference.dataset.dismissed = "";
        const reset = () => {
          delete reference.dataset.dismissed;
          reference.removeEventListener("mouseleave", reset);
          reference.removeEventListener("focusout", reset);
        };
        reference.addEventListener("mouseleave", reset);
        reference.addEventListener("focusout", reset);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
