"""The sample Do-stage content, and artifacts and respondents carried through an archive."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

from tli_workbook.artifacts.samples import load_do_content, read_do_content
from tli_workbook.review.readiness import part_status
from tli_workbook.store import Store
from tli_workbook.store.archive import export_archive, import_archive

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "resources" / "samples" / "content"
CRED = "coaching-and-mentoring"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_sample_files", REPO / "scripts" / "make_sample_files.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_sample_files_are_reproducible(tmp_path: Path) -> None:
    made = _script().main(tmp_path)
    for path in made:
        committed = CONTENT / "files" / path.name
        assert committed.read_bytes() == path.read_bytes(), path.name


def test_sample_content_is_complete_and_anonymous(store: Store, catalog) -> None:
    cred = catalog.get(CRED)
    wid = store.create_workbook(CRED, "Sample")
    made = load_do_content(store, wid, CONTENT)
    assert len(made["artifacts"]) == 3 and len(made["respondents"]) == 2
    snap = store.snapshot(wid)
    for part_id in ("artifact4", "artifact5"):
        st = part_status(cred, cred.part(part_id), snap)
        assert st.state == "complete", [(i.label, i.detail) for i in st.items if not i.ok]
    arts = store.artifacts(wid, "artifact4")
    assert len({a["fields"]["artifact_type"] for a in arts}) == 3  # three different kinds
    photo = next(a for a in arts if a["filename"].endswith(".jpg"))
    kinds = [m["kind"] for m in photo["markup"]]
    assert "redact" in kinds and "highlight" in kinds
    data = read_do_content(CONTENT)
    for r in data["respondents"]:
        assert set(r["answers"]) == {"engaged", "outcomes", "gained", "differently", "equity"}
        from tli_workbook.artifacts.feedback import answer_shape, name_warning

        assert name_warning(r["role"]) == ""
        guidance = cred.part("artifact5").answer_guidance
        assert all(answer_shape(a, guidance).ok for a in r["answers"].values())


def test_the_sample_redaction_hides_the_name_tag(store: Store) -> None:
    """The redaction box covers the whole (tilted) name tag drawn by the script."""
    from tli_workbook.packet.images import prepare_image

    wid = store.create_workbook(CRED, "Sample")
    load_do_content(store, wid, CONTENT)
    photo = next(a for a in store.artifacts(wid) if a["filename"].endswith(".jpg"))
    redact = next(m for m in photo["markup"] if m["kind"] == "redact")
    script = _script()
    x, y, w, h = script.NAME_TAG_BOX
    assert redact["x"] < x and redact["y"] < y
    assert redact["x"] + redact["w"] > x + w + 0.01 and redact["y"] + redact["h"] > y + h + 0.01
    out = prepare_image(store.file_path(photo["file"]), photo["markup"])
    assert out.width == 1600
    # A redacted photo is written losslessly: every pixel of the box is exactly black.
    import io
    import math

    from PIL import Image

    assert out.format == "PNG"
    img = Image.open(io.BytesIO(out.data)).convert("RGB")
    left, top = math.ceil(redact["x"] * img.width), math.ceil(redact["y"] * img.height)
    right = math.floor((redact["x"] + redact["w"]) * img.width)
    bottom = math.floor((redact["y"] + redact["h"]) * img.height)
    box = img.crop((left, top, right, bottom))
    assert box.getextrema() == ((0, 0), (0, 0), (0, 0))


def test_archive_carries_artifacts_respondents_and_files(store: Store, tmp_path: Path) -> None:
    wid = store.create_workbook(CRED, "Sample")
    load_do_content(store, wid, CONTENT)
    arts, people = store.artifacts(wid), store.respondents(wid)
    dest = export_archive(store, wid, tmp_path / "sample.tliwb")

    other = Store(tmp_path / "other-data")
    try:
        new = import_archive(other, dest)
        assert other.artifacts(new) == arts
        assert other.respondents(new) == people
        for a in arts:
            data = other.file_path(a["file"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == a["file"]
            assert data == (CONTENT / "files" / a["filename"]).read_bytes()
            assert (
                other.file_info(a["file"])["media_type"] == store.file_info(a["file"])["media_type"]
            )
    finally:
        other.close()
