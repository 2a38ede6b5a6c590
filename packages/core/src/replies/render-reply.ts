import type { Outcome, RejectedOutcome, Reply } from '../domain/outcome';
import type { Language, OfficeConfig } from '../office/office-config';
import { cachedTextContext } from './cached-text-context';
import type { ReplyOptions, TextContext } from './reply-context';
import type { RejectionTexts, ReplyTexts } from './reply-texts';
import { safeReplyText } from './safe-reply-text';
import { textsEn } from './texts-en';
import { textsId } from './texts-id';

const TEXTS: Readonly<Record<Language, ReplyTexts>> = { id: textsId, en: textsEn };

/** Looks up the refusal text of the outcome's reason. */
function rejectionText(outcome: RejectedOutcome, texts: RejectionTexts, context: TextContext): string {
  // Each table entry takes exactly the outcome of its own reason; indexing by a union loses that link.
  const text = texts[outcome.reason] as (outcome: RejectedOutcome, context: TextContext) => string;
  return text(outcome, context);
}

/**
 * The text an applicant receives for an outcome, in `language`. Pass `options.today` (the office-local
 * date) so refusals can show an example message with a date that is still ahead. Whatever the
 * outcome holds, the text has no control character but the line break and no lone surrogate.
 */
export function renderReply(
  outcome: Outcome,
  office: OfficeConfig,
  language: Language,
  options: ReplyOptions = {},
): string {
  return safeReplyText(outcomeText(outcome, office, language, options));
}

function outcomeText(
  outcome: Outcome,
  office: OfficeConfig,
  language: Language,
  options: ReplyOptions,
): string {
  const texts = TEXTS[language] ?? textsId;
  const context = cachedTextContext(office, options);
  switch (outcome.kind) {
    case 'confirmed':
      return texts.confirmed(outcome, context);
    case 'rejected':
      return rejectionText(outcome, texts.rejected, context);
    case 'cancelled':
      return texts.cancelled(outcome, context);
    case 'status':
      return texts.status(outcome, context);
    case 'help':
      return texts.help(outcome, context);
  }
}

/** The outcome with its rendered text: what is sent and what the store keeps for redeliveries. */
export function replyFor(
  outcome: Outcome,
  office: OfficeConfig,
  language: Language,
  options: ReplyOptions = {},
): Reply {
  return { text: renderReply(outcome, office, language, options), outcome };
}
