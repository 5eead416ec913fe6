#!/usr/bin/env python3
"""Times commands run in turn, round after round (A B C, A B C, ...), so that every command
meets the same load: on a shared machine a baseline timed in another block of time is not
comparable. hyperfine runs each command's runs in one block; this does not.

    bench/alternate.py --rounds 10 --warmup 1 --json out.json NAME='command args' NAME2='...'

Each round runs every command once; the order turns by one each round (A B C, B C A, C A B)
so that no command always follows the same one. For each run it keeps the wall time and the
CPU time (user + system, from wait4, of the command and of every process it started, even
those it left running when it exited: the script is their "subreaper"). Writes
{"commands": {NAME: {"wall": [...], "cpu": [...]}}} with one entry per round, in round order,
so a report can take ratios pair by pair (round i of A over round i of B).
"""
import argparse
import ctypes
import json
import os
import shlex
import subprocess
import sys
import time


def become_subreaper():
    """Processes that a command leaves behind (Chromium leaves five, which go on working after
    it exits) become this script's children, so their CPU time is counted too."""
    PR_SET_CHILD_SUBREAPER = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("alternate.py: prctl(PR_SET_CHILD_SUBREAPER) failed; CPU times would miss orphans")


def run_once(argv):
    """Wall time until the command exits; CPU time of it and of every process it started,
    including those it left behind, which are waited for (at most 30 s) before the next run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # 1 is "the procedure is invalid": the 10k- and 100k-node procedures are over the size limits
    # (E031), and `check` reports that after running every rule, which is what is timed.
    if proc.returncode not in (0, 1):
        sys.exit(f"alternate.py: {' '.join(argv)} exited with {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    deadline = time.monotonic() + 30
    while True:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            break  # no process left
        if pid:
            cpu += usage.ru_utime + usage.ru_stime
        elif time.monotonic() > deadline:
            sys.exit(f"alternate.py: {' '.join(argv)} left processes running for 30 s")
        else:
            time.sleep(0.005)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--json", required=True)
    parser.add_argument("commands", nargs="+", help="NAME=command")
    args = parser.parse_args()
    become_subreaper()
    named = []
    for spec in args.commands:
        name, _, command = spec.partition("=")
        named.append((name, shlex.split(command)))
    for _ in range(args.warmup):
        for _, argv in named:
            run_once(argv)
    times = {name: {"wall": [], "cpu": []} for name, _ in named}
    for r in range(args.rounds):
        k = r % len(named)
        for name, argv in named[k:] + named[:k]:
            wall, cpu = run_once(argv)
            times[name]["wall"].append(wall)
            times[name]["cpu"].append(cpu)
        print(f"round {r + 1}/{args.rounds}: " + ", ".join(
            f"{n} {times[n]['wall'][-1]:.2f}s" for n, _ in named), file=sys.stderr)
    with open(args.json, "w") as out:
        json.dump({"rounds": args.rounds, "commands": times}, out, indent=1)


if __name__ == "__main__":
    main()
