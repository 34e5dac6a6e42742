"""`hemsehri demo` as a person trying it starts it: time to /healthz, CPU to start, and the idle process's memory.

    uv run python bench/demo_start.py                  # 3 rounds: a fresh data directory, then the same one again
    uv run python bench/demo_start.py --rounds 5 --idle 10
    uv run python bench/demo_start.py --cold-bytecode  # every start compiles every module (no bytecode cache)
    uv run python bench/demo_start.py --via-uv         # through `uv run hemsehri demo`, the README's command
    uv run python bench/demo_start.py --smoke          # one round, 1 s idle (CI); exits 1 on failure
    git archive c449f4d | tar -x -C /tmp/before         # another commit's code, started in the same rounds:
    uv run python bench/demo_start.py --baseline /tmp/before

Each round starts `python -m hemsehri demo` (no Telegram token: web chat and console only) on a new data directory
("fresh": migrations from an empty SQLite file, the first admin's password hash) and then once more on the same
directory ("warm": nothing to migrate or create), and measures, per start:
* to /healthz: wall seconds from the spawn to the first 200 of /healthz (polled every 20 ms);
* CPU: user+system seconds the process spent until then, and (in brackets) the part its children spent (a
  migration in a child process);
* RSS: VmRSS once /healthz answered and again after --idle seconds of doing nothing, and VmHWM (the peak);
* whether the banner ("Press Ctrl+C to stop.") was printed, and that SIGINT stops the process with 0.
Modules are compiled once, by an unmeasured start of each checkout, into the benchmark's own bytecode cache (a
machine that ran the demo before); --cold-bytecode compiles them at every start instead, as a first run after
`uv sync` does, or every run where PYTHONDONTWRITEBYTECODE is set.
With --baseline DIR, each round starts that checkout's demo (fresh, warm) just before this one's, so both meet the
same machine. The load average and a reference loop's CPU time are printed beside the figures (they swing with
what else runs on the machine). The targets (issue 18): /healthz <= 3 s warm, idle <= 150 MB.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _load import CLK_TCK, ROOT, calibrate, memory_kb

TARGET_HEALTHZ_S, TARGET_IDLE_MB = 3.0, 150.0
BANNER_END = "Press Ctrl+C to stop."


@dataclass(frozen=True)
class Start:
    """The figures of one start."""

    tree: str  # baseline | this
    kind: str  # fresh | warm
    healthz_s: float
    cpu_s: float  # the process's and its children's
    children_s: float
    rss_ready_mb: float
    rss_idle_mb: float
    hwm_mb: float
    banner: bool
    exit_code: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_with_children(pid: int) -> tuple[float, float]:
    """(utime + stime + cutime + cstime, cutime + cstime) of a process (fields 14-17 of /proc/<pid>/stat), seconds."""
    with open(f"/proc/{pid}/stat", "rb") as handle:
        fields = [int(value) for value in handle.read().rsplit(b")", 1)[1].split()[11:15]]
    return sum(fields) / CLK_TCK, sum(fields[2:]) / CLK_TCK


def descendants(pid: int) -> list[int]:
    """The process and its descendants, parents first (the last one is the deepest)."""
    found = [pid]
    for child in open(f"/proc/{pid}/task/{pid}/children").read().split():
        found += descendants(int(child))
    return found


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1.0) as answer:
            return bool(answer.status == 200)
    except (OSError, urllib.error.HTTPError):
        return False


def command(args: argparse.Namespace) -> list[str]:
    if args.via_uv:
        return ["uv", "run", "--frozen", "hemsehri", "demo"]
    return [sys.executable, "-m", "hemsehri", "demo"]


def start_once(
    tree: Path, kind: str, data_dir: Path, args: argparse.Namespace, env: dict[str, str], log: Path
) -> Start:
    port = free_port()
    env = {**env, "HEMSEHRI_PORT": str(port), "HEMSEHRI_DATA_DIR": str(data_dir)}
    if tree != ROOT:  # the other checkout's packages come first (the environment is this one's)
        env["PYTHONPATH"] = str(tree)
    with open(log, "wb") as out:
        started = time.monotonic()
        process = subprocess.Popen(command(args), cwd=tree, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = started + args.within
        while not healthy(port):
            if process.poll() is not None:
                raise RuntimeError(f"demo exited with {process.returncode} before /healthz; see {log}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no /healthz within {args.within:.0f} s; see {log}")
            time.sleep(0.02)
        healthz_s = time.monotonic() - started
        pids = descendants(process.pid)  # with --via-uv: uv, and the Python process it runs
        cpu_s, children_s = (sum(values) for values in zip(*(cpu_with_children(pid) for pid in pids), strict=True))
        server = pids[-1]
        rss_ready = memory_kb(server) / 1024
        time.sleep(args.idle)  # the idle process: nothing else to measure but what it holds after a while
        rss_idle, hwm = memory_kb(server) / 1024, memory_kb(server, "VmHWM") / 1024
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
        try:
            exit_code = process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            exit_code = process.wait()
    banner = BANNER_END in log.read_text(errors="replace")
    name = "this" if tree == ROOT else "baseline"
    return Start(name, kind, healthz_s, cpu_s, children_s, rss_ready, rss_idle, hwm, banner, exit_code)


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds after /healthz before reading RSS")
    parser.add_argument("--within", type=float, default=120.0, help="seconds to wait for /healthz")
    parser.add_argument("--cold-bytecode", action="store_true", help="compile every module at every start")
    parser.add_argument("--via-uv", action="store_true", help="start it as `uv run hemsehri demo`")
    parser.add_argument("--smoke", action="store_true", help="one round, 1 s idle; exit 1 on any failure")
    parser.add_argument("--baseline", type=Path, help="another checkout, started before this one in each round")
    args = parser.parse_args()
    if args.smoke:
        args.rounds, args.idle = 1, 1.0
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HEMSEHRI_", "PYTHONDONTWRITE"))}
    workdir = Path(tempfile.mkdtemp(prefix="hemsehri-demo-bench-"))
    # Compiled bytecode goes to (and is read from) the benchmark's own directory, whatever this environment says
    # (PYTHONDONTWRITEBYTECODE makes every start compile all ~1,200 modules again).
    env.update(HEMSEHRI_HOST="127.0.0.1", HEMSEHRI_LOG_LEVEL="WARNING", PYTHONPYCACHEPREFIX=str(workdir / "pycache"))
    print(f"load average {load_average()}; reference loop {calibrate():.0f} ms CPU", flush=True)
    starts: list[Start] = []
    trees = [args.baseline.resolve(), ROOT] if args.baseline else [ROOT]
    try:
        if not args.cold_bytecode:  # a machine that ran the demo before: one start per tree, not measured, compiles
            for tree in trees:
                start_once(tree, "fresh", workdir / f"warm-up-{tree.name}", args, env, workdir / "warm-up.log")
        for round_no, tree, kind in itertools.product(range(1, args.rounds + 1), trees, ("fresh", "warm")):
            name = "this" if tree == ROOT else "baseline"
            data_dir = workdir / f"data-{round_no}-{name}"
            if args.cold_bytecode:
                shutil.rmtree(workdir / "pycache", ignore_errors=True)
            start = start_once(tree, kind, data_dir, args, env, workdir / f"demo-{round_no}-{name}-{kind}.log")
            starts.append(start)
            print(
                f"round {round_no} {name:<8} {kind:<5}  /healthz {start.healthz_s:5.2f} s  "
                f"CPU {start.cpu_s:5.2f} s ({start.children_s:4.2f})  "
                f"RSS ready {start.rss_ready_mb:5.1f} MB  idle {start.rss_idle_mb:5.1f} MB  "
                f"peak {start.hwm_mb:5.1f} MB  banner {'yes' if start.banner else 'NO'}  "
                f"exit {start.exit_code}  (load {load_average()})",
                flush=True,
            )
    except RuntimeError as exc:
        print(f"demo_start: {exc}", file=sys.stderr)
        return 1
    print(f"medians over {args.rounds} round(s), idle {args.idle:.0f} s:")
    for name, kind in itertools.product(dict.fromkeys(s.tree for s in starts), ("fresh", "warm")):
        of = [s for s in starts if s.tree == name and s.kind == kind]
        print(
            f"  {name:<8} {kind:<5}  /healthz {median(s.healthz_s for s in of):5.2f} s  "
            f"CPU {median(s.cpu_s for s in of):5.2f} s  "
            f"idle RSS {median(s.rss_idle_mb for s in of):5.1f} MB  peak {median(s.hwm_mb for s in of):5.1f} MB"
        )
    print(
        f"targets: /healthz <= {TARGET_HEALTHZ_S:.0f} s warm, idle <= {TARGET_IDLE_MB:.0f} MB; "
        f"load average {load_average()}; reference loop {calibrate():.0f} ms CPU"
    )
    print("reproduce: uv run python bench/demo_start.py " + " ".join(sys.argv[1:]))
    failed = [s for s in starts if not s.banner or s.exit_code != 0]
    if failed:
        print(f"demo_start: {len(failed)} start(s) without the banner or a clean exit", file=sys.stderr)
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
