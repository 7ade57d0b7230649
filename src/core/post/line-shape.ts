// Cheap tests that rule out what a markdown line cannot be, so body.ts runs its regular expressions only where
// they might match. Each answers true whenever the full test could succeed (tests/core/post/body-equivalence
// .test.ts switches them all to true and compares).

/** A code fence starts with a space, ` or ~. */
export const mayFence = (line: string): boolean => {
  const c = line.charCodeAt(0);
  return c === 0x20 || c === 0x60 || c === 0x7e;
};

/** A thread break is --- (then spaces or tabs). */
export const mayBreak = (line: string): boolean => line.charCodeAt(0) === 0x2d;

/** An image, or text that looks like one, starts with ![. */
export const mayHoldImage = (line: string): boolean => line.includes('![');

/** Only a backslash escapes. */
export const mayEscape = (text: string): boolean => text.includes('\\');
