import { browser } from 'wxt/browser';
import { FOLLOW_UP_ALARM_PREFIX } from '../../background/follow-ups';
import {
  createAlarmThroughBackground,
  isFramedWithoutTabs,
} from '../../messaging/firefox-framed-panel';

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
      const name = `${FOLLOW_UP_ALARM_PREFIX}-at-${at}`;
      if (isFramedWithoutTabs()) void createAlarmThroughBackground(name, at);
      else void browser.alarms.create(name, { when: at });
    },
  };
}
