import { execFileSync } from 'node:child_process';

/**
 * src/generated/ comes from rules/: regenerate it so a test run never sees stale rules. Then
 * build the JavaScript of dist/, which the command-line tests run as a subprocess.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-js.mjs'], { stdio: 'inherit' });
}
