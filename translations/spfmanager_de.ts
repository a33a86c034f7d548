<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddDomainsDialog</name>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="6"/>
        <source>Add Domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="11"/>
        <source>One domain per line. Empty lines and lines starting with # are skipped; lines that are refused are listed afterwards with the reason.</source>
        <translation>Eine Domain pro Zeile. Leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen; abgelehnte Zeilen werden danach mit dem Grund aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="18"/>
        <source>Domains to add</source>
        <translation>Hinzuzufügende Domains</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="19"/>
        <source>Each line becomes a dependent domain that includes the primary&apos;s policy.</source>
        <translation>Jede Zeile wird zu einer abhängigen Domain, die die Richtlinie der Hauptdomain einbindet.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Add them as parked (they send no mail)</source>
        <translation>Als geparkt hinzufügen (sie versenden keine E-Mails)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="27"/>
        <source>Parked domains publish v=spf1 -all, a null MX and a DMARC reject policy.</source>
        <translation>Geparkte Domains veröffentlichen v=spf1 -all, einen Null-MX und eine DMARC-Richtlinie „reject“.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="28"/>
        <source>Add as parked</source>
        <translation>Als geparkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="36"/>
        <source>Import File…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="37"/>
        <source>Read the list from a text file with one domain per line.</source>
        <translation>Die Liste aus einer Textdatei mit einer Domain pro Zeile lesen.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="38"/>
        <source>Import list from file</source>
        <translation>Liste aus Datei importieren</translation>
    </message>
</context>
<context>
    <name>CheckProgressWidget</name>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="18"/>
        <source>How many of the names to check have been checked.</source>
        <translation>Wie viele der zu prüfenden Namen bereits geprüft sind.</translation>
    </message>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="19"/>
        <source>Live check progress</source>
        <translation>Fortschritt der Live-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="33"/>
        <source>The resolver the check asks; choose another in Settings.</source>
        <translation>Der Resolver, den die Prüfung fragt; einen anderen in den Einstellungen wählen.</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="10"/>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="11"/>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="12"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="13"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="14"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="6"/>
        <source>Export Records</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="13"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="19"/>
        <source>BIND zone snippets, an nsupdate script for dynamic updates, tinydns-data lines, JSON or CSV.</source>
        <translation>BIND-Zonenausschnitte, ein nsupdate-Skript für dynamische Updates, tinydns-data-Zeilen, JSON oder CSV.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="20"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="32"/>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="33"/>
        <source>Exactly what Copy puts on the clipboard and Save writes to the file.</source>
        <translation>Genau das, was „Kopieren“ in die Zwischenablage legt und „Speichern“ in die Datei schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="48"/>
        <source>Copy the whole export to the clipboard.</source>
        <translation>Den gesamten Export in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="49"/>
        <source>Copy export</source>
        <translation>Export kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="54"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="55"/>
        <source>Write the export to a file; the file is replaced only once it is written completely.</source>
        <translation>Den Export in eine Datei schreiben; die Datei wird erst ersetzt, wenn sie vollständig geschrieben ist.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="56"/>
        <source>Save export</source>
        <translation>Export speichern</translation>
    </message>
