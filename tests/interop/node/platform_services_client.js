#!/usr/bin/env node
// Calls the Platform gRPC services with npm @grpc/grpc-js + @grpc/proto-loader (protos loaded from protos/
// at run time). Each check prints `PASS <check>: ...`; the first failure prints `FAIL <check>: ...` and
// exits with code 1.
//
//   node tests/interop/node/platform_services_client.js --documents http://127.0.0.1:7101 \
//        --extraction http://127.0.0.1:7102 --query http://127.0.0.1:7103 \
//        --google-protos ~/.nuget/packages/google.api.commonprotos/<version>/content/protos \
//        documents extraction query [corpus --corpus-dir ../shared/corpus/dev]
//
// --google-protos: the folder holding google/api/annotations.proto, which the protos import for their HTTP routes.
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

let grpc;
let protoLoader;
try {
  grpc = require('@grpc/grpc-js');
  protoLoader = require('@grpc/proto-loader');
} catch (error) {
  console.log('FAIL setup: @grpc/grpc-js or @grpc/proto-loader is missing: run npm ci --prefix tests/interop/node');
  process.exit(1);
}

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const TINY_TIMEOUT_MS = 1;
const EXTRACTION_TIMEOUT_MS = 600_000;

class CheckFailed extends Error {}

function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function parseArgs(argv) {
  const options = {
    documents: 'http://127.0.0.1:7101',
    extraction: 'http://127.0.0.1:7102',
    query: 'http://127.0.0.1:7103',
    protos: path.join(REPO_ROOT, 'protos'),
    checks: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) options[arg.slice(2)] = argv[++i];
    else options.checks.push(arg);
  }
  return options;
}

