// The whole app is prerendered to static files (adapter-static); data comes in the browser.
export const prerender = true;
export const trailingSlash = 'never';
