#!/usr/bin/env bash
# Measures what the starter costs, each figure against its baseline in the same run, and
# prints one table (medians; ratios). The same small web app runs packaged without the
# starter (baseline) and with it. Needs Linux, curl, and root with systemd for the systemd
# rows (as the end-to-end suites do). Usage: benchmarks/run.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=18573

./mvnw -q -DskipTests install -pl benchmarks -am
WITHOUT=$PWD/benchmarks/target/benchmarks-0.1.0-SNAPSHOT-without-starter.jar
WITH=$PWD/benchmarks/target/benchmarks-0.1.0-SNAPSHOT-with-starter.jar
JAVA=$(readlink -f "$(command -v java)")
JVM="-Xmx256m"
WORK=$(mktemp -d /run/service-starter-benchmark-XXXX)
trap 'pkill -f "service-starter-benchmark" 2>/dev/null || true; [ -n "${MANAGER:-}" ] && kill "$MANAGER" 2>/dev/null; rm -rf "$WORK"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }
# "median (min-max)" of the numbers on standard input.
spread() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f (%.1f-%.1f)", m, a[1], a[NR]}'; }
wait_ready() { until curl -sf "localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.02; done; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
heap_mb() { curl -s "localhost:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" \
	| sed -E 's/.*"value":([0-9.E]+).*/\1/' | awk '{printf "%.1f", $1/1048576}'; }
scrape_ms() {
	for _ in $(seq 20); do curl -s -o /dev/null "localhost:$PORT/actuator/prometheus"; done
	for _ in $(seq 100); do curl -s -o /dev/null -w '%{time_total}\n' "localhost:$PORT/actuator/prometheus"; done \
		| awk '{print $1*1000}' | median
}

# One console run: start-to-ready, then RSS, heap and scrape latency. Prints "ready rss heap scrape".
console_run() {
	local jar=$1; shift
	local start; start=$(now_ms)
	"$JAVA" $JVM -Dservice-starter-benchmark -jar "$jar" --server.port=$PORT \
		--management.endpoints.web.exposure.include=health,prometheus,metrics "$@" >"$WORK/console.log" 2>&1 &
	local pid=$!
	wait_ready
	local ready=$(( $(now_ms) - start ))
	sleep 2
	# Memory after a full GC, so that the figures do not depend on when the last one ran.
	jcmd "$pid" GC.run >/dev/null
	sleep 1
	echo "$ready $(rss_mb $pid) $(heap_mb) $(scrape_ms)"
	kill "$pid"; wait "$pid" 2>/dev/null || true
}

declare -A R S
VARIANTS=(without with with-meters)
# The variants take turns, each round in the order the previous one ended with (ABC CBA ...),
# so a slow phase of a noisy machine falls on every variant rather than on one.
for run in $(seq "$RUNS"); do
	for variant in "${VARIANTS[@]}"; do
		case $variant in
			without) console_run "$WITHOUT" ;;
			with) console_run "$WITH" ;;
			with-meters) console_run "$WITH" --service.manager=systemd "--service.state-directory=$WORK/state" ;;
		esac >>"$WORK/$variant.txt"
	done
	VARIANTS=($(printf '%s\n' "${VARIANTS[@]}" | tac))
done
for variant in without with with-meters; do
	for column in 1 2 3 4; do
		R[$variant,$column]=$(awk -v c=$column '{print $c}' "$WORK/$variant.txt" | median)
		S[$variant,$column]=$(awk -v c=$column '{print $c}' "$WORK/$variant.txt" | spread)
	done
done

SYSTEMD_ROWS=""
if [ "$(id -u)" = 0 ] && [ -x /usr/lib/systemd/systemd ]; then
	mountpoint -q /run || mount --bind /run /run
	mkdir -p /run/systemd/system "$WORK/runtime" "$WORK/config/systemd/user"
	chmod 700 "$WORK/runtime"
	export XDG_RUNTIME_DIR=$WORK/runtime XDG_CONFIG_HOME=$WORK/config
	env -u DBUS_SESSION_BUS_ADDRESS /usr/lib/systemd/systemd --user >"$WORK/manager.log" 2>&1 &
	MANAGER=$!
	until systemctl --user is-system-running 2>/dev/null | grep -qE 'running|degraded'; do sleep 0.1; done
	unit() { # name type jar
		printf '[Service]\nType=%s\nNotifyAccess=main\nExecStart=%s %s -Dservice-starter-benchmark -jar %s --server.port=%s\nSuccessExitStatus=143\n' \
			"$2" "$JAVA" "$JVM" "$3" "$PORT" >"$XDG_CONFIG_HOME/systemd/user/$1.service"
	}
	unit plain simple "$WITHOUT"
	unit starter notify "$WITH"
	systemctl --user daemon-reload
	UNITS=(plain starter)
	for run in $(seq "$RUNS"); do
		for unit in "${UNITS[@]}"; do
			start=$(now_ms); systemctl --user start "$unit"
			[ "$unit" = plain ] && wait_ready
			echo $(( $(now_ms) - start )) >>"$WORK/$unit-start"
			start=$(now_ms); systemctl --user stop "$unit"; echo $(( $(now_ms) - start )) >>"$WORK/$unit-stop"
		done
		UNITS=($(printf '%s\n' "${UNITS[@]}" | tac))
	done
	ss=$(median <"$WORK/starter-start")
	pt=$(median <"$WORK/plain-stop"); st=$(median <"$WORK/starter-stop")
	SYSTEMD_ROWS=$(printf '| (c) start to active, Type=notify unit with the starter, vs (a) | %s | %s | %s |\n| (c) for comparison: Type=simple unit without the starter, until it answers | %s | | |\n| systemctl stop of an idle app (ms) | %s | %s | %s |' \
		"${S[without,1]}" "$(spread <"$WORK/starter-start")" "$(awk -v a="${R[without,1]}" -v b="$ss" 'BEGIN {printf "%.2f", b/a}')" \
		"$(spread <"$WORK/plain-start")" \
		"$(spread <"$WORK/plain-stop")" "$(spread <"$WORK/starter-stop")" "$(awk -v a="$pt" -v b="$st" 'BEGIN {printf "%.2f", b/a}')")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b/a}'; }
