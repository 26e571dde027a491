const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * The composed feedback as simple HTML, for the clipboard and rich-text
 * comment boxes, so paragraphs survive the paste: blank lines separate
 * paragraphs, single line breaks stay line breaks. Everything the teacher
 * wrote is escaped, so stored text can never become markup.
 */
export function feedbackHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}
