import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  formatTitle,
  getNotFoundHead,
  getShellMetadata,
  getShellViewport,
  SHELL,
  SHELL_DOCUMENT_TAGS,
  viewportContent,
} from "@/lib/shell";

describe("getShellMetadata", () => {
  it("gives App Router pages the title template, default description and icon of the shell", () => {
    const metadata = getShellMetadata();
    expect(metadata.title).toEqual({ default: SHELL.defaultTitle, template: "%s | CodeAtlas" });
    expect(metadata.description).toBe(SHELL.description);
    expect(metadata.icons).toEqual({
      icon: [{ url: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
    });
  });

  it("names an icon that public/ serves", () => {
    expect(fs.existsSync(path.join(import.meta.dirname, "../../public", SHELL.icon.url))).toBe(
      true,
    );
  });
});

describe("viewportContent", () => {
  it("writes the viewport the App Router writes from getShellViewport", () => {
    expect(getShellViewport()).toMatchObject({ width: "device-width", initialScale: 1 });
    expect(viewportContent()).toBe("width=device-width, initial-scale=1");
  });
});

describe("SHELL_DOCUMENT_TAGS", () => {
  it("prints a theme colour per colour scheme and the icon, as the App Router's viewport and icons do", () => {
    expect(SHELL_DOCUMENT_TAGS).toMatchInlineSnapshot(`
      [
        {
          "attributes": {
            "content": "#ffffff",
            "media": "(prefers-color-scheme: light)",
            "name": "theme-color",
          },
          "tag": "meta",
        },
        {
          "attributes": {
            "content": "#020617",
            "media": "(prefers-color-scheme: dark)",
            "name": "theme-color",
          },
          "tag": "meta",
        },
        {
          "attributes": {
            "href": "/icon.svg",
            "rel": "icon",
            "sizes": "any",
            "type": "image/svg+xml",
          },
          "tag": "link",
        },
      ]
    `);
  });
});

describe("getNotFoundHead", () => {
  it("titles the 404 through the template and keeps it out of the index", () => {
    const head = getNotFoundHead();
    expect(head.title).toBe(formatTitle("Page not found"));
    expect(head.title).toBe("Page not found | CodeAtlas");
    expect(head.tags).toContainEqual({
      tag: "meta",
      attributes: { name: "robots", content: "noindex" },
    });
  });
});
