"""Facts of reports on a municipal or state task, of information reports
and of lines of figures: the task's approved column is a plan, the row
numbering the columns no figures; the events of one programme, the
interlibrary loan and partner libraries are parts or others, not the
system's totals; a line "64 — сотрудника" counts the staff."""

from __future__ import annotations

from conftest import prose_facts as _prose
from conftest import table_facts as _table_facts


_TASK_HEAD = ["Наименование показателя", "Единица измерения", "Утверждено в муниципальном задании на год",
              "Исполнено на отчетную дату", "Допустимое (возможное) отклонение", "Причина отклонения"]


def test_approved_in_the_task_is_the_plan_and_the_column_numbers_no_row():
    got = _table_facts("2021", _TASK_HEAD, ["1", "2", "3", "4", "5", "6"],
                       ["Количество мероприятий", "единица", "310", "326", "10 %", "-"],
                       ["Количество посещений", "единица", "95 000", "97 412", "10 %", "-"],
                       caption="Сведения о фактическом достижении показателей, характеризующих объем услуги")
    assert ("events.actual", 326, "2021", None, None) in got
    assert ("visits.total", 97412, "2021", None, None) in got
    assert not {k for k in got if k[1] in (310, 95000, 1, 2, 3, 4, 5, 6)}


def test_a_row_of_one_two_three_under_headers_of_a_plain_table_is_still_skipped_and_real_rows_kept():
    got = _table_facts("2020", ["Показатель", "2019", "2020"], ["1", "2", "3"],
                       ["Число пользователей", "8 120", "8 305"])
    assert ("users.registered", 8305, "2020", None, None) in got
    assert not {k for k in got if k[1] in (2, 3)}


def test_the_money_of_the_task_is_the_budget():
    got = _prose("2021", "Объем финансового обеспечения выполнения муниципального задания составил 24 118,3 тыс. руб.")
    assert ("finance.budget", 24118.3, "2021", None, None) in got


def test_events_of_one_programme_are_a_part_not_the_total():
    got = _prose("2020", "За год проведено 842 мероприятия. По программе «Семейное чтение» проведено 18 мероприятий, "
                         "в рамках проекта «Краеведческий лекторий» — 22 мероприятия.")
    assert ("events.actual", 842, "2020", None, None) in got
    assert not {k for k in got if k[1] in (18, 22)}


def test_interlibrary_loan_is_no_loan_of_the_library():
    got = _prose("2020", "Выдано 215 400 документов. По межбиблиотечному абонементу выдано 54 документа, "
                         "из фондов других библиотек (МБА) получено 31 издание.")
    assert ("loans.total", 215400, "2020", None, None) in got
    assert not {k for k in got if k[1] in (54, 31)}


def test_partner_libraries_are_not_the_systems_libraries():
    got = _prose("2023", "9 — библиотек-партнеров", "Заключены договоры с 6 партнерскими библиотеками.")
    assert not {k for k in got if k[0] == "libraries.count"}


def test_a_line_of_figures_counting_the_staff_after_a_dash():
    got = _prose("2024", "41 — сотрудник", "12 380 — пользователей")
    assert ("staff.headcount", 41, "2024", None, None) in got
    got = _prose("2024", "41 — сотрудник провел 300 мероприятий")
    assert ("staff.headcount", 41, "2024", None, None) not in got


def test_a_part_the_caption_includes_sets_no_topic():
    head = ["Наименование показателя", "Единица измерения", "Утверждено в муниципальном задании на год",
            "Исполнено на отчетную дату"]
    got = _table_facts("2021", head, ["Количество документов", "единица", "140 000", "141 250"],
                       caption="Формирование, учет, изучение, обеспечение физического сохранения и безопасности "
                               "фондов библиотеки, включая оцифровку фондов")
    assert not {k for k in got if k[0].startswith("digitization.")}
    got = _table_facts("2021", ["Показатель", "2021"], ["Количество документов", "1 250"],
                       caption="Оцифровка фондов")
    assert ("digitization.documents", 1250, "2021", None, None) in got
