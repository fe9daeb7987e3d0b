<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../ui/AccountForm.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="23"/>
        <source>e.g. My sites</source>
        <translation>z. B. Meine Websites</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="30"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="43"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="60"/>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="82"/>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="85"/>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="88"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="103"/>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="130"/>
        <source>Allo&amp;w insecure http:// (credentials are sent unencrypted)</source>
        <translation>Unsicheres http:// &amp;zulassen (Zugangsdaten werden unverschlüsselt gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="137"/>
        <source>Use &amp;GET instead of POST</source>
        <translation>&amp;GET statt POST verwenden</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="144"/>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="182"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="226"/>
        <source>&amp;Re-check:</source>
        <translation>&amp;Neu prüfen:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="236"/>
        <source>Read every domain again this long after the last refresh ended, within the rate limit</source>
        <translation>Alle Domains so lange nach dem Ende der letzten Aktualisierung erneut lesen, innerhalb des Anfragelimits</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="239"/>
        <source>Never (refresh by hand)</source>
        <translation>Nie (von Hand aktualisieren)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="242"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="245"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="258"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="208"/>
        <location filename="../ui/AccountForm.ui" line="268"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="167"/>
        <source>Rate &amp;limit:</source>
        <translation>Anfrage&amp;limit:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="179"/>
        <source>The most requests the server takes in the window; the account stays below it. Cloudflare allowed 1,200 per 5 minutes.</source>
        <translation>Die meisten Anfragen, die der Server im Zeitfenster annimmt; das Konto bleibt darunter. Cloudflare erlaubte 1.200 pro 5 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="185"/>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="198"/>
        <source>per</source>
        <translation>pro</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="284"/>
        <source>Extra CA certi&amp;ficate:</source>
        <translation>Zusätzliches CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="296"/>
        <source>None (system certificates only)</source>
        <translation>Keines (nur Systemzertifikate)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="303"/>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="306"/>
        <source>Choose CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="309"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>AddDomainsDialog</name>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="5"/>
        <source>Add Domains</source>
        <translation>Domains hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="10"/>
        <source>Type or paste domain names: one per line, or separated by commas or spaces. International names are converted.</source>
        <translation>Domainnamen eingeben oder einfügen: einer pro Zeile oder durch Kommas bzw. Leerzeichen getrennt. Internationale Namen werden umgewandelt.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="17"/>
        <source>Domain names</source>
        <translation>Domainnamen</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="18"/>
        <source>example.com
shop.example.org</source>
        <translation>example.com
shop.example.org</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="25"/>
        <source>Import &amp;File…</source>
        <translation>Aus &amp;Datei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="25"/>
        <source>Read domain names from a text or CSV file (first column)</source>
        <translation>Domainnamen aus einer Text- oder CSV-Datei lesen (erste Spalte)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Import &amp;Customer&apos;s Domains…</source>
        <translation>Domains eines &amp;Kunden importieren…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Partner accounts: the hosted zones of a customer, found by e-mail (user_lookup)</source>
        <translation>Partnerkonten: die gehosteten Zonen eines Kunden, gefunden über die E-Mail-Adresse (user_lookup)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="37"/>
        <source>Rejected names and why</source>
        <translation>Abgelehnte Namen und Gründe</translation>
    </message>
</context>
<context>
    <name>BulkSummaryDialog</name>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="10"/>
        <source>Failed and skipped domains</source>
        <translation>Fehlgeschlagene und übersprungene Domains</translation>
    </message>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="13"/>
        <source>Show &amp;Failed Rows</source>
        <translation>&amp;Fehlgeschlagene Zeilen anzeigen</translation>
    </message>
</context>
<context>
    <name>ConnectToRailgunDialog</name>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="5"/>
        <source>Connect to Railgun</source>
        <translation>Mit Railgun verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="8"/>
        <source>&amp;Railgun:</source>
        <translation>&amp;Railgun:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="10"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="13"/>
        <source>Connect and &amp;enable</source>
        <translation>Verbinden und &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="14"/>
        <source>Connect, but leave &amp;disabled</source>
        <translation>Verbinden, aber &amp;deaktiviert lassen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="17"/>
        <source>Only active Railguns can be connected. Domains connected to another Railgun are skipped: disconnect them first.</source>
        <translation>Nur aktive Railguns können verbunden werden. Domains, die mit einem anderen Railgun verbunden sind, werden übersprungen: Trennen Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>CreateRailgunDialog</name>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="5"/>
        <source>Create Railgun</source>
        <translation>Railgun erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="13"/>
        <source>A Railgun is the daemon on your origin network. Create it here, then start the daemon with the token you get: the daemon activates it.</source>
        <translation>Ein Railgun ist der Daemon in Ihrem Ursprungsnetz. Erstellen Sie ihn hier und starten Sie dann den Daemon mit dem erhaltenen Token: Der Daemon aktiviert ihn.</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="18"/>
        <source>e.g. web-fra-1</source>
        <translation>z. B. web-fra-1</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="19"/>
        <source>&amp;Public name:</source>
        <translation>Ö&amp;ffentlicher Name:</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="20"/>
        <source>shown to the domains&apos; owners</source>
        <translation>wird den Inhabern der Domains angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="33"/>
        <source>Railgun token</source>
        <translation>Railgun-Token</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="34"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="34"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="35"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="35"/>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="40"/>
        <source>This token is shown only now. Put it into the Railgun daemon&apos;s configuration (railgun.conf) and start the daemon: it activates the Railgun, whose status then changes from &quot;Initializing&quot; to &quot;Active&quot;. Only an active Railgun can be connected to domains.</source>
        <translation>Dieses Token wird nur jetzt angezeigt. Tragen Sie es in die Konfiguration des Railgun-Daemons (railgun.conf) ein und starten Sie den Daemon: Er aktiviert den Railgun, dessen Status dann von „Initializing“ zu „Active“ wechselt. Nur ein aktiver Railgun kann mit Domains verbunden werden.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="14"/>
        <source>Accounts and Credentials</source>
        <translation>Konten und Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="24"/>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="34"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="43"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="50"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="59"/>
        <source>&amp;Use this account</source>
        <translation>Dieses Konto &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="75"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="78"/>
        <source>Make one harmless call (list Railguns) with these settings</source>
        <translation>Einen harmlosen Aufruf (Railguns auflisten) mit diesen Einstellungen ausführen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.ui" line="12"/>
        <source>Search domains, Railguns, results…</source>
        <translation>Domains, Railguns, Ergebnisse suchen…</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="13"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="18"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="22"/>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="27"/>
        <source>Clear the Railgun filter</source>
        <translation>Railgun-Filter aufheben</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="34"/>
        <source>Show every row again</source>
        <translation>Wieder alle Zeilen anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Railgun Desk</source>
        <translation>Railgun Desk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="26"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="92"/>
        <source>Rate limited by the server.</source>
        <translation>Vom Server ausgebremst (Ratenbegrenzung).</translation>
    </message>
