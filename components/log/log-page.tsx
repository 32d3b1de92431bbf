import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SiteLink } from "@/components/layout/site-link";
import { Heading } from "@/components/ui/heading";
import { stringifySafeJson } from "@/lib/http/safe-json";
import { LOG_ISLAND, type LogIslandProps } from "@/lib/wrvu-log/island";

import { LOG_PARTS, LogPart } from "./log-app";
import { createLogModel } from "./log-model";

/**
 * The log page's content. The server renders the explanation and the log as it looks empty; the island
 * (components/islands/log.entry.tsx) hydrates the same parts and opens the reader's log, which
 * exists only in their browser. Readers without JavaScript see one note instead, with a way to the
 * calculator, which works without it: pages/log.tsx hides the log's controls from them, which could
 * not keep anything.
 */
export function LogPage({ log }: { log: LogIslandProps }) {
  const model = createLogModel(log.renderedOn);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "wRVU log" }]} />
      <header className="max-w-3xl space-y-2">
        <Heading level={1}>wRVU log</Heading>
        <p className="text-slate-700 dark:text-slate-300">
          Log what you do, day by day, and watch your work RVUs add up for the week, the month and
          the year, in the fee schedule release your contract uses and in the current one. Check a
          month against what your employer reported.
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <strong>Your entries never leave this device.</strong> They are stored in this browser
          only, with no account, no analytics and no copy on our server. The server only sees what
          any reader&apos;s browser asks for: search suggestions as you type a code or a word, and
          the public fee-schedule figures of the codes you log; dates, notes and totals stay here.
          Export a file to keep a copy or to move your log to another browser. After your first
          visit the log also works offline, and you can install it on your phone&apos;s home screen.
        </p>
      </header>
      <noscript>
        <p className="max-w-3xl rounded-md border border-amber-400 p-3 text-sm">
          The log is kept in your browser and needs JavaScript to open it. Without JavaScript, the{" "}
          <SiteLink href="/calculator" className="underline">
            wRVU calculator
          </SiteLink>{" "}
          adds up a list of procedures, and its page link keeps the list.
        </p>
      </noscript>
      <div id={LOG_ISLAND.partsId} className="flex flex-col gap-8">
        {LOG_PARTS.map(({ name }) => (
          <div key={name} {...{ [LOG_ISLAND.partAttribute]: name }} className="contents">
            <LogPart name={name} model={model} setup={log.setup} />
          </div>
        ))}
      </div>
      <script
        type="application/json"
        id={LOG_ISLAND.propsId}
        dangerouslySetInnerHTML={{ __html: stringifySafeJson(log) }}
      />
    </div>
  );
}
