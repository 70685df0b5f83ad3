"""Command-line subcommands. They work with no display; errors go to stderr, exit non-zero."""

from __future__ import annotations

import argparse
import atexit
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions import DefinitionError, default_catalog
from tli_workbook.paths import data_dir
from tli_workbook.store.errors import StoreError

if TYPE_CHECKING:
    # Only the commands that open the Store import it (and SQLAlchemy with it).
    from tli_workbook.store import Store


def _err(msg: str) -> int:
    print(f"tli-workbook: {msg}", file=sys.stderr)
    return 1


_held_locks: list[object] = []  # held until the command's process exits


def open_store(args: argparse.Namespace, write: bool = False) -> Store:
    """The data folder's store. A command that writes takes the folder's instance lock
    first and refuses while the window (or another writer) holds it; reading needs no lock."""
    from tli_workbook.store.lock import AlreadyRunningError, InstanceLock
    from tli_workbook.store.startup import open_checked

    folder = data_dir(args.data_dir)
    if write:
        try:
            _held_locks.append(InstanceLock(folder).acquire())
        except AlreadyRunningError as exc:
            pid = exc.owner.get("pid", "?")
            raise StoreError(
                f"the data folder {folder} is open in TLI Workbook (process {pid}), so this "
                "command, which changes it, did not run. Close the window and try again; "
                "commands that only read (list, export, export-archive, export-tool, check) work "
                "meanwhile."
            ) from None
        except OSError as exc:
            raise StoreError(f"the data folder {folder} cannot be used: {exc}") from None
    return open_checked(folder, clean=write)


