#!/usr/bin/env bash
# The system packages the tests need, which npm cannot install: Debian's Chromium (the browser
# tests; Playwright never downloads a browser), nginx with its brotli module and Caddy (the
# serving tests), openssl (their TLS certificates). `npm test` runs this first, and so does CI.
# As root with apt it installs what is missing; otherwise it stops with the command to run.
set -uo pipefail

missing=()
command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium fonts-noto-core)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "✗ the tests need system packages that are missing: ${missing[*]}. Run as root: $cmd"
  exit 1
fi
echo "Installing ${missing[*]} (apt-get)…"
log=$(mktemp)
if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -20 "$log"
  echo "✗ apt-get install ${missing[*]} failed (log above); run: $cmd"
  exit 1
fi
# The packages may start their services on port 80; the tests start their own servers.
{ service nginx stop; service caddy stop; pkill -x nginx; pkill -x caddy; } >/dev/null 2>&1 || true
echo "✓ installed ${missing[*]}"
