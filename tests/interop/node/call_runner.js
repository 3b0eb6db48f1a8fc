// Generic interop client: runs the calls described in a JSON file against a gRPC server.
// Usage: node call_runner.js --proto-root DIR --proto REL.proto [--proto ...] --target HOST:PORT --calls calls.json
// Same calls.json format as tests/interop/python/call_runner.py, plus entries
//   {"name": "...", "reflection": "list_services", "expect": {"contains": ["pkg.Service", ...]}}
// which list services through server reflection (grpc-js-reflection-client).
'use strict';
const fs = require('fs');
const common = require('./grpc_interop_common');
const { grpc } = common;

function parseArgs(argv) {
  const args = { proto: [] };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'proto') args.proto.push(argv[i + 1]); else args[key.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[i + 1];
  }
  for (const required of ['protoRoot', 'target', 'calls']) if (!args[required]) throw new Error(`--${required} is required`);
  return args;
}

function invoke(client, definition, call) {
  const metadata = common.toMetadata(call.metadata);
  const options = { deadline: Date.now() + 1000 * (call.timeout ?? 10) };
  const serialize = definition.requestSerialize;
  const deserialize = definition.responseDeserialize;
  return new Promise((resolve) => {
    const responses = [];
    const done = (error) => resolve({ responses, error });
    if (definition.responseStream) {
      const stream = definition.requestStream
        ? client.makeBidiStreamRequest(definition.path, serialize, deserialize, metadata, options)
        : client.makeServerStreamRequest(definition.path, serialize, deserialize, call.request || {}, metadata, options);
      stream.on('data', (m) => responses.push(m));
      stream.on('error', done);
      stream.on('end', () => done(null));
      if (definition.requestStream) {
        for (const r of call.requests || []) stream.write(r);
        stream.end();
      }
      return;
    }
    const callback = (error, response) => { if (response) responses.push(response); done(error); };
    if (definition.requestStream) {
      const stream = client.makeClientStreamRequest(definition.path, serialize, deserialize, metadata, options, callback);
      for (const r of call.requests || []) stream.write(r);
      stream.end();
    } else {
      client.makeUnaryRequest(definition.path, serialize, deserialize, call.request || {}, metadata, options, callback);
    }
  });
}

async function runCall(client, packageDefinition, call, results) {
  const expect = call.expect || {};
  const definition = common.methodInfo(packageDefinition, call.method);
  const started = Date.now();
  const { responses, error } = await invoke(client, definition, call);
  const seconds = (Date.now() - started) / 1000;
  const code = error ? common.statusName(error.code) : 'OK';
  const details = error ? error.details || '' : '';
  const problems = [];
  if (code !== (expect.code || 'OK')) problems.push(`code ${code} != ${expect.code || 'OK'} (${details})`);
  if ('details' in expect && details !== expect.details) problems.push(`details ${JSON.stringify(details)} != ${JSON.stringify(expect.details)}`);
  if ('details_contains' in expect && !details.includes(expect.details_contains)) problems.push(`details ${JSON.stringify(details)} lacks ${JSON.stringify(expect.details_contains)}`);
  if ('response' in expect && !(responses.length && common.isSubset(expect.response, responses[0]))) problems.push(`response ${JSON.stringify(responses)} does not match`);
  if ('responses' in expect && !common.isSubset(expect.responses, responses)) problems.push(`responses ${JSON.stringify(responses)} do not match`);
  if ('count' in expect && responses.length !== expect.count) problems.push(`${responses.length} responses, expected ${expect.count}`);
  if ('max_seconds' in expect && seconds > expect.max_seconds) problems.push(`took ${seconds}s > ${expect.max_seconds}s`);
  results.check(call.name, problems.length === 0, problems.join('; '));
}

async function runReflection(target, call, results) {
  const { GrpcReflection } = require('grpc-js-reflection-client');
  const reflection = new GrpcReflection(target, grpc.credentials.createInsecure());
  const services = await reflection.listServices();
  const missing = (call.expect?.contains || []).filter((s) => !services.includes(s));
  results.check(call.name, missing.length === 0, missing.length ? `missing ${missing} in ${services}` : '');
}

(async () => {
  const args = parseArgs(process.argv);
  const packageDefinition = common.loadProtos(args.protoRoot, args.proto);
  const calls = JSON.parse(fs.readFileSync(args.calls, 'utf8'));
  const client = new grpc.Client(args.target, grpc.credentials.createInsecure());
  const results = new common.Results();
  for (const call of calls) {
    try {
      if (call.reflection === 'list_services') await runReflection(args.target, call, results);
      else await runCall(client, packageDefinition, call, results);
    } catch (e) {
      results.check(call.name, false, e.stack || String(e));
    }
  }
  client.close();
  process.exit(results.finish());
})();
