import type { BookingStore, StoreError } from '@antrean/core';
import type { createMemoryStore } from '@antrean/storage-memory';
import type { createMysqlStore } from '@antrean/storage-mysql';
import type { createPostgresStore } from '@antrean/storage-postgres';
import type { createSqliteStore } from '@antrean/storage-sqlite';
import type { ResultAsync } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

// The four store factories return one shape, so an application swaps stores by changing one line
// and handles a store that cannot open the same way everywhere. Checked by `pnpm typecheck`
// (expectTypeOf is a no-op at run time): a factory that returns `Result`, a Promise or a wider
// store type fails the type check here.
type Opened = ResultAsync<BookingStore, StoreError>;

describe('store factories', () => {
  it('all return ResultAsync<BookingStore, StoreError>', () => {
    expectTypeOf<ReturnType<typeof createMemoryStore>>().toEqualTypeOf<Opened>();
    expectTypeOf<ReturnType<typeof createSqliteStore>>().toEqualTypeOf<Opened>();
    expectTypeOf<ReturnType<typeof createPostgresStore>>().toEqualTypeOf<Opened>();
    expectTypeOf<ReturnType<typeof createMysqlStore>>().toEqualTypeOf<Opened>();
  });
});
