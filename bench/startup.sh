#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records for the foundation: a clean build, the server's time
# from start to ready (the health endpoint answering UP, with the app deployed), and its memory
# once ready. Uses the run command's server (webapp/target/liberty/wlp, server "coopmarket").
# Usage: bench/startup.sh [runs]   (default 3 start-ups after one build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
wlp=webapp/target/liberty/wlp
port=9080

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }

start=$(now)
./mvnw -B -q clean install -DskipTests
build=$(elapsed "$start" "$(now)")
echo "clean build (dependencies cached): ${build} s"

# Create the server and deploy the app exactly as the run command (-Prun) does, without starting it.
./mvnw -B -q -pl webapp -Prun liberty:create liberty:deploy > /dev/null

for i in $(seq 1 "$runs"); do
    start=$(now)
    "$wlp/bin/server" start coopmarket > /dev/null
    until curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1 \
        && curl -sf -o /dev/null "http://localhost:$port/"; do
        sleep 0.1
    done
    ready=$(elapsed "$start" "$(now)")
    pid=$(cat "$wlp/usr/servers/.pid/coopmarket.pid")
    sleep 2
    rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')
    heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/{print; exit}')
    echo "start $i: ready in ${ready} s; resident memory ${rss} MiB; ${heap}"
    "$wlp/bin/server" stop coopmarket > /dev/null
done
