"""A complete, anonymous Coaching and Mentoring workbook snapshot with real files.

make_workbook(folder) writes the attached files (a JPEG photo carrying EXIF GPS tags, a PNG
screenshot with a redaction box, a two-page PDF handout) into folder/files/<sha256> and returns
the snapshot, the file_path function and the credential. Every text answer is within the
credential's limits.
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms, ImageDraw, ImageFont

from tli_workbook.definitions import default_catalog
from tli_workbook.definitions.model import Credential

CREDENTIAL_ID = "coaching-and-mentoring"
PINNED_DATE = date(2025, 5, 20)  # the cover date in every test export
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Where the redaction box sits on the screenshot, as fractions (the test checks these pixels).
REDACT_BOX = {"x": 0.04, "y": 0.25, "w": 0.40, "h": 0.09}


def _prose(text: str) -> str:
    """Source-wrapped prose back to typed answers: a blank line ends a paragraph, "- " starts a
    bullet, any other line continues the one before."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("- ") or not lines or not lines[-1]:
            lines.append(line)
        else:
            lines[-1] += " " + line
    return "\n".join(lines)


OVERVIEW = _prose(
    """\
My mission as a teacher leader is to make professional growth a shared, everyday habit in my
school rather than something that happens to teachers once a year. My vision is a building where
every teacher, new or experienced, has a trusted colleague who observes, listens and gives
honest, useful feedback. Success will look like teachers asking each other into their classrooms
without being told to, and like students in every room meeting the same high expectations.

Through this micro-credential I want to learn how to run a complete coaching cycle well: a
planning conversation, a focused observation and a reflecting conversation that leaves the
teacher with a clear next step. I also want to learn how to coach without judging, and how to
notice when my own assumptions about a classroom get in the way.

I have taught for fourteen years, mostly middle school mathematics, and I have been a department
lead for five of them. Our school serves grades six to eight in a suburban district that is
growing quickly and becoming more diverse. About four in ten students qualify for free or
reduced-price meals and almost one in five are multilingual learners. Families speak more than
twenty languages at home.

Eight of our thirty-one teachers are in their first three years, and several joined us mid-year.
There is no formal coaching role in the building; new teachers have a buddy, but buddies rarely
have time to visit classrooms. Our administrators support peer observation and protect one
collaborative period each week.

Beyond the department, I serve on the district induction committee and on our local
association's professional learning team. I have led book studies and short workshops, but I
have not yet coached a colleague through a full cycle.

Our stakeholders are students, teachers, support staff, families, administrators, the local
association and the district induction office. Each sees the needs of new teachers differently,
and I want my coaching to draw on all of those views.

As a coach and mentor I address diversity, equity and cultural competence by starting from the
students in the room: whose voices are heard, who is given the hard problems, and how the lesson
draws on what students bring from home. I ask colleagues to look at participation data by
student group, and I try to make sure that the teachers I support, including teachers of color
and teachers new to the country, see their own strengths reflected in our conversations.\
"""
)

ROLE_NEEDS = _prose(
    """\
My role is to make non-evaluative feedback easy to ask for. New teachers in our building told us
they want someone to watch a lesson and talk about it without a rating attached.

Grounded in my belief that every teacher grows faster with a trusted colleague, I will coach two
new teachers through full cycles, share what I learn with our induction committee, and make sure
the feedback we give attends to how each student group experiences the lesson.\
"""
)

INSPIRE_LEADERS = _prose(
    """\
- Invite experienced colleagues, including teachers of color and multilingual staff, to observe
  one coaching conversation with me.
- Share a short protocol and recording template so others can try a cycle on their own.
- Pair each interested colleague with a new teacher for one cycle next semester.
- Celebrate what coaches and new teachers learned at a staff meeting, in their own words.\
"""
)

