"""Identifiable-information scanner."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.growth import LINEAR_LIMIT, growth_ratio
from tli_workbook.text import KINDS, Finding, scan_metadata, scan_text

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
        ("Ms. Okoro's class", "Ms. Okoro"),
        ("Then Dr. W. Brian Okafor spoke", "Dr. W. Brian Okafor"),
        ("Mx. Rivera agreed", "Mx. Rivera"),
        ("Miss Kayla read aloud", "Miss Kayla"),
        ("Coach Taylor said so", "Coach Taylor"),
        ("Principal Okafor approved", "Principal Okafor"),
        ("Superintendent Alvarez visited", "Superintendent Alvarez"),
        ("My mentee Maria Lopez observed", "Maria Lopez"),
        ("I met Elena Ruiz.", "Elena Ruiz"),
        ("with Kim A. Anderson, NEA", "Kim A. Anderson"),
        ("Maria Elena Lopez-Garcia wrote", "Maria Elena Lopez-Garcia"),
        ("Lily Eskelsen Ortiz spoke", "Lily Eskelsen Ortiz"),
        ("We read Carol Whitfield's essay", "Carol Whitfield"),
        ("Ayer José Martínez habló", "José Martínez"),
        # names in every form (issue 13)
        ("Siobhán Murphy joined us", "Siobhán Murphy"),
        ("I paired Zoë Kowalczyk with a buddy", "Zoë Kowalczyk"),
        ("Our para, Nguyen Van Minh, translated", "Nguyen Van Minh"),
        ("Anaïs Dubois co-planned", "Anaïs Dubois"),
        ("then Oluwaseun Adeyemi presented", "Oluwaseun Adeyemi"),
        ("and Mark Johnson ran it", "Mark Johnson"),
        ("Grace Kim co-taught", "Grace Kim"),
        ("with Will Carter", "Will Carter"),
        ("Ms. T left comments", "Ms. T"),
        ("Coach D said so", "Coach D"),
        ("Señora Ruiz teaches Spanish", "Señora Ruiz"),
        ("the names Ava R. on the wall", "Ava R"),
    ],
)
def test_person(text: str, person: str) -> None:
    assert person in " ".join(found(text, "person")), found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jayden struggled to start the lab write-up.", ["Jayden"]),
        ("Oluwaseun told me the exit tickets helped.", ["Oluwaseun"]),
        ("Ximena, Jun, and Aarav all said the starters helped.", ["Ximena", "Jun", "Aarav"]),
        ("Maria raised her hand. Then Maria left.", ["Maria", "Maria"]),
        ("Hope said the checklist helped, and April asked for more.", ["Hope", "April"]),
        ("Destiny's mom emailed me after the conference.", ["Destiny"]),
        ("I worked with my student Grace on fractions.", ["Grace"]),
        ("Renée asked to lead the next circle.", ["Renée"]),
        ("Rose, a first-year teacher I mentor, asked great questions.", ["Rose"]),
        ("Thanh and Bao-Ngoc helped translate.", ["Thanh", "Bao-Ngoc"]),
    ],
)
def test_first_name_alone_in_context_is_a_finding(text: str, names: list[str]) -> None:
    """The most common slip: a student's first name on its own (issue 13)."""
    assert found(text, "person") == names


@pytest.mark.parametrize(
    "text",
    [
        "Our school is in a Grace Period for the new policy.",
        "The band had the students Mark Time.",
        "Title I funds, a Teams channel, AP Biology in the Midwest.",
        "Our Professional Learning Community met on Tuesdays.",
        "Hope was in short supply in February.",
        "In April we moved the meetings; by May they had doubled.",
        "Will Power is not what gets a ninth grader through an essay.",
        "Joy came back into the room once students could choose.",
        "We used Bloom's Taxonomy and Danielson's Framework for Teaching.",
        "Khan Academy, Desmos, Newsela and Google Classroom.",
        "Wi-Fi hotspots for families; Chromebook repair.",
        "I grew up near St. Paul and later taught in Los Angeles.",
        "Leithwood, K., & Anderson, S. (2010). Learning from leadership.",
        "As Marietta, D'Entremont and Kaur (2017) argue, partnerships matter.",
    ],
)
def test_capitalised_words_and_citations_stay_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Elena Aguilar's work on coaching shaped my meetings.",
        "We read about Rosa Parks and Ruby Bridges.",
        "Carol Dweck's research on mindset helped.",
        "According to Zaretta Hammond, culturally responsive teaching builds capacity.",
        "Lev Vygotsky and Jean Piaget; Vygotsky's zone of proximal development.",
        "Martin Luther King Jr. said the time is always right.",
        "Dr. Dolan and Dr. W. Patrick Dolan wrote about partnerships.",
        "Students compared Romeo and Juliet; Ms. Frizzle inspired science night.",
        "On Monday, Dr. King's letter from Birmingham Jail framed our discussion.",
    ],
)
def test_cited_authors_and_public_figures_are_not_findings(text: str) -> None:
    assert found(text, "person") == []


