<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddDomainsDialog</name>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="6"/>
        <source>Add Domains</source>
        <translation>Ajouter des domaines</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="11"/>
        <source>One domain per line. Empty lines and lines starting with # are skipped; lines that are refused are listed afterwards with the reason.</source>
        <translation>Un domaine par ligne. Les lignes vides et celles qui commencent par # sont ignorées ; les lignes refusées sont ensuite listées avec la raison.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="18"/>
        <source>Domains to add</source>
        <translation>Domaines à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="19"/>
        <source>Each line becomes a dependent domain that includes the primary&apos;s policy.</source>
        <translation>Chaque ligne devient un domaine dépendant qui inclut la politique du domaine principal.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Add them as parked (they send no mail)</source>
        <translation>Les ajouter comme parqués (ils n’envoient pas de courrier)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="27"/>
        <source>Parked domains publish v=spf1 -all, a null MX and a DMARC reject policy.</source>
        <translation>Les domaines parqués publient v=spf1 -all, un MX nul et une politique DMARC « reject ».</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="28"/>
        <source>Add as parked</source>
        <translation>Ajouter comme parqués</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="36"/>
        <source>Import File…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="37"/>
        <source>Read the list from a text file with one domain per line.</source>
        <translation>Lire la liste dans un fichier texte contenant un domaine par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="38"/>
        <source>Import list from file</source>
        <translation>Importer la liste depuis un fichier</translation>
    </message>
</context>
<context>
    <name>CheckProgressWidget</name>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="18"/>
        <source>How many of the names to check have been checked.</source>
        <translation>Combien des noms à vérifier ont déjà été vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="19"/>
        <source>Live check progress</source>
        <translation>Progression de la vérification en direct</translation>
    </message>
    <message>
        <location filename="../ui/CheckProgressWidget.ui" line="33"/>
        <source>The resolver the check asks; choose another in Settings.</source>
        <translation>Le résolveur interrogé par la vérification ; en choisir un autre dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="10"/>
        <source>unchecked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="11"/>
        <source>ok</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="12"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="13"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainStatus.cpp" line="14"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="6"/>
        <source>Export Records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="13"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="19"/>
        <source>BIND zone snippets, an nsupdate script for dynamic updates, tinydns-data lines, JSON or CSV.</source>
        <translation>Extraits de zone BIND, script nsupdate pour les mises à jour dynamiques, lignes tinydns-data, JSON ou CSV.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="20"/>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="32"/>
        <source>Export preview</source>
        <translation>Aperçu de l’export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="33"/>
        <source>Exactly what Copy puts on the clipboard and Save writes to the file.</source>
        <translation>Exactement ce que « Copier » place dans le presse-papiers et ce que « Enregistrer » écrit dans le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="48"/>
        <source>Copy the whole export to the clipboard.</source>
        <translation>Copier tout l’export dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="49"/>
        <source>Copy export</source>
        <translation>Copier l’export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="54"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="55"/>
        <source>Write the export to a file; the file is replaced only once it is written completely.</source>
        <translation>Écrire l’export dans un fichier ; le fichier n’est remplacé qu’une fois entièrement écrit.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="56"/>
        <source>Save export</source>
        <translation>Enregistrer l’export</translation>
    </message>
