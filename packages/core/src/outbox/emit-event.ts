import type { DispatcherSettings } from './dispatcher-settings';
import type { DispatchEvent } from './dispatcher-types';

/** Tells the listener; a listener that throws must not stop a delivery. */
export const emit = (settings: DispatcherSettings, event: DispatchEvent): void => {
  try {
    settings.options.onEvent?.(event);
  } catch {
    // The listener is the host's logging: its failure is not the reply's.
  }
};
