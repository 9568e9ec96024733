#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 only.
#   bash .ci/postgres.sh start [dir]   installs PostgreSQL from Debian's packages if missing, starts a cluster on a free
#                                      port, and prints: export LAWFULBASIS_POSTGRES='<connection string>'
#   bash .ci/postgres.sh stop [dir]    stops it and deletes its files
set -euo pipefail
action=${1:?start or stop}
dir=${2:-/tmp/lawfulbasis-postgres}

as_postgres() {
    # initdb and postgres refuse to run as root: run them as the postgres user the package creates.
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The newest installed server (a client-only install has the folder but no initdb).
bindir() { for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do [ -x "$d/initdb" ] && echo "$d"; done | tail -1; }

if [ "$action" = stop ]; then
    if [ -d "$dir/data" ] && [ -n "$(bindir)" ]; then
        as_postgres "$(bindir)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi

if [ -z "$(bindir)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    if [ "$(id -u)" != 0 ]; then echo "PostgreSQL is not installed and installing it needs root: apt-get install postgresql" >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    # The package starts a system cluster; the tests do not use it.
    service postgresql stop >/dev/null 2>&1 || true
fi
bin=$(bindir)

# A free port on loopback.
port=54320
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
echo "export LAWFULBASIS_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
