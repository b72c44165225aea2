"""Plain texts other programs leave behind: a PDF's text written out by
pdftotext with its layout (pages parted by form feeds, running heads and
"стр. N из M", justified lines, a fund table of one row of figures under
heads of two lines) and without it (each cell a paragraph, a head of a
column wrapped over two lines, cells with an empty line after each in a
text whose prose is wrapped), and a table typed with TABs and spaces mixed.
The texts are made up in the genre of the reports of Kazakh and Russian
library systems."""

from __future__ import annotations

import sqlite3

from esep.plugins.text.aligned import heads_over_figures
from esep.plugins.text.loader import parse, split_lines
from esep.plugins.text.page_lines import goes_on, page_lines


def grid(table):
    rows: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text)
    return [rows[r] for r in sorted(rows)]


def ingest(tmp_path, cli_runner, name, text, query):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "out.db"
    out = cli_runner("ingest", folder, "--db", db)
    assert out.exit_code == 0, out.output
    return sqlite3.connect(db).execute(query).fetchall()


FACTS = "select metric, value, period, as_of, category, evidence from facts where metric is not null"

# ---------------------------------------------------------------- TABs and spaces in one table

MIXED = ("«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ-нің 2024 жылғы есебі\n\n"
         "Негізгі көрсеткіштер\n\n"
         "Көрсеткіштер\t\t\t2023 ж.\t2024 ж.\t+,-\n"
         "Оқырмандар саны\t\t12 240    12 580\t+340\n"
         "Келушілер саны\t\t98 760\t101 430   +2670\n"
         "Кітап берілімі\t\t\t241 250   249 870\t  +8620\n"
         "\n"
         "Кітап қоры\n\n"
         "Кезең\t\t\tДана\n"
         "01.01.2024 ж. қор      182 415\n"
         "Түсті\t\t\t  5 120\n"
         "Шығарылды\t\t  3 985\n"
         "01.01.2025 ж. қор\t183 550\n")


def test_a_table_lined_up_with_tabs_and_spaces_mixed():
    doc = parse(MIXED)
    first, fund = doc.tables
    assert grid(first) == [["Көрсеткіштер", "2023 ж.", "2024 ж.", "+,-"],
                           ["Оқырмандар саны", "12 240", "12 580", "+340"],
                           ["Келушілер саны", "98 760", "101 430", "+2670"],
                           ["Кітап берілімі", "241 250", "249 870", "+8620"]]
    assert grid(fund)[1] == ["01.01.2024 ж. қор", "182 415"]
    assert grid(fund)[4] == ["01.01.2025 ж. қор", "183 550"]


def test_the_figures_of_a_mixed_table_are_stored_with_their_years(tmp_path, cli_runner):
    rows = ingest(tmp_path, cli_runner, "aksu_2024.txt", MIXED, FACTS)
    assert ("users.registered", 12240.0, "2023", None, None, "12 240") in rows
    assert ("users.registered", 12580.0, "2024", None, None, "12 580") in rows
    assert ("visits.total", 101430.0, "2024", None, None, "101 430") in rows
    assert ("fund.start", 182415.0, "2024", "2024-01-01", None, "182 415") in rows
    assert ("fund.end", 183550.0, "2024", "2025-01-01", None, "183 550") in rows


def test_spaces_inside_a_label_or_a_figure_split_no_cell():
    doc = parse("Көрсеткіштер\t2023\t2024\n"
                "Оқу  залына келушілер\t12 534\t12 610\n"
                "Кітап берілімі  (дана)\t98 000\t99 120\n")
    (t,) = doc.tables
    assert grid(t) == [["Көрсеткіштер", "2023", "2024"],
                       ["Оқу  залына келушілер", "12 534", "12 610"],
                       ["Кітап берілімі  (дана)", "98 000", "99 120"]]


# ---------------------------------------------------------------- pdftotext without -layout

