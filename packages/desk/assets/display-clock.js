/**
 * The waiting-room clock: the office's weekday, date and time, whatever zone the screen's device is
 * set to. The display is public, so the office's zone comes from `display/<office>/office`.
 */
import { formatClock } from './format.js';
import { useOfficeZone } from './office-time.js';

/** Shows the office's time in `target` from when its zone is known, redrawn every few seconds. */
export function startDisplayClock(target) {
  let known = false;
  const tick = async () => {
    if (!known) {
      const answer = await fetch(`${location.pathname.replace(/\/$/, '')}/office`, {
        headers: { accept: 'application/json' },
      }).catch(() => undefined);
      const office = answer?.ok ? await answer.json().catch(() => undefined) : undefined;
      // Without the zone the clock stays blank rather than show the device's time; asked again later.
      if (typeof office?.timeZone !== 'string') return;
      useOfficeZone(office.timeZone);
      known = true;
    }
    target.textContent = formatClock(new Date());
  };
  tick();
  setInterval(tick, 10_000);
}
