// A private PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl on a free loopback port in a temp dir,
// stopped afterwards. Hermetic: no shared service, no leftover state. initdb refuses to run as root, so as root the
// server runs as the `postgres` user. Where no binaries exist, root installs them with apt; others get `null`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export function findPgBin() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

export function ensurePgBin() {
  const found = findPgBin();
  if (found || !isRoot) return found;
  console.log("No PostgreSQL binaries found; installing Debian's postgresql with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], { stdio: "inherit", env });
  return findPgBin();
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function asPostgres(cmd, args, opts = {}) {
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  return execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"], ...opts });
}

/**
 * Starts a cluster and creates the given databases. Returns { port, url(db), stop() }, or null when PostgreSQL
 * cannot be had here (the caller then skips loudly).
 */
export async function startPgCluster({ databases = ["atlas"], durableCommits = false } = {}) {
  const bin = ensurePgBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pg-"));
  fs.chmodSync(dir, 0o755);
  if (isRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  // Fast by default: nothing here survives the machine. durableCommits keeps synchronous_commit on, so that a commit
  // is acknowledged only once its WAL is written, and a killed server (not machine) loses no acknowledged commit
  // (fsync stays off: the operating system's cache survives a process kill).
  const commit = durableCommits ? "" : " -c synchronous_commit=off";
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off${commit} -c full_page_writes=off -c max_connections=200`;
  const startServer = () => asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  startServer();
  const url = (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`;
  for (const db of databases) asPostgres(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", db]);
  let stopped = false;
  const replicas = [];
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const replica of replicas) replica.stop("immediate");
    try {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  // For the crash test: an immediate shutdown (as a crash: no checkpoint, WAL replay on the next start), and a
  // start of the same cluster on the same port.
  const crash = () => asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
  // A streaming replica of this cluster (pg_basebackup -R: a hot standby that follows the primary's WAL), on a port
  // of its own, for the replica and primary outage tests. Stopped with the cluster.
  const startReplica = async () => {
    const replicaData = path.join(dir, `replica${replicas.length + 1}`);
    asPostgres(path.join(bin, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-D", replicaData, "-R", "-X", "stream", "--checkpoint=fast"]);
    const replicaPort = await freePort();
    const replicaOptions = `-p ${replicaPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on -c max_connections=200 -c wal_retrieve_retry_interval=500ms`;
    const log = path.join(dir, `${path.basename(replicaData)}.log`);
    const startReplicaServer = () => asPostgres(path.join(bin, "pg_ctl"), ["-D", replicaData, "-o", replicaOptions, "-l", log, "-w", "-t", "60", "start"]);
    let running = false;
    const replica = {
      port: replicaPort,
      url: (db) => `postgresql://postgres@127.0.0.1:${replicaPort}/${db}`,
      start: () => {
        startReplicaServer();
        running = true;
      },
      /** @param {"fast" | "immediate"} [mode] */
      stop: (mode = "fast") => {
        if (!running) return;
        running = false;
        try {
          asPostgres(path.join(bin, "pg_ctl"), ["-D", replicaData, "-m", mode, "-w", "stop"]);
        } catch {
          // already stopped
        }
      },
    };
    replica.start();
    replicas.push(replica);
    return replica;
  };
  return { port, dir, bin, url, stop, crash, restart: startServer, startReplica, createDatabase: (db) => asPostgres(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", db]) };
}
