// A gRPC client in another language, given only protos/: annotates an article, reads the schema, streams
// 20 documents with one bad one among them, checks health, and reads the service's descriptor through server
// reflection (what grpcurl relies on). Usage: node node-client.mjs HOST:PORT [ARTICLE]
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const here = path.dirname(fileURLToPath(import.meta.url));
const protos = path.join(here, '..', '..', 'protos');
const address = process.argv[2] ?? 'localhost:5151';
const articlePath = process.argv[3];
const article = articlePath ? readFileSync(articlePath, 'utf8')
  : '“We may have won,” Anna Petrova said on April 26. Sources said some 4,000 troops 😀 had left last fall.';

const load = (file) => grpc.loadPackageDefinition(protoLoader.loadSync(file, {
  includeDirs: [protos], keepCase: false, enums: String, defaults: true, longs: Number,
}));
const v1 = load('annotation/v1/annotation_service.proto').annotation.v1;
const client = new v1.AnnotationService(address, grpc.credentials.createInsecure());
// A bidirectional call: writes every request, then collects every answer until the server ends the stream.
const streamAll = (call, requests) => new Promise((resolve, reject) => {
  const received = [];
  call.on('data', (answer) => received.push(answer));
  call.on('error', reject);
  call.on('end', () => resolve(received));
  for (const request of requests) call.write(request);
  call.end();
});
const unary = (method, request) => new Promise((resolve, reject) =>
  client[method](request, { deadline: Date.now() + 30_000 }, (error, response) => (error ? reject(error) : resolve(response))));

// 1. Annotate, with code-point offsets: JavaScript strings are UTF-16, so slice by code points.
const response = await unary('Annotate', { document: { id: 'seed', text: article, referenceDate: '2025-04-30' }, offsetUnit: 'OFFSET_UNIT_CODE_POINT' });
assert.equal(response.documentId, 'seed');
assert.equal(response.offsetUnit, 'OFFSET_UNIT_CODE_POINT');
const codePoints = Array.from(article);
for (const annotation of response.annotations) {
  assert.equal(codePoints.slice(annotation.span.start, annotation.span.end).join(''), annotation.text, `span of ${annotation.id}`);
}
const counts = {};
for (const annotation of response.annotations) counts[annotation.kind] = (counts[annotation.kind] ?? 0) + 1;
console.log(`Annotate: ${response.annotations.length} annotations`, counts);

// 2. Schema.
const schema = await unary('GetSchema', {});
assert.deepEqual(schema.kinds.map((k) => k.idPrefix), ['q', 'a', 'd', 'h']);
console.log(`GetSchema: version ${schema.schemaVersion}, ${schema.kinds.length} kinds, languages ${schema.languages.join(',')}`);

// 3. Errors carry the right code.
await assert.rejects(unary('Annotate', { document: { text: 'x', referenceDate: 'not-a-date' } }), (e) => e.code === grpc.status.INVALID_ARGUMENT);
console.log('Annotate with a bad date: INVALID_ARGUMENT');

// 4. Stream 20 documents with one bad one: 20 answers, in order, the bad one with its own status.
const answers = await streamAll(client.AnnotateStream({ deadline: Date.now() + 60_000 }),
  Array.from({ length: 20 }, (_, i) => ({ document: { id: `doc-${i}`, text: i === 13 ? '' : article, referenceDate: '2025-04-30' } })));
assert.equal(answers.length, 20);
assert.deepEqual(answers.map((a) => a.index), [...Array(20).keys()]);
assert.equal(answers[13].status.code, grpc.status.INVALID_ARGUMENT);
assert.ok(answers.filter((a, i) => i !== 13).every((a) => a.status.code === grpc.status.OK && a.response.documentId === a.documentId));
console.log('AnnotateStream: 20 answers in order, document 13 INVALID_ARGUMENT, the rest OK');

// 5. Health, from the standard proto (not ours: defined inline, as any client would vendor it).
const healthProto = path.join(here, 'health.proto');
const health = load(healthProto).grpc.health.v1;
const healthClient = new health.Health(address, grpc.credentials.createInsecure());
const status = await new Promise((resolve, reject) => healthClient.Check({ service: '' }, (e, r) => (e ? reject(e) : resolve(r))));
assert.equal(status.status, 'SERVING');
console.log('Health: SERVING');

// 6. Server reflection: the service is listed and its descriptor is served, so grpcurl needs no proto files.
const reflection = load(path.join(here, 'reflection.proto')).grpc.reflection.v1alpha;
const reflectionClient = new reflection.ServerReflection(address, grpc.credentials.createInsecure());
const reflected = await streamAll(reflectionClient.ServerReflectionInfo({ deadline: Date.now() + 30_000 }),
  [{ listServices: '' }, { fileContainingSymbol: 'annotation.v1.AnnotationService' }]);
assert.equal(reflected.length, 2);
const services = reflected[0].listServicesResponse.service.map((s) => s.name);
assert.ok(services.includes('annotation.v1.AnnotationService'), `reflection lists ${services.join(', ')}`);
const descriptors = reflected[1].fileDescriptorResponse?.fileDescriptorProto ?? [];
assert.ok(descriptors.some((bytes) => Buffer.from(bytes).includes('AnnotationService')), 'reflection serves the service descriptor');
console.log(`Reflection: ${services.length} services, ${descriptors.length} file descriptors for annotation.v1.AnnotationService`);
console.log('interop: 6 passed, 0 failed');
process.exit(0);
