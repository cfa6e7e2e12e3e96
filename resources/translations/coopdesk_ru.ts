<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccessibleDetail</name>
    <message>
        <source>not a CoopDesk link; it is not opened</source>
        <translation>не ссылка CoopDesk; не открывается</translation>
    </message>
    <message>
        <source>opens the record</source>
        <translation>открывает запись</translation>
    </message>
    <message>
        <source>opens the source at paragraph {paragraph}</source>
        <translation>открывает источник на абзаце {paragraph}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>not in the source</source>
        <translation>нет в источнике</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>выведено</translation>
    </message>
    <message>
        <source>Values marked “inferred” are a reading of the document, with the reason; values marked “not in the source” were added by the curators (abbreviations, names in common use), with the reason. Everything else is the document&apos;s words, with its quote.</source>
        <translation>Значения с пометкой «выведено» — толкование документа, с указанием основания; значения с пометкой «нет в источнике» добавлены составителями (сокращения, общепринятые наименования), также с основанием. Всё остальное — слова документа, с цитатой.</translation>
    </message>
    <message>
        <source>(title inferred)</source>
        <translation>(название выведено)</translation>
    </message>
    <message>
        <source>(title not in the source)</source>
        <translation>(названия нет в источнике)</translation>
    </message>
    <message>
        <source>{name} — title inferred</source>
        <translation>{name} — название выведено</translation>
    </message>
    <message>
        <source>{name} — title not in the source</source>
        <translation>{name} — названия нет в источнике</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>указано</translation>
    </message>
