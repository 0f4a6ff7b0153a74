"""Anonymised aggregates for the regional evaluation table (art. 38 CDG 2): no names, no
ids, and no count below 5 can be read or worked out.

Small-cell suppression, and why totals cannot give a suppressed cell away
------------------------------------------------------------------------
Every indicator is published as *groups* of cells that add up to a published total:
its categories (e.g. note kinds; referrals also by outcome) add up to the indicator's
total, its four strategic axes (plus "no objective") add up to the same total, and within
each axis the operational objectives add up to the axis cell.

1. Primary suppression: every count from 0 to 4 is shown as "<5" (zeros too: the rows are
   always the full list of codes, so a missing row never tells anything either).
2. Complementary suppression: a group with a hidden cell must hide at least two, and if it
   has counts of 5 or more, at least one of those (the smallest; shown as "x"). Then
   total − visible cells = (hidden small cells) + (a hidden cell ≥ 5), so the small cells
   are only known to lie in a range, never exactly. If a group has no visible cell left to
   hide, its total is hidden instead, and the rule is applied again (the total is a cell of
   its parent group) until nothing changes.
   The only exact fact left derivable is "0" when the hidden part is exactly 5 —
   a zero names nobody.
We chose complementary suppression over rounding the totals: rounding to 5 or 10 still
pins a cell down at the edges (a total rounded up with its other cells rounded down gives
the small cell exactly), and exact totals are what the regional table asks for when no
small cell is involved. Every number is computed on the supervisor's laptop; nothing
leaves it unless the supervisor exports the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.casework.labels import AXES, OBJECTIVES
from fieldapp.supervision.labels import CATEGORY_LABELS as C
from fieldapp.supervision.labels import NO_OBJECTIVE
from fieldapp.supervision.views import IndicatorReport

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "x"

# indicator -> its category dimensions: (dimension, indicator the counts come from, codes)
PUBLISHED: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "notes": (("kind", "notes", tuple(C["notes"])),),
    "home_visits": (("status", "home_visits", tuple(C["home_visits"])),),
    "referrals": (("destination", "referrals", tuple(C["referrals"])),
                  ("outcome", "referral_outcomes", tuple(C["referral_outcomes"]))),
    "followups": (("timeliness", "followups", tuple(C["followups"])),),
    "welcome_sessions": (("sessions", "welcome_sessions", tuple(C["welcome_sessions"])),),
    "welcome_attendance": (("attendance", "welcome_attendance",
                            tuple(C["welcome_attendance"])),),
    "inventories_signed": (("kind", "inventories_signed", tuple(C["inventories_signed"])),),
    "help_needed": (("item", "help_needed", tuple(C["help_needed"])),),
    "job_placements": (("outcome", "job_placements", tuple(C["job_placements"])),),
    "interventions": (("category", "interventions", tuple(C["interventions"])),),
    "tenant_meetings": (("meetings", "tenant_meetings", tuple(C["tenant_meetings"])),),
    "meeting_attendance": (("attendee", "meeting_attendance",
                            tuple(C["meeting_attendance"])),),
    "minutes_sent": (("timeliness", "minutes_sent", tuple(C["minutes_sent"])),),
    "meeting_actions": (("state", "meeting_actions", tuple(C["meeting_actions"])),),
    "door_to_door": (("outcome", "door_to_door", tuple(C["door_to_door"])),),
    "project_applications": (("decision", "project_applications",
                              tuple(C["project_applications"])),),
    "room_bookings": (("bookings", "room_bookings", tuple(C["room_bookings"])),),
    "mh_consultations": (("urgency", "mh_consultations", tuple(C["mh_consultations"])),),
}
# the dimension a published category comes from -> the indicator whose labels it uses
SOURCE = {(ind, dim): src for ind, dims in PUBLISHED.items() for dim, src, _codes in dims}
AXIS_CODES = (*AXES, NO_OBJECTIVE)


@dataclass(frozen=True)
class AnonymisedCell:
    indicator: str
    dimension: str  # "total", a category dimension, "axis" or "objective"
    code: str  # "" for the total
    value: str  # a count >= 5, "<5", or "x" (hidden so that no small cell can be derived)


Cell = tuple[str, str]  # (dimension, code)


def _groups(indicator: str) -> list[tuple[list[Cell], Cell]]:
    total: Cell = ("total", "")
    groups = [([(dim, c) for c in codes], total) for dim, _src, codes in PUBLISHED[indicator]]
    groups.append(([("axis", a) for a in AXIS_CODES], total))
    for axis in AXES:
        groups.append(([("objective", o) for o in OBJECTIVES if o.split(".")[0] == axis],
                       ("axis", axis)))
    return groups


def suppress(values: dict[Cell, int], groups: list[tuple[list[Cell], Cell]]) -> set[Cell]:
    """The cells to hide: primary (< 5) and complementary ones (see the module docstring)."""
    hidden = {cell for cell, n in values.items() if n < THRESHOLD}
    changed = True
    while changed:
        changed = False
        for cells, total in groups:
            members = [*cells, total]
            shut = [m for m in members if m in hidden]
            if not shut:
                continue
            big = [m for m in members if values[m] >= THRESHOLD]
            if len(shut) >= 2 and (not big or any(m in hidden for m in big)):
                continue  # one hidden cell alone, or only small ones beside big, would show
            choices = sorted((m for m in cells if m not in hidden), key=lambda m: (values[m], m))
            if choices:
                hidden.add(choices[0])
            elif total not in hidden:
                hidden.add(total)
            else:
                continue
            changed = True
    return hidden


def anonymise(report: IndicatorReport) -> list[AnonymisedCell]:
    out: list[AnonymisedCell] = []
    for indicator, dimensions in PUBLISHED.items():
        values: dict[Cell, int] = {("total", ""): report.total(indicator)}
        for dim, source, codes in dimensions:
            counts = report.by_category(source)
            values.update({(dim, c): counts.get(c, 0) for c in codes})
        axes = report.by_axis(indicator)
        values.update({("axis", a): axes.get(a, 0) for a in AXIS_CODES})
        objectives = report.by_objective(indicator)
        values.update({("objective", o): objectives.get(o, 0) for o in OBJECTIVES})
        hidden = suppress(values, _groups(indicator))
        for cell, n in values.items():
            shown = (SMALL if n < THRESHOLD else HIDDEN) if cell in hidden else str(n)
            out.append(AnonymisedCell(indicator, cell[0], cell[1], shown))
    return out
