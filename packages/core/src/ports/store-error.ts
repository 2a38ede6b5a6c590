/** A failure of the store itself (connection lost, disk full): never an applicant's fault. */
export interface StoreError {
  readonly type: 'StoreUnavailable';
  readonly message: string;
  readonly cause?: unknown;
}