</context>
<context>
    <name>LiveDns</name>
    <message>
        <location filename="../src/gui/LiveDns.cpp" line="40"/>
        <source>the system&apos;s resolvers</source>
        <translation>les résolveurs du système</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveDns.cpp" line="42"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>les serveurs faisant autorité de chaque domaine</translation>
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
        <translation>Filtrer les domaines…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="23"/>
        <source>Show only the domains whose name contains this text.</source>
        <translation>N’afficher que les domaines dont le nom contient ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="24"/>
        <source>Filter domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>The primary domain with its mail servers, then the dependent and parked domains.</source>
        <translation>Le domaine principal avec ses serveurs de messagerie, puis les domaines dépendants et parqués.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>Selected domain</source>
        <translation>Domaine sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>How long resolvers may cache every generated record, in seconds.</source>
        <translation>Durée pendant laquelle les résolveurs peuvent garder en cache chaque enregistrement généré, en secondes.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>TTL in seconds</source>
        <translation>TTL en secondes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Copy the generated record to the clipboard.</source>
        <translation>Copier l’enregistrement généré dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="82"/>
        <source>Copy record</source>
        <translation>Copier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>The TXT record this domain must publish; underlined terms have findings in the diagnostics below.</source>
        <translation>L’enregistrement TXT que ce domaine doit publier ; les termes soulignés ont des constats dans les diagnostics ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Generated record</source>
        <translation>Enregistrement généré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>Every record the project needs for this domain.</source>
        <translation>Tous les enregistrements dont le projet a besoin pour ce domaine.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>Records of the domain</source>
        <translation>Enregistrements du domaine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <location filename="../ui/MainWindow.ui" line="151"/>
        <source>Include tree</source>
        <translation>Arbre des include</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150"/>
        <source>Every term of the record and of the records it includes, with the DNS lookups each one spends (at most 10 in all).</source>
        <translation>Chaque terme de l’enregistrement et des enregistrements qu’il inclut, avec les requêtes DNS que chacun consomme (10 au plus en tout).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="153"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="154"/>
        <source>Lookups</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="155"/>
        <source>Running total</source>
        <translation>Total cumulé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="180"/>
        <source>What is wrong or worth knowing; double-click a row to go to the domain and term.</source>
        <translation>Ce qui ne va pas ou mérite d’être su ; double-cliquez sur une ligne pour aller au domaine et au terme.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="181"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="213"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="222"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <location filename="../ui/MainWindow.ui" line="271"/>
        <source>Start an empty project.</source>
        <translation>Commencer un projet vide.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="274"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="275"/>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <source>Open a project file (.spfproj).</source>
        <translation>Ouvrir un fichier de projet (.spfproj).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="279"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="280"/>
        <location filename="../ui/MainWindow.ui" line="281"/>
        <source>Save the project to its file; the previous version is kept as .bak.</source>
        <translation>Enregistrer le projet dans son fichier ; la version précédente est conservée en .bak.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="284"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="285"/>
        <location filename="../ui/MainWindow.ui" line="286"/>
        <source>Save the project under a new file name.</source>
        <translation>Enregistrer le projet sous un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="289"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290"/>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <source>Write every generated record as a zone snippet, an nsupdate script, tinydns data, JSON or CSV.</source>
        <translation>Écrire tous les enregistrements générés sous forme d’extrait de zone, de script nsupdate, de données tinydns, de JSON ou de CSV.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295"/>
        <location filename="../ui/MainWindow.ui" line="296"/>
        <source>Close SPF Manager.</source>
        <translation>Fermer SPF Manager.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <source>Take back the last edit.</source>
        <translation>Annuler la dernière modification.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="304"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="305"/>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Do the edit again that was taken back.</source>
        <translation>Refaire la modification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="309"/>
        <source>Add &amp;Domain…</source>
        <translation>Ajouter un &amp;domaine…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="310"/>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <source>Add one dependent domain: it will publish an include of the primary.</source>
        <translation>Ajouter un domaine dépendant : il publiera un include du domaine principal.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="314"/>
        <source>&amp;Paste List…</source>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <source>Add many domains at once from a list with one domain per line.</source>
        <translation>Ajouter plusieurs domaines d’un coup depuis une liste contenant un domaine par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="319"/>
        <source>&amp;Remove Domain</source>
        <translation>&amp;Retirer le domaine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <source>Remove the selected dependent or parked domain from the project.</source>
        <translation>Retirer du projet le domaine dépendant ou parqué sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="324"/>
        <source>Add &amp;Mail Server…</source>
        <translation>Ajouter un serveur de &amp;messagerie…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <source>Add a mail server: its HELO name gets a record authorising its addresses.</source>
        <translation>Ajouter un serveur de messagerie : son nom HELO reçoit un enregistrement qui autorise ses adresses.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="329"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <location filename="../ui/MainWindow.ui" line="331"/>
        <source>Choose the resolver, the timeout, the default TTL and the language.</source>
        <translation>Choisir le résolveur, le délai d’attente, le TTL par défaut et la langue.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="334"/>
        <source>Check &amp;Live</source>
        <translation>Vérifier en &amp;direct</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="335"/>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Compare every domain&apos;s published records with the generated ones, in the background.</source>
        <translation>Comparer en arrière-plan les enregistrements publiés de chaque domaine avec ceux générés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="339"/>
        <source>Check &amp;Selection</source>
        <translation>Vérifier la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="340"/>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <source>Compare only the selected domains&apos; published records with the generated ones.</source>
        <translation>Comparer uniquement les enregistrements publiés des domaines sélectionnés avec ceux générés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="344"/>
        <source>&amp;Cancel Check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="345"/>
        <location filename="../ui/MainWindow.ui" line="346"/>
        <source>Stop the live check; domains not yet checked stay unchecked.</source>
        <translation>Arrêter la vérification en direct ; les domaines pas encore vérifiés restent non vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>&amp;Test a Sender…</source>
        <translation>&amp;Tester un expéditeur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="350"/>
        <location filename="../ui/MainWindow.ui" line="351"/>
        <source>Evaluate check_host() for an IP, a sender and a HELO name, with the full trace.</source>
        <translation>Évaluer check_host() pour une IP, un expéditeur et un nom HELO, avec la trace complète.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="354"/>
        <source>&amp;Copy Record</source>
        <translation>&amp;Copier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="355"/>
        <location filename="../ui/MainWindow.ui" line="356"/>
        <source>Copy the selected domain&apos;s generated record to the clipboard.</source>
        <translation>Copier dans le presse-papiers l’enregistrement généré du domaine sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="359"/>
        <source>&amp;About SPF Manager</source>
        <translation>À &amp;propos de SPF Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <location filename="../ui/MainWindow.ui" line="361"/>
        <source>Show the version and what SPF Manager does.</source>
        <translation>Afficher la version et ce que fait SPF Manager.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="14"/>
        <source>A dependent always starts with this include, so the primary&apos;s policy decides for it.</source>
        <translation>Un domaine dépendant commence toujours par cet include, pour que la politique du domaine principal décide pour lui.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="21"/>
        <source>The terms are evaluated left to right; the first mechanism that matches the sending IP decides.</source>
        <translation>Les termes sont évalués de gauche à droite ; le premier mécanisme qui correspond à l’IP d’envoi décide.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="22"/>
        <source>Policy terms</source>
        <translation>Termes de la politique</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="28"/>
        <source>Qualifier</source>
        <translation>Qualificateur</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="29"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="36"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="37"/>
        <source>Move the term earlier: earlier terms are evaluated first.</source>
        <translation>Avancer le terme : les termes placés avant sont évalués en premier.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="38"/>
        <source>Move term up</source>
        <translation>Monter le terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="43"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="44"/>
        <source>Move the term later: later terms are evaluated only when earlier ones did not match.</source>
        <translation>Reculer le terme : les termes placés après ne sont évalués que si les précédents n’ont pas correspondu.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="45"/>
        <source>Move term down</source>
        <translation>Descendre le terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="50"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="51"/>
        <source>Remove the selected term from the policy.</source>
        <translation>Retirer le terme sélectionné de la politique.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="52"/>
        <source>Remove term</source>
        <translation>Retirer le terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="68"/>
        <source>new term, e.g. ip4:192.0.2.0/24 or include:_spf.example.net</source>
        <translation>nouveau terme, p. ex. ip4:192.0.2.0/24 ou include:_spf.example.net</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="69"/>
        <source>A mechanism (a, mx, ip4, ip6, include, exists, ptr) with an optional qualifier, or a modifier such as exp=.</source>
        <translation>Un mécanisme (a, mx, ip4, ip6, include, exists, ptr) avec un qualificateur facultatif, ou un modificateur comme exp=.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="70"/>
        <source>New term</source>
        <translation>Nouveau terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="75"/>
        <location filename="../ui/PolicyEditor.ui" line="77"/>
        <source>Add term</source>
        <translation>Ajouter le terme</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="76"/>
        <source>Append the term before the closing all.</source>
        <translation>Ajouter le terme avant le all final.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="87"/>
        <source>all:</source>
        <translation>all :</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="93"/>
        <source>What receivers do with mail from an IP that no term matched; &quot;all&quot; always comes last.</source>
        <translation>Ce que font les destinataires du courrier venant d’une IP qu’aucun terme n’a reconnue ; « all » vient toujours en dernier.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="94"/>
        <source>Qualifier of all</source>
        <translation>Qualificateur de all</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="100"/>
        <source>always last</source>
        <translation>toujours en dernier</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="114"/>
        <source>Parked (sends no mail)</source>
        <translation>Parqué (n’envoie pas de courrier)</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="115"/>
        <source>A parked domain publishes v=spf1 -all so that nobody can send mail in its name.</source>
        <translation>Un domaine parqué publie v=spf1 -all pour que personne ne puisse envoyer de courrier en son nom.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="116"/>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="121"/>
        <location filename="../ui/PolicyEditor.ui" line="123"/>
        <source>Null MX</source>
        <translation>MX nul</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="122"/>
        <source>Publish &quot;MX 0 .&quot; (RFC 7505) so that senders know the domain accepts no mail.</source>
        <translation>Publier « MX 0 . » (RFC 7505) pour que les expéditeurs sachent que le domaine n’accepte pas de courrier.</translation>
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
        <translation>Publier un enregistrement DMARC avec p=reject pour que les destinataires refusent d’emblée le courrier falsifié.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="145"/>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="151"/>
        <source>The IP addresses this mail server sends from, separated by spaces; its HELO record authorises exactly these.</source>
        <translation>Les adresses IP depuis lesquelles ce serveur envoie, séparées par des espaces ; son enregistrement HELO autorise exactement celles-ci.</translation>
    </message>
    <message>
        <location filename="../ui/PolicyEditor.ui" line="152"/>
        <source>Mail server addresses</source>
        <translation>Adresses du serveur de messagerie</translation>
    </message>
