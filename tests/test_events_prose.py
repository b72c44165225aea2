"""Single events told in prose as other library systems tell them (Russian and
Kazakh reports of district systems the vocabulary does not know): counts of the
audience, dates of a month or a list, partners, branches, plans, and types
written around the name."""

from esep.model import Block, Document, Provenance
from esep.registry import Config
from esep.plugins import branches as br
from esep.plugins.events import register as ev
from esep.plugins.events import text as tx


def doc_of(*paragraphs, **metadata):
    """Paragraphs; "# " opens a heading, "- " a list item."""
    d = Document(id="x", path="x.txt", format="txt", metadata=dict(metadata))
    for i, p in enumerate(paragraphs):
        kind = {"# ": "heading", "- ": "list_item"}.get(p[:2], "paragraph")
        d.add_block(Block(kind, p[2:] if kind != "paragraph" else p, Provenance(paragraph=i, line=i + 1)))
    return d


def events(*paragraphs, period="2024"):
    return {f.title: f for f in ev.read_document(doc_of(*paragraphs, period=period), Config())}


def test_a_count_of_the_audience_is_the_participants():
    assert tx.find_participants("В квесте приняли участие 28 школьников.") == 28
    assert tx.find_participants("Кешке 60-қа жуық оқырман қатысты.") == 60
    assert tx.find_participants("оған 120-дан астам ауыл тұрғыны қатысты") == 120
    assert tx.find_participants("охватившую более 100 жителей райцентра") == 100
    assert tx.find_participants("оған 3-4 сынып оқушылары (22 бала) қатысты") == 22
    assert tx.find_participants("(№6 кітапхана-филиалы, 5 отбасы, 20 адам)") == 20
    assert tx.find_participants("250-ден астам қаралым") is None
    assert tx.find_audience("Кешке 60-қа жуық оқырман қатысты.")[2] == "оқырман"
    assert tx.find_audience("120-дан астам ауыл тұрғыны қатысты")[2] == "ауыл тұрғыны"
    assert tx.find_audience("присутствовали 45 человек: учителя, пенсионеры, члены клуба")[2] == "учителя, пенсионеры"
    assert tx.find_audience("квест для учащихся 5–6 классов.")[2] == "учащихся 5–6 классов"


def test_a_count_in_brackets_belongs_to_the_item_before_it():
    by = events("В июне в пришкольных лагерях проведены: громкие чтения «Сказки Ы. Алтынсарина» (ф№1, 18 детей), "
                "экологический десант «Чистый двор» (ф№5, 12 чел.), конкурс рисунков на асфальте «Лето, солнце, "
                "книга» (ЦДБ, 30 участников).")
    assert [(t, by[t].participants, by[t].type_match.id) for t in by] == [
        ("Сказки Ы. Алтынсарина", 18, "reading"), ("Чистый двор", 12, "action"),
        ("Лето, солнце, книга", 30, "competition.drawing")]
    assert {by[t].date.iso for t in by} == {"2024-06"}
    assert [by[t].branch.branch_id for t in by] == ["f1", "f5", "children"]


def test_a_month_alone_a_range_and_a_day_before_a_holiday():
    by = events("В апреле в библиотеке-филиале №4 прошла викторина «Один».",
                "С 1 по 7 июня Центральная районная библиотека совместно с районным историко-краеведческим музеем "
                "провела акцию «Два».",
                "Танымдық сағат «Үш» 12 сәуірде – Ғарышкерлер күні қарсаңында балалар кітапханасында өтті.",
                "Сәуір айының 23-і күні №4 кітапхана-филиалында «Төрт» атты кітапханалық сабақ өтті.")
    assert by["Один"].date.iso == "2024-04"
    assert (by["Два"].date.iso, by["Два"].date.end_iso) == ("2024-06-01", "2024-06-07")
    assert by["Два"].branch.branch_id == "central" and "районным историко-краеведческим музеем" in by["Два"].partners
    assert by["Үш"].date.iso == "2024-04-12" and by["Үш"].branch.branch_id == "children"
    assert by["Төрт"].date.iso == "2024-04-23"


def test_a_date_stated_for_a_list_carries_to_its_items():
    by = events("Қыркүйек айында Отбасы күніне орай:",
                "- «Бір» кітап көрмесі (№4 кітапхана-филиалы);",
                "- «Екі» отбасылық сайыс (№6 кітапхана-филиалы, 5 отбасы, 20 адам).",
                "# Келесі бөлім",
                "- «Үш» кітап көрмесі (№1 кітапхана-филиалы).", period="2023")
    assert by["Бір"].date.iso == by["Екі"].date.iso == "2023-09"
    assert by["Екі"].participants == 20
    assert by["Үш"].date is None


def test_plans_are_no_events():
    by = events("В 2025 году планируется провести районный конкурс чтецов «Живое слово».",
                "Екінші жартыжылдықта «Кітап әлемі» аудандық фестивалін өткізу жоспарлануда.",
                "В 2024 году проведён конкурс чтецов «Было».")
    assert set(by) == {"Было"}


