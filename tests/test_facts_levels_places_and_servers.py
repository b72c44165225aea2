"""Figures whose words say what they count only beside the rest of the report:
the level a fund was filled to after its movement, the whole after a list
month by month, the libraries where something was done beside the network
counted, the people who serve a library, and the events of one space of the
library after the whole. Short sentences typed in the genre."""

from __future__ import annotations

from conftest import prose_facts


def _got(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[4]) for k in prose_facts(period, *text)}


# -- "толықты" in the dative after the year's movement: the level ------------------------------------------

def test_the_fund_filled_to_a_figure_after_its_movement_is_its_level():
    got = _got("2022", "Жыл ішінде қорға 2 310 дана әдебиет келіп түсті, 1 450 дана ескірген кітап есептен "
                       "шығарылды, нәтижесінде кітапхана қоры 61 480 данаға толықты.")
    assert ("fund.end", 61480.0, None) in got
    assert ("fund.received", 2310.0, None) in got
    assert ("fund.received", 61480.0, None) not in got
    # after the withdrawals alone too
    got = _got("2022", "Қордан 800 дана кітап шығарылды, ал қор 40 200 данаға толықтырылды.")
    assert ("fund.end", 40200.0, None) in got


def test_the_fund_filled_by_a_smaller_figure_stays_what_came_in():
    # no movement before it in the sentence: the figure is what came in, read as before
    before = _got("2022", "Кітапхана қоры 640 данаға толықты.")
    got = _got("2022", "Жыл ішінде қорға 2 310 дана әдебиет түсті. Кітапхана қоры 640 данаға толықты.")
    assert ("fund.end", 640.0, None) not in got - before
    assert ("fund.received", 2310.0, None) in got


# -- the whole after a list month by month -----------------------------------------------------------------

def test_the_whole_after_a_list_of_months_is_the_periods_figure():
    got = _got("2023", "Кітапханаға келушілер саны айлар бойынша: қаңтарда – 1 210, ақпанда – 1 305, наурызда – 1 190, "
                       "сәуірде – 1 250, мамырда – 1 100, маусымда – 940, шілдеде – 870, тамызда – 905, қыркүйекте – "
                       "1 330, қазанда – 1 400, қарашада – 1 375, желтоқсанда – 1 320, жыл бойы барлығы – 14 200.")
    assert got == {("visits.total", 14200.0, None)}
    got = _got("2023", "Число посещений по месяцам: в октябре – 2 140, в ноябре – 2 310, в декабре – 2 050, всего "
                       "за квартал – 6 500.")
    assert got == {("visits.total", 6500.0, None)}


# -- the libraries where something was done, beside the network counted -------------------------------------

def test_libraries_where_a_service_was_set_up_are_no_second_count_of_the_network():
    got = _got("2023", "Сеть района составляют 31 библиотека, из них 27 сельских.",
               "Доступ к Президентской библиотеке открыт в 9 библиотеках района, к ресурсам обратились 410 раз.")
    assert ("libraries.count", 31.0, None) in got
    assert ("libraries.count", 9.0, None) not in got
    # with no network counted elsewhere, the libraries the events were held in are the district's libraries
    got = _got("2023", "В 18 библиотеках района прошло 620 мероприятий.")
    assert ("libraries.count", 18.0, None) in got


# -- the people who serve the library ------------------------------------------------------------------------

def test_the_librarians_who_serve_the_library_are_its_staff():
    assert ("staff.headcount", 3.0, None) in _got("2023", "Библиотеку обслуживают 3 библиотекаря.")
    assert ("staff.headcount", 4.0, None) in _got("2023", "Читателей обслуживают 4 сотрудника.")
    assert ("staff.headcount", 2.0, None) in _got("2023", "Ауылдық кітапханада 2 кітапханашы қызмет көрсетеді.")
    # the library serving people: they are served, no staff
    got = _got("2023", "Библиотека обслуживает 15 сотрудников завода.")
    assert ("staff.headcount", 15.0, None) not in got
    assert ("staff.headcount", 2100.0, None) not in _got("2023", "Библиотека обслуживает 2 100 читателей.")


# -- the events of one space of the library after the whole ---------------------------------------------------

def test_events_held_in_one_space_after_the_whole_are_a_part_of_it():
    got = _got("2023", "За год проведено 96 мероприятий, их посетили 2 150 человек. В коворкинге проведено 14 "
                       "мастер-классов для подростков.")
    assert ("events.actual", 96.0, None) in got
    assert ("events.actual", 14.0, None) not in got
    got = _got("2023", "За год проведено 96 мероприятий. В детской зоне прошло 22 мероприятия.")
    assert ("events.actual", 22.0, None) not in got


# -- the rural part of libraries counted with several words before their noun ------------------------------

def test_the_rural_part_of_libraries_qualified_by_three_words_is_their_group():
    got = _got("2021", "Ауданда 38 мемлекеттік жалпыға қолжетімді кітапхана жұмыс істеді (2020 жылы – 39), оның "
                       "ішінде 31-і ауылдық жерде.")
    assert ("libraries.count", 31.0, "branch:ауылдық кітапханалар") in got
    assert ("libraries.count", 38.0, None) in got
