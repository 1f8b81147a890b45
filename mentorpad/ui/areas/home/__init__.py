"""Home: the portfolio, what needs attention this week, and the mentor's own view."""
