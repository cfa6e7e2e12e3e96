<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Basis</name>
    <message>
        <source>not in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values marked “inferred” are a reading of the document, with the reason; values marked “not in the source” were added by the curators (abbreviations, names in common use), with the reason. Everything else is the document&apos;s words, with its quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title not in the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — title inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — title not in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkCounts</name>
    <message numerus="yes">
        <source>Imported %n bookmark(s) from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Bookmark This &amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark This &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the filters, the search and the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks (XBEL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Bookmarks (XBEL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already bookmarked: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked the view “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not in the open database ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. FOR OFFICIAL USE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my notes, marked as mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing pack as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>{name} — {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>¶{paragraph} of {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more: add words to narrow the search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more record(s): narrow the filters to list them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: “{excerpt}” — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on {title}: {excerpt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not in the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view: click to restore its filters and selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopDesk — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside CoopDesk. Your data is safe and the window stays open; the action you tried may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no database file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database does not say its schema version; rebuild it with &apos;coopdesk build-db&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: schema version {version}, but this CoopDesk reads version {expected}; rebuild it with &apos;coopdesk build-db&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file is damaged (text that is not UTF-8: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file is damaged or not a CoopDesk database ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a CoopDesk database ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in the tree or on the timeline, or type in the search box (Ctrl+F). Use Alt+Left and Alt+Right to go back and forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>E&amp;xport Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records the filters leave as CSV, JSON, Markdown or iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} the filters leave: {filters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count}: no filter is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — a table for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON — every field, for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown — a briefing text with the quotes and their ¶ numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar — one all-day event per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my &amp;notes, marked as mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fact</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also searched as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file system is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be resolved ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: cannot make a temporary file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is not a regular file; give a file name for the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records of one source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offence types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year of a range; “only” keeps the one year on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more agencies: the records involving every one ticked remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more offence types: the records concerning every one remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records and source  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the records, the source and your notes (Ctrl+F; Esc clears).&lt;/p&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol hague&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;every word, in any order&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;joint statement&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the words side by side&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;cyber*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words beginning so (the last word too)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;rome OR moscow&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;europol -interpol&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;not that word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Case, accents and hyphens do not matter: &lt;tt&gt;counter-terrorism&lt;/tt&gt; finds “counterterrorism”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the document states: leave out the records that an agency or offence filter keeps only through an inferred link (a reading of the text). The counts follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters: every record is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterCounts</name>
    <message numerus="yes">
        <source>%n (agency|agencies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offence type(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inferred</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source> and </source>
        <comment>between two names: agency A and B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offence type {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two document titles: A or B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated links only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (every dated record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>CoopDesk &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use CoopDesk: filters, the timeline, sources, notes and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key CoopDesk answers, from its menus and panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopDesk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User Guide is missing from this installation ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter: a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the detail view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline reference on Russia–EU cooperation against transnational crime and terrorism. Every value shown rests on a quote of the source document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest date the document speaks of; the document carries no date of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopDesk {version}, schema {schema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Next link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit every record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-level talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-level talks</source>
        <comment>plural</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert consultations</source>
        <comment>plural</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most advanced area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most advanced areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-level talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Russia–EU cooperation against transnational crime and terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another CoopDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records and the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record&apos;s quotes with paragraph numbers and the document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your note on this record and write in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom Timeline In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Timeline &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to All Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compress Empty Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CoopDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File &gt; Open Database… to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Use File &gt; Open Database… to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to copy its citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {url} is not a CoopDesk link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Write your own remarks on this record. They are saved as you type, stay on this computer and are never mixed with the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to write a note on it. Notes belong to records, not to passages of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note — not part of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide your note on this record (Ctrl+Shift+N writes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window: both versions are kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed (it was empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is still running. Cancel it and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>a page could not be drawn (its image is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer cannot be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia–EU cooperation against transnational crime and terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of {source}, with its quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dated record of {source} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia; European Union; Europol; transnational crime; terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every dated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <comment>on the cover: how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated; the latest date it reports is {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated {curated} · source SHA-256 {sha} · CoopDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated records of this pack, by kind and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled in the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record rests on the source document&apos;s own words: its numbered sources quote them with their paragraph (¶), and its facts and links cite them by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated: the source says it. Inferred: a reading of the source, in italics, with the reason. Editorial: added by CoopDesk (a common abbreviation, for instance), not in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index lists agencies, offence types, people and places with the pages of their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes headed “Your note” hold your own notes, not the source&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <comment>the heading of the records&apos; part</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document}, ¶{paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own words, not part of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbers lead to the records. A page number in italics: the record&apos;s link to the entry is inferred, not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records match these filters, so there is nothing to put in a briefing pack. Clear a filter or widen the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the filters leave %n record(s);</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a briefing pack holds at most %n. Narrow the filters, or use Export for all of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {source}: {filters}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the pages could not be laid out: not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be laid out: the layout process ended with exit code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n dated record(s) from {first} to {last} in four lanes: {lanes}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s) are labelled with their date;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every record is in the contents, and those without a label are listed under the figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, text size, language and default folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size of the detail view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time CoopDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved. CoopDesk speaks {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;exports in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save briefing &amp;packs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;databases from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Print Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Handling &amp;Marking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line such as FOR OFFICIAL USE printed at the top and bottom of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include My &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, brief and export with your notes, marked as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page (leave empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling marking: {marking}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the record in the detail view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the printed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record in the detail view as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of every record the filters leave: cover, contents, records and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record first: it prints as shown in the detail view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own words, not part of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party to</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implements</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerned by</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle of</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted here</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart of</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the context of</source>
        <comment>inverse</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>a search with only -words leaves words out but finds nothing: add a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no word to look for: type letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Russian Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>searching is not possible in this database: {error} The other filters still work; rebuild the database to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>the end of a list: a, b and c</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for {query}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches {query}: check the spelling or use fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} matches {query}; {shown}</source>
        <comment>one thing found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} match {query}; {shown}</source>
        <comment>several found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — the first %n are listed and drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{docs} · information as of {as_of} · sha256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of the latest date the source speaks of; Help &gt; About CoopDesk says more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-level talks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{records} outside the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the first; → for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match these filters. Clear a filter or widen the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated records in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records between {first} and {last} ({years}): this stretch is drawn compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n record(s), {first}–{last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows step through the records; plus and minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>Your notes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and bookmarks will not be kept this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>&amp;Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the filters, search and selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
