import type { DeskEvent, DeskOffice } from '../desk-options';
import { eventsOfRows } from './audit-events';
import type { TicketEvent } from './ticket-hub';

/** Rows read per store call; a longer backlog is read in several. */
const BATCH = 100;

/** A store that failed is tried again this long after, even if no new row wakes the reader. */
const RETRY_MS = 1_000;

/** One office's reader of the audit trail, shared by the office's streams in this process. */
export interface OfficeReader {
  readonly listeners: Set<(event: TicketEvent) => void>;
  /** Settles once the reader knows the last row id (or gave up on it: the stream still opens). */
  readonly ready: Promise<void>;
  /** Reads what came after the last row seen (a pull during a read runs once more after it). */
  pull(): void;
  stop(): void;
}

/**
 * Starts at the office's latest audit id, then on every wake of the store's `watchDesk` (and every
 * `pull`) reads the rows after the last one seen and hands their events to the listeners, in order.
 */
export function createOfficeReader(
  entry: DeskOffice,
  options: { readonly pollMs?: number; readonly emit: (event: DeskEvent) => void },
): OfficeReader {
  const { office, store } = entry;
  const listeners = new Set<(event: TicketEvent) => void>();
  let lastId: number | undefined;
  let reading = false;
  let again = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const failed = (message: string) => {
    options.emit({ type: 'StoreFailed', officeId: office.id, detail: message });
    if (retry !== undefined || stopped) return;
    retry = setTimeout(() => {
      retry = undefined;
      pull();
    }, RETRY_MS);
    retry.unref?.();
  };
  const start = async (): Promise<boolean> => {
    const latest = await store.latestAuditId(office.id);
    if (latest.isErr()) failed(latest.error.message);
    else lastId = latest.value;
    return latest.isOk();
  };
  const readOnce = async (afterId: number): Promise<'more' | 'done' | 'failed'> => {
    const read = await store
      .auditAfter({ officeId: office.id, afterId, limit: BATCH })
      .andThen((rows) => eventsOfRows(entry, rows).map((events) => ({ rows, events })));
    if (read.isErr()) {
      failed(read.error.message);
      return 'failed';
    }
    if (stopped) return 'done';
    const { rows, events } = read.value;
    lastId = rows.at(-1)?.id ?? afterId;
    for (const event of events) for (const listener of listeners) listener(event);
    return rows.length === BATCH ? 'more' : 'done';
  };
  const pull = (): void => {
    if (stopped) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    const run = async () => {
      do {
        again = false;
        if (lastId === undefined && !(await start())) return;
        let step: 'more' | 'done' | 'failed' = 'more';
        while (step === 'more' && !stopped && lastId !== undefined) step = await readOnce(lastId);
        if (step === 'failed') return;
      } while (again && !stopped);
    };
    void run()
      .catch((cause: unknown) => failed(cause instanceof Error ? cause.message : String(cause)))
      .finally(() => {
        reading = false;
      });
  };
  const unwatch = store.watchDesk(
    pull,
    options.pollMs === undefined ? undefined : { pollMs: options.pollMs },
  );
  const ready = (async () => {
    reading = true;
    await start();
    reading = false;
    if (again) pull();
  })();
  return {
    listeners,
    ready,
    pull,
    stop: () => {
      stopped = true;
      unwatch();
      if (retry !== undefined) clearTimeout(retry);
    },
  };
}
