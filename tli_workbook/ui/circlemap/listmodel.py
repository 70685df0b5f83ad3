"""The side list: entries grouped by ring, one model over the document, always in step with
the canvas. Editing a row's text pushes an undo command like any other edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from tli_workbook.circlemap.model import RINGS
from tli_workbook.ui.circlemap.document import MapDocument

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RING_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_RING_NODE = 0  # internalId of ring rows; entry rows carry 1 + their ring's row

Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractItemModel):
    def __init__(
        self,
        doc: MapDocument,
        on_edit: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self._on_edit = on_edit
        self._rows = self._current_rows()
        doc.entriesChanged.connect(self.sync)

    def _current_rows(self) -> dict[str, list[str]]:
        return {ring: [e.id for e in self.doc.map.in_ring(ring)] for ring in RINGS}

    # ----- lookup --------------------------------------------------------------------------

    def ring_index(self, ring: str) -> QModelIndex:
        return self.createIndex(RINGS.index(ring), 0, _RING_NODE)

    def entry_index(self, entry_id: str) -> QModelIndex:
        for r, ring in enumerate(RINGS):
            ids = self._rows[ring]
            if entry_id in ids:
                return self.createIndex(ids.index(entry_id), 0, r + 1)
        return QModelIndex()

    def entry_id(self, index: Index) -> str | None:
        if not index.isValid() or index.internalId() == _RING_NODE:
            return None
        return self._rows[RINGS[index.internalId() - 1]][index.row()]

    def ring_of(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        if index.internalId() == _RING_NODE:
            return RINGS[index.row()]
        return RINGS[index.internalId() - 1]

    # ----- model ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _RING_NODE) if row < len(RINGS) else QModelIndex()
        if parent.internalId() != _RING_NODE:
            return QModelIndex()
        if row >= len(self._rows[RINGS[parent.row()]]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _RING_NODE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _RING_NODE)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(RINGS)
        if parent.internalId() == _RING_NODE:
            return len(self._rows[RINGS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _RING_NODE:
            ring = RINGS[index.row()]
            n = len(self._rows[ring])
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.doc.labels[ring]} ({n})"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{ring} ring, %n entries", "", n).format(ring=self.doc.labels[ring])
            if role == RING_ROLE:
                return ring
            return None
        eid = self.entry_id(index)
        entry = self.doc.entry(eid) if eid else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " ".join(entry.text.split()) or self.tr("(empty)")
            return f"{text} — {entry.note}" if entry.note and entry.ring == "center" else text
        if role == Qt.ItemDataRole.EditRole:
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.text}\n\n{entry.note}" if entry.note else entry.text
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == RING_ROLE:
            return entry.ring
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _RING_NODE:
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        eid = self.entry_id(index)
        if eid is None or role != Qt.ItemDataRole.EditRole:
            return False
        self._on_edit(eid, str(value))
        return True

    def draft(self, entry_id: str, text: str) -> None:
        """Text being typed into a row's editor: saved as a draft of the entry."""
        e = self.doc.entry(entry_id)
        if e is not None:
            self.doc.set_draft(e.with_(text=text.strip()))

    def end_draft(self, entry_id: str) -> None:
        self.doc.clear_draft(entry_id)

    # ----- following the document ----------------------------------------------------------

    def sync(self, changed: list[str] | None = None) -> None:
        """Apply the document's new grouping as row removals, insertions and moves, so the
        view keeps its selection and expanded rings."""
        new = self._current_rows()
        for ring in RINGS:
            keep = set(new[ring])
            old = self._rows[ring]
            for i in range(len(old) - 1, -1, -1):
                if old[i] not in keep:
                    self.beginRemoveRows(self.ring_index(ring), i, i)
                    del old[i]
                    self.endRemoveRows()
        for ring in RINGS:
            old = self._rows[ring]
            for i, eid in enumerate(new[ring]):
                if eid not in old:
                    self.beginInsertRows(self.ring_index(ring), i, i)
                    old.insert(i, eid)
                    self.endInsertRows()
        for ring in RINGS:
            if self._rows[ring] != new[ring]:
                self.layoutAboutToBeChanged.emit()
                persistent = self.persistentIndexList()
                ids = [self.entry_id(p) for p in persistent]
                self._rows[ring] = list(new[ring])
                self.changePersistentIndexList(
                    persistent,
                    [self.entry_index(i) if i else p for p, i in zip(persistent, ids, strict=True)],
                )
                self.layoutChanged.emit()
        for eid in changed or []:
            idx = self.entry_index(eid)
            if idx.isValid():
                self.dataChanged.emit(idx, idx)
        for ring in RINGS:
            idx = self.ring_index(ring)
            self.dataChanged.emit(idx, idx)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's current width (Qt's tree views do
    not wrap on their own)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)
        self.closeEditor.connect(self._editor_closed)

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        model = index.model()
        if isinstance(editor, QLineEdit) and isinstance(model, EntryListModel):
            entry_id = model.entry_id(index)
            if entry_id:
                # Each keystroke is saved like any other editor's (a draft until Enter).
                editor.setProperty("entryId", entry_id)
                editor.textEdited.connect(lambda text: model.draft(entry_id, text))
        return editor

    def _editor_closed(
        self,
        editor: QWidget,
        _hint: QAbstractItemDelegate.EndEditHint = 0,  # type: ignore[assignment]
    ) -> None:
        entry_id = editor.property("entryId")
        model = self._view.model()
        if entry_id and isinstance(model, EntryListModel):
            model.end_draft(str(entry_id))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * (depth + 1) - 12
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(width, 40), 10_000), flags, text
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # Re-measure rows when the panel's width changes.
            self._view.scheduleDelayedItemsLayout()
        return False
