// What a markdown reader sees as prose: every code span replaced, so a test can assert nothing hostile
// renders outside code (mentions, links, HTML).
export function outsideCode(markdown: string): string {
  return markdown.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' CODE ');
}