CURRENT_REALITY = _prose(
    """\
Our induction survey last spring asked new teachers what support they valued most. Seven of the
eight respondents named regular feedback on their teaching; only two had been observed by a
colleague outside their evaluation.

Observation logs for the year show 41 peer visits in the building, but 33 of them were by
department leads to other experienced teachers. Participation data shared in our PLC show that
multilingual learners speak less often in whole-class discussion in new teachers' rooms than in
the building as a whole.

The evidence includes teacher, administrator and student data. Families' perspectives are
missing, so I plan to ask our family liaison what families notice.\
"""
)

GOAL = (
    "By the end of the spring semester, two first- or second-year teachers will each complete "
    "a full coaching cycle with me and report, on a short survey, that the feedback helped them "
    "change one specific practice that widens participation for multilingual learners."
)

DESIRED_RESULTS = _prose(
    """\
- Each coached teacher chooses and tries one concrete change, such as structured partner talk
  before whole-class discussion.
- Participation by multilingual learners in the coached lessons rises between the first and
  second observation.
- Both teachers say they would ask a colleague to observe them again.\
"""
)

ACTIVITY = _prose(
    """\
I will run a three-part coaching cycle with each of two new teachers. In a twenty-minute
planning conversation the teacher chooses a focus and the data I will collect. I then observe
one lesson and record who speaks, to whom, and for how long. In the reflecting conversation we
look at the data together; I use paraphrasing and open questions so the teacher names the next
step. Each part serves the goal: the focus comes from the identified need, the data make the
results visible, and the teacher leaves with a change to try.\
"""
)

EQUITY = _prose(
    """\
The observation focuses on which students get to talk and think, so the data show directly
whether multilingual learners and other quieter groups are included. I invite each teacher to
bring their own cultural strengths into the plan, I offer the conversation in the teacher's
preferred format and time, and I choose participants so that teachers new to the country are
included, not only those who volunteer first.\
"""
)

REFLECTION = _prose(
    """\
Coaching two new colleagues through full cycles changed how I think about my role. Before this
work I saw myself as the person with answers, the department lead who is asked for materials and
advice. The planning conversations taught me that my most useful contribution is a good question
and honest data. When one teacher looked at the talk map from her lesson and said, "I only call
on the students who sit near me," she had named the change herself, and she tried it the very
next day.

My knowledge of coaching and mentoring will shape my leadership work in three ways. First, I
will start every conversation with the colleague's goal rather than my own. Second, I will keep
feedback descriptive: what I saw and heard, with numbers where I can, before any interpretation.
Third, I will protect the relationship by keeping coaching separate from evaluation, which is
what made both teachers willing to invite me back.

I addressed diversity, equity and cultural competence by choosing an observation focus on
participation by student group. In the first observations, multilingual learners spoke in
whole-class discussion far less often than their classmates. After the teachers introduced
structured partner talk, the gap narrowed in both classrooms. I also learned to listen for my
own assumptions: one teacher, who is new to the country, used call-and-response routines from
her own schooling that I first read as too teacher-centered. Her students' data showed those
routines brought more voices in, and I changed my advice.

I will continue to lead learning that enhances the practice of others at several levels. In my
department I will offer one coaching cycle each semester to any colleague who asks. With the
district induction committee I will share our talk-map template and a short protocol, and I will
propose that each school train two peer coaches. Through our local association I plan to co-host
a session on non-evaluative feedback for mentors.

My next steps as a teacher leader are specific. Before the end of the year I will write a
one-page guide to the cycle, drawing on both teachers' feedback, and present it to the induction
committee. Next fall I will recruit two experienced colleagues, including at least one teacher
of color, to co-coach with me so that the work does not depend on one person. I will also ask
families, through our liaison, how they see their children's participation, because that
perspective was missing from my plan. Finally, I will keep a short coaching journal to reflect
after each conversation, so that my own practice keeps growing alongside the colleagues I
support.\
"""
)

