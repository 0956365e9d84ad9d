/** The element id of a claim's card, and the link to it. */
export function cardAnchor(suite: string, id: string): { id: string; href: string } {
  const anchor = `claim:${suite}:${id}`;
  return { id: anchor, href: `#${encodeURIComponent(anchor)}` };
}
