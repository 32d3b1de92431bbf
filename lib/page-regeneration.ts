/**
 * "This prerendered page was just regenerated": the message from the code that regenerates a page on
 * demand (lib/revalidation, behind POST /api/revalidate) to the production server's fast path
 * (lib/fast-path), which holds pages in memory and must drop the old copy before the next reader asks.
 *
 * A named node:diagnostics_channel, because the two sides live in different bundles of one process: the
 * API route in Next's server bundle, the fast path in the server bundle (server.ts). Module state would
 * exist once per bundle; a channel name is process-wide.
 */
import diagnosticsChannel from "node:diagnostics_channel";

const channel = diagnosticsChannel.channel("codeatlas:page-regenerated");

/** Announces that the prerendered page at `path` ("/codes/D3351") has new HTML in the build output. */
export function announcePageRegenerated(path: string): void {
  channel.publish(path);
}

/** Calls `listener` with the path of every page regenerated from now on; returns the unsubscribe. */
export function onPageRegenerated(listener: (path: string) => void): () => void {
  const subscriber = (message: unknown) => {
    if (typeof message === "string") listener(message);
  };
  channel.subscribe(subscriber);
  return () => {
    channel.unsubscribe(subscriber);
  };
}
