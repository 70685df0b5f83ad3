"""Entry point: the GUI and the command line (argparse). No Qt import happens for commands
that do not need it, and the GUI path imports only what its first screen uses."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tli_workbook import __version__

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="tli-workbook",
        description="TLI Workbook: earn a Teacher Leadership micro-credential, offline.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, files and backups "
        "(default: $TLI_WORKBOOK_DATA_DIR or the platform's user data folder)",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="start the GUI, show the main window, exit 0 after the first paint",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("credentials", help="print each credential's id and title")
    sub.add_parser("list", help="print workbook ids, titles and credentials")
    c = sub.add_parser("create", help="create a workbook; prints its id")
    c.add_argument("credential")
    c.add_argument("title")
    c.add_argument("--fellow", action="store_true", help="the teacher is a current TLI Fellow")
    e = sub.add_parser("export-archive", help="write a workbook to a .tliwb archive")
    e.add_argument("workbook_id", type=int)
    e.add_argument("file", type=Path)
    i = sub.add_parser("import-archive", help="import a .tliwb archive; prints the new id")
    i.add_argument("file", type=Path)
    m = sub.add_parser("export-map", help="export a workbook's Circle Map to PDF, PNG or SVG")
    m.add_argument("workbook_id", type=int)
    m.add_argument("out", type=Path)
    m.add_argument("--page", choices=("letter", "a4"), default="letter")
    m.add_argument("--landscape", action="store_true")
    t = sub.add_parser("export-tool", help="write a filled guidebook tool copy as PDF or DOCX")
    t.add_argument("workbook_id", type=int)
    t.add_argument("tool_copy_id", help="the copy's id; `list` prints the workbook's copies")
    t.add_argument("out", type=Path, nargs="?")
    t.add_argument("--page", choices=("letter", "a4"), default="letter")
    x = sub.add_parser("export", help="export the submission packet (DOCX, PDF, upload kit)")
    x.add_argument("workbook_id", type=int, nargs="?")
    x.add_argument("--archive", type=Path, help="export from a .tliwb file without importing it")
    x.add_argument("--docx", type=Path)
    x.add_argument("--pdf", type=Path)
    x.add_argument("--md", type=Path, metavar="OUT.md", help="the packet as Markdown")
    x.add_argument("--upload-kit", type=Path, metavar="DIR")
    x.add_argument("--page", choices=("letter", "a4"), default="letter")
    x.add_argument(
        "--strict",
        action="store_true",
        help="refuse to export (exit 1, nothing written) unless `check` would say READY",
    )
    sub.add_parser("tools", help="print each guidebook tool's id, stage and title")
    t = sub.add_parser("tool-form", help="write a guidebook tool's blank form (PDF or DOCX)")
    t.add_argument("tool_id")
    t.add_argument("out", type=Path, metavar="OUT.pdf|OUT.docx")
    t.add_argument("--page", choices=("letter", "a4"), default="letter")
    k = sub.add_parser("check", help="readiness and privacy check; exit 0 only when ready")
    k.add_argument("workbook_id", type=int, nargs="?")
    k.add_argument("--archive", type=Path)
    k.add_argument(
        "--no-pictures",
        action="store_true",
        help="do not read the text in pictures and PDF pages (faster; less is checked)",
    )
    return p


def _archive_argument(argv: Sequence[str]) -> tuple[list[str], Path | None]:
    """A .tliwb among the arguments (a double-click in the file manager runs
    `tli-workbook FILE.tliwb`): taken out, to be offered for import once the window is up."""
    rest, found = [], None
    for arg in argv:
        if found is None and arg.lower().endswith(".tliwb") and not arg.startswith("-"):
            found = Path(arg).expanduser().absolute()
        else:
            rest.append(arg)
    return rest, found


# Arguments of a plain GUI start (the desktop launcher, a double-clicked archive, the smoke
# test), which need none of argparse: building the parser of every command costs more than a
# tenth of the bare first paint. Anything else goes through argparse as always.
_PLAIN_GUI: tuple[list[str], ...] = ([], ["--smoke"])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    rest, archive = _archive_argument(argv)
    if rest in _PLAIN_GUI:
        return run_gui(None, smoke=bool(rest), open_archive=archive)
    import argparse

    parser = build_parser()
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    # `import-archive FILE.tliwb` and the like keep their archive argument.
    if archive is not None and not commands.intersection(rest):
        args = parser.parse_args(rest)
        return run_gui(args.data_dir, smoke=args.smoke, open_archive=archive)
    args = parser.parse_args(argv)
    if args.command:
        from tli_workbook.cli import run_command

        return run_command(args)
    return run_gui(args.data_dir, smoke=args.smoke)


def run_gui(data_dir: str | None, *, smoke: bool = False, open_archive: Path | None = None) -> int:
    if smoke and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # A smoke test on a machine with no screen still exercises the whole start-up.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tli_workbook.ui.application import run

    return run(data_dir, smoke=smoke, open_archive=open_archive)


if __name__ == "__main__":
    sys.exit(main())
