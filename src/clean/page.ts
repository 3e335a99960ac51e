/** A document parsed once and shared by the clean and metadata stages. */
import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import type { RawDocument } from '../types.js';

export type Page =
  | { readonly kind: 'html'; readonly dom: Document; readonly raw: RawDocument }
  | { readonly kind: 'text'; readonly text: string; readonly raw: RawDocument };

export function parsePage(raw: RawDocument): Page {
  if (raw.contentKind === 'html') {
    return { kind: 'html', dom: parseDocument(raw.content, { decodeEntities: true, lowerCaseTags: true }), raw };
  }
  return { kind: 'text', text: normalizeNewlines(raw.content), raw };
}

export const normalizeNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');
