"""The user guide inside the app: F1, Help > User guide and Help > Save guide as PDF."""