RAW = ("«Жалағаш аудандық ОКЖ» КММ-нің 2024 жылдың І жартыжылдығындағы жұмысы\n"
       "туралы есеп\n"
       "Кітапханалар оқу мәдениетін дамыту, өлкетану және жастармен жұмыс\n"
       "бағыттарында жұмыс жүргізді.\n\n"
       "Көрсеткіштер\n\n"
       "2023 ж. І\nжарт.\n\n"
       "2024 ж. І\nжарт.\n\n"
       "айырмасы\n\n"
       "Оқырмандар саны\n\n14 820\n\n15 106\n\n+286\n\n"
       "Кітап берілімі\n\n236 410\n\n241 980\n\n+5570\n\n402\n\n418\n\n+16\n\n"
       "Іс-шаралар саны\n\n"
       "Кітап қоры 186 410 дананы құрады, жарты жылда 3 215 дана құжат түсті,\n"
       "1 940 дана есептен шығарылды.\n\n"
       "Бұқаралық іс-шаралар\n"
       "№\n\nІс-шара түрі\n\nСаны\n\nҚатысушылар\n\n"
       "1\n\nКітап көрмелері\n\n96\n\n2410\n\n"
       "2\n\nӘдеби кештер\n\n54\n\n1870\n\n"
       "3\n\nВикториналар\n\n47\n\n1120\n\n"
       "Барлығы\n\n197\n\n5 400\n\n"
       "Кітапхана қызметкерлері 32 адам, оның ішінде жоғары білімді – 19,\n"
       "арнаулы кітапханалық білімі бар – 14.\n\n"
       "1\n\f")


def test_heads_wrapped_over_two_lines_and_a_last_label_after_its_figures():
    doc = parse(RAW)
    first = doc.tables[0]
    assert grid(first) == [["Көрсеткіштер", "2023 ж. І жарт.", "2024 ж. І жарт.", "айырмасы"],
                           ["Оқырмандар саны", "14 820", "15 106", "+286"],
                           ["Кітап берілімі", "236 410", "241 980", "+5570"],
                           ["Іс-шаралар саны", "402", "418", "+16"]]


def test_cells_with_an_empty_line_after_each_among_wrapped_prose():
    doc = parse(RAW)
    events = doc.tables[1]
    assert grid(events) == [["№", "Іс-шара түрі", "Саны", "Қатысушылар"],
                            ["1", "Кітап көрмелері", "96", "2410"],
                            ["2", "Әдеби кештер", "54", "1870"],
                            ["3", "Викториналар", "47", "1120"],
                            ["Барлығы", "197", "5 400"]]
    total = [c for c in events.cells if c.row == 4]
    assert [c.col for c in total] == [1, 2, 3]  # the number's cell left empty
    # the row numbers down the table, each a line apart, are no page numbers
    paged = page_lines(split_lines(RAW))
    assert paged is None or paged.pages <= 1


def test_a_pdf_text_in_reading_order_gives_its_half_years(tmp_path, cli_runner):
    rows = ingest(tmp_path, cli_runner, "zhalagash_2024_h1.txt", RAW, FACTS)
    assert ("users.registered", 14820.0, "2023-H1", None, None, "14 820") in rows
    assert ("users.registered", 15106.0, "2024-H1", None, None, "15 106") in rows
    assert ("events.actual", 402.0, "2023-H1", None, None, "402") in rows
    assert ("events.participants", 5400.0, "2024-H1", None, None, "5 400") in rows


def test_figures_before_a_last_label_that_do_not_add_up_are_left():
    text = RAW.replace("402\n\n418\n\n+16", "402\n\n418\n\n+61")
    first = parse(text).tables[0]
    assert [r[0] for r in grid(first)] == ["Көрсеткіштер", "Оқырмандар саны", "Кітап берілімі"]


