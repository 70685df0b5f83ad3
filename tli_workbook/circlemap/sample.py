"""A realistic, anonymous Coaching and Mentoring circle map (the snapshot's "circle_map" shape).

No people, schools or towns are named. The action plan of the sample workbook links to the main
need by its id, "need-feedback"; keep the ids stable.
"""

from __future__ import annotations

from typing import Any


def _entry(eid: str, ring: str, text: str, note: str = "", color: str = "") -> dict[str, Any]:
    return {
        "id": eid,
        "ring": ring,
        "text": text,
        "note": note,
        "color": color,
        "x": 0.0,
        "y": 0.0,
        "free": False,
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
            "grows faster with a trusted colleague beside them",
        ),
        _entry("ctx-district", "context", "Suburban district: 9 schools, about 6,200 students"),
        _entry("ctx-grades", "context", "Our middle school: grades 6–8, about 780 students"),
        _entry(
            "ctx-colleagues",
            "context",
            "31 teachers: 8 in their first three years, 12 with more than 15 years",
        ),
        _entry(
            "ctx-admin",
            "context",
            "Administrators support peer observation and protect one PLC period a week",
        ),
        _entry(
            "ctx-culture",
            "context",
            "Teacher leadership is informal: department leads and a buddy system, no coaching role",
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
            "district induction office",
        ),
        _entry(
            "need-feedback",
            "needs",
            "New teachers (8 of 31 staff in their first three years) ask for regular, "
            "non-evaluative feedback on their instruction",
            note="spring staff survey: 7 of the 8 asked for more frequent feedback",
            color="#1d4e89",
        ),
        _entry(
            "need-time",
            "needs",
            "Mentor pairs need shared time: 5 of 8 pairs have no common planning period",
        ),
        _entry(
            "need-mentor-skills",
            "needs",
            "Experienced teachers who volunteer as mentors ask for practice in coaching "
            "conversations",
        ),
        _entry(
            "need-ml-strategies",
            "needs",
            "Teachers want shared strategies for multilingual learners, 17% of our students",
        ),
        _entry(
            "need-family-voice",
            "needs",
            "Family perspectives can be gathered through translated surveys (Spanish, Vietnamese)",
        ),
        _entry(
            "need-support-staff",
            "needs",
            "Paraeducators and support staff can be included in the mentoring network",
        ),
        _entry(
            "need-association",
            "needs",
            "The local association offers to co-host monthly new-educator meetups",
        ),
    ],
    # Drawn on the automatic layout: needs pointing at the context they grow from.
    "strokes": [
        {
            "id": "arrow-feedback-colleagues",
            "kind": "arrow",
            "color": "#c0392b",
            "width": 3.0,
            "points": [[352.0, -300.0], [292.0, 16.0]],
        },
        {
            "id": "arrow-support-staff-stakeholders",
            "kind": "arrow",
            "color": "#c0392b",
            "width": 3.0,
            "points": [[-334.0, -150.0], [-266.0, -176.0]],
        },
    ],
}
