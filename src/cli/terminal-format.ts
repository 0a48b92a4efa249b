/** Telegram HTML as terminal text: bold and italics as ANSI styles when colours are on, entities decoded. */
export function htmlToTerminal(html: string, colours: boolean): string {
  const style = (code: string) => (colours ? `\u001b[${code}m` : '');
  return html
    .replace(/<b>|<strong>/g, style('1'))
    .replace(/<\/b>|<\/strong>/g, style('22'))
    .replace(/<i>|<em>/g, style('3'))
    .replace(/<\/i>|<\/em>/g, style('23'))
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Buttons as `[label]`, a row per line, as the terminal chat shows them. */
export function keyboardToTerminal(rows: Array<Array<{ text: string }>>): string {
  return rows.map((row) => row.map((button) => `[${button.text}]`).join(' ')).join('\n');
}
