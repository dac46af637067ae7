/**
 * The renderer's content security policy, one for every shell (the Electron session, the
 * browser host, and the meta tag in renderer/index.html, which a test compares with this).
 * The renderer needs nothing from elsewhere: no remote origins, no eval, no framing.
 * AG Grid and plotly set inline styles, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