RESPONDENT_ANSWERS = [
    {
        "engaged": "She asked me what I wanted to work on before she ever came to my room. The "
        "planning conversation felt like talking with a colleague, not being evaluated.",
        "outcomes": "- The goal was to get more students talking in discussion.\n"
        "- My multilingual learners spoke more often in the second lesson.\n"
        "- I think we reached most of it; two students still rarely speak.",
        "gained": "A simple way to see my own lesson through data. The talk map showed me a "
        "pattern I had never noticed, and I now plan partner talk into every lesson.",
        "differently": "I would have liked a second observation a few weeks later, to check that "
        "the change lasted once the novelty wore off.",
        "equity": "She kept asking which students were heard and which were not. She also asked "
        "about my students' home languages and encouraged me to use them in partner talk.",
    },
    {
        "engaged": "I joined as a second observer. She modeled each step of the cycle and then "
        "let me lead part of the reflecting conversation with support.",
        "outcomes": "The intended outcome was a teacher-chosen change backed by data. It was "
        "achieved: the teacher chose and tried structured partner talk within a week.",
        "gained": "Confidence that I could coach a colleague myself, and a template I have "
        "already used with a student teacher.",
        "differently": "Build in time for the coach and teacher to look at student work, not "
        "only talk data, so the conversation also covers the quality of thinking.",
        "equity": "- Data were broken down by student group.\n"
        "- Questions invited the teacher's own cultural knowledge.\n"
        "- Participants were chosen so that newer and more diverse staff took part.",
    },
]


@dataclass
class Workbook:
    snapshot: dict[str, Any]
    file_path: Callable[[str], Path | None]
    credential: Credential
    files_dir: Path
    photo_sha: str
    screenshot_sha: str
    handout_sha: str


@dataclass
class Exported:
    wb: Workbook
    folder: Path
    docx: Path
    pdf: Path
    kit: Path
    zip: Path
    written: list[Path]
    progress: list[tuple[float, str]]


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_BOLD if bold else FONT, size)


def make_photo() -> bytes:
    """A 'phone photo' of a planning board, with EXIF GPS, camera and artist tags and an ICC
    profile: everything the packet must strip."""
    rnd = random.Random(7)
    im = Image.new("RGB", (1600, 1200), (188, 178, 160))
    d = ImageDraw.Draw(im)
    for y in range(1200):  # a warm wall gradient with a little sensor noise
        shade = 150 + y * 60 // 1200
        d.line([(0, y), (1600, y)], fill=(shade + 20, shade + 10, shade - 10))
    d.rectangle((160, 120, 1440, 900), fill=(246, 246, 242), outline=(90, 90, 90), width=10)
    d.text((220, 170), "Coaching cycle: planning board", font=_font(64, True), fill=(30, 60, 120))
    lines = [
        "1. Planning conversation: choose a focus",
        "2. Observe: who talks, to whom, how long",
        "3. Reflect: look at the talk map together",
        "Next step chosen by the teacher",
    ]
    for i, line in enumerate(lines):
        d.text((240, 300 + i * 120), line, font=_font(48), fill=(40, 40, 40))
    for _ in range(40):  # sticky notes
        x, y = rnd.randint(180, 1350), rnd.randint(920, 1120)
        d.rectangle((x, y, x + 70, y + 60), fill=rnd.choice([(250, 220, 90), (140, 200, 240)]))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x013B] = "A. Teacher"  # Artist: a personal name the packet must not carry
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (40.0, 26.0, 46.0)
    gps[3] = "W"
    gps[4] = (79.0, 58.0, 56.0)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, exif=exif.tobytes(), icc_profile=icc)
    return out.getvalue()


