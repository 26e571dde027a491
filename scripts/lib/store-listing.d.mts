/** Types for `store-listing.mjs` (plain ESM, so that `npm run store-listing` runs it with Node as is). */

export declare const LISTING_LOCALES: readonly ('sv' | 'nb' | 'en')[];
export declare const PRIVACY_TEXT_FILE: string;
export declare const STORE_TEXT_FILE: string;
export declare function privacyAsText(page: Record<string, string>): string;
export declare function storeListing(input: {
  manifest: Record<string, { message: string }>;
  privacy: { page: Record<string, string>; links: Record<string, string> };
  store: {
    heading: string;
    nameLabel: string;
    shortDescriptionLabel: string;
    descriptionLabel: string;
    privacyLabel: string;
    description: string[];
    privacyWhere: string;
  };
}): string;
export declare function writeStoreListings(options: {
  root: string;
  buildDir: string;
  outDir: string;
}): string[];