</context>
<context>
    <name>PublishedRecordView</name>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="14"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="21"/>
        <source>The SPF record DNS served at the last live check; marked terms differ from the generated record.</source>
        <translation>L’enregistrement SPF servi par le DNS lors de la dernière vérification en direct ; les termes marqués diffèrent de l’enregistrement généré.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="22"/>
        <source>Published record</source>
        <translation>Enregistrement publié</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="30"/>
        <source>How long resolvers may cache the published record, as DNS served it.</source>
        <translation>Durée pendant laquelle les résolveurs peuvent garder en cache l’enregistrement publié, tel que le DNS l’a servi.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="42"/>
        <source>What to change in the published record to make it the generated one, term by term.</source>
        <translation>Ce qu’il faut changer dans l’enregistrement publié pour qu’il devienne celui généré, terme par terme.</translation>
    </message>
    <message>
        <location filename="../ui/PublishedRecordView.ui" line="43"/>
        <source>Differences from the generated record</source>
        <translation>Différences avec l’enregistrement généré</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="10"/>
        <source>Resolver (saved in the project)</source>
        <translation>Résolveur (enregistré dans le projet)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="15"/>
        <source>&amp;Ask:</source>
        <translation>&amp;Interroger :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="21"/>
        <source>The system&apos;s resolvers, the servers listed here, or each domain&apos;s authoritative servers (sees changes at once, no caches).</source>
        <translation>Les résolveurs du système, les serveurs listés ici, ou les serveurs faisant autorité de chaque domaine (voit les changements aussitôt, sans cache).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="22"/>
        <source>Resolver mode</source>
        <translation>Mode du résolveur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="28"/>
        <source>&amp;Servers:</source>
        <translation>&amp;Serveurs :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>192.0.2.53, 127.0.0.1:5353, [2001:db8::53]:53</source>
        <translation>192.0.2.53, 127.0.0.1:5353, [2001:db8::53]:53</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="35"/>
        <source>Addresses of recursive resolvers to ask, each with an optional port.</source>
        <translation>Adresses des résolveurs récursifs à interroger, chacune avec un port facultatif.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="36"/>
        <source>Resolver servers</source>
        <translation>Serveurs du résolveur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’attente :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>How long to wait for a DNS answer before the query counts as failed (temperror).</source>
        <translation>Durée d’attente d’une réponse DNS avant que la requête soit considérée comme échouée (temperror).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>Timeout in milliseconds</source>
        <translation>Délai d’attente en millisecondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="56"/>
        <source>Default &amp;TTL:</source>
        <translation>&amp;TTL par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="63"/>
        <source>How long resolvers may cache the generated records.</source>
        <translation>Durée pendant laquelle les résolveurs peuvent garder en cache les enregistrements générés.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="64"/>
        <source>Default TTL in seconds</source>
        <translation>TTL par défaut en secondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="77"/>
        <source>&amp;Zone file:</source>
        <translation>Fichier de &amp;zone :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="85"/>
        <source>A BIND zone file that answers for names outside the project in the include tree and in Test a Sender.</source>
        <translation>Un fichier de zone BIND qui répond pour les noms hors du projet dans l’arbre des include et dans « Tester un expéditeur ».</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="86"/>
        <source>Zone file</source>
        <translation>Fichier de zone</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="92"/>
        <source>Choose zone file</source>
        <translation>Choisir le fichier de zone</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="93"/>
        <source>Choose a zone file.</source>
        <translation>Choisir un fichier de zone.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="107"/>
        <source>The language of SPF Manager; it applies from the next start.</source>
        <translation>La langue de SPF Manager ; elle s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="108"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>TestSenderDialog</name>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="6"/>
        <source>Test a Sender</source>
        <translation>Tester un expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="13"/>
        <source>Client &amp;IP:</source>
        <translation>&amp;IP du client :</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="19"/>
        <source>192.0.2.25 or 2001:db8::25</source>
        <translation>192.0.2.25 ou 2001:db8::25</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="20"/>
        <source>The address the receiving server sees the mail coming from.</source>
        <translation>L’adresse d’où le serveur destinataire voit arriver le courrier.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="21"/>
        <source>Client IP address</source>
        <translation>Adresse IP du client</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="27"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur :</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="33"/>
        <source>alice@example.com (empty: the null sender)</source>
        <translation>alice@example.com (vide : l’expéditeur nul)</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="34"/>
        <source>The MAIL FROM address; SPF checks the policy of its domain.</source>
        <translation>L’adresse MAIL FROM ; SPF vérifie la politique de son domaine.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="35"/>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="41"/>
        <source>&amp;HELO name:</source>
        <translation>Nom &amp;HELO :</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="47"/>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="48"/>
        <source>The name the client gave in HELO/EHLO; used for the null sender and in the header.</source>
        <translation>Le nom donné par le client dans HELO/EHLO ; utilisé pour l’expéditeur nul et dans l’en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="49"/>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="55"/>
        <source>&amp;Answers from:</source>
        <translation>&amp;Réponses de :</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="61"/>
        <source>What if: DNS as it will be once the project&apos;s records are published. Live: DNS as it is now.</source>
        <translation>Simulation : le DNS tel qu’il sera une fois les enregistrements du projet publiés. Direct : le DNS tel qu’il est maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="62"/>
        <source>Answers from</source>
        <translation>Réponses de</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="71"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Évaluer</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="72"/>
        <source>Run check_host() of RFC 7208 with these inputs against the resolver shown below.</source>
        <translation>Exécuter check_host() de la RFC 7208 avec ces données, avec le résolveur indiqué ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="73"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="81"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="98"/>
        <source>Every record, term and DNS query of the evaluation, nested by include and redirect.</source>
        <translation>Chaque enregistrement, terme et requête DNS de l’évaluation, imbriqués selon include et redirect.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="99"/>
        <source>Evaluation trace</source>
        <translation>Trace de l’évaluation</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="101"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="102"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="108"/>
        <source>The header a receiver would add:</source>
        <translation>L’en-tête qu’un destinataire ajouterait :</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="117"/>
        <source>Received-SPF header</source>
        <translation>En-tête Received-SPF</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="124"/>
        <source>&amp;Copy Header</source>
        <translation>&amp;Copier l’en-tête</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="125"/>
        <source>Copy the Received-SPF header exactly as shown.</source>
        <translation>Copier l’en-tête Received-SPF exactement tel qu’affiché.</translation>
    </message>
    <message>
        <location filename="../ui/TestSenderDialog.ui" line="126"/>
        <source>Copy header</source>
        <translation>Copier l’en-tête</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="60"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="94"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="111"/>
        <source>Add mail server %1</source>
        <translation>Ajouter le serveur de messagerie %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="129"/>
        <source>Edit mail server %1</source>
        <translation>Modifier le serveur de messagerie %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="147"/>
        <source>Remove mail server %1</source>
        <translation>Retirer le serveur de messagerie %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="163"/>
        <source>Set TTL to %1</source>
        <translation>Fixer le TTL à %1</translation>
    </message>
    <message>
        <location filename="../src/gui/UndoCommands.cpp" line="180"/>
        <source>Change resolver settings</source>
        <translation>Modifier les paramètres du résolveur</translation>
    </message>
