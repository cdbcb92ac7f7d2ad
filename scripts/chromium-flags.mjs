// Flags for Debian's Chromium as root on a machine without network, shared by the test runner
// and the benchmarks (see ../shared/TOOLCHAIN.md): no sandbox for root, no GPU, and none of the
// background connections the closed network would refuse.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
