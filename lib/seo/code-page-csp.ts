/**
 * The script policy code pages add, in a meta tag, to the site-wide Content-Security-Policy header
 * (next.config.ts). Both apply, so code pages may run scripts from this origin only: they ship no inline
 * script and no framework runtime, just their island bundle (docs/islands.md).
 */
export const CODE_PAGE_SCRIPT_POLICY = "script-src 'self'";
