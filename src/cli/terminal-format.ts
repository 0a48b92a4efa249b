/** Telegram HTML as terminal text: bold, italics, strike-through and underline as ANSI styles when colours are on, entities decoded. */
export function htmlToTerminal(html: string, colours: boolean): string {
  const style = (code: string) => (colours ? `\u001b[${code}m` : '');
  return (
    html
      .replace(/<b>|<strong>/g, style('1'))
      .replace(/<\/b>|<\/strong>/g, style('22'))
      .replace(/<i>|<em>/g, style('3'))
      .replace(/<\/i>|<\/em>/g, style('23'))
      // A word diff: struck-out and inserted words stay visible without colours too.
      .replace(/<s>([\s\S]*?)<\/s>/g, colours ? `${style('9')}$1${style('29')}` : '[-$1-]')
      .replace(/<u>([\s\S]*?)<\/u>/g, colours ? `${style('4')}$1${style('24')}` : '{+$1+}')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  );
}

/** Buttons as `[label]`, a row per line, as the terminal chat shows them. */
export function keyboardToTerminal(rows: Array<Array<{ text: string }>>): string {
  return rows.map((row) => row.map((button) => `[${button.text}]`).join(' ')).join('\n');
}