diff() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f", b-a}'; }
echo
echo "Whole process, median of $RUNS runs, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo
echo "Each cell: median (min-max)."
echo
echo "| measurement | without starter | with starter | ratio or difference of medians |"
echo "|---|---|---|---|"
echo "| (a) vs (b) start to ready (ms), no service manager, polled until /actuator/health answers | ${S[without,1]} | ${S[with,1]} | $(ratio "${R[without,1]}" "${R[with,1]}") |"
if [ -n "$SYSTEMD_ROWS" ]; then echo "$SYSTEMD_ROWS"; fi
echo "| RSS after start and a full GC (MB), no service manager | ${S[without,2]} | ${S[with,2]} | $(diff "${R[without,2]}" "${R[with,2]}") MB |"
echo "| RSS after start and a full GC (MB), meters on (service.manager=systemd) | ${S[without,2]} | ${S[with-meters,2]} | $(diff "${R[without,2]}" "${R[with-meters,2]}") MB |"
echo "| heap used after start and a full GC (MB), no service manager | ${S[without,3]} | ${S[with,3]} | $(diff "${R[without,3]}" "${R[with,3]}") MB |"
echo "| Prometheus scrape (ms, median of 100 after 20 warm-up), starter's meters on | ${S[without,4]} | ${S[with-meters,4]} | $(ratio "${R[without,4]}" "${R[with-meters,4]}") |"

echo
echo "In-process costs (JMH, microseconds per operation, lower is better):"
CLASSPATH="benchmarks/target/classes:$(./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
"$JAVA" -cp "$CLASSPATH" org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w 1s -r 1s -foe true -rf text -rff "$WORK/jmh.txt" \
	'NotifyBenchmark|ProcessResourcesBenchmark' >"$WORK/jmh.log" 2>&1 || { tail -30 "$WORK/jmh.log"; exit 1; }
cat "$WORK/jmh.txt"

if [ "$(id -u)" = 0 ] && [ -x /lib/systemd/systemd-journald ]; then
	echo
	echo "Logging into a real journald (a private one, benchmarks/with-journald.sh), Logback, one thread,"
	echo "microseconds per event; the mean is the inverse of the sustained throughput. Median of 3 rounds,"
	echo "the appenders taking turns:"
	APPENDERS=(native console)
	for round in 1 2 3; do
		for appender in "${APPENDERS[@]}"; do
			benchmarks/with-journald.sh "$JAVA" -cp "$CLASSPATH" org.openjdk.jmh.Main -f 1 -wi 2 -i 3 -w 2s -r 2s \
				-bm sample -foe true -p "appender=$appender" -rf csv -rff "$WORK/journal-$round-$appender.csv" \
				JournalLoggingBenchmark >"$WORK/journal.log" 2>&1 || { tail -30 "$WORK/journal.log"; exit 1; }
		done
		APPENDERS=($(printf '%s\n' "${APPENDERS[@]}" | tac))
	done
	# Rows: appender event statistic value.
	cat "$WORK"/journal-*.csv | grep -v '^"Benchmark"' | tr -d '"\r' | awk -F, '{
		split($1, name, ":"); stat = (name[2] == "") ? "mean" : name[2]; print $8, $9, stat, $5 }' >"$WORK/journal.rows"
	echo
	echo "| event | appender | mean | median (p0.50) | p0.99 |"
	echo "|---|---|---|---|---|"
	for event in message exception; do
		for appender in native console; do
			cells=""
			for stat in mean p0.50 p0.99; do
				cells="$cells | $(awk -v a=$appender -v e=$event -v s=$stat '$1 == a && $2 == e && $3 == s {print $4}' "$WORK/journal.rows" | median)"
			done
			echo "| $event | $appender$cells |"
		done
	done
fi
