// Closed-loop chat load for ChatCostBenchmark: the same client against a bare WebSocket relay and against
// SkillFast's /ws, so the two servers are compared on equal terms.
//
//   node chat-load.mjs <config.json>
//
// config: {"mode": "relay" | "skillfast", "pairs": [{"a": url, "b": url, "sessionId": id}, ...],
//          "warmupSeconds": 3, "seconds": 10, "text": "a chat line", "ratePerSecond": 0}
//
// With "ratePerSecond" > 0 (SkillFast mode only) the load is open-loop instead: A sends at a fixed rate
// shared by all pairs, whatever the replies, B does not answer, and the percentiles are of the one-way
// delivery time (A's send to B's receipt, both in this process; the send time travels in the frame's id).
//
// Each pair plays ping-pong with one message in flight: A sends a chat.send frame, B replies as soon as it
// receives it, A sends the next as soon as B's reply arrives. A relayed message is a frame received from the
// peer (in SkillFast mode the sender's own chat.message copy, its acknowledgement, is not one); RTT is A's
// send to A's receipt of B's reply, so two relays. Prints one JSON line when the warm-up ends
// ({"event":"measure-start"}) and one when the window closes (counts, RTT percentiles, this process's
// CPU), then closes every socket and exits 0; any error frame, failed connection or unexpected close
// exits 1.
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';

const CONNECTS_IN_FLIGHT = 64;
const CONNECT_TIMEOUT_MS = 30_000;

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const skillfast = config.mode === 'skillfast';
if (!skillfast && config.mode !== 'relay') {
  fail(`unknown mode '${config.mode}' (relay or skillfast)`);
}

let closing = false;
let measuring = false;
let stopped = false;
let relayed = 0;
const rttsMs = [];

function fail(message) {
  process.stderr.write(`chat-load: ${message}\n`);
  process.exit(1);
}

function print(event) {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

/** One participant's socket; resolves once it may send (SkillFast: after its welcome frame, which names it). */
function open(url) {
  return new Promise((resolve, reject) => {
    // no compression (permessage-deflate): both servers handle the same plain frames
    const side = { ws: new WebSocket(url, { perMessageDeflate: false }), userId: null, onPeer: () => {} };
    let isReady = false;
    const timer = setTimeout(() => reject(new Error(`no ${skillfast ? 'welcome' : 'open'} within 30 s: ${url}`)),
      CONNECT_TIMEOUT_MS);
    const ready = () => {
      isReady = true;
      clearTimeout(timer);
      resolve(side);
    };
    side.ws.on('error', (e) => (isReady ? fail(`socket error: ${e.message}`) : reject(e)));
    side.ws.on('close', (code, reason) => {
      if (!isReady) {
        reject(new Error(`closed before it was ready: ${code} ${reason}`));
      } else if (!closing) {
        fail(`socket closed by the server during the run: ${code} ${reason}`);
      }
    });
    if (!skillfast) {
      side.ws.on('open', ready);
    }
    side.ws.on('message', (data) => {
      const frame = data.toString();
      if (!skillfast) {
        if (!frame.startsWith('{"type":"chat.send"')) {
          fail(`unexpected frame from the relay: ${frame}`);
        }
        side.onPeer();
        return;
      }
      const message = JSON.parse(frame);
      if (message.type === 'chat.message') {
        if (message.senderId !== side.userId) {
          side.onPeer(message);
        } // else: the sender's own copy, its acknowledgement
      } else if (message.type === 'welcome') {
        side.userId = message.userId;
        ready();
      } else if (message.type === 'error') {
        fail(`error frame: ${frame}`);
      }
    });
  });
}

/** Opens every socket, at most CONNECTS_IN_FLIGHT handshakes at a time. */
async function openAll(urls) {
  const sides = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      sides[i] = await open(urls[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECTS_IN_FLIGHT, urls.length) }, worker));
  return sides;
}

/** Starts one pair's ping-pong: A sends, B answers each message it receives, A sends again on each answer. */
function play(a, b, sessionId, pairIndex) {
  const tail = `","sessionId":${JSON.stringify(sessionId)},"text":${JSON.stringify(config.text)}}`;
  let n = 0;
  let sentAt = 0n;
  const send = (side) => side.ws.send(`{"type":"chat.send","id":"${pairIndex}-${++n}${tail}`);
  const sendFromA = () => {
    sentAt = process.hrtime.bigint();
    send(a);
  };
  a.onPeer = () => {
    if (measuring) {
      relayed++;
      rttsMs.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    }
    if (!stopped) {
      sendFromA();
    }
  };
  b.onPeer = () => {
    if (measuring) {
      relayed++;
    }
    if (!stopped) {
      send(b);
    }
  };
  sendFromA();
}

/** Open loop: A sends every `intervalMs`, starting after `offsetMs`; B records each message's one-way time. */
function stream(a, b, sessionId, pairIndex, intervalMs, offsetMs) {
  const tail = `","sessionId":${JSON.stringify(sessionId)},"text":${JSON.stringify(config.text)}}`;
  let n = 0;
  b.onPeer = (message) => {
    if (measuring) {
      relayed++;
      const sentAt = BigInt(message.replyTo.split('-')[2]);
      rttsMs.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    }
  };
  a.onPeer = () => {};
  setTimeout(() => {
    const timer = setInterval(() => {
      if (stopped) {
        clearInterval(timer);
        return;
      }
      a.ws.send(`{"type":"chat.send","id":"${pairIndex}-${++n}-${process.hrtime.bigint()}${tail}`);
    }, intervalMs);
  }, offsetMs);
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function closeAllAndExit(sides) {
  closing = true;
  let open = sides.length;
  const exit = () => process.exit(0);
  for (const side of sides) {
    side.ws.once('close', () => --open === 0 && exit());
    side.ws.close(1000, 'done');
  }
  setTimeout(exit, 5_000).unref();
}

async function main() {
  const urls = config.pairs.flatMap((p) => [p.a, p.b]);
  const sides = await openAll(urls).catch((e) => fail(`connection failed: ${e.message}`));
  const rate = config.ratePerSecond || 0;
  if (rate > 0 && !skillfast) {
    fail('ratePerSecond needs mode skillfast');
  }
  const intervalMs = (config.pairs.length * 1000) / rate;
  config.pairs.forEach((p, i) => (rate > 0
    ? stream(sides[2 * i], sides[2 * i + 1], p.sessionId, i, intervalMs, (i * intervalMs) / config.pairs.length)
    : play(sides[2 * i], sides[2 * i + 1], p.sessionId, i)));

  await new Promise((r) => setTimeout(r, config.warmupSeconds * 1000));
  const cpuFrom = process.cpuUsage();
  const from = process.hrtime.bigint();
  measuring = true;
  print({ event: 'measure-start' });

  await new Promise((r) => setTimeout(r, config.seconds * 1000));
  measuring = false;
  stopped = true;
  const seconds = Number(process.hrtime.bigint() - from) / 1e9;
  const cpu = process.cpuUsage(cpuFrom);
  const sorted = Float64Array.from(rttsMs).sort();
  print({
    event: 'measure-end',
    messages: relayed,
    seconds: Number(seconds.toFixed(3)),
    rttP50Ms: Number(percentile(sorted, 0.5).toFixed(2)),
    rttP99Ms: Number(percentile(sorted, 0.99).toFixed(2)),
    clientCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  });
  closeAllAndExit(sides);
}

main().catch((e) => fail(e.stack || String(e)));
