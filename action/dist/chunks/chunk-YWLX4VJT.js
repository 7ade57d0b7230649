import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  UnsafeFetchError
} from "./chunk-QKSMSPLC.js";

// src/net/safe-fetch.ts
import { promises as dns } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP as isIP2 } from "node:net";

// src/net/address-policy.ts
import { BlockList, isIP } from "node:net";
var RANGES = [
  ["0.0.0.0", 8, "ipv4", "unspecified"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "carrier-grade NAT"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["169.254.0.0", 16, "ipv4", "link-local"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.0.0.0", 24, "ipv4", "IETF protocol assignments"],
  ["192.0.2.0", 24, "ipv4", "documentation"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["198.18.0.0", 15, "ipv4", "benchmarking"],
  ["198.51.100.0", 24, "ipv4", "documentation"],
  ["203.0.113.0", 24, "ipv4", "documentation"],
  ["224.0.0.0", 4, "ipv4", "multicast"],
  ["240.0.0.0", 4, "ipv4", "reserved"],
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  // IPv4-compatible (deprecated); IPv4-mapped ::ffff:0:0/96 is matched against the IPv4 rules by BlockList.
  ["::", 96, "ipv6", "IPv4-compatible"],
  ["64:ff9b:1::", 48, "ipv6", "local NAT64"],
  ["100::", 64, "ipv6", "discard"],
  ["2001:db8::", 32, "ipv6", "documentation"],
  ["fc00::", 7, "ipv6", "unique local"],
  ["fe80::", 10, "ipv6", "link-local"],
  ["fec0::", 10, "ipv6", "site-local"],
  ["ff00::", 8, "ipv6", "multicast"]
];
var BLOCKS = RANGES.map(([network, prefix, family, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, label };
});
function refusalReason(address) {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const { list, label } of BLOCKS) if (list.check(address, type)) return label;
  const embedded = family === 6 ? embeddedIpv4(address) : void 0;
  return embedded ? refusalReason(embedded) : void 0;
}
function embeddedIpv4(address) {
  const nat64 = new BlockList();
  nat64.addSubnet("64:ff9b::", 96, "ipv6");
  const sixToFour = new BlockList();
  sixToFour.addSubnet("2002::", 16, "ipv6");
  const words = expandIpv6(address);
  if (nat64.check(address, "ipv6")) return wordsToIpv4(words[6], words[7]);
  if (sixToFour.check(address, "ipv6")) return wordsToIpv4(words[1], words[2]);
  return void 0;
}
function expandIpv6(address) {
  const [head = "", tail = ""] = address.split("::");
  const part = (text) => text === "" ? [] : text.split(":").map((word) => parseInt(word, 16));
  const start = part(head);
  const end = address.includes("::") ? part(tail) : [];
  return [...start, ...new Array(8 - start.length - end.length).fill(0), ...end];
}
function wordsToIpv4(high, low) {
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

// src/net/safe-fetch.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function safeFetch(url, options) {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let current = parseTarget(url);
  for (let hop = 0; ; hop++) {
    const response = await fetchOnce(current, options, signal);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || location === void 0) return response;
    if (hop >= options.maxRedirects) {
      throw new UnsafeFetchError(`${url}: more than ${options.maxRedirects} redirects (last to ${location})`);
    }
    current = parseTarget(new URL(location, current).toString());
  }
}
function parseTarget(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeFetchError(`${url}: not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UnsafeFetchError(`${url}: only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password) {
    throw new UnsafeFetchError(`${url}: URLs with credentials are not fetched`);
  }
  return parsed;
}
function fetchOnce(target, options, signal) {
  const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP2(host) !== 0) {
    const reason = checkedReason(host, options);
    if (reason) return Promise.reject(new UnsafeFetchError(`${target.href}: refused ${host} (${reason})`));
  }
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, rejectRaw) => {
    const reject = (error) => rejectRaw(asUnsafe(error, target, options, signal));
    const request = transport.request(
      target,
      {
        method: "GET",
        agent: false,
        signal,
        headers: { accept: options.accept ?? "*/*", "user-agent": "Herald (+link preview)" },
        lookup: checkedLookup(target, options)
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const headers = flattenHeaders(response.headers);
        const finish = (body, truncated) => resolve({ status, headers, body, finalUrl: target.href, truncated });
        if (REDIRECTS.has(status) && headers.location !== void 0) {
          response.resume();
          finish(new Uint8Array(), false);
          return;
        }
        readBounded(response, target, options, finish, reject);
      }
    );
    request.on("error", reject);
    request.end();
  });
}
function readBounded(response, target, options, finish, reject) {
  const declared = Number(response.headers["content-length"]);
  if (options.oversize !== "truncate" && Number.isFinite(declared) && declared > options.maxBytes) {
    response.destroy();
    reject(new UnsafeFetchError(`${target.href}: body of ${declared} bytes is over the limit of ${options.maxBytes}`));
    return;
  }
  const chunks = [];
  let size = 0;
  response.on("data", (chunk) => {
    if (size + chunk.length <= options.maxBytes) {
      chunks.push(chunk);
      size += chunk.length;
      return;
    }
    response.destroy();
    if (options.oversize === "truncate") {
      chunks.push(chunk.subarray(0, options.maxBytes - size));
      finish(new Uint8Array(Buffer.concat(chunks)), true);
    } else {
      reject(new UnsafeFetchError(`${target.href}: body is over the limit of ${options.maxBytes} bytes`));
    }
  });
  response.on("end", () => finish(new Uint8Array(Buffer.concat(chunks)), false));
  response.on("error", reject);
}
function checkedLookup(target, options) {
  const resolve = options.lookup ?? ((name) => dns.lookup(name, { all: true, verbatim: true }));
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => checkAddresses(target, hostname, addresses, options),
      (error) => {
        throw new UnsafeFetchError(`${target.href}: cannot resolve ${hostname}`, { cause: error });
      }
    ).then(
      (addresses) => {
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error) => callback(error, [])
    );
  };
}
function checkAddresses(target, hostname, addresses, options) {
  if (addresses.length === 0) throw new UnsafeFetchError(`${target.href}: ${hostname} has no address`);
  for (const { address } of addresses) {
    const reason = checkedReason(address, options);
    if (reason) throw new UnsafeFetchError(`${target.href}: refused ${hostname} \u2192 ${address} (${reason})`);
  }
  return addresses;
}
function checkedReason(address, options) {
  const allow = options.allowPrivateAddresses;
  if (allow === true || Array.isArray(allow) && allow.includes(address)) return void 0;
  return refusalReason(address);
}
function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
function asUnsafe(error, target, options, signal) {
  if (error instanceof UnsafeFetchError) return error;
  if (signal.aborted && !options.signal?.aborted) {
    return new UnsafeFetchError(`${target.href}: no complete answer within ${options.timeoutMs} ms`, { cause: error });
  }
  return new UnsafeFetchError(`${target.href}: ${error.message}`, { cause: error });
}

export {
  safeFetch
};
