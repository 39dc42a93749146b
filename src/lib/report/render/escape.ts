/** HTML escaping for untrusted report text (agency names, cell raws). */

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes `& < > " '` so that the text is safe both as element content and inside a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
