"""Readiness checks and rubric self-assessment, computed from definitions (no Qt)."""