</context>
<context>
    <name>LiveDns</name>
    <message>
        <location filename="../src/gui/LiveDns.cpp" line="40"/>
        <source>the system&apos;s resolvers</source>
        <translation>die Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveDns.cpp" line="42"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>die autoritativen Server jeder Domain</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>SPF Manager</source>
        <translation>SPF Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="22"/>
        <source>Filter domains…</source>
        <translation>Domains filtern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="23"/>
        <source>Show only the domains whose name contains this text.</source>
        <translation>Nur die Domains zeigen, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="24"/>
        <source>Filter domains</source>
        <translation>Domains filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>The primary domain with its mail servers, then the dependent and parked domains.</source>
        <translation>Die Hauptdomain mit ihren Mailservern, darunter die abhängigen und die geparkten Domains.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>Selected domain</source>
        <translation>Ausgewählte Domain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>How long resolvers may cache every generated record, in seconds.</source>
        <translation>Wie lange Resolver jeden erzeugten Eintrag zwischenspeichern dürfen, in Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Copy the generated record to the clipboard.</source>
        <translation>Den erzeugten Eintrag in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>Copy record</source>
        <translation>Eintrag kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>The TXT record this domain must publish; underlined terms have findings in the diagnostics below.</source>
        <translation>Der TXT-Eintrag, den diese Domain veröffentlichen muss; unterstrichene Terme haben Befunde in der Diagnose unten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Generated record</source>
        <translation>Erzeugter Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>Every record the project needs for this domain.</source>
        <translation>Alle Einträge, die das Projekt für diese Domain braucht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>Records of the domain</source>
        <translation>Einträge der Domain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <location filename="../ui/MainWindow.ui" line="151"/>
        <source>Include tree</source>
        <translation>Include-Baum</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150"/>
        <source>Every term of the record and of the records it includes, with the DNS lookups each one spends (at most 10 in all).</source>
        <translation>Jeder Term des Eintrags und der eingebundenen Einträge, mit den DNS-Abfragen, die jeder verbraucht (insgesamt höchstens 10).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="154"/>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="155"/>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="180"/>
        <source>What is wrong or worth knowing; double-click a row to go to the domain and term.</source>
        <translation>Was falsch oder wissenswert ist; Doppelklick auf eine Zeile springt zu Domain und Term.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="222"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <location filename="../ui/MainWindow.ui" line="271"/>
        <source>Start an empty project.</source>
        <translation>Ein leeres Projekt beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="274"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="275"/>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <source>Open a project file (.spfproj).</source>
        <translation>Eine Projektdatei (.spfproj) öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="279"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="280"/>
        <location filename="../ui/MainWindow.ui" line="281"/>
        <source>Save the project to its file; the previous version is kept as .bak.</source>
        <translation>Das Projekt in seine Datei speichern; die vorige Fassung bleibt als .bak erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="284"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="285"/>
        <location filename="../ui/MainWindow.ui" line="286"/>
        <source>Save the project under a new file name.</source>
        <translation>Das Projekt unter einem neuen Dateinamen speichern.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="289"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290"/>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <source>Write every generated record as a zone snippet, an nsupdate script, tinydns data, JSON or CSV.</source>
        <translation>Alle erzeugten Einträge als Zonenausschnitt, nsupdate-Skript, tinydns-Daten, JSON oder CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295"/>
        <location filename="../ui/MainWindow.ui" line="296"/>
        <source>Close SPF Manager.</source>
        <translation>SPF Manager schließen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <source>Take back the last edit.</source>
        <translation>Die letzte Änderung zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="304"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="305"/>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Do the edit again that was taken back.</source>
        <translation>Die zurückgenommene Änderung erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="309"/>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domain hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="310"/>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <source>Add one dependent domain: it will publish an include of the primary.</source>
        <translation>Eine abhängige Domain hinzufügen: Sie veröffentlicht ein include der Hauptdomain.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="314"/>
        <source>&amp;Paste List…</source>
        <translation>&amp;Liste einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <source>Add many domains at once from a list with one domain per line.</source>
        <translation>Viele Domains auf einmal aus einer Liste mit einer Domain pro Zeile hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="319"/>
        <source>&amp;Remove Domain</source>
        <translation>Domain &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <source>Remove the selected dependent or parked domain from the project.</source>
        <translation>Die ausgewählte abhängige oder geparkte Domain aus dem Projekt entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="324"/>
        <source>Add &amp;Mail Server…</source>
        <translation>&amp;Mailserver hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <source>Add a mail server: its HELO name gets a record authorising its addresses.</source>
        <translation>Einen Mailserver hinzufügen: Sein HELO-Name erhält einen Eintrag, der seine Adressen erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="329"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <location filename="../ui/MainWindow.ui" line="331"/>
        <source>Choose the resolver, the timeout, the default TTL and the language.</source>
        <translation>Resolver, Zeitlimit, Standard-TTL und Sprache wählen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="334"/>
        <source>Check &amp;Live</source>
        <translation>&amp;Live prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="335"/>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Compare every domain&apos;s published records with the generated ones, in the background.</source>
        <translation>Die veröffentlichten Einträge jeder Domain im Hintergrund mit den erzeugten vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="339"/>
        <source>Check &amp;Selection</source>
        <translation>&amp;Auswahl prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="340"/>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <source>Compare only the selected domains&apos; published records with the generated ones.</source>
        <translation>Nur die veröffentlichten Einträge der ausgewählten Domains mit den erzeugten vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="344"/>
        <source>&amp;Cancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="345"/>
        <location filename="../ui/MainWindow.ui" line="346"/>
        <source>Stop the live check; domains not yet checked stay unchecked.</source>
        <translation>Die Live-Prüfung anhalten; noch nicht geprüfte Domains bleiben ungeprüft.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>&amp;Test a Sender…</source>
        <translation>Absender &amp;testen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="350"/>
        <location filename="../ui/MainWindow.ui" line="351"/>
        <source>Evaluate check_host() for an IP, a sender and a HELO name, with the full trace.</source>
        <translation>check_host() für eine IP, einen Absender und einen HELO-Namen auswerten, mit vollständiger Ablaufverfolgung.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="354"/>
        <source>&amp;Copy Record</source>
        <translation>Eintrag &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="355"/>
        <location filename="../ui/MainWindow.ui" line="356"/>
        <source>Copy the selected domain&apos;s generated record to the clipboard.</source>
        <translation>Den erzeugten Eintrag der ausgewählten Domain in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="359"/>
        <source>&amp;About SPF Manager</source>
        <translation>Ü&amp;ber SPF Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <location filename="../ui/MainWindow.ui" line="361"/>
        <source>Show the version and what SPF Manager does.</source>
        <translation>Die Version zeigen und was SPF Manager tut.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="14"/>
        <source>A dependent always starts with this include, so the primary&apos;s policy decides for it.</source>
        <translation>Eine abhängige Domain beginnt immer mit diesem include, damit die Richtlinie der Hauptdomain für sie entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="21"/>
        <source>The terms are evaluated left to right; the first mechanism that matches the sending IP decides.</source>
        <translation>Die Terme werden von links nach rechts ausgewertet; der erste Mechanismus, der auf die sendende IP passt, entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="22"/>
        <source>Policy terms</source>
        <translation>Terme der Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="28"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="29"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="36"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="37"/>
        <source>Move the term earlier: earlier terms are evaluated first.</source>
        <translation>Den Term nach vorn schieben: Frühere Terme werden zuerst ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="38"/>
        <source>Move term up</source>
        <translation>Term nach oben</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="43"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="44"/>
        <source>Move the term later: later terms are evaluated only when earlier ones did not match.</source>
        <translation>Den Term nach hinten schieben: Spätere Terme werden nur ausgewertet, wenn frühere nicht gepasst haben.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="45"/>
        <source>Move term down</source>
        <translation>Term nach unten</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="50"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="51"/>
        <source>Remove the selected term from the policy.</source>
        <translation>Den ausgewählten Term aus der Richtlinie entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="52"/>
        <source>Remove term</source>
        <translation>Term entfernen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="68"/>
        <source>new term, e.g. ip4:192.0.2.0/24 or include:_spf.example.net</source>
        <translation>neuer Term, z. B. ip4:192.0.2.0/24 oder include:_spf.example.net</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="69"/>
        <source>A mechanism (a, mx, ip4, ip6, include, exists, ptr) with an optional qualifier, or a modifier such as exp=.</source>
        <translation>Ein Mechanismus (a, mx, ip4, ip6, include, exists, ptr) mit optionalem Qualifier oder ein Modifier wie exp=.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="70"/>
        <source>New term</source>
        <translation>Neuer Term</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="75"/>
        <location filename="../ui/PolicyEditor.ui" line="77"/>
        <source>Add term</source>
        <translation>Term hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="76"/>
        <source>Append the term before the closing all.</source>
        <translation>Den Term vor dem abschließenden all anfügen.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="87"/>
        <source>all:</source>
        <translation>all:</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="93"/>
        <source>What receivers do with mail from an IP that no term matched; &quot;all&quot; always comes last.</source>
        <translation>Was Empfänger mit E-Mails von einer IP tun, auf die kein Term gepasst hat; „all“ steht immer am Ende.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="94"/>
        <source>Qualifier of all</source>
        <translation>Qualifier von all</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="100"/>
        <source>always last</source>
        <translation>immer am Ende</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="114"/>
        <source>Parked (sends no mail)</source>
        <translation>Geparkt (versendet keine E-Mails)</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="115"/>
        <source>A parked domain publishes v=spf1 -all so that nobody can send mail in its name.</source>
        <translation>Eine geparkte Domain veröffentlicht v=spf1 -all, damit niemand in ihrem Namen E-Mails versenden kann.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="116"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="121"/>
        <location filename="../ui/PolicyEditor.ui" line="123"/>
        <source>Null MX</source>
        <translation>Null-MX</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="122"/>
        <source>Publish &quot;MX 0 .&quot; (RFC 7505) so that senders know the domain accepts no mail.</source>
        <translation>„MX 0 .“ veröffentlichen (RFC 7505), damit Absender wissen, dass die Domain keine E-Mails annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="128"/>
        <location filename="../ui/PolicyEditor.ui" line="130"/>
        <source>DMARC reject</source>
        <translation>DMARC reject</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="129"/>
        <source>Publish a DMARC record with p=reject so that receivers refuse forged mail outright.</source>
        <translation>Einen DMARC-Eintrag mit p=reject veröffentlichen, damit Empfänger gefälschte E-Mails sofort abweisen.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="145"/>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="151"/>
        <source>The IP addresses this mail server sends from, separated by spaces; its HELO record authorises exactly these.</source>
        <translation>Die IP-Adressen, von denen dieser Mailserver sendet, durch Leerzeichen getrennt; sein HELO-Eintrag erlaubt genau diese.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="152"/>
        <source>Mail server addresses</source>
        <translation>Adressen des Mailservers</translation>
    </message>
