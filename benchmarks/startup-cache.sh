#!/usr/bin/env bash
# Measures what the start-up cache saves at a restart: `systemctl restart` until the unit is
# active again (Type=notify: READY=1), for a unit installed by service:install with the cache
# (the default) and one installed with --service.install.startup-cache=false, taking turns
# run by run in alternating order. Two applications (the benchmarks' small web app, and
# benchmark-clinic-app: JPA, Spring Data, Thymeleaf, validation, H2), on each JDK given.
# Also the first restart after the cache is invalidated (a reinstall, as after a new jar),
# which extracts the jar and runs the training run before the start.
# Needs Linux, root and systemd (a private user manager is started, as benchmarks/run.sh does).
# Usage: benchmarks/startup-cache.sh [runs, default 5] [java ...]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
JAVAS=("$@")
if [ ${#JAVAS[@]} -eq 0 ]; then
	JAVAS=("$(readlink -f "$(command -v java)")")
	for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/java-25-openjdk-amd64/bin/java; do
		[ -x "$candidate" ] && JAVAS+=("$candidate") && break
	done
fi
PORT=18574
[ "$(id -u)" = 0 ] && [ -x /usr/lib/systemd/systemd ] || { echo "needs root and systemd" >&2; exit 2; }

./mvnw -q -DskipTests install -pl benchmarks,benchmark-clinic-app -am
SMALL=$PWD/benchmarks/target/benchmarks-0.1.0-SNAPSHOT-with-starter.jar
CLINIC=$PWD/benchmark-clinic-app/target/benchmark-clinic-app.jar
WORK=$(mktemp -d /run/service-starter-cache-benchmark-XXXX)
trap '[ -n "${MANAGER:-}" ] && kill "$MANAGER" 2>/dev/null; rm -rf "$WORK"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }
spread() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f (%.0f-%.0f)", m, a[1], a[NR]}'; }

mountpoint -q /run || mount --bind /run /run
mkdir -p /run/systemd/system "$WORK/runtime" "$WORK/config/systemd/user" "$WORK/state" "$WORK/cache"
chmod 700 "$WORK/runtime"
export XDG_RUNTIME_DIR=$WORK/runtime XDG_CONFIG_HOME=$WORK/config XDG_STATE_HOME=$WORK/state XDG_CACHE_HOME=$WORK/cache
env -u DBUS_SESSION_BUS_ADDRESS /usr/lib/systemd/systemd --user >"$WORK/manager.log" 2>&1 &
MANAGER=$!
until systemctl --user is-system-running 2>/dev/null | grep -qE 'running|degraded'; do sleep 0.1; done

install() { # java jar name [options]
	local java=$1 jar=$2 name=$3; shift 3
	"$java" -Xmx256m -jar "$jar" service:install --service.install.user=true --service.install.start=false \
		"--service.name=$name" "--server.port=$PORT" --management.endpoints.web.exposure.include=health "$@" \
		>"$WORK/$name.install" 2>&1 || { cat "$WORK/$name.install"; exit 1; }
}
restart_ms() { # unit
	local start; start=$(now_ms)
	systemctl --user restart "$1"
	echo $(( $(now_ms) - start ))
}

ROWS=""
for java in "${JAVAS[@]}"; do
	version=$("$java" -version 2>&1 | head -1 | sed -E 's/.*version "([^"]+)".*/\1/')
	for app in small clinic; do
		jar=$SMALL; [ "$app" = clinic ] && jar=$CLINIC
		cached=bench-$app-cached plain=bench-$app-plain
		install "$java" "$jar" "$cached" --service.install.force=true
		install "$java" "$jar" "$plain" --service.install.force=true --service.install.startup-cache=false
		# The first start of the cached unit prepares the cache: extraction, training run, archive.
		start=$(now_ms); systemctl --user start "$cached"; prepare=$(( $(now_ms) - start ))
		grep -o 'SERVICE_STARTUP_CACHE_STATE=.*' "$XDG_CACHE_HOME/$cached/startup-cache.env" | grep -q used \
			|| { echo "the cache of $cached was not made"; journalctl --user -u "$cached" | tail -30; exit 1; }
		systemctl --user stop "$cached"
		: >"$WORK/$cached.ms"; : >"$WORK/$plain.ms"
		UNITS=("$plain" "$cached")
		for run in $(seq "$RUNS"); do
			for unit in "${UNITS[@]}"; do
				# The unit's start limit (StartLimitBurst=) counts these starts too.
				systemctl --user reset-failed "$unit"
				systemctl --user start "$unit"
				restart_ms "$unit" >>"$WORK/$unit.ms"
				systemctl --user stop "$unit"
			done
			UNITS=($(printf '%s\n' "${UNITS[@]}" | tac))
		done
		ratio=$(awk -v a="$(median <"$WORK/$plain.ms")" -v b="$(median <"$WORK/$cached.ms")" 'BEGIN {printf "%.2f", b/a}')
		ROWS="$ROWS| $version | $app | $(spread <"$WORK/$plain.ms") | $(spread <"$WORK/$cached.ms") | $ratio | $prepare |\n"
		systemctl --user stop "$cached" "$plain"
	done
done

echo
echo "systemctl restart until active (ms), median of $RUNS runs (min-max), $(nproc) cores, systemd $(systemctl --version | head -1 | awk '{print $2}'), -Xmx256m"
echo
echo "| JDK | application | without the cache | with the cache | ratio | first start with a training run |"
echo "|---|---|---|---|---|---|"
printf "%b" "$ROWS"