</context>
<context>
    <name>BookmarkCounts</name>
    <message numerus="yes">
        <source>Imported %n bookmark(s) from {file}.</source>
        <translation>
            <numerusform>Импортирована %n закладка из файла {file}.</numerusform>
            <numerusform>Импортировано %n закладки из файла {file}.</numerusform>
            <numerusform>Импортировано %n закладок из файла {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {file}.</source>
        <translation>
            <numerusform>%n закладка сохранена в файл {file}.</numerusform>
            <numerusform>%n закладки сохранены в файл {file}.</numerusform>
            <numerusform>%n закладок сохранено в файл {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Bookmark This &amp;Record</source>
        <translation>Добавить &amp;запись в закладки</translation>
    </message>
    <message>
        <source>Bookmark the selected record</source>
        <translation>Добавить выбранную запись в закладки</translation>
    </message>
    <message>
        <source>Bookmark This &amp;View…</source>
        <translation>Добавить &amp;вид в закладки…</translation>
    </message>
    <message>
        <source>Bookmark the filters, the search and the selected record</source>
        <translation>Добавить в закладки фильтры, поисковый запрос и выбранную запись</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>&amp;Управление закладками…</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks (XBEL)…</source>
        <translation>&amp;Импорт закладок (XBEL)…</translation>
    </message>
    <message>
        <source>E&amp;xport Bookmarks (XBEL)…</source>
        <translation>Э&amp;кспорт закладок (XBEL)…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a record</source>
        <translation>Закладок пока нет: выберите запись и нажмите Ctrl+D</translation>
    </message>
    <message>
        <source>A saved view</source>
        <translation>Сохранённый вид</translation>
    </message>
    <message>
        <source>Select a record to bookmark it.</source>
        <translation>Выберите запись, чтобы добавить её в закладки.</translation>
    </message>
    <message>
        <source>Already bookmarked: {name}.</source>
        <translation>Уже в закладках: {name}.</translation>
    </message>
    <message>
        <source>Bookmarked: {title}.</source>
        <translation>Добавлено в закладки: {title}.</translation>
    </message>
    <message>
        <source>Bookmark this view</source>
        <translation>Вид в закладки</translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation>Название закладки:</translation>
    </message>
    <message>
        <source>Bookmarked the view “{name}”.</source>
        <translation>Вид «{name}» добавлен в закладки.</translation>
    </message>
    <message>
        <source>View “{name}” restored.</source>
        <translation>Вид «{name}» восстановлен.</translation>
    </message>
    <message>
        <source>“{name}” is not in the open database ({id}).</source>
        <translation>Записи «{name}» нет в открытой базе данных ({id}).</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Импорт закладок</translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation>Закладки XBEL (*.xbel *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Экспорт закладок</translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation>Закладки XBEL (*.xbel)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Manage Bookmarks</source>
        <translation>Управление закладками</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Н&amp;иже</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Переименование закладки</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Briefing Pack</source>
        <translation>Справочный пакет</translation>
    </message>
    <message>
        <source>none (e.g. FOR OFFICIAL USE)</source>
        <translation>нет (например, ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ)</translation>
    </message>
    <message>
        <source>Include my notes, marked as mine</source>
        <translation>Добавить мои заметки, помеченные как личные</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Handling &amp;marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>No records match these filters ({filters}), so there is nothing to put in a pack. Clear a filter or widen the years.</source>
        <translation>Под эти фильтры ({filters}) не подходит ни одна запись, и включать в пакет нечего. Снимите какой-либо фильтр или расширьте диапазон лет.</translation>
    </message>
    <message>
        <source>Save the briefing pack as</source>
        <translation>Сохранить справочный пакет как</translation>
    </message>
</context>
<context>
    <name>BriefingCounts</name>
    <message numerus="yes">
        <source>The filters ({filters}) leave %n record(s);</source>
        <translation>
            <numerusform>Фильтрам ({filters}) соответствует %n запись;</numerusform>
            <numerusform>Фильтрам ({filters}) соответствуют %n записи;</numerusform>
            <numerusform>Фильтрам ({filters}) соответствуют %n записей;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a briefing pack holds at most %n. Narrow the filters, or use File &gt; Export Records… for all of them.</source>
        <translation>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через «Файл &gt; Экспорт записей…».</numerusform>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через «Файл &gt; Экспорт записей…».</numerusform>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через «Файл &gt; Экспорт записей…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ({filters}): a cover, contents, one section per record and an index.</source>
        <translation>
            <numerusform>%n запись ({filters}): титульный лист, оглавление, по разделу на каждую запись и указатель.</numerusform>
            <numerusform>%n записи ({filters}): титульный лист, оглавление, по разделу на каждую запись и указатель.</numerusform>
            <numerusform>%n записей ({filters}): титульный лист, оглавление, по разделу на каждую запись и указатель.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>{name} — {count}</source>
        <translation>{name} — {count}</translation>
    </message>
    <message>
        <source>{name}, {count}</source>
        <translation>{name}, {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>¶{paragraph} of {document}</source>
        <translation>¶{paragraph} документа «{document}»</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: add words to narrow the search</source>
        <translation>
            <numerusform>… и ещё %n: уточните запрос</numerusform>
            <numerusform>… и ещё %n: уточните запрос</numerusform>
            <numerusform>… и ещё %n: уточните запрос</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Your note: “{excerpt}” — {title}</source>
        <translation>Ваша заметка: «{excerpt}» — {title}</translation>
    </message>
    <message>
        <source>Your note on {title}: {excerpt}</source>
        <translation>Ваша заметка к записи «{title}»: {excerpt}</translation>
    </message>
    <message>
        <source>This record is not in the open database.</source>
        <translation>Этой записи нет в открытой базе данных.</translation>
    </message>
    <message>
        <source>A saved view: click to restore its filters and selection.</source>
        <translation>Сохранённый вид: щёлкните, чтобы восстановить его фильтры и выбранную запись.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>no database is open.</source>
        <translation>база данных не открыта.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were saved to {file}.</source>
        <translation>Подробности сохранены в файл {file}.</translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation>Подробности не удалось сохранить в журнал.</translation>
    </message>
    <message>
        <source>CoopDesk — unexpected error</source>
        <translation>CoopDesk — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside CoopDesk. Your data is safe and the window stays open; the action you tried may not have finished.</source>
        <translation>В работе CoopDesk произошёл сбой. Ваши данные в сохранности, окно остаётся открытым, но начатое действие могло не завершиться.</translation>
    </message>
</context>
<context>
    <name>Curate</name>
    <message>
        <source>a record or link needs at least one quote of the document.</source>
        <translation>записи или связи нужна хотя бы одна цитата из документа.</translation>
    </message>
    <message>
        <source>not in the document: “{quote}”</source>
        <translation>в документе нет: «{quote}»</translation>
    </message>
    <message>
        <source>Add {kind} “{title}”</source>
        <translation>Добавление: {kind} «{title}»</translation>
    </message>
    <message>
        <source>Edit {id}</source>
        <translation>Правка {id}</translation>
    </message>
    <message>
        <source>an inferred link needs its reason.</source>
        <translation>у выведенной связи должно быть основание.</translation>
    </message>
    <message>
        <source>Link {start} → {end} ({relation})</source>
        <translation>Связь {start} → {end} ({relation})</translation>
    </message>
    <message>
        <source>Edit link {start} → {end}</source>
        <translation>Правка связи {start} → {end}</translation>
    </message>
    <message>
        <source>{id} already cites that passage.</source>
        <translation>{id} уже ссылается на этот фрагмент.</translation>
    </message>
    <message>
        <source>Cite another passage for {id}</source>
        <translation>Ещё одна цитата для {id}</translation>
    </message>
    <message>
        <source>“{name}” is already a name of {id}.</source>
        <translation>«{name}» уже является наименованием {id}.</translation>
    </message>
    <message>
        <source>“{name}” is not in the quote “{quote}”.</source>
        <translation>«{name}» нет в цитате «{quote}».</translation>
    </message>
    <message>
        <source>Add the editorial name “{name}” to {id}</source>
        <translation>Добавление редакционного наименования «{name}» к {id}</translation>
    </message>
    <message>
        <source>Add the name “{name}” to {id}</source>
        <translation>Добавление наименования «{name}» к {id}</translation>
    </message>
    <message>
        <source>“{name}” is not a name of {id}.</source>
        <translation>«{name}» не является наименованием {id}.</translation>
    </message>
    <message>
        <source>Remove the name “{name}” from {id}</source>
        <translation>Удаление наименования «{name}» у {id}</translation>
    </message>
    <message>
        <source>select some words of the document first.</source>
        <translation>сначала выделите слова в документе.</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>в другом месте</translation>
    </message>
    <message>
        <source>“{quote}” also appears earlier ({where}); select a longer passage.</source>
        <translation>«{quote}» встречается и раньше ({where}); выделите фрагмент длиннее.</translation>
    </message>
    <message>
        <source>give the record a title.</source>
        <translation>укажите название записи.</translation>
    </message>
    <message>
        <source>a record of kind “{kind}” needs a date.</source>
        <translation>записи вида «{kind}» нужна дата.</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD, like 2017-07-13 (not “{date}”).</source>
        <translation>запишите дату в виде ГГГГ-ММ-ДД, например 2017-07-13 (а не «{date}»).</translation>
    </message>
    <message>
        <source>choose a database to publish to: the bundled database of an installed CoopDesk is never written.</source>
        <translation>выберите базу данных для публикации: встроенная база данных установленного CoopDesk никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>choose a database to publish to: {name} is not in this checkout&apos;s {folder}, whose database is data/coop.db.</source>
        <translation>выберите базу данных для публикации: файл {name} находится не в папке {folder} этой рабочей копии, чья база данных — data/coop.db.</translation>
    </message>
    <message>
        <source>not published: {problem}</source>
        <translation>не опубликовано: {problem}</translation>
    </message>
</context>
<context>
    <name>CurateBrowser</name>
    <message>
        <source>The preview appears here once the curation builds.</source>
        <translation>Предпросмотр появится здесь, как только разметка соберётся.</translation>
    </message>
    <message>
        <source>No preview yet</source>
        <translation>Предпросмотра пока нет</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Записей пока нет</translation>
    </message>
    <message>
        <source>Select words in the document and choose New Record from Selection (Ctrl+R), or accept one of the Suggest pass&apos;s proposals.</source>
        <translation>Выделите слова в документе и выберите «Новая запись из выделенного» (Ctrl+R) либо примите одно из предложений автоподбора.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Choose a record in the tree or on the timeline to see it as a reader will.</source>
        <translation>Выберите запись в содержании или на хронологии, чтобы увидеть её так, как увидит читатель.</translation>
    </message>
</context>
<context>
    <name>CurateConfirm</name>
    <message>
        <source>Tick when you have checked this proposed value against the document.</source>
        <translation>Отметьте, когда сверите это предложенное значение с документом.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm {field}</source>
        <translation>Подтвердить: {field}</translation>
    </message>
    <message>
        <source>Confirm each proposed value, or change it: {fields}.</source>
        <translation>Подтвердите или измените каждое предложенное значение: {fields}.</translation>
    </message>
</context>
<context>
    <name>CurateDocument</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>select some words of the document first.</source>
        <translation>сначала выделите слова в документе.</translation>
    </message>
    <message>
        <source>select words within one paragraph: a quote never spans two.</source>
        <translation>выделяйте слова в пределах одного абзаца: цитата не может захватывать два.</translation>
    </message>
    <message>
        <source>the title is not a paragraph: select words of the text.</source>
        <translation>заголовок — не абзац: выделите слова в тексте.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>How the document&apos;s quotes are underlined: by the kind of record.</source>
        <translation>Как подчёркнуты цитаты в документе: по видам записей.</translation>
    </message>
    <message>
        <source>Underlines: {kinds}</source>
        <translation>Подчёркивание: {kinds}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
</context>
<context>
    <name>CurateFiles</name>
    <message>
        <source>Curation file</source>
        <translation>Файл разметки</translation>
    </message>
</context>
<context>
    <name>CurateForms</name>
    <message>
        <source>New Record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Add Record</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Выберите вид…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Без места</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Без стороны</translation>
    </message>
    <message>
        <source>the round&apos;s or the offence type&apos;s number</source>
        <translation>номер раунда или вида преступлений</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>As the document writes it: {date}</source>
        <translation>Как в документе: {date}</translation>
    </message>
    <message>
        <source>Confirm ({date})</source>
        <translation>Подтвердить ({date})</translation>
    </message>
    <message>
        <source>{place} (new place record)</source>
        <translation>{place} (новая запись о месте)</translation>
    </message>
    <message>
        <source>why it is right, in one line; shown with the value</source>
        <translation>почему это верно, одной строкой; показывается вместе со значением</translation>
    </message>
    <message>
        <source>{field} ({basis}) — reason:</source>
        <translation>{field} ({basis}) — основание:</translation>
    </message>
    <message>
        <source>Choose the record&apos;s kind.</source>
        <translation>Выберите вид записи.</translation>
    </message>
    <message>
        <source>Give the record a title.</source>
        <translation>Укажите название записи.</translation>
    </message>
    <message>
        <source>A number is a whole number, like 3.</source>
        <translation>Номер — целое число, например 3.</translation>
    </message>
    <message>
        <source>The quote does not state every value: give the reason for {fields}.</source>
        <translation>Цитата подтверждает не все значения: укажите основание для: {fields}.</translation>
    </message>
    <message>
        <source>The curation already holds “{title}” ({id}); a second record of it would split what the document says about it.</source>
        <translation>В разметке уже есть «{title}» ({id}); вторая такая запись разделит сказанное о ней в документе.</translation>
    </message>
</context>
<context>
    <name>CurateLinks</name>
    <message>
        <source>Choose a record…</source>
        <translation>Выберите запись…</translation>
    </message>
    <message>
        <source>New Link</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>Choose a relation…</source>
        <translation>Выберите отношение…</translation>
    </message>
    <message>
        <source>The first record lists the second under “{label}”; the second lists the first under “{inverse}”.</source>
        <translation>Первая запись перечисляет вторую в разделе «{label}», вторая первую — в разделе «{inverse}».</translation>
    </message>
    <message>
        <source>optional, e.g. representatives</source>
        <translation>необязательно, например: представители</translation>
    </message>
    <message>
        <source>Stated: the selection says it</source>
        <translation>Указано: так сказано в выделенном</translation>
    </message>
    <message>
        <source>Inferred: my reading</source>
        <translation>Выведено: моё толкование</translation>
    </message>
    <message>
        <source>why the selection supports this reading (one line)</source>
        <translation>почему выделенное подтверждает это толкование (одной строкой)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Откуда:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Отношение:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Ос&amp;нование:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Choose the two records the link joins.</source>
        <translation>Выберите две записи, которые соединяет связь.</translation>
    </message>
    <message>
        <source>A link joins two different records.</source>
        <translation>Связь соединяет две разные записи.</translation>
    </message>
    <message>
        <source>Choose the relation.</source>
        <translation>Выберите отношение.</translation>
    </message>
    <message>
        <source>Say whether the selection states the link or you infer it.</source>
        <translation>Укажите, говорит ли о связи выделенный текст или вы её выводите.</translation>
    </message>
    <message>
        <source>An inferred link needs its reason.</source>
        <translation>У выведенной связи должно быть основание.</translation>
    </message>
    <message>
        <source>New Name</source>
        <translation>Новое наименование</translation>
    </message>
    <message>
        <source>Add Name</source>
        <translation>Добавить наименование</translation>
    </message>
    <message>
        <source>The document&apos;s words (the selection is its quote)</source>
        <translation>Слова документа (выделенное — цитата)</translation>
    </message>
    <message>
        <source>Editorial: not in the document</source>
        <translation>Редакционное: в документе нет</translation>
    </message>
    <message>
        <source>e.g. a common abbreviation; the document does not use it</source>
        <translation>например: общепринятое сокращение; в документе не используется</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Choose the record the name belongs to.</source>
        <translation>Выберите запись, к которой относится наименование.</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Введите наименование.</translation>
    </message>
    <message>
        <source>Say whether the document uses this name or you add it.</source>
        <translation>Укажите, использует ли это наименование документ или его добавляете вы.</translation>
    </message>
    <message>
        <source>A name from the document must be words of the selection.</source>
        <translation>Наименование из документа должно состоять из слов выделенного.</translation>
    </message>
    <message>
        <source>An editorial name needs its reason.</source>
        <translation>У редакционного наименования должно быть основание.</translation>
    </message>
</context>
<context>
    <name>CurateProblems</name>
    <message>
        <source>No problems: the curation builds, and the preview shows it.</source>
        <translation>Замечаний нет: разметка собирается, предпросмотр её показывает.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Строка {line}</translation>
    </message>
    <message>
        <source>Click to go to the record and the line.</source>
        <translation>Щёлкните, чтобы перейти к записи и строке.</translation>
    </message>
</context>
<context>
    <name>CurateStart</name>
    <message>
        <source>Curate a document</source>
        <translation>Разметка документа</translation>
    </message>
    <message>
        <source>Documents (*.txt);;All files (*)</source>
        <translation>Документы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>C&amp;urate Document…</source>
        <translation>Разме&amp;тить документ…</translation>
    </message>
    <message>
        <source>Open a source document and its curation in a Curate window</source>
        <translation>Открыть документ-источник и его разметку в окне разметки</translation>
    </message>
</context>
<context>
    <name>CurateSuggestions</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <source>Open the proposal as a new record: confirm or change each field, then add it.</source>
        <translation>Открыть предложение как новую запись: подтвердите или измените каждое поле, затем добавьте её.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Show what the curation holds</source>
        <translation>Показывать то, что уже есть в разметке</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>Показывать отклонённые</translation>
    </message>
    <message>
        <source>Dated (kind?)</source>
        <translation>Датированное (вид?)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Already curated: {record}</source>
        <translation>Уже в разметке: {record}</translation>
    </message>
    <message>
        <source>Nothing to review: what the Suggest pass proposes is in the curation or rejected. Tick “Show what the curation holds” or “Show rejected” to see it.</source>
        <translation>Рассматривать нечего: всё предложенное автоподбором уже есть в разметке или отклонено. Отметьте «Показывать то, что уже есть в разметке» или «Показывать отклонённые», чтобы увидеть это.</translation>
    </message>
    <message>
        <source>{waiting} to review · {known} already in the curation · {rejected} rejected. Nothing is added until you accept a proposal and confirm its fields.</source>
        <translation>На рассмотрении: {waiting} · уже в разметке: {known} · отклонено: {rejected}. Ничего не добавляется, пока вы не примете предложение и не подтвердите его поля.</translation>
    </message>
    <message>
        <source>No proposals: the Suggest pass found no dates, places, agencies or people.</source>
        <translation>Предложений нет: автоподбор не нашёл ни дат, ни мест, ни ведомств, ни персоналий.</translation>
    </message>
</context>
<context>
    <name>CurateWindow</name>
    <message>
        <source>Preview of the curation as it stands, unsaved changes included. Not published.</source>
        <translation>Предпросмотр разметки в текущем виде, включая несохранённые изменения. Не опубликовано.</translation>
    </message>
    <message>
        <source>The preview shows the last version that built: fix the problems below to update it.</source>
        <translation>Предпросмотр показывает последнюю собранную версию: исправьте замечания ниже, чтобы обновить его.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Curation file</source>
        <translation>Файл разметки</translation>
    </message>
    <message>
        <source>New &amp;Record from Selection…</source>
        <translation>Новая &amp;запись из выделенного…</translation>
    </message>
    <message>
        <source>A record quoting the selected words: kind, title, date, place, participants</source>
        <translation>Запись с цитатой из выделенных слов: вид, название, дата, место, участники</translation>
    </message>
    <message>
        <source>New &amp;Link from Selection…</source>
        <translation>Новая &amp;связь из выделенного…</translation>
    </message>
    <message>
        <source>A link between two records, quoting the selected words</source>
        <translation>Связь между двумя записями с цитатой из выделенных слов</translation>
    </message>
    <message>
        <source>New &amp;Name from Selection…</source>
        <translation>Новое &amp;наименование из выделенного…</translation>
    </message>
    <message>
        <source>Another name for a record: the document&apos;s words, or an editorial name</source>
        <translation>Другое наименование записи: слова документа или редакционное наименование</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the curation file</source>
        <translation>Сохранить файл разметки</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Save, check and build the checkout&apos;s data/coop.db</source>
        <translation>Сохранить, проверить и собрать data/coop.db в рабочей копии</translation>
    </message>
    <message>
        <source>Publish &amp;To…</source>
        <translation>Опубликовать &amp;в…</translation>
    </message>
    <message>
        <source>Save, check and build a database you choose</source>
        <translation>Сохранить, проверить и собрать выбранную вами базу данных</translation>
    </message>
    <message>
        <source>&amp;Open Document…</source>
        <translation>&amp;Открыть документ…</translation>
    </message>
    <message>
        <source>Curate another document</source>
        <translation>Разметить другой документ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Go to &amp;Document</source>
        <translation>Перейти к &amp;документу</translation>
    </message>
    <message>
        <source>Go to &amp;Suggestions</source>
        <translation>Перейти к &amp;предложениям</translation>
    </message>
    <message>
        <source>Go to P&amp;roblems</source>
        <translation>Перейти к &amp;замечаниям</translation>
    </message>
    <message>
        <source>Go to Pre&amp;view</source>
        <translation>Перейти к пред&amp;просмотру</translation>
    </message>
    <message>
        <source>New Record…</source>
        <comment>above the document</comment>
        <translation>Новая запись…</translation>
    </message>
    <message>
        <source>New Link…</source>
        <comment>above the document</comment>
        <translation>Новая связь…</translation>
    </message>
    <message>
        <source>New Name…</source>
        <comment>above the document</comment>
        <translation>Новое наименование…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Checking the curation and building the preview…</source>
        <translation>Проверка разметки и сборка предпросмотра…</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Замечания ({count})</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Замечаний нет</translation>
    </message>
    <message>
        <source>Curate — {title}[*] — CoopDesk</source>
        <translation>Разметка — {title}[*] — CoopDesk</translation>
    </message>
    <message>
        <source>Curate — {title} (new curation)[*] — CoopDesk</source>
        <translation>Разметка — {title} (новая разметка)[*] — CoopDesk</translation>
    </message>
    <message>
        <source>Curation file: {name}</source>
        <translation>Файл разметки: {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Publish to a database</source>
        <translation>Публикация в базу данных</translation>
    </message>
    <message>
        <source>CoopDesk databases (*.db)</source>
        <translation>Базы данных CoopDesk (*.db)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>Published {path}; the curation is saved.</source>
        <translation>Опубликовано: {path}; разметка сохранена.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Curate a document</source>
        <translation>Разметка документа</translation>
    </message>
    <message>
        <source>Documents (*.txt);;All files (*)</source>
        <translation>Документы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing?</source>
        <translation>Сохранить изменения в {name} перед закрытием?</translation>
    </message>
    <message>
        <source>Wait for Publish to finish, or cancel it.</source>
        <translation>Дождитесь окончания публикации или отмените её.</translation>
    </message>
    <message>
        <source>Cannot curate the document</source>
        <translation>Не удаётся разметить документ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no database file there.</source>
        <translation>{path}: файл базы данных не найден.</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error}).</source>
        <translation>{path}: не удаётся открыть ({error}).</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({error}).</source>
        <translation>{path}: файл повреждён ({error}).</translation>
    </message>
    <message>
        <source>{path}: the database does not say its schema version; rebuild it with &apos;coopdesk build-db&apos;.</source>
        <translation>{path}: в базе данных не указана версия схемы; пересоберите её командой «coopdesk build-db».</translation>
    </message>
    <message>
        <source>{path}: schema version {version}, but this CoopDesk reads version {expected}; rebuild it with &apos;coopdesk build-db&apos;.</source>
        <translation>{path}: версия схемы {version}, а эта версия CoopDesk читает схему {expected}; пересоберите базу командой «coopdesk build-db».</translation>
    </message>
    <message>
        <source>{path}: {problem}, so searches cannot be trusted; &apos;coopdesk check-db&apos; checks the whole file, and a rebuild or a reinstall replaces it.</source>
        <translation>{path}: {problem}, поэтому результатам поиска доверять нельзя; команда «coopdesk check-db» проверит весь файл, а пересборка или переустановка заменит его.</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (text that is not UTF-8: {error}).</source>
        <translation>{path}: файл повреждён (текст не в кодировке UTF-8: {error}).</translation>
    </message>
    <message>
        <source>the file cannot be read whole ({error})</source>
        <translation>файл не читается целиком ({error})</translation>
    </message>
    <message>
        <source>the full-text index {table} is damaged ({error})</source>
        <translation>полнотекстовый индекс {table} повреждён ({error})</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or not a CoopDesk database ({error}).</source>
        <translation>{path}: файл повреждён или не является базой данных CoopDesk ({error}).</translation>
    </message>
    <message>
        <source>{path}: not a CoopDesk database ({error}).</source>
        <translation>{path}: это не база данных CoopDesk ({error}).</translation>
    </message>
    <message>
        <source>{path}: the database is locked by another program; try again.</source>
        <translation>{path}: база данных занята другой программой; повторите попытку.</translation>
    </message>
    <message>
        <source>{path}: the database cannot be read ({error}).</source>
        <translation>{path}: не удаётся прочитать базу данных ({error}).</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Choose a record in the tree or on the timeline, or type in the search box (Ctrl+F). Use Alt+Left and Alt+Right to go back and forward.</source>
        <translation>Выберите запись в содержании или на хронологии либо введите запрос в поле поиска (Ctrl+F). Alt+Влево и Alt+Вправо — назад и вперёд.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Карточка записи</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>E&amp;xport Records…</source>
        <translation>&amp;Экспорт записей…</translation>
    </message>
    <message>
        <source>Save the records the filters leave as CSV, JSON, Markdown or iCalendar</source>
        <translation>Сохранить отобранные фильтрами записи в формате CSV, JSON, Markdown или iCalendar</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>{count} the filters leave: {filters}.</source>
        <translation>Отобрано фильтрами — {count}: {filters}.</translation>
    </message>
    <message>
        <source>All {count}: no filter is set.</source>
        <translation>Все записи — {count}: фильтры не заданы.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>CSV — a table for spreadsheets</source>
        <translation>CSV — для электронных таблиц</translation>
    </message>
    <message>
        <source>JSON — every field, for other programs</source>
        <translation>JSON — все поля, для других программ</translation>
    </message>
    <message>
        <source>Markdown — a briefing text with the quotes and their ¶ numbers</source>
        <translation>Markdown — справочный текст с цитатами и номерами абзацев (¶)</translation>
    </message>
    <message>
        <source>iCalendar — one all-day event per record</source>
        <translation>iCalendar — по событию на весь день для каждой записи</translation>
    </message>
    <message>
        <source>Include my &amp;notes, marked as mine</source>
        <translation>Добавить мои &amp;заметки, помеченные как личные</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation>Экспорт записей…</translation>
    </message>
    <message>
        <source>Saved {path} ({count}).</source>
        <translation>Сохранено: {path} ({count}).</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another one.</source>
        <translation>Папки {folder} не существует. Выберите другую.</translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fact</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Also named</source>
        <translation>Также именуется</translation>
    </message>
    <message>
        <source>Also searched as</source>
        <translation>Известно также как</translation>
    </message>
    <message>
        <source>not stated in the source</source>
        <translation>в источнике не указано</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file system is read-only</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>на устройстве нет свободного места</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>{path}: cannot be resolved ({error}).</source>
        <translation>{path}: не удаётся определить расположение ({error}).</translation>
    </message>
    <message>
        <source>{folder}: cannot make a temporary file there.</source>
        <translation>{folder}: не удаётся создать там временный файл.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file name.</source>
        <translation>{path}: это папка, а не имя файла.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file; give a file name for the {what}.</source>
        <translation>{path}: это не обычный файл; укажите имя файла.</translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation>{path}: папки не существует.</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({error}).</source>
        <translation>{path}: запись в папку {folder} невозможна ({error}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: не удаётся записать ({error}).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Agency</source>
        <translation>Вед&amp;омство</translation>
    </message>
    <message>
        <source>&amp;Offence</source>
        <translation>Ви&amp;д преступлений</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Док&amp;умент</translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation>Фильтр по документу</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Only the records of one source document</source>
        <translation>Только записи одного документа-источника</translation>
    </message>
    <message>
        <source>Agency filter</source>
        <translation>Фильтр по ведомству</translation>
    </message>
    <message>
        <source>Offence type filter</source>
        <translation>Фильтр по виду преступлений</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <source>Last year of the range</source>
        <translation>Последний год диапазона</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Все ведомства</translation>
    </message>
    <message>
        <source>All offence types</source>
        <translation>Все виды преступлений</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>only</source>
        <translation>только</translation>
    </message>
    <message>
        <source>Last year of a range; “only” keeps the one year on the left</source>
        <translation>Последний год диапазона; «только» — лишь год, выбранный слева</translation>
    </message>
    <message>
        <source>Tick one or more agencies: the records involving every one ticked remain</source>
        <translation>Отметьте одно или несколько ведомств: останутся записи, в которых участвуют все отмеченные</translation>
    </message>
    <message>
        <source>Tick one or more offence types: the records concerning every one remain</source>
        <translation>Отметьте один или несколько видов преступлений: останутся записи, касающиеся всех отмеченных</translation>
    </message>
    <message>
        <source>Search records and source  (Ctrl+F)</source>
        <translation>Поиск по записям и источнику  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the records, the source and your notes (Ctrl+F; Esc clears).&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol hague&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;every word, in any order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;joint statement&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the words side by side&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;cyber*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words beginning so (the last word too)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;rome OR moscow&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol -interpol&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;not that word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Case, accents and hyphens do not matter: &lt;tt&gt;counter-terrorism&lt;/tt&gt; finds “counterterrorism”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Поиск по записям, источнику и вашим заметкам (Ctrl+F; Esc — очистить). Текст источника на английском языке: ищите английские слова.&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol hague&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;все слова, в любом порядке&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;joint statement&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;слова подряд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;cyber*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;слова с таким началом (последнее слово — тоже)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;rome OR moscow&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;любое из слов&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol -interpol&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;без этого слова&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Регистр, диакритика и дефисы не важны: &lt;tt&gt;counter-terrorism&lt;/tt&gt; находит «counterterrorism».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>&amp;Stated only</source>
        <translation>Только указан&amp;ное</translation>
    </message>
    <message>
        <source>Only what the document states: leave out the records that an agency or offence filter keeps only through an inferred link (a reading of the text). The counts follow.</source>
        <translation>Только то, что прямо указано в документе: исключить записи, которые фильтр по ведомству или виду преступлений оставляет лишь благодаря выведенной связи (толкованию текста). Счётчики пересчитываются.</translation>
    </message>
    <message>
        <source>Stated only</source>
        <translation>Только указанное</translation>
    </message>
    <message>
        <source>{name}, {side}</source>
        <translation>{name}, {side}</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>No filters: every record is shown.</source>
        <translation>Фильтров нет: показаны все записи.</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Ведомство: {name}</translation>
    </message>
    <message>
        <source>Offence: {name}</source>
        <translation>Преступления: {name}</translation>
    </message>
    <message>
        <source>Year: {years}</source>
        <translation>Год: {years}</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>Поиск: «{text}»</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Документ: {name}</translation>
    </message>
    <message>
        <source>Remove this filter: {text}</source>
        <translation>Снять фильтр: {text}</translation>
    </message>
    <message>
        <source>Remove filter {text}</source>
        <translation>Снять фильтр {text}</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Действующие фильтры</translation>
    </message>
</context>
<context>
    <name>FilterCounts</name>
    <message numerus="yes">
        <source>%n (agency|agencies)</source>
        <translation>
            <numerusform>%n ведомство</numerusform>
            <numerusform>%n ведомства</numerusform>
            <numerusform>%n ведомств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offence type(s)</source>
        <translation>
            <numerusform>%n вид преступлений</numerusform>
            <numerusform>%n вида преступлений</numerusform>
            <numerusform>%n видов преступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inferred</source>
        <translation>
            <numerusform>из них выведено: %n</numerusform>
            <numerusform>из них выведено: %n</numerusform>
            <numerusform>из них выведено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source> and </source>
        <comment>between two names: agency A and B</comment>
        <translation> и </translation>
    </message>
    <message>
        <source>agency {names}</source>
        <translation>ведомство: {names}</translation>
    </message>
    <message>
        <source>offence type {names}</source>
        <translation>вид преступлений: {names}</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year} год</translation>
    </message>
    <message>
        <source>years {span}</source>
        <translation>{span} годы</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>поиск «{text}»</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two document titles: A or B</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>document {titles}</source>
        <translation>документ: {titles}</translation>
    </message>
    <message>
        <source>stated links only</source>
        <translation>только прямо указанные связи</translation>
    </message>
    <message>
        <source>none (every dated record)</source>
        <translation>без фильтров: все датированные записи</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>найдено: %n</numerusform>
            <numerusform>найдено: %n</numerusform>
            <numerusform>найдено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>CoopDesk &amp;User Guide</source>
        <translation>&amp;Руководство пользователя CoopDesk</translation>
    </message>
    <message>
        <source>How to use CoopDesk: filters, the timeline, sources, notes and exports</source>
        <translation>Как работать с CoopDesk: фильтры, хронология, источники, заметки и экспорт</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key CoopDesk answers, from its menus and panes</source>
        <translation>Все клавиши, на которые отвечает CoopDesk: из его меню и панелей</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;О программе CoopDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>CoopDesk User Guide</source>
        <translation>Руководство пользователя CoopDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Поиск в руководстве</translation>
    </message>
    <message>
        <source>Find in the guide  (Ctrl+F)</source>
        <translation>Поиск в руководстве  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The User Guide is missing from this installation ({path}).</source>
        <translation>В этой установке нет руководства пользователя ({path}).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <source>Type to filter: a command or a key</source>
        <translation>Введите команду или клавишу</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>In the timeline</source>
        <translation>На хронологии</translation>
    </message>
    <message>
        <source>In the detail view</source>
        <translation>В карточке записи</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>О программе CoopDesk</translation>
    </message>
    <message>
        <source>An offline reference on Russia–EU cooperation against transnational crime and terrorism. Every value shown rests on a quote of the source document.</source>
        <translation>Автономный справочник о сотрудничестве России и ЕС в борьбе с транснациональной преступностью и терроризмом. Каждое показанное значение опирается на цитату из документа-источника.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Абзацев</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Данные по состоянию на</translation>
    </message>
    <message>
        <source>the latest date the document speaks of; the document carries no date of its own</source>
        <translation>последняя дата, упомянутая в документе; собственной даты документ не имеет</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <source>Built by</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>CoopDesk {version}, schema {schema}</source>
        <translation>CoopDesk {version}, схема {schema}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Next link</source>
        <translation>Следующая ссылка</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Предыдущая ссылка</translation>
    </message>
    <message>
        <source>Follow the link</source>
        <translation>Перейти по ссылке</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Leave the pane</source>
        <translation>Выйти из панели</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Влево</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Предыдущая запись</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Вправо</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Следующая запись</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить масштаб</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить масштаб</translation>
    </message>
    <message>
        <source>0 or Home</source>
        <translation>0 или Home</translation>
    </message>
    <message>
        <source>Fit every record</source>
        <translation>Показать все записи</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Instrument</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Summits</source>
        <translation>Саммиты</translation>
    </message>
    <message>
        <source>High-level talks</source>
        <translation>Переговоры высокого уровня</translation>
    </message>
    <message>
        <source>High-level talks</source>
        <comment>plural</comment>
        <translation>Переговоры высокого уровня</translation>
    </message>
    <message>
        <source>Expert consultations</source>
        <translation>Консультации экспертов</translation>
    </message>
    <message>
        <source>Expert consultations</source>
        <comment>plural</comment>
        <translation>Консультации экспертов</translation>
    </message>
    <message>
        <source>Expert meeting</source>
        <translation>Встреча экспертов</translation>
    </message>
    <message>
        <source>Expert meetings</source>
        <translation>Встречи экспертов</translation>
    </message>
    <message>
        <source>Agency or body</source>
        <translation>Ведомство или орган</translation>
    </message>
    <message>
        <source>Agencies and bodies</source>
        <translation>Ведомства и органы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персоналия</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоналии</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation>Вид преступлений</translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation>Виды преступлений</translation>
    </message>
    <message>
        <source>Form of cooperation</source>
        <translation>Форма сотрудничества</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Формы сотрудничества</translation>
    </message>
    <message>
        <source>Most advanced area</source>
        <translation>Наиболее развитое направление</translation>
    </message>
    <message>
        <source>Most advanced areas</source>
        <translation>Наиболее развитые направления</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Принцип</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Принципы</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Instruments</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Summits</source>
        <translation>Саммиты</translation>
    </message>
    <message>
        <source>High-level talks</source>
        <translation>Переговоры высокого уровня</translation>
    </message>
    <message>
        <source>Expert meetings</source>
        <translation>Встречи экспертов</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>through {name}</source>
        <translation>через {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Russia–EU cooperation against transnational crime and terrorism</source>
        <translation>Сотрудничество России и ЕС в борьбе с транснациональной преступностью и терроризмом</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another CoopDesk database</source>
        <translation>Открыть другую базу данных CoopDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <source>Search records and the source</source>
        <translation>Поиск по записям и источнику</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Копировать &amp;ссылку на источник</translation>
    </message>
    <message>
        <source>Copy the record&apos;s quotes with paragraph numbers and the document title</source>
        <translation>Скопировать цитаты записи с номерами абзацев и названием документа</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>Сн&amp;ять все фильтры</translation>
    </message>
    <message>
        <source>Write a &amp;Note</source>
        <translation>Написать &amp;заметку</translation>
    </message>
    <message>
        <source>Open your note on this record and write in it</source>
        <translation>Открыть вашу заметку к этой записи для правки</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <source>&amp;Zoom Timeline In</source>
        <translation>&amp;Увеличить масштаб хронологии</translation>
    </message>
    <message>
        <source>Zoom Timeline &amp;Out</source>
        <translation>Уме&amp;ньшить масштаб хронологии</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to All Records</source>
        <translation>Хронология по вс&amp;ем записям</translation>
    </message>
    <message>
        <source>&amp;Compress Empty Years</source>
        <translation>Сжимать &amp;годы без записей</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Восстановить &amp;расположение панелей</translation>
    </message>
    <message>
        <source>Go to &amp;Contents</source>
        <translation>&amp;Перейти к содержанию</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Перейти к &amp;хронологии</translation>
    </message>
    <message>
        <source>Go to &amp;Detail</source>
        <translation>Перейти к &amp;карточке записи</translation>
    </message>
    <message>
        <source>Open CoopDesk database</source>
        <translation>Открытие базы данных CoopDesk</translation>
    </message>
    <message>
        <source>CoopDesk databases (*.db);;All files (*)</source>
        <translation>Базы данных CoopDesk (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Use File &gt; Open Database… to choose another file.</source>
        <translation>Выберите другой файл: «Файл &gt; Открыть базу данных…».</translation>
    </message>
    <message>
        <source>{error} Use File &gt; Open Database… to choose another file.</source>
        <translation>{error} Выберите другой файл: «Файл &gt; Открыть базу данных…».</translation>
    </message>
    <message>
        <source>Select a record to copy its citation.</source>
        <translation>Выберите запись, чтобы скопировать ссылку на источник.</translation>
    </message>
    <message>
        <source>Citation copied.</source>
        <translation>Ссылка на источник скопирована.</translation>
    </message>
    <message>
        <source>Not opened: {url} is not a CoopDesk link.</source>
        <translation>Не открыто: {url} — не ссылка CoopDesk.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Write your own remarks on this record. They are saved as you type, stay on this computer and are never mixed with the source.</source>
        <translation>Запишите собственные замечания к этой записи. Они сохраняются по мере ввода, остаются на этом компьютере и никогда не смешиваются с источником.</translation>
    </message>
    <message>
        <source>Select a record to write a note on it. Notes belong to records, not to passages of the source.</source>
        <translation>Выберите запись, чтобы написать к ней заметку. Заметки относятся к записям, а не к фрагментам источника.</translation>
    </message>
    <message>
        <source>Your note — not part of the source</source>
        <translation>Ваша заметка — не часть источника</translation>
    </message>
    <message>
        <source>Show or hide your note on this record (Ctrl+Shift+N writes one)</source>
        <translation>Показать или скрыть вашу заметку к этой записи (Ctrl+Shift+N — написать)</translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation>Ваша заметка к этой записи</translation>
    </message>
    <message>
        <source>Saved {date}</source>
        <translation>Сохранено {date}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>This note was changed in another window: both versions are kept in it.</source>
        <translation>Эта заметка изменена в другом окне: в ней сохранены обе версии.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <source>Note removed (it was empty).</source>
        <translation>Заметка удалена (она была пустой).</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Правка…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>A job is running</source>
        <translation>Выполняется операция</translation>
    </message>
    <message>
        <source>{title} is still running. Cancel it and close the window?</source>
        <translation>Операция «{title}» ещё выполняется. Прервать её и закрыть окно?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Напечатана %n страница.</numerusform>
            <numerusform>Напечатано %n страницы.</numerusform>
            <numerusform>Напечатано %n страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page(s)).</source>
        <translation>
            <numerusform>Сохранено: {path} (%n страница).</numerusform>
            <numerusform>Сохранено: {path} (%n страницы).</numerusform>
            <numerusform>Сохранено: {path} (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaneSizes</name>
    <message>
        <source>Pane &amp;Sizes</source>
        <translation>Ра&amp;змеры панелей</translation>
    </message>
    <message>
        <source>Divider between the contents and the reading panes</source>
        <translation>Разделитель между содержанием и панелями чтения</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&amp;Wider Contents</source>
        <translation>Содержание &amp;шире</translation>
    </message>
    <message>
        <source>&amp;Narrower Contents</source>
        <translation>Содержание &amp;уже</translation>
    </message>
    <message>
        <source>Divider between the timeline and the detail</source>
        <translation>Разделитель между хронологией и карточкой записи</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;Taller Timeline</source>
        <translation>Хронология &amp;выше</translation>
    </message>
    <message>
        <source>&amp;Shorter Timeline</source>
        <translation>Хронология &amp;ниже</translation>
    </message>
    <message>
        <source>Divider between the detail and your note</source>
        <translation>Разделитель между карточкой записи и вашей заметкой</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Taller &amp;Note</source>
        <translation>Заметка в&amp;ыше</translation>
    </message>
    <message>
        <source>Shorter N&amp;ote</source>
        <translation>Заметка н&amp;иже</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширины</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высоты</translation>
    </message>
    <message>
        <source>{pane}: {share}% of the {across}</source>
        <translation>{pane}: {share}% {across}</translation>
    </message>
    <message>
        <source>{share}, the largest it can be.</source>
        <translation>{share} — больше нельзя.</translation>
    </message>
    <message>
        <source>{share}, the smallest it can be.</source>
        <translation>{share} — меньше нельзя.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>a page could not be drawn (its image is damaged).</source>
        <translation>страницу не удалось отрисовать (её изображение повреждено).</translation>
    </message>
    <message>
        <source>the printer cannot be opened for drawing.</source>
        <translation>не удаётся начать вывод на принтер.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Справочный пакет</translation>
    </message>
    <message>
        <source>Russia–EU cooperation against transnational crime and terrorism</source>
        <translation>Сотрудничество России и ЕС в борьбе с транснациональной преступностью и терроризмом</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>A record of {source}, with its quotes</source>
        <translation>Запись по документу «{source}» с цитатами</translation>
    </message>
    <message>
        <source>Every dated record of {source} ({count})</source>
        <translation>Все датированные записи по документу «{source}» ({count})</translation>
    </message>
    <message>
        <source>Russia; European Union; Europol; transnational crime; terrorism</source>
        <translation>Россия; Европейский союз; Европол; транснациональная преступность; терроризм</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>none: every dated record</source>
        <translation>нет: все датированные записи</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>on the cover: how many</comment>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>undated; the latest date it reports is {date}</source>
        <translation>без даты; последняя упомянутая в нём дата — {date}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>Версия данных</translation>
    </message>
    <message>
        <source>curated {curated} · source SHA-256 {sha} · CoopDesk {version}</source>
        <translation>подготовлено {curated} · SHA-256 источника {sha} · CoopDesk {version}</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>The dated records of this pack, by kind and date.</source>
        <translation>Датированные записи пакета по видам и датам.</translation>
    </message>
    <message>
        <source>Not labelled in the figure</source>
        <translation>Не подписаны на рисунке</translation>
    </message>
    <message>
        <source>How to read this pack</source>
        <translation>Как читать этот пакет</translation>
    </message>
    <message>
        <source>Every record rests on the source document&apos;s own words: its numbered sources quote them with their paragraph (¶), and its facts and links cite them by number.</source>
        <translation>Каждая запись опирается на текст документа-источника: пронумерованные источники приводят его дословно с номером абзаца (¶), а сведения и связи записи ссылаются на них по номеру.</translation>
    </message>
    <message>
        <source>Stated: the source says it. Inferred: a reading of the source, in italics, with the reason. Not in the source: added by CoopDesk (a common abbreviation, for instance), with the reason.</source>
        <translation>Указано: так сказано в источнике. Выведено: толкование источника, курсивом, с основанием. Нет в источнике: добавлено CoopDesk (например, общепринятое сокращение), с основанием.</translation>
    </message>
    <message>
        <source>The index lists agencies, offence types, people and places with the pages of their records.</source>
        <translation>Указатель перечисляет ведомства, виды преступлений, персоналии и места со страницами соответствующих записей.</translation>
    </message>
    <message>
        <source>Boxes headed “Your note” hold your own notes, not the source&apos;s words.</source>
        <translation>В рамках с заголовком «Ваша заметка» — ваши собственные заметки, а не текст источника.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>the heading of the records&apos; part</comment>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Record {n} of {total}</source>
        <translation>Запись {n} из {total}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>{document}, ¶{paragraph}</source>
        <translation>{document}, ¶{paragraph}</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>указано</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>your own words, not part of the source</source>
        <translation>ваш собственный текст, не часть источника</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Указатель</translation>
    </message>
    <message>
        <source>Page numbers lead to the records. A page number in italics: the record&apos;s link to the entry is inferred, not stated.</source>
        <translation>Номера страниц ведут к записям. Номер страницы курсивом: связь записи с этой рубрикой выведена, а не указана в источнике.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation>Виды преступлений</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоналии</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation>стр. {page} из {total}</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>напечатано {date}</translation>
    </message>
    <message>
        <source>no records match these filters, so there is nothing to put in a briefing pack. Clear a filter or widen the years.</source>
        <translation>под эти фильтры не подходит ни одна запись, и включать в справочный пакет нечего. Снимите какой-либо фильтр или расширьте диапазон лет.</translation>
    </message>
    <message numerus="yes">
        <source>the filters leave %n record(s);</source>
        <translation>
            <numerusform>фильтрам соответствует %n запись;</numerusform>
            <numerusform>фильтрам соответствуют %n записи;</numerusform>
            <numerusform>фильтрам соответствуют %n записей;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a briefing pack holds at most %n. Narrow the filters, or use Export for all of them.</source>
        <translation>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через экспорт.</numerusform>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через экспорт.</numerusform>
            <numerusform>справочный пакет вмещает не более %n. Сузьте фильтры или выгрузите все записи через экспорт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the records…</source>
        <translation>Вёрстка записей…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {source}: {filters}</source>
        <translation>
            <numerusform>%n запись по документу «{source}»: {filters}</numerusform>
            <numerusform>%n записи по документу «{source}»: {filters}</numerusform>
            <numerusform>%n записей по документу «{source}»: {filters}</numerusform>
        </translation>
    </message>
    <message>
        <source>the pages could not be laid out: not enough memory.</source>
        <translation>страницы не удалось сверстать: недостаточно памяти.</translation>
    </message>
    <message>
        <source>the pages could not be laid out: the layout process ended with exit code {code}.</source>
        <translation>страницы не удалось сверстать: процесс вёрстки завершился с кодом {code}.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n dated record(s) from {first} to {last} in four lanes: {lanes}.</source>
        <translation>
            <numerusform>Хронология: %n датированная запись с {first} по {last} на четырёх дорожках: {lanes}.</numerusform>
            <numerusform>Хронология: %n датированные записи с {first} по {last} на четырёх дорожках: {lanes}.</numerusform>
            <numerusform>Хронология: %n датированных записей с {first} по {last} на четырёх дорожках: {lanes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s) are labelled with their date;</source>
        <translation>
            <numerusform>%n отметка подписана датой;</numerusform>
            <numerusform>%n отметки подписаны датами;</numerusform>
            <numerusform>%n отметок подписаны датами;</numerusform>
        </translation>
    </message>
    <message>
        <source>every record is in the contents, and those without a label are listed under the figure.</source>
        <translation>все записи есть в оглавлении, а записи без подписи перечислены под рисунком.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Theme, text size, language and default folders</source>
        <translation>Тема, размер текста, язык и папки по умолчанию</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высококонтрастная</translation>
    </message>
    <message>
        <source>Text &amp;size of the detail view:</source>
        <translation>&amp;Размер текста в карточке записи:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>A new language applies the next time CoopDesk starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске CoopDesk.</translation>
    </message>
    <message>
        <source>Preferences saved. CoopDesk speaks {language} from its next start.</source>
        <translation>Настройки сохранены. Язык интерфейса ({language}) сменится при следующем запуске CoopDesk.</translation>
    </message>
    <message>
        <source>Save &amp;exports in:</source>
        <translation>Папка для &amp;экспорта:</translation>
    </message>
    <message>
        <source>Save briefing &amp;packs in:</source>
        <translation>Папка для справочных &amp;пакетов:</translation>
    </message>
    <message>
        <source>Open &amp;databases from:</source>
        <translation>Папка с &amp;базами данных:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Крупнее &amp;текст</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>из {total}</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Уменьшить (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No pages.</source>
        <translation>Страниц нет.</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Handling &amp;Marking…</source>
        <translation>&amp;Гриф…</translation>
    </message>
    <message>
        <source>A line such as FOR OFFICIAL USE printed at the top and bottom of every page</source>
        <translation>Строка вроде «ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ» вверху и внизу каждой страницы</translation>
    </message>
    <message>
        <source>Include My &amp;Notes</source>
        <translation>Включать мои &amp;заметки</translation>
    </message>
    <message>
        <source>Print, brief and export with your notes, marked as yours</source>
        <translation>Печатать, составлять пакеты и экспортировать вместе с вашими заметками, с пометкой, что они ваши</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page (leave empty for none):</source>
        <translation>Печатается вверху и внизу каждой страницы (оставьте пустым, если гриф не нужен):</translation>
    </message>
    <message>
        <source>Handling marking: {marking}</source>
        <translation>Гриф: {marking}</translation>
    </message>
    <message>
        <source>No handling marking.</source>
        <translation>Без грифа.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the record in the detail view</source>
        <translation>Напечатать запись из карточки</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Preview the printed record</source>
        <translation>Посмотреть запись так, как она будет напечатана</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the record in the detail view as PDF</source>
        <translation>Сохранить запись из карточки в PDF</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Справочный пакет…</translation>
    </message>
    <message>
        <source>A PDF of every record the filters leave: cover, contents, records and index</source>
        <translation>PDF со всеми отобранными фильтрами записями: титульный лист, оглавление, записи и указатель</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Печатать нечего</translation>
    </message>
    <message>
        <source>Select a record first: it prints as shown in the detail view.</source>
        <translation>Сначала выберите запись: она печатается так, как показана в карточке.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Печать невозможна</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Предварительный просмотр невозможен</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Предварительный просмотр отменён.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Export record as PDF</source>
        <translation>Экспорт записи в PDF</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Сохранение PDF…</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Сохранение записи в PDF</translation>
    </message>
    <message>
        <source>Making the briefing pack…</source>
        <translation>Подготовка справочного пакета…</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>Не удаётся записать PDF</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Show in source</source>
        <translation>Показать в источнике</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>your own words, not part of the source</source>
        <translation>ваш собственный текст, не часть источника</translation>
    </message>
    <message>
        <source>edited {date}</source>
        <translation>изменено {date}</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Took part in</source>
        <comment>inverse</comment>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Party to</source>
        <comment>inverse</comment>
        <translation>Является стороной</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Implements</source>
        <comment>inverse</comment>
        <translation>Исполняет</translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation>Виды преступлений</translation>
    </message>
    <message>
        <source>Concerned by</source>
        <comment>inverse</comment>
        <translation>Затрагивается в</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Формы сотрудничества</translation>
    </message>
    <message>
        <source>Form of</source>
        <comment>inverse</comment>
        <translation>Форма сотрудничества в</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Area of</source>
        <comment>inverse</comment>
        <translation>Направление сотрудничества в</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Принципы</translation>
    </message>
    <message>
        <source>Principle of</source>
        <comment>inverse</comment>
        <translation>Принцип, закреплённый в</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Принят на</translation>
    </message>
    <message>
        <source>Adopted here</source>
        <comment>inverse</comment>
        <translation>Принятые документы</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Развивает положения</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <comment>inverse</comment>
        <translation>Дальнейшее развитие</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Предыдущий раунд</translation>
    </message>
    <message>
        <source>Next round</source>
        <comment>inverse</comment>
        <translation>Следующий раунд</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>People</source>
        <comment>inverse</comment>
        <translation>Персоналии</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Counterpart of</source>
        <comment>inverse</comment>
        <translation>Партнёр для</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Named in</source>
        <comment>inverse</comment>
        <translation>Упоминается в</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Named in the context of</source>
        <comment>inverse</comment>
        <translation>Упоминается в контексте</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>a search with only -words leaves words out but finds nothing: add a word</source>
        <translation>запрос только из исключений (-слово) ничего не находит: добавьте искомое слово</translation>
    </message>
    <message>
        <source>there is no word to look for: type letters or digits</source>
        <translation>искать нечего: введите буквы или цифры</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Russian Federation</source>
        <translation>Российская Федерация</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Европейский союз</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Международные организации</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{date}, {kind}: {title}</source>
        <translation>{date}, {kind}: {title}</translation>
    </message>
    <message>
        <source>{records}, {span}</source>
        <translation>{records}, {span}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>; selected: {record}</source>
        <translation>; выбрано: {record}</translation>
    </message>
    <message>
        <source>{lane} lane</source>
        <translation>дорожка «{lane}»</translation>
    </message>
    <message>
        <source>, outside the current filters</source>
        <translation>, вне текущих фильтров</translation>
    </message>
    <message>
        <source>; press to zoom in on these records</source>
        <translation>; нажмите, чтобы увеличить масштаб на этих записях</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>searching is not possible in this database: {error} The other filters still work; rebuild the database to search it.</source>
        <translation>поиск в этой базе данных невозможен: {error} Остальные фильтры работают; чтобы искать, пересоберите базу данных.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>the end of a list: a, b and c</comment>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>{shown} of {total} on the timeline</source>
        <translation>на хронологии {shown} из {total}</translation>
    </message>
    <message>
        <source>Nothing found for {query}: {reason}.</source>
        <translation>По запросу {query} ничего не найдено: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзаца</numerusform>
            <numerusform>%n абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n ваша заметка</numerusform>
            <numerusform>%n ваши заметки</numerusform>
            <numerusform>%n ваших заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches {query}: check the spelling or use fewer words.</source>
        <translation>По запросу {query} ничего не найдено: проверьте написание или сократите число слов.</translation>
    </message>
    <message>
        <source>{found} matches {query}; {shown}</source>
        <comment>one thing found</comment>
        <translation>По запросу {query} найдено: {found}; {shown}</translation>
    </message>
    <message>
        <source>{found} match {query}; {shown}</source>
        <comment>several found</comment>
        <translation>По запросу {query} найдено: {found}; {shown}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n record(s)</source>
        <translation>
            <numerusform>{count} из %n записи</numerusform>
            <numerusform>{count} из %n записей</numerusform>
            <numerusform>{count} из %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{docs} · information as of {as_of} · sha256 {sha}…</source>
        <translation>{docs} · сведения по состоянию на {as_of} · sha256 {sha}…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Data as of the latest date the source speaks of; Help &gt; About CoopDesk says more</source>
        <translation>Данные по состоянию на последнюю дату, упомянутую в источнике; подробнее — «Справка &gt; О программе CoopDesk»</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summit(s)</source>
        <translation>
            <numerusform>%n саммит</numerusform>
            <numerusform>%n саммита</numerusform>
            <numerusform>%n саммитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-level talks</source>
        <translation>
            <numerusform>%n раунд переговоров высокого уровня</numerusform>
            <numerusform>%n раунда переговоров высокого уровня</numerusform>
            <numerusform>%n раундов переговоров высокого уровня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert meeting(s)</source>
        <translation>
            <numerusform>%n встреча экспертов</numerusform>
            <numerusform>%n встречи экспертов</numerusform>
            <numerusform>%n встреч экспертов</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the current filters</source>
        <translation>Вне текущих фильтров</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} outside the current filters</source>
        <translation>{records} вне текущих фильтров</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Щёлкните, чтобы увеличить масштаб</translation>
    </message>
    <message>
        <source>Click to show the first; → for the next</source>
        <translation>Щёлкните, чтобы показать первую; → — следующую</translation>
    </message>
    <message>
        <source>No records match these filters. Clear a filter or widen the years.</source>
        <translation>Под эти фильтры не подходит ни одна запись. Снимите фильтр или расширьте диапазон лет.</translation>
    </message>
    <message>
        <source>No dated records in this database.</source>
        <translation>В этой базе данных нет датированных записей.</translation>
    </message>
    <message>
        <source>No records between {first} and {last} ({years}): this stretch is drawn compressed.</source>
        <translation>С {first} по {last} записей нет ({years}): этот отрезок показан в сжатом виде.</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>около %n года</numerusform>
            <numerusform>около %n лет</numerusform>
            <numerusform>около %n лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n record(s), {first}–{last}.</source>
        <translation>
            <numerusform>{shown} из %n записи, {first}–{last}.</numerusform>
            <numerusform>{shown} из %n записей, {first}–{last}.</numerusform>
            <numerusform>{shown} из %n записей, {first}–{last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows step through the records; plus and minus zoom.</source>
        <translation>Стрелки влево и вправо — переход по записям; плюс и минус — масштаб.</translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>Your notes file</source>
        <translation>Файл ваших заметок</translation>
    </message>
    <message>
        <source>Your notes file was set aside</source>
        <translation>Файл ваших заметок отложен</translation>
    </message>
    <message>
        <source>Your notes file is read-only</source>
        <translation>Файл ваших заметок доступен только для чтения</translation>
    </message>
    <message>
        <source>Notes and bookmarks will not be kept this session.</source>
        <translation>В этом сеансе заметки и закладки сохраняться не будут.</translation>
    </message>
    <message>
        <source>Your notes file cannot be used</source>
        <translation>Файл ваших заметок нельзя использовать</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Сохранить вид…</translation>
    </message>
    <message>
        <source>Name the filters, search and selection</source>
        <translation>Сохранить под именем фильтры, поисковый запрос и выбранную запись</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Сохранённые &amp;виды</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Сохранённых видов пока нет</translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation>&amp;Удалить сохранённый вид</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <source>View “{name}” saved.</source>
        <translation>Вид «{name}» сохранён.</translation>
    </message>
    <message>
        <source>View “{name}” restored.</source>
        <translation>Вид «{name}» восстановлен.</translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation>Вид «{name}» удалён.</translation>
    </message>
</context>
</TS>
