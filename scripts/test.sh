#!/usr/bin/env bash
# The README's test command: on a fresh Debian/Ubuntu machine, install what the tests need
# (Debian packages when missing, then the exact npm tree from package-lock.json) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium drives the end-to-end tests; xvfb/xauth run it headed for `npm run preview`;
# fonts-lao and fonts-liberation2 give Lao and Vietnamese glyphs to screenshots and (later) to LibreOffice.
DEBIAN_PACKAGES=(chromium xvfb xauth fonts-lao fonts-liberation2 libreoffice-writer-nogui poppler-utils)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]} > 0)); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm test
