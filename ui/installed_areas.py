"""The area packages of this build. Importing each registers its :class:`ui.areas.Area`;
the shell asks ``ui.areas.areas_for(roles)`` afterwards and knows none of them by name.

The descriptions are light (no screen is imported until an area is built), so loading them
at the first unlock costs nothing noticeable.
"""

from __future__ import annotations

from ui.areas import Area, areas_for


def load() -> None:
    """Register every area this build carries (idempotent)."""
    import ui.casework.area
    import ui.collective.area
    import ui.community.area
    import ui.mentalhealth.area
    import ui.neighbourhood.area
    import ui.renovation.area
    import ui.supervision.area  # noqa: F401


def areas_of(roles: list[str] | tuple[str, ...]) -> list[Area]:
    """The areas of a person with `roles`, every area package loaded first."""
    load()
    return areas_for(roles)
