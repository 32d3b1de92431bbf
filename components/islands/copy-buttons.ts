/**
 * Copy buttons (components/code-page/copy-button.tsx) are rendered hidden, because without script they
 * could do nothing; this shows them and copies their `data-copy-text`. The text beside each stays
 * selectable either way.
 */
const COPIED_FOR_MS = 2000;

export function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
    const label = button.querySelector<HTMLElement>("[aria-live]");
    if (!label || !navigator.clipboard) continue;
    const idle = label.textContent ?? "";
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(button.dataset.copyText ?? "");
      label.textContent = "Copied";
      window.setTimeout(() => (label.textContent = idle), COPIED_FOR_MS);
    });
  }
}
