// Reads rendered Kubernetes manifests (kubectl kustomize deploy) on standard input and validates each object against
// the Kubernetes API schema of its apiVersion and kind (npm kubernetes-models: the OpenAPI schemas of the API server,
// checked with ajv). Prints one line per object; exits 1 if any object is invalid or of a kind with no schema here.
// An operator's custom resource named with --custom-resource <apiVersion>/<kind> is listed as SKIP instead: its
// schema is the operator's CRD, which only a cluster with the operator installed holds.
//   kubectl kustomize deploy | node tests/deploy/validate.mjs
//   kubectl kustomize deploy/cloudnative-pg | node tests/deploy/validate.mjs --custom-resource postgresql.cnpg.io/v1/Cluster
import { parseAllDocuments } from "yaml";

const customResources = new Set(process.argv.flatMap((argument, i) => (process.argv[i - 1] === "--custom-resource" ? [argument] : [])));

const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve(text));
});

// apps/v1 → kubernetes-models/apps/v1; v1 (the core group) → kubernetes-models/v1.
const modulePath = (apiVersion, kind) => `kubernetes-models/${apiVersion}/${kind}`;

let failures = 0;
for (const document of parseAllDocuments(input)) {
  if (document.errors.length > 0) {
    console.log(`FAIL YAML: ${document.errors[0].message}`);
    failures++;
    continue;
  }
  const object = document.toJS();
  if (!object) continue;
  const label = `${object.apiVersion} ${object.kind} ${object.metadata?.name ?? "(no name)"}`;
  if (object.kind === "Secret" && object.data) {
    // kustomize wraps long base64 values over lines; the API server's decoder (Go's encoding/base64) skips line
    // breaks, the schema's "byte" format does not.
    for (const key of Object.keys(object.data)) object.data[key] = String(object.data[key]).replace(/\s+/g, "");
  }
  if (customResources.has(`${object.apiVersion}/${object.kind}`)) {
    console.log(`SKIP ${label}: a custom resource, validated by its operator's CRD at apply time`);
    continue;
  }
  let Model;
  try {
    Model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
  } catch {
    console.log(`FAIL ${label}: no Kubernetes schema for this apiVersion and kind`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`PASS ${label}`);
  } catch (error) {
    console.log(`FAIL ${label}: ${error.message}`);
    failures++;
  }
}
process.exit(failures === 0 ? 0 : 1);
