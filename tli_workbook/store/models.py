"""SQLAlchemy models. Answers are stored generically, keyed by the definition's field paths,
so new parts and guidebook tools need no schema change; only things with their own identity
(map entries, strokes, artifacts, respondents, stored files) get tables of their own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Workbook(Base):
    __tablename__ = "workbooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    credential_id: Mapped[str] = mapped_column(String(100))
    fellow: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The start screen's "n of m parts", counted for the modified_at in summary_at (see
    # Store.set_summary); NULL or older than modified_at: to be counted again.
    summary_done: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    summary_total: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    summary_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=None)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="workbook", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("workbook_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(300))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    workbook: Mapped[Workbook] = relationship(back_populates="answers")


class MapEntry(Base):
    __tablename__ = "map_entries"
    __table_args__ = (UniqueConstraint("workbook_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    ring: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(20), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    free: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Font size and wrap width the entry is drawn with at (x, y); 0: not placed yet.
    size: Mapped[float] = mapped_column(Float, default=0.0)
    wrap: Mapped[float] = mapped_column(Float, default=0.0)


class MapStroke(Base):
    __tablename__ = "map_strokes"
    __table_args__ = (UniqueConstraint("workbook_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
    color: Mapped[str] = mapped_column(String(20))
    width: Mapped[float] = mapped_column(Float)
    points: Mapped[Any] = mapped_column(JSON, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StoredFile(Base):
    """A file copied into the data folder, content-addressed by SHA-256 (deduplicated)."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Artifact(Base):
    __tablename__ = "artifacts"
    __table_args__ = (UniqueConstraint("workbook_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    part_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"), nullable=True)
    url: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[Any] = mapped_column(JSON, default=dict, nullable=True)
    markup: Mapped[Any] = mapped_column(JSON, default=list, nullable=True)


class Respondent(Base):
    __tablename__ = "respondents"
    __table_args__ = (UniqueConstraint("workbook_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    part_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(100), default="")
    answers: Mapped[Any] = mapped_column(JSON, default=dict, nullable=True)


class ToolCopy(Base):
    """A filled copy of a guidebook tool. Its answers are ordinary answers under
    definitions.keys.tool_key(uid, field); this row gives the copy its identity."""

    __tablename__ = "tool_copies"
    __table_args__ = (UniqueConstraint("workbook_id", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(32))
    tool_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The teacher chose to add this copy to the submission packet as an appendix.
    in_packet: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """App-wide settings and the personal spelling dictionary (key 'dictionary')."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
