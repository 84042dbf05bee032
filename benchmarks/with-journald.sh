#!/usr/bin/env bash
# Runs a command beside a private systemd-journald: in a mount and network namespace of its
# own, with tmpfs over /run/systemd/journal and /run/log (the host's journal is never
# touched), volatile storage, no rate limit, and the datagram queue length every systemd host
# has (systemd's sysctl.d/50-default.conf: net.unix.max_dgram_qlen=512; the kernel's default
# is 10). Needs root and systemd-journald.
# Usage: benchmarks/with-journald.sh command [arguments...]
set -euo pipefail
JOURNALD=/lib/systemd/systemd-journald
[ "$(id -u)" = 0 ] && [ -x "$JOURNALD" ] || { echo "needs root and $JOURNALD" >&2; exit 2; }
if [ "${WITH_JOURNALD_INSIDE:-}" != 1 ]; then
	exec env WITH_JOURNALD_INSIDE=1 unshare --mount --net --propagation private "$0" "$@"
fi
ip link set lo up
sysctl -q -w net.unix.max_dgram_qlen=512
CONFIG=$(mktemp)
trap 'rm -f "$CONFIG"' EXIT
mkdir -p /run/systemd/journal /run/log
mount -t tmpfs tmpfs /run/systemd/journal
mount -t tmpfs tmpfs /run/log
printf '[Journal]\nStorage=volatile\nRateLimitIntervalSec=0\nRateLimitBurst=0\nRuntimeMaxUse=1G\n' >"$CONFIG"
mount --bind "$CONFIG" /etc/systemd/journald.conf
"$JOURNALD" &
JOURNALD_PID=$!
until [ -S /run/systemd/journal/socket ] && [ -S /run/systemd/journal/stdout ]; do sleep 0.05; done
set +e
"$@"
STATUS=$?
kill "$JOURNALD_PID"
wait "$JOURNALD_PID" 2>/dev/null
exit $STATUS
