#!/usr/bin/env bash
# Installs what zigar-run builds against, idempotently.
#
# - Debian packages by apt (libuv, libffi, gn, ninja, libnode108's runtime
#   libraries): only when one is missing, so a set-up machine costs nothing.
# - libnode108 + libnode-dev 18.20.4 (V8 10.2) downloaded with `apt-get
#   download` and unpacked into third_party/libnode: they cannot be installed
#   next to the machine's Node 20 (they conflict with the nodejs package).
# - Zig 0.15.2 from PyPI into third_party/zig.
# third_party/README.md pins each version; keep the two in step.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tp="$root/third_party"
LIBNODE_VERSION_PREFIX="18.20.4+dfsg-1~deb12u"
ZIG_VERSION="0.15.2"

say() { printf 'setup: %s\n' "$*" >&2; }

apt_packages=(libuv1-dev libffi-dev generate-ninja ninja-build pkg-config
              libbrotli1 libc-ares2 libicu72 libnghttp2-14 libssl3 zlib1g)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f "$tp/libnode/.done" ]; then
  say "unpacking libnode108 + libnode-dev 18.20.4 into third_party/libnode"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # The newest 18.20.4 Debian revision the archive offers.
  version=$(apt-cache madison libnode108 | awk '{print $3}' | grep -F "$LIBNODE_VERSION_PREFIX" | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    apt-get update -qq || true
    version=$(apt-cache madison libnode108 | awk '{print $3}' | grep -F "$LIBNODE_VERSION_PREFIX" | sort -V | tail -n 1)
  fi
  [ -n "$version" ] || { say "libnode108 $LIBNODE_VERSION_PREFIX* is not offered by apt"; exit 1; }
  (cd "$work" && apt-get download -qq "libnode108=$version" "libnode-dev=$version")
  rm -rf "$tp/libnode"
  mkdir -p "$tp/libnode"
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$tp/libnode"; done
  # Link name for -lnode (the dev package's symlink points into usr/lib/<triplet>).
  libdir=$(dirname "$(find "$tp/libnode" -name 'libnode.so.108' | head -n 1)")
  ln -sfn "$libdir" "$tp/libnode/lib"
  ln -sfn usr/include/nodejs/deps/v8/include "$tp/libnode/v8-include"
  echo "$version" > "$tp/libnode/.done"
fi

if [ ! -x "$tp/zig/ziglang/zig" ]; then
  say "installing Zig $ZIG_VERSION from PyPI into third_party/zig"
  rm -rf "$tp/zig"
  python3 -m pip install -q --disable-pip-version-check --target "$tp/zig" "ziglang==$ZIG_VERSION"
fi
"$tp/zig/ziglang/zig" version | grep -qx "$ZIG_VERSION" || { say "third_party/zig is not Zig $ZIG_VERSION"; exit 1; }
say "ready (libnode $(cat "$tp/libnode/.done"), zig $ZIG_VERSION)"
