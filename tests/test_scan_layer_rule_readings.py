"""What a line reader's text layer (``--psm 6``) makes of the horizontal
rules of a table: a group heading stretched along the rule under it, a
second reading of a row along the rule drawn close under it, letters read
from a rule whose box reaches into the line above or stops at the rule."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from conftest import LAYER_DPI, layer_word
from esep.plugins.pdf import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
K = 72.0 / LAYER_DPI  # points a pixel


def group_heading():
    """A heading "Hispanic" centred over three columns, a rule under it
    running the width of the three (150 dpi), and the columns' headings
    below."""
    font = ImageFont.truetype(FONT, 18)
    img = Image.new("L", (900, 200), 250)
    d = ImageDraw.Draw(img)
    d.text((300, 40), "Hispanic", font=font, fill=0)
    d.line((150, 66, 600, 66), fill=40, width=2)
    heads = []
    for x, t in ((160, "No."), (330, "Rate"), (480, "(95% CI)")):
        d.text((x, 80), t, font=font, fill=0)
        heads.append(layer_word(t, d.textbbox((x, 80), t, font=font)))
    return np.asarray(img), d.textbbox((300, 40), "Hispanic", font=font), heads


def test_a_group_heading_read_with_its_rule_is_fitted_to_its_letters():
    gray, ink, heads = group_heading()
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    stretched = layer_word("\u2014_\u2014_\u2014Hispanic____", (150, 36, 600, 68))
    plain = layer_word("Hispanic", (152, 36, 598, 68))
    assert ocr.fit_words_on_rules([stretched, plain] + heads, gray, K, rules) == 2
    for w in (stretched, plain):
        assert w.text == "Hispanic"
        assert abs(w.x0 / K - ink[0]) <= 3 and abs(w.x1 / K - ink[2]) <= 3
    # the columns' headings, under no rule, are as the layer wrote them
    assert [w.text for w in heads] == ["No.", "Rate", "(95% CI)"]


def test_a_figure_on_a_rule_is_not_fitted():
    gray, _, _ = group_heading()
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    figure = layer_word("2016__", (150, 36, 600, 68))
    assert ocr.fit_words_on_rules([figure], gray, K, rules) == 0
    assert figure.text == "2016__" and figure.x0 == 150 * K


def bold_total_row():
    """A bold totals row with a rule drawn close under it (150 dpi)."""
    font = ImageFont.truetype(BOLD, 16)
    img = Image.new("L", (900, 140), 250)
    d = ImageDraw.Draw(img)
    row = []
    for x, t in ((60, "Total"), (300, "206,952"), (600, "(432.5-436.2)")):
        d.text((x, 40), t, font=font, fill=0)
        row.append(layer_word(t, d.textbbox((x, 40), t, font=font)))
    d.line((50, 66, 850, 66), fill=40, width=2)
    return np.asarray(img), row


def test_a_second_reading_of_a_row_along_its_rule_is_dropped():
    gray, row = bold_total_row()
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    assert len(rules) == 1
    ghosts = [layer_word("eR", (b, 48, b + 40, 68)) for b in (row[1].x0 / K + 20,)]
    ghosts.append(layer_word("_1832,9-436.2)", (row[2].x0 / K - 10, 48, row[2].x1 / K, 68)))
    assert ocr.drop_doubled_readings(row + ghosts, K, rules) == row


def test_words_near_a_rule_that_overlap_nothing_stay():
    gray, row = bold_total_row()
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    below = layer_word("12", (300, 70, 330, 90))  # a figure under the rule, its box touching it
    assert ocr.drop_doubled_readings(row + [below], K, rules) == row + [below]


def test_letters_read_from_a_rule_are_dropped_though_their_box_reaches_the_line_above():
    """The layer's box of "ee" read from the rule under a header takes in
    the descender of "(yrs)" above it, and stops at the rule's upper edge."""
    font = ImageFont.truetype(FONT, 18)
    img = Image.new("L", (900, 140), 250)
    d = ImageDraw.Draw(img)
    d.text((60, 30), "(yrs)", font=font, fill=0)
    x0, top, x1, bottom = d.textbbox((60, 30), "(yrs)", font=font)
    yrs = layer_word("(yrs)", (x0, top, x1, bottom - 4))  # the layer's box over the letters' body
    d.line((50, bottom + 6, 850, bottom + 6), fill=40, width=2)
    gray = np.asarray(img)
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    read = layer_word("ee", (55, bottom - 10, 140, bottom + 5))
    assert ocr.drop_read_rules([yrs, read], gray, K, rules) == [yrs]


