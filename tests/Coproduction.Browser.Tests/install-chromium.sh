#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing, so that `dotnet test` on a clean
# Debian machine (CI runs as root) does the same as on a developer's. Idempotent: with the browser
# there, it does nothing, and never asks apt. Run by the tests themselves (ChromiumInstall), once a run.
# A browser of Playwright's own is never downloaded: that fails on a closed network, and Debian's
# package is the one CI gets. Exits non-zero, saying why, when it cannot install.
set -euo pipefail

chromium="${COPRODUCTION_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: $chromium is missing, and installing it needs root or sudo without a password." >&2
  echo "install-chromium: install it yourself: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 2
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: $chromium is missing and this machine has no apt-get; install Chromium and set COPRODUCTION_CHROMIUM to it." >&2
  exit 3
fi

# Another apt (unattended upgrades, a parallel job) may hold the lock: wait for it rather than fail.
apt=(apt-get -o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
export DEBIAN_FRONTEND=noninteractive
echo "install-chromium: installing Debian's chromium package (a few minutes on a clean machine)"
"${as_root[@]}" "${apt[@]}" update -qq
"${as_root[@]}" "${apt[@]}" install -y -qq --no-install-recommends chromium

if [ ! -x "$chromium" ]; then
  echo "install-chromium: apt-get installed chromium, but $chromium is still missing." >&2
  exit 4
fi
echo "install-chromium: $("$chromium" --version 2>/dev/null || echo "$chromium installed")"
