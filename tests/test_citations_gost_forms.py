"""Bibliographic entries in the shapes of GOST 7.1-2003 / 7.0.5-2008 and of
the Russian, Kazakh, Bulgarian, Serbian, Ukrainian and German reference lists
that reports and their sources cite: each entry written for this test (names,
titles and journals are invented or generic), with the fields a cataloguer
reads from it.  None comes from a labelled set."""

import pytest
from esep.plugins.citations import parse_citation

CASES = [
    # the volume of a journal numbered with "V." and "N"
    ("Гусев А.Н., Петров Б.В. Методы обработки данных // Геофизика. 2011. V. 12, N 3. P. 45–52.",
     {"source": "Геофизика", "year": 2011, "volume": "12", "issue": "3", "pages": "45–52"}),
    # an abbreviated journal name ends with an abbreviation, not with a publisher
    ("Smith A.B., Jones C. Magnetic anomalies over the Arctic // J. Geophys. Res. 2005. V. 110. P. 1–10.",
     {"source": "J. Geophys. Res", "publisher": None, "volume": "110", "pages": "1–10"}),
    # an abbreviated compound ("науч.-практ.") is not an area separator; the conference's place and dates in
    # brackets are other title information, no words of the container's title
    (("Иванов И. И. Чтение и общество // Материалы Междунар. науч.-практ. конф. «Книга и чтение» "
     "(Москва, 12–14 мая 2010 г.). – М., 2010. – С. 10–20."),
     {"source": "Материалы Междунар. науч.-практ. конф. «Книга и чтение»",
      "place": "М.", "year": 2010, "pages": "10–20"}),
    # the year in brackets without a full stop after the heading
    ("Иванов И. И. (2010) Чтение и общество. Социология, 5(2), 10–20.",
     {"year": 2010, "title": "Чтение и общество", "source": "Социология", "volume": "5", "issue": "2"}),
    # the access note after a URL is in no field
    ("Министерство культуры РФ [Электронный ресурс]. Режим доступа: http://mkrf.ru, свободный.",
     {"title": "Министерство культуры РФ", "url": "http://mkrf.ru"}),
    # a journal without "//": "volume: pages", "volume/issue: pages", "year, volume, № issue, pages"
    ("Попов, С. 1987. Народни песни. Български фолклор 13: 40–52.",
     {"title": "Народни песни", "source": "Български фолклор", "volume": "13", "pages": "40–52"}),
    ("Петровић, Ђорђе. 1975. Средњовековни рукописи. Зборник Матице српске за књижевност и језик 23/1: 7–25.",
     {"title": "Средњовековни рукописи", "source": "Зборник Матице српске за књижевност и језик",
      "volume": "23", "issue": "1", "pages": "7–25"}),
    ("Попов, Стефан. Народни песни. Български фолклор, 1987, 13, № 2, 40–52.",
     {"title": "Народни песни", "source": "Български фолклор", "year": 1987, "volume": "13", "issue": "2",
      "pages": "40–52"}),
    # a journal, its year, then its numbering
    ("Фомин П. Торговля без правил. Эксперт. 2008. 10 (600): 30–35.",
     {"title": "Торговля без правил", "source": "Эксперт", "volume": "10", "issue": "600", "pages": "30–35"}),
    ("Sokolov A.V., Krasnov A.A. Gravimeter tests. Gyroscopy and Navigation. 2015. Vol. 6. No. 2. P. 10–20.",
     {"title": "Gravimeter tests", "source": "Gyroscopy and Navigation", "volume": "6", "issue": "2"}),
    # a publisher named without its place
    ("Smith J. Digital libraries. Springer, 2010.", {"publisher": "Springer", "place": None, "year": 2010}),
    ("Brown P. Inertial navigation. Cambridge University Press, 1992.",
     {"publisher": "Cambridge University Press", "place": None, "title": "Inertial navigation"}),
    ("Иванов И. И. Теория. Изд-во МГУ, 1990. 200 с.",
     {"publisher": "Изд-во МГУ", "title": "Теория", "source": None, "pages": "200"}),
    ("Кузнецов Е.А. Очерки. Казань, 1884.", {"place": "Казань", "publisher": None}),
    # the number of volumes is other title information; a volume with its own title stays in the title area
    ("Николаев С.Н. Геология Урала. В 3 т. Т. 2. Екатеринбург: УрО РАН, 2003.",
     {"title": "Геология Урала", "subtitle": "В 3 т", "volume": "2", "place": "Екатеринбург"}),
    ("Жұмабаев М. Шығармалар жинағы. 3 томдық. 1-том. – Алматы : Білім, 1996. – 320 б.",
     {"title": "Шығармалар жинағы", "subtitle": "3 томдық", "volume": "1", "pages": "320"}),
    ("Виноградов В.В. Избранные труды. Т. 2: История русского литературного языка. М.: Наука, 1978.",
     {"title": "Избранные труды", "subtitle": "История русского литературного языка", "volume": "2",
      "place": "М.", "publisher": "Наука"}),
    # roles after the heading
    ("Георгиев, Иван (съст.). 2005. Старобългарски текстове. София: БАН.",
     {"authors": ["Георгиев, И."], "title": "Старобългарски текстове", "year": 2005}),
    ("Георгиев, Иван, Петър Петров (ред.). 2005. Старобългарски текстове. София: БАН.",
     {"authors": ["Георгиев, И.", "Петров, П."], "title": "Старобългарски текстове"}),
    # a DOI is in no field
    (("Петров А.А., Сидоров Б.Б. Метод гравиметрии // Физика Земли. 2015. № 4. С. 10–20. "
     "DOI: 10.7868/S0002333715040018."), {"issue": "4", "pages": "10–20", "place": None, "publisher": None}),
    # a thesis: the kind of work is other title information
    ("Петров А.А. Метод гравиметрии. Автореф. дисс. канд. физ.-мат. наук. М., 2015. 24 с.",
     {"title": "Метод гравиметрии", "subtitle": "Автореф. дисс. канд. физ.-мат. наук", "place": "М."}),
    # title, place, publisher and year joined by commas
    ("H. Kelsen, Allgemeine Staatslehre, Berlin, Springer, 1925.",
     {"title": "Allgemeine Staatslehre", "place": "Berlin", "publisher": "Springer", "year": 1925}),
    ("K. Hesse, Der unitarische Bundesstaat, Karlsruhe, C. F. Müller, 1962, S. 12-30.",
     {"title": "Der unitarische Bundesstaat", "place": "Karlsruhe", "publisher": "C. F. Müller"}),
    # an abbreviated month does not end the title area; a newspaper in quotes is named without them
    (("О чтении : приказ Министра культуры РК от 22 сент. 2015 г. № 301. – URL: http://adilet.example.kz "
     "(дата обращения: 10.01.2020)."),
     {"title": "О чтении", "subtitle": "приказ Министра культуры РК от 22 сент. 2015 г. № 301", "year": None}),
    ("Нурланова Г. Кітап көрмесі // «Балқаш өңірі». – 2018. – № 7. – 15 ақпан.",
     {"source": "Балқаш өңірі", "issue": "7", "date": "2018-02-15"}),
    # a city of publication alone ends the entry
    ("Ангелов, Боню. 1968. Съвременници на Паисий. София.",
     {"title": "Съвременници на Паисий", "place": "София", "year": 1968}),
    ("Gernot M. Der Föderalismus. Wien.", {"title": "Der Föderalismus", "place": "Wien"}),
    ("Иванов И. И. Повесть. Роман.", {"title": "Повесть. Роман", "place": None}),
    # the imprint before the first area separator, the responsibility after a full stop
    ("Казанцев Г. С. Исследования в Арктике. М.: Наука, 2016. - 300 с.",
     {"title": "Исследования в Арктике", "place": "М.", "publisher": "Наука", "year": 2016, "pages": "300"}),
    ("Казанцев Г.С. Исследования в Арктике. Под ред. А.А. Петрова. М.: Наука, 2016.",
     {"title": "Исследования в Арктике", "responsibility": "Под ред. А.А. Петрова", "place": "М."}),
    # a journal, its volume and issue before the pages; a publisher ends before the pages
    ("Казанцев, Георги. 2016. Изследвания в Арктика. Океанология, 56, 2, с. 333–335.",
     {"title": "Изследвания в Арктика", "source": "Океанология", "volume": "56", "pages": "333–335"}),
    ("Казанцев, Георги. 2016. Изследвания в Арктика. – В: Сборник статии. Т. 2. София: БАН, с. 333–335.",
     {"source": "Сборник статии", "volume": "2", "place": "София", "publisher": "БАН", "pages": "333–335"}),
    # the editors of a collection are not part of its name
    (("Kazantsev, G. 2016. Arctic studies. In: Proceedings of the Arctic conference, ed. by A. Petrov. "
     "Berlin: Springer, 333–335."), {"source": "Proceedings of the Arctic conference", "publisher": "Springer"}),
    # "[и др.]" after the people named: they are the authors all the same
    (("Иванов, И. И. Теория систем / И. И. Иванов, П. П. Петров, С. С. Сидоров, А. А. Кузнецов [и др.]. - "
     "М.: Наука, 2012. - 200 с."),
     {"authors": ["Иванов, И. И.", "Петров, П. П.", "Сидоров, С. С.", "Кузнецов, А. А."]}),
    # the issue of a volume; a note area ("Взамен …; введ. …") is not a container
    (("Иванов, И. И. Анализ данных / И. И. Иванов // Вестник. Серия 1, Математика. - 2015. - Т. 5, вып. 2. - "
     "С. 10-20."), {"volume": "5", "issue": "2", "pages": "10-20"}),
    (("ГОСТ 7.53-2001. Издания. Международная стандартная нумерация книг. - Взамен ГОСТ 7.53-86; "
     "введ. 2002-07-01. - Минск: Изд-во стандартов, 2002. - 3 с."),
     {"source": None, "place": "Минск", "publisher": "Изд-во стандартов", "year": 2002}),
    # an abbreviated name of a series goes on after its first abbreviation; "[б. г.]" is not the publisher's
    ("Петров А. А. Гравиметрия // Тр. ГАИШ. 1990. Т. 62. С. 1–40.",
     {"source": "Тр. ГАИШ", "publisher": None, "volume": "62"}),
    ("Петров А. А. Гравиметрия. М.: Наука, [б. г.]. 200 с.", {"publisher": "Наука", "year": None}),
    # a publisher written after an abbreviated name ends with a full word
    ("Smith P. Ocean gravity // Handbook of marine geodesy. Pergamon. 2012. Vol. 2. P. 5–9.",
     {"source": "Handbook of marine geodesy", "publisher": "Pergamon", "volume": "2"}),
    # a city alone after the volume; a journal numbered with a Roman volume; the pages of a part after the
    # imprint of the whole name the last sentence of the title area as its container
    ("Стојановић, Љ. 1902. Стари српски записи и натписи. Књ. 1. Београд.",
     {"title": "Стари српски записи и натписи", "volume": "1", "place": "Београд"}),
    ("Иванов, И. 1990. Език и стил. Български език, XL, 3: 200–210.",
     {"title": "Език и стил", "source": "Български език", "volume": "XL", "issue": "3", "pages": "200–210"}),
    ("Иванов, И. 1990. Език и стил. Проблеми на социолингвистиката. Т. 3. София: БАН, 200–210.",
     {"title": "Език и стил", "source": "Проблеми на социолингвистиката", "volume": "3", "publisher": "БАН"}),
    ("Петров А. А. Гравиметрия. Т. 1–2. М.: Наука, 1998–2000.",
     {"title": "Гравиметрия", "source": None, "volume": "1–2", "year": 1998}),
    # a hyphenated initial, after or before the surname
    ("Тоқаев Қ.-Ж. К. Тәуелсіздік бәрінен қымбат // Егемен Қазақстан. – 2021. – 5 қаңтар.",
     {"authors": ["Тоқаев, Қ.-Ж. К."], "title": "Тәуелсіздік бәрінен қымбат", "date": "2021-01-05"}),
    ("Ж.-П. Сартр. Тошнота. М.: АСТ, 2010.", {"authors": ["Сартр, Ж.-П."], "title": "Тошнота"}),
    # a chapter is neither the publisher nor the pages; pages after ";" end a part of a collection
    ("Власов В. В. 2005. Рынки и сети. М.: Дело. Гл. 5.", {"publisher": "Дело", "pages": None, "place": "М."}),
    ("Зелинский В. 2004. Деньги и дар. Социология обмена: хрестоматия. М.: РОССПЭН; 213–233.",
     {"title": "Деньги и дар", "source": "Социология обмена: хрестоматия", "pages": "213–233",
      "publisher": "РОССПЭН"}),
    # the marker of a list before the entry
    ("[12] Иванов И. И. Чтение. М.: Наука, 2001. 200 с.", {"number": 12, "authors": ["Иванов, И. И."]}),
    ("• Иванов И. И. Чтение // Библиотека. – 2001. – № 3. – С. 5.",
     {"number": None, "authors": ["Иванов, И. И."], "title": "Чтение"}),
    # GOST 7.0.100's content statement after the URL and its note
    (("Иванов И. И. Чтение // Библиотечное дело. – 2015. – № 4. – С. 5–9. – URL: https://elibrary.example/1 "
     "(дата обращения: 10.01.2016). – Текст : электронный."),
     {"source": "Библиотечное дело", "pages": "5–9", "place": None, "publisher": None,
      "url": "https://elibrary.example/1"}),
    # a name with a publisher's word followed by its year and numbering is a journal, not a publisher
    ("Smith J. Reading habits. Journal of Academic Librarianship, 2001, 27 (3), 10–20.",
     {"source": "Journal of Academic Librarianship", "publisher": None, "volume": "27", "issue": "3"}),
    ("Иванов И. Чтение. Вестник Изд. дома, 2001, № 3, с. 5–9.",
     {"title": "Чтение", "source": "Вестник Изд. дома", "publisher": None, "issue": "3", "pages": "5–9"}),
    # a patent (GOST 7.1): the designation is not the title, the year is the year of publication
    (("Пат. 2456789 Российская Федерация, МПК G01V 7/00. Гравиметр / Петров А. А., Сидоров Б. Б. ; "
     "заявитель Ин-т физики Земли. – № 2010112345/28 ; заявл. 01.04.10 ; опубл. 20.07.12, Бюл. № 20. – 5 с."),
     {"title": "Гравиметр", "authors": ["Петров, А. А.", "Сидоров, Б. Б."], "year": 2012, "pages": "5"}),
    (("А. с. 1007970 СССР. Устройство для захвата деталей / В. С. Ваулин. – № 3360585/25-08 ; заявл. 23.11.81 ; "
     "опубл. 30.03.83, Бюл. № 12. – 2 с."), {"title": "Устройство для захвата деталей", "year": 1983}),
    # the series area at the end: its numbering is the series', not the work's volume or issue
    ("Петров В. В. Библиотеки Сибири. – Новосибирск : Наука, 2005. – 230 с. – (Библиотечное дело ; вып. 3).",
     {"title": "Библиотеки Сибири", "volume": None, "issue": None, "pages": "230", "publisher": "Наука"}),
    (("Иванов И. И., Петров П. П. Каталогизация. – 3-е изд., испр. и доп. – М. : Либерея, 2007. – 250 с. – "
      "(Библиотекарь и время. XXI век ; № 58)."),
     {"title": "Каталогизация", "issue": None, "pages": "250", "place": "М.", "publisher": "Либерея"}),
    ("Лавров П. А. Материалы по истории письменности. Л., 1930. (Труды Славянской комиссии АН СССР. Т. 1).",
     {"title": "Материалы по истории письменности", "volume": None, "place": "Л.", "year": 1930}),
    # the heading of a territory, with or without the form of the act
    ("Российская Федерация. Законы. О библиотечном деле : федер. закон от 29.12.1994 № 78-ФЗ. – М., 1995. – 20 с.",
     {"authors": ["Российская Федерация. Законы"], "title": "О библиотечном деле",
      "subtitle": "федер. закон от 29.12.1994 № 78-ФЗ", "year": 1995}),
    ("Қазақстан Республикасы. Заңдар. Мәдениет туралы : 2006 ж. 15 желтоқсандағы заңы. – Астана, 2007. – 30 б.",
     {"authors": ["Қазақстан Республикасы. Заңдар"], "title": "Мәдениет туралы", "place": "Астана", "pages": "30"}),
    ("Тобольская губерния. Списки населенных мест. СПб., 1871. 220 с.",
     {"authors": ["Тобольская губерния"], "title": "Списки населенных мест", "place": "СПб.", "pages": "220"}),
    # a title of a region is not a heading
    ("Павлодарская область : энциклопедия. – Алматы : Арыс, 2006. – 500 б.",
     {"authors": [], "title": "Павлодарская область", "subtitle": "энциклопедия"}),
    # the series of a journal is part of its name, with or without "//"
    ("Петрова М. Ранние книги // Вестник Моск. ун-та. Сер. 9, Филология. – 2005. – № 3. – С. 10–22.",
     {"source": "Вестник Моск. ун-та. Сер. 9, Филология", "year": 2005, "issue": "3", "volume": None,
      "pages": "10–22"}),
    ("Иванов А. Ескі кітаптар // Вестник КазНУ. Серия филологическая. – 2015. – № 3. – Б. 10–22.",
     {"source": "Вестник КазНУ. Серия филологическая", "issue": "3", "pages": "10–22"}),
    ("Петрова М. Ранние печатные книги. Вестник МГУ. Серия 8: История. 2005. № 3. С. 10–22.",
     {"title": "Ранние печатные книги", "source": "Вестник МГУ. Серия 8: История", "year": 2005, "issue": "3"}),
    # Kazakh shapes: "Жинақта:", "бб.", "Б. 6", "бет", "1-кітап", "2-бас." (edition)
    ("Ахметова Р. Кітап оқу мәдениеті. Жинақта: Кітапхана және қоғам. – Астана, 2015. – 12–18 б.",
     {"title": "Кітап оқу мәдениеті", "source": "Кітапхана және қоғам", "place": "Астана", "pages": "12–18"}),
    ("Байтұрсынов А. Тіл құралы // Ақиқат. – 2016. – №3. – 45-48 бб.",
     {"source": "Ақиқат", "year": 2016, "issue": "3", "pages": "45-48"}),
    ("Омарова Л. Кітапхана және оқырман / Л. Омарова // Егемен Қазақстан. – 2022. – 15 сәуір. – Б. 6.",
     {"authors": ["Омарова, Л."], "source": "Егемен Қазақстан", "date": "2022-04-15", "pages": "6"}),
    ("Әуезов М. Абай жолы. 1-кітап. – Алматы : Жазушы, 1997. – 400 бет.",
     {"title": "Абай жолы", "volume": "1", "pages": "400", "publisher": "Жазушы"}),
    ("Жақыпов С. М. Оқу психологиясы : оқу құралы. – 2-бас. – Алматы : Қазақ ун-ті, 2009. – 200 б.",
     {"title": "Оқу психологиясы", "subtitle": "оқу құралы", "place": "Алматы", "publisher": "Қазақ ун-ті"}),
    # a chapter of a collection after "В кн.:" without area separators; a volume and an issue of a series
    ("Лихачёв Д. С. Русская культура. В кн.: Избранные работы. Т. 2. Л., 1987. С. 5–20.",
     {"title": "Русская культура", "source": "Избранные работы", "volume": "2", "place": "Л.", "pages": "5–20"}),
    ("Марков В. Очерки по истории города // Известия Общества археологии. Казань, 1905. Т. 21. Вып. 3. С. 1–40.",
     {"source": "Известия Общества археологии", "place": "Казань", "volume": "21", "issue": "3"}),
    # a heading in full with a comma before the first name and the patronymic
    ("Иванов, Иван Петрович. Очерки по истории края. Казань: Типография университета, 1910. 230 с.",
     {"authors": ["Иванов, И. П."], "title": "Очерки по истории края", "place": "Казань", "pages": "230"}),
    # the number of a serial collection ("Сб. 81") is its volume
    ("Иванова Н. Н. Городские библиотеки // Книга: исследования и материалы. М., 2003. Сб. 81. С. 50–65.",
     {"source": "Книга: исследования и материалы", "volume": "81", "pages": "50–65", "year": 2003}),
    # a series without numbering after the pages; the edition statement before the imprint
    ("Хабибуллин А. А. Татарская книга. Казань: Тат. кн. изд-во, 2001. 200 с. (Библиотека татарской культуры).",
     {"title": "Татарская книга", "publisher": "Тат. кн. изд-во", "pages": "200", "volume": None}),
    ("Кириллов И. Т. Введение в палеографию. Изд. 2-е, испр. М.: Высшая школа, 1980. 180 с.",
     {"title": "Введение в палеографию", "place": "М.", "publisher": "Высшая школа", "pages": "180"}),
    # Kazakh headings with the year right after them, and without
    ("Абылқасымова Ж. 2017. Ұлттық кітапхана тарихы. Алматы: Қазақ университеті. 180 б.",
     {"authors": ["Абылқасымова, Ж."], "year": 2017, "title": "Ұлттық кітапхана тарихы", "place": "Алматы",
      "publisher": "Қазақ университеті", "pages": "180"}),
    ("Ахметов, Ә. Қазақ тілінің сөздігі. Алматы: Ғылым, 1985. 300 б.",
     {"authors": ["Ахметов, Ә."], "title": "Қазақ тілінің сөздігі", "publisher": "Ғылым", "pages": "300"}),
    # a periodical named with commas, its year, then its date or issue; a city in the same place is a place
    ("Мусина Г. Оқырманға арналған кеш. Орталық Қазақстан, 2019, 14 наурыз, 6 б.",
     {"title": "Оқырманға арналған кеш", "source": "Орталық Қазақстан", "place": None, "date": "2019-03-14",
      "pages": "6"}),
    ("Кравченко О. Библиотека приглашает. Вечерний Петропавловск, 2018, № 12, с. 3.",
     {"source": "Вечерний Петропавловск", "place": None, "year": 2018, "issue": "12", "pages": "3"}),
    ("Толстой Л. Война и мир. Москва, 1990, т. 3.",
     {"title": "Война и мир", "source": None, "place": "Москва", "volume": "3"}),
    # web resources: Russian and Kazakh notes, a site without a container
    (("Сейсенова А. Кітап – білім бұлағы [Электрондық ресурс] // Egemen.kz. – 2020. – 5 мамыр. – "
      "URL: https://egemen.example/123 (қаралған күні: 10.05.2020)."),
     {"title": "Кітап – білім бұлағы", "source": "Egemen.kz", "date": "2020-05-05",
      "url": "https://egemen.example/123"}),
    ("Библиотеки Казахстана [Электронный ресурс] : офиц. сайт. – URL: https://lib.example.kz (дата обращения: 12.04.2021).",
     {"title": "Библиотеки Казахстана", "subtitle": "офиц. сайт", "year": None, "date": None,
      "url": "https://lib.example.kz"}),
    # an interview: the responsibility names who asked, the heading who answered
    ("Алимов Р. Память о войне / беседовала А. Иванова // Казахстанская правда. – 2020. – 8 мая. – С. 3.",
     {"authors": ["Алимов, Р."], "responsibility": "беседовала А. Иванова", "source": "Казахстанская правда"}),
    # the year in the heading, then a journal followed directly by its numbering and pages
    ("Радаев В. В. 2008. Новые рынки. Экономическая социология. Т. 9. № 2. С. 5–20.",
     {"year": 2008, "title": "Новые рынки", "source": "Экономическая социология", "volume": "9", "issue": "2",
      "pages": "5–20"}),
    ("Иванов И. И. Чтение. Вопросы истории. Т. 3, № 2. С. 15–22.",
     {"title": "Чтение", "source": "Вопросы истории", "volume": "3", "issue": "2", "pages": "15–22"}),
    # a volume of a book is not a journal when the imprint follows
    ("Дуйчев И. Из старата българска книжнина. Т. 1. София, 1943. 300 с.",
     {"title": "Из старата българска книжнина", "source": None, "volume": "1", "place": "София", "pages": "300"}),
    # a double issue
    ("Николаев Н. Н. Из истории книги // Книжное дело. 1925. № 3/4. С. 12–15.",
     {"source": "Книжное дело", "issue": "3/4", "pages": "12–15"}),
    # the series area of a Ukrainian book, after the page count without a dash
    ("Гнатюк В. Українські народні казки. Львів, 1910. 250 с. (Етнографічний збірник. Т. 29).",
     {"title": "Українські народні казки", "place": "Львів", "pages": "250", "volume": None}),
    # edition statements named by their kind ("Репринт. изд.", "Испр. изд.", "Қайта басылым") end the title
    ("Карамзин Н. М. История государства Российского. Репринт. изд. М.: Книга, 1988. Кн. 1. 500 с.",
     {"title": "История государства Российского", "volume": "1", "publisher": "Книга", "pages": "500"}),
    ("Иванов И. Книга. Испр. изд. М., 1990. 100 с.", {"title": "Книга", "place": "М.", "pages": "100"}),
    ("Жұмабаев М. Шығармалар. Қайта басылым. Алматы, 2010. 200 б.",
     {"title": "Шығармалар", "place": "Алматы", "year": 2010, "pages": "200"}),
    # the Kazakh abbreviated ordinal volume "2-т."
    ("Бөкейхан Ә. Шығармалар. 2-т. Алматы: Қазақстан, 1994. 300 б.",
     {"title": "Шығармалар", "volume": "2", "publisher": "Қазақстан", "pages": "300"}),
    # a volume of a work in several volumes, with the chief editor; a part of a textbook by four authors
    ("История Казахстана : в 5 т. Т. 2 / гл. ред. М. К. Козыбаев. – Алматы : Атамұра, 1997. – 624 с.",
     {"authors": [], "title": "История Казахстана", "subtitle": "в 5 т", "volume": "2",
      "responsibility": "гл. ред. М. К. Козыбаев", "publisher": "Атамұра"}),
    ("Психология чтения : учеб. пособие : в 2 ч. Ч. 1 / Н. Н. Иванова [и др.]. – Омск : Изд-во ОмГУ, 2010. – 120 с.",
     {"authors": ["Иванова, Н. Н."], "title": "Психология чтения", "volume": "1", "place": "Омск"}),
    # APA: the last author after ", &" / ", and"
    ("Smith, A., & Brown, B. (2005). Library use in rural areas. Library Quarterly, 75(2), 150–170.",
     {"authors": ["Smith, A.", "Brown, B."], "title": "Library use in rural areas", "source": "Library Quarterly",
      "volume": "75", "issue": "2", "pages": "150–170"}),
    ("Smith, John, and Mary Brown. 2005. Library use. Library Quarterly 75 (2): 150–170.",
     {"authors": ["Smith, J.", "Brown, M."], "title": "Library use", "year": 2005}),
    # repeated references (GOST 7.0.5): the pages alone after "Там же", "Сонда"
    ("Там же. С. 45.", {"title": "Там же", "pages": "45"}),
    ("Сонда. 12 б.", {"title": "Сонда", "pages": "12"}),
    # an official document without a heading; a yearbook named with its year
    ("Об утверждении Правил : приказ М-ва культуры Респ. Казахстан от 12.03.2018 № 45. – Астана, 2018. – 10 с.",
     {"title": "Об утверждении Правил", "subtitle": "приказ М-ва культуры Респ. Казахстан от 12.03.2018 № 45",
      "place": "Астана", "year": 2018, "pages": "10"}),
    # a conference's proceedings as other title information of the container
    (("Сидорова О. А. Чтение в XXI веке // Библиотеки и информационные ресурсы : тр. конф. «Крым-2010». – "
      "М., 2010. – С. 1–5."),
     {"source": "Библиотеки и информационные ресурсы", "place": "М.", "year": 2010, "pages": "1–5"}),
    # a newspaper's issue dated after "от"; a newspaper's name in straight quotes before "газеті"
    ("Жанибекова Г. Читатель XXI века // Казахстанская правда от 12.03.2021 г., с. 9.",
     {"title": "Читатель XXI века", "source": "Казахстанская правда", "year": 2021, "date": "2021-03-12",
      "pages": "9"}),
    ('Мукашева Р. Кітапханаға саяхат. "Ақжайық" газеті, 2019 жыл, 20 қыркүйек.',
     {"title": "Кітапханаға саяхат", "source": "Ақжайық", "year": 2019, "date": "2019-09-20"}),
    # the newspaper named first, the author's heading and the title after its issue
    ("Егемен Қазақстан. – 2022. – 5 мамыр. – Б. 7. – Ахметова А. Кітап – өмір серігі.",
     {"authors": ["Ахметова, А."], "title": "Кітап – өмір серігі", "source": "Егемен Қазақстан", "year": 2022,
      "date": "2022-05-05", "pages": "7"}),
    ("Казахстанская правда. – 2021. – 12 марта. – С. 9. – Жанибекова Г. Читатель XXI века.",
     {"authors": ["Жанибекова, Г."], "title": "Читатель XXI века", "source": "Казахстанская правда",
      "year": 2021, "date": "2021-03-12", "pages": "9"}),
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_gost_form(raw, expected):
    p = parse_citation(raw)
    assert {f: p[f] for f in expected} == expected
