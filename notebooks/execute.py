#!/usr/bin/python3
"""Executes notebooks with nbclient, as Jupyter would, and writes the executed copies to a folder.

    notebooks/execute.py [--output DIR] [--timeout SECONDS] NOTEBOOK...

The notebooks read the run in NEWSATLAS_OUTPUT (see newsatlas.js). The kernel spec comes from
notebooks/.jupyter (written by setup.sh). A failing cell is reported with its notebook, number,
source and error output; the other notebooks still run, and the exit code is 1.

Runs on Debian's Python (/usr/bin/python3), where setup.sh installed nbclient.
"""
import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Before jupyter_client reads it: the project-local kernel spec, then whatever the user has.
os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in [str(HERE / ".jupyter"), os.environ.get("JUPYTER_PATH")] if p)

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
except ImportError as e:
    sys.exit(f"execute.py: {e}: run notebooks/setup.sh (it installs Debian's python3-nbclient for {sys.executable})")


def error_text(cell):
    """The error a cell printed: tslab writes the stack to stderr and leaves the error message empty."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append(f"{out.get('ename')}: {out.get('evalue')}\n" + "\n".join(out.get("traceback", [])))
    return "".join(parts).strip() or "(the cell printed no error)"


def execute(path, output_dir, timeout):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, startup_timeout=120,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    failure = None
    try:
        client.execute()
    except CellExecutionError:
        # The failing cell is the last one that ran; nbclient stops there.
        ran = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("execution_count")]
        index = ran[-1] if ran else next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
        cell = nb.cells[index]
        failure = (f"{path.name}: cell {index + 1} of {len(nb.cells)} (In [{cell.get('execution_count')}]) failed:\n"
                   f"{cell.source}\n---\n{error_text(cell)}")
    except Exception as e:  # the kernel did not start or died
        failure = (f"{path.name}: {type(e).__name__}: {e}\n"
                   "(is the kernel set up? run notebooks/setup.sh)")
    target = output_dir / path.name
    nbformat.write(nb, target)
    seconds = time.monotonic() - started
    print(f"{path.name}: {'FAILED' if failure else 'ok'} in {seconds:.1f} s -> {target}", flush=True)
    return failure


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--output", type=Path, default=Path("target/notebooks"),
                        help="folder for the executed copies (default target/notebooks)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds one cell may take (default 300)")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    failures = [f for f in (execute(p.resolve(), args.output, args.timeout) for p in args.notebooks) if f]
    for failure in failures:
        print(f"\n{failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
