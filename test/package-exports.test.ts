import { describe, expect, it } from 'vitest';
import { entriesOf, publishedPackages, runtimeExports } from './package-entries';

// Each built entry's runtime export names, written out: a name added or dropped by accident (an
// `export *`, a helper made public for a test) fails here. Types are held by `pnpm typecheck` and
// the explicit lists in each src/index.ts. Change a list only when the public API changes on purpose.
const expected: Record<string, readonly string[]> = {
  '@antrean/core': [
    'APPLICATION_TYPES',
    'APPLICATION_TYPE_WORDS',
    'CODE_ALPHABET',
    'CODE_BODY_LENGTH',
    'COMMAND_WORDS',
    'DEFAULT_DOCUMENTS',
    'MAX_REPLY_LENGTH',
    'MAX_UNREAD_SENDER_LENGTH',
    'activeFrom',
    'addDays',
    'allocateSlot',
    'applicantKey',
    'bindingSince',
    'bookingInSlot',
    'centralJakartaOffice',
    'checkArrivalDate',
    'checkCharacter',
    'checkInVerdict',
    'checkInWindow',
    'checkNumberBinding',
    'codeState',
    'createBookingService',
    'createReplyDispatcher',
    'daysBetween',
    'deadlineHolds',
    'displayCode',
    'fitText',
    'foldText',
    'formatDateField',
    'formatLocalTime',
    'formatOffsetIso',
    'isActiveAt',
    'isValidLocalDate',
    'localDateOf',
    'makeBookingCode',
    'nanoidCodeGenerator',
    'normalizeSender',
    'parseBookingCode',
    'parseDateField',
    'parseMessage',
    'parseName',
    'parseOfficeConfig',
    'parseOfficeConfigJson',
    'rejectedOutcome',
    'renderReply',
    'systemClock',
    'zoneAbbreviation',
  ],
  '@antrean/core/testing': ['fixedClock', 'sequenceCodeGenerator'],
  '@antrean/testkit': [
    'INDONESIAN_TIME_ZONES',
    'applicantNameArb',
    'bookingCodeArb',
    'bookingLedgerConformance',
    'bookingMessageArb',
    'bookingRequestArb',
    'checkInDeskConformance',
    'codeBodyArb',
    'codeCharArb',
    'codeInputArb',
    'codeSpellingArb',
    'conformanceFixtures',
    'hostileFragmentArb',
    'hostileMessageTextArb',
    'hostileSenderArb',
    'hostileTextArb',
    'indonesianMobileArb',
    'indonesianMobileFormsArb',
    'indonesianTimeZoneArb',
    'instantArb',
    'localDateArb',
    'localTimeArb',
    'messageKey',
    'messageLogConformance',
    'nearValidMessageArb',
    'nearValidMessageCaseArb',
    'officeConfigArb',
    'outcomeArb',
    'recordingTarget',
    'replyOutboxConformance',
    'rejectionArb',
    'replyTextProblems',
    'serviceOverStoreConformance',
    'sessionConfigArb',
    'storeConformanceSuite',
    'storeMaintenanceConformance',
    'styledBookingMessageArb',
    'transportConformanceSuite',
    'weekdayArb',
  ],
  '@antrean/storage-memory': ['createMemoryStore', 'memoryTablesOf'],
  '@antrean/storage-sqlite': [
    'createSqliteStore',
    'sqliteMigrations',
    'sqliteSchemaSql',
    'sqliteSchemaVersion',
  ],
  '@antrean/storage-postgres': ['MIGRATIONS', 'createPostgresStore', 'migratePostgresStore'],
  '@antrean/transport-whatsapp': [
    'CHANNEL',
    'DEFAULT_MAX_BODY_BYTES',
    'GRAPH_API_URL',
    'MAX_TEXT_LENGTH',
    'SIGNATURE_HEADER',
    'createSender',
    'createWebhookHandler',
    'isRetryable',
    'readPayload',
    'truncateText',
    'verifySignature',
  ],
};

describe('the built packages export exactly their listed names', () => {
  const entries = publishedPackages.flatMap(entriesOf);
  const actual = runtimeExports(entries);

  it('lists every entry the exports maps declare, and no other', () => {
    expect(
      Object.keys(actual).sort(),
      'a package or an exports entry was added or removed: write its export list in test/package-exports.test.ts',
    ).toEqual(Object.keys(expected).sort());
  });

  it.each(entries.map((entry) => entry.specifier))('%s', (specifier) => {
    expect(
      actual[specifier],
      `${specifier}'s exports changed. If that is on purpose (a public API change), update the list in test/package-exports.test.ts; otherwise keep the name out of src/index.ts.`,
    ).toEqual([...(expected[specifier] ?? [])].sort());
  });
});
