// Public surface of the pure extraction: the importer and resolver import from here only.
export { extractDocument, type ExtractOptions } from './extract-document';
export { loadVocabulary, buildVocabulary, defaultVocabDir, VocabularyError, type Vocabulary } from './vocabulary';
export type { VocabularyData } from './vocabulary-data';
export { validateDocument, DocumentRejectedError, MAX_DOCUMENT_BYTES, type RejectionReason } from './validate-document';
export { foldKey, foldText, foldEquals } from './fold';
export type * from './types';
