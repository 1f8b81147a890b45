"""Small charts drawn with QPainter: a heat map, line charts over dates, bar charts.

QtCharts lives in PySide6-Addons, which we do not ship. These draw the same way on screen and
into a QImage (render_to_image) for reports, take every colour from the widget's palette (so
light and dark themes both read well), thin axis labels so they never overlap, and show an
explanation instead of empty axes when there is nothing to draw.

One module per chart family; this package re-exports the names the views import.
"""

from mentorpad.ui.widgets.charts.axes import date_ticks, month_label, nice_step, thin_step
from mentorpad.ui.widgets.charts.bar import BarChart
from mentorpad.ui.widgets.charts.base import Chart, Hit, Series
from mentorpad.ui.widgets.charts.colors import ChartColors, chart_colors, series_colors
from mentorpad.ui.widgets.charts.heatmap import HeatMapChart
from mentorpad.ui.widgets.charts.line import LineChart, RatingChart
from mentorpad.ui.widgets.charts.percent import PercentChart

__all__ = [
    "BarChart",
    "Chart",
    "ChartColors",
    "HeatMapChart",
    "Hit",
    "LineChart",
    "PercentChart",
    "RatingChart",
    "Series",
    "chart_colors",
    "date_ticks",
    "month_label",
    "nice_step",
    "series_colors",
    "thin_step",
]
