"""The Fishbone (root cause analysis) diagram: plain-data model, layout and rendering."""
