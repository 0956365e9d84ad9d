import type * as D3 from 'd3';
import type { BaseType, Selection } from 'd3';

/** d3 7 is inlined as a classic script ahead of the page bundle and sets the global `d3`. */
export const d3 = (globalThis as unknown as { d3: typeof D3 }).d3;

/**
 * Any HTML element selection the page draws into. d3's Selection is invariant in its element type
 * (a `<td>` selection is no `HTMLElement` selection), and the drawing code only appends children and
 * sets text and attributes, so the element type is left open.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Html = Selection<any, unknown, BaseType, unknown>;
