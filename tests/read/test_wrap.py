"""Hard-wrapped plain text joined back into paragraphs; everything else left as it is."""

from __future__ import annotations

import pytest

from newsweave.read.wrap import unwrap

# Real wire copy (DUC 2006, NYT19990810.0105), wrapped at 65 columns as it was filed.
WIRE = """Army retreats on wetlands protection, report says

Despite President Clinton's promise to stop the destruction of
the nation's wetlands, the US Army Corps of Engineers is rapidly
retreating from enforcing the main law that protects streams,
swamps, and marshes from filling and development, a review of the
Corps' records indicates.

The Corps, which has primary responsibility for protecting
wetlands, has cut its enforcement actions against wetlands
violations by 40 percent since 1992, and in 1998 rejected only 3.2
percent of permit applications for major wetland projects."""
WIRE_JOINED = """Army retreats on wetlands protection, report says

Despite President Clinton's promise to stop the destruction of the nation's wetlands, the US Army Corps of Engineers is rapidly retreating from enforcing the main law that protects streams, swamps, and marshes from filling and development, a review of the Corps' records indicates.

The Corps, which has primary responsibility for protecting wetlands, has cut its enforcement actions against wetlands violations by 40 percent since 1992, and in 1998 rejected only 3.2 percent of permit applications for major wetland projects."""
# Paragraphs opened by an indent, no blank lines (AP copy, DUC APW19980812.0878), a hyphen at a wrap.
INDENTED = """   BERLIN (AP) _ Two medical experts testifying Wednesday in the
doping trial of a former East German sports doctor said the female
swimmers they examined showed health damage linked to performance-
enhancing drugs, including liver damage and excessive facial hair.
   The two professors said they examined 11 swimmers, all of whom
were witnesses in the trial. Five of the women had changes in
their voices, they said."""
INDENTED_JOINED = """   BERLIN (AP) _ Two medical experts testifying Wednesday in the doping trial of a former East German sports doctor said the female swimmers they examined showed health damage linked to performance-enhancing drugs, including liver damage and excessive facial hair.
   The two professors said they examined 11 swimmers, all of whom were witnesses in the trial. Five of the women had changes in their voices, they said."""
# A scraped page: one paragraph per line, of any length; short lines are menus and bylines.
SCRAPED = """Home
News
Flood barriers fail as river rises four metres overnight in the old harbour district, officials say
By Jane Doe
Two of the harbour's barrier gates failed to close on Sunday night as the surge rolled in, the port authority said in a statement on Monday morning.
Residents were told to leave."""
# One sentence per line, the lines as even as a wrapper's: not wrapped (tests/test_store.py's stream).
SENTENCES = """Lisbon earthquake: Costa on collapsed buildings
Seismology Institute director Ana Costa described the earthquake in Lisbon (1).
Aftershocks at Alfama district, magnitude 6.1, collapsed buildings at the quay.
"The earthquake in Lisbon is not over," Costa told reporters on March 2, 2025.
Rescue teams searched the collapsed buildings of Alfama through the whole night."""
# Short lines that are a list, not a wrapped paragraph.
LIST = """Closed roads:
- Harbour Street between the quay and the market
- Mill Lane from the bridge to the old station
- Quay Road east of the ferry terminal building
- Station Road, both directions, until Tuesday"""


@pytest.mark.parametrize(
    ("text", "expected", "width"),
    [
        (WIRE, WIRE_JOINED, 65),
        (INDENTED, INDENTED_JOINED, 66),
        (SCRAPED, SCRAPED, None),
        (SENTENCES, SENTENCES, None),
        (LIST, LIST, None),
        ("", "", None),
    ],
    ids=["wire-blank-lines", "wire-indented", "scraped-page", "sentence-per-line", "list", "empty"],
)
def test_unwrap(text: str, expected: str, width: int | None) -> None:
    assert unwrap(text) == (expected, width)