</context>
<context>
    <name>PublishedRecordView</name>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="14"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="21"/>
        <source>The SPF record DNS served at the last live check; marked terms differ from the generated record.</source>
        <translation>Der SPF-Eintrag, den das DNS bei der letzten Live-Prüfung lieferte; markierte Terme weichen vom erzeugten Eintrag ab.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="22"/>
        <source>Published record</source>
        <translation>Veröffentlichter Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="30"/>
        <source>How long resolvers may cache the published record, as DNS served it.</source>
        <translation>Wie lange Resolver den veröffentlichten Eintrag zwischenspeichern dürfen, wie das DNS ihn lieferte.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="42"/>
        <source>What to change in the published record to make it the generated one, term by term.</source>
        <translation>Was im veröffentlichten Eintrag zu ändern ist, damit er dem erzeugten entspricht, Term für Term.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="43"/>
        <source>Differences from the generated record</source>
        <translation>Unterschiede zum erzeugten Eintrag</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="10"/>
        <source>Resolver (saved in the project)</source>
        <translation>Resolver (im Projekt gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="15"/>
        <source>&amp;Ask:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>The system&apos;s resolvers, the servers listed here, or each domain&apos;s authoritative servers (sees changes at once, no caches).</source>
        <translation>Die Resolver des Systems, die hier genannten Server oder die autoritativen Server jeder Domain (sieht Änderungen sofort, ohne Caches).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>Resolver mode</source>
        <translation>Resolver-Modus</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="28"/>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>192.0.2.53, 127.0.0.1:5353, [2001:db8::53]:53</source>
        <translation>192.0.2.53, 127.0.0.1:5353, [2001:db8::53]:53</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="35"/>
        <source>Addresses of recursive resolvers to ask, each with an optional port.</source>
        <translation>Adressen der zu fragenden rekursiven Resolver, jeweils mit optionalem Port.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="36"/>
        <source>Resolver servers</source>
        <translation>Resolver-Server</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>How long to wait for a DNS answer before the query counts as failed (temperror).</source>
        <translation>Wie lange auf eine DNS-Antwort gewartet wird, bevor die Abfrage als gescheitert gilt (temperror).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>Timeout in milliseconds</source>
        <translation>Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="56"/>
        <source>Default &amp;TTL:</source>
        <translation>Standard-&amp;TTL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="63"/>
        <source>How long resolvers may cache the generated records.</source>
        <translation>Wie lange Resolver die erzeugten Einträge zwischenspeichern dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="64"/>
        <source>Default TTL in seconds</source>
        <translation>Standard-TTL in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>&amp;Zone file:</source>
        <translation>&amp;Zonendatei:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="85"/>
        <source>A BIND zone file that answers for names outside the project in the include tree and in Test a Sender.</source>
        <translation>Eine BIND-Zonendatei, die im Include-Baum und bei „Absender testen“ für Namen außerhalb des Projekts antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source>Zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="92"/>
        <source>Choose zone file</source>
        <translation>Zonendatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="93"/>
        <source>Choose a zone file.</source>
        <translation>Eine Zonendatei wählen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="107"/>
        <source>The language of SPF Manager; it applies from the next start.</source>
        <translation>Die Sprache von SPF Manager; sie gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="108"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>TestSenderDialog</name>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="6"/>
        <source>Test a Sender</source>
        <translation>Absender testen</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="13"/>
        <source>Client &amp;IP:</source>
        <translation>Client-&amp;IP:</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="19"/>
        <source>192.0.2.25 or 2001:db8::25</source>
        <translation>192.0.2.25 oder 2001:db8::25</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="20"/>
        <source>The address the receiving server sees the mail coming from.</source>
        <translation>Die Adresse, von der der empfangende Server die E-Mail kommen sieht.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="21"/>
        <source>Client IP address</source>
        <translation>IP-Adresse des Clients</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="27"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="33"/>
        <source>alice@example.com (empty: the null sender)</source>
        <translation>alice@example.com (leer: der Null-Absender)</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="34"/>
        <source>The MAIL FROM address; SPF checks the policy of its domain.</source>
        <translation>Die MAIL-FROM-Adresse; SPF prüft die Richtlinie ihrer Domain.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="35"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="41"/>
        <source>&amp;HELO name:</source>
        <translation>&amp;HELO-Name:</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="47"/>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="48"/>
        <source>The name the client gave in HELO/EHLO; used for the null sender and in the header.</source>
        <translation>Der Name, den der Client in HELO/EHLO angegeben hat; dient für den Null-Absender und im Header.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="49"/>
        <source>HELO name</source>
        <translation>HELO-Name</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="55"/>
        <source>&amp;Answers from:</source>
        <translation>&amp;Antworten aus:</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="61"/>
        <source>What if: DNS as it will be once the project&apos;s records are published. Live: DNS as it is now.</source>
        <translation>Was-wäre-wenn: das DNS, wie es nach der Veröffentlichung der Projekteinträge sein wird. Live: das DNS, wie es jetzt ist.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="62"/>
        <source>Answers from</source>
        <translation>Antworten aus</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="71"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="72"/>
        <source>Run check_host() of RFC 7208 with these inputs against the resolver shown below.</source>
        <translation>check_host() nach RFC 7208 mit diesen Eingaben gegen den unten genannten Resolver ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="73"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="81"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="98"/>
        <source>Every record, term and DNS query of the evaluation, nested by include and redirect.</source>
        <translation>Jeder Eintrag, jeder Term und jede DNS-Abfrage der Auswertung, nach include und redirect verschachtelt.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="99"/>
        <source>Evaluation trace</source>
        <translation>Ablaufverfolgung der Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="101"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="102"/>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="108"/>
        <source>The header a receiver would add:</source>
        <translation>Der Header, den ein Empfänger hinzufügen würde:</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="117"/>
        <source>Received-SPF header</source>
        <translation>Received-SPF-Header</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="124"/>
        <source>&amp;Copy Header</source>
        <translation>Header &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="125"/>
        <source>Copy the Received-SPF header exactly as shown.</source>
        <translation>Den Received-SPF-Header genau wie angezeigt kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="126"/>
        <source>Copy header</source>
        <translation>Header kopieren</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="60"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="94"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="111"/>
        <source>Add mail server %1</source>
        <translation>Mailserver %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="129"/>
        <source>Edit mail server %1</source>
        <translation>Mailserver %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="147"/>
        <source>Remove mail server %1</source>
        <translation>Mailserver %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="163"/>
        <source>Set TTL to %1</source>
        <translation>TTL auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="180"/>
        <source>Change resolver settings</source>
        <translation>Resolver-Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>spfm::gui::AddDomainsDialog</name>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="18"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="23"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="26"/>
        <source>Import Domain List</source>
        <translation>Domainliste importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="24"/>
        <source>Text files (*.txt *.list *.csv);;All files (*)</source>
        <translation>Textdateien (*.txt *.list *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="26"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="58"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="70"/>
        <source>%n domain(s) added.</source>
        <translation>
            <numerusform>%n Domain hinzugefügt.</numerusform>
            <numerusform>%n Domains hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="61"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n Zeile abgelehnt:</numerusform>
            <numerusform>%n Zeilen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="69"/>
        <source>Add Domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="73"/>
        <source>%n line(s) refused; the details say why.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt; die Details nennen den Grund.</numerusform>
            <numerusform>%n Zeilen abgelehnt; die Details nennen die Gründe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::CheckProgressWidget</name>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="26"/>
        <source>resolver: %1</source>
        <translation>Resolver: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="32"/>
        <source>Checking… %1 / %2</source>
        <translation>Prüfe… %1 / %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::DiagnosticsModel</name>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="44"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="45"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="46"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="87"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="88"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="89"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="90"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="91"/>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Abhilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="92"/>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
</context>
<context>
    <name>spfm::gui::DomainTreeModel</name>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="117"/>
        <source>(no primary domain)</source>
        <translation>(keine Hauptdomain)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="113"/>
        <source>Dependents (%1)</source>
        <translation>Abhängige (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="114"/>
        <source>Parked (%1)</source>
        <translation>Geparkt (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="141"/>
        <source>primary</source>
        <translation>Hauptdomain</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="143"/>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="127"/>
        <source>Domains that send through the primary&apos;s servers: they publish include:%1.</source>
        <translation>Domains, die über die Server der Hauptdomain senden: Sie veröffentlichen include:%1.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="130"/>
        <source>Domains that send no mail: they publish v=spf1 -all.</source>
        <translation>Domains, die keine E-Mails versenden: Sie veröffentlichen v=spf1 -all.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="137"/>
        <source>%1 (edited since the check)</source>
        <translation>%1 (seit der Prüfung geändert)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="152"/>
        <source>The primary domain: it holds the real SPF policy.</source>
        <translation>Die Hauptdomain: Sie trägt die eigentliche SPF-Richtlinie.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="154"/>
        <source>A mail server: its HELO name gets a record of its own.</source>
        <translation>Ein Mailserver: Sein HELO-Name erhält einen eigenen Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="156"/>
        <source>A dependent domain.</source>
        <translation>Eine abhängige Domain.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="157"/>
        <source>%1
Status: %2</source>
        <translation>%1
Status: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="160"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="169"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>spfm::gui::ExportDialog</name>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="22"/>
        <source>BIND zone file snippets</source>
        <translation>BIND-Zonendatei-Ausschnitte</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="23"/>
        <source>nsupdate script</source>
        <translation>nsupdate-Skript</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="24"/>
        <source>tinydns data</source>
        <translation>tinydns-Daten</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="25"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="26"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="35"/>
        <location filename="../src/gui/ExportDialog.cpp" line="40"/>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="74"/>
        <source>Some records have errors (see Diagnostics): publishing them would give permerror.</source>
        <translation>Einige Einträge haben Fehler (siehe Diagnose): Sie zu veröffentlichen ergäbe permerror.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="86"/>
        <location filename="../src/gui/ExportDialog.cpp" line="88"/>
        <location filename="../src/gui/ExportDialog.cpp" line="90"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::LiveCheck</name>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="123"/>
        <source>DNS did not answer</source>
        <translation>DNS antwortete nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="125"/>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="127"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="129"/>
        <source>%n SPF records</source>
        <translation>
            <numerusform>%n SPF-Eintrag</numerusform>
            <numerusform>%n SPF-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="131"/>
        <source>record differs</source>
        <translation>Eintrag weicht ab</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="133"/>
        <location filename="../src/gui/MainWindow.cpp" line="235"/>
        <source>mail server not authorised</source>
        <translation>Mailserver nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="139"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="140"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="47"/>
        <source>SPF Manager projects (*.spfproj);;All files (*)</source>
        <translation>SPF-Manager-Projekte (*.spfproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="53"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="54"/>
        <source>include target</source>
        <translation>include-Ziel</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="55"/>
        <source>dependent</source>
        <translation>abhängig</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="56"/>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="57"/>
        <source>null MX</source>
        <translation>Null-MX</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="58"/>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="59"/>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="69"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="70"/>
        <source>several SPF records (permerror)</source>
        <translation>mehrere SPF-Einträge (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="71"/>
        <source>syntax error (permerror)</source>
        <translation>Syntaxfehler (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>DNS error (temperror)</source>
        <translation>DNS-Fehler (temperror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="74"/>
        <source>depends on the message: not followed</source>
        <translation>hängt von der Nachricht ab: nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="75"/>
        <source>not walked (tree too large)</source>
        <translation>nicht durchlaufen (Baum zu groß)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="76"/>
        <source>waiting for DNS</source>
        <translation>wartet auf DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="276"/>
        <source>Copy Record</source>
        <translation>Eintrag kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="381"/>
        <source>Diagnostics (%1 errors, %2 warnings, %3 notes)</source>
        <translation>Diagnose (%1 Fehler, %2 Warnungen, %3 Hinweise)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="411"/>
        <source>(primary)</source>
        <translation>(Hauptdomain)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="415"/>
        <source>(mail server)</source>
        <translation>(Mailserver)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <source>(parked)</source>
        <translation>(geparkt)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <source>(dependent)</source>
        <translation>(abhängig)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="477"/>
        <source>Select a domain with an SPF policy to see its include tree.</source>
        <translation>Eine Domain mit SPF-Richtlinie auswählen, um ihren Include-Baum zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="496"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="508"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="511"/>
        <source>past the limit of 10: receivers return permerror</source>
        <translation>über der Grenze von 10: Empfänger liefern permerror</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="513"/>
        <source>void lookup</source>
        <translation>leere Abfrage</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="515"/>
        <source>never evaluated</source>
        <translation>nie ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="532"/>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed, %3 records in the tree.</source>
        <translation>%1 von 10 erlaubten DNS-Abfragen, %2 von 2 erlaubten leeren Abfragen, %3 Einträge im Baum.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>Over the limit: receivers return permerror; the whole tree is shown.</source>
        <translation>Über der Grenze: Empfänger liefern permerror; der ganze Baum wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="539"/>
        <source>The zone file could not be read: %1</source>
        <translation>Die Zonendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="593"/>
        <source>Select the domains to check first.</source>
        <translation>Zuerst die zu prüfenden Domains auswählen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="599"/>
        <source>Nothing to check: the project needs a primary domain.</source>
        <translation>Nichts zu prüfen: Das Projekt braucht eine Hauptdomain.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="625"/>
        <source>Check cancelled after %1 of %2 names; the rest stay unchecked.</source>
        <translation>Prüfung nach %1 von %2 Namen abgebrochen; der Rest bleibt ungeprüft.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="630"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="631"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="632"/>
        <source>Checked %1 names in %2: %3 ok, %4 with warnings, %5 with errors, %6 unreachable.</source>
        <translation>%1 Namen in %2 geprüft: %3 in Ordnung, %4 mit Warnungen, %5 mit Fehlern, %6 nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="660"/>
        <source>Copy %1 record (%2)</source>
        <translation>%1-Eintrag kopieren (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="686"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="688"/>
        <source>%1[*] — SPF Manager</source>
        <translation>%1[*] — SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="716"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="733"/>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="734"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="739"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="748"/>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="749"/>
        <source>%1 cannot be written; the file on disk is unchanged.

%2</source>
        <translation>%1 kann nicht geschrieben werden; die Datei auf dem Datenträger ist unverändert.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="754"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="767"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="780"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="790"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="790"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <location filename="../src/gui/MainWindow.cpp" line="826"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="817"/>
        <source>The primary domain, whose policy the other domains include:</source>
        <translation>Die Hauptdomain, deren Richtlinie die anderen Domains einbinden:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="869"/>
        <location filename="../src/gui/MainWindow.cpp" line="876"/>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="870"/>
        <source>A domain that sends through %1&apos;s mail servers:</source>
        <translation>Eine Domain, die über die Mailserver von %1 sendet:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="900"/>
        <source>Add domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="939"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="946"/>
        <location filename="../src/gui/MainWindow.cpp" line="955"/>
        <location filename="../src/gui/MainWindow.cpp" line="963"/>
        <location filename="../src/gui/MainWindow.cpp" line="970"/>
        <source>Add Mail Server</source>
        <translation>Mailserver hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="946"/>
        <source>Host name and addresses, e.g. &quot;mail.example.com 192.0.2.25 2001:db8::25&quot;:</source>
        <translation>Hostname und Adressen, z. B. „mail.example.com 192.0.2.25 2001:db8::25“:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="963"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="997"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1003"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1011"/>
        <source>About SPF Manager</source>
        <translation>Über SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1012"/>
        <source>SPF Manager %1
Manages and verifies the SPF records of a mail server and its domains.</source>
        <translation>SPF Manager %1
Verwaltet und prüft die SPF-Einträge eines Mailservers und seiner Domains.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PolicyEditor</name>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="34"/>
        <source>- fail</source>
        <translation>- fail (abweisen)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="35"/>
        <source>~ softfail</source>
        <translation>~ softfail (verdächtig)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="36"/>
        <source>? neutral</source>
        <translation>? neutral</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="37"/>
        <source>+ pass</source>
        <translation>+ pass (erlauben)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="79"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="90"/>
        <source>Edit term</source>
        <translation>Term bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="102"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="185"/>
        <source>include:%1 (always first)</source>
        <translation>include:%1 (immer zuerst)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="202"/>
        <source>Qualifier of term %1</source>
        <translation>Qualifier von Term %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="203"/>
        <source>What a match of this term means: pass, fail, softfail or neutral.</source>
        <translation>Was ein Treffer dieses Terms bedeutet: pass, fail, softfail oder neutral.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="205"/>
        <source>modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="219"/>
        <source>Double-click to edit the term.</source>
        <translation>Doppelklicken, um den Term zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="277"/>
        <source>Add term %1</source>
        <translation>Term %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="289"/>
        <source>Remove term %1</source>
        <translation>Term %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="299"/>
        <source>Move term %1</source>
        <translation>Term %1 verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="314"/>
        <source>Change qualifier of %1</source>
        <translation>Qualifier von %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="321"/>
        <source>Change all to %1all</source>
        <translation>all auf %1all ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Park %1</source>
        <translation>%1 parken</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Unpark %1</source>
        <translation>%1 nicht mehr parken</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PublishedRecordView</name>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="32"/>
        <source>add %1 (term %2)</source>
        <translation>%1 hinzufügen (Term %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="33"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="34"/>
        <source>change %1 to %2</source>
        <translation>%1 in %2 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="35"/>
        <source>move %1 to term %2</source>
        <translation>%1 an Term %2 verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="46"/>
        <source>Not checked yet: Check Live reads what DNS publishes.</source>
        <translation>Noch nicht geprüft: „Live prüfen“ liest, was im DNS veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="56"/>
        <source>Nothing published: no v=spf1 TXT record at this name.</source>
        <translation>Nichts veröffentlicht: kein v=spf1-TXT-Eintrag unter diesem Namen.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="60"/>
        <source>TTL %1 (generated: %2)</source>
        <translation>TTL %1 (erzeugt: %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="61"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="65"/>
        <source>DNS did not answer: what is published is not known.</source>
        <translation>DNS antwortete nicht: Was veröffentlicht ist, ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/PublishedRecordView.cpp" line="67"/>
        <source>%n SPF records are published: receivers return permerror (RFC 7208 §4.5).</source>
        <translation>
            <numerusform>%n SPF-Eintrag ist veröffentlicht: Empfänger liefern permerror (RFC 7208 §4.5).</numerusform>
            <numerusform>%n SPF-Einträge sind veröffentlicht: Empfänger liefern permerror (RFC 7208 §4.5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="70"/>
        <source>Same as the generated record.</source>
        <translation>Gleich dem erzeugten Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="72"/>
        <source>The name is an alias of %1.</source>
        <translation>Der Name ist ein Alias von %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="74"/>
        <source>The project was edited after this check: check again to compare with the new record.</source>
        <translation>Das Projekt wurde nach dieser Prüfung geändert: erneut prüfen, um mit dem neuen Eintrag zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="18"/>
        <source>the system&apos;s resolvers</source>
        <translation>die Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="19"/>
        <source>these servers</source>
        <translation>diese Server</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="20"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>die autoritativen Server jeder Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="34"/>
        <source>as the system</source>
        <translation>wie das System</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="47"/>
        <source>Zone File</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="79"/>
        <source>List at least one server, or choose another way to ask.</source>
        <translation>Mindestens einen Server angeben oder eine andere Abfrageart wählen.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::TestSenderDialog</name>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="25"/>
        <source>the project&apos;s records and the zone file (what if)</source>
        <translation>den Einträgen des Projekts und der Zonendatei (Was-wäre-wenn)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="26"/>
        <source>live DNS</source>
        <translation>dem Live-DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="65"/>
        <source>Answers come from live DNS: %1 (Settings).</source>
        <translation>Die Antworten kommen aus dem Live-DNS: %1 (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="67"/>
        <source>Answers come from the project&apos;s generated records and the zone file chosen in Settings, as DNS will be once the records are published.</source>
        <translation>Die Antworten stammen aus den erzeugten Einträgen des Projekts und der in den Einstellungen gewählten Zonendatei – so, wie das DNS nach der Veröffentlichung aussehen wird.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="70"/>
        <source>The zone file could not be read: %1</source>
        <translation>Die Zonendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="86"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="92"/>
        <source>Give a sender address or a HELO name.</source>
        <translation>Eine Absenderadresse oder einen HELO-Namen angeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="113"/>
        <source>Asking DNS…</source>
        <translation>DNS wird gefragt…</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="128"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="131"/>
        <source>(matched %1 in %2)</source>
        <translation>(Treffer: %1 in %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="137"/>
        <source>Explanation: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="138"/>
        <source>%1 DNS lookups, %2 void.</source>
        <translation>%1 DNS-Abfragen, %2 leer.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="155"/>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="156"/>
        <source>term %1</source>
        <translation>Term %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="157"/>
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="158"/>
        <source>note %1</source>
        <translation>Hinweis %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="159"/>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
</context>
</TS>
