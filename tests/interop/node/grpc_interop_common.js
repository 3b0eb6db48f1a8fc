// Shared helpers for Node interop scripts (@grpc/grpc-js + @grpc/proto-loader).
// Needs node_modules: run `npm ci --prefix tests/interop/node` first.
'use strict';
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const LOADER_OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

/** Loads protos (paths relative to protoRoot) and returns the grpc-js package definition object. */
function loadProtos(protoRoot, protoFiles) {
  return loader.loadSync(protoFiles, { ...LOADER_OPTIONS, includeDirs: [protoRoot] });
}

/** A generic client plus the definition of 'package.Service/Method'. */
function methodInfo(packageDefinition, method) {
  const [serviceName, methodName] = method.split('/');
  const service = packageDefinition[serviceName];
  if (!service || !service[methodName]) throw new Error(`Method ${method} is not in the loaded protos`);
  return service[methodName];
}

/** Subset match: every key/value of expected appears in actual (arrays compared item by item). */
function isSubset(expected, actual) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => isSubset(e, actual[i]));
  }
  if (expected !== null && typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.keys(expected).every((k) => k in actual && isSubset(expected[k], actual[k]));
  }
  return expected === actual;
}

function statusName(code) {
  return Object.keys(grpc.status).find((k) => grpc.status[k] === code) || String(code);
}

function toMetadata(entries) {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(entries || {})) metadata.add(key, value);
  return metadata;
}

class Results {
  constructor() { this.passed = 0; this.failed = 0; }
  check(name, condition, info) {
    if (condition) this.passed++; else this.failed++;
    console.log(`${condition ? 'PASS' : 'FAIL'} ${name}${info ? ' :: ' + info : ''}`);
  }
  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed ? 1 : 0;
  }
}

module.exports = { grpc, loadProtos, methodInfo, isSubset, statusName, toMetadata, Results };