function loadServices(protosDir, googleProtosDir) {
  const files = ['documents', 'extraction', 'query'].map(name => `platform/${name}/v1/${name}.proto`);
  const definition = protoLoader.loadSync(files, {
    includeDirs: [protosDir, googleProtosDir],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const loaded = grpc.loadPackageDefinition(definition);
  return {
    DocumentService: loaded.platform.documents.v1.DocumentService,
    ExtractionService: loaded.platform.extraction.v1.ExtractionService,
    QueryService: loaded.platform.query.v1.QueryService,
  };
}

const target = address => address.replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');
const deadlineIn = ms => new Date(Date.now() + ms);

function unary(client, method, request, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    client[method](request, { deadline: deadlineIn(timeoutMs) }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

function serverStream(client, method, request, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const messages = [];
    const call = client[method](request, { deadline: deadlineIn(timeoutMs) });
    call.on('data', message => messages.push(message));
    call.on('error', reject);
    call.on('end', () => resolve(messages));
  });
}

async function expectStatus(promise, code, what) {
  try {
    await promise;
  } catch (error) {
    expect(error.code === code, `${what}: expected ${grpc.status[code]}, got ${grpc.status[error.code]} (${error.details})`);
    return;
  }
  throw new CheckFailed(`${what}: expected ${grpc.status[code]}, but the call succeeded`);
}

async function ingest(documents, content, title, sourceUri = 'interop://node') {
  const created = await unary(documents, 'IngestDocument', { content, title, source_uri: sourceUri, media_type: 'text/plain' });
  expect(created.document_id, 'IngestDocument returned no document_id');
  return created;
}

/** Follows WatchExtraction (a server stream) to its end; returns the updates seen. */
async function waitForExtraction(documents, documentId) {
  const updates = await serverStream(documents, 'WatchExtraction', { document_id: documentId }, EXTRACTION_TIMEOUT_MS);
  expect(updates.length > 0, 'WatchExtraction ended without a single status');
  expect(updates.every(u => u.document_id === documentId), `WatchExtraction answered for another document than ${documentId}`);
  const last = updates[updates.length - 1].extraction_status;
  expect(last === 'EXTRACTION_STATUS_SUCCEEDED', `extraction of ${documentId} ended with ${last}`);
  return updates;
}

async function ingestAndWait(documents, content, title) {
  const created = await ingest(documents, content, title);
  const updates = await waitForExtraction(documents, created.document_id);
  return { created, updates };
}

async function checkDocuments(clients) {
  const { documents } = clients;
  const content = `Node interop ${crypto.randomUUID()}: 微软 (Microsoft) and OpenAI build Copilot together.`;
  const { created, updates } = await ingestAndWait(documents, content, 'node interop');
  expect(created.created, 'a new, unique content was not reported as created');
  const fetched = await unary(documents, 'GetDocument', { document_id: created.document_id, include_content: true });
  expect(fetched.document.content === content, 'GetDocument did not return the ingested content');
  console.log(`PASS documents unary: IngestDocument -> ${created.document_id}; GetDocument round-trips the content`);
  console.log(`PASS documents server stream: WatchExtraction -> ${updates.map(u => u.extraction_status).join(', ')}`);

  await expectStatus(unary(documents, 'IngestDocument', { content: '' }), grpc.status.INVALID_ARGUMENT, 'IngestDocument with empty content');
  console.log('PASS documents error: empty content -> INVALID_ARGUMENT');

  // A deadline already passed: a page of documents can come back within a millisecond, so 1 ms would sometimes be met.
  await expectStatus(unary(documents, 'ListDocuments', { page_size: 100 }, -1), grpc.status.DEADLINE_EXCEEDED, 'ListDocuments with a deadline already passed');
  console.log('PASS documents deadline: passed -> DEADLINE_EXCEEDED');
}

async function checkExtraction(clients) {
  const { extraction } = clients;
  const text = 'Mustafa Suleyman leads Microsoft AI. 穆斯塔法·苏莱曼曾是 DeepMind 的联合创始人。';
  const response = await unary(extraction, 'Extract', { text });
  expect(response.mentions.length > 0, 'Extract found no mentions');
  const codePoints = Array.from(text);
  for (const mention of response.mentions) {
    const slice = codePoints.slice(mention.start, mention.end).join('');
    expect(slice === mention.text, `mention ${mention.text} does not match its code point offsets ${mention.start}..${mention.end}`);
  }
  console.log(`PASS extraction unary: Extract -> ${response.mentions.map(m => m.text).join(', ')}`);

  const streamed = await serverStream(extraction, 'StreamMentions', { text });
  expect(streamed.length > 0, 'StreamMentions streamed nothing');
  const starts = streamed.map(m => m.start);
  expect(starts.every((start, i) => i === 0 || starts[i - 1] <= start), 'StreamMentions is not in text order');
  console.log(`PASS extraction server stream: StreamMentions -> ${streamed.length} mentions in text order`);

  await expectStatus(unary(extraction, 'Extract', { text: '' }), grpc.status.INVALID_ARGUMENT, 'Extract of empty text');
  console.log('PASS extraction error: empty text -> INVALID_ARGUMENT');

  await expectStatus(unary(extraction, 'Extract', { text: text.repeat(2000) }, TINY_TIMEOUT_MS), grpc.status.DEADLINE_EXCEEDED, 'Extract with a 1 ms deadline');
  console.log('PASS extraction deadline: 1 ms -> DEADLINE_EXCEEDED');
}

async function checkQuery(clients) {
  const { documents, query } = clients;
  const content = `Node query interop ${crypto.randomUUID()}. DeepMind was acquired by Google. Microsoft hired Mustafa Suleyman.`;
  const { created } = await ingestAndWait(documents, content, 'node query interop');

  const { entity } = await unary(query, 'GetEntity', { name: 'Microsoft' });
  expect(entity && entity.entity_id && entity.mention_count > 0, `GetEntity(Microsoft) returned ${JSON.stringify(entity)}`);
  console.log(`PASS query unary: GetEntity(Microsoft) -> ${entity.entity_id} (${entity.mention_count} mentions)`);

  const mentions = await serverStream(query, 'StreamMentions', { entity_id: entity.entity_id, document_id: created.document_id });
  expect(mentions.length > 0, 'StreamMentions returned nothing for a document that mentions Microsoft');
  expect(mentions.every(m => m.entity_id === entity.entity_id && m.document_id === created.document_id),
    'StreamMentions returned mentions of another entity or document');
  console.log(`PASS query server stream: StreamMentions -> ${mentions.length} mentions in the new document`);

  await expectStatus(unary(query, 'GetEntity', { name: `no such entity ${crypto.randomUUID()}` }), grpc.status.NOT_FOUND, 'GetEntity of an unknown name');
  console.log('PASS query error: unknown entity -> NOT_FOUND');

  // A deadline already passed: the query service ranks names in memory and can answer within a millisecond, so a
  // 1 ms deadline (as for the other services, whose calls do more work) would sometimes be met.
  await expectStatus(unary(query, 'SearchEntities', { query: 'Microsoft' }, -1), grpc.status.DEADLINE_EXCEEDED, 'SearchEntities with a deadline already passed');
  console.log('PASS query deadline: passed -> DEADLINE_EXCEEDED');
}

async function checkCorpus(clients, corpusDir) {
  const { documents, query } = clients;
  expect(corpusDir, 'the corpus check needs --corpus-dir');
  const names = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter(name => name.endsWith('.txt')).sort() : [];
  expect(names.length > 0, `no *.txt documents in ${corpusDir}`);
  const ids = [];
  for (const name of names) {
    const content = fs.readFileSync(path.join(corpusDir, name), 'utf8');
    ids.push((await ingest(documents, content, name, `corpus://dev/${name}`)).document_id);
  }
  for (const id of ids) await waitForExtraction(documents, id);
  console.log(`PASS corpus ingest: ${ids.length} documents extracted`);

  const chinese = (await unary(query, 'GetEntity', { name: '微软' })).entity;
  const english = (await unary(query, 'GetEntity', { name: 'Microsoft' })).entity;
  expect(chinese && english && chinese.entity_id === english.entity_id,
    `微软 is ${chinese?.entity_id} (${chinese?.name}) but Microsoft is ${english?.entity_id} (${english?.name})`);
  expect(english.mention_count > 0 && english.document_count >= 1,
    `Microsoft has ${english.mention_count} mentions in ${english.document_count} documents`);
  const { mentions } = await unary(query, 'ListMentions', { entity_id: english.entity_id, page_size: 50 });
  expect(mentions.length > 0, 'ListMentions of Microsoft is empty');
  const { related } = await unary(query, 'GetRelatedEntities', { entity_id: english.entity_id });
  expect(related.length > 0, 'GetRelatedEntities of Microsoft is empty');
  console.log(`PASS corpus entity: 微软 = Microsoft = ${english.entity_id}; ${english.mention_count} mentions in ` +
    `${english.document_count} documents; ${related.length} related entities`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options['google-protos']) throw new Error('--google-protos <folder holding google/api/annotations.proto> is required');
  const services = loadServices(options.protos, options['google-protos']);
  const credentials = grpc.credentials.createInsecure();
  const clients = {
    documents: new services.DocumentService(target(options.documents), credentials),
    extraction: new services.ExtractionService(target(options.extraction), credentials),
    query: new services.QueryService(target(options.query), credentials),
  };
  const checks = {
    documents: checkDocuments,
    extraction: checkExtraction,
    query: checkQuery,
    corpus: all => checkCorpus(all, options['corpus-dir']),
  };
  let current;
  try {
    for (current of options.checks) {
      if (!checks[current]) throw new CheckFailed(`unknown check '${current}' (${Object.keys(checks).join(', ')})`);
      await checks[current](clients);
    }
  } catch (error) {
    const reason = error instanceof CheckFailed ? error.message : `unexpected ${grpc.status[error.code] ?? ''} ${error.details ?? error.stack}`;
    console.log(`FAIL ${current}: ${reason}`);
    process.exitCode = 1;
  } finally {
    Object.values(clients).forEach(client => client.close());
  }
}

main();
