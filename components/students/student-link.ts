/** The dashboard's address fragment that opens the student view at one learner. */
const STUDENT_HASH = /^#student=(.+)$/;

/**
 * `#student=<id>`: the panel links to the dashboard with it, so the teacher
 * goes from one document straight to the learner's feedback over time.
 */
export function studentViewHash(studentId: string): string {
  return `#student=${encodeURIComponent(studentId)}`;
}

/**
 * The student view's address from another extension page (the panel):
 * relative, since every extension page is served from the extension's root
 * beside dashboard.html.
 */
export function studentViewHref(studentId: string): string {
  return `dashboard.html${studentViewHash(studentId)}`;
}

/** The learner a dashboard address fragment names, if it is a student view's. */
export function studentIdFromHash(hash: string | undefined): string | undefined {
  const match = STUDENT_HASH.exec(hash ?? '');
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
