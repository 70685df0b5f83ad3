"""The chart of teams: an indented list of structures drawn as a tidy tree."""
