// `node --import ./scripts/compile-cache.ts <script>`: loads the script's modules through Node's
// compile cache (see src/lib/compile-cache.ts); it has to run before the script's static imports
// are compiled, which `--import` does.
import { enableProjectCompileCache } from '../src/lib/compile-cache.ts';

enableProjectCompileCache();
