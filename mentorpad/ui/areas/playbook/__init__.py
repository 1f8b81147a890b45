"""Playbook: the 29 entries by stage, search, the entry page and its links to sessions."""
