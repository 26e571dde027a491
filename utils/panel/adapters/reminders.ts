import { browser } from 'wxt/browser';
import { FOLLOW_UP_ALARM_PREFIX } from '../../background/follow-ups';

/** Sets the browser reminders for follow-ups (a fake in tests). */
export interface Reminders {
  /** A reminder at `at`; the background shows every follow-up due by then. */
  schedule(at: number): void;
}

/**
 * One browser alarm per follow-up time. The background worker owns the
 * notification; the alarm only wakes it at the right moment (a regular sweep
 * catches any alarm the browser missed while closed).
 */
export function createBrowserReminders(): Reminders {
  return {
    schedule(at) {
      if (at <= Date.now()) return;
      void browser.alarms.create(`${FOLLOW_UP_ALARM_PREFIX}-at-${at}`, { when: at });
    },
  };
}
