/**
 * What the Preact islands (the calculator, the wRVU log) share: reading the props the server printed
 * for them, and handing their React elements to Preact. In an island bundle `react` is preact/compat
 * (scripts/build-islands.mjs), so a React element is a Preact vnode; the types just do not know it.
 */
import type { ComponentChild } from "preact";
import type { ReactElement } from "react";

/**
 * The props the server printed for an island in a `<script type="application/json">` element, or null
 * on a page without that element.
 */
export function readIslandProps<Props>(propsId: string): Props | null {
  const text = document.getElementById(propsId)?.textContent;
  return text ? (JSON.parse(text) as Props) : null;
}

/** A React element, as the Preact vnode it is in an island bundle. */
export function asPreactChild(element: ReactElement): ComponentChild {
  return element as unknown as ComponentChild;
}
