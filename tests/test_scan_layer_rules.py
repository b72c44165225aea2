"""The horizontal rules of a scan that carries another program's text
layer: a thin rule levelled from a skewed page, and the letters a line
reader's layer wrote over a rule."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from conftest import LAYER_DPI, layer_word
from esep.plugins.pdf import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
K = 72.0 / LAYER_DPI  # points a pixel


def stepped_rule_page():
    """A 150 dpi page with a rule over a table's header, 2 px thick, that
    steps down a pixel a third of the way along and again two thirds along
    (a scan levelled to a tenth of a degree), a little blurred; and a black
    bar of a heading band below it."""
    img = Image.new("L", (1300, 400), 250)
    d = ImageDraw.Draw(img)
    for i, x in enumerate((100, 450, 800)):
        d.rectangle((x, 100 + i, x + 349, 101 + i), fill=60)
    d.rectangle((100, 250, 1150, 262), fill=20)  # the bar: 0.08 inch high
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.6)))


def test_a_thin_rule_levelled_from_a_skewed_scan_is_a_rule_and_a_bar_is_not():
    rules = ocr.horizontal_rules_in(stepped_rule_page(), LAYER_DPI)
    assert len(rules) == 1
    y, x0, x1 = rules[0]
    assert 99 <= y <= 104 and abs(x0 - 100) <= 3 and abs(x1 - 1149) <= 3


def header_over_rule():
    """A header row "2016" with a rule above and a rule under it (150 dpi);
    the layer wrote letters along the upper rule where no text is."""
    font = ImageFont.truetype(FONT, 20)
    img = Image.new("L", (1200, 200), 250)
    d = ImageDraw.Draw(img)
    d.line((100, 60, 1100, 60), fill=40, width=2)
    d.line((100, 100, 1100, 100), fill=40, width=2)
    d.text((1000, 70), "2016", font=font, fill=0)
    year = layer_word("2016", d.textbbox((1000, 70), "2016", font=font))
    read = [layer_word(t, (x, 50, x + 40, 70)) for t, x in (("ee", 200), ("Es", 420), ("le", 640))]
    return np.asarray(img), year, read


def test_letters_the_layer_read_from_a_rule_are_dropped():
    gray, year, read = header_over_rule()
    rules = ocr.horizontal_rules_in(gray, LAYER_DPI)
    assert len(rules) == 2
    assert ocr.drop_read_rules(read + [year], gray, K, rules) == [year]


def test_a_word_on_a_rule_with_its_own_ink_is_kept():
    """An underlined label: its letters stand above the rule, so it is text."""
    font = ImageFont.truetype(FONT, 20)
    img = Image.new("L", (1200, 120), 250)
    d = ImageDraw.Draw(img)
    d.text((200, 40), "Class", font=font, fill=0)
    d.line((100, 64, 1100, 64), fill=40, width=2)
    gray = np.asarray(img)
    box = d.textbbox((200, 40), "Class", font=font)
    label = layer_word("Class", (box[0], box[1], box[2], 70))
    assert ocr.drop_read_rules([label], gray, K, ocr.horizontal_rules_in(gray, LAYER_DPI)) == [label]


def test_a_figure_read_on_a_rule_is_never_dropped():
    gray, _, _ = header_over_rule()
    figure = layer_word("11", (300, 50, 330, 70))
    assert ocr.drop_read_rules([figure], gray, K, ocr.horizontal_rules_in(gray, LAYER_DPI)) == [figure]


def test_a_range_the_layer_wrote_with_a_hyphen_takes_the_en_dash_the_page_prints():
    """Age groups printed "45–54" and a code printed "45-54" with a hyphen:
    the layer wrote both with a hyphen; the dash's width in the image tells
    them apart, and the figures stay as the layer has them."""
    font = ImageFont.truetype(FONT, 30)
    img = Image.new("L", (700, 100), 250)
    d = ImageDraw.Draw(img)
    words = []
    for x, printed in ((40, "45\u201354"), (360, "45-54")):
        d.text((x, 30), printed, font=font, fill=0)
        x0, top, x1, bottom = d.textbbox((x, 30), printed, font=font)
        words.append(layer_word("45-54", (x0 - 2, top - 6, x1 + 2, bottom + 4)))
    assert ocr.layer_en_dashes(words, np.asarray(img), K) == 1
    assert [w.text for w in words] == ["45\u201354", "45-54"]
