/**
 * The log page's island: the header search and the code pages' other islands, the log itself (React
 * components run on Preact, as the calculator's are) and the service worker that keeps the page
 * working offline (docs/wrvu-log.md).
 */
import { render, type ComponentChild } from "preact";
import { createElement } from "react";

import { LogApp } from "@/components/log/log-app";
import { LOG_ISLAND, LOG_SERVICE_WORKER, type LogIslandProps } from "@/lib/wrvu-log/island";

import "./code-page.entry";

const root = document.getElementById(LOG_ISLAND.rootId);
const props = document.getElementById(LOG_ISLAND.propsId);
if (root && props?.textContent) {
  const logProps = JSON.parse(props.textContent) as LogIslandProps;
  // Preact's own render diffs the server's markup in place (see calculator.entry.tsx).
  render(createElement(LogApp, logProps) as unknown as ComponentChild, root);
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
