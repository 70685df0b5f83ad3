"""Readiness, rubric self-assessment and privacy views."""
