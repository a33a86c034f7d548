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
    <name>AdoptFromDnsDialog</name>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="6"/>
        <source>Adopt from DNS</source>
        <translation>Aus DNS übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="12"/>
        <source>One domain per line. SPF Manager reads the SPF record each one publishes and shows whether it already includes the primary&apos;s policy; tick the domains to adopt.</source>
        <translation>Eine Domain pro Zeile. SPF Manager liest den SPF-Eintrag, den jede veröffentlicht, und zeigt, ob er die Richtlinie der Hauptdomain schon einbindet; haken Sie die zu übernehmenden Domains an.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="18"/>
        <source>Domains to look up</source>
        <translation>Nachzuschlagende Domains</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="19"/>
        <source>Each line is a domain whose published SPF record is read; empty lines and lines starting with # are skipped.</source>
        <translation>Jede Zeile ist eine Domain, deren veröffentlichter SPF-Eintrag gelesen wird; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="26"/>
        <source>&amp;Look Up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="27"/>
        <source>Read what each listed domain publishes in DNS, through the resolver chosen in Settings.</source>
        <translation>Liest, was jede aufgeführte Domain im DNS veröffentlicht, über den in den Einstellungen gewählten Resolver.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="28"/>
        <source>Look up the listed domains</source>
        <translation>Die aufgeführten Domains nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="34"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="35"/>
        <source>Stop waiting for the answers still under way; domains already read stay listed.</source>
        <translation>Nicht länger auf ausstehende Antworten warten; bereits gelesene Domains bleiben in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="36"/>
        <source>Stop the look-up</source>
        <translation>Nachschlagen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="42"/>
        <source>Look-up progress</source>
        <translation>Fortschritt des Nachschlagens</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="57"/>
        <source>What each domain publishes</source>
        <translation>Was jede Domain veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="58"/>
        <source>Ticked domains are added to the project when you press Adopt.</source>
        <translation>Angehakte Domains werden dem Projekt hinzugefügt, wenn Sie auf Übernehmen drücken.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="59"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="60"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="61"/>
        <source>Primary</source>
        <translation>Hauptdomain</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="62"/>
        <source>Other senders</source>
        <translation>Weitere Absender</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="63"/>
        <source>Adopt as</source>
        <translation>Übernehmen als</translation>
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
        <location filename="../ui/ExportDialog.ui" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="56"/>
        <source>Copy the whole export to the clipboard.</source>
        <translation>Den gesamten Export in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="57"/>
        <source>Copy export</source>
        <translation>Export kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="62"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="63"/>
        <source>Write the export to a file; the file is replaced only once it is written completely, and a file already there is kept as a backup (.bak) first.</source>
        <translation>Den Export in eine Datei schreiben; die Datei wird erst ersetzt, wenn sie vollständig geschrieben ist, und eine schon vorhandene Datei wird zuvor als Sicherung (.bak) aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="64"/>
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
        <location filename="../ui/MainWindow.ui" line="231"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="239"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="249"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="271"/>
        <location filename="../ui/MainWindow.ui" line="272"/>
        <source>Start an empty project.</source>
        <translation>Ein leeres Projekt beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="275"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <location filename="../ui/MainWindow.ui" line="277"/>
        <source>Open a project file (.spfproj).</source>
        <translation>Eine Projektdatei (.spfproj) öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="280"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="281"/>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Save the project to its file; the previous version is kept as .bak.</source>
        <translation>Das Projekt in seine Datei speichern; die vorige Fassung bleibt als .bak erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="285"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="286"/>
        <location filename="../ui/MainWindow.ui" line="287"/>
        <source>Save the project under a new file name.</source>
        <translation>Das Projekt unter einem neuen Dateinamen speichern.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <location filename="../ui/MainWindow.ui" line="292"/>
        <source>Write every generated record as a zone snippet, an nsupdate script, tinydns data, JSON or CSV.</source>
        <translation>Alle erzeugten Einträge als Zonenausschnitt, nsupdate-Skript, tinydns-Daten, JSON oder CSV ausgeben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="296"/>
        <location filename="../ui/MainWindow.ui" line="297"/>
        <source>Close SPF Manager.</source>
        <translation>SPF Manager schließen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <location filename="../ui/MainWindow.ui" line="302"/>
        <source>Take back the last edit.</source>
        <translation>Die letzte Änderung zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="305"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Do the edit again that was taken back.</source>
        <translation>Die zurückgenommene Änderung erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="310"/>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domain hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>Add one dependent domain: it will publish an include of the primary.</source>
        <translation>Eine abhängige Domain hinzufügen: Sie veröffentlicht ein include der Hauptdomain.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <source>&amp;Paste List…</source>
        <translation>&amp;Liste einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <location filename="../ui/MainWindow.ui" line="317"/>
        <source>Add many domains at once from a list with one domain per line.</source>
        <translation>Viele Domains auf einmal aus einer Liste mit einer Domain pro Zeile hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <source>Adopt from &amp;DNS…</source>
        <translation>Aus &amp;DNS übernehmen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <location filename="../ui/MainWindow.ui" line="322"/>
        <source>Read what domains publish in DNS and add them, keeping the other senders they authorise.</source>
        <translation>Liest, was Domains im DNS veröffentlichen, und fügt sie hinzu; die weiteren Absender, die sie erlauben, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <source>&amp;Remove Domain</source>
        <translation>Domain &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>Remove the selected dependent or parked domain from the project.</source>
        <translation>Die ausgewählte abhängige oder geparkte Domain aus dem Projekt entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <source>Add &amp;Mail Server…</source>
        <translation>&amp;Mailserver hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="331"/>
        <location filename="../ui/MainWindow.ui" line="332"/>
        <source>Add a mail server: its HELO name gets a record authorising its addresses.</source>
        <translation>Einen Mailserver hinzufügen: Sein HELO-Name erhält einen Eintrag, der seine Adressen erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="335"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <location filename="../ui/MainWindow.ui" line="337"/>
        <source>Choose the resolver, the timeout, the default TTL and the language.</source>
        <translation>Resolver, Zeitlimit, Standard-TTL und Sprache wählen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="340"/>
        <source>Check &amp;Live</source>
        <translation>&amp;Live prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>Compare every domain&apos;s published records with the generated ones, in the background.</source>
        <translation>Die veröffentlichten Einträge jeder Domain im Hintergrund mit den erzeugten vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="345"/>
        <source>Check &amp;Selection</source>
        <translation>&amp;Auswahl prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="346"/>
        <location filename="../ui/MainWindow.ui" line="347"/>
        <source>Compare only the selected domains&apos; published records with the generated ones.</source>
        <translation>Nur die veröffentlichten Einträge der ausgewählten Domains mit den erzeugten vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="350"/>
        <source>&amp;Cancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="351"/>
        <location filename="../ui/MainWindow.ui" line="352"/>
        <source>Stop the live check; domains not yet checked stay unchecked.</source>
        <translation>Die Live-Prüfung anhalten; noch nicht geprüfte Domains bleiben ungeprüft.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="355"/>
        <source>&amp;Test a Sender…</source>
        <translation>Absender &amp;testen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="356"/>
        <location filename="../ui/MainWindow.ui" line="357"/>
        <source>Evaluate check_host() for an IP, a sender and a HELO name, with the full trace.</source>
        <translation>check_host() für eine IP, einen Absender und einen HELO-Namen auswerten, mit vollständiger Ablaufverfolgung.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <source>&amp;Copy Record</source>
        <translation>Eintrag &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="361"/>
        <location filename="../ui/MainWindow.ui" line="362"/>
        <source>Copy the selected domain&apos;s generated record to the clipboard.</source>
        <translation>Den erzeugten Eintrag der ausgewählten Domain in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="365"/>
        <source>&amp;About SPF Manager</source>
        <translation>Ü&amp;ber SPF Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="366"/>
        <location filename="../ui/MainWindow.ui" line="367"/>
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
        <source>The language of SPF Manager; it applies as soon as you press OK.</source>
        <translation>Die Sprache von SPF Manager; sie gilt, sobald Sie OK drücken.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="108"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="113"/>
        <source>Look for &amp;obsolete records at every domain (slower)</source>
        <translation>&amp;Veraltete Einträge bei jeder Domain suchen (langsamer)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Check live then asks every domain for the obsolete type 99 (SPF) record, whose answer also shows a CNAME beside its TXT record: about twice the DNS queries. Otherwise only the primary, the include target and the mail servers&apos; HELO names are asked, and other domains only when their TXT holds no SPF record.</source>
        <translation>„Live prüfen“ fragt dann jede Domain nach dem veralteten Eintrag vom Typ 99 (SPF), dessen Antwort auch einen CNAME neben ihrem TXT-Eintrag zeigt: etwa doppelt so viele DNS-Abfragen. Sonst werden nur die Hauptdomain, das include-Ziel und die HELO-Namen der Mailserver gefragt, andere Domains nur, wenn ihr TXT keinen SPF-Eintrag enthält.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="115"/>
        <source>Check every domain thoroughly</source>
        <translation>Jede Domain gründlich prüfen</translation>
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
        <location filename="../src/gui/AddDomainsDialog.cpp" line="46"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="27"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="30"/>
        <source>Import Domain List</source>
        <translation>Domainliste importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="28"/>
        <source>Text files (*.txt *.list *.csv);;All files (*)</source>
        <translation>Textdateien (*.txt *.list *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="30"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="75"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="87"/>
        <source>%n domain(s) added.</source>
        <translation>
            <numerusform>%n Domain hinzugefügt.</numerusform>
            <numerusform>%n Domains hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="78"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n Zeile abgelehnt:</numerusform>
            <numerusform>%n Zeilen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="86"/>
        <source>Add Domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="90"/>
        <source>%n line(s) refused; the details say why.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt; die Details nennen den Grund.</numerusform>
            <numerusform>%n Zeilen abgelehnt; die Details nennen die Gründe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::AdoptFromDnsDialog</name>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="25"/>
        <source>after all: never evaluated</source>
        <translation>nach all: wird nie ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="26"/>
        <source>syntax error: receivers reject the whole record</source>
        <translation>Syntaxfehler: Empfänger verwerfen den ganzen Eintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="27"/>
        <source>exp= explanation: not carried over</source>
        <translation>exp=-Erklärung: wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="28"/>
        <source>unknown modifier: receivers ignore it</source>
        <translation>unbekannter Modifikator: Empfänger ignorieren ihn</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="29"/>
        <source>redirect= kept as an include</source>
        <translation>redirect= als include beibehalten</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="30"/>
        <source>redirect= beside all: never used</source>
        <translation>redirect= neben all: wird nie verwendet</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="31"/>
        <source>the domain includes itself: a loop</source>
        <translation>die Domain bindet sich selbst ein: eine Schleife</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="93"/>
        <source>&amp;Adopt</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="95"/>
        <source>Add the ticked domains to the project, as dependents or parked as chosen; one undo step.</source>
        <translation>Fügt die angehakten Domains dem Projekt hinzu, wie gewählt als abhängige oder geparkte Domains; ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="172"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="241"/>
        <source>Dependent</source>
        <translation>Abhängig</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="242"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="243"/>
        <source>A dependent includes the primary&apos;s policy and keeps its other senders; a parked domain sends no mail.</source>
        <translation>Eine abhängige Domain bindet die Richtlinie der Hauptdomain ein und behält ihre weiteren Absender; eine geparkte Domain versendet keine E-Mails.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="245"/>
        <source>Adopt %1 as</source>
        <translation>%1 übernehmen als</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="255"/>
        <source>not looked up (cancelled)</source>
        <translation>nicht nachgeschlagen (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="255"/>
        <source>asking DNS…</source>
        <translation>frage DNS…</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="260"/>
        <source>%1 (already in the project)</source>
        <translation>%1 (schon im Projekt)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="264"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="266"/>
        <source>%n SPF records: receivers return permerror</source>
        <translation>
            <numerusform>%n SPF-Eintrag: Empfänger liefern permerror</numerusform>
            <numerusform>%n SPF-Einträge: Empfänger liefern permerror</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="268"/>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>die Domain existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="269"/>
        <source>no usable answer: %1</source>
        <translation>keine verwertbare Antwort: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="272"/>
        <source>through redirect=%1</source>
        <translation>über redirect=%1</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="273"/>
        <source>includes %1</source>
        <translation>bindet %1 ein</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="275"/>
        <source>not included</source>
        <translation>nicht eingebunden</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="278"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="280"/>
        <source>none: the record refuses all mail</source>
        <translation>keine: der Eintrag weist alle E-Mails ab</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="297"/>
        <source>Not carried over:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="310"/>
        <source>%1 of %2 domains read from %3.</source>
        <translation>%1 von %2 Domains gelesen von %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="315"/>
        <source>Enter domains, one per line, and press Look Up.</source>
        <translation>Geben Sie Domains ein, eine pro Zeile, und drücken Sie Nachschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="317"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n Zeile abgelehnt:</numerusform>
            <numerusform>%n Zeilen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="319"/>
        <source>line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="372"/>
        <source>Adopt %n domain(s) from DNS</source>
        <translation>
            <numerusform>%n Domain aus DNS übernehmen</numerusform>
            <numerusform>%n Domains aus DNS übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::CheckProgressWidget</name>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="32"/>
        <source>resolver: %1</source>
        <translation>Resolver: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="35"/>
        <source>Checking… %1 / %2</source>
        <translation>Prüfe… %1 / %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::DiagnosticsModel</name>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="51"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="52"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="53"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="94"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="95"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="96"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="97"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="98"/>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Abhilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="99"/>
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
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>BIND zone file snippets</source>
        <translation>BIND-Zonendatei-Ausschnitte</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>nsupdate script</source>
        <translation>nsupdate-Skript</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>tinydns data</source>
        <translation>tinydns-Daten</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="63"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="120"/>
        <source>Saved to %1. The file it replaced is kept as %2.</source>
        <translation>In %1 gespeichert. Die ersetzte Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="122"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="38"/>
        <location filename="../src/gui/ExportDialog.cpp" line="43"/>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="95"/>
        <source>Some records have errors (see Diagnostics): publishing them would give permerror.</source>
        <translation>Einige Einträge haben Fehler (siehe Diagnose): Sie zu veröffentlichen ergäbe permerror.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::LiveCheck</name>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="125"/>
        <source>DNS did not answer</source>
        <translation>DNS antwortete nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="127"/>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="129"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="131"/>
        <source>%n SPF records</source>
        <translation>
            <numerusform>%n SPF-Eintrag</numerusform>
            <numerusform>%n SPF-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="133"/>
        <source>record differs</source>
        <translation>Eintrag weicht ab</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="135"/>
        <location filename="../src/gui/MainWindow.cpp" line="261"/>
        <source>mail server not authorised</source>
        <translation>Mailserver nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="141"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="142"/>
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
        <location filename="../src/gui/MainWindow.cpp" line="48"/>
        <source>SPF Manager projects (*.spfproj);;All files (*)</source>
        <translation>SPF-Manager-Projekte (*.spfproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="54"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="55"/>
        <source>include target</source>
        <translation>include-Ziel</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="56"/>
        <source>dependent</source>
        <translation>abhängig</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="57"/>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="58"/>
        <source>null MX</source>
        <translation>Null-MX</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="59"/>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="60"/>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="70"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="71"/>
        <source>several SPF records (permerror)</source>
        <translation>mehrere SPF-Einträge (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>syntax error (permerror)</source>
        <translation>Syntaxfehler (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>DNS error (temperror)</source>
        <translation>DNS-Fehler (temperror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="74"/>
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="75"/>
        <source>depends on the message: not followed</source>
        <translation>hängt von der Nachricht ab: nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="76"/>
        <source>not walked (tree too large)</source>
        <translation>nicht durchlaufen (Baum zu groß)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="77"/>
        <source>waiting for DNS</source>
        <translation>wartet auf DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="302"/>
        <source>Copy Record</source>
        <translation>Eintrag kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="407"/>
        <source>Diagnostics (%1 errors, %2 warnings, %3 notes)</source>
        <translation>Diagnose (%1 Fehler, %2 Warnungen, %3 Hinweise)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="437"/>
        <source>(primary)</source>
        <translation>(Hauptdomain)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="441"/>
        <source>(mail server)</source>
        <translation>(Mailserver)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="445"/>
        <source>(parked)</source>
        <translation>(geparkt)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="445"/>
        <source>(dependent)</source>
        <translation>(abhängig)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="503"/>
        <source>Select a domain with an SPF policy to see its include tree.</source>
        <translation>Eine Domain mit SPF-Richtlinie auswählen, um ihren Include-Baum zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="522"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>past the limit of 10: receivers return permerror</source>
        <translation>über der Grenze von 10: Empfänger liefern permerror</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="539"/>
        <source>void lookup</source>
        <translation>leere Abfrage</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="541"/>
        <source>never evaluated</source>
        <translation>nie ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="558"/>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed, %3 records in the tree.</source>
        <translation>%1 von 10 erlaubten DNS-Abfragen, %2 von 2 erlaubten leeren Abfragen, %3 Einträge im Baum.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="563"/>
        <source>Over the limit: receivers return permerror; the whole tree is shown.</source>
        <translation>Über der Grenze: Empfänger liefern permerror; der ganze Baum wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="565"/>
        <source>The zone file could not be read: %1</source>
        <translation>Die Zonendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="619"/>
        <source>Select the domains to check first.</source>
        <translation>Zuerst die zu prüfenden Domains auswählen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="625"/>
        <source>Nothing to check: the project needs a primary domain.</source>
        <translation>Nichts zu prüfen: Das Projekt braucht eine Hauptdomain.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="651"/>
        <source>Check cancelled after %1 of %2 names; the rest stay unchecked.</source>
        <translation>Prüfung nach %1 von %2 Namen abgebrochen; der Rest bleibt ungeprüft.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="656"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="657"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="658"/>
        <source>Checked %1 names in %2: %3 ok, %4 with warnings, %5 with errors, %6 unreachable.</source>
        <translation>%1 Namen in %2 geprüft: %3 in Ordnung, %4 mit Warnungen, %5 mit Fehlern, %6 nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="686"/>
        <source>Copy %1 record (%2)</source>
        <translation>%1-Eintrag kopieren (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="712"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="714"/>
        <source>%1[*] — SPF Manager</source>
        <translation>%1[*] — SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="742"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="759"/>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="760"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="765"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="774"/>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="775"/>
        <source>%1 cannot be written; the file on disk is unchanged.

%2</source>
        <translation>%1 kann nicht geschrieben werden; die Datei auf dem Datenträger ist unverändert.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="780"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="793"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="806"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="842"/>
        <location filename="../src/gui/MainWindow.cpp" line="852"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="843"/>
        <source>The primary domain, whose policy the other domains include:</source>
        <translation>Die Hauptdomain, deren Richtlinie die anderen Domains einbinden:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="895"/>
        <location filename="../src/gui/MainWindow.cpp" line="902"/>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="896"/>
        <source>A domain that sends through %1&apos;s mail servers:</source>
        <translation>Eine Domain, die über die Mailserver von %1 sendet:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="926"/>
        <source>Add domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="957"/>
        <source>Adopt from DNS</source>
        <translation>Aus DNS übernehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="959"/>
        <source>%n domain(s) adopted.</source>
        <translation>
            <numerusform>%n Domain übernommen.</numerusform>
            <numerusform>%n Domains übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="977"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="984"/>
        <location filename="../src/gui/MainWindow.cpp" line="993"/>
        <location filename="../src/gui/MainWindow.cpp" line="1001"/>
        <location filename="../src/gui/MainWindow.cpp" line="1008"/>
        <source>Add Mail Server</source>
        <translation>Mailserver hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="984"/>
        <source>Host name and addresses, e.g. &quot;mail.example.com 192.0.2.25 2001:db8::25&quot;:</source>
        <translation>Hostname und Adressen, z. B. „mail.example.com 192.0.2.25 2001:db8::25“:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1001"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1035"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1041"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1049"/>
        <source>About SPF Manager</source>
        <translation>Über SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1050"/>
        <source>SPF Manager %1
Manages and verifies the SPF records of a mail server and its domains.</source>
        <translation>SPF Manager %1
Verwaltet und prüft die SPF-Einträge eines Mailservers und seiner Domains.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PolicyEditor</name>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="35"/>
        <source>- fail</source>
        <translation>- fail (abweisen)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="36"/>
        <source>~ softfail</source>
        <translation>~ softfail (verdächtig)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="37"/>
        <source>? neutral</source>
        <translation>? neutral</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="38"/>
        <source>+ pass</source>
        <translation>+ pass (erlauben)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="80"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="91"/>
        <source>Edit term</source>
        <translation>Term bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="103"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="186"/>
        <source>include:%1 (always first)</source>
        <translation>include:%1 (immer zuerst)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="203"/>
        <source>Qualifier of term %1</source>
        <translation>Qualifier von Term %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="204"/>
        <source>What a match of this term means: pass, fail, softfail or neutral.</source>
        <translation>Was ein Treffer dieses Terms bedeutet: pass, fail, softfail oder neutral.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="206"/>
        <source>modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="220"/>
        <source>Double-click to edit the term.</source>
        <translation>Doppelklicken, um den Term zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="289"/>
        <source>Add term %1</source>
        <translation>Term %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="301"/>
        <source>Remove term %1</source>
        <translation>Term %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="311"/>
        <source>Move term %1</source>
        <translation>Term %1 verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="326"/>
        <source>Change qualifier of %1</source>
        <translation>Qualifier von %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Change all to %1all</source>
        <translation>all auf %1all ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="345"/>
        <source>Park %1</source>
        <translation>%1 parken</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="345"/>
        <source>Unpark %1</source>
        <translation>%1 nicht mehr parken</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PublishedRecordView</name>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="40"/>
        <source>add %1 (term %2)</source>
        <translation>%1 hinzufügen (Term %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="41"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="42"/>
        <source>change %1 to %2</source>
        <translation>%1 in %2 ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="43"/>
        <source>move %1 to term %2</source>
        <translation>%1 an Term %2 verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="54"/>
        <source>Not checked yet: Check Live reads what DNS publishes.</source>
        <translation>Noch nicht geprüft: „Live prüfen“ liest, was im DNS veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="64"/>
        <source>Nothing published: no v=spf1 TXT record at this name.</source>
        <translation>Nichts veröffentlicht: kein v=spf1-TXT-Eintrag unter diesem Namen.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="68"/>
        <source>TTL %1 (generated: %2)</source>
        <translation>TTL %1 (erzeugt: %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="69"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="73"/>
        <source>DNS did not answer: what is published is not known.</source>
        <translation>DNS antwortete nicht: Was veröffentlicht ist, ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/PublishedRecordView.cpp" line="75"/>
        <source>%n SPF records are published: receivers return permerror (RFC 7208 §4.5).</source>
        <translation>
            <numerusform>%n SPF-Eintrag ist veröffentlicht: Empfänger liefern permerror (RFC 7208 §4.5).</numerusform>
            <numerusform>%n SPF-Einträge sind veröffentlicht: Empfänger liefern permerror (RFC 7208 §4.5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="78"/>
        <source>Same as the generated record.</source>
        <translation>Gleich dem erzeugten Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="80"/>
        <source>The name is an alias of %1.</source>
        <translation>Der Name ist ein Alias von %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="82"/>
        <source>The project was edited after this check: check again to compare with the new record.</source>
        <translation>Das Projekt wurde nach dieser Prüfung geändert: erneut prüfen, um mit dem neuen Eintrag zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="71"/>
        <source>the system&apos;s resolvers</source>
        <translation>die Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="72"/>
        <source>these servers</source>
        <translation>diese Server</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="73"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>die autoritativen Server jeder Domain</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="74"/>
        <source>as the system</source>
        <translation>wie das System</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="51"/>
        <source>Zone File</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="99"/>
        <source>List at least one server, or choose another way to ask.</source>
        <translation>Mindestens einen Server angeben oder eine andere Abfrageart wählen.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::TestSenderDialog</name>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="52"/>
        <source>the project&apos;s records and the zone file (what if)</source>
        <translation>den Einträgen des Projekts und der Zonendatei (Was-wäre-wenn)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="53"/>
        <source>live DNS</source>
        <translation>dem Live-DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="87"/>
        <source>Answers come from live DNS: %1 (Settings).</source>
        <translation>Die Antworten kommen aus dem Live-DNS: %1 (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="89"/>
        <source>Answers come from the project&apos;s generated records and the zone file chosen in Settings, as DNS will be once the records are published.</source>
        <translation>Die Antworten stammen aus den erzeugten Einträgen des Projekts und der in den Einstellungen gewählten Zonendatei – so, wie das DNS nach der Veröffentlichung aussehen wird.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="92"/>
        <source>The zone file could not be read: %1</source>
        <translation>Die Zonendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="108"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="114"/>
        <source>Give a sender address or a HELO name.</source>
        <translation>Eine Absenderadresse oder einen HELO-Namen angeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="56"/>
        <location filename="../src/gui/TestSenderDialog.cpp" line="137"/>
        <source>Asking DNS…</source>
        <translation>DNS wird gefragt…</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="152"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="155"/>
        <source>(matched %1 in %2)</source>
        <translation>(Treffer: %1 in %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="161"/>
        <source>Explanation: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="162"/>
        <source>%1 DNS lookups, %2 void.</source>
        <translation>%1 DNS-Abfragen, %2 leer.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="179"/>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="180"/>
        <source>term %1</source>
        <translation>Term %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="181"/>
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="182"/>
        <source>note %1</source>
        <translation>Hinweis %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="183"/>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
</context>
<context>
    <name>spfm::lint</name>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="78"/>
        <source>This is a Sender ID record (RFC 4406, historic): no receiver uses it, and SPF ignores it.</source>
        <translation>Dies ist ein Sender-ID-Eintrag (RFC 4406, historisch): Kein Empfänger verwendet ihn, und SPF ignoriert ihn.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="80"/>
        <source>Delete it; the v=spf1 record is the one that counts.</source>
        <translation>Löschen Sie ihn; der Eintrag mit v=spf1 ist der, der zählt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="89"/>
        <source>%1 comes before v=spf1: receivers do not recognise the record and treat the domain as having none.</source>
        <translation>%1 steht vor v=spf1: Empfänger erkennen den Eintrag nicht und behandeln die Domain, als hätte sie keinen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="93"/>
        <source>Remove everything before v=spf1 (quotes belong to the zone file syntax, not to the record).</source>
        <translation>Entfernen Sie alles vor v=spf1 (Anführungszeichen gehören zur Syntax der Zonendatei, nicht zum Eintrag).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="106"/>
        <source>%1 is not the SPF version tag: the record must start with v=spf1 followed by a space, or receivers ignore it.</source>
        <translation>%1 ist nicht die SPF-Versionsangabe: Der Eintrag muss mit v=spf1 und einem Leerzeichen beginnen, sonst ignorieren Empfänger ihn.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="110"/>
        <source>Start the record with exactly `v=spf1 `.</source>
        <translation>Beginnen Sie den Eintrag mit genau `v=spf1 `.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="122"/>
        <source>The domain is parked (sends no mail), but its record is %1: it still lets some senders pass or stay neutral.</source>
        <translation>Die Domain ist geparkt (versendet keine E-Mails), aber ihr Eintrag lautet %1: Er lässt manche Absender noch bestehen oder neutral bleiben.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="126"/>
        <source>Publish exactly `v=spf1 -all`.</source>
        <translation>Veröffentlichen Sie genau `v=spf1 -all`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="139"/>
        <source>The parked domain %1 has no null MX: senders will still try to deliver mail to it.</source>
        <translation>Die geparkte Domain %1 hat keinen Null-MX: Absender versuchen weiterhin, E-Mails an sie zuzustellen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="142"/>
        <source>Publish `%1. MX 0 .` (RFC 7505) instead of other MX records.</source>
        <translation>Veröffentlichen Sie `%1. MX 0 .` (RFC 7505) anstelle anderer MX-Einträge.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="158"/>
        <source>The parked domain %1 has no DMARC record with p=reject: receivers are not told to refuse mail forged in its name.</source>
        <translation>Die geparkte Domain %1 hat keinen DMARC-Eintrag mit p=reject: Empfängern wird nicht gesagt, in ihrem Namen gefälschte E-Mails abzuweisen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="162"/>
        <source>Publish `_dmarc.%1. TXT &quot;v=DMARC1; p=reject;&quot;`.</source>
        <translation>Veröffentlichen Sie `_dmarc.%1. TXT &quot;v=DMARC1; p=reject;&quot;`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="219"/>
        <source>The record&apos;s own terms spend %1 DNS lookups (limit %2)%3: receivers stop at %4 and return permerror.</source>
        <translation>Die eigenen Terme des Eintrags verbrauchen %1 DNS-Abfragen (Limit %2)%3: Empfänger halten bei %4 an und liefern permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="225"/>
        <source>, before counting its includes and redirect</source>
        <translation>, bevor seine includes und sein redirect mitgezählt sind</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="228"/>
        <source>Bring it to %1 or fewer: replace a/mx/include of fixed servers by ip4:/ip6:, drop ptr and unused includes.</source>
        <translation>Bringen Sie es auf %1 oder weniger: a/mx/include fester Server durch ip4:/ip6: ersetzen, ptr und unnötige includes streichen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="234"/>
        <source>The record&apos;s own terms spend %1 of %2 DNS lookups, and its includes and redirect spend more.</source>
        <translation>Die eigenen Terme des Eintrags verbrauchen %1 von %2 DNS-Abfragen, und seine includes und sein redirect verbrauchen weitere.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="237"/>
        <source>The record spends %1 of %2 DNS lookups: little headroom.</source>
        <translation>Der Eintrag verbraucht %1 von %2 DNS-Abfragen: wenig Spielraum.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="309"/>
        <source>A string of %1 octets cannot be one DNS character-string (at most 255, §3.3).</source>
        <translation>Ein String von %1 Oktetten kann kein einzelner DNS-Character-String sein (höchstens 255, §3.3).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="313"/>
        <source>Split the record into several quoted strings of at most 255 octets each; they are joined without spaces.</source>
        <translation>Teilen Sie den Eintrag in mehrere Strings in Anführungszeichen zu höchstens 255 Oktetten; sie werden ohne Leerzeichen zusammengefügt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="338"/>
        <source>The strings are joined without a space (§3.3), so %1 and %2 fuse into %3.</source>
        <translation>Die Strings werden ohne Leerzeichen zusammengefügt (§3.3), daher verschmelzen %1 und %2 zu %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="341"/>
        <source>End string %1 with a space, or start string %2 with one.</source>
        <translation>Beenden Sie String %1 mit einem Leerzeichen oder beginnen Sie String %2 mit einem.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="396"/>
        <source>The TXT query for %1 failed (%2): receivers return temperror.</source>
        <translation>Die TXT-Abfrage für %1 ist fehlgeschlagen (%2): Empfänger liefern temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="398"/>
        <source>Check that the domain&apos;s name servers answer (and agree).</source>
        <translation>Prüfen Sie, dass die Nameserver der Domain antworten (und übereinstimmen).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="405"/>
        <source>%1 does not exist (NXDOMAIN): mail from it gets result none, and most receivers reject it.</source>
        <translation>%1 existiert nicht (NXDOMAIN): E-Mail von dort erhält das Ergebnis none, und die meisten Empfänger weisen sie ab.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="409"/>
        <source>Create the domain&apos;s zone (or fix the name&apos;s spelling).</source>
        <translation>Legen Sie die Zone der Domain an (oder korrigieren Sie die Schreibweise des Namens).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="425"/>
        <source>%1 publishes no TXT record starting with v=spf1: receivers get result none and anyone can send as the domain.</source>
        <translation>%1 veröffentlicht keinen TXT-Eintrag, der mit v=spf1 beginnt: Empfänger erhalten das Ergebnis none, und jeder kann im Namen der Domain senden.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="428"/>
        <source>Publish a TXT record such as `v=spf1 mx -all`, or `v=spf1 -all` if the domain sends no mail.</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag wie `v=spf1 mx -all` oder `v=spf1 -all`, wenn die Domain keine E-Mails versendet.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="437"/>
        <source>%1 publishes %2 v=spf1 records (%3): receivers return permerror (§4.5).</source>
        <translation>%1 veröffentlicht %2 Einträge mit v=spf1 (%3): Empfänger liefern permerror (§4.5).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="442"/>
        <source>Merge them into one record and delete the others.</source>
        <translation>Führen Sie sie zu einem Eintrag zusammen und löschen Sie die anderen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="459"/>
        <source>%1 publishes its policy only as an obsolete SPF (type 99) record %2: receivers ignore type 99 (RFC 7208 §3.1), so they find no record.</source>
        <translation>%1 veröffentlicht seine Richtlinie nur als veralteten SPF-Eintrag (Typ 99) %2: Empfänger ignorieren Typ 99 (RFC 7208 §3.1) und finden daher keinen Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="463"/>
        <source>Publish %1 as a TXT record at %2, then delete the type 99 record.</source>
        <translation>Veröffentlichen Sie %1 als TXT-Eintrag bei %2 und löschen Sie dann den Eintrag vom Typ 99.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="470"/>
        <source>%1 still publishes an SPF (type 99) record; RFC 7208 §3.1 uses TXT only.</source>
        <translation>%1 veröffentlicht noch einen SPF-Eintrag (Typ 99); RFC 7208 §3.1 verwendet nur TXT.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="474"/>
        <source>Delete the type 99 record; keep the TXT record.</source>
        <translation>Löschen Sie den Eintrag vom Typ 99; behalten Sie den TXT-Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="477"/>
        <source>The type 99 record %1 differs from the TXT record %2: old receivers may apply a different policy.</source>
        <translation>Der Eintrag vom Typ 99 %1 weicht vom TXT-Eintrag %2 ab: Alte Empfänger wenden womöglich eine andere Richtlinie an.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="481"/>
        <source>Delete the type 99 record.</source>
        <translation>Löschen Sie den Eintrag vom Typ 99.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="72"/>
        <source>Write %1: a bare address is not a term.</source>
        <translation>Schreiben Sie %1: Eine bloße Adresse ist kein Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="79"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="492"/>
        <source>Write %1.</source>
        <translation>Schreiben Sie %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="83"/>
        <source>Write %1: the all mechanism takes nothing after it.</source>
        <translation>Schreiben Sie %1: Der Mechanismus all nimmt nichts dahinter.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="86"/>
        <source>Remove it: the version tag `v=spf1` is written once, at the start.</source>
        <translation>Entfernen Sie es: Die Versionsangabe `v=spf1` steht einmal, am Anfang.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="103"/>
        <source>Did you mean %1? Valid mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.</source>
        <translation>Meinten Sie %1? Gültige Mechanismen sind all, include, a, mx, ptr, ip4, ip6 und exists.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="108"/>
        <source>Use one of the mechanisms all, include, a, mx, ptr, ip4, ip6, exists, or remove the term.</source>
        <translation>Verwenden Sie einen der Mechanismen all, include, a, mx, ptr, ip4, ip6, exists oder entfernen Sie den Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="119"/>
        <source>Mechanisms take `:` before their argument, modifiers take `=`.</source>
        <translation>Mechanismen nehmen `:` vor ihrem Argument, Modifikatoren `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="123"/>
        <source>Write %1: modifiers take `=`.</source>
        <translation>Schreiben Sie %1: Modifikatoren nehmen `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="125"/>
        <source>Write %1: mechanisms take `:`.</source>
        <translation>Schreiben Sie %1: Mechanismen nehmen `:`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="134"/>
        <source>Put a space before %1: write %2.</source>
        <translation>Setzen Sie ein Leerzeichen vor %1: Schreiben Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="142"/>
        <source>Use one of + - ~ ? before a mechanism (or none, meaning +); modifiers take no qualifier.</source>
        <translation>Verwenden Sie eines von + - ~ ? vor einem Mechanismus (oder keines, das bedeutet +); Modifikatoren nehmen keinen Qualifikator.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="147"/>
        <source>Write %1: all takes no argument or prefix length.</source>
        <translation>Schreiben Sie %1: all nimmt weder Argument noch Präfixlänge.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="150"/>
        <source>Give the domain, e.g. %1, or remove the term.</source>
        <translation>Geben Sie die Domain an, z. B. %1, oder entfernen Sie den Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="155"/>
        <source>Write %1: addresses go in ip4:/ip6:, a and mx take host names.</source>
        <translation>Schreiben Sie %1: Adressen gehören in ip4:/ip6:, a und mx nehmen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="160"/>
        <source>Give a fully qualified domain: at least two labels, each 1 to 63 octets, a top label that is not all digits, no empty labels.</source>
        <translation>Geben Sie eine vollqualifizierte Domain an: mindestens zwei Labels zu je 1 bis 63 Oktetten, ein oberstes Label, das nicht nur aus Ziffern besteht, keine leeren Labels.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="165"/>
        <source>Close every %{ with }, write %% for a literal percent sign, and use only the macro letters s l o d i p h v.</source>
        <translation>Schließen Sie jedes %{ mit }, schreiben Sie %% für ein wörtliches Prozentzeichen und verwenden Sie nur die Makrobuchstaben s l o d i p h v.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="169"/>
        <source>Remove %{c}, %{r} and %{t}: they are only allowed in the explanation text exp= points to.</source>
        <translation>Entfernen Sie %{c}, %{r} und %{t}: Sie sind nur im Erklärungstext erlaubt, auf den exp= zeigt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="175"/>
        <source>ip4:/ip6: take literal addresses; macros are not expanded there. Use exists: or a: for a computed name.</source>
        <translation>ip4:/ip6: nehmen wörtliche Adressen; Makros werden dort nicht expandiert. Verwenden Sie exists: oder a: für einen berechneten Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="182"/>
        <source>Write %1: this is an IPv6 address.</source>
        <translation>Schreiben Sie %1: Dies ist eine IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="185"/>
        <source>Write %1: this is an IPv4 address.</source>
        <translation>Schreiben Sie %1: Dies ist eine IPv4-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="187"/>
        <source>Write the address in full: a dotted quad such as 192.0.2.10 for ip4:, RFC 4291 text such as 2001:db8::10 for ip6:.</source>
        <translation>Schreiben Sie die Adresse vollständig: ein Quad mit Punkten wie 192.0.2.10 für ip4:, Text nach RFC 4291 wie 2001:db8::10 für ip6:.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="192"/>
        <source>Use a prefix length of 0 to 32 for IPv4 and 0 to 128 for IPv6, without leading zeros; ip4:/ip6: take one length, a and mx take /len4//len6.</source>
        <translation>Verwenden Sie eine Präfixlänge von 0 bis 32 für IPv4 und 0 bis 128 für IPv6, ohne führende Nullen; ip4:/ip6: nehmen eine Länge, a und mx /len4//len6.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="196"/>
        <source>Remove the prefix length: include, exists, ptr and all take none.</source>
        <translation>Entfernen Sie die Präfixlänge: include, exists, ptr und all nehmen keine.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="199"/>
        <source>A modifier name starts with a letter and has only letters, digits, `-`, `_` and `.`.</source>
        <translation>Ein Modifikatorname beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern, `-`, `_` und `.`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="202"/>
        <source>Remove the control or non-ASCII characters: an SPF record is printable ASCII.</source>
        <translation>Entfernen Sie die Steuer- oder Nicht-ASCII-Zeichen: Ein SPF-Eintrag ist druckbares ASCII.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="205"/>
        <source>Separate terms with spaces only: no tabs, commas or line breaks.</source>
        <translation>Trennen Sie Terme nur mit Leerzeichen: keine Tabulatoren, Kommas oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="208"/>
        <source>Keep only one %1.</source>
        <translation>Behalten Sie nur ein %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="211"/>
        <source>Start the record with exactly `v=spf1` followed by a space.</source>
        <translation>Beginnen Sie den Eintrag mit genau `v=spf1`, gefolgt von einem Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="294"/>
        <source>%1 has host bits set: it matches the whole network %2, not only %3.</source>
        <translation>In %1 sind Hostbits gesetzt: Es passt auf das ganze Netz %2, nicht nur auf %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="300"/>
        <source>Write %1 for the network, or %2 for the single host.</source>
        <translation>Schreiben Sie %1 für das Netz oder %2 für den einzelnen Host.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="305"/>
        <source>every %1 address</source>
        <translation>jede %1-Adresse</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="307"/>
        <source>a /%1 network</source>
        <translation>ein /%1-Netz</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="310"/>
        <source>%1 authorises %2; no single sender owns that much.</source>
        <translation>%1 erlaubt %2; so viel gehört keinem einzelnen Absender.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="312"/>
        <source>List only the networks your mail servers send from (e.g. /24 or narrower for IPv4, /48 or narrower for IPv6).</source>
        <translation>Führen Sie nur die Netze auf, aus denen Ihre Mailserver senden (z. B. /24 oder enger für IPv4, /48 oder enger für IPv6).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="319"/>
        <source>%1 is in the documentation range %2 (%3); it never sends real mail.</source>
        <translation>%1 liegt im Dokumentationsbereich %2 (%3); von dort kommt nie echte E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="322"/>
        <source>Replace the example address with your server&apos;s real address.</source>
        <translation>Ersetzen Sie die Beispieladresse durch die echte Adresse Ihres Servers.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="326"/>
        <source>%1 is in the %2 range %3 (%4): receivers on the internet never see mail from it.</source>
        <translation>%1 liegt im Bereich %2 %3 (%4): Empfänger im Internet sehen nie E-Mail von dort.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="331"/>
        <source>Use the public address your mail server sends from (the one receivers see), and drop this term.</source>
        <translation>Verwenden Sie die öffentliche Adresse, von der Ihr Mailserver sendet (die die Empfänger sehen), und streichen Sie diesen Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="365"/>
        <source>%1 is already covered by %2.</source>
        <translation>%1 ist bereits durch %2 abgedeckt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="367"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="692"/>
        <source>Remove %1.</source>
        <translation>Entfernen Sie %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="403"/>
        <source>%1 never applies: %2 comes first and already matches every address it covers, with another qualifier.</source>
        <translation>%1 greift nie: %2 kommt zuerst und passt bereits auf jede Adresse, die es abdeckt, mit einem anderen Qualifikator.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="406"/>
        <source>Move %1 before %2 if its qualifier should win, or remove it.</source>
        <translation>Setzen Sie %1 vor %2, wenn sein Qualifikator gelten soll, oder entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="433"/>
        <source>Write %1: the all mechanism takes no argument.</source>
        <translation>Schreiben Sie %1: Der Mechanismus all nimmt kein Argument.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="436"/>
        <source>Write %1 followed by its argument: mechanisms take `:`, not `=`.</source>
        <translation>Schreiben Sie %1, gefolgt von seinem Argument: Mechanismen nehmen `:`, nicht `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="440"/>
        <source>Write %1: mechanisms take `:`, not `=`.</source>
        <translation>Schreiben Sie %1: Mechanismen nehmen `:`, nicht `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="444"/>
        <source>%1 is not the %2 mechanism: with `=` it is an unknown modifier, which receivers ignore (RFC 7208 §6), so the intended %2 mechanism is never evaluated.</source>
        <translation>%1 ist nicht der Mechanismus %2: Mit `=` ist es ein unbekannter Modifikator, den Empfänger ignorieren (RFC 7208 §6), daher wird der beabsichtigte Mechanismus %2 nie ausgewertet.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="461"/>
        <source>%1 inside the record looks like two records merged into one.</source>
        <translation>%1 im Eintrag sieht nach zwei zu einem verschmolzenen Einträgen aus.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="463"/>
        <source>Remove %1 and merge the terms of the two records.</source>
        <translation>Entfernen Sie %1 und führen Sie die Terme der beiden Einträge zusammen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="470"/>
        <source>%1 is from pre-standard SPF drafts; RFC 7208 receivers ignore it.</source>
        <translation>%1 stammt aus Entwürfen vor dem Standard; Empfänger nach RFC 7208 ignorieren es.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="473"/>
        <source>Remove it and end the record with the matching all, e.g. `%1all`.</source>
        <translation>Entfernen Sie es und beenden Sie den Eintrag mit dem passenden all, z. B. `%1all`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="479"/>
        <source>Remove it.</source>
        <translation>Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="488"/>
        <source>%1 is not a modifier receivers know: it is ignored, so the %2= you meant never applies.</source>
        <translation>%1 ist kein Modifikator, den Empfänger kennen: Er wird ignoriert, also greift das gemeinte %2= nie.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="498"/>
        <source>%1 is an unknown modifier; receivers ignore it (§6).</source>
        <translation>%1 ist ein unbekannter Modifikator; Empfänger ignorieren ihn (§6).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="500"/>
        <source>Remove it unless a tool of yours reads it.</source>
        <translation>Entfernen Sie ihn, sofern kein eigenes Werkzeug ihn liest.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="511"/>
        <source>The record is %1 octets: the DNS answer cannot fit a 512-octet UDP reply, and some receivers give up over TCP.</source>
        <translation>Der Eintrag hat %1 Oktette: Die DNS-Antwort passt nicht in eine UDP-Antwort von 512 Oktetten, und manche Empfänger geben über TCP auf.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="515"/>
        <source>Shorten it: merge networks, move hosts into an include: of a sub-domain, drop terms that are never reached.</source>
        <translation>Kürzen Sie ihn: Netze zusammenfassen, Hosts in ein include: einer Subdomain verschieben, nie erreichte Terme streichen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="520"/>
        <source>The record is %1 octets; RFC 7208 §3.4 advises staying under 450 so the whole answer fits in 512.</source>
        <translation>Der Eintrag hat %1 Oktette; RFC 7208 §3.4 rät, unter 450 zu bleiben, damit die ganze Antwort in 512 passt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="524"/>
        <source>Shorten it: merge networks, move hosts into an include: of a sub-domain.</source>
        <translation>Kürzen Sie ihn: Netze zusammenfassen, Hosts in ein include: einer Subdomain verschieben.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="538"/>
        <source>Byte 0x%1 at offset %2 is not ASCII: receivers reject the record.</source>
        <translation>Das Byte 0x%1 an Position %2 ist kein ASCII: Empfänger verwerfen den Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="542"/>
        <source>Retype the term in plain ASCII (watch for typographic dashes and non-breaking spaces); write internationalised names in their xn-- form.</source>
        <translation>Tippen Sie den Term in reinem ASCII neu (Vorsicht bei typografischen Strichen und geschützten Leerzeichen); schreiben Sie internationalisierte Namen in ihrer xn---Form.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="555"/>
        <source>%1 is not valid.</source>
        <translation>%1 ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="574"/>
        <source> (at offset %1)</source>
        <translation> (an Position %1)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="601"/>
        <source>%1 comes before mechanisms; RFC 7208 §6 advises putting modifiers last.</source>
        <translation>%1 steht vor Mechanismen; RFC 7208 §6 rät, Modifikatoren ans Ende zu setzen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="604"/>
        <source>Move %1 to the end of the record.</source>
        <translation>Setzen Sie %1 ans Ende des Eintrags.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="615"/>
        <source>The modifier %1 is given twice.</source>
        <translation>Der Modifikator %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="617"/>
        <source>Keep one %1.</source>
        <translation>Behalten Sie nur ein %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="629"/>
        <source>%1 repeats all; only the first all can ever match.</source>
        <translation>%1 wiederholt all; nur das erste all kann je passen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="631"/>
        <source>Keep one all, at the end.</source>
        <translation>Behalten Sie ein all, am Ende.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="638"/>
        <source>%1 and %2 more mechanism(s) come after %3 and are never evaluated.</source>
        <translation>%1 und %2 weitere Mechanismen stehen nach %3 und werden nie ausgewertet.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="643"/>
        <source>Move %1 to the end of the record, after the mechanisms you want checked.</source>
        <translation>Setzen Sie %1 ans Ende des Eintrags, hinter die Mechanismen, die geprüft werden sollen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="654"/>
        <source>%1 authorises every address on the internet to send as this domain.</source>
        <translation>%1 erlaubt jeder Adresse im Internet, im Namen dieser Domain zu senden.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="657"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="665"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="710"/>
        <source>End the record with `-all` (or `~all` while you test).</source>
        <translation>Beenden Sie den Eintrag mit `-all` (oder `~all`, solange Sie testen).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="662"/>
        <source>%1 gives unlisted senders a neutral result: no protection.</source>
        <translation>%1 gibt nicht aufgeführten Absendern ein neutrales Ergebnis: kein Schutz.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="672"/>
        <source>%1: RFC 7208 §5.5 says ptr SHOULD NOT be used; it is slow, unreliable and some receivers skip it.</source>
        <translation>%1: Laut RFC 7208 §5.5 SOLLTE ptr NICHT verwendet werden; es ist langsam, unzuverlässig und manche Empfänger überspringen es.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="675"/>
        <source>Replace it with ip4:/ip6: for your servers&apos; addresses, or a: with their names.</source>
        <translation>Ersetzen Sie es durch ip4:/ip6: für die Adressen Ihrer Server oder durch a: mit ihren Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="688"/>
        <source>%1 includes %2 again: it spends lookups for nothing (the first %3 already decided).</source>
        <translation>%1 bindet %2 erneut ein: Das kostet Abfragen ohne Nutzen (das erste %3 hat bereits entschieden).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="698"/>
        <source>%1 repeats an earlier term.</source>
        <translation>%1 wiederholt einen früheren Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="699"/>
        <source>Remove the second %1.</source>
        <translation>Entfernen Sie das zweite %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="708"/>
        <source>The record has neither all nor redirect=: unlisted senders get neutral (§4.7), which protects nothing.</source>
        <translation>Der Eintrag hat weder all noch redirect=: Nicht aufgeführte Absender erhalten neutral (§4.7), was nichts schützt.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="715"/>
        <source>%1 is ignored because the record has %2 (§6.1).</source>
        <translation>%1 wird ignoriert, weil der Eintrag %2 enthält (§6.1).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="717"/>
        <source>Remove %1, or remove %2 if the redirect target&apos;s policy should apply.</source>
        <translation>Entfernen Sie %1, oder entfernen Sie %2, wenn die Richtlinie des Redirect-Ziels gelten soll.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="73"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="74"/>
        <source>%1 record(s)</source>
        <translation>%1 Eintrag/Einträge</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="104"/>
        <source>not an SPF version 1 record</source>
        <translation>kein SPF-Eintrag der Version 1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="170"/>
        <source>TXT query failed: %1</source>
        <translation>TXT-Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="183"/>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>die Domain existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="184"/>
        <source>no v=spf1 TXT record</source>
        <translation>kein TXT-Eintrag mit v=spf1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="192"/>
        <source>%1 v=spf1 records</source>
        <translation>%1 v=spf1-Einträge</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="203"/>
        <source>%1 is not valid</source>
        <translation>%1 ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="267"/>
        <source>the target depends on the message (%1); not followed</source>
        <translation>das Ziel hängt von der Nachricht ab (%1); nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="270"/>
        <source>%1 names a domain built from the message being checked; the linter cannot follow it and counts it as one lookup.</source>
        <translation>%1 nennt eine Domain, die aus der geprüften Nachricht gebildet wird; der Linter kann ihr nicht folgen und zählt sie als eine Abfrage.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="274"/>
        <source>Nothing to fix if this is intended; check it with check-host for a real sender.</source>
        <translation>Nichts zu beheben, wenn das so gewollt ist; prüfen Sie es mit check-host für einen echten Absender.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="293"/>
        <source>The %1 query for %2 failed (%3): receivers return temperror here.</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen (%3): Empfänger liefern hier temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="296"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="372"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="403"/>
        <source>Fix the DNS servers of %1, or remove the term.</source>
        <translation>Reparieren Sie die DNS-Server von %1 oder entfernen Sie den Term.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="311"/>
        <source>%1 has no AAAA record although the policy lists IPv6 networks: %2 never matches an IPv6 client and costs a void lookup for it.</source>
        <translation>%1 hat keinen AAAA-Eintrag, obwohl die Richtlinie IPv6-Netze aufführt: %2 passt nie auf einen IPv6-Client und kostet dafür eine leere Abfrage.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="315"/>
        <source>Publish the AAAA record of %1, or list its IPv6 address with ip6:.</source>
        <translation>Veröffentlichen Sie den AAAA-Eintrag von %1 oder führen Sie seine IPv6-Adresse mit ip6: auf.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="328"/>
        <source>%1 looks up %2/%3, which has no records: the term never matches and counts as a void lookup (at most 2 allowed).</source>
        <translation>%1 fragt %2/%3 ab, das keine Einträge hat: Der Term passt nie und zählt als leere Abfrage (höchstens 2 erlaubt).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="332"/>
        <source>Remove %1, or publish the %2 record of %3.</source>
        <translation>Entfernen Sie %1 oder veröffentlichen Sie den %2-Eintrag von %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="357"/>
        <source>needs the client&apos;s address; not looked up</source>
        <translation>braucht die Adresse des Clients; nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="369"/>
        <source>The A query for %1 failed (%2): receivers return temperror here.</source>
        <translation>Die A-Abfrage für %1 ist fehlgeschlagen (%2): Empfänger liefern hier temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="400"/>
        <source>The MX query for %1 failed (%2): receivers return temperror here.</source>
        <translation>Die MX-Abfrage für %1 ist fehlgeschlagen (%2): Empfänger liefern hier temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="416"/>
        <source>%1 has a null MX (RFC 7505): it receives no mail, so %2 never matches.</source>
        <translation>%1 hat einen Null-MX (RFC 7505): Es empfängt keine E-Mail, also passt %2 nie.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="419"/>
        <source>Remove %1; list the sending servers with ip4:/ip6: or a:.</source>
        <translation>Entfernen Sie %1; führen Sie die sendenden Server mit ip4:/ip6: oder a: auf.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="426"/>
        <source>%1 has %2 MX names; receivers return permerror for an mx with more than %3 (§4.6.4).</source>
        <translation>%1 hat %2 MX-Namen; Empfänger liefern permerror für ein mx mit mehr als %3 (§4.6.4).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="432"/>
        <source>Replace %1 by ip4:/ip6: or a: terms for the servers that send mail.</source>
        <translation>Ersetzen Sie %1 durch ip4:/ip6:- oder a:-Terme für die Server, die E-Mail senden.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="444"/>
        <source>None of the MX hosts of %1 has an address: %2 never matches.</source>
        <translation>Keiner der MX-Hosts von %1 hat eine Adresse: %2 passt nie.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="447"/>
        <source>Publish A/AAAA records for the MX hosts, or remove %1.</source>
        <translation>Veröffentlichen Sie A/AAAA-Einträge für die MX-Hosts oder entfernen Sie %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="462"/>
        <source>the TXT query for %1 failed (%2)</source>
        <translation>die TXT-Abfrage für %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="465"/>
        <source>%1 has no TXT record</source>
        <translation>%1 hat keinen TXT-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="467"/>
        <source>%1 has %2 TXT records (§6.2 needs exactly one)</source>
        <translation>%1 hat %2 TXT-Einträge (§6.2 verlangt genau einen)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="475"/>
        <source>the explanation text is not a valid macro-string: %1</source>
        <translation>der Erklärungstext ist kein gültiger Makro-String: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="481"/>
        <source>%1: %2, so receivers silently drop the explanation.</source>
        <translation>%1: %2, daher verwerfen Empfänger die Erklärung stillschweigend.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="483"/>
        <source>Publish exactly one TXT record with valid explanation text at %1, or remove %2.</source>
        <translation>Veröffentlichen Sie bei %1 genau einen TXT-Eintrag mit gültigem Erklärungstext oder entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="508"/>
        <source>%1 closes a loop: %2. Receivers follow it until the lookup limit and return permerror.</source>
        <translation>%1 schließt eine Schleife: %2. Empfänger folgen ihr bis zum Abfragelimit und liefern permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="512"/>
        <source>Remove %1 from %2&apos;s record.</source>
        <translation>Entfernen Sie %1 aus dem Eintrag von %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="521"/>
        <source>The include tree has more than %1 records; the walk stopped at %2, so the counts are lower than the truth.</source>
        <translation>Der include-Baum hat mehr als %1 Einträge; der Durchlauf hielt bei %2 an, die Zählungen liegen also unter dem wahren Wert.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="527"/>
        <source>Flatten the includes: the tree is far over any receiver&apos;s limit anyway.</source>
        <translation>Flachen Sie die includes ab: Der Baum liegt ohnehin weit über dem Limit jedes Empfängers.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="541"/>
        <source>%1 points to %2: %3. Receivers return permerror (§%4), not &quot;no match&quot;.</source>
        <translation>%1 verweist auf %2: %3. Empfänger liefern permerror (§%4), nicht „kein Treffer“.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="545"/>
        <source>Publish an SPF record at %1, or fix the name in %2.</source>
        <translation>Veröffentlichen Sie einen SPF-Eintrag bei %1 oder korrigieren Sie den Namen in %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="552"/>
        <source>%1: the record of %2 fails (%3), so receivers return %4 here.</source>
        <translation>%1: Der Eintrag von %2 scheitert (%3), daher liefern Empfänger hier %4.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="556"/>
        <source>Fix the record at %1 (lint it on its own), or remove %2.</source>
        <translation>Korrigieren Sie den Eintrag bei %1 (prüfen Sie ihn einzeln) oder entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="565"/>
        <source>%1 hands the policy to %2, which ends in %3: every address passes.</source>
        <translation>%1 übergibt die Richtlinie an %2, das auf %3 endet: Jede Adresse besteht.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="568"/>
        <source>Have %1 end in -all, or point the redirect elsewhere.</source>
        <translation>Lassen Sie %1 auf -all enden oder lassen Sie das Redirect woanders hin zeigen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="573"/>
        <source>%1: %2 ends in %3, so the include matches every address on the internet.</source>
        <translation>%1: %2 endet auf %3, also passt das include auf jede Adresse im Internet.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="576"/>
        <source>Have %1 end in -all or ~all, or remove %2.</source>
        <translation>Lassen Sie %1 auf -all oder ~all enden oder entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="750"/>
        <source>an address no term matches</source>
        <translation>eine Adresse, auf die kein Term passt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="755"/>
        <source>The client %1 costs %2 DNS lookups (limit %3; %4 over the whole tree): receivers stop at %5 in %6&apos;s record and return permerror.</source>
        <translation>Der Client %1 kostet %2 DNS-Abfragen (Limit %3; %4 im ganzen Baum): Empfänger halten bei %5 im Eintrag von %6 an und liefern permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="758"/>
        <source>A client address that no term matches (e.g. %1) costs %2 DNS lookups (limit %3; %4 over the whole tree): receivers stop at %5 in %6&apos;s record and return permerror.</source>
        <translation>Eine Client-Adresse, auf die kein Term passt (z. B. %1), kostet %2 DNS-Abfragen (Limit %3; %4 im ganzen Baum): Empfänger halten bei %5 im Eintrag von %6 an und liefern permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="767"/>
        <source>Bring it to %1 or fewer: replace a/mx/include of fixed servers by ip4:/ip6:, drop ptr and unused includes, flatten includes you control.</source>
        <translation>Bringen Sie es auf %1 oder weniger: a/mx/include fester Server durch ip4:/ip6: ersetzen, ptr und unnötige includes streichen, eigene includes abflachen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="773"/>
        <source>The limit bites only for some clients: senders matched before %1 still get their result, every other address (worst case e.g. %2) gets permerror there.</source>
        <translation>Das Limit greift nur für manche Clients: Absender, die vor %1 passen, erhalten weiter ihr Ergebnis, jede andere Adresse (schlimmstenfalls z. B. %2) erhält dort permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="777"/>
        <source>Do not rely on it: put your own servers&apos; terms first, and bring the total to %1 or fewer.</source>
        <translation>Verlassen Sie sich nicht darauf: Setzen Sie die Terme Ihrer eigenen Server an den Anfang und bringen Sie die Summe auf %1 oder weniger.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="784"/>
        <source>The tree holds %1 DNS-querying terms, but lazy evaluation spends at most %2: the rest are never evaluated. Checkers that count statically report it as over the limit.</source>
        <translation>Der Baum enthält %1 DNS-abfragende Terme, aber die verzögerte Auswertung verbraucht höchstens %2: Der Rest wird nie ausgewertet. Prüfer, die statisch zählen, melden ihn als über dem Limit.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="790"/>
        <source>Remove the terms that are never evaluated (after all, or a redirect= beside all).</source>
        <translation>Entfernen Sie die Terme, die nie ausgewertet werden (nach all oder ein redirect= neben all).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="795"/>
        <source>%1 of %2 DNS lookups used: a change in an include you do not control can push it over.</source>
        <translation>%1 von %2 DNS-Abfragen verbraucht: Eine Änderung in einem include, das Sie nicht verwalten, kann das Limit überschreiten.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="241"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="800"/>
        <source>Keep a margin: replace a/mx of fixed servers by ip4:/ip6:, drop unused includes.</source>
        <translation>Halten Sie Reserve: a/mx fester Server durch ip4:/ip6: ersetzen, unnötige includes streichen.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="806"/>
        <source>%1 void lookups on the way (limit %2): receivers return permerror at %3.</source>
        <translation>%1 leere Abfragen auf dem Weg (Limit %2): Empfänger liefern bei %3 permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="811"/>
        <source>Remove the terms whose names have no records (see the void-lookup warnings).</source>
        <translation>Entfernen Sie die Terme, deren Namen keine Einträge haben (siehe die Warnungen zu leeren Abfragen).</translation>
    </message>
</context>
<context>
    <name>spfm::project</name>
    <message>
        <location filename="../src/core/project/DomainList.cpp" line="25"/>
        <source>%1 is already listed above.</source>
        <translation>%1 steht bereits weiter oben in der Liste.</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="29"/>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>„%1“ ist kein gültiger Domainname: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="41"/>
        <source>The domain name is empty.</source>
        <translation>Der Domainname ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="48"/>
        <location filename="../src/core/project/DomainName.cpp" line="92"/>
        <source>it contains the character %1</source>
        <translation>er enthält das Zeichen %1</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="59"/>
        <source>it cannot be converted to its ASCII (IDNA) form</source>
        <translation>er lässt sich nicht in seine ASCII-Form (IDNA) umwandeln</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="69"/>
        <source>it is %1 octets long, the limit is 253</source>
        <translation>er ist %1 Oktette lang, die Grenze ist 253</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="81"/>
        <source>it has an empty label</source>
        <translation>er hat ein leeres Label</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="85"/>
        <source>the label &quot;%1&quot; is %2 octets long, the limit is 63</source>
        <translation>das Label „%1“ ist %2 Oktette lang, die Grenze ist 63</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="98"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>das Label „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="107"/>
        <source>it needs at least two labels (like example.com)</source>
        <translation>er braucht mindestens zwei Labels (wie example.com)</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="113"/>
        <source>its last label is all digits</source>
        <translation>sein letztes Label besteht nur aus Ziffern</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="121"/>
        <source>the label &quot;%1&quot; is not a valid internationalised label</source>
        <translation>das Label „%1“ ist kein gültiges internationalisiertes Label</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="141"/>
        <source>Correct or remove the term.</source>
        <translation>Korrigieren oder entfernen Sie den Term.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="181"/>
        <source>The primary&apos;s policy ends in +all: every host on the Internet may send mail as %1 and as every dependent domain.</source>
        <translation>Die Richtlinie der Hauptdomain endet auf +all: Jeder Host im Internet darf E-Mails als %1 und als jede abhängige Domain senden.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="186"/>
        <source>Use -all (or ~all while testing) and list the real senders.</source>
        <translation>Verwenden Sie -all (oder ~all beim Testen) und führen Sie die echten Absender auf.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="220"/>
        <source>%1 ends in +all: every host on the Internet may send mail as it.</source>
        <translation>%1 endet auf +all: Jeder Host im Internet darf E-Mails in ihrem Namen senden.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="223"/>
        <source>Use -all or ~all.</source>
        <translation>Verwenden Sie -all oder ~all.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="243"/>
        <source>The obsolete SPF record type (99) is exported on request. RFC 7208 §3.1 removed it: receivers read only TXT, and two copies can drift apart.</source>
        <translation>Der veraltete SPF-Eintragstyp (99) wird auf Wunsch exportiert. RFC 7208 §3.1 hat ihn abgeschafft: Empfänger lesen nur TXT, und zwei Kopien können auseinanderlaufen.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="247"/>
        <source>Turn off &quot;spf_rr_type99&quot; unless a receiver you must serve still asks for type 99.</source>
        <translation>Schalten Sie „spf_rr_type99“ ab, sofern nicht ein Empfänger, den Sie bedienen müssen, noch nach Typ 99 fragt.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="293"/>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="297"/>
        <source>Evaluating %1 takes %2%3 DNS lookups (its own terms plus the included policy); the limit is 10 and receivers return permerror past it.</source>
        <translation>Die Auswertung von %1 braucht %2%3 DNS-Abfragen (die eigenen Terme plus die eingebundene Richtlinie); das Limit ist 10, darüber liefern Empfänger permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="303"/>
        <source>Replace a, mx and include terms of the primary&apos;s policy by ip4:/ip6: terms.</source>
        <translation>Ersetzen Sie a-, mx- und include-Terme der Richtlinie der Hauptdomain durch ip4:/ip6:-Terme.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="318"/>
        <source>Evaluating %1 takes %2%3 of the 10 allowed DNS lookups.</source>
        <translation>Die Auswertung von %1 braucht %2%3 der 10 erlaubten DNS-Abfragen.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="321"/>
        <source>Keep headroom for includes that may grow.</source>
        <translation>Halten Sie Reserve für includes, die wachsen können.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="331"/>
        <source>The record for %1 is %2 octets; over 450 the DNS answer may not fit in 512 octets (RFC 7208 §3.4).</source>
        <translation>Der Eintrag für %1 hat %2 Oktette; über 450 passt die DNS-Antwort womöglich nicht in 512 Oktette (RFC 7208 §3.4).</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="336"/>
        <source>Shorten the policy or move terms to a dedicated include.</source>
        <translation>Kürzen Sie die Richtlinie oder verschieben Sie Terme in ein eigenes include.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="361"/>
        <source>The policy of %1 has redirect= and ends in %2all: receivers ignore redirect= when the record has all, so the redirect target never applies.</source>
        <translation>Die Richtlinie von %1 hat redirect= und endet auf %2all: Empfänger ignorieren redirect=, wenn der Eintrag all enthält, daher gilt das Ziel des redirect nie.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="366"/>
        <source>Set its all to &quot;none&quot; (no all) so the redirect target decides, or remove the redirect= term.</source>
        <translation>Setzen Sie ihr all auf „none“ (kein all), damit das Ziel des redirect entscheidet, oder entfernen Sie den Term redirect=.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="382"/>
        <source>The mail server&apos;s HELO name %1 is also a project domain; its policy there answers HELO checks, so no separate HELO record is generated.</source>
        <translation>Der HELO-Name %1 des Mailservers ist auch eine Domain des Projekts; deren Richtlinie beantwortet HELO-Prüfungen, daher wird kein eigener HELO-Eintrag erzeugt.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="387"/>
        <source>Make sure that policy authorises the server&apos;s own addresses (ip4:/ip6: or a).</source>
        <translation>Stellen Sie sicher, dass diese Richtlinie die eigenen Adressen des Servers erlaubt (ip4:/ip6: oder a).</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="44"/>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>„%1“ ist kein Servername und keine Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="48"/>
        <source>The TSIG key must look like [algorithm:]name:base64secret.</source>
        <translation>Der TSIG-Schlüssel muss die Form [algorithm:]name:base64secret haben.</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="97"/>
        <source>%1: left out of the nsupdate script because the currently published value is unknown; export with the published values (after a verification) or declare that nothing is published yet.</source>
        <translation>%1: im nsupdate-Skript ausgelassen, weil der derzeit veröffentlichte Wert unbekannt ist; exportieren Sie mit den veröffentlichten Werten (nach einer Prüfung) oder erklären Sie, dass noch nichts veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="58"/>
        <source>&quot;%1&quot; is not a DNS server address (ADDRESS or ADDRESS:PORT): %2</source>
        <translation>„%1“ ist keine DNS-Serveradresse (ADRESSE oder ADRESSE:PORT): %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="67"/>
        <source>missing &apos;]&apos;</source>
        <translation>fehlendes &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="72"/>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>unerwarteter Text nach „]“</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="75"/>
        <location filename="../src/core/project/Project.cpp" line="83"/>
        <source>empty port</source>
        <translation>leerer Port</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="87"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="94"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="73"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="100"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="119"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="83"/>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="93"/>
        <source>expected a list of strings</source>
        <translation>erwartet wurde eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="109"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="118"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="134"/>
        <source>%1: &quot;%2&quot; is not a qualifier; use &quot;-&quot;, &quot;~&quot;, &quot;?&quot;, &quot;+&quot; or &quot;none&quot; (no all, for a policy ending in redirect=)</source>
        <translation>%1: „%2“ ist kein Qualifier; verwenden Sie „-“, „~“, „?“, „+“ oder „none“ (kein all, für eine Richtlinie, die auf redirect= endet)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="146"/>
        <source>missing: a project needs its primary domain</source>
        <translation>fehlt: Ein Projekt braucht seine Hauptdomain</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="192"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="234"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="212"/>
        <source>%1.addresses[%2]: &quot;%3&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1.addresses[%2]: „%3“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="295"/>
        <source>resolver.mode: &quot;%1&quot; is not one of system, servers, authoritative</source>
        <translation>resolver.mode: „%1“ ist keiner von system, servers, authoritative</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="313"/>
        <source>expected a whole number of milliseconds</source>
        <translation>erwartet wurde eine ganze Zahl von Millisekunden</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="355"/>
        <source>The project file %1 does not exist.</source>
        <translation>Die Projektdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="358"/>
        <source>Choose the .spfproj file that SPF Manager saved</source>
        <translation>Wählen Sie die .spfproj-Datei, die SPF Manager gespeichert hat</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="362"/>
        <source>, or restore its backup %1</source>
        <translation>, oder stellen Sie ihre Sicherung %1 wieder her</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="368"/>
        <source>%1 is not a project file: it is a directory or a device, not a regular file. %2.</source>
        <translation>%1 ist keine Projektdatei: Es ist ein Verzeichnis oder ein Gerät, keine reguläre Datei. %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="376"/>
        <source>%1 is not a project file: it is %2 MiB, and a project is at most %3 MiB (ten thousand domains take less than 1 MiB). %4%5.</source>
        <translation>%1 ist keine Projektdatei: Sie hat %2 MiB, ein Projekt hat höchstens %3 MiB (zehntausend Domains brauchen weniger als 1 MiB). %4%5.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="388"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="393"/>
        <source>%1 is not a project file: it is larger than %2 MiB. %3%4.</source>
        <translation>%1 ist keine Projektdatei: Sie ist größer als %2 MiB. %3%4.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="407"/>
        <source> Correct the JSON at that position.</source>
        <translation> Korrigieren Sie das JSON an dieser Stelle.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="408"/>
        <source> Restore its backup %1, or correct the JSON at that position.</source>
        <translation> Stellen Sie die Sicherung %1 wieder her oder korrigieren Sie das JSON an dieser Stelle.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="422"/>
        <source>The project is larger than %1 MiB.</source>
        <translation>Das Projekt ist größer als %1 MiB.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="429"/>
        <source>This is binary data (a zero byte at offset %1), not an SPF Manager project, which is JSON text.</source>
        <translation>Das sind Binärdaten (ein Null-Byte an Position %1), kein SPF-Manager-Projekt, das JSON-Text ist.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="435"/>
        <source>The file is empty: it holds no project.</source>
        <translation>Die Datei ist leer: Sie enthält kein Projekt.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="445"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="450"/>
        <source>: the file ends in the middle of the project, as if cut short.</source>
        <translation>: Die Datei endet mitten im Projekt, als wäre sie abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="453"/>
        <source>: this is not valid JSON.</source>
        <translation>: Dies ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="461"/>
        <source>line %1, column %2: %3 is given twice in the same object; only one of the values would be kept and the other lost. Remove one of them.</source>
        <translation>Zeile %1, Spalte %2: %3 steht zweimal im selben Objekt; nur einer der Werte bliebe erhalten, der andere ginge verloren. Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="471"/>
        <source>This is JSON but not an SPF Manager project (no top-level object).</source>
        <translation>Das ist JSON, aber kein SPF-Manager-Projekt (kein Objekt auf oberster Ebene).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="476"/>
        <source>This is JSON but not an SPF Manager project (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Das ist JSON, aber kein SPF-Manager-Projekt („format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="483"/>
        <source>&quot;version&quot; must be a whole number from 1 up.</source>
        <translation>„version“ muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="487"/>
        <source>This project was written in format version %1 by a newer SPF Manager; this version reads format version %2. Open it with a newer SPF Manager.</source>
        <translation>Dieses Projekt wurde von einem neueren SPF Manager in Formatversion %1 geschrieben; diese Version liest Formatversion %2. Öffnen Sie es mit einem neueren SPF Manager.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="503"/>
        <source>expected a whole number of seconds</source>
        <translation>erwartet wurde eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="20"/>
        <location filename="../src/core/project/BackupSave.cpp" line="25"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="36"/>
        <source>Cannot read %1 to keep it as a backup: %2</source>
        <translation>%1 kann nicht gelesen werden, um es als Sicherung aufzubewahren: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="46"/>
        <source>Cannot keep the previous version as %1.bak: %2</source>
        <translation>Die vorige Version kann nicht als %1.bak aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="55"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="40"/>
        <source>The term &quot;%1&quot; makes %2 include itself, which is a loop (RFC 7208 §5.2).</source>
        <translation>Der Term „%1“ lässt %2 sich selbst einbinden, das ist eine Schleife (RFC 7208 §5.2).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="57"/>
        <source>There is no row %1 in %2.</source>
        <translation>Es gibt keine Zeile %1 in %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="87"/>
        <source>Term %1 is empty.</source>
        <translation>Term %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="92"/>
        <source>The term &quot;%1&quot; contains white space; write each term separately.</source>
        <translation>Der Term „%1“ enthält Leerraum; schreiben Sie jeden Term einzeln.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="103"/>
        <source>&quot;%1&quot; is not a term here: the closing all has its own qualifier setting.</source>
        <translation>„%1“ ist hier kein Term: Das abschließende all hat eine eigene Qualifikator-Einstellung.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="110"/>
        <source>&quot;v=spf1&quot; is written by the generator, not a term.</source>
        <translation>„v=spf1“ schreibt der Generator, es ist kein Term.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="120"/>
        <source>The primary domain is empty.</source>
        <translation>Die Hauptdomain ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="124"/>
        <source>%1 is already a dependent domain; it cannot also be the primary.</source>
        <translation>%1 ist bereits eine abhängige Domain; sie kann nicht zugleich die Hauptdomain sein.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="131"/>
        <source>%1 is the dedicated include target; clear that first.</source>
        <translation>%1 ist das eigene include-Ziel; entfernen Sie das zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="159"/>
        <source>%1 is a dependent domain; it cannot be the include target.</source>
        <translation>%1 ist eine abhängige Domain; sie kann nicht das include-Ziel sein.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="175"/>
        <source>The mail server&apos;s host name is empty.</source>
        <translation>Der Hostname des Mailservers ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="180"/>
        <source>The mail server %1 is already in the project.</source>
        <translation>Der Mailserver %1 ist bereits im Projekt.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="185"/>
        <source>The mail server %1 needs at least one address.</source>
        <translation>Der Mailserver %1 braucht mindestens eine Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="191"/>
        <source>The address %1 is listed twice for %2.</source>
        <translation>Die Adresse %1 ist für %2 doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="239"/>
        <source>The dependent domain is empty.</source>
        <translation>Die abhängige Domain ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="242"/>
        <source>%1 is the primary domain; it cannot depend on (include) itself.</source>
        <translation>%1 ist die Hauptdomain; sie kann nicht von sich selbst abhängen (sich selbst einbinden).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="248"/>
        <source>%1 is the include target; it cannot include itself.</source>
        <translation>%1 ist das include-Ziel; es kann sich nicht selbst einbinden.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="254"/>
        <source>%1 is already a dependent domain of this project.</source>
        <translation>%1 ist bereits eine abhängige Domain dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="321"/>
        <source>The TTL %1 is out of range: use 0 to 2147483647 seconds (RFC 2181 §8).</source>
        <translation>Die TTL %1 liegt außerhalb des Bereichs: Verwenden Sie 0 bis 2147483647 Sekunden (RFC 2181 §8).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="343"/>
        <source>The resolver timeout %1 ms is out of range: use %2 to %3 ms.</source>
        <translation>Das Resolver-Timeout %1 ms liegt außerhalb des Bereichs: Verwenden Sie %2 bis %3 ms.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="351"/>
        <source>The resolver mode &quot;servers&quot; needs at least one server.</source>
        <translation>Der Resolver-Modus „servers“ braucht mindestens einen Server.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="110"/>
        <source>The mail server %1 (%2) is not authorised by the policy of %3: check_host gives %4 for mail from %3, so its mail for %3 and every dependent domain fails SPF.</source>
        <translation>Der Mailserver %1 (%2) ist durch die Richtlinie von %3 nicht autorisiert: check_host ergibt %4 für E-Mails von %3, daher scheitern seine E-Mails für %3 und jede abhängige Domain an SPF.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="116"/>
        <source>Correct the primary&apos;s policy so that it evaluates (%1), and make sure it lists %2.</source>
        <translation>Korrigieren Sie die Richtlinie der Hauptdomain, damit sie sich auswerten lässt (%1), und stellen Sie sicher, dass sie %2 enthält.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="120"/>
        <source>Add %1 to the primary&apos;s terms.</source>
        <translation>Fügen Sie %1 den Termen der Hauptdomain hinzu.</translation>
    </message>
</context>
<context>
    <name>spfm::verify</name>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="62"/>
        <source>CNAME loop at %1: the %2 query that %3&apos;s checks need never reaches data, so receivers get temperror although the name servers answer.</source>
        <translation>CNAME-Schleife bei %1: Die %2-Abfrage, die die Prüfungen von %3 brauchen, erreicht nie Daten, daher erhalten Empfänger temperror, obwohl die Nameserver antworten.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="66"/>
        <source>Fix the alias: point one CNAME of the loop at a name that holds the records, or replace it with the records themselves.</source>
        <translation>Korrigieren Sie den Alias: Lassen Sie einen CNAME der Schleife auf einen Namen zeigen, der die Einträge enthält, oder ersetzen Sie ihn durch die Einträge selbst.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="71"/>
        <source>The CNAME chain %1 is longer than resolvers follow: the %2 query that %3&apos;s checks need never reaches data, so receivers get temperror.</source>
        <translation>Die CNAME-Kette %1 ist länger, als Resolver ihr folgen: Die %2-Abfrage, die die Prüfungen von %3 brauchen, erreicht nie Daten, daher erhalten Empfänger temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="75"/>
        <source>Fix the alias: point the first CNAME straight at the name that holds the records.</source>
        <translation>Korrigieren Sie den Alias: Lassen Sie den ersten CNAME direkt auf den Namen zeigen, der die Einträge enthält.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="104"/>
        <source>The server answered %1 to the TXT query for %2%3: receivers get temperror, and nothing about %2 could be checked.</source>
        <translation>Der Server beantwortete die TXT-Abfrage für %2%3 mit %1: Empfänger erhalten temperror, und nichts an %2 konnte geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="109"/>
        <source>A server that answers %1 is up but cannot serve the zone (broken or expired zone, DNSSEC validation failure, lame delegation): check the zone of %2 on its name servers.</source>
        <translation>Ein Server, der %1 antwortet, läuft, kann die Zone aber nicht ausliefern (defekte oder abgelaufene Zone, DNSSEC-Validierungsfehler, fehlerhafte Delegation): Prüfen Sie die Zone von %2 auf ihren Nameservern.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="115"/>
        <source>No server answered the TXT query for %1%2: receivers get temperror, and nothing about %1 could be checked.</source>
        <translation>Kein Server beantwortete die TXT-Abfrage für %1%2: Empfänger erhalten temperror, und nichts an %1 konnte geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="119"/>
        <source>Check that the resolver, or the name servers of %1, are running and reachable (firewall, port), then verify again.</source>
        <translation>Prüfen Sie, dass der Resolver oder die Nameserver von %1 laufen und erreichbar sind (Firewall, Port), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="130"/>
        <source>its HELO name</source>
        <translation>seinem HELO-Namen</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="134"/>
        <source>check_host for mail server %1 as %2 gives temperror (%3): whether it is authorised was not checked.</source>
        <translation>check_host für den Mailserver %1 mit %2 ergibt temperror (%3): Ob er erlaubt ist, wurde nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="138"/>
        <source>Verify again once every name on the way answers.</source>
        <translation>Prüfen Sie erneut, sobald jeder Name auf dem Weg antwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="240"/>
        <source>%1 could not be checked: %2.</source>
        <translation>%1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="242"/>
        <source>Check that the resolver (or the domain&apos;s name servers) answer, then verify again.</source>
        <translation>Prüfen Sie, dass der Resolver (oder die Nameserver der Domain) antworten, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="310"/>
        <source>%1 is an alias (CNAME) for %2: receivers read %2&apos;s TXT records, and the project&apos;s record cannot be published beside the CNAME (RFC 1034 §3.6.2).</source>
        <translation>%1 ist ein Alias (CNAME) für %2: Empfänger lesen die TXT-Einträge von %2, und der Eintrag des Projekts kann nicht neben dem CNAME veröffentlicht werden (RFC 1034 §3.6.2).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="314"/>
        <source>Replace the CNAME at %1 with the records the project generates.</source>
        <translation>Ersetzen Sie den CNAME bei %1 durch die Einträge, die das Projekt erzeugt.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="324"/>
        <source>%1 holds TXT records beside a CNAME to %2: no other data may share a name with a CNAME, so resolvers may answer either.</source>
        <translation>%1 hat TXT-Einträge neben einem CNAME auf %2: Neben einem CNAME darf ein Name keine anderen Daten haben, daher können Resolver das eine oder das andere liefern.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="328"/>
        <source>Delete the CNAME at %1 (keep the TXT records), or delete the TXT records if the alias is meant.</source>
        <translation>Löschen Sie den CNAME bei %1 (die TXT-Einträge bleiben) oder löschen Sie die TXT-Einträge, wenn der Alias gewollt ist.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="336"/>
        <source>The %1 query for %2 failed (%3): whether a CNAME sits beside the TXT records was not checked.</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen (%3): Ob neben den TXT-Einträgen ein CNAME steht, wurde nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="340"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="574"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="641"/>
        <source>Verify again once the name servers answer.</source>
        <translation>Prüfen Sie erneut, sobald die Nameserver antworten.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="363"/>
        <source>Parked domain %1 publishes %2 rather than `v=spf1 -all`, so mail claiming to come from it is not refused outright (%3).</source>
        <translation>Die geparkte Domain %1 veröffentlicht %2 statt `v=spf1 -all`, daher werden E-Mails, die angeblich von ihr stammen, nicht von vornherein abgewiesen (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="367"/>
        <source>Publish `v=spf1 -all` at %1 in place of the current record.</source>
        <translation>Veröffentlichen Sie bei %1 `v=spf1 -all` anstelle des jetzigen Eintrags.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="373"/>
        <source>%1 publishes %2, the project generates %3: %4.</source>
        <translation>%1 veröffentlicht %2, das Projekt erzeugt %3: %4.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="375"/>
        <source>Publish the generated record (export the project), or change the project if the published record is what you want.</source>
        <translation>Veröffentlichen Sie den erzeugten Eintrag (exportieren Sie das Projekt) oder ändern Sie das Projekt, wenn der veröffentlichte Eintrag der gewünschte ist.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="405"/>
        <source>%1 uses redirect=%2 where the project includes it: the primary&apos;s policy then replaces the dependent&apos;s own, its all-qualifier included (§6.1).</source>
        <translation>%1 verwendet redirect=%2, wo das Projekt es einbindet: Die Richtlinie der Hauptdomain ersetzt dann die eigene der abhängigen Domain, samt ihrem all-Qualifikator (§6.1).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="409"/>
        <source>Publish the generated record: include:%1 followed by the dependent&apos;s own terms and all.</source>
        <translation>Veröffentlichen Sie den erzeugten Eintrag: include:%1, gefolgt von den eigenen Termen und dem all der abhängigen Domain.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="418"/>
        <source>%1 does not include %2, so the project&apos;s mail servers are not authorised for it.</source>
        <translation>%1 bindet %2 nicht ein, daher sind die Mailserver des Projekts für diese Domain nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="422"/>
        <source>%1 includes %2 but not %3, so the project&apos;s mail servers are not authorised for it.</source>
        <translation>%1 bindet %2 ein, aber nicht %3, daher sind die Mailserver des Projekts für diese Domain nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="426"/>
        <source>Add include:%1 to %2&apos;s record (as its first term).</source>
        <translation>Fügen Sie include:%1 dem Eintrag von %2 hinzu (als ersten Term).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="457"/>
        <source>include:%1 alone costs %2 DNS lookups (1 + the %3 of the primary&apos;s policy) of the %4 %5 may spend, leaving %6 for its own terms and for any change to the primary.</source>
        <translation>include:%1 allein kostet %2 DNS-Abfragen (1 + die %3 der Richtlinie der Hauptdomain) von den %4, die %5 verbrauchen darf; es bleiben %6 für die eigenen Terme und für jede Änderung an der Hauptdomain.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="467"/>
        <source>Budget the primary&apos;s policy to at most %1 lookups (use ip4/ip6 terms in place of a, mx and nested includes).</source>
        <translation>Begrenzen Sie die Richtlinie der Hauptdomain auf höchstens %1 Abfragen (ip4/ip6-Terme statt a, mx und verschachtelter includes).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="509"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="696"/>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="510"/>
        <source>no term matched</source>
        <translation>kein Term hat gepasst</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="511"/>
        <source>%1 matched in %2&apos;s record</source>
        <translation>%1 hat im Eintrag von %2 gepasst</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="521"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="728"/>
        <source>Publish %1 at %2.</source>
        <translation>Veröffentlichen Sie %1 bei %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="526"/>
        <source>Correct %1&apos;s record so that it evaluates (%2).</source>
        <translation>Korrigieren Sie den Eintrag von %1, damit er sich auswerten lässt (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="528"/>
        <source>Add %1 to %2&apos;s record.</source>
        <translation>Fügen Sie %1 dem Eintrag von %2 hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="530"/>
        <source>Mail server %1 (%2) says HELO %1, but check_host of that HELO name gives %3 (%4): bounces, sent from postmaster@%1, lose SPF (§2.4).</source>
        <translation>Der Mailserver %1 (%2) meldet sich mit HELO %1, aber check_host für diesen HELO-Namen ergibt %3 (%4): Unzustellbarkeitsnachrichten, von postmaster@%1 gesendet, verlieren SPF (§2.4).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="541"/>
        <source>Correct the record so that it evaluates: %1.</source>
        <translation>Korrigieren Sie den Eintrag, damit er sich auswerten lässt: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="544"/>
        <source>Move %1 after include:%2 in %3&apos;s record: it decides before the include is reached.</source>
        <translation>Setzen Sie %1 im Eintrag von %3 hinter include:%2: Es entscheidet, bevor das include erreicht wird.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="549"/>
        <source>Add include:%1 to %2&apos;s record.</source>
        <translation>Fügen Sie include:%1 dem Eintrag von %2 hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="552"/>
        <source>Add %1 to %2&apos;s policy (the primary&apos;s, which every dependent includes).</source>
        <translation>Fügen Sie %1 der Richtlinie von %2 hinzu (der der Hauptdomain, die jede abhängige Domain einbindet).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="556"/>
        <source>Add %1 to %2&apos;s policy.</source>
        <translation>Fügen Sie %1 der Richtlinie von %2 hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="559"/>
        <source>Mail server %1 (%2) is not authorised to send as %3: check_host gives %4 (%5).</source>
        <translation>Der Mailserver %1 (%2) darf nicht als %3 senden: check_host ergibt %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="572"/>
        <source>The %1 query for %2 failed (%3): not checked.</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen (%3): nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="590"/>
        <source>Parked domain %1 publishes no MX: senders fall back to its address records and retry for days.</source>
        <translation>Die geparkte Domain %1 veröffentlicht keinen MX: Absender weichen auf ihre Adresseinträge aus und versuchen es tagelang erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="594"/>
        <source>Parked domain %1 publishes MX %2 rather than the null MX.</source>
        <translation>Die geparkte Domain %1 veröffentlicht MX %2 statt des Null-MX.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="597"/>
        <source>Publish `%1. MX 0 .` as its only MX record (RFC 7505).</source>
        <translation>Veröffentlichen Sie `%1. MX 0 .` als einzigen MX-Eintrag (RFC 7505).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="612"/>
        <source>Parked domain %1 has no DMARC record at _dmarc.%1.</source>
        <translation>Die geparkte Domain %1 hat keinen DMARC-Eintrag bei _dmarc.%1.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="615"/>
        <source>_dmarc.%1 holds %2 DMARC records: receivers ignore them all.</source>
        <translation>_dmarc.%1 hat %2 DMARC-Einträge: Empfänger ignorieren sie alle.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="619"/>
        <source>Parked domain %1&apos;s DMARC policy is p=%2, not p=reject.</source>
        <translation>Die DMARC-Richtlinie der geparkten Domain %1 ist p=%2, nicht p=reject.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="622"/>
        <source>Publish `_dmarc.%1. TXT &quot;v=DMARC1; p=reject&quot;` as the only DMARC record.</source>
        <translation>Veröffentlichen Sie `_dmarc.%1. TXT &quot;v=DMARC1; p=reject&quot;` als einzigen DMARC-Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="639"/>
        <source>The TXT query for %1 failed (%2): wildcards were not checked.</source>
        <translation>Die TXT-Abfrage für %1 ist fehlgeschlagen (%2): Wildcards wurden nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="654"/>
        <source>%1&apos;s policy %2 is the wildcard %3&apos;s: it applies to every name under %4 that has no TXT records of its own (§3.5).</source>
        <translation>Die Richtlinie %2 von %1 ist die der Wildcard %3: Sie gilt für jeden Namen unter %4, der keine eigenen TXT-Einträge hat (§3.5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="658"/>
        <source>Publish %1&apos;s own TXT record, and remove the wildcard TXT unless every name under %2 should have that policy.</source>
        <translation>Veröffentlichen Sie einen eigenen TXT-Eintrag für %1 und entfernen Sie den Wildcard-TXT, sofern nicht jeder Name unter %2 diese Richtlinie haben soll.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="665"/>
        <source>%1 publishes %2 for every name under %3 without records of its own; %4 has records of its own and is not covered.</source>
        <translation>%1 veröffentlicht %2 für jeden Namen unter %3 ohne eigene Einträge; %4 hat eigene Einträge und ist nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="669"/>
        <source>Make sure that policy is meant for all those names (§3.5).</source>
        <translation>Stellen Sie sicher, dass diese Richtlinie für all diese Namen gedacht ist (§3.5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="698"/>
        <source>%1 serial %2: %3</source>
        <translation>%1 Seriennummer %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="702"/>
        <source>The authoritative servers of %1 disagree: %2.</source>
        <translation>Die autoritativen Server von %1 sind sich nicht einig: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="704"/>
        <source>Let the zone transfer reach every server (check the secondaries&apos; configuration and NOTIFY), then verify again.</source>
        <translation>Lassen Sie den Zonentransfer jeden Server erreichen (prüfen Sie die Konfiguration der Sekundärserver und NOTIFY) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="719"/>
        <source>does not exist (NXDOMAIN)</source>
        <translation>existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="720"/>
        <source>publishes no SPF record</source>
        <translation>veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="723"/>
        <source>%1 is used in MAIL FROM (bounces as postmaster@%1, the server&apos;s own mail) but %2: the policy of %3 does not cover sub-domains, so mail from any address @%1 gets none and can be forged.</source>
        <translation>%1 wird in MAIL FROM verwendet (Unzustellbarkeitsnachrichten als postmaster@%1, die eigene E-Mail des Servers), aber %1 %2: Die Richtlinie von %3 gilt nicht für Subdomains, daher erhält E-Mail von jeder Adresse @%1 none und kann gefälscht werden.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="93"/>
        <source>add %1 (as term %2)</source>
        <translation>%1 hinzufügen (als Term %2)</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="96"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="99"/>
        <source>change %1 to %2</source>
        <translation>%1 in %2 ändern</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="103"/>
        <source>move %1 from term %2 to term %3</source>
        <translation>%1 von Term %2 nach Term %3 verschieben</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="107"/>
        <source>move %1 from term %2 to term %3, as %4</source>
        <translation>%1 von Term %2 nach Term %3 verschieben, als %4</translation>
    </message>
    <message>
        <location filename="../src/core/verify/Verifier.cpp" line="53"/>
        <source>DNS gave no answer within %1 ms</source>
        <translation>DNS gab innerhalb von %1 ms keine Antwort</translation>
    </message>
    <message>
        <location filename="../src/core/verify/Verifier.cpp" line="211"/>
        <source>the resolver stopped answering</source>
        <translation>der Resolver antwortet nicht mehr</translation>
    </message>
</context>
</TS>
