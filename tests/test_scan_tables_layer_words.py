"""Words of another program's text layer over a scanned table: a mark
written over the blank between two columns, and words whose box runs
across a row rule."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from conftest import LAYER_DPI, layer_word
from esep.plugins.pdf import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
K = 72.0 / LAYER_DPI  # points a pixel


def test_a_mark_of_the_layer_over_blank_paper_is_dropped():
    """A row of codes and place names, a wide blank between the two columns:
    the layer wrote "=" in the blank, its box over white paper; the words
    read from ink keep their places, a hyphen's small box too."""
    font = ImageFont.truetype(FONT, 20)
    img = Image.new("L", (700, 60), 255)
    d = ImageDraw.Draw(img)
    words = []
    for x, text in ((20, "0207"), (240, "Жаңа"), (320, "ауыл"), (420, "-")):
        d.text((x, 15), text, font=font, fill=0)
        words.append(layer_word(text, d.textbbox((x, 15), text, font=font)))
    code = words[0]
    blank = layer_word("=", (int(code.x1 / K) + 60, int(code.top / K), int(code.x1 / K) + 72, int(code.bottom / K)))
    kept = ocr.drop_inkless_words([code, blank] + words[1:], np.asarray(img), K)
    assert [w.text for w in kept] == ["0207", "Жаңа", "ауыл", "-"]


def test_a_figure_of_the_layer_is_kept_where_its_ink_is_faint():
    """A digit whose ink the coarse image blurred to a light grey is no
    mark in a gap: words with a letter or a digit are never dropped."""
    img = Image.new("L", (300, 60), 255)
    d = ImageDraw.Draw(img)
    d.text((20, 15), "6", font=ImageFont.truetype(FONT, 20), fill=200)  # lighter than ink counts
    six = layer_word("6", d.textbbox((20, 15), "6", font=ImageFont.truetype(FONT, 20)))
    assert ocr.drop_inkless_words([six], np.asarray(img), K) == [six]


def grid_and_words(straddle: bool):
    """Three ruled rows of two cells (pt), and a word in each cell: set in
    the row, or read with its box half in the row above."""
    ys, xs = (40.0, 60.0, 80.0, 100.0), (30.0, 130.0, 230.0)
    cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(3) for c in range(2)]
    table = ocr.ImageTable((30.0, 40.0, 230.0, 100.0), cells)
    shift = -10.0 if straddle else 0.0
    words = [ocr.OcrWord(t, x0 + 10, top + 5 + shift, x0 + 50, top + 15 + shift, None, 10.0)
             for t, (x0, top, _, _) in zip(("Оқырман", "1", "Кітап", "2", "Келу", "3"), cells)]
    return table, words


def test_words_set_in_their_rows_do_not_straddle_a_row_rule():
    table, words = grid_and_words(straddle=False)
    assert ocr.layer_quality(words, [table])["straddling"] == 0.0


def test_words_read_across_a_row_rule_straddle_it():
    table, words = grid_and_words(straddle=True)
    q = ocr.layer_quality(words, [table])
    assert q["straddling"] > 0.5


def test_a_mark_printed_light_on_a_shaded_row_is_kept():
    """An "&" of a name, printed grey on a grey row: lighter than ink on
    white, but darker than the page's paper, so it is print."""
    font = ImageFont.truetype(FONT, 20)
    img = Image.new("L", (400, 200), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 80, 400, 120), fill=215)  # the shaded row
    d.text((40, 88), "&", font=font, fill=165)
    amp = layer_word("&", d.textbbox((40, 88), "&", font=font))
    assert ocr.drop_inkless_words([amp], np.asarray(img), K) == [amp]


def test_a_dash_between_words_is_kept_over_faint_ink():
    """A dash of "Жаршы. - 2018" (or a slash of a reference) blurred to almost paper on a coarse image:
    text sets dashes and points between its words, so they stay."""
    img = Image.new("L", (300, 60), 255)
    ImageDraw.Draw(img).line((40, 30, 48, 30), fill=235, width=1)
    dash = layer_word("-", (38, 20, 50, 40))
    assert ocr.drop_inkless_words([dash], np.asarray(img), K) == [dash]
    slash = layer_word("/", (60, 20, 66, 40))
    assert ocr.drop_inkless_words([slash], np.asarray(img), K) == [slash]
