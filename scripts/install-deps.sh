#!/usr/bin/env bash
# Installs the Debian 12 packages warta needs to build, test and run.
# The one list of dependencies; `make run`, `make test` and CI call it.
# Uses sudo only when not root. Installs nothing that is already there.
set -euo pipefail

PACKAGES=(
  build-essential   # g++ 12, make
  cmake             # build system
  pkg-config        # finds utf8proc
  libutf8proc-dev   # Unicode: validation, case mapping, categories
  hunspell-id       # Indonesian root lexicon (id_ID.dic) for morphology
  libsimdjson-dev   # fast JSON parsing (gold files, JSONL articles)
  libcli11-dev      # command line parsing
  libfmt-dev        # formatting
  libgtest-dev      # unit tests
  libgmock-dev      # unit tests (matchers)
  libbenchmark-dev  # micro-benchmarks in bench/
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
