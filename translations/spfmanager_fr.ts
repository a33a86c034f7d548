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
    <name>AdoptFromDnsDialog</name>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="6"/>
        <source>Adopt from DNS</source>
        <translation>Adopter depuis le DNS</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="12"/>
        <source>One domain per line. SPF Manager reads the SPF record each one publishes and shows whether it already includes the primary&apos;s policy; tick the domains to adopt.</source>
        <translation>Un domaine par ligne. SPF Manager lit l’enregistrement SPF que chacun publie et indique s’il inclut déjà la politique du domaine principal ; cochez les domaines à adopter.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="18"/>
        <source>Domains to look up</source>
        <translation>Domaines à interroger</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="19"/>
        <source>Each line is a domain whose published SPF record is read; empty lines and lines starting with # are skipped.</source>
        <translation>Chaque ligne est un domaine dont l’enregistrement SPF publié est lu ; les lignes vides et celles qui commencent par # sont ignorées.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="26"/>
        <source>&amp;Look Up</source>
        <translation>&amp;Interroger</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="27"/>
        <source>Read what each listed domain publishes in DNS, through the resolver chosen in Settings.</source>
        <translation>Lit ce que chaque domaine de la liste publie dans le DNS, via le résolveur choisi dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="28"/>
        <source>Look up the listed domains</source>
        <translation>Interroger les domaines de la liste</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="34"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="35"/>
        <source>Stop waiting for the answers still under way; domains already read stay listed.</source>
        <translation>Cesser d’attendre les réponses en cours ; les domaines déjà lus restent dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="36"/>
        <source>Stop the look-up</source>
        <translation>Arrêter l’interrogation</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="42"/>
        <source>Look-up progress</source>
        <translation>Progression de l’interrogation</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="57"/>
        <source>What each domain publishes</source>
        <translation>Ce que publie chaque domaine</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="58"/>
        <source>Ticked domains are added to the project when you press Adopt.</source>
        <translation>Les domaines cochés sont ajoutés au projet lorsque vous appuyez sur Adopter.</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="59"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="60"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="61"/>
        <source>Primary</source>
        <translation>Domaine principal</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="62"/>
        <source>Other senders</source>
        <translation>Autres expéditeurs</translation>
    </message>
    <message>
        <location filename="../ui/AdoptFromDnsDialog.ui" line="63"/>
        <source>Adopt as</source>
        <translation>Adopter comme</translation>
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
        <location filename="../ui/ExportDialog.ui" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="56"/>
        <source>Copy the whole export to the clipboard.</source>
        <translation>Copier tout l’export dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="57"/>
        <source>Copy export</source>
        <translation>Copier l’export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="62"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="63"/>
        <source>Write the export to a file; the file is replaced only once it is written completely, and a file already there is kept as a backup (.bak) first.</source>
        <translation>Écrire l’export dans un fichier ; le fichier n’est remplacé qu’une fois entièrement écrit, et un fichier déjà présent est d’abord conservé comme sauvegarde (.bak).</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.ui" line="64"/>
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
        <location filename="../ui/MainWindow.ui" line="231"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="239"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="249"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="271"/>
        <location filename="../ui/MainWindow.ui" line="272"/>
        <source>Start an empty project.</source>
        <translation>Commencer un projet vide.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="275"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <location filename="../ui/MainWindow.ui" line="277"/>
        <source>Open a project file (.spfproj).</source>
        <translation>Ouvrir un fichier de projet (.spfproj).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="280"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="281"/>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Save the project to its file; the previous version is kept as .bak.</source>
        <translation>Enregistrer le projet dans son fichier ; la version précédente est conservée en .bak.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="285"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="286"/>
        <location filename="../ui/MainWindow.ui" line="287"/>
        <source>Save the project under a new file name.</source>
        <translation>Enregistrer le projet sous un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <location filename="../ui/MainWindow.ui" line="292"/>
        <source>Write every generated record as a zone snippet, an nsupdate script, tinydns data, JSON or CSV.</source>
        <translation>Écrire tous les enregistrements générés sous forme d’extrait de zone, de script nsupdate, de données tinydns, de JSON ou de CSV.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="296"/>
        <location filename="../ui/MainWindow.ui" line="297"/>
        <source>Close SPF Manager.</source>
        <translation>Fermer SPF Manager.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <location filename="../ui/MainWindow.ui" line="302"/>
        <source>Take back the last edit.</source>
        <translation>Annuler la dernière modification.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="305"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Do the edit again that was taken back.</source>
        <translation>Refaire la modification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="310"/>
        <source>Add &amp;Domain…</source>
        <translation>Ajouter un &amp;domaine…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="311"/>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>Add one dependent domain: it will publish an include of the primary.</source>
        <translation>Ajouter un domaine dépendant : il publiera un include du domaine principal.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <source>&amp;Paste List…</source>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="316"/>
        <location filename="../ui/MainWindow.ui" line="317"/>
        <source>Add many domains at once from a list with one domain per line.</source>
        <translation>Ajouter plusieurs domaines d’un coup depuis une liste contenant un domaine par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <source>Adopt from &amp;DNS…</source>
        <translation>Adopter depuis le &amp;DNS…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <location filename="../ui/MainWindow.ui" line="322"/>
        <source>Read what domains publish in DNS and add them, keeping the other senders they authorise.</source>
        <translation>Lit ce que des domaines publient dans le DNS et les ajoute, en gardant les autres expéditeurs qu’ils autorisent.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <source>&amp;Remove Domain</source>
        <translation>&amp;Retirer le domaine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>Remove the selected dependent or parked domain from the project.</source>
        <translation>Retirer du projet le domaine dépendant ou parqué sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <source>Add &amp;Mail Server…</source>
        <translation>Ajouter un serveur de &amp;messagerie…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="331"/>
        <location filename="../ui/MainWindow.ui" line="332"/>
        <source>Add a mail server: its HELO name gets a record authorising its addresses.</source>
        <translation>Ajouter un serveur de messagerie : son nom HELO reçoit un enregistrement qui autorise ses adresses.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="335"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <location filename="../ui/MainWindow.ui" line="337"/>
        <source>Choose the resolver, the timeout, the default TTL and the language.</source>
        <translation>Choisir le résolveur, le délai d’attente, le TTL par défaut et la langue.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="340"/>
        <source>Check &amp;Live</source>
        <translation>Vérifier en &amp;direct</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>Compare every domain&apos;s published records with the generated ones, in the background.</source>
        <translation>Comparer en arrière-plan les enregistrements publiés de chaque domaine avec ceux générés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="345"/>
        <source>Check &amp;Selection</source>
        <translation>Vérifier la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="346"/>
        <location filename="../ui/MainWindow.ui" line="347"/>
        <source>Compare only the selected domains&apos; published records with the generated ones.</source>
        <translation>Comparer uniquement les enregistrements publiés des domaines sélectionnés avec ceux générés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="350"/>
        <source>&amp;Cancel Check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="351"/>
        <location filename="../ui/MainWindow.ui" line="352"/>
        <source>Stop the live check; domains not yet checked stay unchecked.</source>
        <translation>Arrêter la vérification en direct ; les domaines pas encore vérifiés restent non vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="355"/>
        <source>&amp;Test a Sender…</source>
        <translation>&amp;Tester un expéditeur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="356"/>
        <location filename="../ui/MainWindow.ui" line="357"/>
        <source>Evaluate check_host() for an IP, a sender and a HELO name, with the full trace.</source>
        <translation>Évaluer check_host() pour une IP, un expéditeur et un nom HELO, avec la trace complète.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <source>&amp;Copy Record</source>
        <translation>&amp;Copier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="361"/>
        <location filename="../ui/MainWindow.ui" line="362"/>
        <source>Copy the selected domain&apos;s generated record to the clipboard.</source>
        <translation>Copier dans le presse-papiers l’enregistrement généré du domaine sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="365"/>
        <source>&amp;About SPF Manager</source>
        <translation>À &amp;propos de SPF Manager</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="366"/>
        <location filename="../ui/MainWindow.ui" line="367"/>
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
        <source>The language of SPF Manager; it applies as soon as you press OK.</source>
        <translation>La langue de SPF Manager ; elle s’applique dès que vous appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="108"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="113"/>
        <source>Look for &amp;obsolete records at every domain (slower)</source>
        <translation>Chercher les enregistrements &amp;obsolètes sur chaque domaine (plus lent)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Check live then asks every domain for the obsolete type 99 (SPF) record, whose answer also shows a CNAME beside its TXT record: about twice the DNS queries. Otherwise only the primary, the include target and the mail servers&apos; HELO names are asked, and other domains only when their TXT holds no SPF record.</source>
        <translation>« Vérifier en direct » demande alors à chaque domaine l’enregistrement obsolète de type 99 (SPF), dont la réponse montre aussi un CNAME à côté de son enregistrement TXT : environ deux fois plus de requêtes DNS. Sinon, seuls le domaine principal, la cible de l’include et les noms HELO des serveurs de messagerie sont interrogés, et les autres domaines seulement quand leur TXT ne contient aucun enregistrement SPF.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="115"/>
        <source>Check every domain thoroughly</source>
        <translation>Vérifier chaque domaine en profondeur</translation>
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
        <location filename="../src/gui/AddDomainsDialog.cpp" line="46"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="27"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="30"/>
        <source>Import Domain List</source>
        <translation>Importer une liste de domaines</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="28"/>
        <source>Text files (*.txt *.list *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.list *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="30"/>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="75"/>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="87"/>
        <source>%n domain(s) added.</source>
        <translation>
            <numerusform>%n domaine ajouté.</numerusform>
            <numerusform>%n domaines ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="78"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n ligne refusée :</numerusform>
            <numerusform>%n lignes refusées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AddDomainsDialog.cpp" line="86"/>
        <source>Add Domains</source>
        <translation>Ajouter des domaines</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AddDomainsDialog.cpp" line="90"/>
        <source>%n line(s) refused; the details say why.</source>
        <translation>
            <numerusform>%n ligne refusée ; les détails disent pourquoi.</numerusform>
            <numerusform>%n lignes refusées ; les détails disent pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::AdoptFromDnsDialog</name>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="25"/>
        <source>after all: never evaluated</source>
        <translation>après all : jamais évalué</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="26"/>
        <source>syntax error: receivers reject the whole record</source>
        <translation>erreur de syntaxe : les destinataires rejettent tout l’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="27"/>
        <source>exp= explanation: not carried over</source>
        <translation>explication exp= : non reprise</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="28"/>
        <source>unknown modifier: receivers ignore it</source>
        <translation>modificateur inconnu : les destinataires l’ignorent</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="29"/>
        <source>redirect= kept as an include</source>
        <translation>redirect= conservé sous forme d’include</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="30"/>
        <source>redirect= beside all: never used</source>
        <translation>redirect= à côté de all : jamais utilisé</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="31"/>
        <source>the domain includes itself: a loop</source>
        <translation>le domaine s’inclut lui-même : une boucle</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="93"/>
        <source>&amp;Adopt</source>
        <translation>&amp;Adopter</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="95"/>
        <source>Add the ticked domains to the project, as dependents or parked as chosen; one undo step.</source>
        <translation>Ajoute les domaines cochés au projet, comme dépendants ou parqués selon le choix ; une seule étape d’annulation.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="172"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="241"/>
        <source>Dependent</source>
        <translation>Dépendant</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="242"/>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="243"/>
        <source>A dependent includes the primary&apos;s policy and keeps its other senders; a parked domain sends no mail.</source>
        <translation>Un domaine dépendant inclut la politique du domaine principal et garde ses autres expéditeurs ; un domaine parqué n’envoie pas de courrier.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="245"/>
        <source>Adopt %1 as</source>
        <translation>Adopter %1 comme</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="255"/>
        <source>not looked up (cancelled)</source>
        <translation>non interrogé (annulé)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="255"/>
        <source>asking DNS…</source>
        <translation>interrogation du DNS…</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="260"/>
        <source>%1 (already in the project)</source>
        <translation>%1 (déjà dans le projet)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="264"/>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="266"/>
        <source>%n SPF records: receivers return permerror</source>
        <translation>
            <numerusform>%n enregistrement SPF : les destinataires renvoient permerror</numerusform>
            <numerusform>%n enregistrements SPF : les destinataires renvoient permerror</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="268"/>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>le domaine n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="269"/>
        <source>no usable answer: %1</source>
        <translation>aucune réponse exploitable : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="272"/>
        <source>through redirect=%1</source>
        <translation>via redirect=%1</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="273"/>
        <source>includes %1</source>
        <translation>inclut %1</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="275"/>
        <source>not included</source>
        <translation>non inclus</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="278"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="280"/>
        <source>none: the record refuses all mail</source>
        <translation>aucun : l’enregistrement refuse tout courrier</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="297"/>
        <source>Not carried over:</source>
        <translation>Non repris :</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="310"/>
        <source>%1 of %2 domains read from %3.</source>
        <translation>%1 domaines sur %2 lus auprès de %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="315"/>
        <source>Enter domains, one per line, and press Look Up.</source>
        <translation>Saisissez des domaines, un par ligne, puis appuyez sur Interroger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="317"/>
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n ligne refusée :</numerusform>
            <numerusform>%n lignes refusées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="319"/>
        <source>line %1: %2 — %3</source>
        <translation>ligne %1 : %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AdoptFromDnsDialog.cpp" line="372"/>
        <source>Adopt %n domain(s) from DNS</source>
        <translation>
            <numerusform>Adopter %n domaine depuis le DNS</numerusform>
            <numerusform>Adopter %n domaines depuis le DNS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spfm::gui::CheckProgressWidget</name>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="32"/>
        <source>resolver: %1</source>
        <translation>résolveur : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/CheckProgressWidget.cpp" line="35"/>
        <source>Checking… %1 / %2</source>
        <translation>Vérification… %1 / %2</translation>
    </message>
</context>
<context>
    <name>spfm::gui::DiagnosticsModel</name>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="51"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="52"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="53"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="94"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="95"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="96"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="97"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/gui/DiagnosticsModel.cpp" line="98"/>
        <source>Suggested fix</source>
        <translation>Correction proposée</translation>
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
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>BIND zone file snippets</source>
        <translation>Extraits de fichier de zone BIND</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>nsupdate script</source>
        <translation>Script nsupdate</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="62"/>
        <source>tinydns data</source>
        <translation>Données tinydns</translation>
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
        <translation>Enregistré dans %1. Le fichier remplacé est conservé sous %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="122"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="38"/>
        <location filename="../src/gui/ExportDialog.cpp" line="43"/>
        <source>Save Export</source>
        <translation>Enregistrer l’export</translation>
    </message>
    <message>
        <location filename="../src/gui/ExportDialog.cpp" line="95"/>
        <source>Some records have errors (see Diagnostics): publishing them would give permerror.</source>
        <translation>Certains enregistrements ont des erreurs (voir Diagnostics) : les publier donnerait permerror.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::LiveCheck</name>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="125"/>
        <source>DNS did not answer</source>
        <translation>le DNS n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="127"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="129"/>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="131"/>
        <source>%n SPF records</source>
        <translation>
            <numerusform>%n enregistrement SPF</numerusform>
            <numerusform>%n enregistrements SPF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="133"/>
        <source>record differs</source>
        <translation>l’enregistrement diffère</translation>
    </message>
    <message>
        <location filename="../src/gui/LiveCheck.cpp" line="135"/>
        <location filename="../src/gui/MainWindow.cpp" line="261"/>
        <source>mail server not authorised</source>
        <translation>serveur de messagerie non autorisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="141"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LiveCheck.cpp" line="142"/>
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
        <location filename="../src/gui/MainWindow.cpp" line="48"/>
        <source>SPF Manager projects (*.spfproj);;All files (*)</source>
        <translation>Projets SPF Manager (*.spfproj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="54"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="55"/>
        <source>include target</source>
        <translation>cible de l’include</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="56"/>
        <source>dependent</source>
        <translation>dépendant</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="57"/>
        <source>parked</source>
        <translation>parqué</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="58"/>
        <source>null MX</source>
        <translation>MX nul</translation>
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
        <translation>pas d’enregistrement SPF</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="71"/>
        <source>several SPF records (permerror)</source>
        <translation>plusieurs enregistrements SPF (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>syntax error (permerror)</source>
        <translation>erreur de syntaxe (permerror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>DNS error (temperror)</source>
        <translation>erreur DNS (temperror)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="74"/>
        <source>loop</source>
        <translation>boucle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="75"/>
        <source>depends on the message: not followed</source>
        <translation>dépend du message : non suivi</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="76"/>
        <source>not walked (tree too large)</source>
        <translation>non parcouru (arbre trop grand)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="77"/>
        <source>waiting for DNS</source>
        <translation>en attente du DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="241"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="302"/>
        <source>Copy Record</source>
        <translation>Copier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="407"/>
        <source>Diagnostics (%1 errors, %2 warnings, %3 notes)</source>
        <translation>Diagnostics (%1 erreurs, %2 avertissements, %3 remarques)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="437"/>
        <source>(primary)</source>
        <translation>(principal)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="441"/>
        <source>(mail server)</source>
        <translation>(serveur de messagerie)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="445"/>
        <source>(parked)</source>
        <translation>(parqué)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="445"/>
        <source>(dependent)</source>
        <translation>(dépendant)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="503"/>
        <source>Select a domain with an SPF policy to see its include tree.</source>
        <translation>Sélectionnez un domaine ayant une politique SPF pour voir son arbre des include.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="522"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="534"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>past the limit of 10: receivers return permerror</source>
        <translation>au-delà de la limite de 10 : les destinataires renvoient permerror</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="539"/>
        <source>void lookup</source>
        <translation>requête vide</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="541"/>
        <source>never evaluated</source>
        <translation>jamais évalué</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="558"/>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed, %3 records in the tree.</source>
        <translation>%1 requêtes DNS sur 10 permises, %2 requêtes vides sur 2 permises, %3 enregistrements dans l’arbre.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="563"/>
        <source>Over the limit: receivers return permerror; the whole tree is shown.</source>
        <translation>Au-delà de la limite : les destinataires renvoient permerror ; l’arbre entier est affiché.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="565"/>
        <source>The zone file could not be read: %1</source>
        <translation>Le fichier de zone n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="619"/>
        <source>Select the domains to check first.</source>
        <translation>Sélectionnez d’abord les domaines à vérifier.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="625"/>
        <source>Nothing to check: the project needs a primary domain.</source>
        <translation>Rien à vérifier : le projet a besoin d’un domaine principal.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="651"/>
        <source>Check cancelled after %1 of %2 names; the rest stay unchecked.</source>
        <translation>Vérification annulée après %1 noms sur %2 ; les autres restent non vérifiés.</translation>
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
        <translation>%1 noms vérifiés en %2 : %3 ok, %4 avec avertissements, %5 avec erreurs, %6 injoignables.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="686"/>
        <source>Copy %1 record (%2)</source>
        <translation>Copier l’enregistrement %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="712"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="760"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 ne peut pas être ouvert.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="765"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="774"/>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="775"/>
        <source>%1 cannot be written; the file on disk is unchanged.

%2</source>
        <translation>%1 ne peut pas être écrit ; le fichier sur le disque est inchangé.

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="780"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="793"/>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="806"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="816"/>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="842"/>
        <location filename="../src/gui/MainWindow.cpp" line="852"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="843"/>
        <source>The primary domain, whose policy the other domains include:</source>
        <translation>Le domaine principal, dont les autres domaines incluent la politique :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="895"/>
        <location filename="../src/gui/MainWindow.cpp" line="902"/>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="896"/>
        <source>A domain that sends through %1&apos;s mail servers:</source>
        <translation>Un domaine qui envoie par les serveurs de messagerie de %1 :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="926"/>
        <source>Add domains</source>
        <translation>Ajouter des domaines</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="957"/>
        <source>Adopt from DNS</source>
        <translation>Adopter depuis le DNS</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="959"/>
        <source>%n domain(s) adopted.</source>
        <translation>
            <numerusform>%n domaine adopté.</numerusform>
            <numerusform>%n domaines adoptés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="977"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="984"/>
        <location filename="../src/gui/MainWindow.cpp" line="993"/>
        <location filename="../src/gui/MainWindow.cpp" line="1001"/>
        <location filename="../src/gui/MainWindow.cpp" line="1008"/>
        <source>Add Mail Server</source>
        <translation>Ajouter un serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="984"/>
        <source>Host name and addresses, e.g. &quot;mail.example.com 192.0.2.25 2001:db8::25&quot;:</source>
        <translation>Nom d’hôte et adresses, p. ex. « mail.example.com 192.0.2.25 2001:db8::25 » :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1001"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1035"/>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1041"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1049"/>
        <source>About SPF Manager</source>
        <translation>À propos de SPF Manager</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1050"/>
        <source>SPF Manager %1
Manages and verifies the SPF records of a mail server and its domains.</source>
        <translation>SPF Manager %1
Gère et vérifie les enregistrements SPF d’un serveur de messagerie et de ses domaines.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PolicyEditor</name>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="35"/>
        <source>- fail</source>
        <translation>- fail (rejeter)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="36"/>
        <source>~ softfail</source>
        <translation>~ softfail (suspect)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="37"/>
        <source>? neutral</source>
        <translation>? neutral (neutre)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="38"/>
        <source>+ pass</source>
        <translation>+ pass (autoriser)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="80"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="91"/>
        <source>Edit term</source>
        <translation>Modifier le terme</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="103"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="186"/>
        <source>include:%1 (always first)</source>
        <translation>include:%1 (toujours en premier)</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="203"/>
        <source>Qualifier of term %1</source>
        <translation>Qualificateur du terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="204"/>
        <source>What a match of this term means: pass, fail, softfail or neutral.</source>
        <translation>Ce que signifie une correspondance de ce terme : pass, fail, softfail ou neutral.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="206"/>
        <source>modifier</source>
        <translation>modificateur</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="220"/>
        <source>Double-click to edit the term.</source>
        <translation>Double-cliquez pour modifier le terme.</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="289"/>
        <source>Add term %1</source>
        <translation>Ajouter le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="301"/>
        <source>Remove term %1</source>
        <translation>Retirer le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="311"/>
        <source>Move term %1</source>
        <translation>Déplacer le terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="326"/>
        <source>Change qualifier of %1</source>
        <translation>Modifier le qualificateur de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="333"/>
        <source>Change all to %1all</source>
        <translation>Changer all en %1all</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="345"/>
        <source>Park %1</source>
        <translation>Parquer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PolicyEditor.cpp" line="345"/>
        <source>Unpark %1</source>
        <translation>Ne plus parquer %1</translation>
    </message>
</context>
<context>
    <name>spfm::gui::PublishedRecordView</name>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="40"/>
        <source>add %1 (term %2)</source>
        <translation>ajouter %1 (terme %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="41"/>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="42"/>
        <source>change %1 to %2</source>
        <translation>remplacer %1 par %2</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="43"/>
        <source>move %1 to term %2</source>
        <translation>déplacer %1 au terme %2</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="54"/>
        <source>Not checked yet: Check Live reads what DNS publishes.</source>
        <translation>Pas encore vérifié : « Vérifier en direct » lit ce que le DNS publie.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="64"/>
        <source>Nothing published: no v=spf1 TXT record at this name.</source>
        <translation>Rien de publié : aucun enregistrement TXT v=spf1 à ce nom.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="68"/>
        <source>TTL %1 (generated: %2)</source>
        <translation>TTL %1 (généré : %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="69"/>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="73"/>
        <source>DNS did not answer: what is published is not known.</source>
        <translation>Le DNS n’a pas répondu : on ne sait pas ce qui est publié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/PublishedRecordView.cpp" line="75"/>
        <source>%n SPF records are published: receivers return permerror (RFC 7208 §4.5).</source>
        <translation>
            <numerusform>%n enregistrement SPF est publié : les destinataires renvoient permerror (RFC 7208 §4.5).</numerusform>
            <numerusform>%n enregistrements SPF sont publiés : les destinataires renvoient permerror (RFC 7208 §4.5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="78"/>
        <source>Same as the generated record.</source>
        <translation>Identique à l’enregistrement généré.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="80"/>
        <source>The name is an alias of %1.</source>
        <translation>Le nom est un alias de %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/PublishedRecordView.cpp" line="82"/>
        <source>The project was edited after this check: check again to compare with the new record.</source>
        <translation>Le projet a été modifié après cette vérification : vérifiez à nouveau pour comparer avec le nouvel enregistrement.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="71"/>
        <source>the system&apos;s resolvers</source>
        <translation>les résolveurs du système</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="72"/>
        <source>these servers</source>
        <translation>ces serveurs</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="73"/>
        <source>each domain&apos;s authoritative servers</source>
        <translation>les serveurs faisant autorité de chaque domaine</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="74"/>
        <source>as the system</source>
        <translation>comme le système</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="51"/>
        <source>Zone File</source>
        <translation>Fichier de zone</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="99"/>
        <source>List at least one server, or choose another way to ask.</source>
        <translation>Indiquez au moins un serveur, ou choisissez une autre façon d’interroger.</translation>
    </message>
</context>
<context>
    <name>spfm::gui::TestSenderDialog</name>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="52"/>
        <source>the project&apos;s records and the zone file (what if)</source>
        <translation>les enregistrements du projet et le fichier de zone (simulation)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="53"/>
        <source>live DNS</source>
        <translation>le DNS en direct</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="87"/>
        <source>Answers come from live DNS: %1 (Settings).</source>
        <translation>Les réponses viennent du DNS en direct : %1 (Paramètres).</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="89"/>
        <source>Answers come from the project&apos;s generated records and the zone file chosen in Settings, as DNS will be once the records are published.</source>
        <translation>Les réponses viennent des enregistrements générés du projet et du fichier de zone choisi dans les paramètres, tel que sera le DNS une fois les enregistrements publiés.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="92"/>
        <source>The zone file could not be read: %1</source>
        <translation>Le fichier de zone n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="108"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="114"/>
        <source>Give a sender address or a HELO name.</source>
        <translation>Indiquez une adresse d’expéditeur ou un nom HELO.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="56"/>
        <location filename="../src/gui/TestSenderDialog.cpp" line="137"/>
        <source>Asking DNS…</source>
        <translation>Interrogation du DNS…</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="152"/>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="155"/>
        <source>(matched %1 in %2)</source>
        <translation>(correspondance : %1 dans %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="161"/>
        <source>Explanation: %1</source>
        <translation>Explication : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="162"/>
        <source>%1 DNS lookups, %2 void.</source>
        <translation>%1 requêtes DNS, %2 vides.</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="179"/>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="180"/>
        <source>term %1</source>
        <translation>terme %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="181"/>
        <source>query %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="182"/>
        <source>note %1</source>
        <translation>remarque %1</translation>
    </message>
    <message>
        <location filename="../src/gui/TestSenderDialog.cpp" line="183"/>
        <source>result %1</source>
        <translation>résultat %1</translation>
    </message>
</context>
<context>
    <name>spfm::lint</name>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="78"/>
        <source>This is a Sender ID record (RFC 4406, historic): no receiver uses it, and SPF ignores it.</source>
        <translation>C’est un enregistrement Sender ID (RFC 4406, historique) : aucun destinataire ne l’utilise, et SPF l’ignore.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="80"/>
        <source>Delete it; the v=spf1 record is the one that counts.</source>
        <translation>Supprimez-le ; c’est l’enregistrement v=spf1 qui compte.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="89"/>
        <source>%1 comes before v=spf1: receivers do not recognise the record and treat the domain as having none.</source>
        <translation>%1 précède v=spf1 : les destinataires ne reconnaissent pas l’enregistrement et traitent le domaine comme s’il n’en avait pas.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="93"/>
        <source>Remove everything before v=spf1 (quotes belong to the zone file syntax, not to the record).</source>
        <translation>Supprimez tout ce qui précède v=spf1 (les guillemets appartiennent à la syntaxe du fichier de zone, pas à l’enregistrement).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="106"/>
        <source>%1 is not the SPF version tag: the record must start with v=spf1 followed by a space, or receivers ignore it.</source>
        <translation>%1 n’est pas la balise de version SPF : l’enregistrement doit commencer par v=spf1 suivi d’une espace, sinon les destinataires l’ignorent.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="110"/>
        <source>Start the record with exactly `v=spf1 `.</source>
        <translation>Commencez l’enregistrement par exactement `v=spf1 `.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="122"/>
        <source>The domain is parked (sends no mail), but its record is %1: it still lets some senders pass or stay neutral.</source>
        <translation>Le domaine est parqué (il n’envoie pas de courrier), mais son enregistrement est %1 : il laisse encore certains expéditeurs passer ou rester neutres.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="126"/>
        <source>Publish exactly `v=spf1 -all`.</source>
        <translation>Publiez exactement `v=spf1 -all`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="139"/>
        <source>The parked domain %1 has no null MX: senders will still try to deliver mail to it.</source>
        <translation>Le domaine parqué %1 n’a pas de MX nul : les expéditeurs essaieront encore de lui livrer du courrier.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="142"/>
        <source>Publish `%1. MX 0 .` (RFC 7505) instead of other MX records.</source>
        <translation>Publiez `%1. MX 0 .` (RFC 7505) à la place des autres enregistrements MX.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="158"/>
        <source>The parked domain %1 has no DMARC record with p=reject: receivers are not told to refuse mail forged in its name.</source>
        <translation>Le domaine parqué %1 n’a pas d’enregistrement DMARC avec p=reject : les destinataires ne sont pas invités à refuser le courrier falsifié en son nom.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="162"/>
        <source>Publish `_dmarc.%1. TXT &quot;v=DMARC1; p=reject;&quot;`.</source>
        <translation>Publiez `_dmarc.%1. TXT &quot;v=DMARC1; p=reject;&quot;`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="219"/>
        <source>The record&apos;s own terms spend %1 DNS lookups (limit %2)%3: receivers stop at %4 and return permerror.</source>
        <translation>Les termes propres de l’enregistrement coûtent %1 requêtes DNS (limite %2)%3 : les destinataires s’arrêtent à %4 et renvoient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="225"/>
        <source>, before counting its includes and redirect</source>
        <translation>, avant de compter ses include et son redirect</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="228"/>
        <source>Bring it to %1 or fewer: replace a/mx/include of fixed servers by ip4:/ip6:, drop ptr and unused includes.</source>
        <translation>Ramenez-le à %1 ou moins : remplacez a/mx/include de serveurs fixes par ip4:/ip6:, supprimez ptr et les include inutiles.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="234"/>
        <source>The record&apos;s own terms spend %1 of %2 DNS lookups, and its includes and redirect spend more.</source>
        <translation>Les termes propres de l’enregistrement coûtent %1 requêtes DNS sur %2, et ses include et son redirect en coûtent davantage.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="237"/>
        <source>The record spends %1 of %2 DNS lookups: little headroom.</source>
        <translation>L’enregistrement coûte %1 requêtes DNS sur %2 : peu de marge.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="309"/>
        <source>A string of %1 octets cannot be one DNS character-string (at most 255, §3.3).</source>
        <translation>Une chaîne de %1 octets ne peut pas former une seule character-string DNS (255 au plus, §3.3).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="313"/>
        <source>Split the record into several quoted strings of at most 255 octets each; they are joined without spaces.</source>
        <translation>Découpez l’enregistrement en plusieurs chaînes entre guillemets de 255 octets au plus ; elles sont jointes sans espace.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="338"/>
        <source>The strings are joined without a space (§3.3), so %1 and %2 fuse into %3.</source>
        <translation>Les chaînes sont jointes sans espace (§3.3), donc %1 et %2 fusionnent en %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="341"/>
        <source>End string %1 with a space, or start string %2 with one.</source>
        <translation>Terminez la chaîne %1 par une espace, ou commencez la chaîne %2 par une.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="396"/>
        <source>The TXT query for %1 failed (%2): receivers return temperror.</source>
        <translation>La requête TXT pour %1 a échoué (%2) : les destinataires renvoient temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="398"/>
        <source>Check that the domain&apos;s name servers answer (and agree).</source>
        <translation>Vérifiez que les serveurs de noms du domaine répondent (et concordent).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="405"/>
        <source>%1 does not exist (NXDOMAIN): mail from it gets result none, and most receivers reject it.</source>
        <translation>%1 n’existe pas (NXDOMAIN) : le courrier qui en vient obtient le résultat none, et la plupart des destinataires le rejettent.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="409"/>
        <source>Create the domain&apos;s zone (or fix the name&apos;s spelling).</source>
        <translation>Créez la zone du domaine (ou corrigez l’orthographe du nom).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="425"/>
        <source>%1 publishes no TXT record starting with v=spf1: receivers get result none and anyone can send as the domain.</source>
        <translation>%1 ne publie aucun enregistrement TXT commençant par v=spf1 : les destinataires obtiennent le résultat none et n’importe qui peut envoyer au nom du domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="428"/>
        <source>Publish a TXT record such as `v=spf1 mx -all`, or `v=spf1 -all` if the domain sends no mail.</source>
        <translation>Publiez un enregistrement TXT tel que `v=spf1 mx -all`, ou `v=spf1 -all` si le domaine n’envoie pas de courrier.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="437"/>
        <source>%1 publishes %2 v=spf1 records (%3): receivers return permerror (§4.5).</source>
        <translation>%1 publie %2 enregistrements v=spf1 (%3) : les destinataires renvoient permerror (§4.5).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="442"/>
        <source>Merge them into one record and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement et supprimez les autres.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="459"/>
        <source>%1 publishes its policy only as an obsolete SPF (type 99) record %2: receivers ignore type 99 (RFC 7208 §3.1), so they find no record.</source>
        <translation>%1 ne publie sa politique que sous forme d’enregistrement SPF obsolète (type 99) %2 : les destinataires ignorent le type 99 (RFC 7208 §3.1) et ne trouvent donc aucun enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="463"/>
        <source>Publish %1 as a TXT record at %2, then delete the type 99 record.</source>
        <translation>Publiez %1 comme enregistrement TXT sur %2, puis supprimez l’enregistrement de type 99.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="470"/>
        <source>%1 still publishes an SPF (type 99) record; RFC 7208 §3.1 uses TXT only.</source>
        <translation>%1 publie encore un enregistrement SPF (type 99) ; la RFC 7208 §3.1 n’utilise que TXT.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="474"/>
        <source>Delete the type 99 record; keep the TXT record.</source>
        <translation>Supprimez l’enregistrement de type 99 ; gardez l’enregistrement TXT.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="477"/>
        <source>The type 99 record %1 differs from the TXT record %2: old receivers may apply a different policy.</source>
        <translation>L’enregistrement de type 99 %1 diffère de l’enregistrement TXT %2 : d’anciens destinataires peuvent appliquer une autre politique.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="481"/>
        <source>Delete the type 99 record.</source>
        <translation>Supprimez l’enregistrement de type 99.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="72"/>
        <source>Write %1: a bare address is not a term.</source>
        <translation>Écrivez %1 : une adresse seule n’est pas un terme.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="79"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="492"/>
        <source>Write %1.</source>
        <translation>Écrivez %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="83"/>
        <source>Write %1: the all mechanism takes nothing after it.</source>
        <translation>Écrivez %1 : le mécanisme all n’accepte rien après lui.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="86"/>
        <source>Remove it: the version tag `v=spf1` is written once, at the start.</source>
        <translation>Supprimez-le : la balise de version `v=spf1` s’écrit une seule fois, au début.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="103"/>
        <source>Did you mean %1? Valid mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.</source>
        <translation>Vouliez-vous dire %1 ? Les mécanismes valides sont all, include, a, mx, ptr, ip4, ip6 et exists.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="108"/>
        <source>Use one of the mechanisms all, include, a, mx, ptr, ip4, ip6, exists, or remove the term.</source>
        <translation>Utilisez l’un des mécanismes all, include, a, mx, ptr, ip4, ip6, exists, ou supprimez le terme.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="119"/>
        <source>Mechanisms take `:` before their argument, modifiers take `=`.</source>
        <translation>Les mécanismes prennent `:` avant leur argument, les modificateurs `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="123"/>
        <source>Write %1: modifiers take `=`.</source>
        <translation>Écrivez %1 : les modificateurs prennent `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="125"/>
        <source>Write %1: mechanisms take `:`.</source>
        <translation>Écrivez %1 : les mécanismes prennent `:`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="134"/>
        <source>Put a space before %1: write %2.</source>
        <translation>Mettez une espace avant %1 : écrivez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="142"/>
        <source>Use one of + - ~ ? before a mechanism (or none, meaning +); modifiers take no qualifier.</source>
        <translation>Utilisez l’un de + - ~ ? devant un mécanisme (ou aucun, ce qui signifie +) ; les modificateurs ne prennent pas de qualificateur.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="147"/>
        <source>Write %1: all takes no argument or prefix length.</source>
        <translation>Écrivez %1 : all ne prend ni argument ni longueur de préfixe.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="150"/>
        <source>Give the domain, e.g. %1, or remove the term.</source>
        <translation>Indiquez le domaine, par exemple %1, ou supprimez le terme.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="155"/>
        <source>Write %1: addresses go in ip4:/ip6:, a and mx take host names.</source>
        <translation>Écrivez %1 : les adresses vont dans ip4:/ip6:, a et mx prennent des noms d’hôte.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="160"/>
        <source>Give a fully qualified domain: at least two labels, each 1 to 63 octets, a top label that is not all digits, no empty labels.</source>
        <translation>Indiquez un domaine pleinement qualifié : au moins deux labels de 1 à 63 octets chacun, un label de premier niveau qui n’est pas entièrement numérique, aucun label vide.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="165"/>
        <source>Close every %{ with }, write %% for a literal percent sign, and use only the macro letters s l o d i p h v.</source>
        <translation>Fermez chaque %{ par }, écrivez %% pour un signe pour cent littéral et n’utilisez que les lettres de macro s l o d i p h v.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="169"/>
        <source>Remove %{c}, %{r} and %{t}: they are only allowed in the explanation text exp= points to.</source>
        <translation>Supprimez %{c}, %{r} et %{t} : ils ne sont permis que dans le texte d’explication désigné par exp=.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="175"/>
        <source>ip4:/ip6: take literal addresses; macros are not expanded there. Use exists: or a: for a computed name.</source>
        <translation>ip4:/ip6: prennent des adresses littérales ; les macros n’y sont pas développées. Utilisez exists: ou a: pour un nom calculé.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="182"/>
        <source>Write %1: this is an IPv6 address.</source>
        <translation>Écrivez %1 : c’est une adresse IPv6.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="185"/>
        <source>Write %1: this is an IPv4 address.</source>
        <translation>Écrivez %1 : c’est une adresse IPv4.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="187"/>
        <source>Write the address in full: a dotted quad such as 192.0.2.10 for ip4:, RFC 4291 text such as 2001:db8::10 for ip6:.</source>
        <translation>Écrivez l’adresse en entier : quatre nombres séparés par des points comme 192.0.2.10 pour ip4:, un texte RFC 4291 comme 2001:db8::10 pour ip6:.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="192"/>
        <source>Use a prefix length of 0 to 32 for IPv4 and 0 to 128 for IPv6, without leading zeros; ip4:/ip6: take one length, a and mx take /len4//len6.</source>
        <translation>Utilisez une longueur de préfixe de 0 à 32 pour IPv4 et de 0 à 128 pour IPv6, sans zéros initiaux ; ip4:/ip6: prennent une longueur, a et mx prennent /len4//len6.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="196"/>
        <source>Remove the prefix length: include, exists, ptr and all take none.</source>
        <translation>Supprimez la longueur de préfixe : include, exists, ptr et all n’en prennent pas.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="199"/>
        <source>A modifier name starts with a letter and has only letters, digits, `-`, `_` and `.`.</source>
        <translation>Un nom de modificateur commence par une lettre et ne contient que des lettres, des chiffres, `-`, `_` et `.`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="202"/>
        <source>Remove the control or non-ASCII characters: an SPF record is printable ASCII.</source>
        <translation>Supprimez les caractères de contrôle ou non ASCII : un enregistrement SPF est en ASCII imprimable.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="205"/>
        <source>Separate terms with spaces only: no tabs, commas or line breaks.</source>
        <translation>Séparez les termes uniquement par des espaces : ni tabulations, ni virgules, ni sauts de ligne.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="208"/>
        <source>Keep only one %1.</source>
        <translation>Ne gardez qu’un seul %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="211"/>
        <source>Start the record with exactly `v=spf1` followed by a space.</source>
        <translation>Commencez l’enregistrement par exactement `v=spf1` suivi d’une espace.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="294"/>
        <source>%1 has host bits set: it matches the whole network %2, not only %3.</source>
        <translation>%1 a des bits d’hôte positionnés : il correspond à tout le réseau %2, pas seulement à %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="300"/>
        <source>Write %1 for the network, or %2 for the single host.</source>
        <translation>Écrivez %1 pour le réseau, ou %2 pour l’hôte seul.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="305"/>
        <source>every %1 address</source>
        <translation>toute adresse %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="307"/>
        <source>a /%1 network</source>
        <translation>un réseau /%1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="310"/>
        <source>%1 authorises %2; no single sender owns that much.</source>
        <translation>%1 autorise %2 ; aucun expéditeur ne possède autant d’adresses.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="312"/>
        <source>List only the networks your mail servers send from (e.g. /24 or narrower for IPv4, /48 or narrower for IPv6).</source>
        <translation>Ne listez que les réseaux depuis lesquels vos serveurs de messagerie envoient (par exemple /24 ou plus étroit pour IPv4, /48 ou plus étroit pour IPv6).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="319"/>
        <source>%1 is in the documentation range %2 (%3); it never sends real mail.</source>
        <translation>%1 est dans la plage de documentation %2 (%3) ; elle n’envoie jamais de vrai courrier.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="322"/>
        <source>Replace the example address with your server&apos;s real address.</source>
        <translation>Remplacez l’adresse d’exemple par l’adresse réelle de votre serveur.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="326"/>
        <source>%1 is in the %2 range %3 (%4): receivers on the internet never see mail from it.</source>
        <translation>%1 est dans la plage %2 %3 (%4) : les destinataires sur Internet ne voient jamais de courrier venant de là.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="331"/>
        <source>Use the public address your mail server sends from (the one receivers see), and drop this term.</source>
        <translation>Utilisez l’adresse publique depuis laquelle votre serveur de messagerie envoie (celle que voient les destinataires), et supprimez ce terme.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="365"/>
        <source>%1 is already covered by %2.</source>
        <translation>%1 est déjà couvert par %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="367"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="692"/>
        <source>Remove %1.</source>
        <translation>Supprimez %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="403"/>
        <source>%1 never applies: %2 comes first and already matches every address it covers, with another qualifier.</source>
        <translation>%1 ne s’applique jamais : %2 vient d’abord et correspond déjà à toutes les adresses qu’il couvre, avec un autre qualificateur.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="406"/>
        <source>Move %1 before %2 if its qualifier should win, or remove it.</source>
        <translation>Placez %1 avant %2 si son qualificateur doit l’emporter, ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="433"/>
        <source>Write %1: the all mechanism takes no argument.</source>
        <translation>Écrivez %1 : le mécanisme all ne prend pas d’argument.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="436"/>
        <source>Write %1 followed by its argument: mechanisms take `:`, not `=`.</source>
        <translation>Écrivez %1 suivi de son argument : les mécanismes prennent `:`, pas `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="440"/>
        <source>Write %1: mechanisms take `:`, not `=`.</source>
        <translation>Écrivez %1 : les mécanismes prennent `:`, pas `=`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="444"/>
        <source>%1 is not the %2 mechanism: with `=` it is an unknown modifier, which receivers ignore (RFC 7208 §6), so the intended %2 mechanism is never evaluated.</source>
        <translation>%1 n’est pas le mécanisme %2 : avec `=`, c’est un modificateur inconnu que les destinataires ignorent (RFC 7208 §6), si bien que le mécanisme %2 voulu n’est jamais évalué.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="461"/>
        <source>%1 inside the record looks like two records merged into one.</source>
        <translation>%1 dans l’enregistrement ressemble à deux enregistrements fusionnés en un.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="463"/>
        <source>Remove %1 and merge the terms of the two records.</source>
        <translation>Supprimez %1 et fusionnez les termes des deux enregistrements.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="470"/>
        <source>%1 is from pre-standard SPF drafts; RFC 7208 receivers ignore it.</source>
        <translation>%1 vient des brouillons antérieurs à la norme ; les destinataires conformes à la RFC 7208 l’ignorent.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="473"/>
        <source>Remove it and end the record with the matching all, e.g. `%1all`.</source>
        <translation>Supprimez-le et terminez l’enregistrement par le all correspondant, par exemple `%1all`.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="479"/>
        <source>Remove it.</source>
        <translation>Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="488"/>
        <source>%1 is not a modifier receivers know: it is ignored, so the %2= you meant never applies.</source>
        <translation>%1 n’est pas un modificateur connu des destinataires : il est ignoré, donc le %2= voulu ne s’applique jamais.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="498"/>
        <source>%1 is an unknown modifier; receivers ignore it (§6).</source>
        <translation>%1 est un modificateur inconnu ; les destinataires l’ignorent (§6).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="500"/>
        <source>Remove it unless a tool of yours reads it.</source>
        <translation>Supprimez-le, sauf si un de vos outils le lit.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="511"/>
        <source>The record is %1 octets: the DNS answer cannot fit a 512-octet UDP reply, and some receivers give up over TCP.</source>
        <translation>L’enregistrement fait %1 octets : la réponse DNS ne tient pas dans une réponse UDP de 512 octets, et certains destinataires abandonnent en TCP.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="515"/>
        <source>Shorten it: merge networks, move hosts into an include: of a sub-domain, drop terms that are never reached.</source>
        <translation>Raccourcissez-le : regroupez les réseaux, déplacez les hôtes dans un include: d’un sous-domaine, supprimez les termes jamais atteints.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="520"/>
        <source>The record is %1 octets; RFC 7208 §3.4 advises staying under 450 so the whole answer fits in 512.</source>
        <translation>L’enregistrement fait %1 octets ; la RFC 7208 §3.4 conseille de rester sous 450 pour que toute la réponse tienne dans 512.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="524"/>
        <source>Shorten it: merge networks, move hosts into an include: of a sub-domain.</source>
        <translation>Raccourcissez-le : regroupez les réseaux, déplacez les hôtes dans un include: d’un sous-domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="538"/>
        <source>Byte 0x%1 at offset %2 is not ASCII: receivers reject the record.</source>
        <translation>L’octet 0x%1 à la position %2 n’est pas de l’ASCII : les destinataires rejettent l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="542"/>
        <source>Retype the term in plain ASCII (watch for typographic dashes and non-breaking spaces); write internationalised names in their xn-- form.</source>
        <translation>Retapez le terme en ASCII simple (attention aux tirets typographiques et aux espaces insécables) ; écrivez les noms internationalisés sous leur forme xn--.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="555"/>
        <source>%1 is not valid.</source>
        <translation>%1 n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="574"/>
        <source> (at offset %1)</source>
        <translation> (à la position %1)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="601"/>
        <source>%1 comes before mechanisms; RFC 7208 §6 advises putting modifiers last.</source>
        <translation>%1 précède des mécanismes ; la RFC 7208 §6 conseille de placer les modificateurs à la fin.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="604"/>
        <source>Move %1 to the end of the record.</source>
        <translation>Placez %1 à la fin de l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="615"/>
        <source>The modifier %1 is given twice.</source>
        <translation>Le modificateur %1 est donné deux fois.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="617"/>
        <source>Keep one %1.</source>
        <translation>Gardez un seul %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="629"/>
        <source>%1 repeats all; only the first all can ever match.</source>
        <translation>%1 répète all ; seul le premier all peut correspondre.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="631"/>
        <source>Keep one all, at the end.</source>
        <translation>Gardez un seul all, à la fin.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="638"/>
        <source>%1 and %2 more mechanism(s) come after %3 and are never evaluated.</source>
        <translation>%1 et %2 autre(s) mécanisme(s) viennent après %3 et ne sont jamais évalués.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="643"/>
        <source>Move %1 to the end of the record, after the mechanisms you want checked.</source>
        <translation>Placez %1 à la fin de l’enregistrement, après les mécanismes que vous voulez faire vérifier.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="654"/>
        <source>%1 authorises every address on the internet to send as this domain.</source>
        <translation>%1 autorise toutes les adresses d’Internet à envoyer au nom de ce domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="657"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="665"/>
        <location filename="../src/core/lint/TextChecks.cpp" line="710"/>
        <source>End the record with `-all` (or `~all` while you test).</source>
        <translation>Terminez l’enregistrement par `-all` (ou `~all` pendant vos essais).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="662"/>
        <source>%1 gives unlisted senders a neutral result: no protection.</source>
        <translation>%1 donne un résultat neutre aux expéditeurs non listés : aucune protection.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="672"/>
        <source>%1: RFC 7208 §5.5 says ptr SHOULD NOT be used; it is slow, unreliable and some receivers skip it.</source>
        <translation>%1 : selon la RFC 7208 §5.5, ptr NE DEVRAIT PAS être utilisé ; il est lent, peu fiable et certains destinataires l’ignorent.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="675"/>
        <source>Replace it with ip4:/ip6: for your servers&apos; addresses, or a: with their names.</source>
        <translation>Remplacez-le par ip4:/ip6: pour les adresses de vos serveurs, ou par a: avec leurs noms.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="688"/>
        <source>%1 includes %2 again: it spends lookups for nothing (the first %3 already decided).</source>
        <translation>%1 inclut de nouveau %2 : cela coûte des requêtes pour rien (le premier %3 a déjà décidé).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="698"/>
        <source>%1 repeats an earlier term.</source>
        <translation>%1 répète un terme précédent.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="699"/>
        <source>Remove the second %1.</source>
        <translation>Supprimez le second %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="708"/>
        <source>The record has neither all nor redirect=: unlisted senders get neutral (§4.7), which protects nothing.</source>
        <translation>L’enregistrement n’a ni all ni redirect= : les expéditeurs non listés obtiennent neutral (§4.7), ce qui ne protège rien.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="715"/>
        <source>%1 is ignored because the record has %2 (§6.1).</source>
        <translation>%1 est ignoré parce que l’enregistrement contient %2 (§6.1).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TextChecks.cpp" line="717"/>
        <source>Remove %1, or remove %2 if the redirect target&apos;s policy should apply.</source>
        <translation>Supprimez %1, ou supprimez %2 si la politique de la cible du redirect doit s’appliquer.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="73"/>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="74"/>
        <source>%1 record(s)</source>
        <translation>%1 enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="104"/>
        <source>not an SPF version 1 record</source>
        <translation>pas un enregistrement SPF version 1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="170"/>
        <source>TXT query failed: %1</source>
        <translation>échec de la requête TXT : %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="183"/>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>le domaine n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="184"/>
        <source>no v=spf1 TXT record</source>
        <translation>aucun enregistrement TXT v=spf1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="192"/>
        <source>%1 v=spf1 records</source>
        <translation>%1 enregistrements v=spf1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="203"/>
        <source>%1 is not valid</source>
        <translation>%1 n’est pas valide</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="267"/>
        <source>the target depends on the message (%1); not followed</source>
        <translation>la cible dépend du message (%1) ; non suivie</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="270"/>
        <source>%1 names a domain built from the message being checked; the linter cannot follow it and counts it as one lookup.</source>
        <translation>%1 désigne un domaine construit à partir du message vérifié ; l’analyseur ne peut pas le suivre et le compte comme une requête.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="274"/>
        <source>Nothing to fix if this is intended; check it with check-host for a real sender.</source>
        <translation>Rien à corriger si c’est voulu ; vérifiez-le avec check-host pour un expéditeur réel.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="293"/>
        <source>The %1 query for %2 failed (%3): receivers return temperror here.</source>
        <translation>La requête %1 pour %2 a échoué (%3) : les destinataires renvoient ici temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="296"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="372"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="403"/>
        <source>Fix the DNS servers of %1, or remove the term.</source>
        <translation>Réparez les serveurs DNS de %1, ou supprimez le terme.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="311"/>
        <source>%1 has no AAAA record although the policy lists IPv6 networks: %2 never matches an IPv6 client and costs a void lookup for it.</source>
        <translation>%1 n’a pas d’enregistrement AAAA alors que la politique liste des réseaux IPv6 : %2 ne correspond jamais à un client IPv6 et coûte pour lui une requête vide.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="315"/>
        <source>Publish the AAAA record of %1, or list its IPv6 address with ip6:.</source>
        <translation>Publiez l’enregistrement AAAA de %1, ou listez son adresse IPv6 avec ip6:.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="328"/>
        <source>%1 looks up %2/%3, which has no records: the term never matches and counts as a void lookup (at most 2 allowed).</source>
        <translation>%1 interroge %2/%3, qui n’a aucun enregistrement : le terme ne correspond jamais et compte comme requête vide (2 au plus permises).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="332"/>
        <source>Remove %1, or publish the %2 record of %3.</source>
        <translation>Supprimez %1, ou publiez l’enregistrement %2 de %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="357"/>
        <source>needs the client&apos;s address; not looked up</source>
        <translation>nécessite l’adresse du client ; non interrogé</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="369"/>
        <source>The A query for %1 failed (%2): receivers return temperror here.</source>
        <translation>La requête A pour %1 a échoué (%2) : les destinataires renvoient ici temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="400"/>
        <source>The MX query for %1 failed (%2): receivers return temperror here.</source>
        <translation>La requête MX pour %1 a échoué (%2) : les destinataires renvoient ici temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="416"/>
        <source>%1 has a null MX (RFC 7505): it receives no mail, so %2 never matches.</source>
        <translation>%1 a un MX nul (RFC 7505) : il ne reçoit aucun courrier, donc %2 ne correspond jamais.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="419"/>
        <source>Remove %1; list the sending servers with ip4:/ip6: or a:.</source>
        <translation>Supprimez %1 ; listez les serveurs d’envoi avec ip4:/ip6: ou a:.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="426"/>
        <source>%1 has %2 MX names; receivers return permerror for an mx with more than %3 (§4.6.4).</source>
        <translation>%1 a %2 noms MX ; les destinataires renvoient permerror pour un mx de plus de %3 (§4.6.4).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="432"/>
        <source>Replace %1 by ip4:/ip6: or a: terms for the servers that send mail.</source>
        <translation>Remplacez %1 par des termes ip4:/ip6: ou a: pour les serveurs qui envoient le courrier.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="444"/>
        <source>None of the MX hosts of %1 has an address: %2 never matches.</source>
        <translation>Aucun des hôtes MX de %1 n’a d’adresse : %2 ne correspond jamais.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="447"/>
        <source>Publish A/AAAA records for the MX hosts, or remove %1.</source>
        <translation>Publiez des enregistrements A/AAAA pour les hôtes MX, ou supprimez %1.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="462"/>
        <source>the TXT query for %1 failed (%2)</source>
        <translation>la requête TXT pour %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="465"/>
        <source>%1 has no TXT record</source>
        <translation>%1 n’a pas d’enregistrement TXT</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="467"/>
        <source>%1 has %2 TXT records (§6.2 needs exactly one)</source>
        <translation>%1 a %2 enregistrements TXT (§6.2 en exige exactement un)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="475"/>
        <source>the explanation text is not a valid macro-string: %1</source>
        <translation>le texte d’explication n’est pas une chaîne de macro valide : %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="481"/>
        <source>%1: %2, so receivers silently drop the explanation.</source>
        <translation>%1 : %2, donc les destinataires abandonnent l’explication sans le dire.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="483"/>
        <source>Publish exactly one TXT record with valid explanation text at %1, or remove %2.</source>
        <translation>Publiez à %1 exactement un enregistrement TXT avec un texte d’explication valide, ou supprimez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="508"/>
        <source>%1 closes a loop: %2. Receivers follow it until the lookup limit and return permerror.</source>
        <translation>%1 ferme une boucle : %2. Les destinataires la suivent jusqu’à la limite de requêtes et renvoient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="512"/>
        <source>Remove %1 from %2&apos;s record.</source>
        <translation>Supprimez %1 de l’enregistrement de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="521"/>
        <source>The include tree has more than %1 records; the walk stopped at %2, so the counts are lower than the truth.</source>
        <translation>L’arbre des include a plus de %1 enregistrements ; le parcours s’est arrêté à %2, les comptes sont donc inférieurs à la réalité.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="527"/>
        <source>Flatten the includes: the tree is far over any receiver&apos;s limit anyway.</source>
        <translation>Aplatissez les include : l’arbre dépasse de toute façon largement la limite de tout destinataire.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="541"/>
        <source>%1 points to %2: %3. Receivers return permerror (§%4), not &quot;no match&quot;.</source>
        <translation>%1 pointe vers %2 : %3. Les destinataires renvoient permerror (§%4), et non « pas de correspondance ».</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="545"/>
        <source>Publish an SPF record at %1, or fix the name in %2.</source>
        <translation>Publiez un enregistrement SPF à %1, ou corrigez le nom dans %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="552"/>
        <source>%1: the record of %2 fails (%3), so receivers return %4 here.</source>
        <translation>%1 : l’enregistrement de %2 échoue (%3), donc les destinataires renvoient ici %4.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="556"/>
        <source>Fix the record at %1 (lint it on its own), or remove %2.</source>
        <translation>Corrigez l’enregistrement à %1 (vérifiez-le seul), ou supprimez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="565"/>
        <source>%1 hands the policy to %2, which ends in %3: every address passes.</source>
        <translation>%1 confie la politique à %2, qui se termine par %3 : toute adresse passe.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="568"/>
        <source>Have %1 end in -all, or point the redirect elsewhere.</source>
        <translation>Faites se terminer %1 par -all, ou dirigez le redirect ailleurs.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="573"/>
        <source>%1: %2 ends in %3, so the include matches every address on the internet.</source>
        <translation>%1 : %2 se termine par %3, donc l’include correspond à toutes les adresses d’Internet.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="576"/>
        <source>Have %1 end in -all or ~all, or remove %2.</source>
        <translation>Faites se terminer %1 par -all ou ~all, ou supprimez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="750"/>
        <source>an address no term matches</source>
        <translation>une adresse qu’aucun terme ne couvre</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="755"/>
        <source>The client %1 costs %2 DNS lookups (limit %3; %4 over the whole tree): receivers stop at %5 in %6&apos;s record and return permerror.</source>
        <translation>Le client %1 coûte %2 requêtes DNS (limite %3 ; %4 sur tout l’arbre) : les destinataires s’arrêtent à %5 dans l’enregistrement de %6 et renvoient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="758"/>
        <source>A client address that no term matches (e.g. %1) costs %2 DNS lookups (limit %3; %4 over the whole tree): receivers stop at %5 in %6&apos;s record and return permerror.</source>
        <translation>Une adresse de client qu’aucun terme ne couvre (par exemple %1) coûte %2 requêtes DNS (limite %3 ; %4 sur tout l’arbre) : les destinataires s’arrêtent à %5 dans l’enregistrement de %6 et renvoient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="767"/>
        <source>Bring it to %1 or fewer: replace a/mx/include of fixed servers by ip4:/ip6:, drop ptr and unused includes, flatten includes you control.</source>
        <translation>Ramenez-le à %1 ou moins : remplacez a/mx/include de serveurs fixes par ip4:/ip6:, supprimez ptr et les include inutiles, aplatissez les include que vous gérez.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="773"/>
        <source>The limit bites only for some clients: senders matched before %1 still get their result, every other address (worst case e.g. %2) gets permerror there.</source>
        <translation>La limite ne frappe que certains clients : les expéditeurs reconnus avant %1 obtiennent toujours leur résultat, toute autre adresse (au pire par exemple %2) y obtient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="777"/>
        <source>Do not rely on it: put your own servers&apos; terms first, and bring the total to %1 or fewer.</source>
        <translation>Ne comptez pas dessus : placez d’abord les termes de vos propres serveurs, et ramenez le total à %1 ou moins.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="784"/>
        <source>The tree holds %1 DNS-querying terms, but lazy evaluation spends at most %2: the rest are never evaluated. Checkers that count statically report it as over the limit.</source>
        <translation>L’arbre contient %1 termes qui interrogent le DNS, mais l’évaluation paresseuse en dépense au plus %2 : le reste n’est jamais évalué. Les vérificateurs qui comptent statiquement le signalent au-dessus de la limite.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="790"/>
        <source>Remove the terms that are never evaluated (after all, or a redirect= beside all).</source>
        <translation>Supprimez les termes jamais évalués (après all, ou un redirect= à côté de all).</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="795"/>
        <source>%1 of %2 DNS lookups used: a change in an include you do not control can push it over.</source>
        <translation>%1 requêtes DNS sur %2 utilisées : une modification dans un include que vous ne gérez pas peut faire dépasser la limite.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="241"/>
        <location filename="../src/core/lint/TreeWalk.cpp" line="800"/>
        <source>Keep a margin: replace a/mx of fixed servers by ip4:/ip6:, drop unused includes.</source>
        <translation>Gardez une marge : remplacez a/mx de serveurs fixes par ip4:/ip6:, supprimez les include inutiles.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="806"/>
        <source>%1 void lookups on the way (limit %2): receivers return permerror at %3.</source>
        <translation>%1 requêtes vides en chemin (limite %2) : les destinataires renvoient permerror à %3.</translation>
    </message>
    <message>
        <location filename="../src/core/lint/TreeWalk.cpp" line="811"/>
        <source>Remove the terms whose names have no records (see the void-lookup warnings).</source>
        <translation>Supprimez les termes dont les noms n’ont aucun enregistrement (voir les avertissements sur les requêtes vides).</translation>
    </message>
</context>
<context>
    <name>spfm::project</name>
    <message>
        <location filename="../src/core/project/DomainList.cpp" line="25"/>
        <source>%1 is already listed above.</source>
        <translation>%1 figure déjà plus haut dans la liste.</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="29"/>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>« %1 » n’est pas un nom de domaine valide : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="41"/>
        <source>The domain name is empty.</source>
        <translation>Le nom de domaine est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="48"/>
        <location filename="../src/core/project/DomainName.cpp" line="92"/>
        <source>it contains the character %1</source>
        <translation>il contient le caractère %1</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="59"/>
        <source>it cannot be converted to its ASCII (IDNA) form</source>
        <translation>il ne peut pas être converti dans sa forme ASCII (IDNA)</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="69"/>
        <source>it is %1 octets long, the limit is 253</source>
        <translation>il fait %1 octets, la limite est 253</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="81"/>
        <source>it has an empty label</source>
        <translation>il a un label vide</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="85"/>
        <source>the label &quot;%1&quot; is %2 octets long, the limit is 63</source>
        <translation>le label « %1 » fait %2 octets, la limite est 63</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="98"/>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>le label « %1 » commence ou finit par un tiret</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="107"/>
        <source>it needs at least two labels (like example.com)</source>
        <translation>il faut au moins deux labels (comme example.com)</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="113"/>
        <source>its last label is all digits</source>
        <translation>son dernier label n’est fait que de chiffres</translation>
    </message>
    <message>
        <location filename="../src/core/project/DomainName.cpp" line="121"/>
        <source>the label &quot;%1&quot; is not a valid internationalised label</source>
        <translation>le label « %1 » n’est pas un label internationalisé valide</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="141"/>
        <source>Correct or remove the term.</source>
        <translation>Corrigez ou supprimez le terme.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="181"/>
        <source>The primary&apos;s policy ends in +all: every host on the Internet may send mail as %1 and as every dependent domain.</source>
        <translation>La politique du domaine principal se termine par +all : tout hôte d’Internet peut envoyer du courrier au nom de %1 et de chaque domaine dépendant.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="186"/>
        <source>Use -all (or ~all while testing) and list the real senders.</source>
        <translation>Utilisez -all (ou ~all pendant les essais) et listez les vrais expéditeurs.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="220"/>
        <source>%1 ends in +all: every host on the Internet may send mail as it.</source>
        <translation>%1 se termine par +all : tout hôte d’Internet peut envoyer du courrier en son nom.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="223"/>
        <source>Use -all or ~all.</source>
        <translation>Utilisez -all ou ~all.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="243"/>
        <source>The obsolete SPF record type (99) is exported on request. RFC 7208 §3.1 removed it: receivers read only TXT, and two copies can drift apart.</source>
        <translation>Le type d’enregistrement SPF obsolète (99) est exporté à la demande. La RFC 7208 §3.1 l’a supprimé : les destinataires ne lisent que TXT, et deux copies peuvent diverger.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="247"/>
        <source>Turn off &quot;spf_rr_type99&quot; unless a receiver you must serve still asks for type 99.</source>
        <translation>Désactivez « spf_rr_type99 », sauf si un destinataire que vous devez servir demande encore le type 99.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="293"/>
        <source>at least </source>
        <translation>au moins </translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="297"/>
        <source>Evaluating %1 takes %2%3 DNS lookups (its own terms plus the included policy); the limit is 10 and receivers return permerror past it.</source>
        <translation>L’évaluation de %1 demande %2%3 requêtes DNS (ses propres termes plus la politique incluse) ; la limite est 10 et au-delà les destinataires renvoient permerror.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="303"/>
        <source>Replace a, mx and include terms of the primary&apos;s policy by ip4:/ip6: terms.</source>
        <translation>Remplacez les termes a, mx et include de la politique du domaine principal par des termes ip4:/ip6:.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="318"/>
        <source>Evaluating %1 takes %2%3 of the 10 allowed DNS lookups.</source>
        <translation>L’évaluation de %1 demande %2%3 des 10 requêtes DNS permises.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="321"/>
        <source>Keep headroom for includes that may grow.</source>
        <translation>Gardez une marge pour les include qui peuvent grossir.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="331"/>
        <source>The record for %1 is %2 octets; over 450 the DNS answer may not fit in 512 octets (RFC 7208 §3.4).</source>
        <translation>L’enregistrement de %1 fait %2 octets ; au-delà de 450 la réponse DNS risque de ne pas tenir dans 512 octets (RFC 7208 §3.4).</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="336"/>
        <source>Shorten the policy or move terms to a dedicated include.</source>
        <translation>Raccourcissez la politique ou déplacez des termes dans un include dédié.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="361"/>
        <source>The policy of %1 has redirect= and ends in %2all: receivers ignore redirect= when the record has all, so the redirect target never applies.</source>
        <translation>La politique de %1 contient redirect= et se termine par %2all : les destinataires ignorent redirect= quand l’enregistrement contient all, donc la cible du redirect ne s’applique jamais.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="366"/>
        <source>Set its all to &quot;none&quot; (no all) so the redirect target decides, or remove the redirect= term.</source>
        <translation>Réglez son all sur « none » (pas de all) pour que la cible du redirect décide, ou supprimez le terme redirect=.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="382"/>
        <source>The mail server&apos;s HELO name %1 is also a project domain; its policy there answers HELO checks, so no separate HELO record is generated.</source>
        <translation>Le nom HELO %1 du serveur de messagerie est aussi un domaine du projet ; sa politique y répond aux vérifications HELO, donc aucun enregistrement HELO séparé n’est généré.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Generator.cpp" line="387"/>
        <source>Make sure that policy authorises the server&apos;s own addresses (ip4:/ip6: or a).</source>
        <translation>Assurez-vous que cette politique autorise les propres adresses du serveur (ip4:/ip6: ou a).</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="44"/>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>« %1 » n’est ni un nom de serveur ni une adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="48"/>
        <source>The TSIG key must look like [algorithm:]name:base64secret.</source>
        <translation>La clé TSIG doit avoir la forme [algorithm:]name:base64secret.</translation>
    </message>
    <message>
        <location filename="../src/core/project/NsupdateExporter.cpp" line="97"/>
        <source>%1: left out of the nsupdate script because the currently published value is unknown; export with the published values (after a verification) or declare that nothing is published yet.</source>
        <translation>%1 : omis du script nsupdate car la valeur actuellement publiée est inconnue ; exportez avec les valeurs publiées (après une vérification) ou déclarez que rien n’est encore publié.</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="58"/>
        <source>&quot;%1&quot; is not a DNS server address (ADDRESS or ADDRESS:PORT): %2</source>
        <translation>« %1 » n’est pas une adresse de serveur DNS (ADRESSE ou ADRESSE:PORT) : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="67"/>
        <source>missing &apos;]&apos;</source>
        <translation>&apos;]&apos; manquant</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="72"/>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>texte inattendu après « ] »</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="75"/>
        <location filename="../src/core/project/Project.cpp" line="83"/>
        <source>empty port</source>
        <translation>port vide</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="87"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="94"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="73"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="100"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="119"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="83"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="93"/>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="109"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="118"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="134"/>
        <source>%1: &quot;%2&quot; is not a qualifier; use &quot;-&quot;, &quot;~&quot;, &quot;?&quot;, &quot;+&quot; or &quot;none&quot; (no all, for a policy ending in redirect=)</source>
        <translation>%1 : « %2 » n’est pas un qualificateur ; utilisez « - », « ~ », « ? », « + » ou « none » (pas de all, pour une politique qui se termine par redirect=)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="146"/>
        <source>missing: a project needs its primary domain</source>
        <translation>manquant : un projet a besoin de son domaine principal</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="192"/>
        <location filename="../src/core/project/ProjectFile.cpp" line="234"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="212"/>
        <source>%1.addresses[%2]: &quot;%3&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1.addresses[%2] : « %3 » n’est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="295"/>
        <source>resolver.mode: &quot;%1&quot; is not one of system, servers, authoritative</source>
        <translation>resolver.mode : « %1 » n’est pas l’un de system, servers, authoritative</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="313"/>
        <source>expected a whole number of milliseconds</source>
        <translation>nombre entier de millisecondes attendu</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="355"/>
        <source>The project file %1 does not exist.</source>
        <translation>Le fichier de projet %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="358"/>
        <source>Choose the .spfproj file that SPF Manager saved</source>
        <translation>Choisissez le fichier .spfproj que SPF Manager a enregistré</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="362"/>
        <source>, or restore its backup %1</source>
        <translation>, ou restaurez sa sauvegarde %1</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="368"/>
        <source>%1 is not a project file: it is a directory or a device, not a regular file. %2.</source>
        <translation>%1 n’est pas un fichier de projet : c’est un répertoire ou un périphérique, pas un fichier ordinaire. %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="376"/>
        <source>%1 is not a project file: it is %2 MiB, and a project is at most %3 MiB (ten thousand domains take less than 1 MiB). %4%5.</source>
        <translation>%1 n’est pas un fichier de projet : il fait %2 Mio, et un projet fait au plus %3 Mio (dix mille domaines prennent moins de 1 Mio). %4%5.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="388"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="393"/>
        <source>%1 is not a project file: it is larger than %2 MiB. %3%4.</source>
        <translation>%1 n’est pas un fichier de projet : il dépasse %2 Mio. %3%4.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="407"/>
        <source> Correct the JSON at that position.</source>
        <translation> Corrigez le JSON à cet endroit.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="408"/>
        <source> Restore its backup %1, or correct the JSON at that position.</source>
        <translation> Restaurez sa sauvegarde %1, ou corrigez le JSON à cet endroit.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="422"/>
        <source>The project is larger than %1 MiB.</source>
        <translation>Le projet dépasse %1 Mio.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="429"/>
        <source>This is binary data (a zero byte at offset %1), not an SPF Manager project, which is JSON text.</source>
        <translation>Ce sont des données binaires (un octet nul à la position %1), pas un projet SPF Manager, qui est du texte JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="435"/>
        <source>The file is empty: it holds no project.</source>
        <translation>Le fichier est vide : il ne contient aucun projet.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="445"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="450"/>
        <source>: the file ends in the middle of the project, as if cut short.</source>
        <translation> : le fichier s’arrête au milieu du projet, comme s’il avait été tronqué.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="453"/>
        <source>: this is not valid JSON.</source>
        <translation> : ce n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="461"/>
        <source>line %1, column %2: %3 is given twice in the same object; only one of the values would be kept and the other lost. Remove one of them.</source>
        <translation>ligne %1, colonne %2 : %3 figure deux fois dans le même objet ; une seule des valeurs serait conservée et l’autre perdue. Supprimez-en une.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="471"/>
        <source>This is JSON but not an SPF Manager project (no top-level object).</source>
        <translation>C’est du JSON, mais pas un projet SPF Manager (pas d’objet de premier niveau).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="476"/>
        <source>This is JSON but not an SPF Manager project (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>C’est du JSON, mais pas un projet SPF Manager (« format » n’est pas « %1 »).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="483"/>
        <source>&quot;version&quot; must be a whole number from 1 up.</source>
        <translation>« version » doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="487"/>
        <source>This project was written in format version %1 by a newer SPF Manager; this version reads format version %2. Open it with a newer SPF Manager.</source>
        <translation>Ce projet a été écrit au format version %1 par un SPF Manager plus récent ; cette version lit le format version %2. Ouvrez-le avec un SPF Manager plus récent.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectFile.cpp" line="503"/>
        <source>expected a whole number of seconds</source>
        <translation>nombre entier de secondes attendu</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="20"/>
        <location filename="../src/core/project/BackupSave.cpp" line="25"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="36"/>
        <source>Cannot read %1 to keep it as a backup: %2</source>
        <translation>Impossible de lire %1 pour le garder comme sauvegarde : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="46"/>
        <source>Cannot keep the previous version as %1.bak: %2</source>
        <translation>Impossible de garder la version précédente sous %1.bak : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/BackupSave.cpp" line="55"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="40"/>
        <source>The term &quot;%1&quot; makes %2 include itself, which is a loop (RFC 7208 §5.2).</source>
        <translation>Le terme « %1 » fait que %2 s’inclut lui-même, ce qui est une boucle (RFC 7208 §5.2).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="57"/>
        <source>There is no row %1 in %2.</source>
        <translation>Il n’y a pas de ligne %1 dans %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="87"/>
        <source>Term %1 is empty.</source>
        <translation>Le terme %1 est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="92"/>
        <source>The term &quot;%1&quot; contains white space; write each term separately.</source>
        <translation>Le terme « %1 » contient des blancs ; écrivez chaque terme séparément.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="103"/>
        <source>&quot;%1&quot; is not a term here: the closing all has its own qualifier setting.</source>
        <translation>« %1 » n’est pas un terme ici : le all final a son propre réglage de qualificateur.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="110"/>
        <source>&quot;v=spf1&quot; is written by the generator, not a term.</source>
        <translation>« v=spf1 » est écrit par le générateur, ce n’est pas un terme.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="120"/>
        <source>The primary domain is empty.</source>
        <translation>Le domaine principal est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="124"/>
        <source>%1 is already a dependent domain; it cannot also be the primary.</source>
        <translation>%1 est déjà un domaine dépendant ; il ne peut pas être aussi le domaine principal.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="131"/>
        <source>%1 is the dedicated include target; clear that first.</source>
        <translation>%1 est la cible d’include dédiée ; retirez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="159"/>
        <source>%1 is a dependent domain; it cannot be the include target.</source>
        <translation>%1 est un domaine dépendant ; il ne peut pas être la cible d’include.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="175"/>
        <source>The mail server&apos;s host name is empty.</source>
        <translation>Le nom d’hôte du serveur de messagerie est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="180"/>
        <source>The mail server %1 is already in the project.</source>
        <translation>Le serveur de messagerie %1 est déjà dans le projet.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="185"/>
        <source>The mail server %1 needs at least one address.</source>
        <translation>Le serveur de messagerie %1 a besoin d’au moins une adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="191"/>
        <source>The address %1 is listed twice for %2.</source>
        <translation>L’adresse %1 est listée deux fois pour %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="239"/>
        <source>The dependent domain is empty.</source>
        <translation>Le domaine dépendant est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="242"/>
        <source>%1 is the primary domain; it cannot depend on (include) itself.</source>
        <translation>%1 est le domaine principal ; il ne peut pas dépendre de lui-même (s’inclure).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="248"/>
        <source>%1 is the include target; it cannot include itself.</source>
        <translation>%1 est la cible d’include ; il ne peut pas s’inclure lui-même.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="254"/>
        <source>%1 is already a dependent domain of this project.</source>
        <translation>%1 est déjà un domaine dépendant de ce projet.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="321"/>
        <source>The TTL %1 is out of range: use 0 to 2147483647 seconds (RFC 2181 §8).</source>
        <translation>Le TTL %1 est hors limites : utilisez de 0 à 2147483647 secondes (RFC 2181 §8).</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="343"/>
        <source>The resolver timeout %1 ms is out of range: use %2 to %3 ms.</source>
        <translation>Le délai du résolveur de %1 ms est hors limites : utilisez de %2 à %3 ms.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectModel.cpp" line="351"/>
        <source>The resolver mode &quot;servers&quot; needs at least one server.</source>
        <translation>Le mode de résolveur « servers » nécessite au moins un serveur.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="110"/>
        <source>The mail server %1 (%2) is not authorised by the policy of %3: check_host gives %4 for mail from %3, so its mail for %3 and every dependent domain fails SPF.</source>
        <translation>Le serveur de messagerie %1 (%2) n’est pas autorisé par la politique de %3 : check_host donne %4 pour le courrier de %3, donc son courrier pour %3 et pour chaque domaine dépendant échoue à SPF.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="116"/>
        <source>Correct the primary&apos;s policy so that it evaluates (%1), and make sure it lists %2.</source>
        <translation>Corrigez la politique du domaine principal pour qu’elle puisse être évaluée (%1), et vérifiez qu’elle contient %2.</translation>
    </message>
    <message>
        <location filename="../src/core/project/ServerCheck.cpp" line="120"/>
        <source>Add %1 to the primary&apos;s terms.</source>
        <translation>Ajoutez %1 aux termes du domaine principal.</translation>
    </message>
</context>
<context>
    <name>spfm::verify</name>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="62"/>
        <source>CNAME loop at %1: the %2 query that %3&apos;s checks need never reaches data, so receivers get temperror although the name servers answer.</source>
        <translation>Boucle de CNAME à %1 : la requête %2 dont ont besoin les vérifications de %3 n’atteint jamais de données, les destinataires obtiennent donc temperror alors que les serveurs de noms répondent.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="66"/>
        <source>Fix the alias: point one CNAME of the loop at a name that holds the records, or replace it with the records themselves.</source>
        <translation>Corrigez l’alias : faites pointer un CNAME de la boucle vers un nom qui porte les enregistrements, ou remplacez-le par les enregistrements eux-mêmes.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="71"/>
        <source>The CNAME chain %1 is longer than resolvers follow: the %2 query that %3&apos;s checks need never reaches data, so receivers get temperror.</source>
        <translation>La chaîne de CNAME %1 est plus longue que ce que suivent les résolveurs : la requête %2 dont ont besoin les vérifications de %3 n’atteint jamais de données, les destinataires obtiennent donc temperror.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="75"/>
        <source>Fix the alias: point the first CNAME straight at the name that holds the records.</source>
        <translation>Corrigez l’alias : faites pointer le premier CNAME directement vers le nom qui porte les enregistrements.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="104"/>
        <source>The server answered %1 to the TXT query for %2%3: receivers get temperror, and nothing about %2 could be checked.</source>
        <translation>Le serveur a répondu %1 à la requête TXT pour %2%3 : les destinataires obtiennent temperror, et rien de %2 n’a pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="109"/>
        <source>A server that answers %1 is up but cannot serve the zone (broken or expired zone, DNSSEC validation failure, lame delegation): check the zone of %2 on its name servers.</source>
        <translation>Un serveur qui répond %1 fonctionne mais ne peut pas servir la zone (zone cassée ou expirée, échec de validation DNSSEC, délégation boiteuse) : vérifiez la zone de %2 sur ses serveurs de noms.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="115"/>
        <source>No server answered the TXT query for %1%2: receivers get temperror, and nothing about %1 could be checked.</source>
        <translation>Aucun serveur n’a répondu à la requête TXT pour %1%2 : les destinataires obtiennent temperror, et rien de %1 n’a pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="119"/>
        <source>Check that the resolver, or the name servers of %1, are running and reachable (firewall, port), then verify again.</source>
        <translation>Vérifiez que le résolveur, ou les serveurs de noms de %1, fonctionnent et sont joignables (pare-feu, port), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="130"/>
        <source>its HELO name</source>
        <translation>son nom HELO</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="134"/>
        <source>check_host for mail server %1 as %2 gives temperror (%3): whether it is authorised was not checked.</source>
        <translation>check_host pour le serveur de messagerie %1 avec %2 donne temperror (%3) : son autorisation n’a pas été vérifiée.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DnsFailures.cpp" line="138"/>
        <source>Verify again once every name on the way answers.</source>
        <translation>Vérifiez de nouveau quand chaque nom du chemin répondra.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="240"/>
        <source>%1 could not be checked: %2.</source>
        <translation>%1 n’a pas pu être vérifié : %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="242"/>
        <source>Check that the resolver (or the domain&apos;s name servers) answer, then verify again.</source>
        <translation>Vérifiez que le résolveur (ou les serveurs de noms du domaine) répondent, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="310"/>
        <source>%1 is an alias (CNAME) for %2: receivers read %2&apos;s TXT records, and the project&apos;s record cannot be published beside the CNAME (RFC 1034 §3.6.2).</source>
        <translation>%1 est un alias (CNAME) de %2 : les destinataires lisent les enregistrements TXT de %2, et l’enregistrement du projet ne peut pas être publié à côté du CNAME (RFC 1034 §3.6.2).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="314"/>
        <source>Replace the CNAME at %1 with the records the project generates.</source>
        <translation>Remplacez le CNAME à %1 par les enregistrements que génère le projet.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="324"/>
        <source>%1 holds TXT records beside a CNAME to %2: no other data may share a name with a CNAME, so resolvers may answer either.</source>
        <translation>%1 a des enregistrements TXT à côté d’un CNAME vers %2 : aucune autre donnée ne peut partager un nom avec un CNAME, les résolveurs peuvent donc répondre l’un ou l’autre.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="328"/>
        <source>Delete the CNAME at %1 (keep the TXT records), or delete the TXT records if the alias is meant.</source>
        <translation>Supprimez le CNAME à %1 (gardez les enregistrements TXT), ou supprimez les enregistrements TXT si l’alias est voulu.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="336"/>
        <source>The %1 query for %2 failed (%3): whether a CNAME sits beside the TXT records was not checked.</source>
        <translation>La requête %1 pour %2 a échoué (%3) : la présence d’un CNAME à côté des enregistrements TXT n’a pas été vérifiée.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="340"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="574"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="641"/>
        <source>Verify again once the name servers answer.</source>
        <translation>Vérifiez de nouveau quand les serveurs de noms répondront.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="363"/>
        <source>Parked domain %1 publishes %2 rather than `v=spf1 -all`, so mail claiming to come from it is not refused outright (%3).</source>
        <translation>Le domaine parqué %1 publie %2 au lieu de `v=spf1 -all`, donc le courrier prétendant en venir n’est pas refusé d’emblée (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="367"/>
        <source>Publish `v=spf1 -all` at %1 in place of the current record.</source>
        <translation>Publiez `v=spf1 -all` à %1 à la place de l’enregistrement actuel.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="373"/>
        <source>%1 publishes %2, the project generates %3: %4.</source>
        <translation>%1 publie %2, le projet génère %3 : %4.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="375"/>
        <source>Publish the generated record (export the project), or change the project if the published record is what you want.</source>
        <translation>Publiez l’enregistrement généré (exportez le projet), ou modifiez le projet si l’enregistrement publié est celui que vous voulez.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="405"/>
        <source>%1 uses redirect=%2 where the project includes it: the primary&apos;s policy then replaces the dependent&apos;s own, its all-qualifier included (§6.1).</source>
        <translation>%1 utilise redirect=%2 là où le projet l’inclut : la politique du domaine principal remplace alors celle du domaine dépendant, qualificateur de all compris (§6.1).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="409"/>
        <source>Publish the generated record: include:%1 followed by the dependent&apos;s own terms and all.</source>
        <translation>Publiez l’enregistrement généré : include:%1 suivi des termes propres et du all du domaine dépendant.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="418"/>
        <source>%1 does not include %2, so the project&apos;s mail servers are not authorised for it.</source>
        <translation>%1 n’inclut pas %2, donc les serveurs de messagerie du projet ne sont pas autorisés pour lui.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="422"/>
        <source>%1 includes %2 but not %3, so the project&apos;s mail servers are not authorised for it.</source>
        <translation>%1 inclut %2 mais pas %3, donc les serveurs de messagerie du projet ne sont pas autorisés pour lui.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="426"/>
        <source>Add include:%1 to %2&apos;s record (as its first term).</source>
        <translation>Ajoutez include:%1 à l’enregistrement de %2 (comme premier terme).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="457"/>
        <source>include:%1 alone costs %2 DNS lookups (1 + the %3 of the primary&apos;s policy) of the %4 %5 may spend, leaving %6 for its own terms and for any change to the primary.</source>
        <translation>include:%1 coûte à lui seul %2 requêtes DNS (1 + les %3 de la politique du domaine principal) sur les %4 que %5 peut dépenser, ce qui laisse %6 pour ses propres termes et pour toute modification du domaine principal.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="467"/>
        <source>Budget the primary&apos;s policy to at most %1 lookups (use ip4/ip6 terms in place of a, mx and nested includes).</source>
        <translation>Limitez la politique du domaine principal à %1 requêtes au plus (des termes ip4/ip6 à la place de a, mx et des include imbriqués).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="509"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="696"/>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="510"/>
        <source>no term matched</source>
        <translation>aucun terme n’a correspondu</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="511"/>
        <source>%1 matched in %2&apos;s record</source>
        <translation>%1 a correspondu dans l’enregistrement de %2</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="521"/>
        <location filename="../src/core/verify/DomainCheck.cpp" line="728"/>
        <source>Publish %1 at %2.</source>
        <translation>Publiez %1 à %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="526"/>
        <source>Correct %1&apos;s record so that it evaluates (%2).</source>
        <translation>Corrigez l’enregistrement de %1 pour qu’il puisse être évalué (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="528"/>
        <source>Add %1 to %2&apos;s record.</source>
        <translation>Ajoutez %1 à l’enregistrement de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="530"/>
        <source>Mail server %1 (%2) says HELO %1, but check_host of that HELO name gives %3 (%4): bounces, sent from postmaster@%1, lose SPF (§2.4).</source>
        <translation>Le serveur de messagerie %1 (%2) annonce HELO %1, mais check_host pour ce nom HELO donne %3 (%4) : les avis de non-remise, envoyés par postmaster@%1, perdent SPF (§2.4).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="541"/>
        <source>Correct the record so that it evaluates: %1.</source>
        <translation>Corrigez l’enregistrement pour qu’il puisse être évalué : %1.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="544"/>
        <source>Move %1 after include:%2 in %3&apos;s record: it decides before the include is reached.</source>
        <translation>Placez %1 après include:%2 dans l’enregistrement de %3 : il décide avant que l’include soit atteint.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="549"/>
        <source>Add include:%1 to %2&apos;s record.</source>
        <translation>Ajoutez include:%1 à l’enregistrement de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="552"/>
        <source>Add %1 to %2&apos;s policy (the primary&apos;s, which every dependent includes).</source>
        <translation>Ajoutez %1 à la politique de %2 (celle du domaine principal, que chaque domaine dépendant inclut).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="556"/>
        <source>Add %1 to %2&apos;s policy.</source>
        <translation>Ajoutez %1 à la politique de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="559"/>
        <source>Mail server %1 (%2) is not authorised to send as %3: check_host gives %4 (%5).</source>
        <translation>Le serveur de messagerie %1 (%2) n’est pas autorisé à envoyer au nom de %3 : check_host donne %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="572"/>
        <source>The %1 query for %2 failed (%3): not checked.</source>
        <translation>La requête %1 pour %2 a échoué (%3) : non vérifié.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="590"/>
        <source>Parked domain %1 publishes no MX: senders fall back to its address records and retry for days.</source>
        <translation>Le domaine parqué %1 ne publie aucun MX : les expéditeurs se rabattent sur ses enregistrements d’adresse et réessaient pendant des jours.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="594"/>
        <source>Parked domain %1 publishes MX %2 rather than the null MX.</source>
        <translation>Le domaine parqué %1 publie le MX %2 au lieu du MX nul.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="597"/>
        <source>Publish `%1. MX 0 .` as its only MX record (RFC 7505).</source>
        <translation>Publiez `%1. MX 0 .` comme seul enregistrement MX (RFC 7505).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="612"/>
        <source>Parked domain %1 has no DMARC record at _dmarc.%1.</source>
        <translation>Le domaine parqué %1 n’a pas d’enregistrement DMARC à _dmarc.%1.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="615"/>
        <source>_dmarc.%1 holds %2 DMARC records: receivers ignore them all.</source>
        <translation>_dmarc.%1 contient %2 enregistrements DMARC : les destinataires les ignorent tous.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="619"/>
        <source>Parked domain %1&apos;s DMARC policy is p=%2, not p=reject.</source>
        <translation>La politique DMARC du domaine parqué %1 est p=%2, pas p=reject.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="622"/>
        <source>Publish `_dmarc.%1. TXT &quot;v=DMARC1; p=reject&quot;` as the only DMARC record.</source>
        <translation>Publiez `_dmarc.%1. TXT &quot;v=DMARC1; p=reject&quot;` comme seul enregistrement DMARC.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="639"/>
        <source>The TXT query for %1 failed (%2): wildcards were not checked.</source>
        <translation>La requête TXT pour %1 a échoué (%2) : les jokers n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="654"/>
        <source>%1&apos;s policy %2 is the wildcard %3&apos;s: it applies to every name under %4 that has no TXT records of its own (§3.5).</source>
        <translation>La politique %2 de %1 est celle du joker %3 : elle s’applique à tout nom sous %4 qui n’a pas ses propres enregistrements TXT (§3.5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="658"/>
        <source>Publish %1&apos;s own TXT record, and remove the wildcard TXT unless every name under %2 should have that policy.</source>
        <translation>Publiez un enregistrement TXT propre à %1, et supprimez le TXT joker sauf si chaque nom sous %2 doit avoir cette politique.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="665"/>
        <source>%1 publishes %2 for every name under %3 without records of its own; %4 has records of its own and is not covered.</source>
        <translation>%1 publie %2 pour tout nom sous %3 sans enregistrements propres ; %4 a ses propres enregistrements et n’est pas concerné.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="669"/>
        <source>Make sure that policy is meant for all those names (§3.5).</source>
        <translation>Assurez-vous que cette politique est voulue pour tous ces noms (§3.5).</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="698"/>
        <source>%1 serial %2: %3</source>
        <translation>%1 numéro de série %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="702"/>
        <source>The authoritative servers of %1 disagree: %2.</source>
        <translation>Les serveurs faisant autorité pour %1 ne concordent pas : %2.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="704"/>
        <source>Let the zone transfer reach every server (check the secondaries&apos; configuration and NOTIFY), then verify again.</source>
        <translation>Faites en sorte que le transfert de zone atteigne chaque serveur (vérifiez la configuration des secondaires et NOTIFY), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="719"/>
        <source>does not exist (NXDOMAIN)</source>
        <translation>n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="720"/>
        <source>publishes no SPF record</source>
        <translation>ne publie aucun enregistrement SPF</translation>
    </message>
    <message>
        <location filename="../src/core/verify/DomainCheck.cpp" line="723"/>
        <source>%1 is used in MAIL FROM (bounces as postmaster@%1, the server&apos;s own mail) but %2: the policy of %3 does not cover sub-domains, so mail from any address @%1 gets none and can be forged.</source>
        <translation>%1 est utilisé dans MAIL FROM (avis de non-remise en tant que postmaster@%1, le courrier propre du serveur) mais %1 %2 : la politique de %3 ne couvre pas les sous-domaines, donc le courrier de toute adresse @%1 obtient none et peut être falsifié.</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="93"/>
        <source>add %1 (as term %2)</source>
        <translation>ajouter %1 (comme terme %2)</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="96"/>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="99"/>
        <source>change %1 to %2</source>
        <translation>changer %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="103"/>
        <source>move %1 from term %2 to term %3</source>
        <translation>déplacer %1 du terme %2 au terme %3</translation>
    </message>
    <message>
        <location filename="../src/core/verify/RecordDiff.cpp" line="107"/>
        <source>move %1 from term %2 to term %3, as %4</source>
        <translation>déplacer %1 du terme %2 au terme %3, sous la forme %4</translation>
    </message>
    <message>
        <location filename="../src/core/verify/Verifier.cpp" line="53"/>
        <source>DNS gave no answer within %1 ms</source>
        <translation>le DNS n’a pas répondu en %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/verify/Verifier.cpp" line="211"/>
        <source>the resolver stopped answering</source>
        <translation>le résolveur a cessé de répondre</translation>
    </message>
</context>
</TS>