</context>
<context>
    <name>Railgun::Account</name>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="24"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="27"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="35"/>
        <source>The file %1 holds no PEM or DER certificate.</source>
        <translation>Die Datei %1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Railgun::AccountForm</name>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="18"/>
        <source>Client (e-mail and API token)</source>
        <translation>Kunde (E-Mail und API-Token)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="19"/>
        <source>Hosting partner (host key)</source>
        <translation>Hosting-Partner (Host-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="27"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="27"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="28"/>
        <source>Hide secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="28"/>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="103"/>
        <source>&amp;Host key:</source>
        <translation>&amp;Host-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="103"/>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="104"/>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="104"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="113"/>
        <source>Credentials will be sent unencrypted to %1.</source>
        <translation>Zugangsdaten werden unverschlüsselt an %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="114"/>
        <source>Plain http:// to %1 is refused: it would send your credentials unencrypted. Use https://, or tick “Allow insecure http://” if you really mean it.</source>
        <translation>Einfaches http:// zu %1 wird verweigert: Ihre Zugangsdaten würden unverschlüsselt gesendet. Verwenden Sie https:// oder setzen Sie den Haken bei „Unsicheres http:// zulassen“, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="129"/>
        <source>Choose a CA Certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="130"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Railgun::AccountSwitcher</name>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="88"/>
        <source>Add an account to start.</source>
        <translation>Fügen Sie ein Konto hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="116"/>
        <source>The last known states could not be saved: %1</source>
        <translation>Die zuletzt bekannten Zustände konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="126"/>
        <source>The account has no saved secret.</source>
        <translation>Für das Konto ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="159"/>
        <source>The domain list could not be saved: %1</source>
        <translation>Die Domainliste konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Railgun::ActivityLogDock</name>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="19"/>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="28"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="42"/>
        <source>Copy the selected entries (all when none is selected) as text</source>
        <translation>Ausgewählte Einträge als Text kopieren (alle, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="43"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="52"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Railgun::ActivityLogModel</name>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="29"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="31"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="33"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="35"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="37"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="39"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="41"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="73"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Railgun::AddDomainsDialog</name>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="31"/>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="46"/>
        <source>Import Domains</source>
        <translation>Domains importieren</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="32"/>
        <source>Text or CSV files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="47"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="66"/>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="81"/>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="87"/>
        <source>Import Customer&apos;s Domains</source>
        <translation>Domains eines Kunden importieren</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="67"/>
        <source>The customer&apos;s Cloudflare e-mail address:</source>
        <translation>Die Cloudflare-E-Mail-Adresse des Kunden:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="73"/>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="82"/>
        <source>The lookup of %1 failed: %2</source>
        <translation>Die Suche nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="88"/>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="107"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="110"/>
        <source>%n new domain(s)</source>
        <translation>
            <numerusform>%n neue Domain</numerusform>
            <numerusform>%n neue Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="112"/>
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n Duplikat ignoriert</numerusform>
            <numerusform>%n Duplikate ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="114"/>
        <source>%n invalid name(s), listed below</source>
        <translation>
            <numerusform>%n ungültiger Name, unten aufgeführt</numerusform>
            <numerusform>%n ungültige Namen, unten aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="117"/>
        <source>&amp;Add %n Domain(s)</source>
        <translation>
            <numerusform>%n Domain &amp;hinzufügen</numerusform>
            <numerusform>%n Domains &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::ApiError</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="59"/>
        <source>Refused to send credentials over an insecure connection.</source>
        <translation>Das Senden von Zugangsdaten über eine unsichere Verbindung wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="62"/>
        <source>The server refused the connection (is it running?).</source>
        <translation>Der Server hat die Verbindung abgelehnt (läuft er?).</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="65"/>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="68"/>
        <source>The server closed the connection before answering completely.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er vollständig geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="71"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="74"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="77"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="79"/>
        <source>Network error.</source>
        <translation>Netzwerkfehler.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="82"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/api/ApiError.cpp" line="89"/>
        <source>Rate limited by the server; retry after %n second(s).</source>
        <translation>
            <numerusform>Vom Server ausgebremst; erneuter Versuch in %n Sekunde.</numerusform>
            <numerusform>Vom Server ausgebremst; erneuter Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="96"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="102"/>
        <source>The server reported an error without a message.</source>
        <translation>Der Server hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
</context>
<context>
    <name>Railgun::AppActions</name>
    <message>
        <location filename="../src/app/AppActions.cpp" line="50"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="51"/>
        <source>Read the Railguns and every domain&apos;s connection from the server</source>
        <translation>Die Railguns und die Verbindung jeder Domain vom Server lesen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="52"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="53"/>
        <source>Enable Railgun for the selected domains</source>
        <translation>Railgun für die ausgewählten Domains aktivieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="54"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="55"/>
        <source>Disable Railgun for the selected domains</source>
        <translation>Railgun für die ausgewählten Domains deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="56"/>
        <source>&amp;Connect to Railgun…</source>
        <translation>Mit Railgun &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="57"/>
        <source>Connect the selected domains to a Railgun</source>
        <translation>Die ausgewählten Domains mit einem Railgun verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="58"/>
        <source>Dis&amp;connect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="59"/>
        <source>Remove the Railgun connection of the selected domains</source>
        <translation>Die Railgun-Verbindung der ausgewählten Domains entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="60"/>
        <source>Re&amp;move from List…</source>
        <translation>Aus Liste &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="61"/>
        <source>Remove the selected domains from this list (no server call)</source>
        <translation>Die ausgewählten Domains aus dieser Liste entfernen (kein Serveraufruf)</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="62"/>
        <source>Select All &amp;Shown</source>
        <translation>Alle angezeigten au&amp;swählen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="63"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="64"/>
        <source>Cancel Operation</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="65"/>
        <source>Stop the running operation: calls already sent finish</source>
        <translation>Laufenden Vorgang anhalten: bereits gesendete Aufrufe werden abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="66"/>
        <source>&amp;Add Domains…</source>
        <translation>Domains &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="67"/>
        <source>Add domains to this account&apos;s list</source>
        <translation>Domains zur Liste dieses Kontos hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="68"/>
        <source>&amp;Import Domains…</source>
        <translation>Domains &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="69"/>
        <source>Import domains from a text or CSV file</source>
        <translation>Domains aus einer Text- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="70"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="71"/>
        <source>Export the rows shown to a CSV file (no secrets)</source>
        <translation>Die angezeigten Zeilen in eine CSV-Datei exportieren (ohne Geheimnisse)</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="72"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="73"/>
        <source>Add, edit or remove accounts</source>
        <translation>Konten hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="76"/>
        <source>Show &amp;Failed Rows</source>
        <translation>&amp;Fehlgeschlagene Zeilen anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="77"/>
        <source>Show only the rows the last operation could not change</source>
        <translation>Nur die Zeilen anzeigen, die der letzte Vorgang nicht ändern konnte</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="78"/>
        <source>Last Run &amp;Details…</source>
        <translation>&amp;Details des letzten Laufs…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="79"/>
        <source>Every domain the last operation failed or skipped, with the reason</source>
        <translation>Jede Domain, die der letzte Vorgang nicht ändern konnte oder übersprungen hat, mit dem Grund</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="80"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="80"/>
        <source>Read the domains from the server again</source>
        <translation>Die Domains erneut vom Server lesen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="81"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="83"/>
        <source>&amp;About Railgun Desk</source>
        <translation>&amp;Über Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="98"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="105"/>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="144"/>
        <source>Nothing to undo (%1)</source>
        <translation>Nichts rückgängig zu machen (%1)</translation>
    </message>
</context>
<context>
    <name>Railgun::BulkProgressWidget</name>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="25"/>
        <source>Operation progress</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="29"/>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="30"/>
        <source>Stop the operation: nothing new starts, calls already sent finish</source>
        <translation>Vorgang anhalten: Nichts Neues startet, bereits gesendete Aufrufe werden abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="39"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="57"/>
        <source>%1: %2/%3, %4 failed</source>
        <translation>%1: %2/%3, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="60"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/BulkProgressWidget.cpp" line="68"/>
        <source>%1: the server asked to wait %n s…</source>
        <translation>
            <numerusform>%1: Der Server bittet, %n s zu warten…</numerusform>
            <numerusform>%1: Der Server bittet, %n s zu warten…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="74"/>
        <source>Cancelling: waiting for calls already sent…</source>
        <translation>Wird abgebrochen: Warten auf bereits gesendete Aufrufe…</translation>
    </message>
</context>
<context>
    <name>Railgun::BulkSummaryDialog</name>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="16"/>
        <source>%1: Summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="17"/>
        <source>&lt;b&gt;%1 was cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 wurde abgebrochen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="19"/>
        <source>&lt;b&gt;%1 finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 abgeschlossen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1 finished with failures.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 mit Fehlern abgeschlossen.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="22"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="23"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="24"/>
        <source>%n skipped (nothing to do)</source>
        <translation>
            <numerusform>%n übersprungen (nichts zu tun)</numerusform>
            <numerusform>%n übersprungen (nichts zu tun)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="26"/>
        <source>%n not sent (cancelled)</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="44"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="46"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Railgun::ChangeJournal</name>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="203"/>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="216"/>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="264"/>
        <source>Cannot read it: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="282"/>
        <source>Not a JSON object: skipped.</source>
        <translation>Kein JSON-Objekt: übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="283"/>
        <source>Cut short (the writer was stopped): skipped.</source>
        <translation>Abgeschnitten (der Schreiber wurde beendet): übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="288"/>
        <source>Not a journal line: skipped.</source>
        <translation>Keine Journalzeile: übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="293"/>
        <source>A change begun twice: the repeat is skipped.</source>
        <translation>Eine zweimal begonnene Änderung: die Wiederholung wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="317"/>
        <source>An outcome of an unknown kind: skipped.</source>
        <translation>Ein Ergebnis unbekannter Art: übersprungen.</translation>
    </message>
</context>
<context>
    <name>Railgun::ConnectToRailgunDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="19"/>
        <source>Connect %n selected domain(s) to:</source>
        <translation>
            <numerusform>%n ausgewählte Domain verbinden mit:</numerusform>
            <numerusform>%n ausgewählte Domains verbinden mit:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="27"/>
        <source>%1 (%2) — not activated</source>
        <translation>%1 (%2) — nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="39"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Railgun::CreateRailgunDialog</name>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="21"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="27"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="27"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="57"/>
        <source>A Railgun needs a name and a public name.</source>
        <translation>Ein Railgun braucht einen Namen und einen öffentlichen Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="62"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="73"/>
        <source>The Railgun &quot;%1&quot; was created (id %2, status %3). Its token:</source>
        <translation>Der Railgun „%1“ wurde erstellt (ID %2, Status %3). Sein Token:</translation>
    </message>
</context>
<context>
    <name>Railgun::CredentialStore</name>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="32"/>
        <source>No secret is saved in the system keychain for this account.</source>
        <translation>Für dieses Konto ist kein Geheimnis im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="36"/>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="40"/>
        <source>The system keychain refused access (is it locked?).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (ist er gesperrt?).</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="45"/>
        <source>No system keychain is available on this desktop.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="51"/>
        <source>The system keychain is not available (no session bus or no secret service).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (kein Sitzungsbus oder kein Secret Service).</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="124"/>
        <source>The system keychain did not answer in time (is it locked?)</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet (ist er gesperrt?)</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="173"/>
        <source>The secret of this account was kept for one session only: enter it again.</source>
        <translation>Das Geheimnis dieses Kontos wurde nur für eine Sitzung behalten: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="180"/>
        <source>No secret is saved in the settings file for this account.</source>
        <translation>Für dieses Konto ist kein Geheimnis in der Einstellungsdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Railgun::CredentialsDialog</name>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="113"/>
        <source>No account yet: fill in the fields and press Save.</source>
        <translation>Noch kein Konto: Füllen Sie die Felder aus und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="114"/>
        <source>New account: fill in the fields and press Save.</source>
        <translation>Neues Konto: Füllen Sie die Felder aus und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="131"/>
        <source>Saved in the system keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="135"/>
        <source>Not saved: enter it to use this account</source>
        <translation>Nicht gespeichert: Geben Sie es ein, um dieses Konto zu verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="136"/>
        <source>Kept for this session only; leave empty to keep it</source>
        <translation>Nur für diese Sitzung behalten; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="139"/>
        <source>Saved unencrypted in the settings file; leave empty to keep it</source>
        <translation>Unverschlüsselt in der Einstellungsdatei gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="154"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="199"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="200"/>
        <source>Remove the account “%1” and its saved secret? Its domain list stays on disk.</source>
        <translation>Das Konto „%1“ und sein gespeichertes Geheimnis entfernen? Seine Domainliste bleibt auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="218"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="224"/>
        <source>Save the account first.</source>
        <translation>Speichern Sie das Konto zuerst.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="228"/>
        <source>“%1” is now the current account.</source>
        <translation>„%1“ ist jetzt das aktuelle Konto.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="22"/>
        <source>Plain http:// to %1 would send your credentials unencrypted. Use https://, or tick “Allow insecure http://”.</source>
        <translation>Einfaches http:// zu %1 würde Ihre Zugangsdaten unverschlüsselt senden. Verwenden Sie https:// oder setzen Sie den Haken bei „Unsicheres http:// zulassen“.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="37"/>
        <source>Enter a name for the account.</source>
        <translation>Geben Sie einen Namen für das Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="39"/>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontos ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="54"/>
        <source>Enter the API token.</source>
        <translation>Geben Sie das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="55"/>
        <source>Enter the host key.</source>
        <translation>Geben Sie den Host-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="275"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="295"/>
        <source>Enter the API token first.</source>
        <translation>Geben Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="296"/>
        <source>Enter the host key first.</source>
        <translation>Geben Sie zuerst den Host-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="302"/>
        <source>Reading the saved secret…</source>
        <translation>Gespeichertes Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="321"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/ConnectionTester.cpp" line="30"/>
        <source>Connected: %n Railgun(s)</source>
        <translation>
            <numerusform>Verbunden: %n Railgun</numerusform>
            <numerusform>Verbunden: %n Railguns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::DemoSetup</name>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="29"/>
        <source>Demo (emulator)</source>
        <translation>Demo (Emulator)</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="86"/>
        <source>The demo domain list could not be saved: %1</source>
        <translation>Die Demo-Domainliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="88"/>
        <source>The demo domains could not be looked up: %1</source>
        <translation>Die Demo-Domains konnten nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DesiredPlan</name>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="31"/>
        <source>%1 is connected to Railgun %2, which is not in this account&apos;s list: its connection cannot be changed from here.</source>
        <translation>%1 ist mit dem Railgun %2 verbunden, der nicht in der Liste dieses Kontos steht: Diese Verbindung kann von hier aus nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="37"/>
        <source>%1 is connected to Railgun %2, which is deleted: the server refuses to change that connection.</source>
        <translation>%1 ist mit dem Railgun %2 verbunden, der gelöscht ist: Der Server lehnt Änderungen an dieser Verbindung ab.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="65"/>
        <source>The current state of %1 was not read.</source>
        <translation>Der aktuelle Zustand von %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="69"/>
        <source>The current state of %1 is unknown: %2</source>
        <translation>Der aktuelle Zustand von %1 ist unbekannt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="117"/>
        <source>The Railgun %1 is not active (%2): the server connects domains only to active Railguns.</source>
        <translation>Der Railgun %1 ist nicht aktiv (%2): Der Server verbindet Domains nur mit aktiven Railguns.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="201"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="203"/>
        <source>Move to another Railgun</source>
        <translation>Zu einem anderen Railgun verschieben</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="205"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="207"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="209"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>Railgun::DesiredStateFile</name>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="51"/>
        <source>The domain is empty.</source>
        <translation>Die Domain ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="57"/>
        <source>“%1” is not a domain name: %2</source>
        <translation>„%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="66"/>
        <source>%1 is already on line %2.</source>
        <translation>%1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="75"/>
        <source>%1 cannot be enabled without a Railgun (the railgun field is empty).</source>
        <translation>%1 kann ohne Railgun nicht aktiviert werden (das Feld railgun ist leer).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="84"/>
        <source>%1: say whether Railgun is enabled (on or off).</source>
        <translation>%1: Geben Sie an, ob Railgun aktiviert ist (on oder off).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="126"/>
        <source>Text after a closing quote.</source>
        <translation>Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="137"/>
        <source>A quote is not closed (a cell cannot span lines).</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen (eine Zelle kann nicht über mehrere Zeilen gehen).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="186"/>
        <source>The first line must be the header “domain,railgun,enabled” (the columns in any order, nothing else).</source>
        <translation>Die erste Zeile muss die Kopfzeile „domain,railgun,enabled“ sein (die Spalten in beliebiger Reihenfolge, nichts anderes).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="202"/>
        <source>Expected %1 fields (domain, railgun, enabled), found %2.</source>
        <translation>%1 Felder erwartet (domain, railgun, enabled), %2 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="212"/>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="362"/>
        <source>“%1” is not a value for enabled: use on/off, yes/no or 1/0.</source>
        <translation>„%1“ ist kein Wert für enabled: Verwenden Sie on/off, yes/no oder 1/0.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="218"/>
        <source>The file is empty: it needs the header “domain,railgun,enabled”.</source>
        <translation>Die Datei ist leer: Sie braucht die Kopfzeile „domain,railgun,enabled“.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="310"/>
        <source>The JSON is malformed: %1.</source>
        <translation>Das JSON ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="319"/>
        <source>The JSON must be an array of {&quot;domain&quot;, &quot;railgun&quot;, &quot;enabled&quot;} objects, or an object holding that array under &quot;domains&quot;.</source>
        <translation>Das JSON muss ein Array von {&quot;domain&quot;, &quot;railgun&quot;, &quot;enabled&quot;}-Objekten sein oder ein Objekt, das dieses Array unter &quot;domains&quot; enthält.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="328"/>
        <source>Entry %1 is not an object.</source>
        <translation>Eintrag %1 ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="338"/>
        <source>Entry %1 has unknown fields: %2 (only domain, railgun and enabled).</source>
        <translation>Eintrag %1 hat unbekannte Felder: %2 (nur domain, railgun und enabled).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="346"/>
        <source>Entry %1 needs &quot;domain&quot; as a string.</source>
        <translation>Eintrag %1 braucht &quot;domain&quot; als Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="350"/>
        <source>Entry %1: &quot;railgun&quot; must be a string or null.</source>
        <translation>Eintrag %1: &quot;railgun&quot; muss eine Zeichenkette oder null sein.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="369"/>
        <source>Entry %1: &quot;enabled&quot; must be true or false.</source>
        <translation>Eintrag %1: &quot;enabled&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="432"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="448"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainController</name>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="132"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="30"/>
        <source>Could not list the Railguns: %1</source>
        <translation>Die Railguns konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="106"/>
        <location filename="../src/core/operations/DomainController.cpp" line="399"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="46"/>
        <source>No account is set up.</source>
        <translation>Es ist kein Konto eingerichtet.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="118"/>
        <source>Listing Railguns…</source>
        <translation>Railguns werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="19"/>
        <source>A call for this domain is in progress.</source>
        <translation>Für diese Domain läuft bereits ein Aufruf.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="110"/>
        <source>A refresh is already running.</source>
        <translation>Eine Aktualisierung läuft bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="130"/>
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>%n Domain wird gelesen…</numerusform>
            <numerusform>%n Domains werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="183"/>
        <source>Refresh stopped: %1 read, %2 failed, %3 not read.</source>
        <translation>Aktualisierung angehalten: %1 gelesen, %2 fehlgeschlagen, %3 nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="189"/>
        <source>Refresh finished: %1 read, %2 failed.</source>
        <translation>Aktualisierung beendet: %1 gelesen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="216"/>
        <source>%1 is waiting for the server&apos;s answer.</source>
        <translation>%1 wartet auf die Antwort des Servers.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="220"/>
        <source>%1 is not connected to a Railgun: connect it first.</source>
        <translation>%1 ist mit keinem Railgun verbunden: Verbinden Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="225"/>
        <source>The Railgun of this domain is not in the account&apos;s list: refresh first.</source>
        <translation>Der Railgun dieser Domain ist nicht in der Liste des Kontos: Aktualisieren Sie zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="250"/>
        <source>Undo toggle of %1</source>
        <translation>Umschalten von %1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="257"/>
        <source>Railgun enabled for %1.</source>
        <translation>Railgun für %1 aktiviert.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="257"/>
        <source>Railgun disabled for %1.</source>
        <translation>Railgun für %1 deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="265"/>
        <source>%1: not changed: %2</source>
        <translation>%1: nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="154"/>
        <location filename="../src/core/operations/DomainController.cpp" line="271"/>
        <source>Checking the outcome…</source>
        <translation>Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="197"/>
        <location filename="../src/core/operations/DomainController.cpp" line="280"/>
        <source>Applied (confirmed after: %1)</source>
        <translation>Angewendet (bestätigt nach: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="201"/>
        <location filename="../src/core/operations/DomainController.cpp" line="280"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="184"/>
        <location filename="../src/core/operations/DomainController.cpp" line="290"/>
        <source>Outcome unknown (%1); the state could not be read back: refresh to check.</source>
        <translation>Ergebnis unbekannt (%1); der Zustand konnte nicht zurückgelesen werden: Aktualisieren Sie zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="86"/>
        <source>Not connected to a Railgun.</source>
        <translation>Nicht mit einem Railgun verbunden.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="88"/>
        <source>Already enabled.</source>
        <translation>Bereits aktiviert.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="89"/>
        <source>Already disabled.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="320"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="74"/>
        <source>That Railgun is not in the account&apos;s list: refresh first.</source>
        <translation>Dieser Railgun ist nicht in der Liste des Kontos: Aktualisieren Sie zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="101"/>
        <source>Already connected in this mode.</source>
        <translation>Bereits in diesem Modus verbunden.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="104"/>
        <source>Connected to another Railgun: disconnect it first.</source>
        <translation>Mit einem anderen Railgun verbunden: Trennen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="115"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="117"/>
        <source>State unknown: refresh first.</source>
        <translation>Zustand unbekannt: Aktualisieren Sie zuerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="346"/>
        <source>Undo removing %n domain(s)</source>
        <translation>
            <numerusform>Entfernen von %n Domain rückgängig machen</numerusform>
            <numerusform>Entfernen von %n Domains rückgängig machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="347"/>
        <source>Removed %n domain(s) from the list.</source>
        <translation>
            <numerusform>%n Domain aus der Liste entfernt.</numerusform>
            <numerusform>%n Domains aus der Liste entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="382"/>
        <source>Restored %n domain(s) to the list.</source>
        <translation>
            <numerusform>%n Domain wieder in die Liste aufgenommen.</numerusform>
            <numerusform>%n Domains wieder in die Liste aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="128"/>
        <source>No longer in the list.</source>
        <translation>Nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="69"/>
        <source>Cancelling: calls already sent finish first…</source>
        <translation>Wird abgebrochen: Bereits gesendete Aufrufe werden zuerst abgeschlossen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/BulkOperation.cpp" line="170"/>
        <source>Checking %n uncertain result(s) with the server…</source>
        <translation>
            <numerusform>%n unsicheres Ergebnis wird beim Server geprüft…</numerusform>
            <numerusform>%n unsichere Ergebnisse werden beim Server geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="431"/>
        <source>Undo %1 of %n domain(s)</source>
        <translation>
            <numerusform>%1 von %n Domain rückgängig machen</numerusform>
            <numerusform>%1 von %n Domains rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="445"/>
        <source>%1 cancelled: %2 done, %3 failed, %4 not sent.</source>
        <translation>%1 abgebrochen: %2 erledigt, %3 fehlgeschlagen, %4 nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="451"/>
        <source>%1 finished: %2 succeeded, %3 failed, %4 skipped.</source>
        <translation>%1 abgeschlossen: %2 erfolgreich, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="58"/>
        <source>Could not create the Railgun: %1</source>
        <translation>Der Railgun konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="62"/>
        <source>It may have been created anyway: check the list.</source>
        <translation>Er wurde möglicherweise trotzdem erstellt: Prüfen Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="92"/>
        <source>Could not delete the Railgun: %1</source>
        <translation>Der Railgun konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainListStore</name>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="105"/>
        <source>The domain list %1 could not be read (%2). It was moved to %3; the list starts empty.</source>
        <translation>Die Domainliste %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben; die Liste beginnt leer.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="110"/>
        <source>The domain list %1 could not be read (%2) and could not be moved aside. Saving will replace it.</source>
        <translation>Die Domainliste %1 konnte nicht gelesen werden (%2) und nicht beiseitegelegt werden. Beim Speichern wird sie ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/DomainListStore.cpp" line="126"/>
        <source>The domain list %1 is damaged and no backup copy could be made; %n domain(s) could be recovered. The file was left as it is.</source>
        <translation>
            <numerusform>Die Domainliste %1 ist beschädigt und es konnte keine Sicherungskopie erstellt werden; %n Domain konnte wiederhergestellt werden. Die Datei wurde unverändert gelassen.</numerusform>
            <numerusform>Die Domainliste %1 ist beschädigt und es konnte keine Sicherungskopie erstellt werden; %n Domains konnten wiederhergestellt werden. Die Datei wurde unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/DomainListStore.cpp" line="135"/>
        <source>The domain list file was damaged. A copy was kept as %1; %n domain(s) could be recovered.</source>
        <translation>
            <numerusform>Die Domainlisten-Datei war beschädigt. Eine Kopie wurde als %1 aufbewahrt; %n Domain konnte wiederhergestellt werden.</numerusform>
            <numerusform>Die Domainlisten-Datei war beschädigt. Eine Kopie wurde als %1 aufbewahrt; %n Domains konnten wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="149"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="150"/>
        <source>The domain list could not be written: %1</source>
        <translation>Die Domainliste konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainName</name>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="52"/>
        <source>A URL is not a domain name: give its host name alone.</source>
        <translation>Eine URL ist kein Domainname: Geben Sie nur ihren Hostnamen an.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="54"/>
        <source>An e-mail address is not a domain name.</source>
        <translation>Eine E-Mail-Adresse ist kein Domainname.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="57"/>
        <source>The domain name contains a control character (%1).</source>
        <translation>Der Domainname enthält ein Steuerzeichen (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="59"/>
        <source>The domain name contains an invisible character (%1).</source>
        <translation>Der Domainname enthält ein unsichtbares Zeichen (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="61"/>
        <source>The domain name contains a space.</source>
        <translation>Der Domainname enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="63"/>
        <source>A wildcard (*) is not a domain name.</source>
        <translation>Ein Platzhalter (*) ist kein Domainname.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="66"/>
        <location filename="../src/core/api/DomainName.cpp" line="80"/>
        <source>The domain name contains %1, which is not allowed in a domain name.</source>
        <translation>Der Domainname enthält %1, das in einem Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="74"/>
        <location filename="../src/core/api/DomainName.cpp" line="109"/>
        <source>The domain name has an empty label (two dots in a row).</source>
        <translation>Der Domainname hat ein leeres Label (zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="76"/>
        <source>A label of the domain name is longer than 63 characters.</source>
        <translation>Ein Label des Domainnamens ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="85"/>
        <source>A label of the domain name starts or ends with a hyphen.</source>
        <translation>Ein Label des Domainnamens beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="96"/>
        <source>The domain name is empty.</source>
        <translation>Der Domainname ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="98"/>
        <source>The domain name is too long.</source>
        <translation>Der Domainname ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="105"/>
        <source>The domain name needs at least two labels (like example.com).</source>
        <translation>Der Domainname braucht mindestens zwei Labels (wie example.com).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="107"/>
        <source>The domain name has an empty label (it starts with a dot).</source>
        <translation>Der Domainname hat ein leeres Label (er beginnt mit einem Punkt).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="125"/>
        <source>The domain name is not a valid internationalised name (a character IDNA does not allow, or a broken xn-- label).</source>
        <translation>Der Domainname ist kein gültiger internationalisierter Name (ein Zeichen, das IDNA nicht erlaubt, oder ein fehlerhaftes xn--Label).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="130"/>
        <source>The domain name is longer than 253 characters.</source>
        <translation>Der Domainname ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="141"/>
        <source>An IP address is not a domain name.</source>
        <translation>Eine IP-Adresse ist kein Domainname.</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainTableModel</name>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="30"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="32"/>
        <source>Railgun</source>
        <translation>Railgun</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="34"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="36"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="38"/>
        <source>Railgun status</source>
        <translation>Railgun-Status</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="40"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="42"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="95"/>
        <source>Waiting for the server&apos;s answer</source>
        <translation>Warten auf die Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="97"/>
        <source>Last known state, read %1 ago; not read again since the start</source>
        <translation>Zuletzt bekannter Zustand, vor %1 gelesen; seit dem Start nicht erneut gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="124"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="126"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="128"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="135"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="136"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="136"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="147"/>
        <source>Pending…</source>
        <translation>Ausstehend…</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="155"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/DomainTableModel.cpp" line="545"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/DomainTableModel.cpp" line="548"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="551"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/DomainTableModel.cpp" line="552"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/DomainTableModel.cpp" line="554"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::DomainTableView</name>
    <message>
        <location filename="../src/app/DomainTableView.cpp" line="16"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
</context>
<context>
    <name>Railgun::FilterBar</name>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="21"/>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="21"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="22"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="22"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="23"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="23"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="35"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="53"/>
        <source>Only the domains of this Railgun are shown. Click to show all.</source>
        <translation>Nur die Domains dieses Railguns werden angezeigt. Klicken, um alle anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="60"/>
        <source>Click to show every row again</source>
        <translation>Klicken, um wieder alle Zeilen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="86"/>
        <source>Railgun: %1</source>
        <translation>Railgun: %1</translation>
    </message>
</context>
<context>
    <name>Railgun::LanguageMenu</name>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="17"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="39"/>
        <source>The new language is used the next time Railgun Desk starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Railgun Desk.</translation>
    </message>
</context>
<context>
    <name>Railgun::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="101"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="102"/>
        <source>The account whose domains are shown</source>
        <translation>Das Konto, dessen Domains angezeigt werden</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="168"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="207"/>
        <source>About Railgun Desk</source>
        <translation>Über Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="208"/>
        <source>&lt;b&gt;Railgun Desk&lt;/b&gt; %1&lt;br&gt;A desktop console for Cloudflare Railgun connections.</source>
        <translation>&lt;b&gt;Railgun Desk&lt;/b&gt; %1&lt;br&gt;Eine Desktop-Konsole für Cloudflare-Railgun-Verbindungen.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="358"/>
        <source>Railgun Desk</source>
        <translation>Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="331"/>
        <source>Add an account to start.</source>
        <translation>Fügen Sie ein Konto hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="78"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="79"/>
        <source>Carry on now instead of waiting as long as the server asked</source>
        <translation>Jetzt weitermachen, statt so lange zu warten, wie der Server verlangt hat</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="245"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="289"/>
        <source>The server asked to wait %1 before any further request; nothing is sent until you resume.</source>
        <translation>Der Server hat verlangt, vor jeder weiteren Anfrage %1 zu warten; bis Sie fortsetzen, wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="301"/>
        <source>about %1 at the server&apos;s limit</source>
        <translation>etwa %1 beim Limit des Servers</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="358"/>
        <source>%1 — Railgun Desk</source>
        <translation>%1 — Railgun Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="373"/>
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="374"/>
        <source>%1 of %n domain(s) shown</source>
        <translation>
            <numerusform>%1 von %n Domain angezeigt</numerusform>
            <numerusform>%1 von %n Domains angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="385"/>
        <source>Couldn&apos;t read from the server: %1</source>
        <translation>Der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="390"/>
        <source>%n domain(s) could not be read</source>
        <translation>
            <numerusform>%n Domain konnte nicht gelesen werden</numerusform>
            <numerusform>%n Domains konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="423"/>
        <source>Only %n failed row(s)</source>
        <translation>
            <numerusform>Nur %n fehlgeschlagene Zeile</numerusform>
            <numerusform>Nur %n fehlgeschlagene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="442"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="443"/>
        <source>Disconnect %n domain(s) from their Railgun? Railgun stops for them until they are connected again.</source>
        <translation>
            <numerusform>%n Domain von ihrem Railgun trennen? Railgun ist für sie angehalten, bis sie wieder verbunden wird.</numerusform>
            <numerusform>%n Domains von ihrem Railgun trennen? Railgun ist für sie angehalten, bis sie wieder verbunden werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="456"/>
        <source>Remove from List</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="457"/>
        <source>Remove %n domain(s) from this list? Nothing changes on the server.</source>
        <translation>
            <numerusform>%n Domain aus dieser Liste entfernen? Auf dem Server ändert sich nichts.</numerusform>
            <numerusform>%n Domains aus dieser Liste entfernen? Auf dem Server ändert sich nichts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="473"/>
        <source>Import Domains</source>
        <translation>Domains importieren</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="473"/>
        <source>Text or CSV files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv *.list);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="489"/>
        <source>Added %n domain(s).</source>
        <translation>
            <numerusform>%n Domain hinzugefügt.</numerusform>
            <numerusform>%n Domains hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="494"/>
        <location filename="../src/app/MainWindow.cpp" line="500"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="495"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="500"/>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="502"/>
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile exportiert.</numerusform>
            <numerusform>%n Zeilen exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::MessageBar</name>
    <message>
        <location filename="../src/app/MessageBar.cpp" line="84"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/MessageBar.cpp" line="85"/>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Railgun::Operations</name>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="15"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="17"/>
        <source>Toggle</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="19"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="21"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="23"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="25"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="27"/>
        <source>Remove from list</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="29"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunApi</name>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="125"/>
        <source>The account has no complete credentials.</source>
        <translation>Das Konto hat keine vollständigen Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="128"/>
        <source>Looking up a customer needs a partner host key.</source>
        <translation>Die Suche nach einem Kunden braucht einen Partner-Host-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="72"/>
        <source>Plain http:// is only used for this computer unless the account allows it.</source>
        <translation>Einfaches http:// wird nur für diesen Computer verwendet, außer das Konto erlaubt es.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="91"/>
        <source>The server redirected to another host or to plain http; the request was stopped.</source>
        <translation>Der Server hat auf einen anderen Host oder auf einfaches http umgeleitet; die Anfrage wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="96"/>
        <source>The answer is larger than %1 KiB.</source>
        <translation>Die Antwort ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="157"/>
        <source>The server sent &quot;%1&quot; instead of JSON.</source>
        <translation>Der Server hat „%1“ statt JSON gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="61"/>
        <source>The API base URL is not a valid URL (expected like %1).</source>
        <translation>Die API-Basis-URL ist keine gültige URL (erwartet etwa %1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="64"/>
        <source>The API base URL must start with https:// (or http:// for this computer).</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="67"/>
        <source>The API base URL must not contain a query, a fragment or a user name.</source>
        <translation>Die API-Basis-URL darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="249"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="263"/>
        <source>init needs a name and a public name.</source>
        <translation>init braucht einen Namen und einen öffentlichen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="283"/>
        <source>ipr_set needs address ranges.</source>
        <translation>ipr_set braucht Adressbereiche.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="287"/>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="294"/>
        <source>A Railgun needs a name and a public name.</source>
        <translation>Ein Railgun braucht einen Namen und einen öffentlichen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="303"/>
        <location filename="../src/core/api/RailgunApi.cpp" line="337"/>
        <location filename="../src/core/api/RailgunApi.cpp" line="374"/>
        <source>No Railgun token given.</source>
        <translation>Kein Railgun-Token angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="385"/>
        <source>&quot;%1&quot; is not an IP address or range.</source>
        <translation>„%1“ ist keine IP-Adresse und kein Adressbereich.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="391"/>
        <source>No address ranges given.</source>
        <translation>Keine Adressbereiche angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="402"/>
        <source>Enter the customer&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein.</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunListModel</name>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="29"/>
        <source>Public name</source>
        <translation>Öffentlicher Name</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="35"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="37"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="39"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="69"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="69"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunPanel</name>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="22"/>
        <location filename="../src/app/RailgunPanel.cpp" line="36"/>
        <location filename="../src/app/RailgunPanel.cpp" line="76"/>
        <source>Railguns</source>
        <translation>Railguns</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="46"/>
        <source>C&amp;reate…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="47"/>
        <source>Create a Railgun (init) and get its token</source>
        <translation>Einen Railgun erstellen (init) und sein Token erhalten</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="48"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="49"/>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="50"/>
        <source>Copy the selected Railgun&apos;s token (rtkn) to the clipboard</source>
        <translation>Das Token (rtkn) des ausgewählten Railguns in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="51"/>
        <source>All &amp;Domains</source>
        <translation>Alle &amp;Domains</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="52"/>
        <source>Show the domains of every Railgun in the table</source>
        <translation>Die Domains aller Railguns in der Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="116"/>
        <source>Delete the Railgun &quot;%1&quot; (%2)?</source>
        <translation>Den Railgun „%1“ (%2) löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RailgunPanel.cpp" line="118"/>
        <source>%n listed domain(s) use it and will lose their Railgun connection.</source>
        <translation>
            <numerusform>%n aufgeführte Domain verwendet ihn und verliert ihre Railgun-Verbindung.</numerusform>
            <numerusform>%n aufgeführte Domains verwenden ihn und verlieren ihre Railgun-Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="119"/>
        <source>No listed domain uses it.</source>
        <translation>Keine aufgeführte Domain verwendet ihn.</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="120"/>
        <source>Delete Railgun</source>
        <translation>Railgun löschen</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunReference</name>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="37"/>
        <source>%1 (%2, “%3”)</source>
        <translation>%1 (%2, „%3“)</translation>
    </message>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="55"/>
        <source>No Railgun “%1” in this account (give its id, name or public name).</source>
        <translation>Kein Railgun „%1“ in diesem Konto (geben Sie seine ID, seinen Namen oder öffentlichen Namen an).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="60"/>
        <source>The Railgun “%1” is ambiguous: it matches %2. Give its id instead.</source>
        <translation>Der Railgun „%1“ ist mehrdeutig: Er passt auf %2. Geben Sie stattdessen seine ID an.</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunStatus</name>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="22"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="24"/>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="26"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>Railgun::ResponseParser</name>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="105"/>
        <source>The answer was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="115"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>Sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="130"/>
        <source>It is not a JSON object.</source>
        <translation>Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="138"/>
        <source>The success answer has no &quot;response&quot; object.</source>
        <translation>Die Erfolgsantwort hat kein „response“-Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="152"/>
        <source>The answer has no &quot;result&quot; of success or error.</source>
        <translation>Die Antwort hat kein „result“ mit success oder error.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="297"/>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>Das Feld „%1“ fehlt oder hat den falschen Typ.</translation>
    </message>
</context>
<context>
    <name>Railgun::RunReport</name>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="9"/>
        <source>%n enabled</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="11"/>
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="13"/>
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="15"/>
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n getrennt</numerusform>
            <numerusform>%n getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="17"/>
        <source>%n removed from the list</source>
        <translation>
            <numerusform>%n aus der Liste entfernt</numerusform>
            <numerusform>%n aus der Liste entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="19"/>
        <source>%n changed back</source>
        <translation>
            <numerusform>%n zurückgesetzt</numerusform>
            <numerusform>%n zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="24"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="31"/>
        <source>%n already enabled</source>
        <translation>
            <numerusform>%n bereits aktiviert</numerusform>
            <numerusform>%n bereits aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="33"/>
        <source>%n already disabled</source>
        <translation>
            <numerusform>%n bereits deaktiviert</numerusform>
            <numerusform>%n bereits deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="35"/>
        <source>%n already connected there</source>
        <translation>
            <numerusform>%n bereits damit verbunden</numerusform>
            <numerusform>%n bereits damit verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="37"/>
        <source>%n not connected</source>
        <translation>
            <numerusform>%n nicht verbunden</numerusform>
            <numerusform>%n nicht verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="41"/>
        <source>%n with nothing to do</source>
        <translation>
            <numerusform>%n ohne Änderung</numerusform>
            <numerusform>%n ohne Änderung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/RunReport.cpp" line="48"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="51"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="55"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::SecretSaver</name>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="29"/>
        <source>Tick the box to confirm that the secret may be stored unencrypted, or choose “this session only”.</source>
        <translation>Setzen Sie den Haken, um zu bestätigen, dass das Geheimnis unverschlüsselt gespeichert werden darf, oder wählen Sie „nur für diese Sitzung“.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="44"/>
        <source>Saving the secret in the system keychain…</source>
        <translation>Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="73"/>
        <source>The secret could not be written to %1.</source>
        <translation>Das Geheimnis konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="90"/>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="92"/>
        <source>Saved. The secret is kept for this session only and will be asked for again.</source>
        <translation>Gespeichert. Das Geheimnis wird nur für diese Sitzung behalten und erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="94"/>
        <source>Saved. The secret is stored unencrypted in %1.</source>
        <translation>Gespeichert. Das Geheimnis liegt unverschlüsselt in %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="97"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="104"/>
        <source>The secret was not saved: the system keychain is not available.</source>
        <translation>Das Geheimnis wurde nicht gespeichert: Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Railgun::SecretStorageChoice</name>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="37"/>
        <source>I un&amp;derstand: store it unencrypted in %1 (mode 0600)</source>
        <translation>Ich &amp;verstehe: unverschlüsselt in %1 speichern (Modus 0600)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="38"/>
        <source>Anyone who can read your files, or a copy of %1 (a backup, a synced folder), can read the secret.</source>
        <translation>Wer Ihre Dateien lesen kann oder eine Kopie von %1 hat (ein Backup, ein synchronisierter Ordner), kann das Geheimnis lesen.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="46"/>
        <source>The secret could not be saved in the system keychain.
%1
Choose how to keep it, then press Save again.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden.
%1
Wählen Sie, wie es aufbewahrt werden soll, und klicken Sie dann erneut auf Speichern.</translation>
    </message>
</context>
<context>
    <name>Railgun::SettingsStore</name>
    <message numerus="yes">
        <location filename="../src/core/storage/SettingsStore.cpp" line="114"/>
        <source>The settings file %1 was damaged. It was kept as %2, and the %n setting(s) that could be read were carried over.</source>
        <translation>
            <numerusform>Die Einstellungsdatei %1 war beschädigt. Sie wurde als %2 aufbewahrt; die %n lesbare Einstellung wurde übernommen.</numerusform>
            <numerusform>Die Einstellungsdatei %1 war beschädigt. Sie wurde als %2 aufbewahrt; die %n lesbaren Einstellungen wurden übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/SettingsStore.cpp" line="119"/>
        <source>The settings file %1 was damaged and could not be copied; the %n setting(s) that could be read were carried over.</source>
        <translation>
            <numerusform>Die Einstellungsdatei %1 war beschädigt und konnte nicht kopiert werden; die %n lesbare Einstellung wurde übernommen.</numerusform>
            <numerusform>Die Einstellungsdatei %1 war beschädigt und konnte nicht kopiert werden; die %n lesbaren Einstellungen wurden übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::StateCacheFile</name>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="154"/>
        <source>The last known states (%1) could not be read (%2). The file was moved to %3; every domain is read again.</source>
        <translation>Die zuletzt bekannten Zustände (%1) konnten nicht gelesen werden (%2). Die Datei wurde nach %3 verschoben; alle Domains werden neu gelesen.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="158"/>
        <source>The last known states (%1) could not be read (%2); every domain is read again.</source>
        <translation>Die zuletzt bekannten Zustände (%1) konnten nicht gelesen werden (%2); alle Domains werden neu gelesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/StateCacheFile.cpp" line="173"/>
        <source>The last known states (%1) were damaged and no copy could be made; %n state(s) could be kept.</source>
        <translation>
            <numerusform>Die zuletzt bekannten Zustände (%1) waren beschädigt und es konnte keine Kopie erstellt werden; %n Zustand konnte behalten werden.</numerusform>
            <numerusform>Die zuletzt bekannten Zustände (%1) waren beschädigt und es konnte keine Kopie erstellt werden; %n Zustände konnten behalten werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/StateCacheFile.cpp" line="180"/>
        <source>The last known states were damaged. A copy was kept as %1; %n state(s) could be kept, the other domains are read again.</source>
        <translation>
            <numerusform>Die zuletzt bekannten Zustände waren beschädigt. Eine Kopie wurde als %1 aufbewahrt; %n Zustand konnte behalten werden, die anderen Domains werden neu gelesen.</numerusform>
            <numerusform>Die zuletzt bekannten Zustände waren beschädigt. Eine Kopie wurde als %1 aufbewahrt; %n Zustände konnten behalten werden, die anderen Domains werden neu gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="194"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="195"/>
        <source>The last known states could not be written: %1</source>
        <translation>Die zuletzt bekannten Zustände konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretStorageChoice</name>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="6"/>
        <source>Where to keep the secret</source>
        <translation>Wo das Geheimnis aufbewahrt wird</translation>
    </message>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="22"/>
        <source>Keep it for this &amp;session only (not saved; asked again next time)</source>
        <translation>Nur für diese &amp;Sitzung behalten (nicht gespeichert; wird beim nächsten Mal erneut abgefragt)</translation>
    </message>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="29"/>
        <source>Save it in the settings fi&amp;le, unencrypted</source>
        <translation>In der Einstellungs&amp;datei speichern, unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="37"/>
        <source>Desktop console for Railgun connections</source>
        <translation>Desktop-Konsole für Railgun-Verbindungen</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="41"/>
        <source>Use the emulator&apos;s demo account at &lt;url&gt;.</source>
        <translation>Das Demokonto des Emulators unter &lt;url&gt; verwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="43"/>
        <source>Keep settings in &lt;file&gt;.</source>
        <translation>Einstellungen in &lt;file&gt; speichern.</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="44"/>
        <source>Keep domain lists in &lt;dir&gt;.</source>
        <translation>Domainlisten in &lt;dir&gt; speichern.</translation>
    </message>
</context>
</TS>
