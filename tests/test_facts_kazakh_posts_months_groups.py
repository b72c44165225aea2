"""Facts of Kazakh reports in shapes the readers had not met: a month's
report (its title names a month, no period code), a year's summary posted
on social media with emoji bullets, a table of readers by group with a row
of "the others", a staff table by education, a list of labelled figures
whose later items no metric names, the gifts among the copies received in
brackets, a count of people that books were taken to, the reader's cards
given out, and a count named only by its label ("… саны – N").  Each text
below was typed for this file in the shape of such reports, with what it
should give written before esep read it."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str | None, *paragraphs: str, heading: str | None = None, rows=None) -> set[tuple]:
    """(metric, value, period, category, label_key) of every fact read from
    these paragraphs (and one table of ``rows``), the unnamed ones too."""
    meta = {"period": period} if period else {}
    d = Document(id="k", path="k.docx", format="docx", metadata=meta)
    if heading:
        d.add_block(Block("heading", heading, Provenance(page=1)))
    for x in paragraphs:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    if rows:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    return {(v["metric"], v["value"], v["period"], v["category"], v.get("label_key"))
            for r in facts.extract(d, Config()) if r.table == "facts" for v in [r.values]}


def _named(got: set[tuple]) -> set[tuple]:
    return {k[:4] for k in got if k[0]}


# -- a month's report ---------------------------------------------------------------------------------------------

def test_a_month_named_in_the_title_gives_its_figures_no_year():
    got = _facts(None, "Наурыз айында 35 іс-шара өткізілді, оларға 640 адам қатысты.",
                 "Қорға 88 дана кітап түсті.",
                 heading="Ақсай ауылдық кітапханасының 2023 жылғы наурыз айындағы жұмысы туралы ақпарат")
    assert _named(got) == {("events.actual", 35.0, None, None), ("events.participants", 640.0, None, None),
                           ("fund.received", 88.0, None, None)}


def test_a_heading_naming_a_year_still_gives_its_section_the_year():
    got = _facts(None, "Жыл ішінде 35 іс-шара өткізілді.", heading="2023 жылғы негізгі көрсеткіштер")
    assert _named(got) == {("events.actual", 35.0, "2023", None)}


# -- a post with emoji bullets, its lines joined --------------------------------------------------------------------

def test_an_emoji_starts_a_new_item_of_a_post():
    got = _named(_facts("2022", "Өткен жылды бірге еске алайық 👇 📚 Кітап қоры – 38 410 дана ✅ 96 іс-шара өтті "
                                "📰 Баспасөзде 11 мақала жарияланды"))
    assert got == {("fund.end", 38410.0, "2022", None), ("events.actual", 96.0, "2022", None),
                   ("media.articles", 11.0, "2022", None)}


def test_a_sign_that_is_no_pictograph_cuts_nothing():
    # "№" and "©" are symbols too, but no bullets: "өткен жылы" still dates the figure after them
    for text in ("Өткен жылы № 3 филиалда 1 250 оқырман болды.", "Өткен жылы © «Кітап әлемі» 1 250 оқырман жинады."):
        got = {k[:3] for k in _named(_facts("2022", text))}
        assert ("users.registered", 1250.0, "2021") in got


# -- tables of readers and of staff ---------------------------------------------------------------------------------

def test_the_row_of_other_readers_is_no_whole_of_the_readers():
    for other in ("Өзге оқырмандар (мұғалімдер, ата-аналар)", "Басқа оқырмандар", "Прочие читатели"):
        got = _facts("2020", rows=[["Оқырман топтары", "Саны"], ["Барлық оқырмандар", "3 900"],
                                   ["14 жасқа дейінгі балалар", "2 700"], [other, "1 200"]])
        assert _named(got) == {("users.registered", 3900.0, "2020", None), ("users.children", 2700.0, "2020", None)}
        assert any(k[0] is None and k[1] == 1200.0 for k in got)  # kept, by its label


def test_a_staff_table_by_education_names_the_staff_and_the_higher_education():
    got = _named(_facts("2021", rows=[["Көрсеткіш", "Адам саны"], ["Қызметкерлер барлығы", "6"],
                                      ["Білімі бойынша: жоғары", "4"], ["орта арнаулы", "2"]]))
    assert got == {("staff.headcount", 6.0, "2021", None), ("staff.higher_education", 4.0, "2021", None)}
    got = _named(_facts("2021", rows=[["Показатель", "Чел."], ["Всего сотрудников", "6"],
                                      ["По образованию: высшее", "4"]]))
    assert ("staff.higher_education", 4.0, "2021", None) in got


def test_all_the_staff_at_a_seminar_are_no_headcount():
    got = _named(_facts("2021", "Барлық қызметкерлер 2 облыстық семинарға қатысты."))
    assert not any(k[0] == "staff.headcount" for k in got)


# -- prose ----------------------------------------------------------------------------------------------------------

def test_the_next_item_of_a_list_of_labelled_figures_is_kept_by_its_label():
    got = _facts("2020", "Жүйеде 41 қызметкер бар. Жоғары білімді – 14, орта арнаулы білімді – 9.")
    assert ("staff.higher_education", 14.0, "2020", None) in _named(got)
    assert (None, 9.0, "2020", None, "орта арнаулы білімді") in got


def test_the_gifts_in_brackets_among_the_copies_received():
    got = _named(_facts("2022-Q3", "Тоқсанда 420 дана кітап түсті (оның ішінде оқырмандар сыйға тартқан 65 дана)."))
    assert got == {("fund.received", 420.0, "2022-Q3", None), ("fund.received", 65.0, "2022-Q3", "gifts")}
    got = _named(_facts("2022", "Поступило 1 040 экз., из них 70 экз. подарены авторами."))
    assert ("fund.received", 70.0, "2022", "gifts") in got


def test_a_count_of_people_takes_no_kind_of_document():
    got = _facts("2019", "Жыл бойы мүмкіндігі шектеулі 28 балаға үйге кітап жеткізілді.")
    assert {k for k in got if k[1] == 28.0} == {(None, 28.0, "2019", None, "балаға")}


def test_the_readers_cards_given_out_are_no_readers_nor_loans():
    got = _named(_facts("2021", "Жыл ішінде 640 оқырманға электрондық оқырман билеті берілді. Оқырмандар саны – 700.",
                        "Выдано 310 читательских билетов."))
    assert got == {("users.registered", 700.0, "2021", None)}


def test_a_figure_its_label_calls_a_count_is_kept_by_the_label():
    got = _facts("2021", "Клубтар саны – 7.", "Количество просмотров – 12 500.")
    assert {(k[1], k[4]) for k in got if k[0] is None} == {(7.0, "клубтар саны"), (12500.0, "количество просмотров")}


def test_new_readers_as_a_label_are_no_registered_readers():
    got = _facts("2023", "Жаңа оқырмандар – 820.", "Новые читатели: 640.", "Оқырмандар саны – 6 540.")
    assert _named(got) == {("users.registered", 6540.0, "2023", None)}
    assert {(k[1], k[4]) for k in got if k[0] is None} == {(820.0, "жаңа оқырмандар"), (640.0, "новые читатели")}


def test_the_word_after_a_scale_word_is_what_is_counted():
    got = _facts("2023", "Желтоқсанда бейнежазбаларымыз 2,4 млн қаралым жинады.")
    assert {(k[1], k[4]) for k in got if k[0] is None} == {(2.4, "қаралым")}


# -- groups of readers ----------------------------------------------------------------------------------------------

def test_columns_of_other_groups_beside_the_whole_and_the_children_are_no_whole():
    got = _facts("2020", rows=[["Көрсеткіштер", "Барлығы", "14 жасқа дейінгі балалар", "15–17 жас", "Ата-аналар"],
                               ["Оқырмандар саны", "3 400", "2 600", "560", "240"],
                               ["Кітап берілімі", "70 200", "51 000", "14 300", "4 900"]])
    assert _named(got) == {("users.registered", 3400.0, "2020", None), ("users.children", 2600.0, "2020", None),
                           ("loans.total", 70200.0, "2020", None),
                           ("loans.total", 51000.0, "2020", "readers:children")}
    assert {k[1] for k in got if k[0] is None} == {560.0, 240.0, 14300.0, 4900.0}


def test_a_column_of_the_actual_beside_the_children_stays_the_whole():
    got = _named(_facts("2022", rows=[["Показатели", "Всего", "в т.ч. дети до 14 лет", "Исполнено"],
                                      ["Пользователи", "9 100", "4 200", "8 900"]]))
    assert ("users.registered", 8900.0, "2022", None) in got


def test_preschool_children_and_readers_with_special_needs_are_parts_of_no_metric():
    got = _facts("2019", "Оқырмандар саны – 6 210, оның ішінде 14 жасқа дейінгі балалар – 4 870, мектепке дейінгі "
                         "балалар – 730.", "Ерекше қажеттіліктері бар 52 бала кітапхана қызметін пайдаланды.",
                 "Читателей-дошкольников – 412.")
    assert _named(got) == {("users.registered", 6210.0, "2019", None), ("users.children", 4870.0, "2019", None)}
    assert {k[1] for k in got if k[0] is None} == {730.0, 52.0, 412.0}


# -- a model library's equipment and virtual exhibitions -----------------------------------------------------------

def test_a_3d_printer_bought_is_no_money_nor_copies():
    got = _facts("2021", "Кітапханаға 5 компьютер, 2 ноутбук және 1 3D-принтер сатып алынды.")
    assert _named(got) == {("equipment.computers", 5.0, "2021", None), ("equipment.computers", 2.0, "2021", None)}
    assert (None, 1.0, "2021", None, "3d-принтер") in got


def test_virtual_exhibitions_are_no_virtual_references():
    got = _facts("2020", "Виртуалды көрмелер саны – 38.", "Подготовлено 12 виртуальных выставок.",
                 "Виртуалды анықтамалар – 95.",
                 rows=[["Көрсеткіш", "2019", "2020"], ["Виртуалды көрмелер", "6", "38"]])
    assert _named(got) == {("bibliography.virtual_references", 95.0, "2020", None)}


# -- a year beside the year before, in prose ------------------------------------------------------------------------

def test_the_years_figures_in_brackets_after_a_difference_are_of_the_indicator_named_before():
    got = _named(_facts("2020", "2019 жылмен салыстырғанда кітап берілімі 73 300 данаға кеміді (2019 жылы – 371 900, "
                                "2020 жылы – 298 600).", "Количество посещений снизилось (в 2019 году – 168 450)."))
    assert got == {("loans.total", 371900.0, "2019", None), ("loans.total", 298600.0, "2020", None),
                   ("visits.total", 168450.0, "2019", None)}


def test_a_difference_before_a_converb_of_change_stands_not_between_the_indicator_and_its_figure():
    got = _named(_facts("2020", "Оқырмандар саны 2019 жылмен салыстырғанда 14,2 %-ға азайып, 14 860 адамды құрады.",
                        "Кітап берілімі 73 300 данаға кеміп, 298 600 дананы құрады."))
    assert got == {("users.registered", 14860.0, "2020", None), ("loans.total", 298600.0, "2020", None)}


def test_the_sources_of_the_budget_listed_after_of_which_in_prose():
    got = _named(_facts("2021", "Қаржыландыру көлемі – 9 480,0 мың теңге, оның ішінде жергілікті бюджеттен – "
                                "9 100,0 мың теңге, демеушілік көмек – 380,0 мың теңге.",
                        "Объем финансирования – 8 400,0 тыс. руб., в том числе из местного бюджета – 7 900,0 тыс. "
                        "руб., спонсорская помощь – 500,0 тыс. руб."))
    assert got == {("finance.budget", 9480.0, "2021", None), ("finance.budget", 9100.0, "2021", "source:local"),
                   ("finance.budget", 380.0, "2021", "source:sponsors"), ("finance.budget", 8400.0, "2021", None),
                   ("finance.budget", 7900.0, "2021", "source:local"), ("finance.budget", 500.0, "2021", "source:sponsors")}


def test_the_year_before_in_brackets_after_a_refused_figure_takes_no_metric():
    got = _facts("2019", "Мектепке дейінгі балалар оқырмандар қатарында – 730 (2018 жылы – 690).")
    assert not _named(got)
