import { describe, expect, it } from "vitest";

import {
  DatasetValidationError,
  describeDatasetIssues,
  parseDataset,
} from "@/lib/fee-schedule/dataset-issues";
import { releaseDatasetSchema, RVU_COLUMNS, usageDatasetSchema } from "@/lib/fee-schedule/schema";

describe("parseDataset", () => {
  it("returns the dataset when it fits the schema", () => {
    const usage = { kind: "usage", format: 1, sources: ["a.csv"], codes: [["99213", 1]] };
    expect(parseDataset(usageDatasetSchema, usage, "usage.json")).toEqual(usage);
  });

  it("names the file and the field of every problem, one line each", () => {
    const usage = {
      kind: "usage",
      format: 1,
      sources: ["a.csv"],
      codes: [
        ["99213", 1],
        ["9921", 0.5],
        ["99214", 2],
      ],
    };
    const error = (() => {
      try {
        parseDataset(usageDatasetSchema, usage, "usage.json");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DatasetValidationError);
    const { lines, message } = error as DatasetValidationError;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^usage\.json: codes\[1\]\[0\]: /);
    expect(lines[1]).toMatch(/^usage\.json: codes\[2\]\[1\]: /);
    expect(message.split("\n").slice(1)).toEqual(lines);
  });
});

describe("describeDatasetIssues", () => {
  it("names the RVU column of a positional row and caps a long list", () => {
    const result = releaseDatasetSchema.safeParse({
      kind: "pfs-release",
      format: 1,
      // Every cell of every row the wrong type: hundreds of problems.
      rows: Array.from({ length: 30 }, () => RVU_COLUMNS.map(() => ({}))),
    });
    expect(result.success).toBe(false);
    const lines = describeDatasetIssues("rvu26c.json", result.error!);
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toMatch(/^rvu26c\.json: …and \d+ more problems$/);
    expect(lines).toContain(
      `rvu26c.json: rows[0][0] (${RVU_COLUMNS[0]}): Invalid input: expected string, received object`,
    );
  });
});
