/** The office module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { centralJakartaOffice } from './central-jakarta';
export { DEFAULT_DOCUMENTS } from './default-documents';
export type {
  DocumentList,
  Language,
  OfficeConfig,
  OfficeDocuments,
  SessionConfig,
  Weekday,
} from './office-config';
export type { OfficeConfigError, OfficeConfigIssue } from './parse-office-config';
export { parseOfficeConfig, parseOfficeConfigJson } from './parse-office-config';
