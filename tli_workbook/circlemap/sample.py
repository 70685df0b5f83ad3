"""A realistic, anonymous Coaching and Mentoring circle map (the snapshot's "circle_map" shape).

No people, schools or towns are named. The action plan of the sample workbook links to the main
need by its id, "need-feedback"; keep the ids stable.
"""

from __future__ import annotations

from typing import Any

# Where each entry sits (x, y, size, wrap): the automatic layout's arrangement (Tidy), stored
# as a teacher's map stores it, so opening the sample lays nothing out.
PLACES: dict[str, tuple[float, float, float, float]] = {
    "core-theme": (0.0, 0.0, 20.0, 254.1),
    "ctx-district": (116.4, -226.9, 16.0, 138.4),
    "ctx-grades": (231.5, -107.0, 16.0, 140.2),
    "ctx-colleagues": (242.8, 77.8, 16.0, 142.2),
    "ctx-admin": (103.4, 233.1, 16.0, 184.3),
    "ctx-culture": (-120.6, 224.7, 16.0, 181.3),
    "ctx-demographics": (-253.3, 29.0, 16.0, 156.6),
    "ctx-stakeholders": (-151.8, -191.5, 16.0, 166.8),
    "need-feedback": (180.0, -404.2, 16.0, 210.3),
    "need-time": (442.0, 20.0, 16.0, 160.7),
    "need-mentor-skills": (272.6, 348.5, 16.0, 169.6),
    "need-ml-strategies": (-93.8, 432.5, 16.0, 311.9),
    "need-family-voice": (-389.3, 210.4, 16.0, 137.4),
    "need-support-staff": (-416.7, -148.8, 16.0, 184.6),
    "need-association": (-193.0, -398.2, 16.0, 238.6),
}


def _entry(eid: str, ring: str, text: str, note: str = "", color: str = "") -> dict[str, Any]:
    x, y, size, wrap = PLACES[eid]
    return {
        "id": eid,
        "ring": ring,
        "text": text,
        "note": note,
        "color": color,
        "x": x,
        "y": y,
        "free": True,
        "size": size,
        "wrap": wrap,
    }


SAMPLE_MAP: dict[str, Any] = {
    "entries": [
        # The rubric asks for a Core Belief/Theme from page 5 of the NEA Teacher Leadership
        # Competencies booklet. The app ships no booklet text: the sample names its chosen
        # theme in the teacher's own words, as a teacher writing their own map would.
        _entry(
            "core-theme",
            "center",
            "My theme from page 5 of the competencies booklet, in my words: every teacher "
            "grows faster with a trusted colleague beside them",  # notr: sample data
        ),
        _entry(
            "ctx-district",
            "context",
            "Suburban district: 9 schools, about 6,200 students",  # notr: sample data
        ),
        _entry(
            "ctx-grades",
            "context",
            "Our middle school: grades 6–8, about 780 students",  # notr: sample data
        ),
        _entry(
            "ctx-colleagues",
            "context",
            "31 teachers: 8 in their first three years, 12 with more than 15 years",
        ),
        _entry(
            "ctx-admin",
            "context",
            "Administrators support peer observation and "  # notr: sample data
            "protect one PLC period a week",
        ),
        _entry(
            "ctx-culture",
            "context",
            "Teacher leadership is informal: department leads and a buddy system, no coaching "
            "role",  # notr: sample data
        ),
        _entry(
            "ctx-demographics",
            "context",
            "38% of students qualify for free or reduced-price meals; 17% are multilingual "
            "learners",
        ),
        _entry(
            "ctx-stakeholders",
            "context",
            "Stakeholders: teachers, support staff, families, the local association, "
            "district induction office",  # notr: sample data
        ),
        _entry(
            "need-feedback",
            "needs",
            "New teachers (8 of 31 staff in their first three years) ask for regular, "
            "non-evaluative feedback on their instruction",  # notr: sample data
            note="spring staff survey: 7 of the 8 asked for more frequent feedback",
            color="#1d4e89",
        ),
        _entry(
            "need-time",
            "needs",
            "Mentor pairs need shared time: 5 of "  # notr: sample data
            "8 pairs have no common planning period",
        ),
        _entry(
            "need-mentor-skills",
            "needs",
            "Experienced teachers who volunteer as mentors ask for practice in coaching "
            "conversations",  # notr: sample data
        ),
        _entry(
            "need-ml-strategies",
            "needs",
            "Teachers want shared strategies for "  # notr: sample data
            "multilingual learners, 17% of our students",
        ),
        _entry(
            "need-family-voice",
            "needs",
            "Family perspectives can be gathered through translated surveys (Spanish, "
            "Vietnamese)",  # notr: sample data
        ),
        _entry(
            "need-support-staff",
            "needs",
            "Paraeducators and support staff can "  # notr: sample data
            "be included in the mentoring network",
        ),
        _entry(
            "need-association",
            "needs",
            "The local association offers "  # notr: sample data
            "to co-host monthly new-educator meetups",
        ),
    ],
    # Needs pointing at the context they grow from (drawn on the places above).
    "strokes": [
        {
            "id": "arrow-feedback-colleagues",
            "kind": "arrow",
            "color": "#c0392b",
            "width": 3.0,
            "points": [[296.0, -350.0], [312.0, 24.0]],
        },
        {
            "id": "arrow-support-staff-stakeholders",
            "kind": "arrow",
            "color": "#c0392b",
            "width": 3.0,
            "points": [[-326.0, -160.0], [-236.0, -178.0]],
        },
    ],
}
