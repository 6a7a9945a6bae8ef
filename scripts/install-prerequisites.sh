#!/usr/bin/env bash
# Installs what Sanctum's tests need on a fresh Debian machine: Redis, Chromium and poppler from apt,
# Azurite and maildev from npm (pinned by package-lock.json), and the repo's dotnet tools.
# Safe to run again: each step is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
command -v redis-server >/dev/null || apt_packages+=(redis-server)
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v pdftoppm >/dev/null || apt_packages+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_packages+=(postgresql)

if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Sanctum needs: ${apt_packages[*]}. Install them with: sudo apt-get install -y ${apt_packages[*]}" >&2
    exit 1
  fi
  echo "Installing ${apt_packages[*]} with apt..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/azurite-blob ] || [ ! -x node_modules/.bin/maildev ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing Azurite and maildev from package-lock.json..."
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet tool restore >/dev/null
