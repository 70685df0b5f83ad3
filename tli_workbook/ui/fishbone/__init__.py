"""The Fishbone editor: a canvas (scene, items, undo) for the fishbone field type."""
