// Stable ids: derived from names and file names, never from database internals, so the
// same entity gets the same id on every import and in every database.
import { foldKey } from './parse/fold.js';

/** Lowercase ASCII words joined by dashes: "Mötesplats IFO" → "motesplats-ifo". */
export function slug(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const documentId = (filename: string): string => `doc:${filename}`;
export const meetingId = (filename: string): string => `meeting:${filename}`;
export const agendaItemId = (filename: string, order: number): string => `item:${filename}:${order}`;
export const personId = (name: string): string => `person:${slug(name)}`;
export const municipalityId = (kommunkod: string): string => `municipality:${kommunkod}`;
export const organizationId = (name: string): string => `organization:${slug(name)}`;
export const networkId = (name: string): string => `network:${slug(name)}`;
export const projectId = (name: string): string => `project:${slug(name)}`;
export const themeId = (name: string): string => `theme:${slug(name)}`;
export const candidateId = (name: string): string => `candidate:${slug(name)}`;

/** The text the full-text index sees: every form, and each form without diacritics. */
export function searchText(forms: Iterable<string>): string {
  const all = new Set<string>();
  for (const form of forms) {
    all.add(form);
    all.add(foldKey(form));
  }
  return [...all].join(' | ');
}
