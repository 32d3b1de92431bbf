/**
 * Loaded into Next.js's page-rendering build worker by next.config.ts (NODE_OPTIONS --import). Next.js
 * removes --max-old-space-size from its build workers, so on a machine with plenty of RAM V8 lets the
 * worker's heap grow to two or three times what is live before a full collection: at 20,000 code pages
 * the worker held about 380 MB of live data but reached 1.2–1.6 GB, depending on when collections fell.
 * This does what a heap limit would: a full collection whenever the heap passes HEAP_CAP_BYTES.
 */
import v8 from "node:v8";

const HEAP_CAP_BYTES = 768 * 1024 * 1024;

if (process.env.IS_NEXT_WORKER && typeof globalThis.gc === "function") {
  const collect = globalThis.gc;
  setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size > HEAP_CAP_BYTES) collect();
  }, 500).unref();
}
