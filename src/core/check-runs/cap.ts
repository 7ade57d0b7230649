// Joins markdown lines up to a character budget and says how many were left out.

/** `head` always kept; `items` added while they fit; a closing line reports the rest. */
export function capLines(head: string, items: string[], max: number, leftOut: (n: number) => string): string {
  const reserve = leftOut(items.length).length + 2;
  let text = head;
  let shown = 0;
  for (const item of items) {
    if (text.length + item.length + 1 + reserve > max) break;
    text += `\n${item}`;
    shown += 1;
  }
  if (shown < items.length) text += `\n${leftOut(items.length - shown)}`;
  return text.length <= max ? text : text.slice(0, max);
}
