"""The editor of the structure_tree field type: an indented list with a live tree preview."""
