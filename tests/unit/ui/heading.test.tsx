import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Heading } from "@/components/ui/heading";

describe("Heading", () => {
  it("renders the level's usual look when no look is given", () => {
    expect(renderToStaticMarkup(<Heading level={1}>Browse codes</Heading>)).toBe(
      '<h1 class="text-3xl font-bold">Browse codes</h1>',
    );
    expect(renderToStaticMarkup(<Heading level={2}>Glossary</Heading>)).toBe(
      '<h2 class="text-xl font-semibold">Glossary</h2>',
    );
    expect(renderToStaticMarkup(<Heading level={3}>Endodontics</Heading>)).toBe(
      '<h3 class="font-semibold">Endodontics</h3>',
    );
  });

  it("keeps the level when another look is chosen, and adds the id and extra classes", () => {
    expect(
      renderToStaticMarkup(
        <Heading level={2} look="minor" id="blog-tags-heading" className="mt-1">
          Topics
        </Heading>,
      ),
    ).toBe('<h2 id="blog-tags-heading" class="text-lg font-semibold mt-1">Topics</h2>');
  });

  it("gives article titles the dark text colour, growing on wider screens for the display look", () => {
    expect(
      renderToStaticMarkup(
        <Heading level={1} look="display">
          Blog
        </Heading>,
      ),
    ).toBe(
      '<h1 class="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">Blog</h1>',
    );
    expect(
      renderToStaticMarkup(
        <Heading level={1} look="title">
          RVU
        </Heading>,
      ),
    ).toBe('<h1 class="text-3xl font-bold tracking-tight text-slate-950 dark:text-white">RVU</h1>');
  });
});
