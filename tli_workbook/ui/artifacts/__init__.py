"""The artifacts page: attach, preview, annotate and mark up implementation artifacts."""