def test_partners_are_institutions_and_not_the_librarys_clubs():
    by = events("Қаракөл ауылдық кітапханасы ауылдық округ әкімдігімен және аудандық тарихи-өлкетану музейімен "
                "бірлесіп «Бір» тақырыбында викторина өткізді.",
                "14 декабря – круглый стол «Два» для студентов Жаксынского аграрно-технического колледжа (ЦРБ, 32 чел.);",
                "27 ноября в библиотеке прошёл литературный вечер «Три», на котором присутствовали 45 человек: "
                "учителя, пенсионеры, члены клуба «Собеседник».",
                "Зеренді ауылдық Мәдениет үйімен бірлесіп «Төрт» атты мерекелік іс-шара ұйымдастырылды.")
    assert by["Бір"].partners == ["ауылдық округ әкімдігімен", "аудандық тарихи-өлкетану музейімен"]
    assert by["Бір"].branch.text == "Қаракөл ауылдық кітапханасы"
    assert by["Два"].partners == ["Жаксынского аграрно-технического колледжа"]
    assert (by["Два"].branch.branch_id, by["Два"].participants) == ("central", 32)
    assert by["Три"].partners == [] and by["Три"].audience == "учителя, пенсионеры"
    assert by["Төрт"].partners == ["ауылдық Мәдениет үйімен"]


def test_types_written_around_the_name():
    by = events("«Эколята – друзья природы» – экологический час для воспитанников провела библиотекарь филиала №6.",
                "«Великий Шёлковый путь» – так называлась виртуальная экскурсия, которую провела библиотекарь.",
                "Ребята участвовали в громких чтениях «Сказки», игровой программе «Именины» и конкурсе рисунков «Герой».",
                "«Читаем детям о войне» – под таким названием 7 мая в детской библиотеке прошла международная акция.",
                "16 января в библиотеке состоялась презентация книги «Дала сазы» местного автора.",
                "16 қаңтарда жергілікті автор Н.Ахметовтың «Дала сазы» кітабының тұсаукесері өтті.")
    types = {t: f.type_match.id for t, f in by.items()}
    assert types == {"Эколята – друзья природы": "hour.ecology", "Великий Шёлковый путь": "excursion",
                     "Сказки": "reading", "Именины": "game", "Герой": "competition.drawing",
                     "Читаем детям о войне": "action", "Дала сазы": "presentation.book"}
    assert by["Читаем детям о войне"].date.iso == "2024-05-07"
    # the type as written, its words only
    assert (by["Герой"].type_text, by["Сказки"].type_text) == ("конкурсе рисунков", "громких чтениях")


def test_an_event_of_another_library_keeps_no_branch_and_its_type_text_only_the_type():
    by = events("Сонымен қатар, 14 маусымда С.Сейфуллин атындағы Ақмола облыстық әмбебап ғылыми кітапханасы "
                "ұйымдастырған «Ауыл кітапханасы» облыстық семинар-практикумына ОКЖ-ның 3 қызметкері қатысты.",
                period="2023")
    f = by["Ауыл кітапханасы"]
    assert (f.type_match.id, f.type_text, f.date.iso) == ("seminar", "облыстық семинар-практикумына", "2023-06-14")
    assert f.branch is None or f.branch.branch_id is None


def test_a_library_of_another_level_is_none_of_the_systems():
    text = "С.Сейфуллин атындағы Ақмола облыстық әмбебап ғылыми кітапханасы ұйымдастырған семинарға қатысты."
    d = doc_of("Ақкөл аудандық ОКЖ 2023 жылғы есебі", "№4 кітапхана-филиалында «Бір» атты викторина өтті.", text)
    assert br.document_system(d, Config()) is None
    seed_system = br.load_systems()["balkhash"]
    (m,) = br.mentions_in(text, seed_system)
    assert m.branch_id is None
    (m,) = br.mentions_in("С.Сейфуллин атындағы орталық қалалық кітапханада", seed_system)
    assert m.branch_id == "balkhash.central"


def test_branch_wordings_of_district_systems():
    def local(text):
        return [(m.text, br.resolve(m, None).branch_id) for m in br.find_mentions(text)]

    assert local("№3 Қызылсая ауылдық кітапхана-филиалы") == [("№3 Қызылсая ауылдық кітапхана-филиалы", "f3")]
    assert local("Абай атындағы №3 ауылдық кітапхана қызметкерлері") == [
        ("Абай атындағы №3 ауылдық кітапхана", "f3")]
    assert local("балалар кітапханасында өтті") == [("балалар кітапханасында", "children")]
    assert local("(ЦРБ, 32 чел.)") == [("ЦРБ", "central")]
    assert local("в Центральной районной библиотеке им. Б. Майлина") == [
        ("Центральной районной библиотеке им. Б. Майлина", "central")]
    assert local("аудандық ауылдық кітапханаларында") == []
