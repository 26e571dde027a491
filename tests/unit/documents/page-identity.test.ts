import { describe, expect, it } from 'vitest';
import { pageIdentity } from '../../../utils/documents/page-identity';
import { checkReply } from '../../../utils/messaging/messages';
import { PANEL_REPLIES } from '../../../utils/messaging/protocol';

describe('the identity a page gives its document', () => {
  it('is one the panel accepts, even for a page with a runaway title', () => {
    const identity = pageIdentity(document, `  ${'Essay '.repeat(400)}  `);
    expect(identity.title).toHaveLength(1000);
    expect(identity.title.startsWith('Essay Essay')).toBe(true);
    expect(checkReply(PANEL_REPLIES['page/hello'], 'page/hello', identity)).toEqual(identity);
  });

  it('keeps an ordinary title as it is, trimmed', () => {
    expect(pageIdentity(document, '  On the war  ').title).toBe('On the war');
  });
});
