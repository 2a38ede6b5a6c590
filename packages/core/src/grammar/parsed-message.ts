import type { ApplicationType } from '../domain/application-type';
import type { LocalDate } from '../domain/local-date';

/** A well-formed booking message: fields parsed, not yet checked against the rules. */
export interface BookingRequest {
  /** Normalized name: NFKC, trimmed, spaces collapsed, upper case (see `parseName`). */
  readonly name: string;
  /** `YYYY-MM-DD`; only checked to be a real date here, not for age. */
  readonly birthDate: LocalDate;
  /** `YYYY-MM-DD`; only checked to be a real date here, not against the calendar or office. */
  readonly arrivalDate: LocalDate;
  readonly applicationType: ApplicationType;
}

/** What an applicant's message asks for. Codes are canonical: 8 characters, upper case, no dash. */
export type ParsedMessage =
  | { readonly kind: 'book'; readonly request: BookingRequest }
  | { readonly kind: 'cancel'; readonly code: string }
  | { readonly kind: 'status'; readonly code: string }
  | { readonly kind: 'help' };
