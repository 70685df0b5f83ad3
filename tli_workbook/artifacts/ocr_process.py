"""Reading the text in pictures in a child process, so the GUI process's interpreter is free.

Importing the engine (OpenCV, ONNX Runtime, RapidOCR: about a second) and making its sessions
hold the interpreter lock for long stretches: on a worker thread of the GUI process that
stalled the first visit of the review pages. Here one long-lived child, started on first use,
does the loading and the reading; the GUI's worker thread only waits on a pipe.

The protocol is one JSON object a line: the parent sends {"path", "sha"}, the child answers
{"doc": <the OCR cache's JSON>} or {"unavailable": "..."} (the engine did not start). The
parent keeps the cache; the child never writes anything. A child that cannot start, or dies,
gives OcrUnavailable with a message for the teacher, never a hang.

No Qt in the child: messages for the teacher are translated in the parent.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

# Another command for the child (tests: one that dies or does not exist).
ENV_OCR_CHILD = "TLI_WORKBOOK_OCR_CHILD"


def _unavailable(reason: str) -> Exception:
    from PySide6.QtCore import QCoreApplication

    from tli_workbook.artifacts.ocr import OcrUnavailable

    log.warning("the picture reader process is not available: %s", reason)
    return OcrUnavailable(
        QCoreApplication.translate(
            "Ocr",
            "The text in pictures could not be read: the reader did not start on this "
            "computer. Look at your pictures yourself for names and schools.",
        )
    )


def _command() -> list[str]:
    env = os.environ.get(ENV_OCR_CHILD)
    if env:
        return json.loads(env) if env.startswith("[") else [env]
    return [sys.executable, "-m", "tli_workbook.artifacts.ocr_process"]


class OcrProcess:
    """One child reading pictures, started on first use; one picture at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self.started = 0  # children started (tests count them)

    def _child(self) -> subprocess.Popen[str]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        root = str(Path(__file__).resolve().parent.parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
        try:
            self._proc = subprocess.Popen(
                _command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=None,  # the child's warnings go where the app's go
                text=True,
                encoding="utf-8",
                env=env,
                bufsize=1,
            )
        except OSError as exc:
            raise _unavailable(str(exc)) from exc
        self.started += 1
        return self._proc

    def read(self, path: Path, sha: str) -> Any:
        """The OcrDoc of one file, read by the child (OcrUnavailable if it cannot run)."""
        from PySide6.QtCore import QCoreApplication

        from tli_workbook.artifacts.ocr import OcrDoc, _from_json

        with self._lock:
            proc = self._child()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write(json.dumps({"path": str(path), "sha": sha}) + "\n")
                proc.stdin.flush()
                line = proc.stdout.readline()  # blocks in C: the interpreter is free meanwhile
            except (OSError, ValueError) as exc:
                self._kill()
                raise _unavailable(str(exc)) from exc
            if not line:
                self._kill()
                raise _unavailable("the reader process ended")
            try:
                answer = json.loads(line)
                if "unavailable" in answer:
                    raise _unavailable(str(answer["unavailable"]))
                doc: OcrDoc = _from_json(answer["doc"])
            except (ValueError, KeyError, TypeError) as exc:
                self._kill()
                raise _unavailable(f"a bad answer: {exc}") from exc
        if doc.error:  # the child has no translations
            doc = OcrDoc(
                doc.sha,
                doc.kind,
                doc.pages,
                doc.page_count,
                QCoreApplication.translate("Ocr", "The file could not be read."),
            )
        return doc

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.kill()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            log.warning("the picture reader process did not stop")
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass

    def stop(self) -> None:
        """End the child now (the app is quitting): a picture being read fails, not waits."""
        self._kill()


_PROCESS = OcrProcess()
atexit.register(_PROCESS.stop)


def ocr_process() -> OcrProcess:
    return _PROCESS


def in_child() -> bool:
    """Whether pictures can be read in a child: a frozen app has no `python -m`."""
    return not getattr(sys, "frozen", False) or bool(os.environ.get(ENV_OCR_CHILD))


def _serve(inp: IO[str], out: IO[str]) -> None:
    from tli_workbook.artifacts.ocr import OcrUnavailable, _to_json, read_file

    for line in inp:
        try:
            ask = json.loads(line)
            doc = read_file(Path(ask["path"]), str(ask.get("sha") or ""))
            answer: dict[str, Any] = {"doc": _to_json(doc)}
        except OcrUnavailable as exc:
            answer = {"unavailable": str(exc)}
        except Exception as exc:  # noqa: BLE001 - a bad request must not end the reader
            log.exception("the picture reader failed")
            answer = {"unavailable": str(exc) or type(exc).__name__}
        try:
            out.write(json.dumps(answer, ensure_ascii=False, separators=(",", ":")) + "\n")
            out.flush()
        except (BrokenPipeError, ValueError):
            return  # the app has quit: nobody is waiting for the answer


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    try:
        os.nice(10)  # the reading yields the cores to the app the teacher is using
    except (AttributeError, OSError):
        pass
    # The answers get the real stdout; anything a library prints (from C too) goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    _serve(sys.stdin, out)


if __name__ == "__main__":
    main()
