// Static site: every route is prerendered at build time; charts hydrate client-side.
export const prerender = true;
export const trailingSlash = 'never';
