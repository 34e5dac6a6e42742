#!/usr/bin/env bash
# README's quick start on a clean Debian with Debian's own Python (PEP 668: pip refuses to install into it).
#
# Builds a minimal Debian root with debootstrap (Debian's packages only), copies a clean clone of this repository
# into it as an ordinary user's home, and runs README's two commands there exactly as written: the first must serve
# /healthz, the second must run the tests. The root shares this machine's network, so the tests reach the
# PostgreSQL and Redis of this machine on 127.0.0.1, as they would on a developer's machine; the browser tests are
# left out (the clean root has no chromium).
#
#   sudo bash bench/fresh_debian.sh [bookworm|trixie] [ROOT_DIR]
#
# Prints one line per step and ends with "fresh debian SUITE: quick start ok" or the step that failed.
set -euo pipefail

suite="${1:-bookworm}"
root="${2:-/var/tmp/hemsehri-fresh-$suite}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

step() { printf '== %s\n' "$*"; }

if [[ ! -x "$root/usr/bin/python3" ]]; then
  step "debootstrap $suite into $root"
  rm -rf "$root"
  debootstrap --variant=minbase --include=python3,sudo,curl,ca-certificates,git "$suite" "$root" "$mirror" >/dev/null
fi

cleanup() {
  for mount in dev/pts dev proc; do umount -l "$root/$mount" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A network that inspects TLS brings its own certificate authority: hand the host's bundle to the root's clients
# (pip and uv read these variables), as the host's own environment does. On an ordinary network this changes nothing.
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-bundle.crt"
tls_env="export PIP_CERT=/etc/ssl/certs/host-bundle.crt SSL_CERT_FILE=/etc/ssl/certs/host-bundle.crt"

step "a clean clone of $(git -C "$repo" rev-parse --short HEAD) for user 'citizen'"
chroot "$root" id citizen >/dev/null 2>&1 || chroot "$root" useradd --create-home --shell /bin/bash citizen
echo 'citizen ALL=(ALL) NOPASSWD: ALL' >"$root/etc/sudoers.d/citizen"
rm -rf "$root/home/citizen/hemsehri"
git clone --quiet "$repo" "$root/home/citizen/hemsehri"
chroot "$root" chown -R citizen:citizen /home/citizen/hemsehri

step "PEP 668 holds in this root: plain 'pip install uv' is refused"
if chroot "$root" su - citizen -c "python3 -m pip install uv" >/dev/null 2>&1; then
  echo "pip installed into Debian's Python: this root does not reproduce PEP 668" >&2
fi

# README's commands, read from README itself so that this check and the README cannot drift apart.
readarray -t commands < <(sed -n '/^```sh$/,/^```$/p' "$repo/README.md" | sed '1d;$d' | head -n 2 | sed 's/ *#.*$//')
serve_cmd="${commands[0]}"
test_cmd="${commands[1]}"
run() { chroot "$root" su - citizen -c "cd ~/hemsehri && $tls_env && $1"; }

step "first command: $serve_cmd"
port=18080
run "export HEMSEHRI_PORT=$port && $serve_cmd" >"$root/tmp/demo.log" 2>&1 &
demo=$!
ok=""
for _ in $(seq 600); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then ok=1; break; fi
  kill -0 "$demo" 2>/dev/null || break
  sleep 1
done
pkill -INT -f "hemsehri demo" || true
wait "$demo" || true
if [[ -z "$ok" ]]; then
  tail -n 30 "$root/tmp/demo.log" >&2
  echo "fresh debian $suite: the first command did not serve /healthz" >&2
  exit 1
fi
echo "/healthz answered"

step "second command: $test_cmd -m 'not browser'"
# The host's PostgreSQL has no role named after the root's user: the tests connect as postgres (trust auth).
run "export HEMSEHRI_TEST_PG=postgresql://postgres@127.0.0.1:5432/test && $test_cmd -q -x -m 'not browser' \
  -p no:cacheprovider" >"$root/tmp/pytest.log" 2>&1 || { tail -n 40 "$root/tmp/pytest.log" >&2; exit 1; }
tail -n 1 "$root/tmp/pytest.log"

echo "fresh debian $suite: quick start ok"
