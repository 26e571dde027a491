/** Stylesheets imported for their side effect; the bundler turns them into the page's CSS. */
declare module '*.css';
