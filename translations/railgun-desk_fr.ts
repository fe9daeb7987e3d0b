<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../ui/AccountForm.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="23"/>
        <source>e.g. My sites</source>
        <translation>p. ex. Mes sites</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="30"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="43"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="60"/>
        <source>API t&amp;oken:</source>
        <translation>J&amp;eton d&apos;API :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="82"/>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="85"/>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="88"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="103"/>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="130"/>
        <source>Allo&amp;w insecure http:// (credentials are sent unencrypted)</source>
        <translation>Au&amp;toriser http:// non sécurisé (les identifiants sont envoyés en clair)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="137"/>
        <source>Use &amp;GET instead of POST</source>
        <translation>Utiliser &amp;GET au lieu de POST</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="144"/>
        <source>&amp;Parallel requests:</source>
        <translation>Requêtes &amp;parallèles :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="182"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="226"/>
        <source>&amp;Re-check:</source>
        <translation>&amp;Revérifier :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="236"/>
        <source>Read every domain again this long after the last refresh ended, within the rate limit</source>
        <translation>Relire tous les domaines ce délai après la fin de la dernière actualisation, dans la limite de requêtes</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="239"/>
        <source>Never (refresh by hand)</source>
        <translation>Jamais (actualiser à la main)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="242"/>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="245"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="258"/>
        <source>T&amp;imeout:</source>
        <translation>Dél&amp;ai :</translation>
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
        <translation>&amp;Limite de requêtes :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="179"/>
        <source>The most requests the server takes in the window; the account stays below it. Cloudflare allowed 1,200 per 5 minutes.</source>
        <translation>Le nombre maximal de requêtes que le serveur accepte dans la fenêtre ; le compte reste en dessous. Cloudflare en autorisait 1 200 par 5 minutes.</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="185"/>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="198"/>
        <source>per</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="284"/>
        <source>Extra CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficat d&apos;AC supplémentaire :</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="296"/>
        <source>None (system certificates only)</source>
        <translation>Aucun (certificats système uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="303"/>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/AccountForm.ui" line="306"/>
        <source>Choose CA certificate file</source>
        <translation>Choisir le fichier de certificat d&apos;AC</translation>
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
        <translation>Ajouter des domaines</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="10"/>
        <source>Type or paste domain names: one per line, or separated by commas or spaces. International names are converted.</source>
        <translation>Saisissez ou collez des noms de domaine : un par ligne, ou séparés par des virgules ou des espaces. Les noms internationaux sont convertis.</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="17"/>
        <source>Domain names</source>
        <translation>Noms de domaine</translation>
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
        <translation>Importer un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="25"/>
        <source>Read domain names from a text or CSV file (first column)</source>
        <translation>Lire les noms de domaine dans un fichier texte ou CSV (première colonne)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Import &amp;Customer&apos;s Domains…</source>
        <translation>Importer les domaines d&apos;un &amp;client…</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="26"/>
        <source>Partner accounts: the hosted zones of a customer, found by e-mail (user_lookup)</source>
        <translation>Comptes partenaires : les zones hébergées d&apos;un client, trouvées par adresse e-mail (user_lookup)</translation>
    </message>
    <message>
        <location filename="../ui/AddDomainsDialog.ui" line="37"/>
        <source>Rejected names and why</source>
        <translation>Noms refusés et raisons</translation>
    </message>
</context>
<context>
    <name>BulkSummaryDialog</name>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="5"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="10"/>
        <source>Failed and skipped domains</source>
        <translation>Domaines en échec et ignorés</translation>
    </message>
    <message>
        <location filename="../ui/BulkSummaryDialog.ui" line="13"/>
        <source>Show &amp;Failed Rows</source>
        <translation>Afficher les lignes en é&amp;chec</translation>
    </message>
</context>
<context>
    <name>ConnectToRailgunDialog</name>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="5"/>
        <source>Connect to Railgun</source>
        <translation>Connecter à Railgun</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="8"/>
        <source>&amp;Railgun:</source>
        <translation>&amp;Railgun :</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="10"/>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="13"/>
        <source>Connect and &amp;enable</source>
        <translation>Connecter et &amp;activer</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="14"/>
        <source>Connect, but leave &amp;disabled</source>
        <translation>Connecter, mais laisser &amp;désactivé</translation>
    </message>
    <message>
        <location filename="../ui/ConnectToRailgunDialog.ui" line="17"/>
        <source>Only active Railguns can be connected. Domains connected to another Railgun are skipped: disconnect them first.</source>
        <translation>Seuls les Railguns actifs peuvent être connectés. Les domaines connectés à un autre Railgun sont ignorés : déconnectez-les d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>CreateRailgunDialog</name>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="5"/>
        <source>Create Railgun</source>
        <translation>Créer un Railgun</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="13"/>
        <source>A Railgun is the daemon on your origin network. Create it here, then start the daemon with the token you get: the daemon activates it.</source>
        <translation>Un Railgun est le démon de votre réseau d&apos;origine. Créez-le ici, puis démarrez le démon avec le jeton obtenu : le démon l&apos;active.</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="18"/>
        <source>e.g. web-fra-1</source>
        <translation>p. ex. web-fra-1</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="19"/>
        <source>&amp;Public name:</source>
        <translation>Nom &amp;public :</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="20"/>
        <source>shown to the domains&apos; owners</source>
        <translation>affiché aux propriétaires des domaines</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="33"/>
        <source>Railgun token</source>
        <translation>Jeton Railgun</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="34"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="34"/>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="35"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="35"/>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location filename="../ui/CreateRailgunDialog.ui" line="40"/>
        <source>This token is shown only now. Put it into the Railgun daemon&apos;s configuration (railgun.conf) and start the daemon: it activates the Railgun, whose status then changes from &quot;Initializing&quot; to &quot;Active&quot;. Only an active Railgun can be connected to domains.</source>
        <translation>Ce jeton n&apos;est affiché que maintenant. Placez-le dans la configuration du démon Railgun (railgun.conf) et démarrez le démon : il active le Railgun, dont l&apos;état passe alors de « Initializing » à « Active ». Seul un Railgun actif peut être connecté à des domaines.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="14"/>
        <source>Accounts and Credentials</source>
        <translation>Comptes et identifiants</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="24"/>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Comptes :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="34"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="43"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="50"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="59"/>
        <source>&amp;Use this account</source>
        <translation>&amp;Utiliser ce compte</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="75"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsDialog.ui" line="78"/>
        <source>Make one harmless call (list Railguns) with these settings</source>
        <translation>Effectuer un appel inoffensif (lister les Railguns) avec ces paramètres</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.ui" line="12"/>
        <source>Search domains, Railguns, results…</source>
        <translation>Rechercher des domaines, Railguns, résultats…</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="13"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="18"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="22"/>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="27"/>
        <source>Clear the Railgun filter</source>
        <translation>Effacer le filtre Railgun</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.ui" line="34"/>
        <source>Show every row again</source>
        <translation>Afficher à nouveau toutes les lignes</translation>
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
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="92"/>
        <source>Rate limited by the server.</source>
        <translation>Limité en débit par le serveur.</translation>
    </message>
</context>
<context>
    <name>Railgun::Account</name>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="24"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="27"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat d&apos;AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/Account.cpp" line="35"/>
        <source>The file %1 holds no PEM or DER certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>Railgun::AccountForm</name>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="18"/>
        <source>Client (e-mail and API token)</source>
        <translation>Client (e-mail et jeton d&apos;API)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="19"/>
        <source>Hosting partner (host key)</source>
        <translation>Partenaire d&apos;hébergement (clé d&apos;hôte)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="27"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="27"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="28"/>
        <source>Hide secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="28"/>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="103"/>
        <source>&amp;Host key:</source>
        <translation>Clé d&apos;&amp;hôte :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="103"/>
        <source>API t&amp;oken:</source>
        <translation>J&amp;eton d&apos;API :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="104"/>
        <source>Host key</source>
        <translation>Clé d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="104"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="113"/>
        <source>Credentials will be sent unencrypted to %1.</source>
        <translation>Les identifiants seront envoyés en clair à %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="114"/>
        <source>Plain http:// to %1 is refused: it would send your credentials unencrypted. Use https://, or tick “Allow insecure http://” if you really mean it.</source>
        <translation>Le http:// simple vers %1 est refusé : vos identifiants seraient envoyés en clair. Utilisez https://, ou cochez « Autoriser http:// non sécurisé » si c&apos;est vraiment voulu.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="129"/>
        <source>Choose a CA Certificate</source>
        <translation>Choisir un certificat d&apos;AC</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountForm.cpp" line="130"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Railgun::AccountSwitcher</name>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="88"/>
        <source>Add an account to start.</source>
        <translation>Ajoutez un compte pour commencer.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="116"/>
        <source>The last known states could not be saved: %1</source>
        <translation>Les derniers états connus n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="126"/>
        <source>The account has no saved secret.</source>
        <translation>Le compte n&apos;a pas de secret enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/AccountSwitcher.cpp" line="159"/>
        <source>The domain list could not be saved: %1</source>
        <translation>La liste des domaines n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Railgun::ActivityLogDock</name>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="19"/>
        <source>Activity Log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="28"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="42"/>
        <source>Copy the selected entries (all when none is selected) as text</source>
        <translation>Copier les entrées sélectionnées en texte (toutes si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="43"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../src/app/ActivityLogDock.cpp" line="52"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Railgun::ActivityLogModel</name>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="29"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="31"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="33"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="35"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="37"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="39"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/core/models/ActivityLogModel.cpp" line="41"/>
        <source>Duration</source>
        <translation>Durée</translation>
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
        <translation>Importer des domaines</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="32"/>
        <source>Text or CSV files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Fichiers texte ou CSV (*.txt *.csv *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="47"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="66"/>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="81"/>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="87"/>
        <source>Import Customer&apos;s Domains</source>
        <translation>Importer les domaines d&apos;un client</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="67"/>
        <source>The customer&apos;s Cloudflare e-mail address:</source>
        <translation>L&apos;adresse e-mail Cloudflare du client :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="73"/>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="82"/>
        <source>The lookup of %1 failed: %2</source>
        <translation>La recherche de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="88"/>
        <source>There is no user %1.</source>
        <translation>Il n&apos;existe aucun utilisateur %1.</translation>
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
            <numerusform>%n nouveau domaine</numerusform>
            <numerusform>%n nouveaux domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="112"/>
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="114"/>
        <source>%n invalid name(s), listed below</source>
        <translation>
            <numerusform>%n nom invalide, listé ci-dessous</numerusform>
            <numerusform>%n noms invalides, listés ci-dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/AddDomainsDialog.cpp" line="117"/>
        <source>&amp;Add %n Domain(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n domaine</numerusform>
            <numerusform>&amp;Ajouter %n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::ApiError</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="59"/>
        <source>Refused to send credentials over an insecure connection.</source>
        <translation>Envoi des identifiants sur une connexion non sécurisée refusé.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="62"/>
        <source>The server refused the connection (is it running?).</source>
        <translation>Le serveur a refusé la connexion (est-il démarré ?).</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="65"/>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Le nom d&apos;hôte du serveur est introuvable.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="68"/>
        <source>The server closed the connection before answering completely.</source>
        <translation>Le serveur a fermé la connexion avant d&apos;avoir entièrement répondu.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="71"/>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>La connexion sécurisée a échoué : le certificat du serveur n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="74"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="77"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="79"/>
        <source>Network error.</source>
        <translation>Erreur réseau.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="82"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/api/ApiError.cpp" line="89"/>
        <source>Rate limited by the server; retry after %n second(s).</source>
        <translation>
            <numerusform>Limité en débit par le serveur ; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Limité en débit par le serveur ; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="96"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="102"/>
        <source>The server reported an error without a message.</source>
        <translation>Le serveur a signalé une erreur sans message.</translation>
    </message>
</context>
<context>
    <name>Railgun::AppActions</name>
    <message>
        <location filename="../src/app/AppActions.cpp" line="50"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="51"/>
        <source>Read the Railguns and every domain&apos;s connection from the server</source>
        <translation>Lire les Railguns et la connexion de chaque domaine depuis le serveur</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="52"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="53"/>
        <source>Enable Railgun for the selected domains</source>
        <translation>Activer Railgun pour les domaines sélectionnés</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="54"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="55"/>
        <source>Disable Railgun for the selected domains</source>
        <translation>Désactiver Railgun pour les domaines sélectionnés</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="56"/>
        <source>&amp;Connect to Railgun…</source>
        <translation>&amp;Connecter à Railgun…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="57"/>
        <source>Connect the selected domains to a Railgun</source>
        <translation>Connecter les domaines sélectionnés à un Railgun</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="58"/>
        <source>Dis&amp;connect…</source>
        <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="59"/>
        <source>Remove the Railgun connection of the selected domains</source>
        <translation>Supprimer la connexion Railgun des domaines sélectionnés</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="60"/>
        <source>Re&amp;move from List…</source>
        <translation>&amp;Retirer de la liste…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="61"/>
        <source>Remove the selected domains from this list (no server call)</source>
        <translation>Retirer les domaines sélectionnés de cette liste (aucun appel au serveur)</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="62"/>
        <source>Select All &amp;Shown</source>
        <translation>&amp;Sélectionner tout ce qui est affiché</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="63"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="64"/>
        <source>Cancel Operation</source>
        <translation>Annuler l&apos;opération</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="65"/>
        <source>Stop the running operation: calls already sent finish</source>
        <translation>Arrêter l&apos;opération en cours : les appels déjà envoyés se terminent</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="66"/>
        <source>&amp;Add Domains…</source>
        <translation>&amp;Ajouter des domaines…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="67"/>
        <source>Add domains to this account&apos;s list</source>
        <translation>Ajouter des domaines à la liste de ce compte</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="68"/>
        <source>&amp;Import Domains…</source>
        <translation>&amp;Importer des domaines…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="69"/>
        <source>Import domains from a text or CSV file</source>
        <translation>Importer des domaines depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="70"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="71"/>
        <source>Export the rows shown to a CSV file (no secrets)</source>
        <translation>Exporter les lignes affichées dans un fichier CSV (sans secrets)</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="72"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="73"/>
        <source>Add, edit or remove accounts</source>
        <translation>Ajouter, modifier ou supprimer des comptes</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="76"/>
        <source>Show &amp;Failed Rows</source>
        <translation>Afficher les lignes en é&amp;chec</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="77"/>
        <source>Show only the rows the last operation could not change</source>
        <translation>Afficher uniquement les lignes que la dernière opération n&apos;a pas pu modifier</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="78"/>
        <source>Last Run &amp;Details…</source>
        <translation>&amp;Détails de la dernière opération…</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="79"/>
        <source>Every domain the last operation failed or skipped, with the reason</source>
        <translation>Chaque domaine que la dernière opération n&apos;a pas pu modifier ou a ignoré, avec la raison</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="80"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="80"/>
        <source>Read the domains from the server again</source>
        <translation>Relire les domaines depuis le serveur</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="81"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="83"/>
        <source>&amp;About Railgun Desk</source>
        <translation>À &amp;propos de Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="98"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="105"/>
        <source>&amp;Domains</source>
        <translation>&amp;Domaines</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../src/app/AppActions.cpp" line="144"/>
        <source>Nothing to undo (%1)</source>
        <translation>Rien à annuler (%1)</translation>
    </message>
</context>
<context>
    <name>Railgun::BulkProgressWidget</name>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="25"/>
        <source>Operation progress</source>
        <translation>Progression de l&apos;opération</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="29"/>
        <source>Cancel the running operation</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="30"/>
        <source>Stop the operation: nothing new starts, calls already sent finish</source>
        <translation>Arrêter l&apos;opération : rien de nouveau ne démarre, les appels déjà envoyés se terminent</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="39"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="57"/>
        <source>%1: %2/%3, %4 failed</source>
        <translation>%1 : %2/%3, %4 en échec</translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="60"/>
        <source>%1: %2/%3</source>
        <translation>%1 : %2/%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/BulkProgressWidget.cpp" line="68"/>
        <source>%1: the server asked to wait %n s…</source>
        <translation>
            <numerusform>%1 : le serveur demande d&apos;attendre %n s…</numerusform>
            <numerusform>%1 : le serveur demande d&apos;attendre %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/BulkProgressWidget.cpp" line="74"/>
        <source>Cancelling: waiting for calls already sent…</source>
        <translation>Annulation : attente des appels déjà envoyés…</translation>
    </message>
</context>
<context>
    <name>Railgun::BulkSummaryDialog</name>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="16"/>
        <source>%1: Summary</source>
        <translation>%1 : résumé</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="17"/>
        <source>&lt;b&gt;%1 was cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 a été annulé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="19"/>
        <source>&lt;b&gt;%1 finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 terminé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1 finished with failures.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 terminé avec des échecs.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="22"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="23"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="24"/>
        <source>%n skipped (nothing to do)</source>
        <translation>
            <numerusform>%n ignoré (rien à faire)</numerusform>
            <numerusform>%n ignorés (rien à faire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="26"/>
        <source>%n not sent (cancelled)</source>
        <translation>
            <numerusform>%n non envoyé (annulé)</numerusform>
            <numerusform>%n non envoyés (annulé)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="31"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="44"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/BulkSummaryDialog.cpp" line="46"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>Railgun::ChangeJournal</name>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="203"/>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="216"/>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Impossible d’écrire le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="264"/>
        <source>Cannot read it: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="282"/>
        <source>Not a JSON object: skipped.</source>
        <translation>Pas un objet JSON : ignoré.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="283"/>
        <source>Cut short (the writer was stopped): skipped.</source>
        <translation>Tronqué (l’écriture a été interrompue) : ignoré.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="288"/>
        <source>Not a journal line: skipped.</source>
        <translation>Pas une ligne de journal : ignoré.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="293"/>
        <source>A change begun twice: the repeat is skipped.</source>
        <translation>Une modification commencée deux fois : la répétition est ignorée.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/ChangeJournal.cpp" line="317"/>
        <source>An outcome of an unknown kind: skipped.</source>
        <translation>Un résultat de type inconnu : ignoré.</translation>
    </message>
</context>
<context>
    <name>Railgun::ConnectToRailgunDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="19"/>
        <source>Connect %n selected domain(s) to:</source>
        <translation>
            <numerusform>Connecter %n domaine sélectionné à :</numerusform>
            <numerusform>Connecter %n domaines sélectionnés à :</numerusform>
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
        <translation>%1 (%2) — non activé</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/ConnectToRailgunDialog.cpp" line="39"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
</context>
<context>
    <name>Railgun::CreateRailgunDialog</name>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="21"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="27"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="27"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="57"/>
        <source>A Railgun needs a name and a public name.</source>
        <translation>Un Railgun a besoin d&apos;un nom et d&apos;un nom public.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="62"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CreateRailgunDialog.cpp" line="73"/>
        <source>The Railgun &quot;%1&quot; was created (id %2, status %3). Its token:</source>
        <translation>Le Railgun « %1 » a été créé (id %2, état %3). Son jeton :</translation>
    </message>
</context>
<context>
    <name>Railgun::CredentialStore</name>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="32"/>
        <source>No secret is saved in the system keychain for this account.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau du système pour ce compte.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="36"/>
        <source>Access to the system keychain was refused.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="40"/>
        <source>The system keychain refused access (is it locked?).</source>
        <translation>Le trousseau du système a refusé l&apos;accès (est-il verrouillé ?).</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="45"/>
        <source>No system keychain is available on this desktop.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur ce bureau.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="51"/>
        <source>The system keychain is not available (no session bus or no secret service).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (pas de bus de session ni de service de secrets).</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="124"/>
        <source>The system keychain did not answer in time (is it locked?)</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps (est-il verrouillé ?)</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="173"/>
        <source>The secret of this account was kept for one session only: enter it again.</source>
        <translation>Le secret de ce compte n&apos;a été conservé que pour une session : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/CredentialStore.cpp" line="180"/>
        <source>No secret is saved in the settings file for this account.</source>
        <translation>Aucun secret n&apos;est enregistré dans le fichier de paramètres pour ce compte.</translation>
    </message>
</context>
<context>
    <name>Railgun::CredentialsDialog</name>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="113"/>
        <source>No account yet: fill in the fields and press Save.</source>
        <translation>Aucun compte pour l&apos;instant : remplissez les champs et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="114"/>
        <source>New account: fill in the fields and press Save.</source>
        <translation>Nouveau compte : remplissez les champs et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="131"/>
        <source>Saved in the system keychain; leave empty to keep it</source>
        <translation>Enregistré dans le trousseau du système ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="135"/>
        <source>Not saved: enter it to use this account</source>
        <translation>Non enregistré : saisissez-le pour utiliser ce compte</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="136"/>
        <source>Kept for this session only; leave empty to keep it</source>
        <translation>Conservé pour cette session uniquement ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="139"/>
        <source>Saved unencrypted in the settings file; leave empty to keep it</source>
        <translation>Enregistré en clair dans le fichier de paramètres ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="154"/>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="199"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="200"/>
        <source>Remove the account “%1” and its saved secret? Its domain list stays on disk.</source>
        <translation>Supprimer le compte « %1 » et son secret enregistré ? Sa liste de domaines reste sur le disque.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="218"/>
        <source>Removed “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="224"/>
        <source>Save the account first.</source>
        <translation>Enregistrez d&apos;abord le compte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="228"/>
        <source>“%1” is now the current account.</source>
        <translation>« %1 » est maintenant le compte actuel.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="22"/>
        <source>Plain http:// to %1 would send your credentials unencrypted. Use https://, or tick “Allow insecure http://”.</source>
        <translation>Le http:// simple vers %1 enverrait vos identifiants en clair. Utilisez https://, ou cochez « Autoriser http:// non sécurisé ».</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="37"/>
        <source>Enter a name for the account.</source>
        <translation>Saisissez un nom pour le compte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="39"/>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du compte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="54"/>
        <source>Enter the API token.</source>
        <translation>Saisissez le jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/AccountFormValidator.cpp" line="55"/>
        <source>Enter the host key.</source>
        <translation>Saisissez la clé d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="275"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="295"/>
        <source>Enter the API token first.</source>
        <translation>Saisissez d&apos;abord le jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="296"/>
        <source>Enter the host key first.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="302"/>
        <source>Reading the saved secret…</source>
        <translation>Lecture du secret enregistré…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/CredentialsDialog.cpp" line="321"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/ConnectionTester.cpp" line="30"/>
        <source>Connected: %n Railgun(s)</source>
        <translation>
            <numerusform>Connecté : %n Railgun</numerusform>
            <numerusform>Connecté : %n Railguns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::DemoSetup</name>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="29"/>
        <source>Demo (emulator)</source>
        <translation>Démo (émulateur)</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="86"/>
        <source>The demo domain list could not be saved: %1</source>
        <translation>La liste de domaines de démo n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSetup.cpp" line="88"/>
        <source>The demo domains could not be looked up: %1</source>
        <translation>Les domaines de démo n&apos;ont pas pu être recherchés : %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DesiredPlan</name>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="31"/>
        <source>%1 is connected to Railgun %2, which is not in this account&apos;s list: its connection cannot be changed from here.</source>
        <translation>%1 est connecté au Railgun %2, qui ne figure pas dans la liste de ce compte : cette connexion ne peut pas être modifiée d’ici.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="37"/>
        <source>%1 is connected to Railgun %2, which is deleted: the server refuses to change that connection.</source>
        <translation>%1 est connecté au Railgun %2, qui est supprimé : le serveur refuse de modifier cette connexion.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="65"/>
        <source>The current state of %1 was not read.</source>
        <translation>L’état actuel de %1 n’a pas été lu.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="69"/>
        <source>The current state of %1 is unknown: %2</source>
        <translation>L’état actuel de %1 est inconnu : %2</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="117"/>
        <source>The Railgun %1 is not active (%2): the server connects domains only to active Railguns.</source>
        <translation>Le Railgun %1 n’est pas actif (%2) : le serveur ne connecte des domaines qu’à des Railguns actifs.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="201"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="203"/>
        <source>Move to another Railgun</source>
        <translation>Déplacer vers un autre Railgun</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="205"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="207"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredPlan.cpp" line="209"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>Railgun::DesiredStateFile</name>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="51"/>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="57"/>
        <source>“%1” is not a domain name: %2</source>
        <translation>« %1 » n’est pas un nom de domaine : %2</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="66"/>
        <source>%1 is already on line %2.</source>
        <translation>%1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="75"/>
        <source>%1 cannot be enabled without a Railgun (the railgun field is empty).</source>
        <translation>%1 ne peut pas être activé sans Railgun (le champ railgun est vide).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="84"/>
        <source>%1: say whether Railgun is enabled (on or off).</source>
        <translation>%1 : indiquez si Railgun est activé (on ou off).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="126"/>
        <source>Text after a closing quote.</source>
        <translation>Du texte après un guillemet fermant.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="137"/>
        <source>A quote is not closed (a cell cannot span lines).</source>
        <translation>Un guillemet n’est pas fermé (une cellule ne peut pas s’étendre sur plusieurs lignes).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="186"/>
        <source>The first line must be the header “domain,railgun,enabled” (the columns in any order, nothing else).</source>
        <translation>La première ligne doit être l’en-tête « domain,railgun,enabled » (les colonnes dans n’importe quel ordre, rien d’autre).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="202"/>
        <source>Expected %1 fields (domain, railgun, enabled), found %2.</source>
        <translation>%1 champs attendus (domain, railgun, enabled), %2 trouvés.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="212"/>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="362"/>
        <source>“%1” is not a value for enabled: use on/off, yes/no or 1/0.</source>
        <translation>« %1 » n’est pas une valeur pour enabled : utilisez on/off, yes/no ou 1/0.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="218"/>
        <source>The file is empty: it needs the header “domain,railgun,enabled”.</source>
        <translation>Le fichier est vide : il lui faut l’en-tête « domain,railgun,enabled ».</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="310"/>
        <source>The JSON is malformed: %1.</source>
        <translation>Le JSON est mal formé : %1.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="319"/>
        <source>The JSON must be an array of {&quot;domain&quot;, &quot;railgun&quot;, &quot;enabled&quot;} objects, or an object holding that array under &quot;domains&quot;.</source>
        <translation>Le JSON doit être un tableau d’objets {&quot;domain&quot;, &quot;railgun&quot;, &quot;enabled&quot;}, ou un objet qui contient ce tableau sous &quot;domains&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="328"/>
        <source>Entry %1 is not an object.</source>
        <translation>L’entrée %1 n’est pas un objet.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="338"/>
        <source>Entry %1 has unknown fields: %2 (only domain, railgun and enabled).</source>
        <translation>L’entrée %1 a des champs inconnus : %2 (seulement domain, railgun et enabled).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="346"/>
        <source>Entry %1 needs &quot;domain&quot; as a string.</source>
        <translation>L’entrée %1 doit avoir &quot;domain&quot; sous forme de chaîne.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="350"/>
        <source>Entry %1: &quot;railgun&quot; must be a string or null.</source>
        <translation>Entrée %1 : &quot;railgun&quot; doit être une chaîne ou null.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="369"/>
        <source>Entry %1: &quot;enabled&quot; must be true or false.</source>
        <translation>Entrée %1 : &quot;enabled&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="432"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/desired/DesiredStateFile.cpp" line="448"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainController</name>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="132"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="30"/>
        <source>Could not list the Railguns: %1</source>
        <translation>Impossible de lister les Railguns : %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="106"/>
        <location filename="../src/core/operations/DomainController.cpp" line="399"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="46"/>
        <source>No account is set up.</source>
        <translation>Aucun compte n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="118"/>
        <source>Listing Railguns…</source>
        <translation>Liste des Railguns…</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="19"/>
        <source>A call for this domain is in progress.</source>
        <translation>Un appel est en cours pour ce domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="110"/>
        <source>A refresh is already running.</source>
        <translation>Une actualisation est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="130"/>
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>Lecture de %n domaine…</numerusform>
            <numerusform>Lecture de %n domaines…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="183"/>
        <source>Refresh stopped: %1 read, %2 failed, %3 not read.</source>
        <translation>Actualisation arrêtée : %1 lus, %2 en échec, %3 non lus.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="189"/>
        <source>Refresh finished: %1 read, %2 failed.</source>
        <translation>Actualisation terminée : %1 lus, %2 en échec.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="216"/>
        <source>%1 is waiting for the server&apos;s answer.</source>
        <translation>%1 attend la réponse du serveur.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="220"/>
        <source>%1 is not connected to a Railgun: connect it first.</source>
        <translation>%1 n&apos;est connecté à aucun Railgun : connectez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="225"/>
        <source>The Railgun of this domain is not in the account&apos;s list: refresh first.</source>
        <translation>Le Railgun de ce domaine n&apos;est pas dans la liste du compte : actualisez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="250"/>
        <source>Undo toggle of %1</source>
        <translation>Annuler le basculement de %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="257"/>
        <source>Railgun enabled for %1.</source>
        <translation>Railgun activé pour %1.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="257"/>
        <source>Railgun disabled for %1.</source>
        <translation>Railgun désactivé pour %1.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="265"/>
        <source>%1: not changed: %2</source>
        <translation>%1 : non modifié : %2</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="154"/>
        <location filename="../src/core/operations/DomainController.cpp" line="271"/>
        <source>Checking the outcome…</source>
        <translation>Vérification du résultat…</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="197"/>
        <location filename="../src/core/operations/DomainController.cpp" line="280"/>
        <source>Applied (confirmed after: %1)</source>
        <translation>Appliqué (confirmé après : %1)</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="201"/>
        <location filename="../src/core/operations/DomainController.cpp" line="280"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="184"/>
        <location filename="../src/core/operations/DomainController.cpp" line="290"/>
        <source>Outcome unknown (%1); the state could not be read back: refresh to check.</source>
        <translation>Résultat inconnu (%1) ; l&apos;état n&apos;a pas pu être relu : actualisez pour vérifier.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="86"/>
        <source>Not connected to a Railgun.</source>
        <translation>Non connecté à un Railgun.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="88"/>
        <source>Already enabled.</source>
        <translation>Déjà activé.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="89"/>
        <source>Already disabled.</source>
        <translation>Déjà désactivé.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="320"/>
        <location filename="../src/core/operations/RailgunController.cpp" line="74"/>
        <source>That Railgun is not in the account&apos;s list: refresh first.</source>
        <translation>Ce Railgun n&apos;est pas dans la liste du compte : actualisez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="101"/>
        <source>Already connected in this mode.</source>
        <translation>Déjà connecté dans ce mode.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="104"/>
        <source>Connected to another Railgun: disconnect it first.</source>
        <translation>Connecté à un autre Railgun : déconnectez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="115"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="117"/>
        <source>State unknown: refresh first.</source>
        <translation>État inconnu : actualisez d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="346"/>
        <source>Undo removing %n domain(s)</source>
        <translation>
            <numerusform>Annuler le retrait de %n domaine</numerusform>
            <numerusform>Annuler le retrait de %n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="347"/>
        <source>Removed %n domain(s) from the list.</source>
        <translation>
            <numerusform>%n domaine retiré de la liste.</numerusform>
            <numerusform>%n domaines retirés de la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="382"/>
        <source>Restored %n domain(s) to the list.</source>
        <translation>
            <numerusform>%n domaine rétabli dans la liste.</numerusform>
            <numerusform>%n domaines rétablis dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkPlan.cpp" line="128"/>
        <source>No longer in the list.</source>
        <translation>N&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/BulkOperation.cpp" line="69"/>
        <source>Cancelling: calls already sent finish first…</source>
        <translation>Annulation : les appels déjà envoyés se terminent d&apos;abord…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/BulkOperation.cpp" line="170"/>
        <source>Checking %n uncertain result(s) with the server…</source>
        <translation>
            <numerusform>Vérification de %n résultat incertain auprès du serveur…</numerusform>
            <numerusform>Vérification de %n résultats incertains auprès du serveur…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/operations/DomainController.cpp" line="431"/>
        <source>Undo %1 of %n domain(s)</source>
        <translation>
            <numerusform>Annuler « %1 » pour %n domaine</numerusform>
            <numerusform>Annuler « %1 » pour %n domaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="445"/>
        <source>%1 cancelled: %2 done, %3 failed, %4 not sent.</source>
        <translation>%1 annulé : %2 effectués, %3 en échec, %4 non envoyés.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/DomainController.cpp" line="451"/>
        <source>%1 finished: %2 succeeded, %3 failed, %4 skipped.</source>
        <translation>%1 terminé : %2 réussis, %3 en échec, %4 ignorés.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="58"/>
        <source>Could not create the Railgun: %1</source>
        <translation>Impossible de créer le Railgun : %1</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="62"/>
        <source>It may have been created anyway: check the list.</source>
        <translation>Il a peut-être été créé malgré tout : vérifiez la liste.</translation>
    </message>
    <message>
        <location filename="../src/core/operations/RailgunController.cpp" line="92"/>
        <source>Could not delete the Railgun: %1</source>
        <translation>Impossible de supprimer le Railgun : %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainListStore</name>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="105"/>
        <source>The domain list %1 could not be read (%2). It was moved to %3; the list starts empty.</source>
        <translation>La liste de domaines %1 n&apos;a pas pu être lue (%2). Elle a été déplacée vers %3 ; la liste repart vide.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="110"/>
        <source>The domain list %1 could not be read (%2) and could not be moved aside. Saving will replace it.</source>
        <translation>La liste de domaines %1 n&apos;a pas pu être lue (%2) ni être mise de côté. L&apos;enregistrement la remplacera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/DomainListStore.cpp" line="126"/>
        <source>The domain list %1 is damaged and no backup copy could be made; %n domain(s) could be recovered. The file was left as it is.</source>
        <translation>
            <numerusform>La liste de domaines %1 est endommagée et aucune copie de sauvegarde n&apos;a pu être faite ; %n domaine a pu être récupéré. Le fichier a été laissé tel quel.</numerusform>
            <numerusform>La liste de domaines %1 est endommagée et aucune copie de sauvegarde n&apos;a pu être faite ; %n domaines ont pu être récupérés. Le fichier a été laissé tel quel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/DomainListStore.cpp" line="135"/>
        <source>The domain list file was damaged. A copy was kept as %1; %n domain(s) could be recovered.</source>
        <translation>
            <numerusform>Le fichier de la liste de domaines était endommagé. Une copie a été conservée sous %1 ; %n domaine a pu être récupéré.</numerusform>
            <numerusform>Le fichier de la liste de domaines était endommagé. Une copie a été conservée sous %1 ; %n domaines ont pu être récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="149"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/DomainListStore.cpp" line="150"/>
        <source>The domain list could not be written: %1</source>
        <translation>La liste de domaines n&apos;a pas pu être écrite : %1</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainName</name>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="52"/>
        <source>A URL is not a domain name: give its host name alone.</source>
        <translation>Une URL n&apos;est pas un nom de domaine : indiquez seulement son nom d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="54"/>
        <source>An e-mail address is not a domain name.</source>
        <translation>Une adresse e-mail n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="57"/>
        <source>The domain name contains a control character (%1).</source>
        <translation>Le nom de domaine contient un caractère de contrôle (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="59"/>
        <source>The domain name contains an invisible character (%1).</source>
        <translation>Le nom de domaine contient un caractère invisible (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="61"/>
        <source>The domain name contains a space.</source>
        <translation>Le nom de domaine contient une espace.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="63"/>
        <source>A wildcard (*) is not a domain name.</source>
        <translation>Un caractère générique (*) n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="66"/>
        <location filename="../src/core/api/DomainName.cpp" line="80"/>
        <source>The domain name contains %1, which is not allowed in a domain name.</source>
        <translation>Le nom de domaine contient %1, qui n&apos;est pas permis dans un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="74"/>
        <location filename="../src/core/api/DomainName.cpp" line="109"/>
        <source>The domain name has an empty label (two dots in a row).</source>
        <translation>Le nom de domaine a une étiquette vide (deux points de suite).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="76"/>
        <source>A label of the domain name is longer than 63 characters.</source>
        <translation>Une étiquette du nom de domaine dépasse 63 caractères.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="85"/>
        <source>A label of the domain name starts or ends with a hyphen.</source>
        <translation>Une étiquette du nom de domaine commence ou finit par un trait d&apos;union.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="96"/>
        <source>The domain name is empty.</source>
        <translation>Le nom de domaine est vide.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="98"/>
        <source>The domain name is too long.</source>
        <translation>Le nom de domaine est trop long.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="105"/>
        <source>The domain name needs at least two labels (like example.com).</source>
        <translation>Le nom de domaine doit avoir au moins deux étiquettes (comme example.com).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="107"/>
        <source>The domain name has an empty label (it starts with a dot).</source>
        <translation>Le nom de domaine a une étiquette vide (il commence par un point).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="125"/>
        <source>The domain name is not a valid internationalised name (a character IDNA does not allow, or a broken xn-- label).</source>
        <translation>Le nom de domaine n&apos;est pas un nom internationalisé valide (un caractère qu&apos;IDNA refuse, ou une étiquette xn-- abîmée).</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="130"/>
        <source>The domain name is longer than 253 characters.</source>
        <translation>Le nom de domaine dépasse 253 caractères.</translation>
    </message>
    <message>
        <location filename="../src/core/api/DomainName.cpp" line="141"/>
        <source>An IP address is not a domain name.</source>
        <translation>Une adresse IP n&apos;est pas un nom de domaine.</translation>
    </message>
</context>
<context>
    <name>Railgun::DomainTableModel</name>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="30"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="32"/>
        <source>Railgun</source>
        <translation>Railgun</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="34"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="36"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="38"/>
        <source>Railgun status</source>
        <translation>État du Railgun</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="40"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="42"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="95"/>
        <source>Waiting for the server&apos;s answer</source>
        <translation>En attente de la réponse du serveur</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="97"/>
        <source>Last known state, read %1 ago; not read again since the start</source>
        <translation>Dernier état connu, lu il y a %1 ; pas relu depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="124"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="126"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="128"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="135"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="136"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="136"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="147"/>
        <source>Pending…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <location filename="../src/core/models/DomainTableModel.cpp" line="155"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::DomainTableView</name>
    <message>
        <location filename="../src/app/DomainTableView.cpp" line="16"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
</context>
<context>
    <name>Railgun::FilterBar</name>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="21"/>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="21"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="22"/>
        <source>Disabled</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="22"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="23"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="23"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="35"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="53"/>
        <source>Only the domains of this Railgun are shown. Click to show all.</source>
        <translation>Seuls les domaines de ce Railgun sont affichés. Cliquez pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="60"/>
        <source>Click to show every row again</source>
        <translation>Cliquez pour afficher à nouveau toutes les lignes</translation>
    </message>
    <message>
        <location filename="../src/app/FilterBar.cpp" line="86"/>
        <source>Railgun: %1</source>
        <translation>Railgun : %1</translation>
    </message>
</context>
<context>
    <name>Railgun::LanguageMenu</name>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="10"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="17"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/app/LanguageMenu.cpp" line="39"/>
        <source>The new language is used the next time Railgun Desk starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Railgun Desk.</translation>
    </message>
</context>
<context>
    <name>Railgun::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="101"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="102"/>
        <source>The account whose domains are shown</source>
        <translation>Le compte dont les domaines sont affichés</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="168"/>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="207"/>
        <source>About Railgun Desk</source>
        <translation>À propos de Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="208"/>
        <source>&lt;b&gt;Railgun Desk&lt;/b&gt; %1&lt;br&gt;A desktop console for Cloudflare Railgun connections.</source>
        <translation>&lt;b&gt;Railgun Desk&lt;/b&gt; %1&lt;br&gt;Une console de bureau pour les connexions Cloudflare Railgun.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="358"/>
        <source>Railgun Desk</source>
        <translation>Railgun Desk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="331"/>
        <source>Add an account to start.</source>
        <translation>Ajoutez un compte pour commencer.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="78"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="79"/>
        <source>Carry on now instead of waiting as long as the server asked</source>
        <translation>Continuer maintenant au lieu d&apos;attendre aussi longtemps que le serveur l&apos;a demandé</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="245"/>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="289"/>
        <source>The server asked to wait %1 before any further request; nothing is sent until you resume.</source>
        <translation>Le serveur a demandé d&apos;attendre %1 avant toute nouvelle requête ; rien n&apos;est envoyé tant que vous ne reprenez pas.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="301"/>
        <source>about %1 at the server&apos;s limit</source>
        <translation>environ %1 à la limite du serveur</translation>
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
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="374"/>
        <source>%1 of %n domain(s) shown</source>
        <translation>
            <numerusform>%1 sur %n domaine affiché</numerusform>
            <numerusform>%1 sur %n domaines affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="385"/>
        <source>Couldn&apos;t read from the server: %1</source>
        <translation>Impossible de lire le serveur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="390"/>
        <source>%n domain(s) could not be read</source>
        <translation>
            <numerusform>%n domaine n&apos;a pas pu être lu</numerusform>
            <numerusform>%n domaines n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="423"/>
        <source>Only %n failed row(s)</source>
        <translation>
            <numerusform>Uniquement %n ligne en échec</numerusform>
            <numerusform>Uniquement %n lignes en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="442"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="443"/>
        <source>Disconnect %n domain(s) from their Railgun? Railgun stops for them until they are connected again.</source>
        <translation>
            <numerusform>Déconnecter %n domaine de son Railgun ? Railgun s&apos;arrête pour lui jusqu&apos;à ce qu&apos;il soit reconnecté.</numerusform>
            <numerusform>Déconnecter %n domaines de leur Railgun ? Railgun s&apos;arrête pour eux jusqu&apos;à ce qu&apos;ils soient reconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="456"/>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="457"/>
        <source>Remove %n domain(s) from this list? Nothing changes on the server.</source>
        <translation>
            <numerusform>Retirer %n domaine de cette liste ? Rien ne change sur le serveur.</numerusform>
            <numerusform>Retirer %n domaines de cette liste ? Rien ne change sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="473"/>
        <source>Import Domains</source>
        <translation>Importer des domaines</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="473"/>
        <source>Text or CSV files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Fichiers texte ou CSV (*.txt *.csv *.list);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="489"/>
        <source>Added %n domain(s).</source>
        <translation>
            <numerusform>%n domaine ajouté.</numerusform>
            <numerusform>%n domaines ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="494"/>
        <location filename="../src/app/MainWindow.cpp" line="500"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="495"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="500"/>
        <source>Could not write the file: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="502"/>
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::MessageBar</name>
    <message>
        <location filename="../src/app/MessageBar.cpp" line="84"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/app/MessageBar.cpp" line="85"/>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Railgun::Operations</name>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="15"/>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="17"/>
        <source>Toggle</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="19"/>
        <source>Enable</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="21"/>
        <source>Disable</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="23"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="25"/>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="27"/>
        <source>Remove from list</source>
        <translation>Retrait de la liste</translation>
    </message>
    <message>
        <location filename="../src/core/operations/Operation.cpp" line="29"/>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunApi</name>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="125"/>
        <source>The account has no complete credentials.</source>
        <translation>Le compte n&apos;a pas d&apos;identifiants complets.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="128"/>
        <source>Looking up a customer needs a partner host key.</source>
        <translation>La recherche d&apos;un client nécessite une clé d&apos;hôte de partenaire.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="72"/>
        <source>Plain http:// is only used for this computer unless the account allows it.</source>
        <translation>Le http:// simple n&apos;est utilisé que pour cet ordinateur, sauf si le compte l&apos;autorise.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="91"/>
        <source>The server redirected to another host or to plain http; the request was stopped.</source>
        <translation>Le serveur a redirigé vers un autre hôte ou vers http simple ; la requête a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="96"/>
        <source>The answer is larger than %1 KiB.</source>
        <translation>La réponse dépasse %1 Kio.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ReplyReader.cpp" line="157"/>
        <source>The server sent &quot;%1&quot; instead of JSON.</source>
        <translation>Le serveur a envoyé « %1 » au lieu de JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="61"/>
        <source>The API base URL is not a valid URL (expected like %1).</source>
        <translation>L&apos;URL de base de l&apos;API n&apos;est pas une URL valide (attendue comme %1).</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="64"/>
        <source>The API base URL must start with https:// (or http:// for this computer).</source>
        <translation>L&apos;URL de base de l&apos;API doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="67"/>
        <source>The API base URL must not contain a query, a fragment or a user name.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni requête, ni fragment, ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="249"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="263"/>
        <source>init needs a name and a public name.</source>
        <translation>init nécessite un nom et un nom public.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="283"/>
        <source>ipr_set needs address ranges.</source>
        <translation>ipr_set nécessite des plages d&apos;adresses.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="287"/>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="294"/>
        <source>A Railgun needs a name and a public name.</source>
        <translation>Un Railgun a besoin d&apos;un nom et d&apos;un nom public.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="303"/>
        <location filename="../src/core/api/RailgunApi.cpp" line="337"/>
        <location filename="../src/core/api/RailgunApi.cpp" line="374"/>
        <source>No Railgun token given.</source>
        <translation>Aucun jeton Railgun fourni.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="385"/>
        <source>&quot;%1&quot; is not an IP address or range.</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni une plage.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="391"/>
        <source>No address ranges given.</source>
        <translation>Aucune plage d&apos;adresses fournie.</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunApi.cpp" line="402"/>
        <source>Enter the customer&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du client.</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunListModel</name>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="29"/>
        <source>Public name</source>
        <translation>Nom public</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="33"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="35"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="37"/>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="39"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="69"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../src/core/models/RailgunListModel.cpp" line="69"/>
        <source>Off</source>
        <translation>Désactivé</translation>
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
        <translation>C&amp;réer…</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="47"/>
        <source>Create a Railgun (init) and get its token</source>
        <translation>Créer un Railgun (init) et obtenir son jeton</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="48"/>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="49"/>
        <source>Copy &amp;Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="50"/>
        <source>Copy the selected Railgun&apos;s token (rtkn) to the clipboard</source>
        <translation>Copier le jeton (rtkn) du Railgun sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="51"/>
        <source>All &amp;Domains</source>
        <translation>Tous les &amp;domaines</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="52"/>
        <source>Show the domains of every Railgun in the table</source>
        <translation>Afficher les domaines de tous les Railguns dans le tableau</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="116"/>
        <source>Delete the Railgun &quot;%1&quot; (%2)?</source>
        <translation>Supprimer le Railgun « %1 » (%2) ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RailgunPanel.cpp" line="118"/>
        <source>%n listed domain(s) use it and will lose their Railgun connection.</source>
        <translation>
            <numerusform>%n domaine listé l&apos;utilise et perdra sa connexion Railgun.</numerusform>
            <numerusform>%n domaines listés l&apos;utilisent et perdront leur connexion Railgun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="119"/>
        <source>No listed domain uses it.</source>
        <translation>Aucun domaine listé ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../src/app/RailgunPanel.cpp" line="120"/>
        <source>Delete Railgun</source>
        <translation>Supprimer le Railgun</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunReference</name>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="37"/>
        <source>%1 (%2, “%3”)</source>
        <translation>%1 (%2, « %3 »)</translation>
    </message>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="55"/>
        <source>No Railgun “%1” in this account (give its id, name or public name).</source>
        <translation>Aucun Railgun « %1 » dans ce compte (indiquez son identifiant, son nom ou son nom public).</translation>
    </message>
    <message>
        <location filename="../src/core/desired/RailgunReference.cpp" line="60"/>
        <source>The Railgun “%1” is ambiguous: it matches %2. Give its id instead.</source>
        <translation>Le Railgun « %1 » est ambigu : il correspond à %2. Indiquez plutôt son identifiant.</translation>
    </message>
</context>
<context>
    <name>Railgun::RailgunStatus</name>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="22"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="24"/>
        <source>Initializing</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <location filename="../src/core/api/RailgunStatus.cpp" line="26"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>Railgun::ResponseParser</name>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="105"/>
        <source>The answer was empty.</source>
        <translation>La réponse était vide.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="115"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="130"/>
        <source>It is not a JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="138"/>
        <source>The success answer has no &quot;response&quot; object.</source>
        <translation>La réponse de succès n&apos;a pas d&apos;objet « response ».</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="152"/>
        <source>The answer has no &quot;result&quot; of success or error.</source>
        <translation>La réponse n&apos;a pas de « result » success ou error.</translation>
    </message>
    <message>
        <location filename="../src/core/api/ResponseParser.cpp" line="297"/>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>Le champ « %1 » est absent ou n&apos;a pas le bon type.</translation>
    </message>
</context>
<context>
    <name>Railgun::RunReport</name>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="9"/>
        <source>%n enabled</source>
        <translation>
            <numerusform>%n activé</numerusform>
            <numerusform>%n activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="11"/>
        <source>%n disabled</source>
        <translation>
            <numerusform>%n désactivé</numerusform>
            <numerusform>%n désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="13"/>
        <source>%n connected</source>
        <translation>
            <numerusform>%n connecté</numerusform>
            <numerusform>%n connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="15"/>
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n déconnecté</numerusform>
            <numerusform>%n déconnectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="17"/>
        <source>%n removed from the list</source>
        <translation>
            <numerusform>%n retiré de la liste</numerusform>
            <numerusform>%n retirés de la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="19"/>
        <source>%n changed back</source>
        <translation>
            <numerusform>%n rétabli</numerusform>
            <numerusform>%n rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="24"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n lu</numerusform>
            <numerusform>%n lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="31"/>
        <source>%n already enabled</source>
        <translation>
            <numerusform>%n déjà activé</numerusform>
            <numerusform>%n déjà activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="33"/>
        <source>%n already disabled</source>
        <translation>
            <numerusform>%n déjà désactivé</numerusform>
            <numerusform>%n déjà désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="35"/>
        <source>%n already connected there</source>
        <translation>
            <numerusform>%n déjà connecté à ce Railgun</numerusform>
            <numerusform>%n déjà connectés à ce Railgun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="37"/>
        <source>%n not connected</source>
        <translation>
            <numerusform>%n non connecté</numerusform>
            <numerusform>%n non connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="41"/>
        <source>%n with nothing to do</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/RunReport.cpp" line="48"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="51"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/RunReport.cpp" line="55"/>
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyé</numerusform>
            <numerusform>%n non envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::SecretSaver</name>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="29"/>
        <source>Tick the box to confirm that the secret may be stored unencrypted, or choose “this session only”.</source>
        <translation>Cochez la case pour confirmer que le secret peut être enregistré en clair, ou choisissez « cette session uniquement ».</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="44"/>
        <source>Saving the secret in the system keychain…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="73"/>
        <source>The secret could not be written to %1.</source>
        <translation>Le secret n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="90"/>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Enregistré. Le secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="92"/>
        <source>Saved. The secret is kept for this session only and will be asked for again.</source>
        <translation>Enregistré. Le secret est conservé pour cette session uniquement et sera redemandé.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="94"/>
        <source>Saved. The secret is stored unencrypted in %1.</source>
        <translation>Enregistré. Le secret est stocké en clair dans %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="97"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretSaver.cpp" line="104"/>
        <source>The secret was not saved: the system keychain is not available.</source>
        <translation>Le secret n&apos;a pas été enregistré : le trousseau du système n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>Railgun::SecretStorageChoice</name>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="37"/>
        <source>I un&amp;derstand: store it unencrypted in %1 (mode 0600)</source>
        <translation>Je &amp;comprends : l&apos;enregistrer en clair dans %1 (mode 0600)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="38"/>
        <source>Anyone who can read your files, or a copy of %1 (a backup, a synced folder), can read the secret.</source>
        <translation>Toute personne pouvant lire vos fichiers, ou une copie de %1 (une sauvegarde, un dossier synchronisé), peut lire le secret.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/SecretStorageChoice.cpp" line="46"/>
        <source>The secret could not be saved in the system keychain.
%1
Choose how to keep it, then press Save again.</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans le trousseau du système.
%1
Choisissez comment le conserver, puis cliquez de nouveau sur Enregistrer.</translation>
    </message>
</context>
<context>
    <name>Railgun::SettingsStore</name>
    <message numerus="yes">
        <location filename="../src/core/storage/SettingsStore.cpp" line="114"/>
        <source>The settings file %1 was damaged. It was kept as %2, and the %n setting(s) that could be read were carried over.</source>
        <translation>
            <numerusform>Le fichier de réglages %1 était endommagé. Il a été conservé sous %2 ; le réglage lisible (%n) a été repris.</numerusform>
            <numerusform>Le fichier de réglages %1 était endommagé. Il a été conservé sous %2 ; les %n réglages lisibles ont été repris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/SettingsStore.cpp" line="119"/>
        <source>The settings file %1 was damaged and could not be copied; the %n setting(s) that could be read were carried over.</source>
        <translation>
            <numerusform>Le fichier de réglages %1 était endommagé et n’a pas pu être copié ; le réglage lisible (%n) a été repris.</numerusform>
            <numerusform>Le fichier de réglages %1 était endommagé et n’a pas pu être copié ; les %n réglages lisibles ont été repris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Railgun::StateCacheFile</name>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="154"/>
        <source>The last known states (%1) could not be read (%2). The file was moved to %3; every domain is read again.</source>
        <translation>Les derniers états connus (%1) n&apos;ont pas pu être lus (%2). Le fichier a été déplacé vers %3 ; tous les domaines sont relus.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="158"/>
        <source>The last known states (%1) could not be read (%2); every domain is read again.</source>
        <translation>Les derniers états connus (%1) n&apos;ont pas pu être lus (%2) ; tous les domaines sont relus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/StateCacheFile.cpp" line="173"/>
        <source>The last known states (%1) were damaged and no copy could be made; %n state(s) could be kept.</source>
        <translation>
            <numerusform>Les derniers états connus (%1) étaient endommagés et aucune copie n&apos;a pu être faite ; %n état a pu être conservé.</numerusform>
            <numerusform>Les derniers états connus (%1) étaient endommagés et aucune copie n&apos;a pu être faite ; %n états ont pu être conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/storage/StateCacheFile.cpp" line="180"/>
        <source>The last known states were damaged. A copy was kept as %1; %n state(s) could be kept, the other domains are read again.</source>
        <translation>
            <numerusform>Les derniers états connus étaient endommagés. Une copie a été conservée sous %1 ; %n état a pu être conservé, les autres domaines sont relus.</numerusform>
            <numerusform>Les derniers états connus étaient endommagés. Une copie a été conservée sous %1 ; %n états ont pu être conservés, les autres domaines sont relus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="194"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/StateCacheFile.cpp" line="195"/>
        <source>The last known states could not be written: %1</source>
        <translation>Les derniers états connus n&apos;ont pas pu être écrits : %1</translation>
    </message>
</context>
<context>
    <name>SecretStorageChoice</name>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="6"/>
        <source>Where to keep the secret</source>
        <translation>Où conserver le secret</translation>
    </message>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="22"/>
        <source>Keep it for this &amp;session only (not saved; asked again next time)</source>
        <translation>Le garder pour cette &amp;session uniquement (non enregistré ; redemandé la prochaine fois)</translation>
    </message>
    <message>
        <location filename="../ui/SecretStorageChoice.ui" line="29"/>
        <source>Save it in the settings fi&amp;le, unencrypted</source>
        <translation>L&apos;enregistrer dans le fichier de para&amp;mètres, non chiffré</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="37"/>
        <source>Desktop console for Railgun connections</source>
        <translation>Console de bureau pour les connexions Railgun</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="41"/>
        <source>Use the emulator&apos;s demo account at &lt;url&gt;.</source>
        <translation>Utiliser le compte de démo de l&apos;émulateur à &lt;url&gt;.</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="43"/>
        <source>Keep settings in &lt;file&gt;.</source>
        <translation>Conserver les paramètres dans &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../src/app/AppLauncher.cpp" line="44"/>
        <source>Keep domain lists in &lt;dir&gt;.</source>
        <translation>Conserver les listes de domaines dans &lt;dir&gt;.</translation>
    </message>
</context>
</TS>
