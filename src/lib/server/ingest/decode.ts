/**
 * Bytes of a report file → text (decodeText, shared with the browser loader: src/lib/load/decode.ts) and the
 * file's sha256 (node:crypto).
 */
import { createHash } from 'node:crypto';

export { decodeText, type DecodedText, type TextEncodingName } from '../../load/decode';

/** sha256 of the bytes as 64 lowercase hex digits. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
