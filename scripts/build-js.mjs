// The JavaScript of dist/ (no declarations): src/generated/ from rules/, then tsup with
// ANKANG_BUILD=js. `npm install` and `npm ci` run it (the `prepare` script), so that the
// `ankang-eco` command exists in a fresh clone before anyone runs it: npx remembers a command
// it could not find (its cache links bins on first use), and would stay broken after a build.
// `npm run build` makes the full build, declarations included.
import { execFileSync } from 'node:child_process';

const root = new URL('../', import.meta.url);
const node = (args, env = process.env) => execFileSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });

node(['scripts/generate-builtin-rules.mjs']);
node(['node_modules/tsup/dist/cli-default.js', '--silent'], { ...process.env, ANKANG_BUILD: 'js' });
