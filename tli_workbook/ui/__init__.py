"""The Qt user interface. Nothing outside ui/ imports from here."""
