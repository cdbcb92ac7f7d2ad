// `npm run test:sip`: the live SIP suite, in a private network namespace (only loopback, fixed
// ports) when running as root where `unshare --net` works; on free loopback ports otherwise.
// Never skipped: when the SIP stack cannot start, the suite fails.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const wtr = ['npx', 'web-test-runner', '--config', 'test/sip/web-test-runner.config.mjs', ...args];

function canIsolate() {
  if (process.env.SIP_NETNS || process.env.SIP_NO_NETNS || process.getuid?.() !== 0) return false;
  return spawnSync('unshare', ['--net', 'true'], { stdio: 'ignore' }).status === 0;
}

let result;
if (canIsolate()) {
  const script = `ip link set lo up && exec "$@"`;
  result = spawnSync('unshare', ['--net', '--', 'sh', '-c', script, 'sh', ...wtr], {
    stdio: 'inherit',
    env: { ...process.env, SIP_NETNS: '1' },
  });
} else {
  result = spawnSync(wtr[0], wtr.slice(1), { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
