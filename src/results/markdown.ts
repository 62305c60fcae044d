/** Text made safe for one cell of a Markdown table: pipes escaped, line breaks as spaces. */
export function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r\n|\r|\n/g, ' ');
}
