// A real SIP stack on loopback for the SIP tests and the SIP demo: Kamailio (registrar and proxy,
// SIP over WebSocket for the browser), rtpengine (WebRTC <-> plain RTP) and baresip as the
// customer's phone, driven over its ctrl_tcp socket. Every process started here is stopped by PID.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** In a private network namespace fixed ports cannot clash; elsewhere the kernel picks free ones. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function choosePorts(fixed) {
  if (fixed) return { sip: 5060, ws: 8080, ng: 2223, customerSip: 5070, customerCtrl: 4444, rtpMin: 30000, rtpMax: 30999 };
  const [sip, ws, ng, customerSip, customerCtrl] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  // rtpengine wants a range; a random one of a thousand ports rarely meets another program's.
  const rtpMin = 20000 + 2 * Math.floor(Math.random() * 10000);
  return { sip, ws, ng, customerSip, customerCtrl, rtpMin, rtpMax: rtpMin + 999 };
}

function waitForPort(port, label, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${label} did not open 127.0.0.1:${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** rtpengine's control protocol is UDP: ask it `ping` until it answers `pong`. */
async function waitForRtpengine(port, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  const socket = createSocket('udp4');
  try {
    while (Date.now() < deadline) {
      const answer = new Promise((resolve) => {
        socket.once('message', (m) => resolve(String(m)));
        setTimeout(() => resolve(''), 300);
      });
      socket.send('ping1 d7:command4:pinge', port, '127.0.0.1');
      if ((await answer).includes('pong')) return;
    }
    throw new Error(`rtpengine did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
  } finally {
    socket.close();
  }
}

async function waitForOutput(proc, text, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!proc.output.join('').includes(text)) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.label} exited`);
    if (Date.now() > deadline) throw new Error(`${proc.label} did not print "${text}" within ${timeoutMs} ms`);
    await delay(50);
  }
}

/** One child process, its output kept for the error message when it dies early. */
function startProcess(label, command, args, log) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
    if (log) process.stderr.write(`[${label}] ${chunk}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.once('error', (error) => output.push(String(error)));
  return { label, child, output, exited };
}

async function stopProcess(proc, graceMs = 3000) {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const done = await Promise.race([proc.exited.then(() => true), delay(graceMs).then(() => false)]);
  if (!done) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await proc.exited;
  }
}

/** baresip's ctrl_tcp: netstring-framed JSON commands, responses and events. */
class BaresipControl {
  constructor(port) {
    this.port = port;
    this.events = [];
    this.waiters = [];
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.token = 0;
  }

  async connect() {
    await waitForPort(this.port, 'baresip ctrl_tcp');
    this.socket = connect(this.port, '127.0.0.1');
    await new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk) => this.read(chunk));
    this.socket.on('error', () => {});
  }

  read(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length + 1) return;
      const text = this.buffer.subarray(colon + 1, colon + 1 + length).toString();
      this.buffer = this.buffer.subarray(colon + 1 + length + 1);
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      if (message.response) {
        const resolve = this.pending.get(message.token);
        this.pending.delete(message.token);
        resolve?.(message);
      } else if (message.event) {
        this.events.push(message);
        this.waiters = this.waiters.filter((w) => !w.check());
      }
    }
  }

  /** Sends a command (e.g. `dial sip:agent1@127.0.0.1`) and resolves with baresip's response. */
  command(line) {
    const [command, ...rest] = line.split(' ');
    const token = String(++this.token);
    const body = JSON.stringify({ command, params: rest.join(' '), token });
    const frame = `${Buffer.byteLength(body)}:${body},`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(new Error(`baresip did not answer "${line}"`));
      }, 5000);
      this.pending.set(token, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.socket.write(frame);
    });
  }

  /** Resolves with the first event of `type` after index `from` (events already seen count). */
  waitForEvent(type, { from = 0, timeoutMs = 10000, match = () => true } = {}) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.slice(from).find((e) => e.type === type && match(e));
        if (found) {
          clearTimeout(timer);
          resolve(found);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.check !== check);
        reject(new Error(`baresip: no ${type} event within ${timeoutMs} ms (seen: ${this.events.map((e) => e.type).join(', ')})`));
      }, timeoutMs);
      if (!check()) this.waiters.push({ check });
    });
  }

  close() {
    this.socket?.destroy();
  }
}

function baresipConfig(dir, ports) {
  writeFileSync(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${ports.customerSip}`,
      'net_interface 127.0.0.1',
      'audio_player alsa,null',
      'audio_alert alsa,null',
      'audio_source ausine,440',
      // ausine makes 48 kHz stereo only; baresip resamples to the codec's 8 kHz.
      'ausrc_srate 48000',
      'ausrc_channels 2',
      `rtp_ports ${ports.rtpMin + 1000}-${ports.rtpMin + 1999}`,
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module ausine.so',
      'module alsa.so',
      'module sndfile.so',
      `snd_path ${dir}`,
      'module_app account.so',
      // The dial, hangup, accept and hold commands live in the menu module.
      'module_app menu.so',
      'module_app ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${ports.customerCtrl}`,
      '',
    ].join('\n'),
  );
  // The customer registers so that the desk can call it (outdial, consult to a number).
  writeFileSync(
    join(dir, 'accounts'),
    `<sip:15550100@127.0.0.1>;outbound="sip:127.0.0.1:${ports.sip};transport=udp";regint=3600;answermode=auto;audio_codecs=PCMU/8000/1\n`,
  );
}

