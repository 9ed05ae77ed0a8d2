#!/usr/bin/env bash
# Fails on high or critical advisories in production dependencies. Where the registry has no
# audit endpoint (as on some build machines), says so instead of failing silently.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
rc=$?
if echo "$out" | grep -q "audit endpoint returned an error"; then
  echo "npm audit: skipped, the registry's audit endpoint is unreachable from this machine"
  exit 0
fi
echo "$out" | grep -v "^npm warn" | tail -5
exit $rc
