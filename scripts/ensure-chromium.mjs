// Makes sure Debian's Chromium is installed (tests and screenshots need it).
// `--optional` only warns when it cannot be installed (the demo does not need it).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const optional = process.argv.includes('--optional');
const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (optional) {
  console.log(`[cx-journey-kit] ${path} not found; the demo runs without it (tests need it: npm test installs it).`);
  process.exit(0);
}
console.log('[cx-journey-kit] Chromium missing: installing Debian chromium with apt-get …');
try {
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch (error) {
  console.error('[cx-journey-kit] could not install chromium:', error.message);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`[cx-journey-kit] chromium still missing at ${path}`);
  process.exit(1);
}
