/**
 * The log page's island: the header search and the code pages' other islands, the log itself (React
 * components run on Preact, as the calculator's are) and the service worker that keeps the page
 * working offline (docs/wrvu-log.md).
 */
import { hydrate } from "preact";
import { createElement } from "react";

import { LogDetails, LogSummary } from "@/components/log/log-app";
import { createLogModel } from "@/components/log/log-model";
import { LOG_ISLAND, LOG_SERVICE_WORKER, type LogIslandProps } from "@/lib/wrvu-log/island";

import "./code-page.entry";
import { asPreactChild, readIslandProps } from "./preact-island";

/** The next task: work split across tasks leaves the main thread free in between (a tap, a paint). */
const nextTask = (work: () => void) => setTimeout(work, 0);

const summaryRoot = document.getElementById(LOG_ISLAND.summaryRootId);
const detailsRoot = document.getElementById(LOG_ISLAND.detailsRootId);
const props = readIslandProps<LogIslandProps>(LOG_ISLAND.propsId);
if (summaryRoot && detailsRoot && props) {
  const { setup, renderedOn } = props;
  const model = createLogModel(renderedOn);
  // The server rendered both parts from a model in this same state, so Preact's hydrate only attaches
  // event handlers: it writes nothing to the DOM, and the browser lays nothing out again. The state
  // may change only once both parts are hydrated; hydrate never corrects an attribute.
  hydrate(asPreactChild(createElement(LogSummary, { model, setup })), summaryRoot);
  nextTask(() => {
    hydrate(asPreactChild(createElement(LogDetails, { model, setup })), detailsRoot);
    nextTask(() => model.open());
  });
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
