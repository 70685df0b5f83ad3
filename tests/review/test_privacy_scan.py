"""The identifiable-information scan over a whole workbook: text, map, artifacts, respondents,
file names, image EXIF and document metadata; "mark as fine" keys that stay put."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tli_workbook.review.privacy_scan import (
    FINE_KEY,
    TERMS_KEY,
    open_findings,
    scan_file_name,
    scan_workbook,
)

from .helpers import PLANTED, file_path_of


def _found(findings: list[Any]) -> dict[tuple[str, str], Any]:
    return {(f.kind, f.text): f for f in findings}


def test_identifiers_planted_in_text(store: Any, cm: Any, sample: int) -> None:
    store.set_answers(sample, {"part3.reflection": PLANTED, TERMS_KEY: ["Riverton", "x"]})
    found = _found(scan_workbook(store.snapshot(sample), cm, file_path_of(store)))
    for kind, text in [
        ("school", "Lincoln Elementary"),
        ("person", "Ms. Rivera"),
        ("email", "jordan.smith@example.org"),
        ("phone", "555-123-4567"),
        ("term", "Riverton"),
    ]:
        f = found[(kind, text)]
        assert f.where == "Part 3 Reflection"
        assert (f.part_id, f.target) == ("part3", "part3.reflection")
        assert text in f.context
    # A one-letter term would match every "x"; it is not a term.
    assert not [k for k in found if k[0] == "term" and k[1].lower() == "x"]


def test_map_respondents_and_artifact_text(store: Any, cm: Any, sample: int) -> None:
    snap = store.snapshot(sample)
    need = next(e for e in snap["circle_map"]["entries"] if e["ring"] == "needs")
    store.upsert_map_entry(sample, {**need, "note": "Ask Mr. Okafor about the schedule"})
    resp = [r for r in snap["respondents"] if r["part"] == "artifact5"][1]
    store.upsert_respondent(sample, {**resp, "role": "Dana Whitfield, grade 7"})
    art = [a for a in snap["artifacts"] if a["part"] == "artifact4"][0]
    fields = {**art["fields"], "purpose": "Sent from coach@lincoln.k12.ca.us to all staff."}
    store.upsert_artifact(sample, {**art, "fields": fields})
    found = _found(scan_workbook(store.snapshot(sample), cm, file_path_of(store)))
    f = found[("person", "Mr. Okafor")]
    assert (f.where, f.target) == ("A1 Circle Map, Needs (note)", "map:needs")
    f = found[("person", "Dana Whitfield")]
    assert (f.where, f.target) == ("A5 Feedback, stakeholder 2: role", f"respondent:{resp['id']}")
    f = found[("email", "coach@lincoln.k12.ca.us")]
    assert f.where == "A4 Evidence, artifact 1: Purpose of artifact and how it was used"
    assert f.target == f"artifact:{art['id']}"


def test_file_name(store: Any, cm: Any, sample: int) -> None:
    art = [a for a in store.snapshot(sample)["artifacts"] if a["part"] == "artifact4"][1]
    store.upsert_artifact(sample, {**art, "filename": "maria_lopez_lesson.pdf"})
    found = scan_workbook(store.snapshot(sample), cm, file_path_of(store))
    names = [f for f in found if f.where == "A4 Evidence, artifact 2: file name"]
    assert [(f.kind, f.text, f.context) for f in names] == [
        ("person", "Maria Lopez", "maria_lopez_lesson.pdf")
    ]


def test_file_name_rules() -> None:
    assert [f.text for f in scan_file_name("MariaLopez-notes.docx")] == ["Maria Lopez"]
    assert [f.text for f in scan_file_name("feedback_rivera.pdf", ["Rivera"])] == ["Rivera"]
    for harmless in ("coaching-cycle-slides.pdf", "workshop_agenda_week_3.jpg", "IMG_2041.JPG"):
        assert scan_file_name(harmless) == [], harmless


def _jpeg_with_exif(path: Path) -> Path:
    from PIL import Image

    img = Image.new("RGB", (64, 48), "white")
    exif = Image.Exif()
    exif[0x013B] = "Jordan Smith"  # Artist
    exif[0x8825] = {  # GPS IFD: 40° 26' 46" N, 79° 58' 56" W
        1: "N",
        2: (40.0, 26.0, 46.0),
        3: "W",
        4: (79.0, 58.0, 56.0),
    }
    img.save(path, "JPEG", exif=exif)
    return path


def test_image_exif(store: Any, cm: Any, sample: int, tmp_path: Path) -> None:
    jpeg = _jpeg_with_exif(tmp_path / "photo.jpg")
    sha = store.add_file(jpeg, "image/jpeg")
    art = [a for a in store.snapshot(sample)["artifacts"] if a["part"] == "artifact4"][2]
    store.upsert_artifact(sample, {**art, "file": sha, "filename": "photo.jpg"})
    found = scan_workbook(store.snapshot(sample), cm, file_path_of(store))
    meta = [f for f in found if f.kind == "metadata"]
    assert {f.where for f in meta} == {"A4 Evidence, artifact 3: file details"}
    texts = " | ".join(f.text for f in meta)
    assert "Artist: Jordan Smith" in texts
    assert "GPS" in texts
    assert all(f.target == f"artifact:{art['id']}" for f in meta)
    # Without access to the files (an archive's members not extracted) nothing is read.
    assert not [f for f in scan_workbook(store.snapshot(sample), cm) if f.kind == "metadata"]


def test_docx_author_in_a_file_field(store: Any, cm: Any, sample: int, tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Our action plan.")
    d.core_properties.author = "Jordan Smith"
    path = tmp_path / "action-plan.docx"
    d.save(str(path))
    sha = store.add_file(path, "application/vnd.openxmlformats-officedocument")
    store.set_answers(
        sample,
        {
            "artifact3.variant": "fellows_plan",
            "artifact3.fellows_plan.plan_file": [{"file": sha, "name": "action-plan.docx"}],
            "artifact3.fellows_plan.equity": "Each team chose its own focus.",
        },
    )
    found = scan_workbook(store.snapshot(sample), cm, file_path_of(store))
    meta = [f for f in found if f.kind == "metadata"]
    assert [(f.text, f.where, f.target) for f in meta] == [
        (
            "Author: Jordan Smith",
            "A3 Design, Your TLI Fellows Action Plan: file details",
            "artifact3.fellows_plan.plan_file",
        )
    ]


def test_fine_keys_survive_reordering_and_edits(store: Any, cm: Any, sample: int) -> None:
    arts = [a for a in store.snapshot(sample)["artifacts"] if a["part"] == "artifact4"]
    store.upsert_artifact(sample, {**arts[0], "title": "Notes for Ms. Rivera"})
    snap = store.snapshot(sample)
    (finding,) = open_findings(snap, cm, file_path_of(store))
    assert finding.text == "Ms. Rivera" and finding.where == "A4 Evidence, artifact 1: title"
    store.set_answer(sample, FINE_KEY, [finding.key])
    assert open_findings(store.snapshot(sample), cm, file_path_of(store)) == []
    # Reordered and edited elsewhere: still the same finding, still fine.
    store.reorder("artifacts", sample, [a["id"] for a in reversed(arts)])
    store.set_answer(sample, "part1.overview", store.answer(sample, "part1.overview") + " More.")
    snap = store.snapshot(sample)
    assert open_findings(snap, cm, file_path_of(store)) == []
    (again,) = scan_workbook(snap, cm, file_path_of(store))
    assert again.key == finding.key and again.where == "A4 Evidence, artifact 3: title"
    # Ignored for the session: passed in by the caller, never stored.
    store.set_answer(sample, FINE_KEY, [])
    assert open_findings(store.snapshot(sample), cm, None, ignored={finding.key}) == []


def test_repeated_text_is_one_finding(store: Any, cm: Any, sample: int) -> None:
    store.set_answer(sample, "part1.overview", "Ms. Rivera said so. Later Ms. Rivera agreed.")
    (f,) = scan_workbook(store.snapshot(sample), cm)
    assert (f.text, f.count) == ("Ms. Rivera", 2)


def test_attached_link_is_not_itself_a_finding(store: Any, cm: Any, sample: int) -> None:
    art = [a for a in store.snapshot(sample)["artifacts"] if a["part"] == "artifact4"][0]
    store.upsert_artifact(sample, {**art, "url": "https://example.org/coaching-newsletter"})
    assert scan_workbook(store.snapshot(sample), cm) == []
    store.upsert_artifact(sample, {**art, "url": "https://example.org/riverton-news"})
    store.set_answer(sample, TERMS_KEY, ["Riverton"])
    (f,) = scan_workbook(store.snapshot(sample), cm)
    assert (f.kind, f.where) == ("term", "A4 Evidence, artifact 1: link")


def test_file_metadata_asks_pillow_only_about_files_that_are_not_documents(
    tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import io as _io

    from PIL import Image as _Image
    from reportlab.pdfgen import canvas as _canvas

    from tli_workbook.review import privacy_scan as ps

    asked: list[str] = []
    real = ps.image_metadata

    def counted(path):  # type: ignore[no-untyped-def]
        asked.append(Path(path).suffix)
        return real(path)

    monkeypatch.setattr(ps, "image_metadata", counted)
    pdf = tmp_path / "a.pdf"
    c = _canvas.Canvas(str(pdf))
    c.drawString(72, 700, "no author")
    c.save()
    png = tmp_path / "b.png"
    out = _io.BytesIO()
    _Image.new("RGB", (4, 4)).save(out, "PNG", pnginfo=None)
    png.write_bytes(out.getvalue())
    for p in (pdf, png):
        st = p.stat()
        ps._file_metadata(str(p), st.st_size, st.st_mtime)
    assert asked == [".png"]  # the PDF (no author) is not offered to Pillow as well