def install_language(args: argparse.Namespace) -> str:
    """Load the language the teacher chose in the app (the data folder's settings file; else
    the system's), so readiness, errors and the packet's own words follow it here too. Also
    loads the English plural forms ("1 thing", "2 things")."""
    from PySide6.QtCore import QSettings

    from tli_workbook import i18n
    from tli_workbook.qt_headless import ensure_gui_app

    ensure_gui_app()  # translators need an application; painting commands need a GUI one
    settings = QSettings(str(data_dir(args.data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    preference = settings.value(i18n.PREFERENCE_KEY, "system")
    return i18n.install(i18n.resolve(preference if isinstance(preference, str) else "system"))


def run_command(args: argparse.Namespace) -> int:
    install_language(args)
    try:
        catalog = default_catalog()
    except DefinitionError as exc:
        return _err(
            QCoreApplication.translate("Cli", "a credential definition is invalid: {error}").format(
                error=exc
            )
        )
    collecting = _settle_heap()
    try:
        handler = _COMMANDS[args.command]
        return handler(args, catalog)
    except StoreError as exc:
        return _err(str(exc))
    except KeyboardInterrupt:
        return _err(QCoreApplication.translate("Cli", "interrupted"))
    finally:
        # A caller that goes on in the same process (a test) gets its heap back as it was;
        # a command's own process freezes it again on the way out (see _settle_heap).
        gc.unfreeze()
        if collecting:
            gc.enable()


_settled: list[bool] = []


def _settle_heap() -> bool:
    """A command runs once and its process ends. What is loaded by now (Qt, the store, the
    definitions) lives until then, yet every full pass of the cyclic garbage collector walks
    it all again, and so does the interpreter's last collection at exit, to find nothing:
    frozen, it is skipped (about 250 ms of a 1.9 s export of the sample). Memory is freed as
    before, by reference counting; only cycles among these objects wait until the command
    returns. The automatic collections during the command go too (another ~150 ms of the
    export: hundreds of passes over the young document objects, and a full one): an export
    leaves little cyclic garbage (its peak memory is the same with and without them, 286 MB
    for the sample, 320 MB with 30 photos). Returns whether collection was on, for the
    caller to restore."""
    collecting = gc.isenabled()
    gc.disable()
    gc.freeze()
    if not _settled:
        _settled.append(True)
        atexit.register(gc.freeze)  # runs before the interpreter tears its modules down
    return collecting


def cmd_credentials(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    for cred in catalog:
        print(f"{cred.id}\t{cred.title}")
    return 0


def cmd_list(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    store = open_store(args)
    try:
        for w in store.list_workbooks():
            title = catalog.get(w.credential_id).title if w.credential_id in catalog else "?"
            print(f"{w.id}\t{w.title}\t{title}")
    finally:
        store.close()
    return 0


def cmd_create(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    if args.credential not in catalog:
        return _err(
            QCoreApplication.translate(
                "Cli", "unknown credential {name}; see `tli-workbook credentials`"
            ).format(name=repr(args.credential))
        )
    store = open_store(args, write=True)
    try:
        print(store.create_workbook(args.credential, args.title, args.fellow))
    finally:
        store.close()
    return 0


def cmd_export_archive(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    from tli_workbook.store.archive import export_archive

    store = open_store(args)
    try:
        store.workbook(args.workbook_id)
        try:
            export_archive(store, args.workbook_id, args.file)
        except OSError as exc:
            return _err(
                QCoreApplication.translate("Cli", "could not write {file}: {error}").format(
                    file=args.file, error=exc.strerror or exc
                )
            )
    finally:
        store.close()
    print(args.file)
    return 0


def cmd_import_archive(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    from tli_workbook.store.archive import import_archive

    store = open_store(args, write=True)
    try:
        print(import_archive(store, args.file))
    finally:
        store.close()
    return 0


def cmd_export_map(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    if args.out.suffix.lower() not in (".pdf", ".png", ".svg"):
        return _err(
            QCoreApplication.translate("Cli", "the output file must end in .pdf, .png or .svg")
        )
    from tli_workbook.qt_headless import ensure_gui_app

    ensure_gui_app()
    from tli_workbook.circlemap.export import export_map

    store = open_store(args)
    try:
        store.workbook(args.workbook_id)
        try:
            export_map(store, args.workbook_id, args.out, page=args.page, landscape=args.landscape)
        except OSError as exc:
            return _err(
                QCoreApplication.translate("Cli", "could not write {file}: {error}").format(
                    file=args.out, error=exc.strerror or exc
                )
            )
    finally:
        store.close()
    print(args.out)
    return 0


def cmd_export_tool(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    """Read-only: no lock is taken, so it works while the window is open."""
    import tempfile

    from tli_workbook.atomic_write import atomic_path
    from tli_workbook.packet.errors import ExportError
    from tli_workbook.packet.tool_copy import find_copy, write_tool_copy

    out: Path | None = args.out
    fmt = out.suffix.lower().lstrip(".") if out is not None else ""
    if args.tool_copy_id != "list" and out is None:
        return _err(QCoreApplication.translate("Cli", "give the output file (OUT.pdf or OUT.docx)"))
    store = open_store(args)
    try:
        snap = store.snapshot(args.workbook_id)
        if args.tool_copy_id == "list":
            for c in snap.get("tools") or []:
                print(f"{c['id']}\t{c.get('tool', '')}\t{c.get('title', '')}")
            return 0
        assert out is not None
        if fmt not in ("pdf", "docx"):
            return _err(
                QCoreApplication.translate("Cli", "the output file must end in .pdf or .docx")
            )
        try:
            find_copy(snap, args.tool_copy_id)
        except KeyError:
            return _err(
                QCoreApplication.translate(
                    "Cli",
                    "workbook {id} has no tool copy {copy}; "
                    "`tli-workbook export-tool {id} list` prints its copies",
                ).format(id=args.workbook_id, copy=repr(args.tool_copy_id))
            )

        def file_path(sha: str) -> Path | None:
            p = store.file_path(sha)
            return p if p.exists() else None

        try:
            with tempfile.TemporaryDirectory(prefix="tli-tool-") as work, atomic_path(out) as tmp:
                warnings = write_tool_copy(
                    snap, args.tool_copy_id, file_path, tmp, fmt, Path(work), page=args.page
                )
        except OSError as exc:
            return _err(
                QCoreApplication.translate("Cli", "could not write {file}: {error}").format(
                    file=out, error=exc.strerror or exc
                )
            )
        except ExportError as exc:
            return _err(str(exc))
        for w in warnings:
            print(QCoreApplication.translate("Cli", "warning: {0}").format(w), file=sys.stderr)
    finally:
        store.close()
    print(out)
    return 0


def _with_snapshot(args: argparse.Namespace, catalog, fn):  # type: ignore[no-untyped-def]
    """Run fn(snapshot, credential, file_path) on a stored workbook or an archive."""
    if args.archive is not None:
        from tli_workbook.store.archive import open_archive

        # Unpacked inside the data folder (tmp/tliwb-import-*, removed at the next start if
        # this is killed), never in the system temp folder: the files are the teacher's.
        work = data_dir(args.data_dir) / "tmp"
        try:
            work.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return _err(
                QCoreApplication.translate(
                    "Cli", "the data folder {folder} cannot be used: {error}"
                ).format(folder=work.parent, error=exc.strerror or exc)
            )
        with open_archive(args.archive, catalog, work_dir=work) as arc:
            snap = arc.snapshot
            return fn(snap, catalog.get(snap["workbook"]["credential"]), arc.file)
    if args.workbook_id is None:
        return _err(QCoreApplication.translate("Cli", "give a WORKBOOK_ID or --archive FILE"))
    from tli_workbook.store import snapshot_sql

    # Read with sqlite3 when the database is current and sound: no SQLAlchemy to import.
    folder = data_dir(args.data_dir)
    fast = snapshot_sql.read_snapshot(folder, args.workbook_id)
    if fast is not None:

        def stored_file(sha: str) -> Path | None:
            p = snapshot_sql.file_path(folder, sha)
            return p if p.exists() else None

        return fn(fast, catalog.get(fast["workbook"]["credential"]), stored_file)
    store = open_store(args)
    try:
        snap = store.snapshot(args.workbook_id)

        def file_path(sha: str) -> Path | None:
            p = store.file_path(sha)
            return p if p.exists() else None

        return fn(snap, catalog.get(snap["workbook"]["credential"]), file_path)
    finally:
        store.close()


def cmd_export(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    markdown = getattr(args, "md", None)
    if not (args.docx or args.pdf or args.upload_kit or markdown):
        return _err(
            QCoreApplication.translate(
                "Cli",
                "say what to write: --docx OUT.docx, --pdf OUT.pdf, --md OUT.md and/or "
                "--upload-kit DIR",
            )
        )
    from tli_workbook.qt_headless import ensure_gui_app

    ensure_gui_app()  # the Circle Map renderer paints with QtGui
    from tli_workbook.packet.export import ExportError, export_packet

    def run(snap, cred, file_path) -> int:  # type: ignore[no-untyped-def]
        if not _tell_problems(snap, cred, file_path, strict=args.strict):
            return 1
        try:
            written = export_packet(
                snap,
                cred,
                file_path,
                docx=args.docx,
                pdf=args.pdf,
                upload_kit=args.upload_kit,
                page=args.page,
                markdown=markdown,
            )
        except ExportError as exc:
            return _err(str(exc))
        for p in written:
            print(p)
        return 0

    return _with_snapshot(args, catalog, run)


def _tell_problems(snap, cred, file_path, strict: bool) -> bool:  # type: ignore[no-untyped-def]
    """Print on stderr what `check` flags (unfinished items, notes, privacy findings) before an
    export writes anything. False when --strict and the workbook is not READY."""
    from tli_workbook.review.report import format_problems, review_workbook

    review = review_workbook(snap, cred, file_path)
    problems = format_problems(review)
    if review.ok and not problems:
        return True
    if review.ok:
        head = "notes to read before you submit:"
    elif strict:
        head = f"not exporting: the workbook is not ready ({review.summary()}):"
    else:
        head = f"warning: the workbook is not ready ({review.summary()}); exporting anyway:"
    print(f"tli-workbook: {head}\n{problems}", file=sys.stderr)
    if strict and not review.ok:
        print(
            "tli-workbook: nothing was written. Finish these (see `tli-workbook check`) or "
            "export without --strict.",
            file=sys.stderr,
        )
        return False
    return True


def cmd_check(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    from tli_workbook.review.report import check_report

    pictures = None
    if not args.no_pictures:
        from tli_workbook.artifacts.ocr import PictureReader

        # Text read in pictures is cached in the data folder by file hash: read once.
        pictures = PictureReader(data_dir(args.data_dir))

    def run(snap, cred, file_path) -> int:  # type: ignore[no-untyped-def]
        text, ok = check_report(snap, cred, file_path, pictures)
        print(text)
        return 0 if ok else 1

    return _with_snapshot(args, catalog, run)


def cmd_tools(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    from tli_workbook.definitions.tools import default_tools

    try:
        tools = default_tools()
    except DefinitionError as exc:
        return _err(
            QCoreApplication.translate(
                "Cli", "a guidebook tool definition is invalid: {error}"
            ).format(error=exc)
        )
    for tool in tools:
        print(f"{tool.id}\t{tool.stage}\t{tool.title}")
    return 0


def cmd_tool_form(args: argparse.Namespace, catalog) -> int:  # type: ignore[no-untyped-def]
    import os

    from tli_workbook.definitions.tools import default_tools
    from tli_workbook.packet.errors import os_error_message
    from tli_workbook.packet.tool_form import write_blank_tool_form

    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "docx"):
        return _err(QCoreApplication.translate("Cli", "the output file must end in .pdf or .docx"))
    try:
        tools = default_tools()
    except DefinitionError as exc:
        return _err(
            QCoreApplication.translate(
                "Cli", "a guidebook tool definition is invalid: {error}"
            ).format(error=exc)
        )
    if args.tool_id not in tools:
        return _err(
            QCoreApplication.translate(
                "Cli", "unknown tool {name}; `tli-workbook tools` lists them"
            ).format(name=repr(args.tool_id))
        )
    out: Path = args.out
    part = out.with_name(f".{out.name}.part")
    try:
        write_blank_tool_form(tools.get(args.tool_id), part, fmt, page=args.page)
        os.replace(part, out)  # a reader never sees half a file
    except OSError as exc:
        part.unlink(missing_ok=True)
        return _err(
            QCoreApplication.translate("Cli", "could not write {file}: {error}").format(
                file=out, error=os_error_message(exc, out)
            )
        )
    print(out)
    return 0


_COMMANDS = {
    "credentials": cmd_credentials,
    "list": cmd_list,
    "create": cmd_create,
    "export-archive": cmd_export_archive,
    "import-archive": cmd_import_archive,
    "export-map": cmd_export_map,
    "export-tool": cmd_export_tool,
    "export": cmd_export,
    "check": cmd_check,
    "tools": cmd_tools,
    "tool-form": cmd_tool_form,
}
