"""The main window's areas: each shows vault content and forgets it on lock."""
