import { defineMessages } from '../define';
import privacyText from './privacy.json';

/**
 * The privacy page's text. It lives in JSON so that the store listing
 * (scripts/store-listing.mjs, plain Node) reads the very same words: the
 * page and the listing cannot drift apart. `page` keeps its keys in the
 * order the page shows them — headings, paragraphs and `…Item…` list
 * entries — which is the order the listing prints them in.
 */
export const privacyMessages = defineMessages(privacyText.page);

/** The links around the privacy page: to it from the panel and the dashboard, and from it to the places that act. */
export const privacyLinkMessages = defineMessages(privacyText.links);
