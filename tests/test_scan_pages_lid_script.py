"""Scanned pages: a sheet laid askew with the scanner's dark lid around
it, and a page in Latin letters read by the Kazakh model (page images
drawn here, readings written here)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 150
TILT = 1.5  # degrees the sheet lies askew


def sheet():
    """A landscape page of a report at 150 dpi (a wide table printed across
    the sheet): a heading, a few lines of text and a ruled table of three
    columns and five rows."""
    font = ImageFont.truetype(FONT, 16)
    img = Image.new("L", (1650, 1275), 245)
    d = ImageDraw.Draw(img)
    d.text((120, 120), "Кітапхана қорының қозғалысы", font=font, fill=20)
    for i in range(6):
        d.text((120, 170 + 30 * i), "Есепті кезеңде кітапхана қорына жаңа әдебиет түсті, оқырмандар саны өсті",
               font=font, fill=20)
    xs, ys = (120, 600, 850, 1100), [420 + 60 * r for r in range(6)]
    for y in ys:
        d.line((xs[0], y, xs[-1], y), fill=20, width=2)
    for x in xs:
        d.line((x, ys[0], x, ys[-1]), fill=20, width=2)
    for r, y in enumerate(ys[:-1]):
        for c, text in enumerate((f"Бөлім {r + 1}", str(1200 + 37 * r), str(800 + 21 * r))):
            d.text((xs[c] + 15, y + 20), text, font=font, fill=20)
    return img


def on_the_glass(img, angle, lid=45):
    """``img`` laid on a scanner's glass ``angle`` degrees askew, the dark
    lid showing in a margin around it and in the corners the turn uncovers."""
    mx, my = 66, 51
    canvas = Image.new("L", (img.width + 2 * mx, img.height + 2 * my), lid)
    canvas.paste(img, (mx, my))
    return np.asarray(canvas.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=lid))


def test_the_lid_around_a_sheet_laid_askew_is_made_paper():
    """The lid's straight edges were the strongest lines of the image: the
    skew was measured on them (near 0) and the text read slanted.  With the
    lid made paper the sheet's own tilt is found, and so is its table."""
    scan = on_the_glass(sheet(), TILT)
    assert abs(abs(ocr.estimate_skew(scan)) - TILT) > 0.5  # measured on the lid's edges
    page = ocr.white_border(scan)
    assert page[0, 0] > 200 and page[-1, -1] > 200 and page[page.shape[0] // 2, 5] > 200
    skew = ocr.estimate_skew(page)
    assert abs(abs(skew) - TILT) <= 0.3
    level = ocr.rotate(page, skew)
    tables = ocr.find_ruled_tables(level, DPI)
    assert len(tables) == 1 and len(tables[0][1]) == 15


def test_a_page_without_a_lid_is_left_as_it_is():
    page = np.asarray(sheet())
    assert ocr.white_border(page) is page
    # a dark fill inside the page (a table's black title band) is no lid
    dark = np.array(page)
    dark[300:360, 200:1000] = 10
    assert ocr.white_border(dark) is dark


def reading(text):
    return [{"text": w} for w in text.split()]


def test_a_latin_page_read_by_the_kazakh_model_is_told_by_its_h():
    """The Kazakh model reads a Latin h as һ: an English table of states read
    so ("Маһагавһіга") has many words with it; Kazakh and Russian text has
    hardly any, and a short reading counts for nothing."""
    latin = reading("Кега!а Татй Мади Кагпаһака Апаһга Ргадевһ Маһагавһіга Сцага! Мааһуа Огізза "
                    "Муесі Вепда! Онаг Рооеа Ійегасу бізін СоНеде Ніпдһат Тһеге Васһеіог Уеагв "
                    "Һеаһһ Сһапде 2400 54.0")
    assert ocr.latin_h_share(latin) > ocr.LATIN_H_SHARE
    kazakh = reading("Есепті кезеңде кітапхана қорына жаңа әдебиет түсті оқырмандар саны өсті "
                     "кітапханада мерекелік іс-шаралар өткізілді оқырмандар конференциясы "
                     "өлкетану бөлімі жиһаз сатып алынды барлығы 2400 дана кітап берілді")
    assert ocr.latin_h_share(kazakh) <= ocr.LATIN_H_SHARE
    assert ocr.latin_h_share(latin[:10]) == 0.0