def test_no_totals_row_is_added_without_a_column_of_row_numbers():
    text = ("Форма\n\nСаны\n\nҚатысушылар\n\n"
            "Кітап көрмелері\n\n96\n\n2410\n\n"
            "Әдеби кештер\n\n54\n\n1870\n\n"
            "Викториналар\n\n47\n\n1120\n\n"
            "Барлығы\n\n197\n\n"
            "Есепті кезеңде кітапханалар жұмысын жалғастырды және жаңа\n"
            "оқырмандар тартылды.\n")
    t = parse(text).tables[0]
    assert "Барлығы" not in [r[0] for r in grid(t)[:4]] and len(grid(t)) <= 5
    assert all(len(r) == 3 for r in grid(t))


# ---------------------------------------------------------------- pdftotext -layout

LAYOUT = ("                    Отчёт КГУ «ЦБС» акимата г. Тараз за 2024 год\n\n\n"
          "    Отчёт о работе КГУ «Централизованная библиотечная\n"
          "         система» акимата города Тараз за 2024 год\n"
          "    В состав ЦБС входят Центральная городская библиотека, детская\n"
          "библиотека и 18 библиотек-филиалов. В 2024 году работа системы была\n"
          "направлена   на   продвижение   чтения,   развитие   краеведения  и\n"
          "информационное обслуживание жителей города. Особое внимание\n"
          "уделялось обслуживанию людей с ограниченными возможностями.\n\n"
          "    Движение фонда за отчётный год отражено в таблице 2.\n"
          "  Состояло на                                                      Состоит на\n"
          "                    Поступило               Выбыло\n"
          "   01.01.2024                                                      01.01.2025\n"
          "412 870                      11 240                 9 615                   414 495\n\n"
          "    На комплектование фонда из местного бюджета израсходовано 6\n"
          "845,2 тыс. тенге, по государственному заказу приобретено 4 120 экз.\n"
          "книг.\n\n"
          "                                     стр. 1 из 2\n"
          "\f                   Отчёт КГУ «ЦБС» акимата г. Тараз за 2024 год\n\n\n"
          "    Штат ЦБС – 96 единиц, фактически работают 92 человека, из них\n"
          "высшее образование имеют 61, библиотечное – 38.\n\n"
          "                                     стр. 2 из 2\n"
          "\f")


def test_a_layout_text_loses_its_running_heads_and_page_of_pages_numbers():
    paged = page_lines(split_lines(LAYOUT))
    assert paged is not None and paged.pages == 2
    texts = [b.text for b in parse(LAYOUT).blocks]
    assert not any("стр." in t for t in texts)
    assert sum(1 for t in texts if t.startswith("Отчёт КГУ «ЦБС»")) == 0
    assert texts[0] == "Отчёт о работе КГУ «Централизованная библиотечная система» акимата города Тараз за 2024 год"
    assert texts[1].startswith("В состав ЦБС") and "работа системы была направлена на продвижение" in \
        " ".join(texts[1].split())
    assert any("израсходовано 6 845,2 тыс. тенге" in t for t in texts)


def test_a_justified_line_goes_on_but_a_row_lined_up_with_spaces_does_not():
    assert goes_on("библиотека и 18 библиотек-филиалов. В 2024 году работа системы была",
                   "направлена   на   продвижение   чтения,   развитие   краеведения  и", 70)
    assert not goes_on("Основные показатели деятельности библиотек системы за отчётный",
                       "Число пользователей          41 260        42 115", 70)
    assert not goes_on("Показатели                 работы                 библиотек",
                       "Форма   работы        Количество    Участники   в   отчётном", 70)