</context>
<context>
    <name>spfm::gui::AddDomainsDialog</name>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="18"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="23"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="26"/>
        <source>Import Domain List</source>
        <translation>Importer une liste de domaines</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="24"/>
        <source>Text files (*.txt *.list *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.list *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="26"/>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="58"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="70"/>
        <source>%n domain(s) added.</source>
        <translation>
            <numerusform>%n domaine ajouté.</numerusform>
            <numerusform>%n domaines ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="61"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n ligne refusée :</numerusform>
            <numerusform>%n lignes refusées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="69"/>
        <source>Add Domains</source>
        <translation>Ajouter des domaines</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="73"/>
        <source>%n line(s) refused; the details say why.</source>
        <translation>
            <numerusform>%n ligne refusée ; les détails disent pourquoi.</numerusform>
            <numerusform>%n lignes refusées ; les détails disent pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::CheckProgressWidget</name>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="26"/>
        <source>resolver: %1</source>
        <translation>résolveur : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="32"/>
        <source>Checking… %1 / %2</source>
        <translation>Vérification… %1 / %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::DiagnosticsModel</name>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="44"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="45"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="46"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="87"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="88"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="89"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="90"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="91"/>
        <source>Suggested fix</source>
        <translation>Correction proposée</translation>
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
        <translation>(pas de domaine principal)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="113"/>
        <source>Dependents (%1)</source>
        <translation>Dépendants (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="114"/>
        <source>Parked (%1)</source>
        <translation>Parqués (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="141"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="143"/>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="127"/>
        <source>Domains that send through the primary&apos;s servers: they publish include:%1.</source>
        <translation>Domaines qui envoient par les serveurs du domaine principal : ils publient include:%1.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="130"/>
        <source>Domains that send no mail: they publish v=spf1 -all.</source>
        <translation>Domaines qui n’envoient pas de courrier : ils publient v=spf1 -all.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="137"/>
        <source>%1 (edited since the check)</source>
        <translation>%1 (modifié depuis la vérification)</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="152"/>
        <source>The primary domain: it holds the real SPF policy.</source>
        <translation>Le domaine principal : il porte la véritable politique SPF.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="154"/>
        <source>A mail server: its HELO name gets a record of its own.</source>
        <translation>Un serveur de messagerie : son nom HELO reçoit son propre enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="156"/>
        <source>A dependent domain.</source>
        <translation>Un domaine dépendant.</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="157"/>
        <source>%1
Status: %2</source>
        <translation>%1
État : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="160"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="169"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/DomainTreeModel.cpp" line="169"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>spfm::gui::ExportDialog</name>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="22"/>
        <source>BIND zone file snippets</source>
        <translation>Extraits de fichier de zone BIND</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="23"/>
        <source>nsupdate script</source>
        <translation>Script nsupdate</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="24"/>
        <source>tinydns data</source>
        <translation>Données tinydns</translation>
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
        <translation>Enregistrer l’export</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="74"/>
        <source>Some records have errors (see Diagnostics): publishing them would give permerror.</source>
        <translation>Certains enregistrements ont des erreurs (voir Diagnostics) : les publier donnerait permerror.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="86"/>
        <location filename="../src/gui/ExportDialog.cpp" line="88"/>
        <location filename="../src/gui/ExportDialog.cpp" line="90"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::LiveCheck</name>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="123"/>
        <source>DNS did not answer</source>
        <translation>le DNS n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="125"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="127"/>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="129"/>
        <source>%n SPF records</source>
        <translation>
            <numerusform>%n enregistrement SPF</numerusform>
            <numerusform>%n enregistrements SPF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="131"/>
        <source>record differs</source>
        <translation>l’enregistrement diffère</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="133"/>
        <location filename="../src/gui/MainWindow.cpp" line="235"/>
        <source>mail server not authorised</source>
        <translation>serveur de messagerie non autorisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="139"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="140"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="47"/>
        <source>SPF Manager projects (*.spfproj);;All files (*)</source>
        <translation>Projets SPF Manager (*.spfproj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="53"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="54"/>
        <source>include target</source>
        <translation>cible de l’include</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="55"/>
        <source>dependent</source>
        <translation>dépendant</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="56"/>
        <source>parked</source>
        <translation>parqué</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="57"/>
        <source>null MX</source>
        <translation>MX nul</translation>
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
        <translation>pas d’enregistrement SPF</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="70"/>
        <source>several SPF records (permerror)</source>
        <translation>plusieurs enregistrements SPF (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="71"/>
        <source>syntax error (permerror)</source>
        <translation>erreur de syntaxe (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>DNS error (temperror)</source>
        <translation>erreur DNS (temperror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>loop</source>
        <translation>boucle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="74"/>
        <source>depends on the message: not followed</source>
        <translation>dépend du message : non suivi</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="75"/>
        <source>not walked (tree too large)</source>
        <translation>non parcouru (arbre trop grand)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="76"/>
        <source>waiting for DNS</source>
        <translation>en attente du DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="218"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="268"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="276"/>
        <source>Copy Record</source>
        <translation>Copier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="381"/>
        <source>Diagnostics (%1 errors, %2 warnings, %3 notes)</source>
        <translation>Diagnostics (%1 erreurs, %2 avertissements, %3 remarques)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="411"/>
        <source>(primary)</source>
        <translation>(principal)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="415"/>
        <source>(mail server)</source>
        <translation>(serveur de messagerie)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <source>(parked)</source>
        <translation>(parqué)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <source>(dependent)</source>
        <translation>(dépendant)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="477"/>
        <source>Select a domain with an SPF policy to see its include tree.</source>
        <translation>Sélectionnez un domaine ayant une politique SPF pour voir son arbre des include.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="496"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="508"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="511"/>
        <source>past the limit of 10: receivers return permerror</source>
        <translation>au-delà de la limite de 10 : les destinataires renvoient permerror</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="513"/>
        <source>void lookup</source>
        <translation>requête vide</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="515"/>
        <source>never evaluated</source>
        <translation>jamais évalué</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="532"/>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed, %3 records in the tree.</source>
        <translation>%1 requêtes DNS sur 10 permises, %2 requêtes vides sur 2 permises, %3 enregistrements dans l’arbre.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>Over the limit: receivers return permerror; the whole tree is shown.</source>
        <translation>Au-delà de la limite : les destinataires renvoient permerror ; l’arbre entier est affiché.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="539"/>
        <source>The zone file could not be read: %1</source>
        <translation>Le fichier de zone n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="593"/>
        <source>Select the domains to check first.</source>
        <translation>Sélectionnez d’abord les domaines à vérifier.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="599"/>
        <source>Nothing to check: the project needs a primary domain.</source>
        <translation>Rien à vérifier : le projet a besoin d’un domaine principal.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="625"/>
        <source>Check cancelled after %1 of %2 names; the rest stay unchecked.</source>
        <translation>Vérification annulée après %1 noms sur %2 ; les autres restent non vérifiés.</translation>
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
        <translation>%1 noms vérifiés en %2 : %3 ok, %4 avec avertissements, %5 avec erreurs, %6 injoignables.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="660"/>
        <source>Copy %1 record (%2)</source>
        <translation>Copier l’enregistrement %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="686"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="734"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 ne peut pas être ouvert.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="739"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="748"/>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="749"/>
        <source>%1 cannot be written; the file on disk is unchanged.

%2</source>
        <translation>%1 ne peut pas être écrit ; le fichier sur le disque est inchangé.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="754"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="767"/>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="780"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="790"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="790"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <location filename="../src/gui/MainWindow.cpp" line="826"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="817"/>
        <source>The primary domain, whose policy the other domains include:</source>
        <translation>Le domaine principal, dont les autres domaines incluent la politique :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="869"/>
        <location filename="../src/gui/MainWindow.cpp" line="876"/>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="870"/>
        <source>A domain that sends through %1&apos;s mail servers:</source>
        <translation>Un domaine qui envoie par les serveurs de messagerie de %1 :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="900"/>
        <source>Add domains</source>
        <translation>Ajouter des domaines</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="939"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="946"/>
        <location filename="../src/gui/MainWindow.cpp" line="955"/>
        <location filename="../src/gui/MainWindow.cpp" line="963"/>
        <location filename="../src/gui/MainWindow.cpp" line="970"/>
        <source>Add Mail Server</source>
        <translation>Ajouter un serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="946"/>
        <source>Host name and addresses, e.g. &quot;mail.example.com 192.0.2.25 2001:db8::25&quot;:</source>
        <translation>Nom d’hôte et adresses, p. ex. « mail.example.com 192.0.2.25 2001:db8::25 » :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="963"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="997"/>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1003"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1011"/>
        <source>About SPF Manager</source>
        <translation>À propos de SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1012"/>
        <source>SPF Manager %1
Manages and verifies the SPF records of a mail server and its domains.</source>
        <translation>SPF Manager %1
Gère et vérifie les enregistrements SPF d’un serveur de messagerie et de ses domaines.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PolicyEditor</name>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="34"/>
        <source>- fail</source>
        <translation>- fail (rejeter)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="35"/>
        <source>~ softfail</source>
        <translation>~ softfail (suspect)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="36"/>
        <source>? neutral</source>
        <translation>? neutral (neutre)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="37"/>
        <source>+ pass</source>
        <translation>+ pass (autoriser)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="79"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="90"/>
        <source>Edit term</source>
        <translation>Modifier le terme</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="102"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="185"/>
        <source>include:%1 (always first)</source>
        <translation>include:%1 (toujours en premier)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="202"/>
        <source>Qualifier of term %1</source>
        <translation>Qualificateur du terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="203"/>
        <source>What a match of this term means: pass, fail, softfail or neutral.</source>
        <translation>Ce que signifie une correspondance de ce terme : pass, fail, softfail ou neutral.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="205"/>
        <source>modifier</source>
        <translation>modificateur</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="219"/>
        <source>Double-click to edit the term.</source>
        <translation>Double-cliquez pour modifier le terme.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="277"/>
        <source>Add term %1</source>
        <translation>Ajouter le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="289"/>
        <source>Remove term %1</source>
        <translation>Retirer le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="299"/>
        <source>Move term %1</source>
        <translation>Déplacer le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="314"/>
        <source>Change qualifier of %1</source>
        <translation>Modifier le qualificateur de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="321"/>
        <source>Change all to %1all</source>
        <translation>Changer all en %1all</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Park %1</source>
        <translation>Parquer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Unpark %1</source>
        <translation>Ne plus parquer %1</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PublishedRecordView</name>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="32"/>
        <source>add %1 (term %2)</source>
        <translation>ajouter %1 (terme %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="33"/>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="34"/>
        <source>change %1 to %2</source>
        <translation>remplacer %1 par %2</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="35"/>
        <source>move %1 to term %2</source>
        <translation>déplacer %1 au terme %2</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="46"/>
        <source>Not checked yet: Check Live reads what DNS publishes.</source>
        <translation>Pas encore vérifié : « Vérifier en direct » lit ce que le DNS publie.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="56"/>
        <source>Nothing published: no v=spf1 TXT record at this name.</source>
        <translation>Rien de publié : aucun enregistrement TXT v=spf1 à ce nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="60"/>
        <source>TTL %1 (generated: %2)</source>
        <translation>TTL %1 (généré : %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="61"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="65"/>
        <source>DNS did not answer: what is published is not known.</source>
        <translation>Le DNS n’a pas répondu : on ne sait pas ce qui est publié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/PublishedRecordView.cpp" line="67"/>
        <source>%n SPF records are published: receivers return permerror (RFC 7208 §4.5).</source>
        <translation>
            <numerusform>%n enregistrement SPF est publié : les destinataires renvoient permerror (RFC 7208 §4.5).</numerusform>
            <numerusform>%n enregistrements SPF sont publiés : les destinataires renvoient permerror (RFC 7208 §4.5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="70"/>
        <source>Same as the generated record.</source>
        <translation>Identique à l’enregistrement généré.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="72"/>
        <source>The name is an alias of %1.</source>
        <translation>Le nom est un alias de %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="74"/>
        <source>The project was edited after this check: check again to compare with the new record.</source>
        <translation>Le projet a été modifié après cette vérification : vérifiez à nouveau pour comparer avec le nouvel enregistrement.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="18"/>
        <source>the system&apos;s resolvers</source>
        <translation>les résolveurs du système</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="19"/>
        <source>these servers</source>
        <translation>ces serveurs</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="20"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>les serveurs faisant autorité de chaque domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="34"/>
        <source>as the system</source>
        <translation>comme le système</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="47"/>
        <source>Zone File</source>
        <translation>Fichier de zone</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="79"/>
        <source>List at least one server, or choose another way to ask.</source>
        <translation>Indiquez au moins un serveur, ou choisissez une autre façon d’interroger.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::TestSenderDialog</name>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="25"/>
        <source>the project&apos;s records and the zone file (what if)</source>
        <translation>les enregistrements du projet et le fichier de zone (simulation)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="26"/>
        <source>live DNS</source>
        <translation>le DNS en direct</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="65"/>
        <source>Answers come from live DNS: %1 (Settings).</source>
        <translation>Les réponses viennent du DNS en direct : %1 (Paramètres).</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="67"/>
        <source>Answers come from the project&apos;s generated records and the zone file chosen in Settings, as DNS will be once the records are published.</source>
        <translation>Les réponses viennent des enregistrements générés du projet et du fichier de zone choisi dans les paramètres, tel que sera le DNS une fois les enregistrements publiés.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="70"/>
        <source>The zone file could not be read: %1</source>
        <translation>Le fichier de zone n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="86"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="92"/>
        <source>Give a sender address or a HELO name.</source>
        <translation>Indiquez une adresse d’expéditeur ou un nom HELO.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="113"/>
        <source>Asking DNS…</source>
        <translation>Interrogation du DNS…</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="128"/>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="131"/>
        <source>(matched %1 in %2)</source>
        <translation>(correspondance : %1 dans %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="137"/>
        <source>Explanation: %1</source>
        <translation>Explication : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="138"/>
        <source>%1 DNS lookups, %2 void.</source>
        <translation>%1 requêtes DNS, %2 vides.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="155"/>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="156"/>
        <source>term %1</source>
        <translation>terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="157"/>
        <source>query %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="158"/>
        <source>note %1</source>
        <translation>remarque %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="159"/>
        <source>result %1</source>
        <translation>résultat %1</translation>
    </message>
</context>
</TS>