def test_public_figures_list_is_editable_data() -> None:
    from importlib import resources

    data = resources.files("tli_workbook.text.privacy").joinpath("data", "public_figures.txt")
    text = data.read_text(encoding="utf-8")
    assert "Elena Aguilar" in text and "Rosa Parks" in text and "Carol Dweck" in text


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
        # abbreviated and informal forms (issue 13)
        "Lincoln MS",
        "Garfield HS",
        "PS 143",
        "Roosevelt High",
        "Thurgood Marshall Middle",
        "Oak Grove Intermediate",
        "St. Brigid's Catholic School",
        "Kennedy Jr. High",
        "MLK Jr. Elementary",
        "LAUSD",
        "District 65",
        "Wake County Public School System",
        "Cypress-Fairbanks ISD",
    ],
)
def test_school(school: str) -> None:
    assert found(f"I teach at {school} this year.", "school") == [school]


def test_school_in_an_all_capitals_heading_and_by_its_mascot() -> None:
    assert found("JEFFERSON ELEMENTARY STAFF MEETING NOTES", "school") == ["JEFFERSON ELEMENTARY"]
    assert found("Everyone knows the Eagles at Westview love spirit week.", "school") == [
        "Eagles at Westview"
    ]
    assert found("Go Westview Eagles!", "school") == ["Westview Eagles"]


@pytest.mark.parametrize(
    "text",
    [
        "In the Middle School years, an Elementary school teacher joined.",
        "Summer School and Sunday School; Harvard Business School case studies.",
        "Title I Elementary School staff; Great Public Schools for Every Student.",
        "Open it in MS Excel. The AP and IB programmes. A VP HS meeting.",
    ],
)
def test_not_schools(text: str) -> None:
    assert found(text, "school") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Intake: DOB 04/22/2013, grade 5.", "birthdate", "DOB 04/22/2013"),
        ("She was born March 14, 2012, in June.", "birthdate", "born March 14, 2012"),
        ("date of birth: 2011-09-03", "birthdate", "date of birth: 2011-09-03"),
        ("printout shows student ID 20481736 in the corner", "student_id", "student ID 20481736"),
        ("filed under ID# 004512988 last week", "student_id", "ID# 004512988"),
        ("student number 7730021", "student_id", "student number 7730021"),
        ("my account @MsPatelReads has book talks", "handle", "@MsPatelReads"),
        ("tagged #WestviewEagles on every poster", "handle", "#WestviewEagles"),
        ("Our district is in Tulsa, Oklahoma, and", "place", "Tulsa, Oklahoma"),
        ("a school in Dayton, OH with", "place", "Dayton, OH"),
        ("joined with the class code 5mbq3zt today", "class_code", "5mbq3zt"),
        ("Google Classroom code: k7x2mqp", "class_code", "k7x2mqp"),
        ("Room 214 at Garfield is open", "room", "Room 214 at Garfield"),
        ("Greetings from room 118, Jackson Elementary!", "room", "room 118"),
        ("Call me any time at 5550143, I work nights.", "phone", "5550143"),
        ("The office number, 9185550143, is on the slip.", "phone", "9185550143"),
        ("Reach me at (918)5550143 today", "phone", "(918)5550143"),
        ("or text 555-0199 after six", "phone", "555-0199"),
        ("Write to dkim at gmail dot com soon", "email", "dkim at gmail dot com"),
        ("or ms.t [at] school [dot] org", "email", "ms.t [at] school [dot] org"),
        ("All at linktr.ee/msrodriguez now", "url", "linktr.ee/msrodriguez"),
        ("see sites.google.com/view/mrsg for more", "url", "sites.google.com/view/mrsg"),
    ],
)
def test_direct_identifiers(text: str, kind: str, expected: str) -> None:
    assert found(text, kind) == [expected], scan_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "We met in Room 12 every other week.",  # a room with no school identifies nobody
        "Tagged #TeacherLife and #EdChat and #NEAToday.",
        "Cambridge, MA: Harvard Education Press.",  # a publisher's city in a reference
        "Scores rose 12% from 2019 to 2021; 45 minutes; pages 12-14.",
        "Rosa Parks was honoured in 1999; Standard 4, Tool 12, Step 3.",
    ],
)
def test_shapes_that_identify_nobody(text: str) -> None:
    assert found(text) == [], scan_text(text)


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


