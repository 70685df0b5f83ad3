"""The Circle Map editor: scene, items, undo commands, side list and the page widget."""
