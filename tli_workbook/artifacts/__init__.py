"""Artifacts and participant feedback (the Do stage): file checks, previews, open-copies,
annotation drafting and sample content. No widgets: the UI lives in tli_workbook.ui.artifacts
and tli_workbook.ui.feedback."""
