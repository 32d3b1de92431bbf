/**
 * Resident memory of a process and all its descendants, read from /proc. `next build` and `next start` fork
 * workers, so the parent's own RSS understates what the machine needs; the sum over the tree is what has to
 * fit in RAM (shared pages are counted once per process, so the sum is an upper bound).
 */
import fs from "node:fs";

const PAGE_SIZE = 4096;

function readProcessTable(): Map<number, { parent: number; rssBytes: number }> {
  const table = new Map<number, { parent: number; rssBytes: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name can hold spaces and parentheses, so fields are counted from the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), {
        parent: Number(fields[1]),
        rssBytes: Number(fields[21]) * PAGE_SIZE,
      });
    } catch {
      // The process exited between readdir and read.
    }
  }
  return table;
}

export interface TreeMemory {
  totalBytes: number;
  largestBytes: number;
  processes: number;
}

export function readTreeMemory(rootPid: number): TreeMemory {
  const table = readProcessTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) {
    const siblings = children.get(parent) ?? [];
    siblings.push(pid);
    children.set(parent, siblings);
  }
  const result: TreeMemory = { totalBytes: 0, largestBytes: 0, processes: 0 };
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const entry = table.get(pid);
    if (!entry) continue;
    result.totalBytes += entry.rssBytes;
    result.largestBytes = Math.max(result.largestBytes, entry.rssBytes);
    result.processes += 1;
    queue.push(...(children.get(pid) ?? []));
  }
  return result;
}

/** Samples the tree every `intervalMs` until stopped; returns the peaks. */
export function sampleTreeMemory(rootPid: number, intervalMs = 250) {
  const peak: TreeMemory = { totalBytes: 0, largestBytes: 0, processes: 0 };
  let samples = 0;
  const take = () => {
    const now = readTreeMemory(rootPid);
    if (now.processes === 0) return;
    samples += 1;
    peak.totalBytes = Math.max(peak.totalBytes, now.totalBytes);
    peak.largestBytes = Math.max(peak.largestBytes, now.largestBytes);
    peak.processes = Math.max(peak.processes, now.processes);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop(): TreeMemory & { samples: number } {
      clearInterval(timer);
      return { ...peak, samples };
    },
  };
}
