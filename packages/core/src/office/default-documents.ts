import type { ApplicationType } from '../domain/application-type';
import type { DocumentList, Language, OfficeConfig } from './office-config';

const ID_CARD: DocumentList = { id: ['e-KTP'], en: ['Electronic identity card (e-KTP)'] };
const FAMILY_CARD: DocumentList = { id: ['Kartu Keluarga'], en: ['Family card (Kartu Keluarga)'] };
const BIRTH_PROOF: DocumentList = {
  id: ['Akta kelahiran, ijazah, buku nikah atau surat baptis (dengan nama, tempat dan tanggal lahir)'],
  en: [
    'Birth certificate, school diploma, marriage book or baptism letter (with name, place and date of birth)',
  ],
};
const OLD_PASSPORT: DocumentList = { id: ['Paspor lama'], en: ['Your current or last passport'] };
const OLD_PASSPORT_IF_ANY: DocumentList = {
  id: ['Paspor lama, jika pernah punya'],
  en: ['Your last passport, if you ever had one'],
};

const joined = (...lists: readonly DocumentList[]): DocumentList => ({
  id: lists.flatMap((list) => list.id),
  en: lists.flatMap((list) => list.en),
});

/**
 * The usual documents for an Indonesian passport, as originals: a new passport needs the identity
 * card, the family card and a proof of birth; a replacement the identity card and the old
 * passport. A booking without a type may be either, so it lists both.
 */
export const DEFAULT_DOCUMENTS: Readonly<Record<'regular' | 'new' | 'replacement', DocumentList>> = {
  new: joined(ID_CARD, FAMILY_CARD, BIRTH_PROOF),
  replacement: joined(ID_CARD, OLD_PASSPORT),
  regular: joined(ID_CARD, FAMILY_CARD, BIRTH_PROOF, OLD_PASSPORT_IF_ANY),
};

/** The documents a confirmation lists: the office's own for the type, else the default; none for lost or damaged. */
export function documentsFor(
  office: OfficeConfig,
  type: ApplicationType,
  language: Language,
): readonly string[] {
  if (type === 'lost' || type === 'damaged') return [];
  return (office.documents?.[type] ?? DEFAULT_DOCUMENTS[type])[language];
}