/**
 * Starts Kamailio, rtpengine and baresip on 127.0.0.1. `fixedPorts` when running in a private
 * network namespace. Resolves with the ports, baresip's control and `stop()`.
 */
export async function startSipStack({ fixedPorts = false, log = !!process.env.SIP_LOG } = {}) {
  const ports = await choosePorts(fixedPorts);
  const dir = mkdtempSync(join(tmpdir(), 'desk-sip-'));
  const processes = [];
  // If this process dies without stop() (an uncaught error, process.exit), take the servers with it.
  const killAll = () => processes.forEach((p) => p.child.exitCode === null && p.child.kill('SIGKILL'));
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    baresip?.close();
    // baresip waits up to 32 s for transactions on SIGTERM: ask it to quit first.
    for (const proc of processes.reverse()) await stopProcess(proc);
    rmSync(dir, { recursive: true, force: true });
  };
  let baresip;
  try {
    const cfg = readFileSync(join(here, 'kamailio.cfg'), 'utf8')
      .replaceAll('SIP_PORT', String(ports.sip))
      .replaceAll('WS_PORT', String(ports.ws))
      .replaceAll('NG_PORT', String(ports.ng));
    writeFileSync(join(dir, 'kamailio.cfg'), cfg);

    // rtpengine: Debian's config file makes it hang; it may dump core on exit after a recording.
    processes.push(
      startProcess('rtpengine', 'sh', [
        '-c',
        `ulimit -c 0; exec rtpengine --config-file=none --foreground --table=-1 --interface=127.0.0.1 --listen-ng=127.0.0.1:${ports.ng} --port-min=${ports.rtpMin} --port-max=${ports.rtpMin + 999} --log-stderr --log-level=4`,
      ], log),
    );
    await waitForRtpengine(ports.ng);
    processes.push(
      startProcess('kamailio', 'kamailio', ['-f', join(dir, 'kamailio.cfg'), '-DD', '-E', '-m', '64', '-M', '8', '-Y', dir, '-P', join(dir, 'kamailio.pid')], log),
    );
    await waitForPort(ports.ws, 'Kamailio (WebSocket)');
    baresipConfig(dir, ports);
    const phone = startProcess('baresip', 'baresip', ['-f', dir], log);
    processes.push(phone);
    baresip = new BaresipControl(ports.customerCtrl);
    await baresip.connect();
    await waitForOutput(phone, '200 OK');
    for (const proc of processes) {
      if (proc.child.exitCode !== null) throw new Error(`${proc.label} exited: ${proc.output.join('').slice(-2000)}`);
    }
  } catch (error) {
    const outputs = processes.map((p) => `--- ${p.label}\n${p.output.join('').slice(-1500)}`).join('\n');
    await stop();
    throw new Error(`The SIP stack did not start: ${error.message}\n${outputs}`);
  }
  const stopWithQuit = async () => {
    try {
      await Promise.race([baresip.command('quit'), delay(1000)]);
    } catch {
      /* it may already be gone */
    }
    await stop();
  };
  return {
    ports,
    dir,
    baresip,
    /** Bytes of audio baresip decoded from the call so far (sndfile's dump of what it received). */
    receivedAudioBytes() {
      return readdirSync(dir)
        .filter((f) => f.endsWith('-dec.wav'))
        .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    },
    stop: stopWithQuit,
  };
}
