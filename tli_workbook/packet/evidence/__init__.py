"""Evidence files in the packet: every page of a PDF, Word/OpenDocument/PowerPoint files laid
out through the document model, and audio, video or anything else carried into the upload kit
as the original file with a page that names it.

`kinds` is pure Python (readiness uses it); the other modules load their libraries lazily.
"""