def test_heads_of_two_lines_over_a_row_of_figures(tmp_path, cli_runner):
    (t,) = [t for t in parse(LAYOUT).tables if t.kind == "table"]
    assert grid(t) == [["Состояло на 01.01.2024", "Поступило", "Выбыло", "Состоит на 01.01.2025"],
                       ["412 870", "11 240", "9 615", "414 495"]]
    rows = ingest(tmp_path, cli_runner, "taraz_2024.txt", LAYOUT, FACTS)
    assert ("fund.start", 412870.0, "2024", "2024-01-01", None, "412 870") in rows
    assert ("fund.received", 11240.0, "2024", None, None, "11 240") in rows
    assert ("fund.withdrawn", 9615.0, "2024", None, None, "9 615") in rows
    assert ("fund.end", 414495.0, "2024", "2025-01-01", None, "414 495") in rows


def test_no_heads_over_figures_where_a_head_stands_between_two_figures_or_text_goes_on():
    between = split_lines("Поступило           Выбыло\n"
                          "       Итого за год\n"
                          "11 240              9 615\n")
    assert heads_over_figures(between, 0)[1] is None
    more = split_lines("Поступило          Выбыло\n"
                       "11 240             9 615\n"
                       "экземпляров документов всех видов.\n")
    assert heads_over_figures(more, 0)[1] is None


# ---------------------------------------------------------------- a label wrapped around its row's figures

AROUND = ("Массовые мероприятия по формам работы\n\n"
          " №    Форма работы                    2023        2024\n"
          "1    Книжные выставки                 212         220\n"
          "2    Беседы                           146         151\n"
          "     Литературно-музыкальные\n"
          "3                                      26          28\n"
          "     вечера\n"
          "4    Часы поэзии                       31          33\n\n"
          "Всего проведено 432 мероприятия.\n")


def test_a_numbered_row_whose_label_wraps_above_and_below_its_figures():
    (t,) = parse(AROUND).tables
    assert grid(t) == [["№", "Форма работы", "2023", "2024"],
                       ["1", "Книжные выставки", "212", "220"],
                       ["2", "Беседы", "146", "151"],
                       ["3", "Литературно-музыкальные вечера", "26", "28"],
                       ["4", "Часы поэзии", "31", "33"]]


def test_a_line_of_words_over_a_row_with_its_own_label_is_no_part_of_it():
    text = AROUND.replace("     Литературно-музыкальные\n3                                      26          28\n"
                          "     вечера\n",
                          "     Литературно-музыкальные\n3    Вечера                            26          28\n")
    (t,) = parse(text).tables
    assert ["3", "Вечера", "26", "28"] in grid(t)
    assert not any("Литературно-музыкальные Вечера" in " ".join(r) for r in grid(t))


# ---------------------------------------------------------------- a table written column by column

COLUMNS = ("Городская ЦБС объединяет центральную городскую библиотеку,\n"
           "детско-юношескую библиотеку и 9 библиотек-филиалов.\n"
           "Основные показатели\n"
           "Показатели\nПользователи\nПосещения\nДокументовыдача\n\n"
           "2023\n38 410\n276 140\n745 800\n\n"
           "2024\n39 022\n281 905\n752 310\n\n"
           "+/+612\n+5765\n+6510\n\n"
           "На 01.01.2025 фонд ЦБС составил 356 204 экз.\n")


def test_a_table_written_column_by_column_is_read_as_printed(tmp_path, cli_runner):
    (t,) = parse(COLUMNS).tables
    assert grid(t) == [["Показатели", "2023", "2024"],
                       ["Пользователи", "38 410", "39 022"],
                       ["Посещения", "276 140", "281 905"],
                       ["Документовыдача", "745 800", "752 310"]]
    rows = ingest(tmp_path, cli_runner, "rudny_2024.txt", "Отчёт ЦБС города Рудного за 2024 год\n\n" + COLUMNS, FACTS)
    assert ("users.registered", 38410.0, "2023", None, None, "38 410") in rows
    assert ("loans.total", 752310.0, "2024", None, None, "752 310") in rows


def test_runs_of_lines_that_are_no_columns_of_figures_are_no_table():
    lists = ("Направления работы\nКраеведение\nЭкология\nПраво\n\n"
             "Клубы\nЧитающая семья\nЮный эколог\nПравовед\n\n"
             "Партнёры\nШкола № 3\nКолледж\nСовет ветеранов\n")
    assert not [t for t in parse(lists).tables if t.kind == "table"]


