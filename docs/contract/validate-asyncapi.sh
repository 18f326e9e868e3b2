#!/usr/bin/env bash
# Checks the ledger's AsyncAPI document with the official AsyncAPI parser (@asyncapi/parser), as an integrator would.
# Needs Node.js 18+ and npm (the Maven build does not: it validates the same document against the official AsyncAPI
# 3.0 JSON Schema in AsyncApiDocumentTest).
#
#   docs/contract/validate-asyncapi.sh [URL or file]
#
# The default URL is http://localhost:8080/api/v1/contract/asyncapi.yaml; LEDGER_USER=name:password is the login
# (any user of the ledger). Prints every diagnostic and exits 0 when the parser finds no error, 1 when it does.
set -euo pipefail

source="${1:-http://localhost:8080/api/v1/contract/asyncapi.yaml}"
parser="@asyncapi/parser@${ASYNCAPI_PARSER_VERSION:-3.6.6}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -f "$source" ]]; then
  cp "$source" "$work/document"
else
  curl -fsS -u "${LEDGER_USER:?set LEDGER_USER=name:password}" "$source" -o "$work/document"
fi
npm install --silent --no-audit --no-fund --prefix "$work" "$parser" >/dev/null 2>&1

cat > "$work/validate.js" <<'JS'
const fs = require('fs');
const { Parser, DiagnosticSeverity } = require('@asyncapi/parser');
const severities = ['error', 'warning', 'information', 'hint'];

(async () => {
  const { document, diagnostics } = await new Parser().parse(fs.readFileSync(process.argv[2], 'utf8'));
  for (const d of diagnostics) {
    console.log(`${severities[d.severity]} ${d.code} at ${d.path.join('/') || '/'}: ${d.message}`);
  }
  const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length;
  if (!document || errors > 0) {
    console.log(`INVALID: ${errors} error(s)`);
    process.exit(1);
  }
  console.log(`VALID: AsyncAPI ${document.version()}, ${document.channels().length} channels, `
    + `${document.operations().length} operations, ${document.messages().length} messages; `
    + `${diagnostics.length} diagnostic(s), none an error`);
})().catch(failure => {
  console.error(failure);
  process.exit(2);
});
JS
NODE_PATH="$work/node_modules" node "$work/validate.js" "$work/document"
