/** The teacher's own time zone: a month is the month on the teacher's clock. */
export const TEACHER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