# ---------------------------------------------------------------- heads run together, a page of one

ONE_PAGE = ("Мазмұны\n"
            "1. Негізгі көрсеткіштер.................................................2\n"
            "2. Кітап қоры..............................................................2\n"
            "        Баянауыл аудандық ОКЖ-нің 2024 жылғы ІІ тоқсандағы\n"
            "                  жұмысы туралы есеп\n\n"
            "1. Негізгі көрсеткіштер\n\n"
            "                                           ІІ тоқсан              ІІ тоқсан\n"
            "           Көрсеткіштер                                                          +/-\n"
            "                                              2023                   2024\n"
            "Оқырмандар саны                                  7215                   7390          +175\n"
            "Келушілер саны                                 40 860                 42 115         +1255\n"
            "Кітап берілімі                                 98 420                101 305         +2885\n\n"
            "2. Кітап қоры\n"
            "    2024 жылғы 1 шілдедегі кітап қоры – 121 540 дана. Тоқсанда 1 208\n"
            "дана түсті, 856 дана шығарылды.\n\n\n"
            "                                                 1\n"
            "\f")


def test_a_head_centred_over_figures_reaches_into_the_labels_column():
    (t,) = [t for t in parse(ONE_PAGE).tables if t.kind == "table"]
    assert grid(t)[0] == ["Көрсеткіштер", "ІІ тоқсан 2023", "ІІ тоқсан 2024", "+/-"]


def test_a_layout_text_of_one_numbered_page_has_its_lines_joined(tmp_path, cli_runner):
    texts = [b.text for b in parse(ONE_PAGE).blocks]
    assert any("Тоқсанда 1 208 дана түсті, 856 дана шығарылды." in t for t in texts)
    assert "1" not in texts
    rows = ingest(tmp_path, cli_runner, "bayanaul_2024_q2.txt", ONE_PAGE, FACTS)
    assert ("users.registered", 7215.0, "2023-Q2", None, None, "7215") in rows
    assert ("fund.received", 1208.0, "2024-Q2") in [r[:3] for r in rows]


def test_heads_one_space_apart_each_over_its_column():
    text = ("Показатели        2022      2023 План 2024          2024\n"
            "Пользователи     44 120    45 380       46 000    46 215\n"
            "Посещения       352 400   361 870      365 000   368 944\n"
            "Справки            8120      8466         8500      8604\n")
    (t,) = parse(text).tables
    assert grid(t)[0] == ["Показатели", "2022", "2023", "План 2024", "2024"]
    # a head of words with a year inside it stays whole
    text = ("Показатели        2022        План на 2024 год       2024\n"
            "Пользователи      44 120            46 000         46 215\n"
            "Посещения        352 400           365 000        368 944\n"
            "Справки             8120              8500           8604\n")
    (t,) = parse(text).tables
    assert grid(t)[0] == ["Показатели", "2022", "План на 2024 год", "2024"]


# ---------------------------------------------------------------- a column of groups merged down its rows

GROUPS = ("Основные показатели работы\n"
          "Раздел         Показатель                2023           2024 +/-\n"
          "Пользователи   всего                   12 840         13 015            +175\n"
          "               дети до 14 лет            4920           5011             +91\n"
          "Посещения      всего                   96 480         98 215           +1735\n"
          "Фонд, экз.     поступило                 4820           5135            +315\n"
          "               выбыло                    3960           4208            +248\n"
          "               состоит на             186 420        187 347            +927\n"
          "               конец года\n"
          "Массовая       мероприятий                488            503             +15\n"
          "работа         участников              14 210         14 745            +535\n\n"
          "Штат ЦБС составляет 38,5 ставки.\n")


