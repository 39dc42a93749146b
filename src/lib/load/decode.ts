/**
 * Bytes of a report file → text. Chinese government pages are often GBK/GB18030 rather than UTF-8, so a file
 * that is not valid UTF-8 is tried as GB18030 (a superset of GBK and GB2312) before falling back to a lossy
 * UTF-8 decode, which keeps the ASCII digits readable and lets the parser decide. Pure (TextDecoder only), so the
 * command line (src/lib/server/ingest) and the browser loader decode a file the same way.
 */

/** How a file's bytes were decoded; `utf-8-lossy` means invalid bytes became U+FFFD. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8-lossy';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

const strict = (label: string) => new TextDecoder(label, { fatal: true });
const UTF8 = strict('utf-8');
const GB18030 = strict('gb18030');

/** Decodes a report file: UTF-16 when it starts with a UTF-16 BOM, else UTF-8, else GB18030, else lossy UTF-8. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	try {
		return { text: UTF8.decode(bytes), encoding: 'utf-8' };
	} catch {
		// not UTF-8: try GB18030 below
	}
	try {
		return { text: GB18030.decode(bytes), encoding: 'gb18030' };
	} catch {
		return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-lossy' };
	}
}
