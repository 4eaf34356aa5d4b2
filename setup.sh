#!/usr/bin/env bash
# Installs the Debian packages text2akn needs (only those missing) and builds the tool in
# build/ (Release). Then: ./build/src/text2akn --help.  Tests: bash .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

PACKAGES=(build-essential cmake pkg-config libpugixml-dev libpcre2-dev
          libboost-program-options-dev libboost-test-dev libxml2-dev libxml2-utils python3)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  echo "setup: installing ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTEXT2AKN_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"

schema=${TEXT2AKN_SCHEMA:-../shared/schemas/akn30/akomantoso30.xsd}
if [[ ! -f $schema ]]; then
  echo "setup: built, but the Akoma Ntoso schema was not found at $schema." >&2
  echo "       Put akomantoso30.xsd there, or pass --schema PATH / set TEXT2AKN_SCHEMA (see README.md)." >&2
fi
echo "setup: built ./build/src/text2akn"