def test_a_column_of_groups_merged_down_their_rows(tmp_path, cli_runner):
    (t,) = parse(GROUPS).tables
    assert grid(t)[0] == ["Раздел", "Показатель", "2023", "2024", "+/-"]
    groups = [(c.row, c.row_span, c.text) for c in sorted(t.cells, key=lambda c: c.row) if c.col == 0 and c.row]
    assert groups == [(1, 2, "Пользователи"), (3, 1, "Посещения"), (4, 3, "Фонд, экз."), (7, 2, "Массовая работа")]
    assert grid(t)[6][-4:] == ["состоит на конец года", "186 420", "187 347", "+927"]
    rows = ingest(tmp_path, cli_runner, "stepnyak_2024.txt", "Отчёт ЦБС за 2024 год\n\n" + GROUPS, FACTS)
    assert ("users.children", 5011.0, "2024", None, None, "5011") in rows
    assert ("fund.withdrawn", 3960.0, "2023", None, None, "3960") in rows
    assert ("events.participants", 14745.0, "2024", None, None, "14 745") in rows


def test_two_label_columns_without_groups_down_them_are_no_groups():
    # words before the labels on every row are no merged groups when they stand right of where labels start
    text = ("Показатель                    2023      2024\n"
            "Пользователи                 12 840    13 015\n"
            "Посещения                    96 480    98 215\n"
            "Книговыдача    всего        254 300   259 870\n")
    t = parse(text).tables[0]
    assert not any(c.row_span > 1 for c in t.cells)


def test_columns_with_heads_of_two_lines_under_a_title_set_right_over_them(tmp_path, cli_runner):
    text = ("Баянауыл аудандық ОКЖ-нің 2024 жылғы ІІ тоқсандағы\n"
            "жұмысы туралы есеп\n"
            "1. Негізгі көрсеткіштер\n"
            "Көрсеткіштер\nОқырмандар саны\nКелушілер саны\nКітап берілімі\n\n"
            "ІІ тоқсан\n2023\n7215\n40 860\n98 420\n\n"
            "ІІ тоқсан\n2024\n7390\n42 115\n101 305\n\n"
            "+/+175\n+1255\n+2885\n\n"
            "Жүйеде 19 кітапханашы жұмыс істейді.\n")
    (t,) = parse(text).tables
    assert grid(t) == [["Көрсеткіштер", "ІІ тоқсан 2023", "ІІ тоқсан 2024"],
                       ["Оқырмандар саны", "7215", "7390"],
                       ["Келушілер саны", "40 860", "42 115"],
                       ["Кітап берілімі", "98 420", "101 305"]]
    assert any(b.text == "1. Негізгі көрсеткіштер" or b.text == "Негізгі көрсеткіштер" for b in parse(text).blocks)
    rows = ingest(tmp_path, cli_runner, "bayanaul_2024_q2.txt", text, FACTS)
    assert ("users.registered", 7215.0, "2023-Q2", None, None, "7215") in rows
    assert ("loans.total", 101305.0, "2024-Q2", None, None, "101 305") in rows


def test_a_text_of_one_page_with_its_number_at_the_foot_has_its_lines_joined():
    text = ("2. Кітап қоры\n"
            "2024 жылғы 1 шілдедегі кітап қоры – 121 540 дана. Тоқсанда 1 208\n"
            "дана түсті, 856 дана шығарылды.\n"
            "3. Кадрлар\n"
            "Жүйеде 19 кітапханашы жұмыс істейді, оның 11-і жоғары білімді.\n\n"
            "1\n\f")
    texts = [b.text for b in parse(text).blocks]
    assert any("Тоқсанда 1 208 дана түсті" in t for t in texts) and "1" not in texts
    # without the form feed that ends a PDF's page, the lines stay as written
    texts = [b.text for b in parse(text.replace("\f", "")).blocks]
    assert not any("Тоқсанда 1 208 дана түсті" in t for t in texts)
