"""Identifiable-information scanner."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.growth import LINEAR_LIMIT, growth_ratio
from tli_workbook.text import KINDS, Finding, scan_metadata, scan_text
from tli_workbook.text.privacy import _pdf_metadata_fallback, document_metadata, image_metadata

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def found(text: str, kind: str | None = None, **kwargs: object) -> list[str]:
    return [f.text for f in scan_text(text, **kwargs) if kind is None or f.kind == kind]


# -- planted identifiers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    ["maria.lopez@example.com", "awalker@nea.org", "j_smith+tli@mail.k12.va.us", "A.B@X.IO"],
)
def test_email(email: str) -> None:
    assert found(f"Write to {email}. Thanks", "email") == [email]


def test_email_is_not_also_a_url() -> None:
    findings = scan_text("Contact awalker@nea.org today.")
    assert [(f.kind, f.text) for f in findings] == [("email", "awalker@nea.org")]


@pytest.mark.parametrize(
    "phone",
    [
        "(555) 123-4567",
        "(555)123-4567",
        "555-123-4567",
        "555.123.4567",
        "+1 555 123 4567",
        "+1-555-123-4567",
        "+1 (555) 123-4567",
        "1-800-555-1234",
        "555-123-4567 ext. 12",
    ],
)
def test_phone(phone: str) -> None:
    assert found(f"Call {phone} after school.", "phone") == [phone]


@pytest.mark.parametrize("phone", ["555 123 4567", "123-4567"])
def test_phone_with_cue_word(phone: str) -> None:
    assert found(f"My cell: {phone}", "phone") == [phone]
    assert found(f"Dial {phone}", "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2018-2022 we met.",
        "Write 50-150 words.",
        "See pages 123-145 and pp. 12-13.",
        "Scores rose from 2.5 to 3.1 in 2019.",
        "Grades 6-8 and K-12; 100-1500 words; 8:00-3:30.",
        "ISBN 978-0-7879-1234-5 and ISBN 978-1-4129-8765-4.",
        "The 2021-2022 school year had 180 days; 1,234,567 dollars.",
        "Version 1.2.3.4 and 10.1177/0019793916660508",
        "Student IDs 1234567 and 12345678.",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert found(text, "phone") == []
    assert found(text, "address") == []


@pytest.mark.parametrize(
    "address",
    [
        "123 Main Street",
        "45 Oak Ave.",
        "1200 N. Elm Rd",
        "77 Martin Luther King Jr Blvd",
        "9 W 42nd St",
        "1201 16th St., NW",
        "500 Lincoln Way, Suite 200",
        "PO Box 4412",
        "P.O. Box 12",
        "Springfield, IL 62704",
    ],
)
def test_address(address: str) -> None:
    assert found(f"Send it to {address} soon", "address") == [address]


def test_street_and_city_merge_into_one_address() -> None:
    text = "Great Public Schools for Every Student\n1201 16th St., NW Washington, DC 20036 A copy"
    assert found(text, "address") == ["1201 16th St., NW Washington, DC 20036"]


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 5 Key Way to lead",
        "We read 3 Great Ideas Place cards",
        "Part 2 Design Circle time",
        "Tool 12 Team Norms Checklist",
        "In 2019 Teacher of the Year",
        "The 5 Whys and 3 Learning Paths",
    ],
)
def test_not_addresses(text: str) -> None:
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("See https://example.org/a-b?c=d.", "https://example.org/a-b?c=d"),
        ("(http://en.wikipedia.org/wiki/Foo_(bar))", "http://en.wikipedia.org/wiki/Foo_(bar)"),
        ("Visit www.nea.org, please", "www.nea.org"),
        ("Watch youtu.be/keUP7JDuBi4 now", "youtu.be/keUP7JDuBi4"),
        ("<http://creativecommons.org/licenses/by-nc-nd/4.0/>", None),
    ],
)
def test_url(text: str, url: str | None) -> None:
    expected = url or "http://creativecommons.org/licenses/by-nc-nd/4.0/"
    assert found(text, "url") == [expected]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I asked Mr. Smith about it.", "Mr. Smith"),
        ("Mrs. Jones and I", "Mrs. Jones"),
        ("Ms. Frizzle's class", "Ms. Frizzle"),
        ("Then Dr. W. Patrick Dolan spoke", "Dr. W. Patrick Dolan"),
        ("Mx. Rivera agreed", "Mx. Rivera"),
        ("Miss Honey read aloud", "Miss Honey"),
        ("Coach Taylor said so", "Coach Taylor"),
        ("Principal Okafor approved", "Principal Okafor"),
        ("Superintendent Alvarez visited", "Superintendent Alvarez"),
        ("My mentee Maria Lopez observed", "Maria Lopez"),
        ("I met Elena Aguilar.", "Elena Aguilar"),
        ("with Kim A. Anderson, NEA", "Kim A. Anderson"),
        ("Maria Elena Lopez-Garcia wrote", "Maria Elena Lopez-Garcia"),
        ("Lily Eskelsen García spoke", "Lily Eskelsen García"),
        ("We read Carol Dweck's book", "Carol Dweck"),
        ("Ayer José Martínez habló", "José Martínez"),
    ],
)
def test_person(text: str, person: str) -> None:
    assert found(text, "person") == [person]


def test_unpunctuated_list_of_people_is_split() -> None:
    text = "Contributors: Leigh Kennedy Sarah Ammar Paula Saranac"
    assert found(text, "person") == ["Leigh Kennedy", "Sarah Ammar", "Paula Saranac"]


@pytest.mark.parametrize(
    "school",
    [
        "Lincoln Elementary",
        "Roosevelt Middle School",
        "Central High School",
        "Springfield School District",
        "Northside ISD",
        "Oakwood Academy",
        "Harbor Charter School",
        "San Jose Unified School District",
        "ABC Unified School District",
        "Fairfax County Schools",
        "Boston Public Schools",
        "New Jersey Public Schools",
        "Rosa Parks Elementary",
        "St. Mary's Academy",
        "Peoria High School",
    ],
)
def test_school(school: str) -> None:
    assert found(f"I teach at {school} this year.", "school") == [school]


def test_person_inside_school_name_is_reported_once() -> None:
    findings = scan_text("She teaches at Rosa Parks Elementary now.")
    assert [(f.kind, f.text) for f in findings] == [("school", "Rosa Parks Elementary")]


def test_terms_are_whole_word_and_case_insensitive() -> None:
    text = "Jaylen and JAYLEN's friend Jaylenna; Room  204 and room 2045."
    assert found(text, "term", terms=["jaylen", "Room 204", "  "]) == [
        "Jaylen",
        "JAYLEN",
        "Room  204",
    ]


def test_term_inside_other_finding_is_kept() -> None:
    kinds = {f.kind for f in scan_text("Principal Okafor said", terms=["Okafor"])}
    assert kinds == {"person", "term"}


# -- false positives on education prose ----------------------------------------------------------

PROSE = """\
Part 1 Overview: Learn, Design, Do, Reflect. In Part 2, I describe how our Professional Learning
Community (PLC) met every Tuesday from 3:15-4:30 during the 2021-2022 school year. Our
Instructional Leadership Team reviewed Standard 3 and Tool 12 (Team Norms Checklist) on pages
45-47 of the NEA guidebook, Collaborating for Student Success. Teacher Leadership Institute
participants in Grades 6-8 wrote 50-150 words each. Educators Rising and Learning Forward publish
standards. Grace Period rules. Will Power matters. April Showers. June Reflection. Hope Springs.
Mark Twain? Faith Community Partners. Joy Of Teaching. Summer Institute. Dawn Patrol.
In the Middle School years, an Elementary school teacher and High School students at the
Elementary level joined Title I Elementary School staff. Great Public Schools for Every Student.
Leadership Academy, Summer Academy, Math Academy, Khan Academy videos and Google Classroom.
Principal Leadership matters; Coach Corner is a newsletter; the Principal Pipeline Initiative
helps. The Assistant Principal, the Superintendent and the School Board approved our plan.
Superintendent Human Resources. Coach Training Series. Principal Evaluation System.
Maria said yes. Then Maria, Jose and Ana presented. Dear Colleagues, Sincerely, Thank You.
We used Bloom's Taxonomy and Danielson's Framework for Teaching. Jordan River Trail.
The Carter Center and the Ford Foundation funded George Mason University research.
Open it in MS Excel or MS Word. Black History Month; Martin Luther King Day;
Monday, September 12; Room 204; Figure 3.
Social-Emotional Learning (SEL), Multi-Tiered Systems of Support, Response to Intervention.
"""


def test_no_false_findings_on_education_prose() -> None:
    findings = scan_text(PROSE)
    assert [(f.kind, f.text) for f in findings if f.kind != "person"] == []
    # Martin Luther King is a real person's name: the only acceptable person finding.
    assert [f.text for f in findings if f.kind == "person"] in ([], ["Martin Luther King"])


def test_first_name_alone_is_not_a_finding() -> None:
    assert found("Maria raised her hand. Then Maria left.", "person") == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not available")
def test_seed_documents_give_only_true_findings() -> None:
    """Every person/school/address/phone/email finding in the seeds is a real one."""
    true_people = {
        "Gloria Ladson-Billings",
        "Andrea Walker",
        "Leigh Kennedy",
        "Sarah Ammar",
        "Paula Saranac",
        "Maribeth Bradfield",
        "Brooke Whiting",
        "Lily Eskelsen García",
        "Becky Pringle",
        "Kim A. Anderson",
        "Jo Anderson",
        "Dr. Saul A. Rubinstein",
        "Saul A. Rubinstein",
        "John E. McCarthy",
        "Phil Murphy",
        "Dr. Saul Rubinstein",
        "Morgan Searcy",
        "Dr. Ken Futernick",
        "Peter F. Drucker",
        "Amy Edmonson",
        "Dr. W. Patrick Dolan",
        "Dr. Dolan",
        "Peter Drucker",
        "Rene Descartes",
        "Elena Aguila",  # sic, a typo in the seed
        "Elena Aguilar",
    }
    true_schools = {
        "New Jersey Public Schools",
        "ABC Unified School District",
        "Peoria High School",
        "San Jose Unified School District",
    }
    true_other = {
        "awalker@nea.org",
        "1201 16th St., NW Washington, DC 20036",
        "1201 16th Street, NW Washington, DC 20036-3290",
    }
    for path in sorted(SEEDS.iterdir()):
        for finding in scan_text(path.read_text(encoding="utf-8"), where=path.name):
            if finding.kind == "person":
                assert finding.text in true_people, finding
            elif finding.kind == "school":
                assert finding.text in true_schools, finding
            elif finding.kind == "url":
                assert "." in finding.text and " " not in finding.text, finding
            else:
                assert finding.text in true_other, finding


# -- the Finding object ------------------------------------------------------------------------


def test_finding_fields_and_context() -> None:
    text = "Line one.\n" + "x" * 80 + " Please email maria@example.com\nabout the\tplan " + "y" * 80
    (finding,) = scan_text(text, where="Part 1 Overview")
    assert finding.kind == "email"
    assert finding.text == "maria@example.com" == text[finding.start : finding.end]
    assert finding.where == "Part 1 Overview"
    assert "\n" not in finding.context and "\t" not in finding.context
    assert "Please email maria@example.com about the plan" in finding.context
    assert len(finding.context) <= len(finding.text) + 2 * 40 + 2
    assert finding.label == "Email address"
    with pytest.raises(AttributeError):
        finding.text = "changed"  # type: ignore[misc]


def test_key_is_stable_across_offsets_and_case() -> None:
    a = scan_text("Call Maria Lopez.", where="Part 2")[0]
    b = scan_text("Much later on, we thanked MARIA LOPEZ and Maria  Lopez.", where="Part 2")
    assert [f.key for f in b] == [a.key]  # the all-caps form is not matched; spacing folds
    assert scan_text("Call Maria Lopez.", where="Part 3")[0].key != a.key
    assert a.key.startswith("person:")
    assert a.key == Finding("person", "maria lopez", 0, 0, "", "Part 2").key


def test_kinds() -> None:
    assert set(KINDS) == {
        "email",
        "phone",
        "address",
        "url",
        "person",
        "school",
        "term",
        "metadata",
    }
    findings = scan_text(
        "Maria Lopez (maria@example.com, 555-123-4567) of Lincoln Elementary, 12 Oak Street, "
        "www.lincoln.example.org and Jaylen",
        terms=["Jaylen"],
    )
    assert {f.kind for f in findings} == set(KINDS) - {"metadata"}
    assert [f.start for f in findings] == sorted(f.start for f in findings)


PATHOLOGICAL = [
    ("a", 1_000_000),
    ("1", 1_000_000),
    ("a.", 500_000),
    ("a@", 500_000),
    ("555-", 250_000),
    ("Abc ", 250_000),
    ("12 Oak Oak Oak ", 60_000),
    ("\x00", 1_000_000),
    ("Dr. ", 100_000),
    ("www.", 250_000),
    ("\u202eמרים כהן\u202c ", 50_000),
]


@pytest.mark.parametrize(("unit", "times"), PATHOLOGICAL, ids=lambda v: repr(v)[:8])
def test_pathological_input_is_linear(unit: str, times: int) -> None:
    # Growth, not seconds (benchmarks/text_speed.py times the full megabyte): a regex that
    # backtracks grows 16x from n to 4n characters, a linear scan about 4x.
    ratio = growth_ratio(lambda k: scan_text(unit * k), times // 64)
    assert ratio < LINEAR_LIMIT, f"scan time grew {ratio:.1f}x from n to 4n"


def test_empty() -> None:
    assert scan_text("") == []
    assert scan_metadata({}, "x") == []


# -- metadata ------------------------------------------------------------------------------------


def test_scan_metadata_flags_identifying_fields() -> None:
    meta = {
        "Author": "Maria Lopez",
        "last_modified_by": "mlopez",
        "Company": "Lincoln Elementary",
        "GPSInfo": "40.71280, -74.00600",
        "Make": "Canon",
        "Model": "EOS",
        "creator": "  ",
        "title": "My plan",
    }
    findings = scan_metadata(meta, "photo.jpg")
    assert [f.text for f in findings] == [
        "Author: Maria Lopez",
        "Last modified by: mlopez",
        "Company: Lincoln Elementary",
        "GPS location: 40.71280, -74.00600",
    ]
    assert all(f.kind == "metadata" and f.where == "photo.jpg" for f in findings)
    assert len({f.key for f in findings}) == 4


def test_image_metadata_reads_exif(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.new("RGB", (4, 4), "white")
    exif = Image.Exif()
    exif[0x013B] = "Maria Lopez"  # Artist
    exif[0x010F] = "Canon"  # Make
    exif[0x9C9D] = "Maria".encode("utf-16-le") + b"\x00\x00"  # XPAuthor
    exif.get_ifd(0x8769)[0xA430] = "M. Lopez"  # CameraOwnerName
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (40.0, 42.0, 46.08)
    gps[3] = "W"
    gps[4] = (74.0, 0.0, 21.6)
    path = tmp_path / "photo.jpg"
    image.save(path, exif=exif)

    meta = image_metadata(path)
    assert meta["Artist"] == "Maria Lopez"
    assert meta["Make"] == "Canon"
    assert meta["XPAuthor"] == "Maria"
    assert meta["CameraOwnerName"] == "M. Lopez"
    assert meta["GPSInfo"] == "40.71280, -74.00600"
    texts = [f.text for f in scan_metadata(meta, "photo.jpg")]
    assert "Artist: Maria Lopez" in texts
    assert "GPS location: 40.71280, -74.00600" in texts
    assert not any(t.startswith("Make") for t in texts)


def test_image_metadata_png_text_and_clean_image(tmp_path: Path) -> None:
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Maria Lopez")
    tagged = tmp_path / "tagged.png"
    Image.new("RGB", (2, 2)).save(tagged, pnginfo=info)
    assert image_metadata(tagged) == {"Author": "Maria Lopez"}

    clean = tmp_path / "clean.png"
    Image.new("RGB", (2, 2)).save(clean)
    assert image_metadata(clean) == {}


def test_image_metadata_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1garbage")
    assert image_metadata(bad) == {}
    assert image_metadata(tmp_path / "missing.jpg") == {}


def test_document_metadata_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Hello")
    document.core_properties.author = "Maria Lopez"
    document.core_properties.last_modified_by = "mlopez"
    path = tmp_path / "plan.docx"
    document.save(path)
    meta = document_metadata(path)
    assert meta["author"] == "Maria Lopez"
    assert meta["last_modified_by"] == "mlopez"
    assert {f.text for f in scan_metadata(meta, "plan.docx")} >= {
        "Author: Maria Lopez",
        "Last modified by: mlopez",
    }


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


CORE = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>Maria Lopez</dc:creator><cp:lastModifiedBy></cp:lastModifiedBy>"
    b"</cp:coreProperties>"
)
APP = (
    b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/extended-properties"><Company>Lincoln Elementary</Company><Manager>Dr. Okafor'
    b"</Manager></Properties>"
)


def test_document_metadata_ooxml_parts(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.docx", {"docProps/core.xml": CORE, "docProps/app.xml": APP})
    assert document_metadata(path) == {
        "author": "Maria Lopez",
        "company": "Lincoln Elementary",
        "manager": "Dr. Okafor",
    }


def test_document_metadata_refuses_entities_and_huge_parts(tmp_path: Path) -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<cp:coreProperties xmlns:cp="urn:x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:creator>&b;</dc:creator></cp:coreProperties>"
    )
    external = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<Properties><Company>&e;</Company></Properties>"
    )
    huge = b"<Properties><Company>" + b"x" * (2 << 20) + b"</Company></Properties>"
    path = _zip(tmp_path / "evil.docx", {"docProps/core.xml": evil, "docProps/app.xml": external})
    assert document_metadata(path) == {}
    path = _zip(tmp_path / "huge.docx", {"docProps/app.xml": huge})
    assert document_metadata(path) == {}
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert document_metadata(broken) == {}


def test_document_metadata_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    writer.add_metadata({"/Author": "Maria Lopez", "/Creator": "Microsoft Word"})
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "plan.pdf"
    path.write_bytes(buffer.getvalue())
    assert document_metadata(path) == {"author": "Maria Lopez"}

    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    path = tmp_path / "anonymous.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    assert document_metadata(path) == {}


def test_pdf_fallback_scan(tmp_path: Path) -> None:
    literal = tmp_path / "literal.pdf"
    literal.write_bytes(b"%PDF-1.4\n1 0 obj << /Author (Maria \\(M.\\) Lopez) >> endobj\n%%EOF")
    assert _pdf_metadata_fallback(literal) == {"author": "Maria (M.) Lopez"}
    utf16 = tmp_path / "hex.pdf"
    hex_name = ("\ufeffJosé".encode("utf-16-be")).hex().encode()
    utf16.write_bytes(b"%PDF-1.7\n<< /Author <" + hex_name + b"> >>\n")
    assert _pdf_metadata_fallback(utf16) == {"author": "José"}
    # A damaged PDF still gives its author through the fallback.
    assert document_metadata(literal) == {"author": "Maria (M.) Lopez"}


def test_document_metadata_other_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Author: Maria")
    assert document_metadata(text) == {}
    assert document_metadata(tmp_path / "missing.pdf") == {}
