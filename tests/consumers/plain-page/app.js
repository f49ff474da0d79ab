// No bundler: the single-file browser build the package exports as `signup-guard/min`.
import { initAll } from './node_modules/signup-guard/www/lib/signup-guard.min.js';

initAll();
