import { execFileSync } from 'node:child_process';

/** src/generated/ comes from rules/: regenerate it so a test run never sees stale rules. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/generate-builtin-rules.mjs'], { stdio: 'inherit' });
}