def test_terms_fold_accents_and_match_possessives() -> None:
    text = "ZOË's draft, Zoe's notes and zoë; Siobhan Murphy-led."
    assert found(text, "term", terms=["Zoë"]) == ["ZOË", "Zoe", "zoë"]
    assert found(text, "term", terms=["Siobhán Murphy"]) == ["Siobhan Murphy"]
    # A term that is an ordinary word matches only where written as a name.
    assert found("I hope Hope comes. HOPE!", "term", terms=["Hope"]) == ["Hope", "HOPE"]


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
Dear Colleagues, Sincerely, Thank You.
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
        "Governor Phil Murphy",
        "Rubin",  # the one false finding: "react and Rubin list", garbled PDF text
    }
    true_schools = {
        "New Jersey Public Schools",
        "ABC Unified School District",
        "Peoria High School",
        "San Jose Unified School District",
        "ABCUSD",
    }
    true_other = {
        "awalker@nea.org",
        "1201 16th St., NW Washington, DC 20036",
        "1201 16th Street, NW Washington, DC 20036-3290",
    }
    true_places = {"Washington, DC", "San Francisco, CA", "Arlington, VA", "Moscow, ID"}
    for path in sorted(SEEDS.iterdir()):
        for finding in scan_text(path.read_text(encoding="utf-8"), where=path.name):
            if finding.kind == "person":
                assert finding.text in true_people, finding
            elif finding.kind == "school":
                assert finding.text in true_schools, finding
            elif finding.kind == "place":
                assert finding.text in true_places, finding
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
        "place",
        "birthdate",
        "student_id",
        "handle",
        "class_code",
        "room",
        "term",
        "metadata",
    }
    findings = scan_text(
        "Maria Lopez (maria@example.com, 555-123-4567) of Lincoln Elementary, 12 Oak Street, "
        "www.lincoln.example.org and Jaylen",
        terms=["Jaylen"],
    )
    assert {f.kind for f in findings} == {
        "email",
        "phone",
        "address",
        "url",
        "person",
        "school",
        "term",
    }
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
    ("Jayden, ", 100_000),
    ("Ms. T and ", 100_000),
    ("born 1/2/2013 ", 60_000),
    ("dkim at x dot ", 60_000),
]


@pytest.mark.parametrize(("unit", "times"), PATHOLOGICAL, ids=lambda v: repr(v)[:8])
def test_pathological_input_is_linear(unit: str, times: int) -> None:
    # Growth, not seconds (benchmarks/text_speed.py times the full megabyte): a regex that
    # backtracks grows 16x from n to 4n characters, a linear scan about 4x.
    from tli_workbook.text.privacy.wordlists import load_all

    load_all()
    ratio = growth_ratio(lambda k: scan_text(unit * k), times // 64)
    assert ratio < LINEAR_LIMIT, f"scan time grew {ratio:.1f}x from n to 4n"


def test_long_answer_grows_linearly() -> None:
    """A realistic answer, n vs 4n (the 20,000-word timing is benchmarks/privacy_corpus.py)."""
    from tli_workbook.text.privacy.wordlists import load_all

    load_all()
    piece = (
        "Jayden told me the protocol helped. Ms. T observed at Lincoln MS; see "
        "linktr.ee/mst or call 555-123-4567. We read Carol Dweck and Title I reports. "
    )
    ratio = growth_ratio(lambda k: scan_text(piece * k), 50)
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
