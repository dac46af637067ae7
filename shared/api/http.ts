/**
 * The browser host's HTTP surface, declared once for the host and the renderer's client:
 * the token header and the routes. What each call carries is in contract.ts.
 */
export const TOKEN_HEADER = 'X-Werkbank-Token';

export const http = {
  /** POST, JSON body: one contract call; answers its envelope. */
  call: (channel: string) => `/api/call/${encodeURIComponent(channel)}`,
  /** POST, raw bytes: `file.upload`. */
  upload: (name: string) => `/api/upload?name=${encodeURIComponent(name)}`,
  /** GET: a one-shot download by file id. */
  file: (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`,
  callPrefix: '/api/call/',
  uploadPath: '/api/upload',
  filesPrefix: '/api/files/',
} as const;
