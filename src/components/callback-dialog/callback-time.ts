import type { DateTime as LuxonDateTime } from 'luxon';

type Luxon = typeof import('luxon');
let loading: Promise<Luxon> | undefined;

/**
 * luxon comes only with the callback dialog, by a dynamic import: a page that never opens the
 * dialog never downloads it (the build's bundle check enforces that).
 */
export function loadLuxon(): Promise<Luxon> {
  return (loading ??= import('luxon'));
}

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
export function resolveWindow(luxon: Luxon, w: LocalWindow): ResolvedWindow {
  const problems: WindowProblem[] = [];
  const at = (time: string, missing: WindowProblem, skipped: WindowProblem) => {
    if (!w.date || !time) {
      problems.push(missing);
      return undefined;
    }
    const dt = luxon.DateTime.fromISO(`${w.date}T${time}`, { zone: w.timeZone });
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
export function toLocalWindow(luxon: Luxon, startAt: string, endAt: string, timeZone: string): LocalWindow {
  const start = luxon.DateTime.fromISO(startAt, { zone: timeZone });
  const end = luxon.DateTime.fromISO(endAt, { zone: timeZone });
  return { date: start.toISODate() ?? '', start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm'), timeZone };
}

/** "Tue 25 Nov, 10:00–10:30 EST" in a zone and locale. */
export function formatWindow(luxon: Luxon, startAt: string, endAt: string, zone: string, locale: string): string {
  const start: LuxonDateTime = luxon.DateTime.fromISO(startAt, { zone }).setLocale(locale);
  const end: LuxonDateTime = luxon.DateTime.fromISO(endAt, { zone }).setLocale(locale);
  const day = start.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' });
  const time = (dt: LuxonDateTime) => dt.toLocaleString(luxon.DateTime.TIME_SIMPLE);
  return `${day}, ${time(start)}–${time(end)} ${end.offsetNameShort ?? zone}`;
}

/** Every zone the platform knows, for the searchable list. */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
