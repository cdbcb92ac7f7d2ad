// Part of the dialog's panel, loaded on demand with it: the one module that imports luxon, so
// luxon comes in the same chunk as the forms that need it and never with the element itself.
import { DateTime } from 'luxon';

/** A window the agent entered: a date and two wall-clock times in the customer's zone. */
export interface LocalWindow {
  date: string;
  start: string;
  end: string;
  timeZone: string;
}

export type WindowProblem = 'start-missing' | 'start-skipped' | 'end-missing' | 'end-skipped';

export interface ResolvedWindow {
  startAt?: string;
  endAt?: string;
  problems: WindowProblem[];
}

/**
 * The customer's wall-clock window as instants. A time the clocks skip that day (a daylight-saving
 * change: an hour in New York, 30 minutes on Lord Howe) is reported, never silently moved.
 */
export function resolveWindow(w: LocalWindow): ResolvedWindow {
  const problems: WindowProblem[] = [];
  const at = (time: string, missing: WindowProblem, skipped: WindowProblem) => {
    if (!w.date || !time) {
      problems.push(missing);
      return undefined;
    }
    const dt = DateTime.fromISO(`${w.date}T${time}`, { zone: w.timeZone });
    if (!dt.isValid) {
      problems.push(missing);
      return undefined;
    }
    if (dt.toFormat('HH:mm') !== time.slice(0, 5)) {
      problems.push(skipped);
      return undefined;
    }
    return dt.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined;
  };
  return {
    startAt: at(w.start, 'start-missing', 'start-skipped'),
    endAt: at(w.end, 'end-missing', 'end-skipped'),
    problems,
  };
}

/** A stored window back in the customer's wall clock, for editing. */
export function toLocalWindow(startAt: string, endAt: string, timeZone: string): LocalWindow {
  const start = DateTime.fromISO(startAt, { zone: timeZone });
  const end = DateTime.fromISO(endAt, { zone: timeZone });
  return { date: start.toISODate() ?? '', start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm'), timeZone };
}

/**
 * SCHED-5: "Tue, Nov 25, 10:00 AM–10:30 AM EST" in a zone and locale; a window that crosses
 * midnight in that zone names the end's day too ("Sun, Dec 6, 11:00 PM – Mon, Dec 7, 1:00 AM"),
 * so it never reads as ending before it starts.
 */
export function formatWindow(startAt: string, endAt: string, zone: string, locale: string): string {
  const start = DateTime.fromISO(startAt, { zone }).setLocale(locale);
  const end = DateTime.fromISO(endAt, { zone }).setLocale(locale);
  const day = (dt: DateTime) => dt.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' });
  const time = (dt: DateTime) => dt.toLocaleString(DateTime.TIME_SIMPLE);
  const zoneName = end.offsetNameShort ?? zone;
  if (start.hasSame(end, 'day')) return `${day(start)}, ${time(start)}–${time(end)} ${zoneName}`;
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)} ${zoneName}`;
}

/** Every zone the platform knows, for the searchable list. */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
}
