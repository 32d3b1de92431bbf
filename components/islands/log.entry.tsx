/**
 * The log page's island: the header search and the code pages' other islands, the log itself (React
 * components run on Preact, as the calculator's are) and the service worker that keeps the page
 * working offline (docs/wrvu-log.md).
 */
import { hydrate } from "preact";
import { createElement } from "react";

import { LOG_PARTS, LogPart } from "@/components/log/log-app";
import { createLogModel } from "@/components/log/log-model";
import { LOG_ISLAND, LOG_SERVICE_WORKER, type LogIslandProps } from "@/lib/wrvu-log/island";

import "./code-page.entry";
import { asPreactChild, readIslandProps } from "./preact-island";

/** The next task: work split across tasks leaves the main thread free in between (a tap, a paint). */
const nextTask = (work: () => void) => setTimeout(work, 0);

const parts = document.getElementById(LOG_ISLAND.partsId);
const props = readIslandProps<LogIslandProps>(LOG_ISLAND.propsId);
if (parts && props) {
  const { setup, renderedOn } = props;
  const model = createLogModel(renderedOn);
  // The server rendered every part from a model in this same state, so Preact's hydrate only attaches
  // event handlers: it writes nothing to the DOM, and the browser lays nothing out again. The state
  // may change only once every part is hydrated, since hydrate never corrects an attribute.
  const hydrateFrom = (index: number) => {
    const part = LOG_PARTS[index];
    if (!part) return model.open();
    const root = parts.querySelector(`[${LOG_ISLAND.partAttribute}="${part.name}"]`);
    if (!root) throw new Error(`The log page has no part named ${part.name}`);
    hydrate(asPreactChild(createElement(LogPart, { name: part.name, model, setup })), root);
    nextTask(() => hydrateFrom(index + 1));
  };
  hydrateFrom(0);
}

if ("serviceWorker" in navigator) {
  // After the page has loaded, so installing the worker never competes with the page for the network.
  const register = () =>
    void navigator.serviceWorker
      .register(LOG_SERVICE_WORKER.url, { scope: LOG_SERVICE_WORKER.scope })
      .catch(() => undefined);
  if (document.readyState === "complete") register();
  else addEventListener("load", register);
}
