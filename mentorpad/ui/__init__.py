"""Everything Qt: views, controllers, item models. Imports point down to models and guides."""
