import { z } from 'zod';

// zod 4 compiles validators with `new Function` unless told not to. The app's CSP forbids eval
// ('unsafe-eval' is not granted), so switch the JIT off before any schema runs in the browser.
z.config({ jitless: true });
