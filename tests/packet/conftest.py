"""One export of the fixture workbook per session: the checks below read the same files, so the
suite stays quick on a shared machine."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the circle map PNG is drawn by Qt

import pytest  # noqa: E402

from .fixtures import PINNED_DATE, Exported, Workbook, make_workbook  # noqa: E402


@pytest.fixture(scope="session")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    return make_workbook(tmp_path_factory.mktemp("workbook"))


@pytest.fixture(scope="session")
def exported(workbook: Workbook, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    from tli_workbook.packet import PacketOptions, export_packet

    out = tmp_path_factory.mktemp("out")
    calls: list[tuple[float, str]] = []

    def progress(fraction: float, message: str) -> bool:
        calls.append((fraction, message))
        return True

    written = export_packet(
        workbook.snapshot,
        workbook.credential,
        workbook.file_path,
        docx=out / "packet.docx",
        pdf=out / "packet.pdf",
        upload_kit=out / "kit",
        upload_kit_zip=out / "kit.zip",
        options=PacketOptions(date=PINNED_DATE),
        progress=progress,
    )
    return Exported(
        workbook,
        out,
        out / "packet.docx",
        out / "packet.pdf",
        out / "kit",
        out / "kit.zip",
        written,
        calls,
    )


@pytest.fixture
def wb_tmp(workbook: Workbook, tmp_path):  # type: ignore[no-untyped-def]
    return workbook, tmp_path
