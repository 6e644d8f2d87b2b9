"""Resident memory of an idle `lotse chat` (target ≤ 150 MB).

Starts `lotse chat` as a real process with stdin kept open, waits until it has answered one
message (so the app, the skills and the catalogue are loaded), then reads its RSS."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

LOTSE = str(Path(sys.executable).with_name("lotse"))


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "LOTSE_DATA_DIR": data, "LOTSE_SECRET_KEY": "bench"}
        process = subprocess.Popen(
            [LOTSE, "chat", "--user", "bench"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write("hilfe\n")
            process.stdin.flush()
            process.stdout.readline()  # the first line of the answer: everything is loaded
            time.sleep(1.0)
            rss = psutil.Process(process.pid).memory_info().rss / 1024 / 1024
            print(f"idle `lotse chat` resident memory: {rss:.1f} MB (target ≤ 150 MB)")
        finally:
            process.stdin.close()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
