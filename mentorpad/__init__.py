"""mentorpad: a private, offline companion for mentors."""

__version__ = "0.1.0"
APP_NAME = "mentorpad"
APP_DISPLAY_NAME = "mentorpad"
