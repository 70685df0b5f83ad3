"""Evidence hints in readiness: files that travel only as the original, and annotation
elements the annotation does not mention. Hints never make a workbook unready."""

from __future__ import annotations

from typing import Any

from tli_workbook.review.evidence_readiness import mentions
from tli_workbook.review.readiness import is_ready, readiness, todo_items
from tli_workbook.review.report import check_report

from .helpers import file_path_of


def _warnings(cm: Any, snap: dict[str, Any]) -> list[Any]:
    return [i for s in readiness(cm, snap) for i in s.items if i.warning]


def _artifacts(snap: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in snap["artifacts"] if a["part"] == "artifact4"]


def test_sample_has_no_hints(store: Any, cm: Any, sample: int) -> None:
    assert _warnings(cm, store.snapshot(sample)) == []


def test_blank_element_fields_are_not_required(store: Any, cm: Any, sample: int) -> None:
    """The fields beside the annotation only help write it: emptying them changes nothing
    while the annotation itself gives the date, the count, the purpose and the equity."""
    snap = store.snapshot(sample)
    art = dict(_artifacts(snap)[1])
    art["fields"] = {"artifact_type": art["fields"].get("artifact_type", "")}
    store.upsert_artifact(sample, art)
    snap = store.snapshot(sample)
    assert todo_items(readiness(cm, snap)) == []
    assert _warnings(cm, snap) == []


def test_annotation_without_a_date_is_a_hint(store: Any, cm: Any, sample: int) -> None:
    snap = store.snapshot(sample)
    art = dict(_artifacts(snap)[0])
    n = art["fields"]["participants"]
    art["description"] = (
        f"Our newsletter went to all {n} teachers; its purpose was to invite early-career "
        "colleagues to voluntary coaching cycles, and a Spanish summary and three session "
        "times let every colleague, including part-time staff, take part."
    )
    store.upsert_artifact(sample, art)
    snap = store.snapshot(sample)
    statuses = readiness(cm, snap)
    assert is_ready(statuses)
    hints = _warnings(cm, snap)
    assert [h.label for h in hints] == ["Artifact 1 annotation: Time/Date"]
    assert "the assessor reads only the annotation" in hints[0].detail
    text, ok = check_report(snap, cm, file_path_of(store))
    assert ok and "[note] Artifact 1 annotation: Time/Date - The annotation does not" in text


def test_audio_evidence_travels_as_original(store: Any, cm: Any, sample: int, tmp_path) -> None:
    from tests.packet.evidence_files import wav_bytes

    wav = tmp_path / "reminder.wav"
    wav.write_bytes(wav_bytes())
    sha = store.add_file(wav, "audio/wav")
    snap = store.snapshot(sample)
    art = dict(_artifacts(snap)[2])
    art["file"], art["filename"] = sha, "reminder.wav"
    store.upsert_artifact(sample, art)
    snap = store.snapshot(sample)
    assert snap["files"][sha]["media_type"] == "audio/wav"
    hints = _warnings(cm, snap)
    assert [h.label for h in hints] == [
        "Artifact 3: reminder.wav travels only as the original file"
    ]
    assert "upload kit" in hints[0].detail and hints[0].target == f"artifact:{art['id']}"
    assert is_ready(readiness(cm, snap))


def test_mentions() -> None:
    assert mentions("date_time", "Time/Date", "Shared on March 4 with the team.")
    assert mentions("date_time", "Time/Date", "Sent 3/4/2025 to mentors.")
    assert not mentions("date_time", "Time/Date", "Shared with the whole team.")
    assert mentions("participants", "Number of participants", "Twelve mentors joined.", "12")
    assert not mentions("participants", "Number of participants", "Mentors joined.", "12")
    assert mentions("equity", "Equity", "It includes every student group.")
    assert not mentions("equity", "Equity", "It was a good session.")
    assert mentions("purpose", "Purpose", "Its purpose was to plan.")
