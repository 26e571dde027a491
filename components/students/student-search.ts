/** Lower case without accents, so "asa" finds "Åsa" and "ostlund" finds "Östlund". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();
}

/**
 * The learners whose name contains every typed word (in any order, any
 * case, with or without diacritics), in the order given: typing "li ma"
 * finds "Maja Lind" in a class of thirty.
 */
export function searchStudents<S extends { name: string }>(
  students: readonly S[],
  query: string,
): S[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...students];
  return students.filter((student) => {
    const name = folded(student.name);
    return words.every((word) => name.includes(word));
  });
}
