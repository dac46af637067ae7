import { z } from 'zod';

// Imported before any schema is built: the page's CSP forbids eval, and zod's probe for it
// (`new Function`) is reported as a policy violation even though zod catches the error.
z.config({ jitless: true });
