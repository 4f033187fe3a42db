"""``cadredesk-cli --help`` start-up, whole process (goal under 0.15 s).

- job: the venv's ``cadredesk-cli --help`` (the console script a clerk runs), output discarded;
- floor: a bare Python process printing an argparse help (``python -c "import argparse; …"``): the
  interpreter's own start-up, which no command line tool in Python can avoid.

The help must not import SQLAlchemy, the services or Qt (tests/test_startup.py checks that).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from harness import Env, Job, at_most, cli_command

FLOOR = "import argparse; p = argparse.ArgumentParser(prog='x'); p.add_argument('--db'); p.print_help()"


class CliHelp(Job):
    name = "cli-help"
    title = "`cadredesk-cli --help` (whole process)"
    floor_title = "a bare `python -c` printing an argparse help"
    goal = at_most(0.15)
    rounds = 10
    warmup = 1

    def setup(self, env: Env) -> None:
        self.env = env
        self.environ = env.isolated_environ()

    def run_job(self) -> None:
        subprocess.run([*cli_command(), "--help"], check=True, stdout=subprocess.DEVNULL, env=self.environ)

    def run_floor(self) -> None:
        subprocess.run([sys.executable, "-c", FLOOR], check=True, stdout=subprocess.DEVNULL, env=self.environ)


JOBS = [CliHelp]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "cli-help"]
    )
