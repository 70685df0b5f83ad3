"""The participant feedback page and the blank feedback form (export and print)."""
