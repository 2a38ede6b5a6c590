import { err, ok, Result } from 'neverthrow';
import { minutesOfDay } from '../time/local-time';
import type { OfficeConfig } from './office-config';
import { officeConfigSchema, type ParsedOfficeConfig } from './office-config-schema';

/** One problem in an office config: where (`sessions[1].start`) and what. */
export interface OfficeConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** Why an office config was refused: every problem found, each naming its field. */
export interface OfficeConfigError {
  readonly type: 'InvalidOfficeConfig';
  readonly issues: readonly OfficeConfigIssue[];
}

/** Writes a path the way a person reads JSON: `sessions[1].start`; the whole document is `(root)`. */
const formatPath = (path: readonly PropertyKey[]): string => {
  const written = path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
  return written === '' ? '(root)' : written;
};

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

/** One issue per unknown key, at the key itself, so a typo is named where it is. */
const toIssues = (issue: RawIssue): OfficeConfigIssue[] =>
  issue.code === 'unrecognized_keys' && issue.keys
    ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a known field' }))
    : [{ path: formatPath(issue.path), message: issue.message }];

/** Two sessions may not share a weekday and overlap in time: a slot would be ambiguous. */
const findOverlaps = (sessions: ParsedOfficeConfig['sessions']): OfficeConfigIssue[] => {
  const issues: OfficeConfigIssue[] = [];
  sessions.forEach((later, j) => {
    sessions.slice(0, j).forEach((earlier, i) => {
      const day = later.days.find((d) => earlier.days.includes(d));
      const overlaps =
        minutesOfDay(earlier.start) < minutesOfDay(later.end) &&
        minutesOfDay(later.start) < minutesOfDay(earlier.end);
      if (day && overlaps) {
        issues.push({ path: `sessions[${j}]`, message: `overlaps sessions[${i}] on ${day}` });
      }
    });
  });
  return issues;
};

/** The check-in window must open before it closes at the deadline, or no code could ever be checked in. */
const windowIssues = (data: ParsedOfficeConfig): OfficeConfigIssue[] =>
  data.checkInOpensMinutesBefore < data.arriveMinutesBefore
    ? [{ path: 'checkInOpensMinutesBefore', message: 'must be at least arriveMinutesBefore' }]
    : [];

const toOfficeConfig = (data: ParsedOfficeConfig): OfficeConfig => {
  const { address, ...rest } = data;
  return address === undefined ? rest : { ...rest, address };
};

/** Validates an office config (already parsed from JSON), filling defaults; never throws. */
export const parseOfficeConfig = (input: unknown): Result<OfficeConfig, OfficeConfigError> => {
  const parsed = officeConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => toIssues(issue as RawIssue));
    return err({ type: 'InvalidOfficeConfig', issues });
  }
  const crossFieldIssues = [...findOverlaps(parsed.data.sessions), ...windowIssues(parsed.data)];
  if (crossFieldIssues.length > 0) return err({ type: 'InvalidOfficeConfig', issues: crossFieldIssues });
  return ok(toOfficeConfig(parsed.data));
};

const readJson = Result.fromThrowable(
  (text: string): unknown => JSON.parse(text),
  (cause): OfficeConfigError => ({
    type: 'InvalidOfficeConfig',
    issues: [{ path: '(json)', message: cause instanceof Error ? cause.message : 'is not valid JSON' }],
  }),
);

/** Reads an office config from JSON text; text that is not JSON is reported at path `(json)`. */
export const parseOfficeConfigJson = (text: string): Result<OfficeConfig, OfficeConfigError> =>
  readJson(text).andThen(parseOfficeConfig);