def bulleted_cell():
    """Two items of a table cell, each after a bullet (a filled disc a
    third of the line's height), at 150 dpi; and a line where a letter "e"
    stands alone before a dash."""
    font = ImageFont.truetype(FONT, 18)
    img = Image.new("L", (900, 200), 250)
    d = ImageDraw.Draw(img)
    lines = []
    for top, item in ((30, "Intraclass"), (70, "Kappa")):
        d.ellipse((100, top + 8, 108, top + 16), fill=0)
        d.text((124, top), item, font=font, fill=0)
        lines.append((top, d.textbbox((124, top), item, font=font)))
    d.text((100, 120), "e", font=font, fill=0)
    d.text((130, 120), "\u2013", font=font, fill=0)
    return np.asarray(img), lines


def test_bullets_the_layer_wrote_as_letters_are_bullets_again():
    gray, lines = bulleted_cell()
    words = []
    for (top, box), mark in zip(lines, ("e", "\u00a2")):
        words.append(layer_word(mark, (100, top - 2, 104, top + 24)))  # the layer's box: narrow, the line's height
        words.append(layer_word("\u2014", (112, top - 2, 116, top + 24)))  # the bullet's gap read as a dash
        words.append(layer_word("Intraclass" if top == 30 else "Kappa", (box[0], top - 2, box[2], top + 24)))
    letter = layer_word("e", (100, 118, 104, 144))
    dash = layer_word("\u2013", (130, 118, 140, 144))
    words += [letter, dash]
    assert ocr.layer_bullets(words, gray, K) == 2
    assert [w.text for w in words] == ["\u2022", "Intraclass", "\u2022", "Kappa", "e", "\u2013"]


def figures_beside_a_column_rule():
    """Figures set close to the left of a column rule that runs the
    table's height, and a bracketed figure away from any rule (150 dpi)."""
    font = ImageFont.truetype(FONT, 16)
    img = Image.new("L", (900, 220), 250)
    d = ImageDraw.Draw(img)
    d.line((300, 10, 300, 210), fill=40, width=2)
    boxes = {}
    for top, t in ((40, "9,522.6"), (80, "822.0")):
        box = d.textbbox((0, 0), t, font=font)
        x = 294 - (box[2] - box[0])
        d.text((x, top), t, font=font, fill=0)
        boxes[t] = d.textbbox((x, top), t, font=font)
    d.text((500, 120), "(0.21)", font=font, fill=0)
    boxes["(0.21)"] = d.textbbox((500, 120), "(0.21)", font=font)
    d.text((500, 160), "12)", font=font, fill=0)
    boxes["12)"] = d.textbbox((500, 160), "12)", font=font)
    return np.asarray(img), boxes


def test_a_column_rule_the_layer_glued_to_a_figure_as_a_bracket_is_taken_off():
    gray, boxes = figures_beside_a_column_rule()
    x0, top, x1, bottom = boxes["9,522.6"]
    glued = layer_word("9,522.6]", (x0, top - 3, x1 - 2, bottom + 3))  # the layer's box stops short of the rule
    x0, top, x1, bottom = boxes["822.0"]
    curly = layer_word("822.0}", (x0, top - 3, x1 + 4, bottom + 3))
    x0, top, x1, bottom = boxes["(0.21)"]
    paired = layer_word("(0.21)", (x0, top - 3, x1, bottom + 3))
    x0, top, x1, bottom = boxes["12)"]
    item = layer_word("12)", (x0, top - 3, x1, bottom + 3))  # a bracket printed, no rule beside it
    words = [glued, curly, paired, item]
    assert ocr.layer_rule_marks(words, gray, K) == 2
    assert [w.text for w in words] == ["9,522.6", "822.0", "(0.21)", "12)"]
    # the text as the layer wrote it is kept for the cell's original
    assert [w.read for w in words] == ["9,522.6]", "822.0}", None, None]
    assert curly.x1 / K <= 300
