/**
 * The wRVU log's service worker, served as /log-sw.js with the scope /log: it controls the log page and
 * nothing else, so code pages and the rest of the site never pass through it. scripts/build-islands.mjs
 * bundles it with the build's version in `LOG_SW_VERSION`, so every build whose log scripts changed
 * ships a new worker, which replaces the old one and its cache. The policy (docs/wrvu-log.md):
 *
 * - the page (/log): network first, so an online reader always gets the current page; the cached copy
 *   when the network fails or takes longer than NETWORK_TIMEOUT_MS;
 * - hashed assets (/_next/static/, /islands/): cache first, as they never change under their URL;
 * - everything else the page asks this origin for (the fee-schedule and GPCI figures, search, the
 *   manifest and icons): network first, cached copy offline.
 *
 * Only GET requests to this origin are touched; the log's entries are never in a request at all.
 */

declare const LOG_SW_VERSION: string;
/** Every file of the log's island bundle, its lazy chunks included. */
declare const LOG_SW_ASSETS: string[];

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = "codeatlas-log-";
const CACHE = `${CACHE_PREFIX}${LOG_SW_VERSION}`;
const PAGE = "/log";
const NETWORK_TIMEOUT_MS = 4000;
const ALWAYS = ["/log.webmanifest", "/icons/log.svg", "/icons/log-192.png", "/icons/log-512.png"];

/** The same-origin scripts and stylesheets a page's HTML loads. */
function pageAssets(html: string): string[] {
  const urls = [...html.matchAll(/(?:src|href)="(\/(?:_next\/static|islands)\/[^"]+)"/g)];
  return [...new Set(urls.map((match) => match[1]!))];
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const page = await fetch(PAGE, { cache: "no-cache" });
  if (!page.ok) throw new Error(`${PAGE} answered ${page.status}`);
  const html = await page.clone().text();
  await cache.put(PAGE, page);
  await cache.addAll([...new Set([...ALWAYS, ...LOG_SW_ASSETS, ...pageAssets(html)])]);
}

async function dropOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)),
  );
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request: Request, key: Request | string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(resolve, NETWORK_TIMEOUT_MS, undefined),
  );
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
    // Slow network: the cached copy when there is one, else keep waiting.
    return (await cache.match(key, { ignoreSearch: key === PAGE })) ?? (await network);
  } catch (error) {
    const cached = await cache.match(key, { ignoreSearch: key === PAGE });
    if (cached) return cached;
    throw error;
  }
}

worker.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(dropOldCaches().then(() => worker.clients.claim()));
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== worker.location.origin) return;
  if (request.mode === "navigate") {
    if (url.pathname === PAGE) event.respondWith(networkFirst(request, PAGE));
    return;
  }
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/islands/"))
    event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, request));
});