def make_screenshot() -> bytes:
    """A 'screenshot' of an online forum thread; a participant's name sits in REDACT_BOX."""
    w, h = 1400, 900
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 90), fill=(36, 74, 128))
    d.text(
        (40, 22),
        "Staff learning forum  \u203a  Coaching cycle",
        font=_font(36, True),
        fill=(255, 255, 255),
    )
    x0, y0 = int(REDACT_BOX["x"] * w), int(REDACT_BOX["y"] * h)
    d.text((x0 + 10, y0 + 12), "Posted by Jordan Example", font=_font(34, True), fill=(200, 0, 0))
    body = [
        "Thank you for the talk map from Tuesday. I tried partner talk",
        "before the whole-class discussion and eleven students spoke",
        "who had not spoken the week before.",
        "",
        "Reply: Great! What do you notice about who is still quiet?",
    ]
    for i, line in enumerate(body):
        d.text((60, 340 + i * 56), line, font=_font(32), fill=(30, 30, 30))
    d.rectangle((40, 320, w - 40, h - 60), outline=(200, 200, 200), width=3)
    out = io.BytesIO()
    info = None
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "A. Teacher")  # a text chunk the packet must drop
    im.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def make_handout() -> bytes:
    """A two-page PDF handout made with reportlab (Helvetica is fine here: it is an input)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setAuthor("A. Teacher")
    c.setTitle("Talk map template")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, 700, "Talk map: observation template")
    c.setFont("Helvetica", 12)
    for i, line in enumerate(
        [
            "Seat chart: mark each time a student speaks.",
            "Arrows: who speaks to whom.",
            "Tally: teacher talk vs student talk.",
            "Focus question chosen in the planning conversation:",
        ]
    ):
        c.drawString(72, 660 - i * 22, line)
    for row in range(5):
        for col in range(6):
            c.rect(72 + col * 78, 300 + row * 60, 60, 40)
    c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 700, "Reflecting conversation prompts")
    c.showPage()
    c.save()
    return out.getvalue()


def _store(files_dir: Path, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    (files_dir / sha).write_bytes(data)
    return sha


def _entry(eid: str, ring: str, text: str, note: str = "") -> dict[str, Any]:
    return {
        "id": eid,
        "ring": ring,
        "text": text,
        "note": note,
        "color": "",
        "x": 0.0,
        "y": 0.0,
        "free": False,
    }


CIRCLE_MAP = {
    "entries": [
        _entry("core", "center", "Every teacher grows faster with a trusted colleague"),
        _entry("ctx-district", "context", "Suburban district, growing and becoming more diverse"),
        _entry("ctx-school", "context", "Middle school, grades 6-8, about 780 students"),
        _entry("ctx-staff", "context", "31 teachers; 8 in their first three years"),
        _entry("ctx-admin", "context", "Administrators protect one collaborative period a week"),
        _entry(
            "ctx-students", "context", "About 40% free or reduced-price meals; 17% multilingual"
        ),
        _entry(
            "need-feedback",
            "needs",
            "New teachers ask for regular, non-evaluative feedback on their teaching",
        ),
        _entry(
            "need-voice",
            "needs",
            "Multilingual learners speak less in whole-class discussion in new teachers' rooms",
        ),
        _entry(
            "need-coaches",
            "needs",
            "No trained peer coaches outside department leads",
            note="from the induction survey",
        ),
        _entry("need-families", "needs", "Families' views are missing from induction planning"),
    ],
    "strokes": [
        {
            "id": "s1",
            "kind": "arrow",
            "color": "#c0392b",
            "width": 3.0,
            "points": [[-420.0, -380.0], [-300.0, -250.0]],
        },
    ],
}

OBJECTIVES = [
    {
        "level": "objective",
        "text": "Recruit two new teachers and agree on a focus for each cycle",
        "cells": {"lead": "Coach", "due": "2025-01-31", "output": "2 signed-up teachers"},
        "checks": ["specific", "pertinent", "realistic", "data_informed", "time_bound"],
        "children": [
            {
                "level": "task",
                "text": "Invite first- and second-year teachers at the PLC",
                "cells": {"lead": "Coach", "due": "2025-01-17", "output": "Invitation sent"},
                "checks": [],
                "children": [],
            },
            {
                "level": "task",
                "text": "Hold planning conversations",
                "cells": {
                    "lead": "Coach and teacher",
                    "due": "2025-01-31",
                    "output": "Focus and data agreed",
                },
                "checks": [],
                "children": [
                    {
                        "level": "subtask",
                        "text": "Share the talk-map template",
                        "cells": {
                            "lead": "Coach",
                            "due": "2025-01-24",
                            "output": "Template shared",
                        },
                        "checks": [],
                        "children": [],
                    },
                ],
            },
        ],
    },
    {
        "level": "objective",
        "text": "Observe, reflect and measure the change in participation",
        "cells": {"lead": "Coach", "due": "2025-04-30", "output": "Talk maps, survey"},
        "checks": ["specific", "pertinent", "realistic", "time_bound"],
        "children": [
            {
                "level": "task",
                "text": "First observation and reflecting conversation",
                "cells": {"lead": "Coach", "due": "2025-02-28", "output": "Talk map 1"},
                "checks": [],
                "children": [],
            },
            {
                "level": "task",
                "text": "Second observation after the teacher's change",
                "cells": {"lead": "Coach", "due": "2025-04-15", "output": "Talk map 2"},
                "checks": [],
                "children": [],
            },
        ],
    },
]

MILESTONES = [
    {
        "milestone": "Teachers recruited",
        "feedback_data": "Two sign-ups and agreed focus notes",
        "frequency": "Once",
        "source": "Planning notes",
    },
    {
        "milestone": "First cycle complete",
        "feedback_data": "Talk map shows baseline participation by student group",
        "frequency": "Per cycle",
        "source": "Observation",
    },
    {
        "milestone": "Change sustained",
        "feedback_data": "Second talk map and teacher survey",
        "frequency": "Per cycle",
        "source": "Observation, survey",
    },
]


def make_workbook(folder: Path) -> Workbook:
    files_dir = folder / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    photo = make_photo()
    shot = make_screenshot()
    handout = make_handout()
    photo_sha = _store(files_dir, photo)
    shot_sha = _store(files_dir, shot)
    handout_sha = _store(files_dir, handout)
    p = "artifact3.action_plan"
    answers: dict[str, Any] = {
        "part1.overview": OVERVIEW,
        "artifact2.role_needs": ROLE_NEEDS,
        "artifact2.inspire_leaders": INSPIRE_LEADERS,
        "artifact3.variant": "action_plan",
        f"{p}.needs": ["need-feedback", "need-voice"],
        f"{p}.current_reality": CURRENT_REALITY,
        f"{p}.goal": GOAL,
        f"{p}.objectives": OBJECTIVES,
        f"{p}.desired_results": DESIRED_RESULTS,
        f"{p}.activity": ACTIVITY,
        f"{p}.equity": EQUITY,
        f"{p}.format": "coaching",
        f"{p}.participants_expected": 2,
        f"{p}.timeline_start": "2025-01-13",
        f"{p}.timeline_end": "2025-05-16",
        f"{p}.milestones": MILESTONES,
        "part3.reflection": REFLECTION,
        "rubric.circle-map": {"level": "proficient", "ticked": [0, 1, 2, 3, 4, 5]},
        "rubric.action-plan": {"level": "proficient", "ticked": [0, 1, 2, 4]},
        "rubric.design": {"level": "basic", "ticked": [0, 1]},
    }
    artifacts = [
        {
            "id": "art-photo",
            "part": "artifact4",
            "title": "Planning board from the first cycle",
            "filename": "IMG_2041.jpg",
            "file": photo_sha,
            "url": "",
            "description": "The board we built in the first planning conversation. The teacher "
            "chose the focus (who talks in discussion) and we agreed on the talk map as the "
            "data to collect.",
            "fields": {
                "date_time": "2025-01-28T15:30",
                "participants": "2",
                "purpose": "Record the focus and steps agreed for the coaching cycle.",
                "equity": "The focus names participation by student group, so "
                "multilingual learners are tracked from the start.",
                "artifact_type": "Products developed during the process",
            },
            "markup": [
                {
                    "kind": "highlight",
                    "x": 0.12,
                    "y": 0.22,
                    "w": 0.62,
                    "h": 0.1,
                    "color": "#FFD400",
                    "text": "",
                },
                {
                    "kind": "arrow",
                    "x": 0.86,
                    "y": 0.55,
                    "w": -0.08,
                    "h": -0.12,
                    "color": "#D62828",
                    "text": "",
                },
                {
                    "kind": "text",
                    "x": 0.70,
                    "y": 0.56,
                    "w": 0.26,
                    "h": 0.05,
                    "color": "#B00020",
                    "text": "Teacher's own focus",
                },
            ],
        },
        {
            "id": "art-forum",
            "part": "artifact4",
            "title": "Online forum follow-up",
            "filename": "forum.png",
            "file": shot_sha,
            "url": "https://forum.example.org/t/coaching-cycle/42",
            "description": "A screenshot of our staff forum after the second observation. The "
            "teacher reports the result of trying partner talk; my reply asks a question "
            "instead of giving advice. Names are redacted.",
            "fields": {
                "date_time": "2025-03-04T19:05",
                "participants": "3",
                "purpose": "Continue the reflecting conversation between visits.",
                "equity": "The reply turns attention to the students who are still quiet.",
                "artifact_type": "Online forums (screenshots of conversations)",
            },
            "markup": [{"kind": "redact", "color": "#000000", "text": "", **REDACT_BOX}],
        },
        {
            "id": "art-handout",
            "part": "artifact4",
            "title": "Talk map observation template",
            "filename": "talk-map-template.pdf",
            "file": handout_sha,
            "url": "",
            "description": "The template I used in both observations to record who speaks, to "
            "whom and how often. The teachers now use it to observe each other.",
            "fields": {
                "date_time": "2025-02-12T10:00",
                "participants": "2",
                "purpose": "Collect participation data during the observed lesson.",
                "equity": "Marks every student's contributions, making gaps between "
                "groups visible.",
                "artifact_type": "Products developed during the process",
            },
            "markup": [],
        },
    ]
    respondents = [
        {
            "id": "resp-1",
            "part": "artifact5",
            "role": "Mentee, second-year teacher",
            "method": "Email",
            "answers": RESPONDENT_ANSWERS[0],
        },
        {
            "id": "resp-2",
            "part": "artifact5",
            "role": "Colleague and co-observer",
            "method": "In person",
            "answers": RESPONDENT_ANSWERS[1],
        },
    ]
    snapshot = {
        "format": "tli-workbook",
        "version": 1,
        "app_version": "0.1.0",
        "exported_at": "2025-05-20T12:00:00Z",
        "workbook": {
            "title": "A. Teacher's coaching workbook",
            "credential": CREDENTIAL_ID,
            "fellow": False,
            "created": "2025-01-05T09:00:00",
            "modified": "2025-05-20T11:59:00",
        },
        "answers": answers,
        "circle_map": CIRCLE_MAP,
        "artifacts": artifacts,
        "respondents": respondents,
        "files": {
            photo_sha: {"size": len(photo), "media_type": "image/jpeg"},
            shot_sha: {"size": len(shot), "media_type": "image/png"},
            handout_sha: {"size": len(handout), "media_type": "application/pdf"},
        },
    }

    def file_path(sha: str) -> Path | None:
        p = files_dir / sha
        return p if p.is_file() else None

    return Workbook(
        snapshot,
        file_path,
        default_catalog().get(CREDENTIAL_ID),
        files_dir,
        photo_sha,
        shot_sha,
        handout_sha,
    )


def word_count(text: str) -> int:
    return len(text.split())
