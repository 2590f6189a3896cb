<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccessibilityBox</name>
        <message>
            <source>Accessibility (WCAG 2.1)</source>
            <translation>Barrierefreiheit (WCAG 2.1)</translation>
        </message>
        <message>
            <source>AA asks for 4.5:1 for normal text. Stripe does not check this.</source>
            <translation>AA verlangt 4,5:1 für normalen Text. Stripe prüft das nicht.</translation>
        </message>
        <message>
            <source>Button text on the brand colour</source>
            <translation>Schaltflächentext auf der Markenfarbe</translation>
        </message>
        <message>
            <source>Links in the accent colour, on white</source>
            <translation>Links in der Akzentfarbe, auf Weiß</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>Choose an account…</source>
            <translation>Konto wählen …</translation>
        </message>
        <message>
            <source>Stripe account</source>
            <translation>Stripe-Konto</translation>
        </message>
        <message>
            <source>Switch Stripe account</source>
            <translation>Stripe-Konto wechseln</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Account actions</source>
            <translation>Kontoaktionen</translation>
        </message>
        <message>
            <source>Add Stripe account…</source>
            <translation>Stripe-Konto hinzufügen…</translation>
        </message>
        <message>
            <source>Remove this profile…</source>
            <translation>Dieses Profil entfernen …</translation>
        </message>
        <message>
            <source>Demo (sandbox)</source>
            <translation>Demo (Sandbox)</translation>
        </message>
    </context>
    <context>
        <name>AccountView</name>
        <message>
            <source>New subscription…</source>
            <translation>Neues Abonnement …</translation>
        </message>
        <message>
            <source>Create a direct or destination subscription (Ctrl+N)</source>
            <translation>Direktes oder Destination-Abonnement erstellen (Strg+N)</translation>
        </message>
        <message>
            <source>Bill this account…</source>
            <translation>Dieses Konto abrechnen …</translation>
        </message>
        <message>
            <source>Subscribe the customer that represents this account (Ctrl+B)</source>
            <translation>Den Kunden abonnieren, der dieses Konto vertritt (Strg+B)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Change fee…</source>
            <translation>Gebühr ändern …</translation>
        </message>
        <message>
            <source>Cancel subscription…</source>
            <translation>Abonnement kündigen …</translation>
        </message>
        <message>
            <source>Fee on latest invoice…</source>
            <translation>Gebühr auf letzter Rechnung …</translation>
        </message>
        <message>
            <source>No Connect or subscription events for this account in the local cache yet. Counterfoil records events as it syncs; load earlier ones from Stripe.</source>
            <translation>Noch keine Connect- oder Abonnement-Ereignisse für dieses Konto im lokalen Cache. Counterfoil zeichnet Ereignisse beim Synchronisieren auf; frühere laden Sie von Stripe.</translation>
        </message>
        <message>
            <source>Load the last 30 days from Stripe</source>
            <translation>Die letzten 30 Tage von Stripe laden</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Der lokale Cache konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>Kein Konto ausgewählt</translation>
        </message>
        <message>
            <source>Select an account to see its subscriptions.</source>
            <translation>Wählen Sie ein Konto, um seine Abonnements zu sehen.</translation>
        </message>
        <message>
            <source>Dashboard: {0}</source>
            <translation>Dashboard: {0}</translation>
        </message>
        <message>
            <source>All kinds ({0})</source>
            <translation>Alle Arten ({0})</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>{0} has no subscriptions of this kind in the local cache.</source>
            <translation>{0} hat keine Abonnements dieser Art im lokalen Cache.</translation>
        </message>
        <message>
            <source>Select a subscription to see what you can do with it.</source>
            <translation>Wählen Sie ein Abonnement, um zu sehen, was Sie damit tun können.</translation>
        </message>
        <message>
            <source>transfers to {0}</source>
            <translation>überweist an {0}</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>no on_behalf_of</source>
            <translation>kein on_behalf_of</translation>
        </message>
        <message>
            <source>on the account (Stripe-Account)</source>
            <translation>auf dem Konto (Stripe-Account)</translation>
        </message>
        <message>
            <source>customer {0} represents the account</source>
            <translation>Kunde {0} vertritt das Konto</translation>
        </message>
        <message>
            <source>Loading events from Stripe…</source>
            <translation>Ereignisse werden von Stripe geladen …</translation>
        </message>
        <message>
            <source>Read {0} events from Stripe; {1} were new.</source>
            <translation>{0} Ereignisse von Stripe gelesen; {1} waren neu.</translation>
        </message>
        <message>
            <source>The account itself refused access (disconnected).</source>
            <translation>Das Konto selbst hat den Zugriff verweigert (getrennt).</translation>
        </message>
        <message>
            <source>Stopped at the newest 1,000 per account.</source>
            <translation>Bei den neuesten 1.000 pro Konto angehalten.</translation>
        </message>
        <message>
            <source>Could not load events</source>
            <translation>Ereignisse konnten nicht geladen werden</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add Stripe account</source>
            <translation>Stripe-Konto hinzufügen</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard → Developers → API keys. Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein. Counterfoil prüft ihn bei Stripe und bewahrt ihn im Schlüsselbund Ihres Systems auf, nie in einer Datei.</translation>
        </message>
        <message>
            <source>Stripe API key</source>
            <translation>Stripe-API-Schlüssel</translation>
        </message>
        <message>
            <source>Show key</source>
            <translation>Schlüssel anzeigen</translation>
        </message>
        <message>
            <source>Optional — defaults to the name in Stripe</source>
            <translation>Optional – standardmäßig der Name in Stripe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Use another API address (sandbox, stripe-mock)</source>
            <translation>Andere API-Adresse verwenden (Sandbox, stripe-mock)</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Konto hinzufügen</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>Geheimer Schlüssel</translation>
        </message>
        <message>
            <source>Restricted key</source>
            <translation>Eingeschränkter Schlüssel</translation>
        </message>
        <message>
            <source>live mode: real customers and real money</source>
            <translation>Live-Modus: echte Kunden und echtes Geld</translation>
        </message>
        <message>
            <source>test mode</source>
            <translation>Testmodus</translation>
        </message>
        <message>
            <source>Hide key</source>
            <translation>Schlüssel verbergen</translation>
        </message>
        <message>
            <source>Checking the key with Stripe…</source>
            <translation>Schlüssel wird bei Stripe geprüft …</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>There is no profile {0}.</source>
            <translation>Es gibt kein Profil {0}.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Pausing collection</source>
            <translation>Zahlungseinzug wird pausiert</translation>
        </message>
        <message>
            <source>Resuming collection</source>
            <translation>Zahlungseinzug wird fortgesetzt</translation>
        </message>
        <message>
            <source>until {0}</source>
            <translation>bis {0}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Stop after the subscription being sent; what was done stays done.</source>
            <translation>Nach dem gerade gesendeten Abonnement stoppen; Erledigtes bleibt erledigt.</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Fehlgeschlagene wiederholen</translation>
        </message>
        <message>
            <source>Copy results</source>
            <translation>Ergebnisse kopieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>No account is open; nothing was sent.</source>
            <translation>Kein Konto geöffnet; nichts wurde gesendet.</translation>
        </message>
        <message>
            <source>Sending… {0} of {1}</source>
            <translation>Wird gesendet … {0} von {1}</translation>
        </message>
        <message>
            <source>Stopping after the current subscription…</source>
            <translation>Stoppt nach dem aktuellen Abonnement …</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not attempted</source>
            <translation>Nicht versucht</translation>
        </message>
        <message>
            <source>(request {0})</source>
            <translation>(Anfrage {0})</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>fortgesetzt</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} skipped</source>
            <translation>{0} übersprungen</translation>
        </message>
        <message>
            <source>{0} failed</source>
            <translation>{0} fehlgeschlagen</translation>
        </message>
        <message>
            <source>{0} not attempted</source>
            <translation>{0} nicht versucht</translation>
        </message>
        <message>
            <source>The batch stopped</source>
            <translation>Der Stapel wurde angehalten</translation>
        </message>
    </context>
    <context>
        <name>BillAccountDialog</name>
        <message>
            <source>Bill {0}</source>
            <translation>{0} abrechnen</translation>
        </message>
        <message>
            <source>Your platform bills the business itself. One platform customer represents {0}, linked through its metadata (connected_account = {1}): one per business, never one per owner or manager.</source>
            <translation>Ihre Plattform rechnet mit dem Unternehmen selbst ab. Ein Plattformkunde vertritt {0}, verknüpft über seine Metadaten (connected_account = {1}): einer pro Unternehmen, nie einer pro Inhaber oder Geschäftsführer.</translation>
        </message>
        <message>
            <source>Platform price</source>
            <translation>Plattformpreis</translation>
        </message>
        <message>
            <source>Your platform has no active recurring price yet. Create one, then sync.</source>
            <translation>Ihre Plattform hat noch keinen aktiven wiederkehrenden Preis. Legen Sie einen an und synchronisieren Sie dann.</translation>
        </message>
        <message>
            <source>Subscribe {0}</source>
            <translation>{0} abonnieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{0} ({1}) represents {2} on your platform and will be reused.</source>
            <translation>{0} ({1}) vertritt {2} auf Ihrer Plattform und wird wiederverwendet.</translation>
        </message>
        <message>
            <source>Other customers also claim to represent it: {0}.</source>
            <translation>Auch andere Kunden geben an, es zu vertreten: {0}.</translation>
        </message>
        <message>
            <source>No platform customer represents {0} yet. Counterfoil will look it up on Stripe and, if there is none, create one for the business ({1}).</source>
            <translation>Noch kein Plattformkunde vertritt {0}. Counterfoil sucht ihn bei Stripe und legt, falls es keinen gibt, einen für das Unternehmen an ({1}).</translation>
        </message>
        <message>
            <source>already bills other accounts</source>
            <translation>rechnet bereits mit anderen Konten ab</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Bill {0} (subscribe its platform customer)</source>
            <translation>{0} abrechnen (seinen Plattformkunden abonnieren)</translation>
        </message>
        <message>
            <source>on your platform, billing {0}</source>
            <translation>auf Ihrer Plattform, Abrechnung an {0}</translation>
        </message>
        <message>
            <source>Reused {0}, the customer that represents {1}.</source>
            <translation>{0} wiederverwendet, der Kunde, der {1} vertritt.</translation>
        </message>
        <message>
            <source>Reused {0}, found on Stripe as the customer representing {1}.</source>
            <translation>{0} wiederverwendet, bei Stripe als Kunde gefunden, der {1} vertritt.</translation>
        </message>
        <message>
            <source>Created {0} to represent {1}.</source>
            <translation>{0} wurde erstellt, um {1} zu vertreten.</translation>
        </message>
        <message>
            <source>The account was not billed</source>
            <translation>Das Konto wurde nicht abgerechnet</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
    </context>
    <context>
        <name>BrandingEditor</name>
        <message>
            <source>&amp;Brand colour</source>
            <translation>&amp;Markenfarbe</translation>
        </message>
        <message>
            <source>Acc&amp;ent colour</source>
            <translation>Akz&amp;entfarbe</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Save to Stripe</source>
            <translation>In Stripe speichern</translation>
        </message>
        <message>
            <source>Upload new images and save the branding (Ctrl+S)</source>
            <translation>Neue Bilder hochladen und Branding speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Saved via API</source>
            <translation>Über die API gespeichert</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Was-wäre-wenn</translation>
        </message>
    </context>
    <context>
        <name>BrandingPanel</name>
        <message>
            <source>Branding</source>
            <translation>Branding</translation>
        </message>
        <message>
            <source>See the hosted customer portal as your customers will — every account, every language — and change colours, icon and logo before they see them.</source>
            <translation>Sehen Sie das gehostete Kundenportal so, wie Ihre Kunden es sehen werden – jedes Konto, jede Sprache – und ändern Sie Farben, Symbol und Logo, bevor sie es sehen.</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG exportieren …</translation>
        </message>
        <message>
            <source>Save the preview as a PNG image (Ctrl+E)</source>
            <translation>Vorschau als PNG-Bild speichern (Strg+E)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Portal preview</source>
            <translation>Portalvorschau</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Direct Charges</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Destination Charges</translation>
        </message>
        <message>
            <source>Destination + on_behalf_of</source>
            <translation>Destination + on_behalf_of</translation>
        </message>
        <message>
            <source>{0} — API locale “{1}”</source>
            <translation>{0} — API-Gebietsschema „{1}“</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>C&amp;harges</source>
            <translation>&amp;Zahlungen</translation>
        </message>
        <message>
            <source>&amp;Configuration</source>
            <translation>&amp;Konfiguration</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Open a Stripe account to preview its portal.</source>
            <translation>Öffnen Sie ein Stripe-Konto, um sein Portal in der Vorschau zu sehen.</translation>
        </message>
        <message>
            <source>Every account's portal as its direct-charge customers see it. Flags show a missing icon or colour; press Enter or double-click a card to open it.</source>
            <translation>Das Portal jedes Kontos, wie seine Direct-Charge-Kunden es sehen. Markierungen zeigen ein fehlendes Symbol oder eine fehlende Farbe; Eingabetaste oder Doppelklick öffnet eine Karte.</translation>
        </message>
        <message>
            <source>No connected accounts in the local cache yet; they appear after a sync.</source>
            <translation>Noch keine verbundenen Konten im lokalen Cache; sie erscheinen nach einer Synchronisierung.</translation>
        </message>
        <message>
            <source>Loading the portal's branding…</source>
            <translation>Branding des Portals wird geladen …</translation>
        </message>
        <message>
            <source>Your account's branding could not be loaded from Stripe</source>
            <translation>Das Branding Ihres Kontos konnte nicht von Stripe geladen werden</translation>
        </message>
        <message>
            <source>The branding could not be loaded</source>
            <translation>Das Branding konnte nicht geladen werden</translation>
        </message>
        <message>
            <source>Nothing to preview: the accounts could not be loaded.</source>
            <translation>Keine Vorschau möglich: Die Konten konnten nicht geladen werden.</translation>
        </message>
        <message>
            <source>{0} (platform)</source>
            <translation>{0} (Plattform)</translation>
        </message>
        <message>
            <source>Unsaved branding changes</source>
            <translation>Nicht gespeicherte Branding-Änderungen</translation>
        </message>
        <message>
            <source>Stripe's defaults (no configuration yet)</source>
            <translation>Stripe-Standards (noch keine Konfiguration)</translation>
        </message>
        <message>
            <source>{0} · default</source>
            <translation>{0} · Standard</translation>
        </message>
        <message>
            <source>{0} · inactive</source>
            <translation>{0} · inaktiv</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>Ihre Plattform</translation>
        </message>
        <message>
            <source>Your platform's own customers see &lt;b&gt;{0}&lt;/b&gt;'s branding and the platform's portal configurations.</source>
            <translation>Die eigenen Kunden Ihrer Plattform sehen das Branding von &lt;b&gt;{0}&lt;/b&gt; und die Portalkonfigurationen der Plattform.</translation>
        </message>
        <message>
            <source>Pick a connected account to see whose branding its customers get.</source>
            <translation>Wählen Sie ein verbundenes Konto, um zu sehen, wessen Branding seine Kunden bekommen.</translation>
        </message>
        <message>
            <source>Customers see &lt;b&gt;{0}&lt;/b&gt;'s branding with &lt;b&gt;{1}&lt;/b&gt;'s portal configuration.</source>
            <translation>Kunden sehen das Branding von &lt;b&gt;{0}&lt;/b&gt; mit der Portalkonfiguration von &lt;b&gt;{1}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your cached data has no current subscriptions with {0}.</source>
            <translation>Ihre Daten im Cache enthalten keine aktuellen Abonnements mit {0}.</translation>
        </message>
        <message>
            <source>Your cached subscriptions with {0}: {1} direct, {2} destination, {3} destination + on_behalf_of.</source>
            <translation>Ihre Abonnements mit {0} im Cache: {1} direkt, {2} Destination, {3} Destination + on_behalf_of.</translation>
        </message>
        <message>
            <source>Branding of {0}</source>
            <translation>Branding von {0}</translation>
        </message>
        <message>
            <source>Open Settings → Branding</source>
            <translation>Einstellungen → Branding öffnen</translation>
        </message>
        <message>
            <source>Buttons. Empty: Stripe's default {0}.</source>
            <translation>Schaltflächen. Leer: Stripe-Standard {0}.</translation>
        </message>
        <message>
            <source>Buttons. Saved: {0}.</source>
            <translation>Schaltflächen. Gespeichert: {0}.</translation>
        </message>
        <message>
            <source>Links. Empty: the brand colour.</source>
            <translation>Links. Leer: die Markenfarbe.</translation>
        </message>
        <message>
            <source>Links. Saved: {0}.</source>
            <translation>Links. Gespeichert: {0}.</translation>
        </message>
        <message>
            <source>Unsaved changes (since {0}). They are kept until you save or discard them.</source>
            <translation>Nicht gespeicherte Änderungen (seit {0}). Sie bleiben erhalten, bis Sie sie speichern oder verwerfen.</translation>
        </message>
        <message>
            <source>What-if changes (since {0}), kept on this computer only.</source>
            <translation>Was-wäre-wenn-Änderungen (seit {0}), nur auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>Fix the highlighted colour to save.</source>
            <translation>Korrigieren Sie die markierte Farbe, um zu speichern.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>Änderungen noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>What-if only: nothing here is sent to Stripe.</source>
            <translation>Nur Was-wäre-wenn: Nichts hiervon wird an Stripe gesendet.</translation>
        </message>
        <message>
            <source>Matches what Stripe has.</source>
            <translation>Stimmt mit Stripe überein.</translation>
        </message>
        <message>
            <source>{0}×{1} {2}, {3} KB — new, not uploaded yet</source>
            <translation>{0}×{1} {2}, {3} KB – neu, noch nicht hochgeladen</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
        <message>
            <source>{0}×{1}, on Stripe</source>
            <translation>{0}×{1}, auf Stripe</translation>
        </message>
        <message>
            <source>Could not download {0}: {1}</source>
            <translation>{0} konnte nicht heruntergeladen werden: {1}</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>{0} wird heruntergeladen …</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Die Datei konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <source>Unsaved changes could not be written to disk: {0}</source>
            <translation>Nicht gespeicherte Änderungen konnten nicht auf die Festplatte geschrieben werden: {0}</translation>
        </message>
        <message>
            <source>Change the branding of {0} ({1})</source>
            <translation>Branding von {0} ({1}) ändern</translation>
        </message>
        <message>
            <source>Fields: {0}</source>
            <translation>Felder: {0}</translation>
        </message>
        <message>
            <source>The new {0} is no longer on this computer; choose it again.</source>
            <translation>Das neue {0} ist nicht mehr auf diesem Computer; wählen Sie es erneut.</translation>
        </message>
        <message>
            <source>Uploading the icon…</source>
            <translation>Symbol wird hochgeladen …</translation>
        </message>
        <message>
            <source>Uploading the logo…</source>
            <translation>Logo wird hochgeladen …</translation>
        </message>
        <message>
            <source>Saving the branding…</source>
            <translation>Branding wird gespeichert …</translation>
        </message>
        <message>
            <source>Saved to Stripe at {0}.</source>
            <translation>Um {0} in Stripe gespeichert.</translation>
        </message>
        <message>
            <source>Saving failed; your changes are kept</source>
            <translation>Speichern fehlgeschlagen; Ihre Änderungen bleiben erhalten</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <source>Export the preview</source>
            <translation>Vorschau exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exportiert nach {0}</translation>
        </message>
        <message>
            <source>The preview could not be exported</source>
            <translation>Die Vorschau konnte nicht exportiert werden</translation>
        </message>
    </context>
    <context>
        <name>CacheProblemPage</name>
        <message>
            <source>This account's local data is damaged</source>
            <translation>Die lokalen Daten dieses Kontos sind beschädigt</translation>
        </message>
        <message>
            <source>Rebuilding deletes only Counterfoil's local copy and downloads it again from Stripe. Nothing in your Stripe account changes. The damaged file is kept aside in case you need it.</source>
            <translation>Beim Neuaufbau wird nur die lokale Kopie von Counterfoil gelöscht und erneut von Stripe heruntergeladen. In Ihrem Stripe-Konto ändert sich nichts. Die beschädigte Datei wird für alle Fälle aufbewahrt.</translation>
        </message>
        <message>
            <source>Rebuild the cache</source>
            <translation>Cache neu aufbauen</translation>
        </message>
        <message>
            <source>{0}'s data</source>
            <translation>die Daten von {0}</translation>
        </message>
        <message>
            <source>this data</source>
            <translation>diese Daten</translation>
        </message>
        <message>
            <source>Counterfoil couldn't read its local copy of {0}. This can happen after a crash, a full disk or a sync tool touching the file.</source>
            <translation>Counterfoil konnte seine lokale Kopie von {0} nicht lesen. Das kann nach einem Absturz, bei voller Festplatte oder durch ein Sync-Tool passieren, das die Datei verändert hat.</translation>
        </message>
        <message>
            <source>File: {0}
SQLite said: {1}</source>
            <translation>Datei: {0}
SQLite meldet: {1}</translation>
        </message>
        <message>
            <source>Rebuilding…</source>
            <translation>Wird neu aufgebaut …</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the subscription</source>
            <translation>Abonnement kündigen</translation>
        </message>
        <message>
            <source>{0} subscription of {1}: {2}.</source>
            <translation>Abonnement ({0}) von {1}: {2}.</translation>
        </message>
        <message>
            <source>Cancel now</source>
            <translation>Jetzt kündigen</translation>
        </message>
        <message>
            <source>Cancel at the end of the current period</source>
            <translation>Zum Ende des aktuellen Zeitraums kündigen</translation>
        </message>
        <message>
            <source>Cancelling now ends the subscription at once: no more invoices, and Stripe refunds nothing by itself.</source>
            <translation>Jetzt kündigen beendet das Abonnement sofort: keine weiteren Rechnungen, und Stripe erstattet nichts von selbst.</translation>
        </message>
        <message>
            <source>Cancel subscription</source>
            <translation>Abonnement kündigen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Cancel subscription {0}</source>
            <translation>Abonnement {0} kündigen</translation>
        </message>
        <message>
            <source>At the end of the current period.</source>
            <translation>Zum Ende des aktuellen Zeitraums.</translation>
        </message>
        <message>
            <source>Immediately.</source>
            <translation>Sofort.</translation>
        </message>
    </context>
    <context>
        <name>ChangeFeeDialog</name>
        <message>
            <source>Change the application fee</source>
            <translation>Plattformgebühr ändern</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{0} subscription of {1} ({2}). Your platform's fee is now {3}; it applies from the next invoice.</source>
            <translation>Abonnement ({0}) von {1} ({2}). Die Gebühr Ihrer Plattform beträgt jetzt {3}; sie gilt ab der nächsten Rechnung.</translation>
        </message>
        <message>
            <source>e.g. 10 or 12.5 — empty removes the fee</source>
            <translation>z. B. 10 oder 12.5 – leer entfernt die Gebühr</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Plattformgebühr (%)</translation>
        </message>
        <message>
            <source>Save fee</source>
            <translation>Gebühr speichern</translation>
        </message>
        <message>
            <source>Change the application fee of {0}</source>
            <translation>Plattformgebühr von {0} ändern</translation>
        </message>
    </context>
    <context>
        <name>CheckRow</name>
        <message>
            <source>Aa</source>
            <translation>Aa</translation>
        </message>
        <message>
            <source>Use it</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Passes AA</source>
            <translation>Besteht AA</translation>
        </message>
        <message>
            <source>Below AA ({0}:1)</source>
            <translation>Unter AA ({0}:1)</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {0}</source>
            <translation>Nächstliegende Farbe, die besteht: {0}</translation>
        </message>
    </context>
    <context>
        <name>ColorField</name>
        <message>
            <source>Pick a colour</source>
            <translation>Farbe wählen</translation>
        </message>
        <message>
            <source>Pick {0}</source>
            <translation>{0} wählen</translation>
        </message>
    </context>
    <context>
        <name>ConfigActions</name>
        <message numerus="yes">
            <source>Exported %n configuration(s).</source>
            <translation>
                <numerusform>%n Konfiguration exportiert.</numerusform>
                <numerusform>%n Konfigurationen exportiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfigEditor</name>
        <message>
            <source>A link you can share (on your site or in emails) where customers sign in with their email address, no code needed.</source>
            <translation>Ein Link zum Teilen (auf Ihrer Website oder in E-Mails), über den Kunden sich mit ihrer E-Mail-Adresse anmelden, ganz ohne Code.</translation>
        </message>
        <message>
            <source>Ask why customers cancel; the answer is on the subscription and in webhooks.</source>
            <translation>Fragen Sie, warum Kunden kündigen; die Antwort steht im Abonnement und in Webhooks.</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Kündigungsgrund</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Kündigungen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>Credit the unused time of the old plan, and charge the new one.</source>
            <translation>Ungenutzte Zeit des alten Tarifs gutschreiben und den neuen berechnen.</translation>
        </message>
        <message>
            <source>Custom feedback options, if you have any.</source>
            <translation>Eigene Feedback-Optionen, falls vorhanden.</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Kundeninformationen</translation>
        </message>
        <message>
            <source>Empty: the link in your public business details.</source>
            <translation>Leer: der Link aus Ihren öffentlichen Unternehmensdaten.</translation>
        </message>
        <message>
            <source>From 1 day up to three years.</source>
            <translation>Von 1 Tag bis zu drei Jahren.</translation>
        </message>
        <message>
            <source>Has problems to fix</source>
            <translation>Hat zu behebende Probleme</translation>
        </message>
        <message>
            <source>Has warnings</source>
            <translation>Hat Warnungen</translation>
        </message>
        <message>
            <source>IDs separated by commas (optional)</source>
            <translation>IDs durch Kommas getrennt (optional)</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Rechnungsverlauf</translation>
        </message>
        <message>
            <source>Let customers add, remove and change the payment methods they pay with.</source>
            <translation>Kunden können die Zahlungsmethoden hinzufügen, entfernen und ändern, mit denen sie zahlen.</translation>
        </message>
        <message>
            <source>Let customers cancel their subscriptions themselves.</source>
            <translation>Kunden können ihre Abonnements selbst kündigen.</translation>
        </message>
        <message>
            <source>Let customers keep their billing details up to date.</source>
            <translation>Kunden können ihre Rechnungsdaten aktuell halten.</translation>
        </message>
        <message>
            <source>Let customers pause payment collection for a while (redesigned customer portal only).</source>
            <translation>Kunden können den Zahlungseinzug eine Zeit lang pausieren (nur im neu gestalteten Kundenportal).</translation>
        </message>
        <message>
            <source>Let customers see and download their past invoices.</source>
            <translation>Kunden können ihre früheren Rechnungen sehen und herunterladen.</translation>
        </message>
        <message>
            <source>Let customers switch plans, change quantities and use promotion codes.</source>
            <translation>Kunden können Tarife wechseln, Mengen ändern und Promo-Codes nutzen.</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Anmeldeseite</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Name and links</source>
            <translation>Name und Links</translation>
        </message>
        <message>
            <source>Notes for you and your integrations, as key–value pairs. Customers never see them.</source>
            <translation>Notizen für Sie und Ihre Integrationen als Schlüssel-Wert-Paare. Kunden sehen sie nie.</translation>
        </message>
        <message>
            <source>Optional: offer the payment methods of one payment method configuration.</source>
            <translation>Optional: die Zahlungsmethoden einer Zahlungsmethodenkonfiguration anbieten.</translation>
        </message>
        <message>
            <source>Otherwise the change applies at once. Stripe schedules it with a subscription schedule.</source>
            <translation>Andernfalls gilt die Änderung sofort. Stripe plant sie mit einem Abonnementplan.</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Zahlungsmethoden</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Tarifwechsel</translation>
        </message>
        <message>
            <source>Products and prices</source>
            <translation>Produkte und Preise</translation>
        </message>
        <message>
            <source>Save to get the link.</source>
            <translation>Speichern Sie, um den Link zu erhalten.</translation>
        </message>
        <message>
            <source>Shown at the top of the portal. Empty: “&lt;your business&gt; partners with Stripe for simplified billing.”</source>
            <translation>Wird oben im Portal angezeigt. Leer: „&lt;Ihr Unternehmen&gt; arbeitet für eine vereinfachte Abrechnung mit Stripe zusammen.“</translation>
        </message>
        <message>
            <source>Shown when customers change a subscription or add a payment method. Empty: the link in your public business details.</source>
            <translation>Wird angezeigt, wenn Kunden ein Abonnement ändern oder eine Zahlungsmethode hinzufügen. Leer: der Link aus Ihren öffentlichen Unternehmensdaten.</translation>
        </message>
        <message>
            <source>Stripe only credits unused time for immediate cancellations.</source>
            <translation>Stripe schreibt ungenutzte Zeit nur bei sofortigen Kündigungen gut.</translation>
        </message>
        <message>
            <source>Tells configurations apart here and in the API.</source>
            <translation>Unterscheidet Konfigurationen hier und in der API.</translation>
        </message>
        <message>
            <source>The name is only for you; customers see the headline and the links.</source>
            <translation>Der Name ist nur für Sie; Kunden sehen die Überschrift und die Links.</translation>
        </message>
        <message>
            <source>Up to 10 products, each with the prices customers can switch between, picked from your synced catalogue.</source>
            <translation>Bis zu 10 Produkte, jeweils mit den Preisen, zwischen denen Kunden wechseln können, aus Ihrem synchronisierten Katalog.</translation>
        </message>
        <message>
            <source>When customers change plan</source>
            <translation>Wenn Kunden den Tarif wechseln</translation>
        </message>
        <message>
            <source>Where “Return to &lt;your business&gt;” goes when customers leave the portal. Empty: no return link, unless the session sets one.</source>
            <translation>Wohin „Zurück zu &lt;Ihr Unternehmen&gt;“ führt, wenn Kunden das Portal verlassen. Leer: kein Rückkehr-Link, außer die Sitzung setzt einen.</translation>
        </message>
        <message>
            <source>e.g. Plan changes for teams</source>
            <translation>z. B. Tarifwechsel für Teams</translation>
        </message>
        <message>
            <source>“{0}” (unknown to Stripe)</source>
            <translation>„{0}“ (Stripe unbekannt)</translation>
        </message>
    </context>
    <context>
        <name>Connect</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>Testphase</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unbezahlt</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Gekündigt</translation>
        </message>
        <message>
            <source>Account disconnected from your platform</source>
            <translation>Konto von Ihrer Plattform getrennt</translation>
        </message>
        <message>
            <source>Bank account or debit card updated</source>
            <translation>Bankkonto oder Debitkarte aktualisiert</translation>
        </message>
        <message>
            <source>Account updated</source>
            <translation>Konto aktualisiert</translation>
        </message>
        <message>
            <source>Balance available</source>
            <translation>Guthaben verfügbar</translation>
        </message>
        <message>
            <source>Payment succeeded</source>
            <translation>Zahlung erfolgreich</translation>
        </message>
        <message>
            <source>Payment started</source>
            <translation>Zahlung gestartet</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>Auszahlung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Person updated</source>
            <translation>Person aktualisiert</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Kunde erstellt</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement erstellt</translation>
        </message>
        <message>
            <source>Subscription ended</source>
            <translation>Abonnement beendet</translation>
        </message>
        <message>
            <source>Subscription paused</source>
            <translation>Abonnement pausiert</translation>
        </message>
        <message>
            <source>Subscription resumed</source>
            <translation>Abonnement fortgesetzt</translation>
        </message>
        <message>
            <source>Trial ends in three days</source>
            <translation>Testzeitraum endet in drei Tagen</translation>
        </message>
        <message>
            <source>Subscription updated</source>
            <translation>Abonnement aktualisiert</translation>
        </message>
        <message>
            <source>Entitlements changed</source>
            <translation>Berechtigungen geändert</translation>
        </message>
        <message>
            <source>Invoice created</source>
            <translation>Rechnung erstellt</translation>
        </message>
        <message>
            <source>Invoice finalized</source>
            <translation>Rechnung finalisiert</translation>
        </message>
        <message>
            <source>Invoice could not be finalized</source>
            <translation>Rechnung konnte nicht finalisiert werden</translation>
        </message>
        <message>
            <source>Invoice paid</source>
            <translation>Rechnung bezahlt</translation>
        </message>
        <message>
            <source>Invoice needs customer action</source>
            <translation>Rechnung erfordert eine Aktion des Kunden</translation>
        </message>
        <message>
            <source>Invoice payment failed</source>
            <translation>Zahlung der Rechnung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Invoice coming up</source>
            <translation>Rechnung steht an</translation>
        </message>
        <message>
            <source>Invoice updated</source>
            <translation>Rechnung aktualisiert</translation>
        </message>
        <message>
            <source>Schedule aborted</source>
            <translation>Zeitplan abgebrochen</translation>
        </message>
        <message>
            <source>Schedule canceled</source>
            <translation>Zeitplan gekündigt</translation>
        </message>
        <message>
            <source>Schedule completed</source>
            <translation>Zeitplan abgeschlossen</translation>
        </message>
        <message>
            <source>Schedule created</source>
            <translation>Zeitplan erstellt</translation>
        </message>
        <message>
            <source>Schedule expires in seven days</source>
            <translation>Zeitplan läuft in sieben Tagen ab</translation>
        </message>
        <message>
            <source>Schedule released</source>
            <translation>Zeitplan freigegeben</translation>
        </message>
        <message>
            <source>Schedule updated</source>
            <translation>Zeitplan aktualisiert</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
        </message>
        <message>
            <source>(+{0} more)</source>
            <translation>(+{0} weitere)</translation>
        </message>
        <message>
            <source>An application fee needs a connected account: this platform invoice has no destination.</source>
            <translation>Eine Plattformgebühr braucht ein verbundenes Konto: Diese Plattformrechnung hat kein Ziel.</translation>
        </message>
        <message>
            <source>Another app ({0})</source>
            <translation>Andere App ({0})</translation>
        </message>
        <message>
            <source>Check the subscription's status in a moment.</source>
            <translation>Prüfen Sie gleich den Status des Abonnements.</translation>
        </message>
        <message>
            <source>Choose a customer, or create a new one.</source>
            <translation>Wählen Sie einen Kunden oder legen Sie einen neuen an.</translation>
        </message>
        <message>
            <source>Choose a price.</source>
            <translation>Wählen Sie einen Preis.</translation>
        </message>
        <message>
            <source>Choose direct or destination charges.</source>
            <translation>Wählen Sie Direct Charges oder Destination Charges.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Controlled by {0}</source>
            <translation>Gesteuert von {0}</translation>
        </message>
        <message>
            <source>Controller properties</source>
            <translation>Controller-Eigenschaften</translation>
        </message>
        <message>
            <source>Counterfoil cannot tell yet which Connect application is your platform's, so it cannot tell whether your platform created this.</source>
            <translation>Counterfoil weiß noch nicht, welche Connect-Anwendung zu Ihrer Plattform gehört, und kann daher nicht erkennen, ob Ihre Plattform dies erstellt hat.</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Deauthorized</source>
            <translation>Deautorisiert</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Direkt</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100, like 10 or 12.5.</source>
            <translation>Geben Sie einen Prozentsatz zwischen 0 und 100 ein, etwa 10 oder 12.5.</translation>
        </message>
        <message>
            <source>Express</source>
            <translation>Express</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Voll</translation>
        </message>
        <message>
            <source>Give the new customer a name or an email address.</source>
            <translation>Geben Sie dem neuen Kunden einen Namen oder eine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Lives on the connected account (requests use the Stripe-Account header); customer and price are the account's.</source>
            <translation>Liegt auf dem verbundenen Konto (Anfragen nutzen den Header Stripe-Account); Kunde und Preis gehören dem Konto.</translation>
        </message>
        <message>
            <source>Lives on your platform; payments are transferred to the account (transfer_data.destination).</source>
            <translation>Liegt auf Ihrer Plattform; Zahlungen werden an das Konto überwiesen (transfer_data.destination).</translation>
        </message>
        <message>
            <source>No resume date.</source>
            <translation>Kein Datum für die Fortsetzung.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Not listed</source>
            <translation>Nicht gelistet</translation>
        </message>
        <message>
            <source>Nothing left to do: the first invoice needed no payment.</source>
            <translation>Nichts mehr zu tun: Die erste Rechnung erforderte keine Zahlung.</translation>
        </message>
        <message>
            <source>On the account</source>
            <translation>Auf dem Konto</translation>
        </message>
        <message>
            <source>On your platform</source>
            <translation>Auf Ihrer Plattform</translation>
        </message>
        <message>
            <source>Paused (draft)</source>
            <translation>Pausiert (Entwurf)</translation>
        </message>
        <message>
            <source>Paused (uncollectible)</source>
            <translation>Pausiert (uneinbringlich)</translation>
        </message>
        <message>
            <source>Paused (void)</source>
            <translation>Pausiert (storniert)</translation>
        </message>
        <message>
            <source>Payment collection is paused.</source>
            <translation>Der Zahlungseinzug ist pausiert.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are uncollectible.</source>
            <translation>Der Zahlungseinzug ist pausiert: Rechnungen sind uneinbringlich.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are voided.</source>
            <translation>Der Zahlungseinzug ist pausiert: Rechnungen werden storniert.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices stay drafts.</source>
            <translation>Der Zahlungseinzug ist pausiert: Rechnungen bleiben Entwürfe.</translation>
        </message>
        <message>
            <source>Platform billing</source>
            <translation>Plattform-Abrechnung</translation>
        </message>
        <message>
            <source>Platform billing pays your platform directly: there is no application fee.</source>
            <translation>Bei der Plattform-Abrechnung wird Ihre Plattform direkt bezahlt: Es gibt keine Plattformgebühr.</translation>
        </message>
        <message>
            <source>Recommended for accounts with full Dashboard access, like {0}.</source>
            <translation>Empfohlen für Konten mit vollem Dashboard-Zugriff, wie {0}.</translation>
        </message>
        <message>
            <source>Recommended for accounts with the Express Dashboard or no Dashboard, like {0}.</source>
            <translation>Empfohlen für Konten mit Express-Dashboard oder ohne Dashboard, wie {0}.</translation>
        </message>
        <message>
            <source>Refunds and chargebacks come out of {0}'s balance.</source>
            <translation>Rückerstattungen und Rückbuchungen gehen zulasten des Guthabens von {0}.</translation>
        </message>
        <message>
            <source>Refunds and disputes</source>
            <translation>Rückerstattungen und Anfechtungen</translation>
        </message>
        <message>
            <source>Resumes on {0}.</source>
            <translation>Wird am {0} fortgesetzt.</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Stripe</source>
            <translation>Stripe</translation>
        </message>
        <message>
            <source>Stripe accepts at most two decimal places (like 12.75).</source>
            <translation>Stripe akzeptiert höchstens zwei Nachkommastellen (wie 12.75).</translation>
        </message>
        <message>
            <source>Stripe needs more information: {0}.</source>
            <translation>Stripe benötigt weitere Angaben: {0}.</translation>
        </message>
        <message>
            <source>Stripe no longer lists {0}; Counterfoil knows it from your platform's data.</source>
            <translation>Stripe listet {0} nicht mehr; Counterfoil kennt es aus den Daten Ihrer Plattform.</translation>
        </message>
        <message>
            <source>The application fee must be between 0 and 100 percent.</source>
            <translation>Die Plattformgebühr muss zwischen 0 und 100 Prozent liegen.</translation>
        </message>
        <message>
            <source>The first invoice is open: send it to the customer.</source>
            <translation>Die erste Rechnung ist offen: Senden Sie sie an den Kunden.</translation>
        </message>
        <message>
            <source>The latest invoice is not in the local cache yet.</source>
            <translation>Die letzte Rechnung ist noch nicht im lokalen Cache.</translation>
        </message>
        <message>
            <source>The latest invoice is {0}: its application fee can no longer change.</source>
            <translation>Die letzte Rechnung ist {0}: Ihre Plattformgebühr kann sich nicht mehr ändern.</translation>
        </message>
        <message>
            <source>The platform cannot add an application fee to an invoice it did not create.</source>
            <translation>Die Plattform kann einer Rechnung, die sie nicht erstellt hat, keine Plattformgebühr hinzufügen.</translation>
        </message>
        <message>
            <source>The platform cannot update or cancel a subscription it did not create.</source>
            <translation>Die Plattform kann ein Abonnement, das sie nicht erstellt hat, weder ändern noch kündigen.</translation>
        </message>
        <message>
            <source>The subscription is incomplete until its first invoice is paid. Send the customer the payment page link above, or confirm the payment in your app with the invoice's confirmation secret. If nobody pays within 23 hours, Stripe expires the subscription (incomplete_expired).</source>
            <translation>Das Abonnement bleibt unvollständig, bis die erste Rechnung bezahlt ist. Senden Sie dem Kunden den Link zur Zahlungsseite oben oder bestätigen Sie die Zahlung in Ihrer App mit dem Bestätigungsgeheimnis der Rechnung. Zahlt niemand innerhalb von 23 Stunden, lässt Stripe das Abonnement ablaufen (incomplete_expired).</translation>
        </message>
        <message>
            <source>The trial has started; the customer is charged when it ends. Make sure they add a payment method before then.</source>
            <translation>Der Testzeitraum hat begonnen; der Kunde wird an dessen Ende belastet. Sorgen Sie dafür, dass er vorher eine Zahlungsmethode hinzufügt.</translation>
        </message>
        <message>
            <source>This account disconnected from your platform: Stripe refuses requests made on its behalf.</source>
            <translation>Dieses Konto hat sich von Ihrer Plattform getrennt: Stripe lehnt Anfragen in seinem Namen ab.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
        </message>
        <message>
            <source>This one was created by another application ({0}).</source>
            <translation>Dieses wurde von einer anderen Anwendung erstellt ({0}).</translation>
        </message>
        <message>
            <source>This one was created by {0} itself.</source>
            <translation>Dieses wurde von {0} selbst erstellt.</translation>
        </message>
        <message>
            <source>This subscription has ended ({0}); it can no longer change.</source>
            <translation>Dieses Abonnement ist beendet ({0}); es kann sich nicht mehr ändern.</translation>
        </message>
        <message>
            <source>Unknown ({0})</source>
            <translation>Unbekannt ({0})</translation>
        </message>
        <message>
            <source>Who sells</source>
            <translation>Wer verkauft</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Ihre Plattform</translation>
        </message>
        <message>
            <source>Your platform bills the account itself, through the customer that represents it.</source>
            <translation>Ihre Plattform rechnet mit dem Konto selbst ab, über den Kunden, der es vertritt.</translation>
        </message>
        <message>
            <source>Your platform is responsible for refunds and chargebacks. With on_behalf_of, {0} becomes the settlement merchant (its name on statements).</source>
            <translation>Ihre Plattform ist für Rückerstattungen und Rückbuchungen verantwortlich. Mit on_behalf_of wird {0} zum abwickelnden Händler (sein Name steht auf den Abrechnungen).</translation>
        </message>
        <message>
            <source>Your platform is the merchant: the customer, the price and the subscription live on your platform, and each payment is transferred to {0} automatically.</source>
            <translation>Ihre Plattform ist der Händler: Kunde, Preis und Abonnement liegen auf Ihrer Plattform, und jede Zahlung wird automatisch an {0} überwiesen.</translation>
        </message>
        <message>
            <source>Your platform pays Stripe's fees and keeps the application fee you set; the rest goes to {0}.</source>
            <translation>Ihre Plattform zahlt die Stripe-Gebühren und behält die von Ihnen festgelegte Plattformgebühr; der Rest geht an {0}.</translation>
        </message>
        <message>
            <source>application: {0}</source>
            <translation>Anwendung: {0}</translation>
        </message>
        <message>
            <source>changed: {0}</source>
            <translation>geändert: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>full Stripe Dashboard access</source>
            <translation>vollen Zugriff auf das Stripe-Dashboard</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>no Stripe Dashboard</source>
            <translation>kein Stripe-Dashboard</translation>
        </message>
        <message>
            <source>on_behalf_of is only for destination charges: a direct charge already belongs to the account.</source>
            <translation>on_behalf_of gilt nur für Destination Charges: Eine Direct Charge gehört bereits zum Konto.</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>the Express Dashboard</source>
            <translation>das Express-Dashboard</translation>
        </message>
        <message>
            <source>the account</source>
            <translation>das Konto</translation>
        </message>
        <message>
            <source>the account pays Stripe's fees</source>
            <translation>das Konto zahlt die Stripe-Gebühren</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>unknown Dashboard access</source>
            <translation>unbekannten Dashboard-Zugriff</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>Ihre Plattform</translation>
        </message>
        <message>
            <source>your platform pays Stripe's fees</source>
            <translation>Ihre Plattform zahlt die Stripe-Gebühren</translation>
        </message>
        <message>
            <source>{0} cannot accept charges yet.</source>
            <translation>{0} kann noch keine Zahlungen annehmen.</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>vor {0} Tagen</translation>
        </message>
        <message>
            <source>{0} disconnected from your platform{1}. Disconnecting cancels nothing: its platform subscriptions keep running until you cancel them.</source>
            <translation>{0} hat sich von Ihrer Plattform getrennt{1}. Die Trennung kündigt nichts: Seine Plattform-Abonnements laufen weiter, bis Sie sie kündigen.</translation>
        </message>
        <message>
            <source>{0} due</source>
            <translation>{0} fällig</translation>
        </message>
        <message>
            <source>{0} has full Stripe Dashboard access and manages its own customers' subscriptions there. Your platform can change only the ones it created.</source>
            <translation>{0} hat vollen Zugriff auf das Stripe-Dashboard und verwaltet dort die Abonnements seiner Kunden. Ihre Plattform kann nur die ändern, die sie erstellt hat.</translation>
        </message>
        <message>
            <source>{0} has {1}: your platform must manage its customers' subscriptions.</source>
            <translation>{0} hat {1}: Ihre Plattform muss die Abonnements seiner Kunden verwalten.</translation>
        </message>
        <message>
            <source>{0} is the merchant: the customer, the price and the subscription live on its account, and its name is on the customer's statement.</source>
            <translation>{0} ist der Händler: Kunde, Preis und Abonnement liegen auf seinem Konto, und sein Name steht auf der Abrechnung des Kunden.</translation>
        </message>
        <message>
            <source>{0} past due</source>
            <translation>{0} überfällig</translation>
        </message>
        <message>
            <source>{0} receives the payment and pays Stripe's fees (per its controller settings); your platform earns the application fee you set.</source>
            <translation>{0} erhält die Zahlung und zahlt die Stripe-Gebühren (gemäß seinen Controller-Einstellungen); Ihre Plattform verdient die von Ihnen festgelegte Plattformgebühr.</translation>
        </message>
        <message>
            <source>{0}% of each payment is transferred</source>
            <translation>{0} % jeder Zahlung werden überwiesen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Account ID</source>
            <translation>Konto-ID</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Auszahlungen</translation>
        </message>
        <message>
            <source>Requirements due</source>
            <translation>Fällige Anforderungen</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Plattformgebühr</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Zahlungseinzug</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>ConnectPanel</name>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Your connected accounts, and the direct, destination and platform-billing subscriptions your platform runs with them.</source>
            <translation>Ihre verbundenen Konten und die direkten, Destination- und Plattform-Abrechnungs-Abonnements, die Ihre Plattform mit ihnen führt.</translation>
        </message>
        <message>
            <source>Disconnected accounts…</source>
            <translation>Getrennte Konten …</translation>
        </message>
        <message>
            <source>Review and cancel…</source>
            <translation>Prüfen und kündigen …</translation>
        </message>
        <message>
            <source>Search accounts by name, id or email  (Ctrl+F)</source>
            <translation>Konten nach Name, ID oder E-Mail suchen  (Strg+F)</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Der lokale Cache konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <source>Reading connected accounts…</source>
            <translation>Verbundene Konten werden gelesen …</translation>
        </message>
        <message>
            <source>Could not check the accounts Stripe no longer lists</source>
            <translation>Die Konten, die Stripe nicht mehr auflistet, konnten nicht geprüft werden</translation>
        </message>
        <message>
            <source>Could not read connected accounts</source>
            <translation>Verbundene Konten konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Connected accounts could not be read.</source>
            <translation>Verbundene Konten konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>No account matches your search.</source>
            <translation>Kein Konto passt zu Ihrer Suche.</translation>
        </message>
        <message>
            <source>No connected accounts yet. Accounts you connect to your platform appear here after a sync.</source>
            <translation>Noch keine verbundenen Konten. Konten, die Sie mit Ihrer Plattform verbinden, erscheinen hier nach einer Synchronisierung.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected</source>
            <translation>
                <numerusform>%Ln verbunden</numerusform>
                <numerusform>%Ln verbunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deauthorized</source>
            <translation>
                <numerusform>%Ln deautorisiert</numerusform>
                <numerusform>%Ln deautorisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not listed</source>
            <translation>
                <numerusform>%Ln nicht gelistet</numerusform>
                <numerusform>%Ln nicht gelistet</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked while offline</source>
            <translation>offline nicht geprüft</translation>
        </message>
        <message>
            <source>Your platform's Connect application: {0}</source>
            <translation>Connect-Anwendung Ihrer Plattform: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n platform subscription(s) still running after disconnecting. Disconnecting cancels nothing.</source>
            <translation>
                <numerusform>{0}: %n Plattform-Abonnement läuft nach der Trennung weiter. Die Trennung kündigt nichts.</numerusform>
                <numerusform>{0}: %n Plattform-Abonnements laufen nach der Trennung weiter. Die Trennung kündigt nichts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an account to see its connected accounts.</source>
            <translation>Öffnen Sie ein Konto, um seine verbundenen Konten zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>CreateSubscriptionDialog</name>
        <message>
            <source>New subscription for {0}</source>
            <translation>Neues Abonnement für {0}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Create subscription</source>
            <translation>Abonnement erstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{0} has {1}.</source>
            <translation>{0} hat {1}.</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Direct Charges</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Destination Charges</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Empfohlen</translation>
        </message>
        <message>
            <source>An existing customer</source>
            <translation>Ein bestehender Kunde</translation>
        </message>
        <message>
            <source>A new customer</source>
            <translation>Ein neuer Kunde</translation>
        </message>
        <message>
            <source>Search by name, email or id</source>
            <translation>Nach Name, E-Mail oder ID suchen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Optional, e.g. 10 or 12.5</source>
            <translation>Optional, z. B. 10 oder 12.5</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Plattformgebühr (%)</translation>
        </message>
        <message>
            <source>The share of each invoice your platform keeps, between 0 and 100 with at most two decimals.</source>
            <translation>Der Anteil jeder Rechnung, den Ihre Plattform behält, zwischen 0 und 100 mit höchstens zwei Nachkommastellen.</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>Ihre Plattform</translation>
        </message>
        <message>
            <source>No customer on {0} matches.</source>
            <translation>Kein Kunde auf {0} passt.</translation>
        </message>
        <message>
            <source>sold for {0}</source>
            <translation>verkauft für {0}</translation>
        </message>
        <message>
            <source>There is no active recurring price in this catalogue yet. Create one in the Stripe Dashboard, then sync.</source>
            <translation>In diesem Katalog gibt es noch keinen aktiven wiederkehrenden Preis. Legen Sie einen im Stripe-Dashboard an und synchronisieren Sie dann.</translation>
        </message>
        <message>
            <source>How should {0} be paid?</source>
            <translation>Wie soll {0} bezahlt werden?</translation>
        </message>
        <message>
            <source>Who subscribes?</source>
            <translation>Wer abonniert?</translation>
        </message>
        <message>
            <source>Which price?</source>
            <translation>Welcher Preis?</translation>
        </message>
        <message>
            <source>Application fee and review</source>
            <translation>Plattformgebühr und Prüfung</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement erstellt</translation>
        </message>
        <message>
            <source>Step {0} of 4</source>
            <translation>Schritt {0} von 4</translation>
        </message>
        <message>
            <source>The customer must live on {0}'s account for direct charges.</source>
            <translation>Für Direct Charges muss der Kunde auf dem Konto von {0} liegen.</translation>
        </message>
        <message>
            <source>The customer must live on your platform for destination charges.</source>
            <translation>Für Destination Charges muss der Kunde auf Ihrer Plattform liegen.</translation>
        </message>
        <message>
            <source>Prices from {0}'s catalogue.</source>
            <translation>Preise aus dem Katalog von {0}.</translation>
        </message>
        <message>
            <source>Prices from your platform's catalogue.</source>
            <translation>Preise aus dem Katalog Ihrer Plattform.</translation>
        </message>
        <message>
            <source>on_behalf_of (destination charges only)</source>
            <translation>on_behalf_of (nur Destination Charges)</translation>
        </message>
        <message>
            <source>A direct charge already belongs to {0}.</source>
            <translation>Eine Direct Charge gehört bereits zu {0}.</translation>
        </message>
        <message>
            <source>Settle on behalf of {0} (on_behalf_of)</source>
            <translation>Im Namen von {0} abwickeln (on_behalf_of)</translation>
        </message>
        <message>
            <source>{0} becomes the settlement merchant: its name and address appear on statements, and its country's fees apply.</source>
            <translation>{0} wird zum abwickelnden Händler: Name und Adresse stehen auf den Abrechnungen, und es gelten die Gebühren seines Landes.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>a new customer ({0})</source>
            <translation>ein neuer Kunde ({0})</translation>
        </message>
        <message>
            <source>on {0}'s account (Stripe-Account: {1})</source>
            <translation>auf dem Konto von {0} (Stripe-Account: {1})</translation>
        </message>
        <message>
            <source>on your platform, paying out to {0}</source>
            <translation>auf Ihrer Plattform, Auszahlung an {0}</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Lives</source>
            <translation>Liegt</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Plattformgebühr</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <source>default_incomplete: the first invoice waits for payment</source>
            <translation>default_incomplete: Die erste Rechnung wartet auf Zahlung</translation>
        </message>
        <message>
            <source>on_behalf_of</source>
            <translation>on_behalf_of</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>Create a {0} subscription for {1}</source>
            <translation>Abonnement ({0}) für {1} erstellen</translation>
        </message>
        <message>
            <source>on {0}'s account</source>
            <translation>auf dem Konto von {0}</translation>
        </message>
        <message>
            <source>on your platform</source>
            <translation>auf Ihrer Plattform</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (neu)</translation>
        </message>
        <message>
            <source>The subscription was not created</source>
            <translation>Das Abonnement wurde nicht erstellt</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
    </context>
    <context>
        <name>CustomersPanel</name>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Name, email, phone, id…   (Ctrl+K)</source>
            <translation>Name, E-Mail, Telefon, ID …   (Strg+K)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Kunden suchen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>Search Stripe</source>
            <translation>Bei Stripe suchen</translation>
        </message>
        <message>
            <source>Ask Stripe's Search API (it can lag a minute behind recent changes)</source>
            <translation>Die Such-API von Stripe fragen (kann den neuesten Änderungen eine Minute hinterherhinken)</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Gefundene Kunden</translation>
        </message>
        <message>
            <source>Find customer…</source>
            <translation>Kunden suchen …</translation>
        </message>
        <message>
            <source>Open a Stripe account to search its customers.</source>
            <translation>Öffnen Sie ein Stripe-Konto, um seine Kunden zu durchsuchen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) in the local cache, searchable offline</source>
            <translation>
                <numerusform>%Ln Kunde im lokalen Cache, offline durchsuchbar</numerusform>
                <numerusform>%Ln Kunden im lokalen Cache, offline durchsuchbar</numerusform>
            </translation>
        </message>
        <message>
            <source>Platform only</source>
            <translation>Nur Plattform</translation>
        </message>
        <message>
            <source>Newest customers first. Type to search.</source>
            <translation>Neueste Kunden zuerst. Tippen Sie, um zu suchen.</translation>
        </message>
        <message>
            <source>{0}{1} found</source>
            <translation>{0}{1} gefunden</translation>
        </message>
        <message>
            <source>1 found</source>
            <translation>1 gefunden</translation>
        </message>
        <message>
            <source>No customers in the local cache yet. They appear here as the sync brings them in.</source>
            <translation>Noch keine Kunden im lokalen Cache. Sie erscheinen hier, sobald die Synchronisierung sie lädt.</translation>
        </message>
        <message>
            <source>Looking up {0} on Stripe…</source>
            <translation>{0} wird bei Stripe gesucht …</translation>
        </message>
        <message>
            <source>No customer in the local cache matches “{0}”.</source>
            <translation>Kein Kunde im lokalen Cache passt zu „{0}“.</translation>
        </message>
        <message>
            <source>Nothing found locally.</source>
            <translation>Lokal nichts gefunden.</translation>
        </message>
        <message>
            <source>The local cache has no customers yet: asking Stripe's Search API…</source>
            <translation>Der lokale Cache hat noch keine Kunden: Die Such-API von Stripe wird gefragt …</translation>
        </message>
        <message>
            <source>The search failed</source>
            <translation>Die Suche ist fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>There is no customer {0} on Stripe (asked %n account(s)).</source>
            <translation>
                <numerusform>Es gibt keinen Kunden {0} bei Stripe (%n Konto gefragt).</numerusform>
                <numerusform>Es gibt keinen Kunden {0} bei Stripe (%n Konten gefragt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking Stripe's Search API…</source>
            <translation>Die Such-API von Stripe wird gefragt …</translation>
        </message>
        <message>
            <source>{0} from Stripe's Search API (it can lag a minute behind recent changes); now in the local cache too.</source>
            <translation>{0} aus der Such-API von Stripe (kann den neuesten Änderungen eine Minute hinterherhinken); jetzt auch im lokalen Cache.</translation>
        </message>
        <message>
            <source>Stripe's Search API found no customer for “{0}” either.</source>
            <translation>Auch die Such-API von Stripe hat keinen Kunden für „{0}“ gefunden.</translation>
        </message>
        <message>
            <source>Stripe could not be asked</source>
            <translation>Stripe konnte nicht gefragt werden</translation>
        </message>
        <message>
            <source>Not in the local cache</source>
            <translation>Nicht im lokalen Cache</translation>
        </message>
        <message>
            <source>{0} is not in the local cache. Try Refresh or Search Stripe.</source>
            <translation>{0} ist nicht im lokalen Cache. Versuchen Sie Aktualisieren oder Bei Stripe suchen.</translation>
        </message>
        <message>
            <source>The customer could not be loaded</source>
            <translation>Der Kunde konnte nicht geladen werden</translation>
        </message>
        <message>
            <source>Stripe could not be asked for details</source>
            <translation>Details konnten nicht von Stripe abgefragt werden</translation>
        </message>
        <message>
            <source>Refreshing from Stripe failed</source>
            <translation>Aktualisieren von Stripe fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>CustomersText</name>
        <message>
            <source>, application fee {0}%</source>
            <translation>, Plattformgebühr {0} %</translation>
        </message>
        <message>
            <source>, expires {0:02d}/{1}</source>
            <translation>, gültig bis {0:02d}/{1}</translation>
        </message>
        <message>
            <source>, on behalf of {0}</source>
            <translation>, im Namen von {0}</translation>
        </message>
        <message>
            <source>, resumes {0}</source>
            <translation>, Fortsetzung am {0}</translation>
        </message>
        <message>
            <source>, until resumed</source>
            <translation>, bis zur Fortsetzung</translation>
        </message>
        <message>
            <source>. The subscription itself stays {0}.</source>
            <translation>. Das Abonnement selbst bleibt {0}.</translation>
        </message>
        <message>
            <source>A subscription schedule ({0}) manages it: the portal can neither change nor cancel it.</source>
            <translation>Ein Abonnementplan ({0}) verwaltet es: Das Portal kann es weder ändern noch kündigen.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Anyone with this link can act as the customer: share it only with them. Counterfoil does not save it.</source>
            <translation>Jeder mit diesem Link kann als der Kunde handeln: Teilen Sie ihn nur mit ihm. Counterfoil speichert ihn nicht.</translation>
        </message>
        <message>
            <source>Automatic (customer's language or browser)</source>
            <translation>Automatisch (Sprache des Kunden oder Browsers)</translation>
        </message>
        <message>
            <source>Back to the portal home page</source>
            <translation>Zurück zur Startseite des Portals</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Can't reach Stripe right now; the local cache is still searchable.</source>
            <translation>Stripe ist gerade nicht erreichbar; der lokale Cache bleibt durchsuchbar.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel a subscription</source>
            <translation>Ein Abonnement kündigen</translation>
        </message>
        <message>
            <source>Cancel in portal…</source>
            <translation>Im Portal kündigen …</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Gekündigt</translation>
        </message>
        <message>
            <source>Canceled on {0}</source>
            <translation>Gekündigt am {0}</translation>
        </message>
        <message>
            <source>Change a subscription</source>
            <translation>Ein Abonnement ändern</translation>
        </message>
        <message>
            <source>Change in portal…</source>
            <translation>Im Portal ändern …</translation>
        </message>
        <message>
            <source>Change plan or quantity</source>
            <translation>Tarif oder Menge ändern</translation>
        </message>
        <message>
            <source>Charged by the platform</source>
            <translation>Von der Plattform belastet</translation>
        </message>
        <message>
            <source>Choose a customer</source>
            <translation>Kunden wählen</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Wählen Sie eine Sprache aus der Liste.</translation>
        </message>
        <message>
            <source>Choose a new price or a new quantity.</source>
            <translation>Wählen Sie einen neuen Preis oder eine neue Menge.</translation>
        </message>
        <message>
            <source>Choose a subscription.</source>
            <translation>Wählen Sie ein Abonnement.</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Zahlungseinzug pausiert</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>Confirm a specific change</source>
            <translation>Eine bestimmte Änderung bestätigen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Copy id</source>
            <translation>ID kopieren</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>Coupon id to offer before they cancel (optional)</source>
            <translation>Gutschein-ID, die vor der Kündigung angeboten wird (optional)</translation>
        </message>
        <message>
            <source>Create a customer portal session (Ctrl+P)</source>
            <translation>Kundenportal-Sitzung erstellen (Strg+P)</translation>
        </message>
        <message>
            <source>Create a customer portal session for {0} ({1})</source>
            <translation>Kundenportal-Sitzung für {0} ({1}) erstellen</translation>
        </message>
        <message>
            <source>Create another</source>
            <translation>Weitere erstellen</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Sitzung erstellen</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Current period: {0} – {1}</source>
            <translation>Aktueller Zeitraum: {0} – {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Deleted customer</source>
            <translation>Gelöschter Kunde</translation>
        </message>
        <message>
            <source>Delinquent</source>
            <translation>Säumig</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Destination charge, paid out to {0}</source>
            <translation>Destination Charge, ausgezahlt an {0}</translation>
        </message>
        <message>
            <source>Direct charge on the connected account {0}</source>
            <translation>Direct Charge auf dem verbundenen Konto {0}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Enter a full web address, starting with https://</source>
            <translation>Geben Sie eine vollständige Webadresse ein, beginnend mit https://</translation>
        </message>
        <message>
            <source>Every price it could switch to has a different tax behavior than its current price ({0}).</source>
            <translation>Jeder Preis, zu dem es wechseln könnte, hat ein anderes Steuerverhalten als sein aktueller Preis ({0}).</translation>
        </message>
        <message>
            <source>Fetch this customer again from Stripe (Ctrl+R)</source>
            <translation>Diesen Kunden erneut von Stripe abrufen (Strg+R)</translation>
        </message>
        <message>
            <source>Fetched from Stripe at {0}</source>
            <translation>Um {0} von Stripe abgerufen</translation>
        </message>
        <message>
            <source>Free trial until {0}</source>
            <translation>Kostenloser Testzeitraum bis {0}</translation>
        </message>
        <message>
            <source>From the local cache</source>
            <translation>Aus dem lokalen Cache</translation>
        </message>
        <message>
            <source>In the portal ({0})</source>
            <translation>Im Portal ({0})</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Unvollständig, abgelaufen</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Invoice page</source>
            <translation>Rechnungsseite</translation>
        </message>
        <message>
            <source>Invoices are sent for payment</source>
            <translation>Rechnungen werden zur Zahlung gesendet</translation>
        </message>
        <message>
            <source>Invoices are sent for payment, due in {0} days</source>
            <translation>Rechnungen werden zur Zahlung gesendet, fällig in {0} Tagen</translation>
        </message>
        <message>
            <source>It has {0} items (several products): the portal can only cancel it.</source>
            <translation>Es hat {0} Positionen (mehrere Produkte): Das Portal kann es nur kündigen.</translation>
        </message>
        <message>
            <source>It is already set to cancel.</source>
            <translation>Die Kündigung ist bereits vorgemerkt.</translation>
        </message>
        <message>
            <source>It is billed by sending invoices: the portal can only cancel it.</source>
            <translation>Es wird per Rechnungsversand abgerechnet: Das Portal kann es nur kündigen.</translation>
        </message>
        <message>
            <source>It is paid with a payment method the portal does not support ({0}): the portal can only cancel it.</source>
            <translation>Es wird mit einer Zahlungsmethode bezahlt, die das Portal nicht unterstützt ({0}): Das Portal kann es nur kündigen.</translation>
        </message>
        <message>
            <source>It is trialing: changing it ends the free trial and invoices at once.</source>
            <translation>Es ist im Testzeitraum: Eine Änderung beendet den kostenlosen Test und stellt sofort eine Rechnung.</translation>
        </message>
        <message>
            <source>It uses usage-based (metered) pricing: the portal can only cancel it.</source>
            <translation>Es nutzt nutzungsbasierte Abrechnung: Das Portal kann es nur kündigen.</translation>
        </message>
        <message>
            <source>Its payment method {0} is not loaded yet, so whether the portal supports it was not checked.</source>
            <translation>Seine Zahlungsmethode {0} ist noch nicht geladen; ob das Portal sie unterstützt, wurde daher nicht geprüft.</translation>
        </message>
        <message>
            <source>Its price's tax behavior is unspecified: the portal only changes subscriptions whose prices say whether tax is included.</source>
            <translation>Das Steuerverhalten seines Preises ist unspecified: Das Portal ändert nur Abonnements, deren Preise angeben, ob Steuern enthalten sind.</translation>
        </message>
        <message>
            <source>Its status is “{0}”; the portal only acts on {1} subscriptions.</source>
            <translation>Sein Status ist „{0}“; das Portal wirkt nur auf Abonnements mit dem Status {1}.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>{0} behalten</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Loading from Stripe… (the sync does not download payment methods)</source>
            <translation>Wird von Stripe geladen … (die Synchronisierung lädt keine Zahlungsmethoden)</translation>
        </message>
        <message>
            <source>Loading {0}…</source>
            <translation>{0} wird geladen …</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Managed by schedule {0}: {1} phase(s), then {2}</source>
            <translation>Verwaltet durch Zeitplan {0}: {1} Phase(n), danach {2}</translation>
        </message>
        <message>
            <source>Managed by subscription schedule {0}</source>
            <translation>Verwaltet durch Abonnementplan {0}</translation>
        </message>
        <message>
            <source>Message on the confirmation page (optional)</source>
            <translation>Nachricht auf der Bestätigungsseite (optional)</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>Neuer Preis</translation>
        </message>
        <message>
            <source>No invoices.</source>
            <translation>Keine Rechnungen.</translation>
        </message>
        <message>
            <source>No payment methods.</source>
            <translation>Keine Zahlungsmethoden.</translation>
        </message>
        <message>
            <source>No subscription</source>
            <translation>Kein Abonnement</translation>
        </message>
        <message>
            <source>No subscriptions. The portal can still update payment methods and show invoices; flows that need a subscription are unavailable.</source>
            <translation>Keine Abonnements. Das Portal kann weiterhin Zahlungsmethoden aktualisieren und Rechnungen anzeigen; Abläufe, die ein Abonnement brauchen, sind nicht verfügbar.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>None (the platform's branding)</source>
            <translation>Keine (Branding der Plattform)</translation>
        </message>
        <message>
            <source>Not loaded yet</source>
            <translation>Noch nicht geladen</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>Im Namen von</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Open at</source>
            <translation>Öffnen bei</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Im Browser öffnen</translation>
        </message>
        <message>
            <source>Open portal…</source>
            <translation>Portal öffnen …</translation>
        </message>
        <message>
            <source>Open the customer portal</source>
            <translation>Kundenportal öffnen</translation>
        </message>
        <message>
            <source>Open the portal for {0}</source>
            <translation>Portal für {0} öffnen</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Payment collection paused: {0}</source>
            <translation>Zahlungseinzug pausiert: {0}</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Zahlungsmethoden</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Platform charge on behalf of {0}</source>
            <translation>Plattformzahlung im Namen von {0}</translation>
        </message>
        <message>
            <source>Portal configuration for eligibility</source>
            <translation>Portalkonfiguration für die Eignung</translation>
        </message>
        <message>
            <source>Portal configuration:</source>
            <translation>Portalkonfiguration:</translation>
        </message>
        <message>
            <source>Portal home page</source>
            <translation>Startseite des Portals</translation>
        </message>
        <message>
            <source>Portal session ready</source>
            <translation>Portalsitzung bereit</translation>
        </message>
        <message>
            <source>Portal sessions opened from Counterfoil</source>
            <translation>Aus Counterfoil geöffnete Portalsitzungen</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Recent invoices</source>
            <translation>Letzte Rechnungen</translation>
        </message>
        <message>
            <source>Redirect to a web page</source>
            <translation>Zu einer Webseite weiterleiten</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Retention offer</source>
            <translation>Halteangebot</translation>
        </message>
        <message>
            <source>Return URL</source>
            <translation>Rückkehr-URL</translation>
        </message>
        <message>
            <source>Set to cancel on {0}</source>
            <translation>Kündigung vorgemerkt zum {0}</translation>
        </message>
        <message>
            <source>Show Stripe's confirmation page</source>
            <translation>Bestätigungsseite von Stripe anzeigen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status paused: the trial ended without a payment method; no invoices until it is resumed (this is not paused payment collection).</source>
            <translation>Status pausiert: Der Testzeitraum endete ohne Zahlungsmethode; keine Rechnungen bis zur Fortsetzung (das ist kein pausierter Zahlungseinzug).</translation>
        </message>
        <message>
            <source>Stripe did not create the session</source>
            <translation>Stripe hat die Sitzung nicht erstellt</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Tax ids</source>
            <translation>Steuer-IDs</translation>
        </message>
        <message>
            <source>That is already the subscription's price and quantity.</source>
            <translation>Das sind bereits Preis und Menge des Abonnements.</translation>
        </message>
        <message>
            <source>That price is not offered for this subscription.</source>
            <translation>Dieser Preis wird für dieses Abonnement nicht angeboten.</translation>
        </message>
        <message>
            <source>The customer has no subscription the portal can act on.</source>
            <translation>Der Kunde hat kein Abonnement, auf das das Portal wirken kann.</translation>
        </message>
        <message>
            <source>The customer was deleted.</source>
            <translation>Der Kunde wurde gelöscht.</translation>
        </message>
        <message>
            <source>The message can be at most 500 characters.</source>
            <translation>Die Nachricht darf höchstens 500 Zeichen lang sein.</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>Die Menge muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>The quantity must be between {0} and {1}.</source>
            <translation>Die Menge muss zwischen {0} und {1} liegen.</translation>
        </message>
        <message>
            <source>There is no active portal configuration for this account yet.</source>
            <translation>Für dieses Konto gibt es noch keine aktive Portalkonfiguration.</translation>
        </message>
        <message>
            <source>There is no portal configuration yet. Create one in the Portal panel.</source>
            <translation>Es gibt noch keine Portalkonfiguration. Legen Sie eine im Bereich Portalkonfiguration an.</translation>
        </message>
        <message>
            <source>This configuration does not allow quantity changes.</source>
            <translation>Diese Konfiguration erlaubt keine Mengenänderungen.</translation>
        </message>
        <message>
            <source>This configuration does not offer changes for its product ({0}).</source>
            <translation>Diese Konfiguration bietet keine Änderungen für sein Produkt ({0}) an.</translation>
        </message>
        <message>
            <source>This configuration offers no other price and no quantity change for it.</source>
            <translation>Diese Konfiguration bietet dafür keinen anderen Preis und keine Mengenänderung an.</translation>
        </message>
        <message>
            <source>This customer belongs to a connected account: the session is created there.</source>
            <translation>Dieser Kunde gehört zu einem verbundenen Konto: Die Sitzung wird dort erstellt.</translation>
        </message>
        <message>
            <source>This customer was deleted on Stripe. What Counterfoil last knew is shown; no portal session can be opened for it.</source>
            <translation>Dieser Kunde wurde bei Stripe gelöscht. Angezeigt wird der letzte Stand von Counterfoil; für ihn kann keine Portalsitzung geöffnet werden.</translation>
        </message>
        <message>
            <source>This link expired unused. Create a new session for the customer.</source>
            <translation>Dieser Link ist ungenutzt abgelaufen. Erstellen Sie eine neue Sitzung für den Kunden.</translation>
        </message>
        <message>
            <source>This portal configuration does not let customers {0}.</source>
            <translation>Diese Portalkonfiguration erlaubt Kunden nicht: {0}.</translation>
        </message>
        <message>
            <source>This portal configuration is not active; sessions cannot use it.</source>
            <translation>Diese Portalkonfiguration ist nicht aktiv; Sitzungen können sie nicht verwenden.</translation>
        </message>
        <message>
            <source>This portal configuration no longer exists on Stripe.</source>
            <translation>Diese Portalkonfiguration existiert bei Stripe nicht mehr.</translation>
        </message>
        <message>
            <source>This subscription has no item to change.</source>
            <translation>Dieses Abonnement hat keine Position, die sich ändern ließe.</translation>
        </message>
        <message>
            <source>Trial ends {0}</source>
            <translation>Testzeitraum endet am {0}</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>Testphase</translation>
        </message>
        <message>
            <source>Type a name, email, phone number or customer id on the left. ↑ ↓ move through the results, Enter opens one, Escape comes back to the search; Ctrl+K jumps to the search from anywhere.</source>
            <translation>Geben Sie links einen Namen, eine E-Mail, eine Telefonnummer oder eine Kunden-ID ein. ↑ ↓ bewegen durch die Ergebnisse, Eingabe öffnet eines, Esc führt zurück zur Suche; Strg+K springt von überall zur Suche.</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Uneinbringlich</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unbezahlt</translation>
        </message>
        <message>
            <source>Update payment method</source>
            <translation>Zahlungsmethode aktualisieren</translation>
        </message>
        <message>
            <source>Valid for {0} if unused; once opened, it stays valid for an hour after the customer's last activity.</source>
            <translation>Ungenutzt {0} gültig; einmal geöffnet, bleibt sie bis eine Stunde nach der letzten Aktivität des Kunden gültig.</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>erlaubt</translation>
        </message>
        <message>
            <source>cancel subscriptions</source>
            <translation>Abonnements kündigen</translation>
        </message>
        <message>
            <source>change subscriptions</source>
            <translation>Abonnements ändern</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>https:// (where “Return” leads)</source>
            <translation>https:// (wohin „Zurück“ führt)</translation>
        </message>
        <message>
            <source>invoices kept as drafts</source>
            <translation>Rechnungen bleiben Entwürfe</translation>
        </message>
        <message>
            <source>invoices marked uncollectible</source>
            <translation>Rechnungen als uneinbringlich markiert</translation>
        </message>
        <message>
            <source>invoices voided</source>
            <translation>Rechnungen storniert</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>tax excl.</source>
            <translation>zzgl. Steuern</translation>
        </message>
        <message>
            <source>tax incl.</source>
            <translation>inkl. Steuern</translation>
        </message>
        <message>
            <source>update payment methods</source>
            <translation>Zahlungsmethoden aktualisieren</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>{0} (default)</source>
            <translation>{0} (Standard)</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (inaktiv)</translation>
        </message>
        <message>
            <source>{0} (no longer exists)</source>
            <translation>{0} (existiert nicht mehr)</translation>
        </message>
        <message>
            <source>{0} credit</source>
            <translation>{0} Guthaben</translation>
        </message>
        <message>
            <source>{0} owed</source>
            <translation>{0} offen</translation>
        </message>
        <message>
            <source>{0} price(s) of this configuration are not offered: their tax behavior differs.</source>
            <translation>{0} Preis(e) dieser Konfiguration werden nicht angeboten: Ihr Steuerverhalten weicht ab.</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} · {1} · by {2}</source>
            <translation>{0} · {1} · von {2}</translation>
        </message>
        <message>
            <source>{0} × {1} — {2} / {3}</source>
            <translation>{0} × {1} — {2} / {3}</translation>
        </message>
        <message>
            <source>{0} — {1} per unit / {2}, usage-based</source>
            <translation>{0} — {1} pro Einheit / {2}, nutzungsbasiert</translation>
        </message>
        <message>
            <source>“On behalf of” is only for platform customers; this customer belongs to a connected account.</source>
            <translation>„Im Namen von“ gilt nur für Plattformkunden; dieser Kunde gehört zu einem verbundenen Konto.</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>SEPA Direct Debit</source>
            <translation>SEPA-Lastschrift</translation>
        </message>
        <message>
            <source>US bank account</source>
            <translation>US-Bankkonto</translation>
        </message>
        <message>
            <source>Bacs Direct Debit</source>
            <translation>Bacs-Lastschrift</translation>
        </message>
        <message>
            <source>BECS Direct Debit</source>
            <translation>BECS-Lastschrift</translation>
        </message>
        <message>
            <source>Pre-authorized debit</source>
            <translation>Vorautorisierte Lastschrift</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo: sample data in a sandbox running on this computer. Nothing is sent to Stripe, and it's reset when you quit.</source>
            <translation>Demo: Beispieldaten in einer Sandbox auf diesem Computer. Nichts wird an Stripe gesendet; beim Beenden wird alles zurückgesetzt.</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>Keine Unterschiede</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedAccountsDialog</name>
        <message>
            <source>Disconnected accounts</source>
            <translation>Getrennte Konten</translation>
        </message>
        <message>
            <source>Disconnecting from your platform cancels nothing: these subscriptions keep charging until you cancel them. Only subscriptions your platform created can be cancelled here.</source>
            <translation>Die Trennung von Ihrer Plattform kündigt nichts: Diese Abonnements werden weiter abgerechnet, bis Sie sie kündigen. Hier lassen sich nur Abonnements kündigen, die Ihre Plattform erstellt hat.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>No disconnected account has platform subscriptions still running.</source>
            <translation>Kein getrenntes Konto hat noch laufende Plattform-Abonnements.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) disconnected{2}: %n platform subscription(s) running.</source>
            <translation>
                <numerusform>{0} ({1}) hat sich getrennt{2}: %n Plattform-Abonnement läuft.</numerusform>
                <numerusform>{0} ({1}) hat sich getrennt{2}: %n Plattform-Abonnements laufen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct subscription(s) still run on its own account; only it can cancel those now.</source>
            <translation>
                <numerusform>%n direktes Abonnement läuft noch auf seinem eigenen Konto; nur das Konto selbst kann es jetzt kündigen.</numerusform>
                <numerusform>%n direkte Abonnements laufen noch auf seinem eigenen Konto; nur das Konto selbst kann sie jetzt kündigen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>%n Abonnement kündigen …</numerusform>
                <numerusform>%n Abonnements kündigen …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) now? They end immediately and send no more invoices. This cannot be undone.</source>
            <translation>
                <numerusform>%n Abonnement jetzt kündigen? Es endet sofort und stellt keine Rechnungen mehr aus. Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>%n Abonnements jetzt kündigen? Sie enden sofort und stellen keine Rechnungen mehr aus. Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) of disconnected accounts</source>
            <translation>
                <numerusform>%n Abonnement getrennter Konten kündigen</numerusform>
                <numerusform>%n Abonnements getrennter Konten kündigen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln canceled</source>
            <translation>
                <numerusform>%Ln gekündigt</numerusform>
                <numerusform>%Ln gekündigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln had already ended</source>
            <translation>
                <numerusform>%Ln war bereits beendet</numerusform>
                <numerusform>%Ln waren bereits beendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln fehlgeschlagen</numerusform>
                <numerusform>%Ln fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>No account has disconnected from your platform.</source>
            <translation>Kein Konto hat sich von Ihrer Plattform getrennt.</translation>
        </message>
        <message>
            <source>Not created by your platform: left alone.</source>
            <translation>Nicht von Ihrer Plattform erstellt: unverändert gelassen.</translation>
        </message>
        <message>
            <source>Skipped: not created by your platform</source>
            <translation>Übersprungen: nicht von Ihrer Plattform erstellt</translation>
        </message>
        <message>
            <source>Yes, cancel {0}</source>
            <translation>Ja, {0} kündigen</translation>
        </message>
        <message>
            <source>Cancelling 1 of {0}…</source>
            <translation>Kündige 1 von {0} …</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird gestoppt …</translation>
        </message>
        <message>
            <source>Cancelling {0} of {1}…</source>
            <translation>Kündige {0} von {1} …</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Gekündigt</translation>
        </message>
        <message>
            <source>Already ended ({0})</source>
            <translation>Bereits beendet ({0})</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>Stopped. {0}</source>
            <translation>Gestoppt. {0}</translation>
        </message>
        <message>
            <source>Stopped: {0}</source>
            <translation>Gestoppt: {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Discard…</source>
            <translation>Verwerfen …</translation>
        </message>
        <message>
            <source>Throw these changes away?</source>
            <translation>Diese Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Behalten</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the request id for Stripe support</source>
            <translation>Anfrage-ID für den Stripe-Support kopieren</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Request ID: {0}</source>
            <translation>Anfrage-ID: {0}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, email or id</source>
            <translation>Name, E-Mail oder ID suchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>All behaviours</source>
            <translation>Alle Verhalten</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Fortsetzung</translation>
        </message>
        <message>
            <source>Any resume date</source>
            <translation>Beliebiges Fortsetzungsdatum</translation>
        </message>
        <message>
            <source>Resumes within…</source>
            <translation>Fortsetzung innerhalb …</translation>
        </message>
        <message>
            <source>Paused indefinitely</source>
            <translation>Unbefristet pausiert</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Resumes within this many days</source>
            <translation>Wird innerhalb so vieler Tage fortgesetzt</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <source>Resumed by hand: no resume dates</source>
            <translation>Manuelle Fortsetzung: keine Fortsetzungsdaten</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Alle Währungen</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Synced from Stripe</source>
            <translation>Von Stripe synchronisiert</translation>
        </message>
        <message>
            <source>From a Stripe event</source>
            <translation>Aus einem Stripe-Ereignis</translation>
        </message>
        <message>
            <source>Saved here</source>
            <translation>Hier gespeichert</translation>
        </message>
        <message>
            <source>History of “{0}”</source>
            <translation>Verlauf von „{0}“</translation>
        </message>
        <message>
            <source>Every version Counterfoil has seen or saved. Select two to compare them, or one to see what restoring it would change. Restoring makes a new save, checked and reviewed like any other.</source>
            <translation>Jede Version, die Counterfoil gesehen oder gespeichert hat. Wählen Sie zwei zum Vergleichen oder eine, um zu sehen, was eine Wiederherstellung ändern würde. Wiederherstellen ist ein neues Speichern, geprüft und durchgesehen wie jedes andere.</translation>
        </message>
        <message>
            <source>Version from</source>
            <translation>Version vom</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> und {0} weitere</translation>
        </message>
        <message>
            <source>No setting changed</source>
            <translation>Keine Einstellung geändert</translation>
        </message>
        <message>
            <source>Oldest version kept</source>
            <translation>Älteste aufbewahrte Version</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Diese Version wiederherstellen …</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Changes from the older to the newer version:</source>
            <translation>Änderungen von der älteren zur neueren Version:</translation>
        </message>
        <message>
            <source>In the editor now</source>
            <translation>Jetzt im Editor</translation>
        </message>
        <message>
            <source>What restoring this version would change:</source>
            <translation>Was die Wiederherstellung dieser Version ändern würde:</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Wählen Sie eine Version oder zwei zum Vergleichen.</translation>
        </message>
        <message>
            <source>Select at most two versions to compare.</source>
            <translation>Wählen Sie höchstens zwei Versionen zum Vergleichen.</translation>
        </message>
    </context>
    <context>
        <name>HitDelegate</name>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>From Stripe</source>
            <translation>Von Stripe</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <source>Upload…</source>
            <translation>Hochladen …</translation>
        </message>
        <message>
            <source>JPEG, PNG or GIF, at most 512 KB, at least 128×128 pixels</source>
            <translation>JPEG, PNG oder GIF, höchstens 512 KB, mindestens 128×128 Pixel</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Forget the new image and keep the saved one</source>
            <translation>Neues Bild verwerfen und das gespeicherte behalten</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>ImageStore</name>
        <message>
            <source>The image {0} could not be read.</source>
            <translation>Das Bild {0} konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n configuration(s): {0}</source>
            <translation>
                <numerusform>%n Konfiguration: {0}</numerusform>
                <numerusform>%n Konfigurationen: {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source> — from {0} ({1} mode)</source>
            <translation> — von {0} ({1}-Modus)</translation>
        </message>
        <message>
            <source>Target account</source>
            <translation>Zielkonto</translation>
        </message>
        <message>
            <source> (open now)</source>
            <translation> (jetzt geöffnet)</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Importieren in</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Target price</source>
            <translation>Zielpreis</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Zugeordnet über</translation>
        </message>
        <message>
            <source>Create them without what cannot be mapped</source>
            <translation>Ohne das nicht Zuordenbare erstellen</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>Reading the products and prices of {0}…</source>
            <translation>Produkte und Preise von {0} werden gelesen …</translation>
        </message>
        <message>
            <source>Could not read the target account</source>
            <translation>Das Zielkonto konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>cannot be mapped</source>
            <translation>nicht zuordenbar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be mapped ({0})&lt;/b&gt; — nothing has been created:</source>
            <translation>&lt;b&gt;Nicht zuordenbar ({0})&lt;/b&gt; – nichts wurde erstellt:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Everything can be mapped.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Alles ist zuordenbar.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Create {0} in {1}</source>
            <translation>{0} in {1} erstellen</translation>
        </message>
        <message numerus="yes">
            <source>%n configuration(s)</source>
            <translation>
                <numerusform>%n Konfiguration</numerusform>
                <numerusform>%n Konfigurationen</numerusform>
            </translation>
        </message>
        <message>
            <source>Create portal configurations {0}</source>
            <translation>Portalkonfigurationen erstellen: {0}</translation>
        </message>
        <message>
            <source>Customers of this live account can be sent to them.</source>
            <translation>Kunden dieses Live-Kontos können dorthin geschickt werden.</translation>
        </message>
        <message>
            <source>Create in live mode</source>
            <translation>Im Live-Modus erstellen</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Wird erstellt …</translation>
        </message>
        <message>
            <source>Stripe refused to create the configuration</source>
            <translation>Stripe hat das Erstellen der Konfiguration abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>InsightsPane</name>
        <message>
            <source>What customers can do</source>
            <translation>Was Kunden tun können</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>✓ Nothing to fix: Stripe will accept this.</source>
            <translation>✓ Nichts zu beheben: Stripe wird das akzeptieren.</translation>
        </message>
        <message>
            <source>{0} to fix before saving, {1} to review. Click one to see its field.</source>
            <translation>{0} vor dem Speichern zu beheben, {1} zu prüfen. Klicken Sie auf einen Eintrag, um sein Feld zu sehen.</translation>
        </message>
        <message>
            <source>{0} to review; Stripe accepts them, but customers may be affected.</source>
            <translation>{0} zu prüfen; Stripe akzeptiert sie, aber Kunden könnten betroffen sein.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFeeDialog</name>
        <message>
            <source>Application fee on the latest invoice</source>
            <translation>Plattformgebühr auf der letzten Rechnung</translation>
        </message>
        <message>
            <source>Invoice {0} ({1}), amount due {2}. Current application fee: {3}. The fee can be at most the amount due.</source>
            <translation>Rechnung {0} ({1}), fälliger Betrag {2}. Aktuelle Plattformgebühr: {3}. Die Gebühr darf höchstens den fälligen Betrag erreichen.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Amount in {0}</source>
            <translation>Betrag in {0}</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Plattformgebühr</translation>
        </message>
        <message>
            <source>Set fee</source>
            <translation>Gebühr festlegen</translation>
        </message>
        <message>
            <source>Enter an amount between 0 and {0}.</source>
            <translation>Geben Sie einen Betrag zwischen 0 und {0} ein.</translation>
        </message>
        <message>
            <source>Set the application fee of invoice {0}</source>
            <translation>Plattformgebühr der Rechnung {0} festlegen</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>pause_collection is set: the subscription keeps its status and Stripe keeps creating invoices, handled as its behaviour says, until collection resumes.</source>
            <translation>pause_collection ist gesetzt: Das Abonnement behält seinen Status, und Stripe erstellt weiter Rechnungen, die gemäß seinem Verhalten behandelt werden, bis der Zahlungseinzug fortgesetzt wird.</translation>
        </message>
        <message>
            <source>status = paused (paused through the API, or a trial that ended without a payment method): no invoices at all until the subscription is resumed.</source>
            <translation>status = paused (über die API pausiert oder ein Testzeitraum, der ohne Zahlungsmethode endete): überhaupt keine Rechnungen, bis das Abonnement fortgesetzt wird.</translation>
        </message>
        <message>
            <source>No paused subscription matches these filters</source>
            <translation>Kein pausiertes Abonnement passt zu diesen Filtern</translation>
        </message>
        <message>
            <source>Change or clear the filters to see the others.</source>
            <translation>Ändern oder löschen Sie die Filter, um die anderen zu sehen.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <source>No subscription has its collection paused</source>
            <translation>Kein Abonnement hat einen pausierten Zahlungseinzug</translation>
        </message>
        <message>
            <source>When you pause collection on a subscription, here or in the Stripe Dashboard, it is listed here after the next sync.</source>
            <translation>Wenn Sie den Zahlungseinzug eines Abonnements pausieren, hier oder im Stripe-Dashboard, erscheint es nach der nächsten Synchronisierung hier.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Zahlungseinzug pausieren …</translation>
        </message>
        <message>
            <source>No subscription is paused</source>
            <translation>Kein Abonnement ist pausiert</translation>
        </message>
        <message>
            <source>Subscriptions with status = paused appear here: paused through the API, or trials that ended without a payment method.</source>
            <translation>Hier erscheinen Abonnements mit status = paused: über die API pausiert oder Testzeiträume, die ohne Zahlungsmethode endeten.</translation>
        </message>
    </context>
    <context>
        <name>LiveBanner</name>
        <message>
            <source>LIVE MODE</source>
            <translation>LIVE-MODUS</translation>
        </message>
        <message>
            <source>{0}: changes here affect real customers and real money. Every change asks you to confirm.</source>
            <translation>{0}: Änderungen hier betreffen echte Kunden und echtes Geld. Jede Änderung müssen Sie bestätigen.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Confirm a live change</source>
            <translation>Live-Änderung bestätigen</translation>
        </message>
        <message>
            <source>Change live data?</source>
            <translation>Live-Daten ändern?</translation>
        </message>
        <message>
            <source>on &lt;b&gt;{0}&lt;/b&gt; ({1}), in &lt;b&gt;live mode&lt;/b&gt;.</source>
            <translation>in &lt;b&gt;{0}&lt;/b&gt; ({1}), im &lt;b&gt;Live-Modus&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This changes your real Stripe account and can affect real customers.</source>
            <translation>Dies ändert Ihr echtes Stripe-Konto und kann echte Kunden betreffen.</translation>
        </message>
        <message>
            <source>Change live data</source>
            <translation>Live-Daten ändern</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Add Stripe account…</source>
            <translation>Stripe-Konto &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove this profile…</source>
            <translation>Dieses Profil &amp;entfernen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>Jetzt &amp;synchronisieren</translation>
        </message>
        <message>
            <source>Download &amp;everything again</source>
            <translation>&amp;Alles neu herunterladen</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>Synchronisierung a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Counterfoil</source>
            <translation>Ü&amp;ber Counterfoil</translation>
        </message>
        <message>
            <source>Your saved accounts couldn't be read</source>
            <translation>Ihre gespeicherten Konten konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Opening {0}…</source>
            <translation>{0} wird geöffnet …</translation>
        </message>
        <message>
            <source>{0} (LIVE) — Counterfoil</source>
            <translation>{0} (LIVE) — Counterfoil</translation>
        </message>
        <message>
            <source>{0} (test mode) — Counterfoil</source>
            <translation>{0} (Testmodus) — Counterfoil</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Demo-Sandbox wird gestartet …</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Profil entfernen</translation>
        </message>
        <message>
            <source>Remove “{0}” from Counterfoil?</source>
            <translation>„{0}“ aus Counterfoil entfernen?</translation>
        </message>
        <message>
            <source>Its key is deleted from the system keyring and its local cache is deleted. Nothing changes in your Stripe account; you can add it again later.</source>
            <translation>Der Schlüssel wird aus dem Schlüsselbund des Systems gelöscht und der lokale Cache entfernt. In Ihrem Stripe-Konto ändert sich nichts; Sie können es später wieder hinzufügen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Couldn't open the account</source>
            <translation>Das Konto konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Sync cancelled; what was fetched is kept.</source>
            <translation>Synchronisierung abgebrochen; bereits Geladenes bleibt erhalten.</translation>
        </message>
        <message>
            <source>Sync failed: {0}</source>
            <translation>Synchronisierung fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>About Counterfoil</source>
            <translation>Über Counterfoil</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;A desktop back office for Stripe Billing.&lt;/p&gt;&lt;p&gt;Keys stay in your system keyring; data is cached locally on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Backoffice für Stripe Billing.&lt;/p&gt;&lt;p&gt;Schlüssel bleiben im Schlüsselbund Ihres Systems; Daten werden lokal auf diesem Computer zwischengespeichert.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Changed on Stripe while you were editing</source>
            <translation>In Stripe geändert, während Sie bearbeitet haben</translation>
        </message>
        <message>
            <source>“{0}” changed on Stripe while you were editing</source>
            <translation>„{0}“ wurde in Stripe geändert, während Sie bearbeitet haben</translation>
        </message>
        <message>
            <source>Someone saved it {0}. Nothing is lost: their changes and yours are listed below. Merge them, then review before saving.</source>
            <translation>Jemand hat sie {0} gespeichert. Nichts geht verloren: Deren und Ihre Änderungen stehen unten. Führen Sie sie zusammen und prüfen Sie vor dem Speichern.</translation>
        </message>
        <message>
            <source>meanwhile</source>
            <translation>zwischenzeitlich</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Jetzt in Stripe</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihres</translation>
        </message>
        <message>
            <source>Changed on Stripe (kept)</source>
            <translation>In Stripe geändert (beibehalten)</translation>
        </message>
        <message>
            <source>Your changes (kept)</source>
            <translation>Ihre Änderungen (beibehalten)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed on both sides&lt;/b&gt; — choose which to keep:</source>
            <translation>&lt;b&gt;Auf beiden Seiten geändert&lt;/b&gt; – wählen Sie, was bleibt:</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Merge and review</source>
            <translation>Zusammenführen und prüfen</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>ModeBadge</name>
        <message>
            <source>Live mode: changes affect real customers and real money.</source>
            <translation>Live-Modus: Änderungen betreffen echte Kunden und echtes Geld.</translation>
        </message>
        <message>
            <source>Test mode: nothing here touches real money.</source>
            <translation>Testmodus: Hier wird kein echtes Geld bewegt.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>What remains to be done</source>
            <translation>Was noch zu tun ist</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Erste Rechnung</translation>
        </message>
        <message>
            <source>Payment page</source>
            <translation>Zahlungsseite</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement erstellt</translation>
        </message>
        <message>
            <source>Stripe recognised this as a retry of the same request, so nothing was created twice: this is the subscription from the first attempt.</source>
            <translation>Stripe hat dies als Wiederholung derselben Anfrage erkannt, daher wurde nichts doppelt erstellt: Dies ist das Abonnement aus dem ersten Versuch.</translation>
        </message>
        <message>
            <source>{0} (new)</source>
            <translation>{0} (neu)</translation>
        </message>
        <message>
            <source>{0} · {1} due · {2}</source>
            <translation>{0} · {1} fällig · {2}</translation>
        </message>
        <message>
            <source>No payment page (nothing to pay).</source>
            <translation>Keine Zahlungsseite (nichts zu zahlen).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>Change how collection is paused</source>
            <translation>Ändern, wie der Zahlungseinzug pausiert ist</translation>
        </message>
        <message>
            <source>Pause collection</source>
            <translation>Zahlungseinzug pausieren</translation>
        </message>
        <message>
            <source>Find subscriptions by customer name, email or id</source>
            <translation>Abonnements nach Name, E-Mail oder ID des Kunden finden</translation>
        </message>
        <message>
            <source>Subscriptions to pause</source>
            <translation>Zu pausierende Abonnements</translation>
        </message>
        <message>
            <source>While collection is paused, invoices are…</source>
            <translation>Während der Zahlungseinzug pausiert ist, werden Rechnungen …</translation>
        </message>
        <message>
            <source>Resume collection automatically on</source>
            <translation>Zahlungseinzug automatisch fortsetzen am</translation>
        </message>
        <message>
            <source>Resume date</source>
            <translation>Fortsetzungsdatum</translation>
        </message>
        <message>
            <source>1 subscription selected</source>
            <translation>1 Abonnement ausgewählt</translation>
        </message>
        <message>
            <source>{0} subscriptions selected</source>
            <translation>{0} Abonnements ausgewählt</translation>
        </message>
        <message>
            <source>Tick the subscriptions whose collection you want to pause</source>
            <translation>Haken Sie die Abonnements an, deren Zahlungseinzug Sie pausieren möchten</translation>
        </message>
        <message>
            <source>1 subscription chosen</source>
            <translation>1 Abonnement gewählt</translation>
        </message>
        <message>
            <source>{0} subscriptions chosen</source>
            <translation>{0} Abonnements gewählt</translation>
        </message>
        <message>
            <source>{0} will be skipped, not sent:</source>
            <translation>{0} werden übersprungen, nicht gesendet:</translation>
        </message>
        <message>
            <source>…and {0} more.</source>
            <translation>… und {0} weitere.</translation>
        </message>
        <message>
            <source>Pause {0} subscriptions</source>
            <translation>{0} Abonnements pausieren</translation>
        </message>
        <message>
            <source>Stripe clears the pause at the start of that day (your time).</source>
            <translation>Stripe hebt die Pause zu Beginn dieses Tages auf (Ihre Ortszeit).</translation>
        </message>
        <message>
            <source>Without a date, collection stays paused until you resume it.</source>
            <translation>Ohne Datum bleibt der Zahlungseinzug pausiert, bis Sie ihn fortsetzen.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>Wählen Sie mindestens ein Abonnement.</translation>
        </message>
        <message>
            <source>None of these subscriptions can be changed from here (see above).</source>
            <translation>Keines dieser Abonnements lässt sich von hier aus ändern (siehe oben).</translation>
        </message>
    </context>
    <context>
        <name>PauseLengthsEditor</name>
        <message>
            <source>Add a pause length</source>
            <translation>Pausendauer hinzufügen</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Anzahl der Einheiten</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Remove this pause length</source>
            <translation>Diese Pausendauer entfernen</translation>
        </message>
    </context>
    <context>
        <name>PausedCollectionsPanel</name>
        <message>
            <source>Paused collections</source>
            <translation>Pausierte Zahlungseinzüge</translation>
        </message>
        <message>
            <source>Look up pause dates</source>
            <translation>Pausendaten abrufen</translation>
        </message>
        <message>
            <source>Read Stripe's recent subscription events (the last 30 days) to learn when collection was paused.</source>
            <translation>Liest die letzten Abonnement-Ereignisse von Stripe (30 Tage), um zu erfahren, wann der Zahlungseinzug pausiert wurde.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Zahlungseinzug pausieren …</translation>
        </message>
        <message>
            <source>Pause collection on subscriptions (Ctrl+Shift+P)</source>
            <translation>Zahlungseinzug für Abonnements pausieren (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>Export the list shown to CSV (Ctrl+E)</source>
            <translation>Angezeigte Liste als CSV exportieren (Strg+E)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren …</translation>
        </message>
        <message>
            <source>Export CSV for Excel (UTF-8 with BOM)…</source>
            <translation>CSV für Excel exportieren (UTF-8 mit BOM) …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Change pause…</source>
            <translation>Pause ändern …</translation>
        </message>
        <message>
            <source>Change the behaviour or resume date of the selected subscriptions</source>
            <translation>Verhalten oder Fortsetzungsdatum der ausgewählten Abonnements ändern</translation>
        </message>
        <message>
            <source>Resume collection</source>
            <translation>Zahlungseinzug fortsetzen</translation>
        </message>
        <message>
            <source>Resume collection on the selected subscriptions (Ctrl+Shift+R)</source>
            <translation>Zahlungseinzug der ausgewählten Abonnements fortsetzen (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <source>No account open</source>
            <translation>Kein Konto geöffnet</translation>
        </message>
        <message>
            <source>Open or add a Stripe account to see its paused subscriptions.</source>
            <translation>Öffnen oder fügen Sie ein Stripe-Konto hinzu, um seine pausierten Abonnements zu sehen.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Reading the paused subscriptions from this computer's cache.</source>
            <translation>Pausierte Abonnements werden aus dem Cache dieses Computers gelesen.</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Nichts anzuzeigen</translation>
        </message>
        <message>
            <source>The paused subscriptions could not be read (see above).</source>
            <translation>Die pausierten Abonnements konnten nicht gelesen werden (siehe oben).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert …</translation>
        </message>
        <message>
            <source>Paused subscriptions appear here when the first sync of this account finishes.</source>
            <translation>Pausierte Abonnements erscheinen hier, sobald die erste Synchronisierung dieses Kontos abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>This account's subscriptions are not on this computer yet. Sync to list the paused ones.</source>
            <translation>Die Abonnements dieses Kontos sind noch nicht auf diesem Computer. Synchronisieren Sie, um die pausierten aufzulisten.</translation>
        </message>
        <message>
            <source>Could not read the paused subscriptions</source>
            <translation>Die pausierten Abonnements konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>{0} with collection paused</source>
            <translation>{0} mit pausiertem Zahlungseinzug</translation>
        </message>
        <message>
            <source>{0} with status paused</source>
            <translation>{0} mit Status „pausiert“</translation>
        </message>
        <message>
            <source>From this computer's copy of your Stripe data: {0}.</source>
            <translation>Aus der Kopie Ihrer Stripe-Daten auf diesem Computer: {0}.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them: look up pause dates to read Stripe's recent events.</source>
            <translation>„Pausiert seit“ ist für {0} davon unbekannt: Rufen Sie die Pausendaten ab, um die letzten Stripe-Ereignisse zu lesen.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them (paused more than 30 days ago, before the events Stripe keeps).</source>
            <translation>„Pausiert seit“ ist für {0} davon unbekannt (vor mehr als 30 Tagen pausiert, vor den Ereignissen, die Stripe aufbewahrt).</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Zahlungseinzug pausiert</translation>
        </message>
        <message>
            <source>Subscription paused (status)</source>
            <translation>Abonnement pausiert (Status)</translation>
        </message>
        <message>
            <source>1 selected</source>
            <translation>1 ausgewählt</translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation>{0} ausgewählt</translation>
        </message>
        <message>
            <source>Select subscriptions to change or resume their pause.</source>
            <translation>Wählen Sie Abonnements, um ihre Pause zu ändern oder zu beenden.</translation>
        </message>
        <message>
            <source>Resuming status-paused subscriptions is done in Stripe.</source>
            <translation>Abonnements mit dem Status „pausiert“ werden in Stripe fortgesetzt.</translation>
        </message>
        <message numerus="yes">
            <source>Pause collection ({0}) on %n subscription(s)</source>
            <translation>
                <numerusform>Zahlungseinzug ({0}) für %n Abonnement pausieren</numerusform>
                <numerusform>Zahlungseinzug ({0}) für %n Abonnements pausieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume collection on %n subscription(s)</source>
            <translation>
                <numerusform>Zahlungseinzug für %n Abonnement fortsetzen</numerusform>
                <numerusform>Zahlungseinzug für %n Abonnements fortsetzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Looked up pause dates: %n new event(s) from Stripe.</source>
            <translation>
                <numerusform>Pausendaten abgerufen: %n neues Ereignis von Stripe.</numerusform>
                <numerusform>Pausendaten abgerufen: %n neue Ereignisse von Stripe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts: {0}</source>
            <translation>Konten: {0}</translation>
        </message>
        <message>
            <source>Export paused subscriptions</source>
            <translation>Pausierte Abonnements exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Export nach {0} …</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Exported {0} {1} to {2}.</source>
            <translation>{0} {1} nach {2} exportiert.</translation>
        </message>
        <message>
            <source>The CSV was not written</source>
            <translation>Die CSV-Datei wurde nicht geschrieben</translation>
        </message>
        <message>
            <source>Could not look up pause dates</source>
            <translation>Pausendaten konnten nicht abgerufen werden</translation>
        </message>
        <message>
            <source>Looking up pause dates in Stripe's events…</source>
            <translation>Pausendaten werden in den Stripe-Ereignissen gesucht …</translation>
        </message>
        <message>
            <source>Lookup cancelled.</source>
            <translation>Abruf abgebrochen.</translation>
        </message>
        <message>
            <source>Looking up pause dates… {0}: {1} found so far</source>
            <translation>Pausendaten werden gesucht … {0}: bisher {1} gefunden</translation>
        </message>
    </context>
    <context>
        <name>PausedTableModel</name>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Zahlungseinzug</translation>
        </message>
        <message>
            <source>Collection resumes automatically on {0}.</source>
            <translation>Der Zahlungseinzug wird am {0} automatisch fortgesetzt.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Days paused</source>
            <translation>Tage pausiert</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Indefinitely</source>
            <translation>Unbefristet</translation>
        </message>
        <message>
            <source>Invoices while paused</source>
            <translation>Rechnungen während der Pause</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Latest invoice</source>
            <translation>Letzte Rechnung</translation>
        </message>
        <message>
            <source>List price per billing period, before discounts and taxes. ≈ marks a per-month equivalent (items on different intervals); ≥ means metered items are left out.</source>
            <translation>Listenpreis pro Abrechnungszeitraum, vor Rabatten und Steuern. ≈ kennzeichnet einen Monatsgegenwert (Positionen mit unterschiedlichen Intervallen); ≥ heißt, dass nutzungsbasierte Positionen nicht enthalten sind.</translation>
        </message>
        <message>
            <source>No longer paused (refresh)</source>
            <translation>Nicht mehr pausiert (aktualisieren)</translation>
        </message>
        <message>
            <source>No resume date: collection stays paused until someone resumes it.</source>
            <translation>Kein Fortsetzungsdatum: Der Zahlungseinzug bleibt pausiert, bis jemand ihn fortsetzt.</translation>
        </message>
        <message>
            <source>Not in the synced events (Stripe keeps 30 days of events). Use “Look up pause dates” to read them from Stripe.</source>
            <translation>Nicht in den synchronisierten Ereignissen (Stripe bewahrt Ereignisse 30 Tage auf). Mit „Pausendaten abrufen“ lesen Sie sie von Stripe.</translation>
        </message>
        <message>
            <source>Paused since</source>
            <translation>Pausiert seit</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Recurring amount</source>
            <translation>Wiederkehrender Betrag</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Fortsetzung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>≈ {0} per month</source>
            <translation>≈ {0} pro Monat</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPanel</name>
        <message>
            <source>Not built yet</source>
            <translation>Noch nicht gebaut</translation>
        </message>
        <message>
            <source>This panel is planned but not part of this version of Counterfoil yet. Nothing is wrong with your account or your data.</source>
            <translation>Dieser Bereich ist geplant, aber noch nicht Teil dieser Counterfoil-Version. Mit Ihrem Konto und Ihren Daten ist alles in Ordnung.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>Was er können wird</translation>
        </message>
        <message>
            <source>Already synced to this computer: {0}.</source>
            <translation>Bereits auf diesen Computer synchronisiert: {0}.</translation>
        </message>
    </context>
    <context>
        <name>PortalConfiguration</name>
        <message>
            <source>1 hour ago</source>
            <translation>vor 1 Stunde</translation>
        </message>
        <message>
            <source>1 minute ago</source>
            <translation>vor 1 Minute</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Neue Konfiguration</translation>
        </message>
        <message>
            <source>No headline: the portal shows its standard greeting</source>
            <translation>Keine Überschrift: Das Portal zeigt seine Standardbegrüßung</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Noch nicht erstellt</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Unbenannte Konfiguration</translation>
        </message>
        <message>
            <source>Unsaved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>noch nicht erstellt</translation>
        </message>
        <message>
            <source>one-time price</source>
            <translation>Einmalpreis</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>aktualisiert {0}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>{0} (unknown to Stripe)</source>
            <translation>{0} (Stripe unbekannt)</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>vor {0} Tagen</translation>
        </message>
        <message>
            <source>{0} hours ago</source>
            <translation>vor {0} Stunden</translation>
        </message>
        <message>
            <source>{0} minutes ago</source>
            <translation>vor {0} Minuten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Anmeldeseite</translation>
        </message>
    </context>
    <context>
        <name>PortalConfigurationPanel</name>
        <message>
            <source>Search by name or ID</source>
            <translation>Nach Name oder ID suchen</translation>
        </message>
        <message>
            <source>Search configurations</source>
            <translation>Konfigurationen durchsuchen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Portal configurations</source>
            <translation>Portalkonfigurationen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>New configuration, with the Dashboard's defaults (Ctrl+N)</source>
            <translation>Neue Konfiguration mit den Standardwerten des Dashboards (Strg+N)</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>Import / Export</translation>
        </message>
        <message>
            <source>Loading portal configurations…</source>
            <translation>Portalkonfigurationen werden geladen …</translation>
        </message>
        <message>
            <source>No portal configuration yet</source>
            <translation>Noch keine Portalkonfiguration</translation>
        </message>
        <message>
            <source>Create a configuration</source>
            <translation>Konfiguration erstellen</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Noch nicht erstellt</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Every version, compare and restore (Ctrl+H)</source>
            <translation>Alle Versionen, vergleichen und wiederherstellen (Strg+H)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>A new configuration with these settings (Ctrl+D)</source>
            <translation>Neue Konfiguration mit diesen Einstellungen (Strg+D)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Check, review and send to Stripe (Ctrl+S)</source>
            <translation>Prüfen, durchsehen und an Stripe senden (Strg+S)</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Neue Konfiguration</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Copy login page link</source>
            <translation>Link zur Anmeldeseite kopieren</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Make default…</source>
            <translation>Als Standard festlegen …</translation>
        </message>
        <message>
            <source>Export this configuration…</source>
            <translation>Diese Konfiguration exportieren …</translation>
        </message>
        <message>
            <source>Copy to another account (test → live)…</source>
            <translation>In ein anderes Konto kopieren (Test → Live) …</translation>
        </message>
        <message>
            <source>Import from a file…</source>
            <translation>Aus Datei importieren …</translation>
        </message>
        <message>
            <source>Export all configurations…</source>
            <translation>Alle Konfigurationen exportieren …</translation>
        </message>
        <message>
            <source>Open a Stripe account</source>
            <translation>Öffnen Sie ein Stripe-Konto</translation>
        </message>
        <message>
            <source>Choose or add an account to see its customer portal configurations.</source>
            <translation>Wählen Sie ein Konto oder fügen Sie eines hinzu, um seine Kundenportal-Konfigurationen zu sehen.</translation>
        </message>
        <message>
            <source>Your saved drafts could not be read and were set aside: {0}</source>
            <translation>Ihre gespeicherten Entwürfe konnten nicht gelesen werden und wurden beiseitegelegt: {0}</translation>
        </message>
        <message>
            <source>Create one here with the Dashboard's defaults, or import one. Stripe also creates a default configuration the first time you open the customer portal settings in the Dashboard.</source>
            <translation>Legen Sie hier eine mit den Standardwerten des Dashboards an oder importieren Sie eine. Stripe erstellt außerdem eine Standardkonfiguration, wenn Sie die Kundenportal-Einstellungen im Dashboard zum ersten Mal öffnen.</translation>
        </message>
        <message>
            <source>Could not read the local cache</source>
            <translation>Der lokale Cache konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Could not read the configurations</source>
            <translation>Die Konfigurationen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>No configurations yet.</source>
            <translation>Noch keine Konfigurationen.</translation>
        </message>
        <message>
            <source>{0} active, {1} inactive</source>
            <translation>{0} aktiv, {1} inaktiv</translation>
        </message>
        <message>
            <source>Your unsaved changes from {0} are back.</source>
            <translation>Ihre nicht gespeicherten Änderungen vom {0} sind wieder da.</translation>
        </message>
        <message>
            <source>This configuration has changed on Stripe since; saving will show both changes so you can merge them.</source>
            <translation>Diese Konfiguration wurde seitdem in Stripe geändert; beim Speichern sehen Sie beide Änderungen und können sie zusammenführen.</translation>
        </message>
        <message>
            <source>Draft restored</source>
            <translation>Entwurf wiederhergestellt</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Unbenannte Konfiguration</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>aktualisiert {0}</translation>
        </message>
        <message>
            <source>live mode</source>
            <translation>Live-Modus</translation>
        </message>
        <message>
            <source>A new configuration: saving creates it on Stripe</source>
            <translation>Eine neue Konfiguration: Speichern legt sie in Stripe an</translation>
        </message>
        <message>
            <source>Create configuration</source>
            <translation>Konfiguration erstellen</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first; saving shows where.</source>
            <translation>
                <numerusform>Zuerst %n Problem beheben; beim Speichern sehen Sie, wo.</numerusform>
                <numerusform>Zuerst %n Probleme beheben; beim Speichern sehen Sie, wo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated.</source>
            <translation>Die Standardkonfiguration kann nicht deaktiviert werden.</translation>
        </message>
        <message>
            <source>Your draft could not be saved on this computer</source>
            <translation>Ihr Entwurf konnte auf diesem Computer nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Throw away the unsaved changes to “{0}”? This can't be undone.</source>
            <translation>Die nicht gespeicherten Änderungen an „{0}“ verwerfen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Starts with the Stripe Dashboard's defaults. Nothing is created on Stripe until you save.</source>
            <translation>Beginnt mit den Standardwerten des Stripe-Dashboards. In Stripe wird nichts erstellt, bis Sie speichern.</translation>
        </message>
        <message>
            <source>Login page link copied.</source>
            <translation>Link zur Anmeldeseite kopiert.</translation>
        </message>
        <message>
            <source>A copy of “{0}”. Nothing is created on Stripe until you save.</source>
            <translation>Eine Kopie von „{0}“. In Stripe wird nichts erstellt, bis Sie speichern.</translation>
        </message>
        <message>
            <source>A new configuration with these settings (anything not listed is off or empty).</source>
            <translation>Eine neue Konfiguration mit diesen Einstellungen (alles nicht Aufgeführte ist aus oder leer).</translation>
        </message>
        <message>
            <source>After saving</source>
            <translation>Nach dem Speichern</translation>
        </message>
        <message>
            <source>Can't import this file</source>
            <translation>Diese Datei kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Changed on Stripe</source>
            <translation>In Stripe geändert</translation>
        </message>
        <message>
            <source>Compared with the version on Stripe now (updated {0}). Only these fields are sent.</source>
            <translation>Verglichen mit der aktuellen Version in Stripe (aktualisiert {0}). Nur diese Felder werden gesendet.</translation>
        </message>
        <message>
            <source>Comparing with Stripe…</source>
            <translation>Wird mit Stripe verglichen …</translation>
        </message>
        <message>
            <source>Copy of {0}</source>
            <translation>Kopie von {0}</translation>
        </message>
        <message>
            <source>Copy “{0}” to another account</source>
            <translation>„{0}“ in ein anderes Konto kopieren</translation>
        </message>
        <message>
            <source>Create the portal configuration “{0}”</source>
            <translation>Portalkonfiguration „{0}“ erstellen</translation>
        </message>
        <message>
            <source>Create “{0}”</source>
            <translation>„{0}“ erstellen</translation>
        </message>
        <message>
            <source>Created {0} in {1}.</source>
            <translation>{0} in {1} erstellt.</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Wird erstellt …</translation>
        </message>
        <message>
            <source>Deactivate the portal configuration “{0}”</source>
            <translation>Portalkonfiguration „{0}“ deaktivieren</translation>
        </message>
        <message>
            <source>Deactivate “{0}”?</source>
            <translation>„{0}“ deaktivieren?</translation>
        </message>
        <message>
            <source>Deactivated.</source>
            <translation>Deaktiviert.</translation>
        </message>
        <message>
            <source>Deactivating…</source>
            <translation>Wird deaktiviert …</translation>
        </message>
        <message>
            <source>Empty configuration</source>
            <translation>Leere Konfiguration</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export portal configurations</source>
            <translation>Portalkonfigurationen exportieren</translation>
        </message>
        <message>
            <source>Import portal configurations</source>
            <translation>Portalkonfigurationen importieren</translation>
        </message>
        <message>
            <source>It changed on Stripe again while you were reviewing; here are both changes.</source>
            <translation>Sie wurde in Stripe erneut geändert, während Sie geprüft haben; hier sind beide Änderungen.</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Make default</source>
            <translation>Als Standard festlegen</translation>
        </message>
        <message>
            <source>Make “{0}” the default?</source>
            <translation>„{0}“ als Standard festlegen?</translation>
        </message>
        <message>
            <source>New portal sessions can't use an inactive configuration. Customers already in the portal are not affected. You can reactivate it at any time.</source>
            <translation>Neue Portalsitzungen können keine inaktive Konfiguration verwenden. Kunden, die bereits im Portal sind, sind nicht betroffen. Sie können sie jederzeit wieder aktivieren.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Nothing to save: Stripe already has this.</source>
            <translation>Nichts zu speichern: Stripe hat das bereits.</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Jetzt in Stripe</translation>
        </message>
        <message>
            <source>Reactivate the portal configuration “{0}”</source>
            <translation>Portalkonfiguration „{0}“ reaktivieren</translation>
        </message>
        <message>
            <source>Reactivated.</source>
            <translation>Reaktiviert.</translation>
        </message>
        <message>
            <source>Reactivating…</source>
            <translation>Wird reaktiviert …</translation>
        </message>
        <message>
            <source>Review changes to “{0}”</source>
            <translation>Änderungen an „{0}“ prüfen</translation>
        </message>
        <message>
            <source>Saved — Stripe has it now.</source>
            <translation>Gespeichert – Stripe hat es jetzt.</translation>
        </message>
        <message>
            <source>Saving is on hold: this configuration changed on Stripe. Your edits are kept; save again to merge.</source>
            <translation>Speichern angehalten: Diese Konfiguration wurde in Stripe geändert. Ihre Änderungen bleiben erhalten; speichern Sie erneut, um zusammenzuführen.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <source>Stripe did not accept the change</source>
            <translation>Stripe hat die Änderung nicht angenommen</translation>
        </message>
        <message>
            <source>Stripe's API can't change which configuration is the default: the default is the one the Dashboard edits, “{1}”.

Counterfoil can copy the settings of “{0}” (features, business information, links and login page) onto “{1}”, so portal sessions without a configuration behave like “{0}”. You'll review the change before it is saved.</source>
            <translation>Die Stripe-API kann nicht ändern, welche Konfiguration der Standard ist: Standard ist die, die das Dashboard bearbeitet, „{1}“.

Counterfoil kann die Einstellungen von „{0}“ (Funktionen, Unternehmensangaben, Links und Anmeldeseite) auf „{1}“ übertragen, sodass sich Portalsitzungen ohne Konfiguration wie „{0}“ verhalten. Sie prüfen die Änderung, bevor sie gespeichert wird.</translation>
        </message>
        <message>
            <source>Stripe: {0}</source>
            <translation>Stripe: {0}</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated. Make another one the default first.</source>
            <translation>Die Standardkonfiguration kann nicht deaktiviert werden. Legen Sie zuerst eine andere als Standard fest.</translation>
        </message>
        <message>
            <source>The merged configuration has problems to fix before saving.</source>
            <translation>Die zusammengeführte Konfiguration hat vor dem Speichern zu behebende Probleme.</translation>
        </message>
        <message>
            <source>The settings of “{0}” are loaded into the default configuration “{1}”. Review and save to apply them.</source>
            <translation>Die Einstellungen von „{0}“ sind in die Standardkonfiguration „{1}“ geladen. Prüfen und speichern Sie, um sie anzuwenden.</translation>
        </message>
        <message>
            <source>The version from {0} is in the editor. Review and save it to make it current; nothing has been sent yet.</source>
            <translation>Die Version vom {0} ist im Editor. Prüfen und speichern Sie sie, um sie aktuell zu machen; noch wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>This account has no default configuration yet; Stripe creates it when the customer portal settings are first opened in the Dashboard.</source>
            <translation>Dieses Konto hat noch keine Standardkonfiguration; Stripe erstellt sie, wenn die Kundenportal-Einstellungen im Dashboard zum ersten Mal geöffnet werden.</translation>
        </message>
        <message>
            <source>Version restored</source>
            <translation>Version wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>PortalPreview</name>
        <message>
            <source>Customer portal preview</source>
            <translation>Kundenportal-Vorschau</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Edit product</source>
            <translation>Produkt bearbeiten</translation>
        </message>
        <message>
            <source>Add a product</source>
            <translation>Produkt hinzufügen</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archiviert)</translation>
        </message>
        <message>
            <source> (already offered)</source>
            <translation> (bereits angeboten)</translation>
        </message>
        <message>
            <source>Tick the prices customers can switch to. Only one price per billing interval and currency is allowed for a product.</source>
            <translation>Haken Sie die Preise an, zu denen Kunden wechseln können. Pro Produkt ist nur ein Preis je Abrechnungsintervall und Währung erlaubt.</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Kunden können die Menge ändern</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>No products with an active recurring price are synced yet. Create them in Stripe, then sync (F5).</source>
            <translation>Noch keine Produkte mit aktivem wiederkehrendem Preis synchronisiert. Legen Sie sie in Stripe an und synchronisieren Sie dann (F5).</translation>
        </message>
        <message>
            <source>Customers can't switch to this price: {0}.</source>
            <translation>Kunden können nicht zu diesem Preis wechseln: {0}.</translation>
        </message>
        <message>
            <source>{0} (not in the synced catalogue)</source>
            <translation>{0} (nicht im synchronisierten Katalog)</translation>
        </message>
    </context>
    <context>
        <name>ProductsEditor</name>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Prices customers can switch to</source>
            <translation>Preise, zu denen Kunden wechseln können</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation>Produkt hinzufügen …</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten …</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Move up (the portal lists products in this order)</source>
            <translation>Nach oben (das Portal listet Produkte in dieser Reihenfolge)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>{0} (not synced)</source>
            <translation>{0} (nicht synchronisiert)</translation>
        </message>
        <message>
            <source>No prices picked</source>
            <translation>Keine Preise gewählt</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fest</translation>
        </message>
        <message>
            <source>{0} of {1} products</source>
            <translation>{0} von {1} Produkten</translation>
        </message>
    </context>
    <context>
        <name>QChartView</name>
        <message>
            <source>Indefinite</source>
            <translation>Unbefristet</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Paused recurring revenue by month collection resumes</source>
            <translation>Pausierter wiederkehrender Umsatz nach Monat der Fortsetzung</translation>
        </message>
        <message>
            <source>Chart currency</source>
            <translation>Währung des Diagramms</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Währung:</translation>
        </message>
        <message>
            <source>Nothing to chart.</source>
            <translation>Nichts darzustellen.</translation>
        </message>
        <message>
            <source>Paused recurring revenue (resumed by hand, so no month)</source>
            <translation>Pausierter wiederkehrender Umsatz (manuelle Fortsetzung, daher ohne Monat)</translation>
        </message>
        <message>
            <source>Until resumed</source>
            <translation>Bis zur Fortsetzung</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>{0} per month</source>
            <translation>{0}/Monat</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Stripe accepts these, but please check they are what you want:</source>
            <translation>Stripe akzeptiert das, aber prüfen Sie bitte, ob es so gewollt ist:</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Trotzdem speichern</translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>Nothing was sent. Fix %n problem(s) first; each message is next to its field, and the list on the right takes you there.</source>
            <translation>
                <numerusform>Nichts wurde gesendet. Beheben Sie zuerst %n Problem; jede Meldung steht neben ihrem Feld, und die Liste rechts führt Sie dorthin.</numerusform>
                <numerusform>Nichts wurde gesendet. Beheben Sie zuerst %n Probleme; jede Meldung steht neben ihrem Feld, und die Liste rechts führt Sie dorthin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save %n change(s) to the portal configuration “{0}”</source>
            <translation>
                <numerusform>%n Änderung an der Portalkonfiguration „{0}“ speichern</numerusform>
                <numerusform>%n Änderungen an der Portalkonfiguration „{0}“ speichern</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Panels</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>{0} (Ctrl+{1})</source>
            <translation>{0} (Strg+{1})</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln Abonnement</numerusform>
                <numerusform>%Ln Abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln Rechnung</numerusform>
                <numerusform>%Ln Rechnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln Produkt</numerusform>
                <numerusform>%Ln Produkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln price(s)</source>
            <translation>
                <numerusform>%Ln Preis</numerusform>
                <numerusform>%Ln Preise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln payment method(s)</source>
            <translation>
                <numerusform>%Ln Zahlungsmethode</numerusform>
                <numerusform>%Ln Zahlungsmethoden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln portal configuration(s)</source>
            <translation>
                <numerusform>%Ln Portalkonfiguration</numerusform>
                <numerusform>%Ln Portalkonfigurationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected account(s)</source>
            <translation>
                <numerusform>%Ln verbundenes Konto</numerusform>
                <numerusform>%Ln verbundene Konten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln Ereignis</numerusform>
                <numerusform>%Ln Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Jetzt synchronisieren (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop syncing; what was fetched so far is kept</source>
            <translation>Synchronisierung stoppen; bisher Geladenes bleibt erhalten</translation>
        </message>
        <message>
            <source>Offline — showing cached data</source>
            <translation>Offline – Daten aus dem Cache</translation>
        </message>
        <message>
            <source>Stripe can't be reached. Counterfoil keeps retrying in the background.</source>
            <translation>Stripe ist nicht erreichbar. Counterfoil versucht es im Hintergrund weiter.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert …</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>Stoppt nach dieser Seite …</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n min ago</source>
            <translation>
                <numerusform>Vor %n Min. synchronisiert</numerusform>
                <numerusform>Vor %n Min. synchronisiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at {0}</source>
            <translation>Um {0} synchronisiert</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Gerade synchronisiert</translation>
        </message>
        <message>
            <source>Synced {0} {1}</source>
            <translation>Synchronisiert am {0} um {1}</translation>
        </message>
    </context>
    <context>
        <name>TotalsCard</name>
        <message>
            <source>Totals per currency</source>
            <translation>Summen pro Währung</translation>
        </message>
        <message>
            <source>Per month at list prices, before discounts and taxes.</source>
            <translation>Pro Monat zu Listenpreisen, vor Rabatten und Steuern.</translation>
        </message>
        <message>
            <source>Nothing paused.</source>
            <translation>Nichts pausiert.</translation>
        </message>
        <message>
            <source>1 subscription</source>
            <translation>1 Abonnement</translation>
        </message>
        <message>
            <source>{0} subscriptions</source>
            <translation>{0} Abonnements</translation>
        </message>
        <message>
            <source>{0} / month</source>
            <translation>{0} / Monat</translation>
        </message>
        <message>
            <source>{0} of them have metered items, which are not counted.</source>
            <translation>{0} davon haben nutzungsbasierte Positionen, die nicht mitgezählt werden.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Counterfoil</source>
            <translation>Willkommen bei Counterfoil</translation>
        </message>
        <message>
            <source>A calm back office for Stripe Billing: the customer portal, branding, customers, Connect and paused collections. Your data is kept in a local cache, so it is fast and still there when you're offline.</source>
            <translation>Ein ruhiges Backoffice für Stripe Billing: Kundenportal, Branding, Kunden, Connect und pausierte Zahlungseinzüge. Ihre Daten liegen in einem lokalen Cache – schnell und auch offline verfügbar.</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <source>Explore with sample customers and subscriptions in a sandbox that runs on this computer. Nothing is sent to Stripe and no key is needed.</source>
            <translation>Probieren Sie es mit Beispielkunden und -abonnements in einer Sandbox auf diesem Computer aus. Nichts wird an Stripe gesendet, und Sie brauchen keinen Schlüssel.</translation>
        </message>
        <message>
            <source>Add a Stripe account</source>
            <translation>Stripe-Konto hinzufügen</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…). Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) ein. Counterfoil prüft ihn bei Stripe und bewahrt ihn im Schlüsselbund Ihres Systems auf, nie in einer Datei.</translation>
        </message>
    </context>
    <context>
        <name>_IssueButton</name>
        <message>
            <source>Show this field</source>
            <translation>Dieses Feld anzeigen</translation>
        </message>
    </context>
    <context>
        <name>branding</name>
        <message>
            <source>Accent</source>
            <translation>Akzent</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marke</translation>
        </message>
        <message>
            <source>Branding of every account</source>
            <translation>Branding aller Konten</translation>
        </message>
        <message>
            <source>Complete branding</source>
            <translation>Branding vollständig</translation>
        </message>
        <message>
            <source>Destination charges with on_behalf_of: portal sessions are created on your platform with on_behalf_of set to {account}, which brands the portal.</source>
            <translation>Destination Charges mit on_behalf_of: Portalsitzungen werden auf Ihrer Plattform mit on_behalf_of = {account} erstellt; dieses Konto bestimmt das Branding des Portals.</translation>
        </message>
        <message>
            <source>Destination charges: the subscriptions live on your platform and pay out to {account}; portal sessions are created on your platform.</source>
            <translation>Destination Charges: Die Abonnements liegen auf Ihrer Plattform und werden an {account} ausgezahlt; Portalsitzungen werden auf Ihrer Plattform erstellt.</translation>
        </message>
        <message>
            <source>Direct charges: the subscriptions live on {account}, and its portal sessions are created with the Stripe-Account header.</source>
            <translation>Direct Charges: Die Abonnements liegen auf {account}; seine Portalsitzungen werden mit dem Header Stripe-Account erstellt.</translation>
        </message>
        <message>
            <source>Enter a colour as #RRGGBB, for example #0a2540.</source>
            <translation>Geben Sie eine Farbe als #RRGGBB ein, zum Beispiel #0a2540.</translation>
        </message>
        <message>
            <source>Express Dashboard · you control branding</source>
            <translation>Express-Dashboard · Sie steuern das Branding</translation>
        </message>
        <message>
            <source>Full Dashboard · manages its own branding</source>
            <translation>Volles Dashboard · verwaltet sein Branding selbst</translation>
        </message>
        <message>
            <source>Icon and both colours set</source>
            <translation>Symbol und beide Farben gesetzt</translation>
        </message>
        <message>
            <source>No Stripe Dashboard · you control branding</source>
            <translation>Kein Stripe-Dashboard · Sie steuern das Branding</translation>
        </message>
        <message>
            <source>No current subscriptions with this account in the cache.</source>
            <translation>Keine aktuellen Abonnements mit diesem Konto im Cache.</translation>
        </message>
        <message>
            <source>Stripe accepts JPEG, PNG or GIF images for {purpose}; this file is {found}.</source>
            <translation>Stripe akzeptiert für {purpose} JPEG-, PNG- oder GIF-Bilder; diese Datei ist {found}.</translation>
        </message>
        <message>
            <source>The file is empty. Choose an image with content.</source>
            <translation>Die Datei ist leer. Wählen Sie ein Bild mit Inhalt.</translation>
        </message>
        <message>
            <source>The file is {size}; Stripe accepts at most 512 KB for files with purpose {purpose}. Export a smaller image (fewer pixels or stronger compression).</source>
            <translation>Die Datei ist {size} groß; Stripe akzeptiert für Dateien mit dem Zweck {purpose} höchstens 512 KB. Exportieren Sie ein kleineres Bild (weniger Pixel oder stärkere Komprimierung).</translation>
        </message>
        <message>
            <source>The file's content is {content} but its name ends in .{ext}; Stripe refuses files whose content and extension disagree. Rename it or export it again.</source>
            <translation>Der Inhalt der Datei ist {content}, ihr Name endet aber auf .{ext}; Stripe lehnt Dateien ab, deren Inhalt und Endung nicht zusammenpassen. Benennen Sie sie um oder exportieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The icon is not square ({width}×{height}); the portal crops it to a circle.</source>
            <translation>Das Symbol ist nicht quadratisch ({width}×{height}); das Portal schneidet es kreisförmig zu.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels, below Stripe's minimum of 128×128: upload a larger one.</source>
            <translation>Das Symbol hat {width}×{height} Pixel, weniger als Stripes Minimum von 128×128: Laden Sie ein größeres hoch.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels: Stripe accepts it, but it can look soft on high-density screens. 512×512 keeps it sharp everywhere.</source>
            <translation>Das Symbol hat {width}×{height} Pixel: Stripe akzeptiert es, auf hochauflösenden Bildschirmen kann es aber unscharf wirken. Mit 512×512 bleibt es überall scharf.</translation>
        </message>
        <message>
            <source>The icon must be square; this image is {width}×{height} pixels. Crop it to a square (at least 128×128).</source>
            <translation>Das Symbol muss quadratisch sein; dieses Bild hat {width}×{height} Pixel. Schneiden Sie es quadratisch zu (mindestens 128×128).</translation>
        </message>
        <message>
            <source>The image's width and height cannot be read; the file may be damaged.</source>
            <translation>Breite und Höhe des Bildes sind nicht lesbar; die Datei ist möglicherweise beschädigt.</translation>
        </message>
        <message>
            <source>The logo is very wide ({width}×{height}); it is shrunk to fit and may be hard to read. Prefer a logo at most 6 times as wide as it is tall.</source>
            <translation>Das Logo ist sehr breit ({width}×{height}); es wird passend verkleinert und ist dann womöglich schwer lesbar. Besser ist ein Logo, das höchstens 6-mal so breit wie hoch ist.</translation>
        </message>
        <message>
            <source>The logo is {width}×{height} pixels, below Stripe's minimum of 128×128.</source>
            <translation>Das Logo hat {width}×{height} Pixel, weniger als Stripes Minimum von 128×128.</translation>
        </message>
        <message>
            <source>The {kind} must be at least 128×128 pixels; this image is {width}×{height}.</source>
            <translation>{kind}: mindestens 128×128 Pixel erforderlich; dieses Bild hat {width}×{height}.</translation>
        </message>
        <message>
            <source>Their branding: {0} subscriptions · yours: {1}</source>
            <translation>Deren Branding: {0} Abonnements · Ihres: {1}</translation>
        </message>
        <message>
            <source>This is your own account. Stripe's API cannot change its branding: change it in the Stripe Dashboard under Settings → Branding. Edits here are a what-if preview and are not saved to Stripe.</source>
            <translation>Das ist Ihr eigenes Konto. Die Stripe-API kann sein Branding nicht ändern: Ändern Sie es im Stripe-Dashboard unter Einstellungen → Branding. Änderungen hier sind eine Was-wäre-wenn-Vorschau und werden nicht in Stripe gespeichert.</translation>
        </message>
        <message>
            <source>Your own customers, and customers of destination charges, see this.</source>
            <translation>Das sehen Ihre eigenen Kunden und die Kunden von Destination Charges.</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Ihre Plattform</translation>
        </message>
        <message>
            <source>Your platform controls {account}, so its branding is saved through the Accounts API (settings.branding).</source>
            <translation>Ihre Plattform steuert {account}; sein Branding wird daher über die Accounts-API gespeichert (settings.branding).</translation>
        </message>
        <message>
            <source>{account} has full Stripe Dashboard access and manages its own branding (Settings → Branding in its Dashboard); the platform may only change its metadata. Edits here are a what-if preview you can share with them.</source>
            <translation>{account} hat vollen Zugriff auf das Stripe-Dashboard und verwaltet sein Branding selbst (Einstellungen → Branding in seinem Dashboard); die Plattform darf nur seine Metadaten ändern. Änderungen hier sind eine Was-wäre-wenn-Vorschau, die Sie mit dem Konto teilen können.</translation>
        </message>
        <message>
            <source>“{text}” is not a hex colour: use # and six hex digits (0–9, a–f), for example #0a2540.</source>
            <translation>„{text}“ ist keine Hex-Farbe: Verwenden Sie # und sechs Hex-Ziffern (0–9, a–f), zum Beispiel #0a2540.</translation>
        </message>
        <message>
            <source>No icon</source>
            <translation>Kein Symbol</translation>
        </message>
        <message>
            <source>No brand colour</source>
            <translation>Keine Markenfarbe</translation>
        </message>
        <message>
            <source>No accent colour</source>
            <translation>Keine Akzentfarbe</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{message} (request {request_id})</source>
            <translation>{message} (Anfrage {request_id})</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Another request is changing this object at the same moment. Wait a moment and try again.</source>
            <translation>Eine andere Anfrage ändert dieses Objekt im selben Moment. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Can't reach Stripe. Check your internet connection (and the API address, if you set one) and try again.</source>
            <translation>Stripe ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung (und die API-Adresse, falls Sie eine festgelegt haben) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Can't reach Stripe: {detail}. Check your internet connection and try again.</source>
            <translation>Stripe ist nicht erreichbar: {detail}. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Checkout Sessions</source>
            <translation>Checkout-Sitzungen</translation>
        </message>
        <message>
            <source>Choose what happens to invoices while collection is paused.</source>
            <translation>Wählen Sie, was mit Rechnungen geschieht, während der Zahlungseinzug pausiert ist.</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Gutscheine</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>Gutschriften</translation>
        </message>
        <message>
            <source>Customer portal</source>
            <translation>Kundenportal</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>File {file} is larger than a branding image can be.</source>
            <translation>Die Datei {file} ist größer, als ein Branding-Bild sein darf.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <source>No key was entered. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Es wurde kein Schlüssel eingegeben. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar (das konfigurierte Backend, {backend}, speichert Schlüssel in einer Datei). Installieren und entsperren Sie GNOME Keyring oder KWallet (Debian/Ubuntu: sudo apt install gnome-keyring) oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar (das konfigurierte Backend, {backend}, speichert Schlüssel in einer Datei). Stellen Sie sicher, dass die Windows-Anmeldeinformationsverwaltung verfügbar ist, oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar (das konfigurierte Backend, {backend}, speichert Schlüssel in einer Datei). Stellen Sie sicher, dass der macOS-Schlüsselbund „Anmeldung“ verfügbar und entsperrt ist, oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar. Installieren und entsperren Sie GNOME Keyring oder KWallet (Debian/Ubuntu: sudo apt install gnome-keyring) oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar. Stellen Sie sicher, dass die Windows-Anmeldeinformationsverwaltung verfügbar ist, oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Es ist kein sicherer Schlüsselbund verfügbar. Stellen Sie sicher, dass der macOS-Schlüsselbund „Anmeldung“ verfügbar und entsperrt ist, oder setzen Sie {variable} für die Verwendung in Skripten. Counterfoil speichert Schlüssel nie in einer unverschlüsselten Datei.</translation>
        </message>
        <message>
            <source>PaymentIntents</source>
            <translation>PaymentIntents</translation>
        </message>
        <message>
            <source>PaymentMethods</source>
            <translation>PaymentMethods</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Pläne</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Promotion codes</source>
            <translation>Promo-Codes</translation>
        </message>
        <message>
            <source>Refusing to send a live-mode key to {address}: live keys only go to Stripe or to this computer. Unset {variable} (or the API address) to use Stripe.</source>
            <translation>Ein Schlüssel für den Live-Modus wird nicht an {address} gesendet: Live-Schlüssel gehen nur an Stripe oder an diesen Computer. Entfernen Sie {variable} (oder die API-Adresse), um Stripe zu verwenden.</translation>
        </message>
        <message>
            <source>Remove the quotation marks around the key and paste it again.</source>
            <translation>Entfernen Sie die Anführungszeichen um den Schlüssel und fügen Sie ihn erneut ein.</translation>
        </message>
        <message>
            <source>Restricted keys can't be used for this at all; use a secret key (sk_…) for this account instead.</source>
            <translation>Eingeschränkte Schlüssel können hierfür überhaupt nicht verwendet werden; verwenden Sie stattdessen einen geheimen Schlüssel (sk_…) für dieses Konto.</translation>
        </message>
        <message>
            <source>SetupIntents</source>
            <translation>SetupIntents</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error_type}: {detail}).</source>
            <translation>Etwas Unerwartetes ist schiefgegangen ({error_type}: {detail}).</translation>
        </message>
        <message>
            <source>Stripe gives no download address for file {file}.</source>
            <translation>Stripe liefert keine Download-Adresse für die Datei {file}.</translation>
        </message>
        <message>
            <source>Stripe is limiting how fast this key may make requests. Counterfoil will slow down; try again in a moment.</source>
            <translation>Stripe begrenzt, wie schnell dieser Schlüssel Anfragen stellen darf. Counterfoil wird langsamer; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again.</source>
            <translation>Stripe hat es abgelehnt, eine frühere Anfrage zu wiederholen, weil sich deren Details inzwischen geändert haben. Laden Sie neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again. Stripe said: {stripe_message}</source>
            <translation>Stripe hat es abgelehnt, eine frühere Anfrage zu wiederholen, weil sich deren Details inzwischen geändert haben. Laden Sie neu und versuchen Sie es erneut. Stripe meldete: {stripe_message}</translation>
        </message>
        <message>
            <source>Stripe rejected the request as invalid.</source>
            <translation>Stripe hat die Anfrage als ungültig abgelehnt.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}). Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe hat einen Fehler gemeldet (HTTP {status}). Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie auf status.stripe.com nach.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}): {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe hat einen Fehler gemeldet (HTTP {status}): {stripe_message} Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie auf status.stripe.com nach.</translation>
        </message>
        <message>
            <source>Stripe reported an error. Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie auf status.stripe.com nach.</translation>
        </message>
        <message>
            <source>Stripe reported an error: {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe hat einen Fehler gemeldet: {stripe_message} Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie auf status.stripe.com nach.</translation>
        </message>
        <message>
            <source>Stripe's answer could not be read (HTTP {status}): it is not a JSON object. Try again; if it keeps happening, check status.stripe.com (and the API address, if you set one).</source>
            <translation>Die Antwort von Stripe konnte nicht gelesen werden (HTTP {status}): Sie ist kein JSON-Objekt. Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie auf status.stripe.com nach (und prüfen Sie die API-Adresse, falls Sie eine festgelegt haben).</translation>
        </message>
        <message>
            <source>Stripe's answer did not name an account; is the API address right?</source>
            <translation>Die Antwort von Stripe nannte kein Konto; ist die API-Adresse richtig?</translation>
        </message>
        <message>
            <source>Subscription schedules</source>
            <translation>Abonnementpläne</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Tax rates</source>
            <translation>Steuersätze</translation>
        </message>
        <message>
            <source>The API address {address} is not an http(s) URL. Use something like http://127.0.0.1:12111 (or leave it empty to talk to Stripe).</source>
            <translation>Die API-Adresse {address} ist keine http(s)-URL. Verwenden Sie etwa http://127.0.0.1:12111 (oder lassen Sie sie leer, um mit Stripe zu sprechen).</translation>
        </message>
        <message>
            <source>The API address {address} must not contain '?' or '#'.</source>
            <translation>Die API-Adresse {address} darf kein „?“ oder „#“ enthalten.</translation>
        </message>
        <message>
            <source>The account list {path} is damaged ({detail}). Repair or delete it and add your accounts again; keys already in the keyring are not affected.</source>
            <translation>Die Kontenliste {path} ist beschädigt ({detail}). Reparieren oder löschen Sie sie und fügen Sie Ihre Konten erneut hinzu; Schlüssel, die bereits im Schlüsselbund sind, sind nicht betroffen.</translation>
        </message>
        <message>
            <source>The key contains characters a Stripe key never has; copy it again. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Der Schlüssel enthält Zeichen, die ein Stripe-Schlüssel nie enthält; kopieren Sie ihn erneut. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>The key contains spaces or line breaks, so it was probably copied together with other text. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Der Schlüssel enthält Leerzeichen oder Zeilenumbrüche und wurde daher wahrscheinlich zusammen mit anderem Text kopiert. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>The key for '{name}' is missing from the system keyring. Add the account again with a current key.</source>
            <translation>Der Schlüssel für „{name}“ fehlt im Schlüsselbund des Systems. Fügen Sie das Konto mit einem aktuellen Schlüssel erneut hinzu.</translation>
        </message>
        <message>
            <source>The resume date must be in the future. Pick a later date, or leave it empty to pause until you resume collection yourself.</source>
            <translation>Das Fortsetzungsdatum muss in der Zukunft liegen. Wählen Sie ein späteres Datum oder lassen Sie es leer, um zu pausieren, bis Sie den Zahlungseinzug selbst fortsetzen.</translation>
        </message>
        <message>
            <source>The system keyring accepted the key but did not keep it; check that it is unlocked and working.</source>
            <translation>Der Schlüsselbund des Systems hat den Schlüssel angenommen, aber nicht behalten; prüfen Sie, ob er entsperrt ist und funktioniert.</translation>
        </message>
        <message>
            <source>The system keyring failed ({error_type}). Make sure it is running and unlocked, then try again.</source>
            <translation>Der Schlüsselbund des Systems ist fehlgeschlagen ({error_type}). Stellen Sie sicher, dass er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
            <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The system keyring refused the request: {detail}. Make sure it is running and unlocked, then try again.</source>
            <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt: {detail}. Stellen Sie sicher, dass er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>This demo session has ended; start the demo again.</source>
            <translation>Diese Demo-Sitzung ist beendet; starten Sie die Demo erneut.</translation>
        </message>
        <message>
            <source>This doesn't look like a Stripe API key: keys start with sk_live_, sk_test_, rk_live_ or rk_test_. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Das sieht nicht wie ein Stripe-API-Schlüssel aus: Schlüssel beginnen mit sk_live_, sk_test_, rk_live_ oder rk_test_. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>This is a publishable key (pk_…), which can't read or change billing data; paste a secret key (sk_…) or restricted key (rk_…) instead.</source>
            <translation>Das ist ein veröffentlichbarer Schlüssel (pk_…), der keine Abrechnungsdaten lesen oder ändern kann; fügen Sie stattdessen einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) ein.</translation>
        </message>
        <message>
            <source>This is a webhook signing secret (whsec_…), not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Das ist ein Webhook-Signaturgeheimnis (whsec_…), kein API-Schlüssel. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>This is an account or client id, not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Das ist eine Konto- oder Client-ID, kein API-Schlüssel. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>This is longer than any Stripe key; it may be several keys pasted together. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Das ist länger als jeder Stripe-Schlüssel; möglicherweise wurden mehrere Schlüssel zusammen eingefügt. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>This key is masked or shortened (it contains * or …). Reveal the key in the Stripe Dashboard → Developers → API keys and copy it whole.</source>
            <translation>Dieser Schlüssel ist maskiert oder gekürzt (er enthält * oder …). Lassen Sie den Schlüssel im Stripe-Dashboard → Entwickler → API-Schlüssel anzeigen und kopieren Sie ihn vollständig.</translation>
        </message>
        <message>
            <source>This key is too short; it was probably cut off while copying. Copy it again from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Dieser Schlüssel ist zu kurz; er wurde beim Kopieren wahrscheinlich abgeschnitten. Kopieren Sie ihn erneut aus dem Stripe-Dashboard → Entwickler → API-Schlüssel.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that.</source>
            <translation>Dieser Schlüssel darf das nicht.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that: {stripe_message}</source>
            <translation>Dieser Schlüssel darf das nicht: {stripe_message}</translation>
        </message>
        <message>
            <source>This key was rejected by Stripe (revoked or mistyped). Copy a current secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys and add the account again.</source>
            <translation>Stripe hat diesen Schlüssel abgelehnt (widerrufen oder falsch eingegeben). Kopieren Sie einen aktuellen geheimen Schlüssel (sk_…) oder eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard → Entwickler → API-Schlüssel und fügen Sie das Konto erneut hinzu.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{permission}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>Diesem eingeschränkten Schlüssel fehlt die Berechtigung „{permission}“ ({permission}). Erteilen Sie sie dem Schlüssel im Stripe-Dashboard → Entwickler → API-Schlüssel oder verwenden Sie einen Schlüssel, der sie hat.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{resource}: {access}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>Diesem eingeschränkten Schlüssel fehlt die Berechtigung „{resource}: {access}“ ({permission}). Erteilen Sie sie dem Schlüssel im Stripe-Dashboard → Entwickler → API-Schlüssel oder verwenden Sie einen Schlüssel, der sie hat.</translation>
        </message>
        <message>
            <source>Webhook endpoints</source>
            <translation>Webhook-Endpoints</translation>
        </message>
        <message>
            <source>read</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>write</source>
            <translation>Schreiben</translation>
        </message>
    </context>
    <context>
        <name>panels</name>
        <message>
            <source>Portal configuration</source>
            <translation>Portalkonfiguration</translation>
        </message>
        <message>
            <source>Decide what your customers can do in the Stripe customer portal.</source>
            <translation>Legen Sie fest, was Ihre Kunden im Stripe-Kundenportal tun können.</translation>
        </message>
        <message>
            <source>List, create and edit customer portal configurations</source>
            <translation>Kundenportal-Konfigurationen auflisten, erstellen und bearbeiten</translation>
        </message>
        <message>
            <source>Choose features: payment methods, cancellations, plan switching, invoice history</source>
            <translation>Funktionen wählen: Zahlungsmethoden, Kündigungen, Tarifwechsel, Rechnungsverlauf</translation>
        </message>
        <message>
            <source>Set the business headline, privacy policy and terms links</source>
            <translation>Unternehmens-Überschrift sowie Links zu Datenschutzerklärung und AGB festlegen</translation>
        </message>
        <message>
            <source>Pick the default configuration and preview the portal for a customer</source>
            <translation>Standardkonfiguration wählen und das Portal für einen Kunden in der Vorschau ansehen</translation>
        </message>
        <message>
            <source>Branding</source>
            <translation>Branding</translation>
        </message>
        <message>
            <source>Make the portal, Checkout and invoices look like your business.</source>
            <translation>Gestalten Sie Portal, Checkout und Rechnungen im Stil Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>Upload an icon and a logo</source>
            <translation>Symbol und Logo hochladen</translation>
        </message>
        <message>
            <source>Set brand and accent colours, with a live preview</source>
            <translation>Marken- und Akzentfarbe festlegen, mit Live-Vorschau</translation>
        </message>
        <message>
            <source>Check contrast so buttons stay readable</source>
            <translation>Kontrast prüfen, damit Schaltflächen lesbar bleiben</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Find any customer instantly, even offline, from the local cache.</source>
            <translation>Finden Sie jeden Kunden sofort, auch offline, im lokalen Cache.</translation>
        </message>
        <message>
            <source>Search by name, email or id across every synced customer</source>
            <translation>Nach Name, E-Mail oder ID in allen synchronisierten Kunden suchen</translation>
        </message>
        <message>
            <source>See subscriptions, invoices and payment methods at a glance</source>
            <translation>Abonnements, Rechnungen und Zahlungsmethoden auf einen Blick sehen</translation>
        </message>
        <message>
            <source>Open a customer portal session for a customer</source>
            <translation>Eine Kundenportal-Sitzung für einen Kunden öffnen</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>See your connected accounts and work on their behalf.</source>
            <translation>Sehen Sie Ihre verbundenen Konten und arbeiten Sie in deren Namen.</translation>
        </message>
        <message>
            <source>List connected accounts with their onboarding and payout status</source>
            <translation>Verbundene Konten mit Onboarding- und Auszahlungsstatus auflisten</translation>
        </message>
        <message>
            <source>Open an account's portal and branding settings</source>
            <translation>Portal- und Branding-Einstellungen eines Kontos öffnen</translation>
        </message>
        <message>
            <source>Paused collections</source>
            <translation>Pausierte Zahlungseinzüge</translation>
        </message>
        <message>
            <source>Keep track of subscriptions whose payment collection is paused.</source>
            <translation>Behalten Sie Abonnements mit pausiertem Zahlungseinzug im Blick.</translation>
        </message>
        <message>
            <source>List paused subscriptions with how they were paused and until when</source>
            <translation>Pausierte Abonnements auflisten, mit Art und Dauer der Pause</translation>
        </message>
        <message>
            <source>Pause and resume collection, one at a time or in bulk</source>
            <translation>Zahlungseinzug pausieren und fortsetzen, einzeln oder gesammelt</translation>
        </message>
    </context>
    <context>
        <name>paused</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Gekündigt</translation>
        </message>
        <message>
            <source>Charge automatically</source>
            <translation>Automatisch belasten</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Unvollständig, abgelaufen</translation>
        </message>
        <message>
            <source>Invoices marked uncollectible</source>
            <translation>Rechnungen als uneinbringlich markiert</translation>
        </message>
        <message>
            <source>Invoices stay drafts</source>
            <translation>Rechnungen bleiben Entwürfe</translation>
        </message>
        <message>
            <source>Invoices voided</source>
            <translation>Rechnungen storniert</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Als Entwurf behalten</translation>
        </message>
        <message>
            <source>Mark uncollectible</source>
            <translation>Als uneinbringlich markieren</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Send invoice</source>
            <translation>Rechnung senden</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately marks it uncollectible: the customer is not charged and no reminders go out. Use this when you don't expect to be paid for the paused periods.</source>
            <translation>Stripe finalisiert jede Rechnung und markiert sie sofort als uneinbringlich: Der Kunde wird nicht belastet und erhält keine Erinnerungen. Wählen Sie dies, wenn Sie für die pausierten Zeiträume keine Zahlung erwarten.</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately voids it: the paused periods are never billed, as if they were free.</source>
            <translation>Stripe finalisiert jede Rechnung und storniert sie sofort: Die pausierten Zeiträume werden nie berechnet, als wären sie kostenlos.</translation>
        </message>
        <message>
            <source>Stripe keeps creating invoices but leaves them as drafts: nothing is sent or charged. When collection resumes you can finalise and collect them.</source>
            <translation>Stripe erstellt weiter Rechnungen, lässt sie aber als Entwürfe: Nichts wird gesendet oder belastet. Wenn der Zahlungseinzug fortgesetzt wird, können Sie sie finalisieren und einziehen.</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>Testphase</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Uneinbringlich</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unbezahlt</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>mixed intervals</source>
            <translation>gemischte Intervalle</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>≈ {0} / month</source>
            <translation>≈ {0} / Monat</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>Void</source>
            <comment>invoice status</comment>
            <translation>Storniert</translation>
        </message>
    </context>
    <context>
        <name>portal_config</name>
        <message>
            <source> ({0} to {1})</source>
            <translation> ({0} bis {1})</translation>
        </message>
        <message>
            <source> and ask for a reason</source>
            <translation> und nach einem Grund fragen</translation>
        </message>
        <message>
            <source> with credit for unused time</source>
            <translation> mit Gutschrift für ungenutzte Zeit</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht gesetzt)</translation>
        </message>
        <message>
            <source>1 {0}</source>
            <translation>1 {0}</translation>
        </message>
        <message>
            <source>A pause can last at most three years ({0}).</source>
            <translation>Eine Pause darf höchstens drei Jahre dauern ({0}).</translation>
        </message>
        <message>
            <source>A pause lasts at least 1 {0}.</source>
            <translation>Eine Pause dauert mindestens 1 {0}.</translation>
        </message>
        <message>
            <source>A plan change starts a new billing period</source>
            <translation>Ein Tarifwechsel startet einen neuen Abrechnungszeitraum</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Add at least one pause length customers can choose, or let them pause until they resume.</source>
            <translation>Fügen Sie mindestens eine wählbare Pausendauer hinzu oder lassen Sie Kunden pausieren, bis sie fortsetzen.</translation>
        </message>
        <message>
            <source>Ask for a cancellation reason</source>
            <translation>Nach einem Kündigungsgrund fragen</translation>
        </message>
        <message>
            <source>At the end of the billing period</source>
            <translation>Zum Ende des Abrechnungszeitraums</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Rechnungsadresse</translation>
        </message>
        <message>
            <source>Billing date after a change</source>
            <translation>Abrechnungsdatum nach einer Änderung</translation>
        </message>
        <message>
            <source>Business information</source>
            <translation>Unternehmensangaben</translation>
        </message>
        <message>
            <source>CANNOT MAP</source>
            <translation>NICHT ZUORDENBAR</translation>
        </message>
        <message>
            <source>Can add and change payment methods</source>
            <translation>Können Zahlungsmethoden hinzufügen und ändern</translation>
        </message>
        <message>
            <source>Can apply a promotion code when changing plan</source>
            <translation>Können beim Tarifwechsel einen Promo-Code einlösen</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect at the end of the billing period</source>
            <translation>Können kündigen; Kündigungen wirken zum Ende des Abrechnungszeitraums</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect immediately</source>
            <translation>Können kündigen; Kündigungen wirken sofort</translation>
        </message>
        <message>
            <source>Can change the quantity</source>
            <translation>Können die Menge ändern</translation>
        </message>
        <message>
            <source>Can change the quantity of {0}</source>
            <translation>Können die Menge von {0} ändern</translation>
        </message>
        <message>
            <source>Can pause for {0}</source>
            <translation>Können für {0} pausieren</translation>
        </message>
        <message>
            <source>Can pause until they choose to resume</source>
            <translation>Können pausieren, bis sie selbst fortsetzen</translation>
        </message>
        <message>
            <source>Can see and download past invoices</source>
            <translation>Können frühere Rechnungen sehen und herunterladen</translation>
        </message>
        <message>
            <source>Can sign in on their own with a link sent to their email</source>
            <translation>Können sich selbst über einen per E-Mail gesendeten Link anmelden</translation>
        </message>
        <message>
            <source>Can switch between the prices of {0}</source>
            <translation>Können zwischen den Preisen von {0} wechseln</translation>
        </message>
        <message>
            <source>Can switch between {0}</source>
            <translation>Können zwischen {0} wechseln</translation>
        </message>
        <message>
            <source>Can update their {0}</source>
            <translation>Können Folgendes aktualisieren: {0}</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Kündigungsgrund</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Kündigungen</translation>
        </message>
        <message>
            <source>Cancellations are off, so asking for a cancellation reason has no effect. Turn cancellations on, or stop asking for a reason.</source>
            <translation>Kündigungen sind aus; die Frage nach einem Grund hat daher keine Wirkung. Schalten Sie Kündigungen ein oder fragen Sie nicht mehr nach einem Grund.</translation>
        </message>
        <message>
            <source>Cannot be mapped:</source>
            <translation>Nicht zuordenbar:</translation>
        </message>
        <message>
            <source>Cannot cancel in the portal</source>
            <translation>Können im Portal nicht kündigen</translation>
        </message>
        <message>
            <source>Cannot change payment methods</source>
            <translation>Können Zahlungsmethoden nicht ändern</translation>
        </message>
        <message>
            <source>Cannot change the quantity</source>
            <translation>Können die Menge nicht ändern</translation>
        </message>
        <message>
            <source>Cannot change their name, email or addresses</source>
            <translation>Können Name, E-Mail und Adressen nicht ändern</translation>
        </message>
        <message>
            <source>Cannot pause</source>
            <translation>Können nicht pausieren</translation>
        </message>
        <message>
            <source>Cannot see past invoices</source>
            <translation>Können frühere Rechnungen nicht sehen</translation>
        </message>
        <message>
            <source>Cannot switch plans or change quantities</source>
            <translation>Können weder Tarif noch Menge ändern</translation>
        </message>
        <message>
            <source>Cannot switch to another plan</source>
            <translation>Können nicht zu einem anderen Tarif wechseln</translation>
        </message>
        <message>
            <source>Changing plan during a trial</source>
            <translation>Tarifwechsel im Testzeitraum</translation>
        </message>
        <message>
            <source>Changing plan during a trial ends the trial</source>
            <translation>Ein Tarifwechsel im Testzeitraum beendet den Test</translation>
        </message>
        <message>
            <source>Changing plan during a trial keeps the trial</source>
            <translation>Ein Tarifwechsel im Testzeitraum behält den Test bei</translation>
        </message>
        <message>
            <source>Choose what customers can change (plan, quantity or promotion codes), or turn plan changes off.</source>
            <translation>Legen Sie fest, was Kunden ändern können (Tarif, Menge oder Promo-Codes), oder schalten Sie Tarifwechsel aus.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <source>Configuration {0} in the file has no settings.</source>
            <translation>Konfiguration {0} in der Datei hat keine Einstellungen.</translation>
        </message>
        <message>
            <source>Configuration “{0}”</source>
            <translation>Konfiguration „{0}“</translation>
        </message>
        <message>
            <source>Credit and invoice at once (not allowed for cancellations)</source>
            <translation>Sofort gutschreiben und abrechnen (bei Kündigungen nicht erlaubt)</translation>
        </message>
        <message>
            <source>Credit for unused time on cancellation</source>
            <translation>Gutschrift für ungenutzte Zeit bei Kündigung</translation>
        </message>
        <message>
            <source>Credit the unused time</source>
            <translation>Ungenutzte Zeit gutschreiben</translation>
        </message>
        <message>
            <source>Credit the unused time (immediate cancellations only)</source>
            <translation>Ungenutzte Zeit gutschreiben (nur bei sofortiger Kündigung)</translation>
        </message>
        <message>
            <source>Custom feedback options</source>
            <translation>Eigene Feedback-Optionen</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Kundeninformationen</translation>
        </message>
        <message>
            <source>Customer service was less than expected</source>
            <translation>Der Kundenservice war schlechter als erwartet</translation>
        </message>
        <message>
            <source>Customers can cancel subscriptions</source>
            <translation>Kunden können Abonnements kündigen</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Kunden können die Menge ändern</translation>
        </message>
        <message>
            <source>Customers can change their plan</source>
            <translation>Kunden können ihren Tarif wechseln</translation>
        </message>
        <message>
            <source>Customers can choose between at most {0} products; this lists {1}. Remove {2}.</source>
            <translation>Kunden können zwischen höchstens {0} Produkten wählen; hier sind es {1}. Entfernen Sie {2}.</translation>
        </message>
        <message>
            <source>Customers can pause subscriptions</source>
            <translation>Kunden können Abonnements pausieren</translation>
        </message>
        <message>
            <source>Customers can update payment methods</source>
            <translation>Kunden können Zahlungsmethoden aktualisieren</translation>
        </message>
        <message>
            <source>Customers can update their information</source>
            <translation>Kunden können ihre Angaben aktualisieren</translation>
        </message>
        <message>
            <source>Customers can update their information, but no item is ticked, so there is nothing they can change. Tick what they may update, or turn this off.</source>
            <translation>Kunden können ihre Angaben aktualisieren, aber nichts ist angehakt, also können sie nichts ändern. Haken Sie an, was sie aktualisieren dürfen, oder schalten Sie dies aus.</translation>
        </message>
        <message>
            <source>Customers paying in {0} can't switch between products whose prices have different tax behaviour ({1}).</source>
            <translation>Kunden, die in {0} zahlen, können nicht zwischen Produkten wechseln, deren Preise ein unterschiedliches Steuerverhalten haben ({1}).</translation>
        </message>
        <message>
            <source>Customers will be asked why they cancel but offered no reason to pick. Tick at least one reason.</source>
            <translation>Kunden werden nach dem Kündigungsgrund gefragt, bekommen aber keinen zur Auswahl. Haken Sie mindestens einen Grund an.</translation>
        </message>
        <message>
            <source>Don't prorate</source>
            <translation>Nicht anteilig verrechnen</translation>
        </message>
        <message>
            <source>Downgrades and shorter billing periods start at the end of the period</source>
            <translation>Downgrades und kürzere Abrechnungszeiträume beginnen zum Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Downgrades start at the end of the period</source>
            <translation>Downgrades beginnen zum Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Ease of use was less than expected</source>
            <translation>Die Bedienung war schwieriger als erwartet</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>End the trial and charge now</source>
            <translation>Test beenden und jetzt belasten</translation>
        </message>
        <message>
            <source>Every metadata entry needs a key.</source>
            <translation>Jeder Metadaten-Eintrag braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Funktionen</translation>
        </message>
        <message>
            <source>For one of the lengths below</source>
            <translation>Für eine der folgenden Dauern</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>How long customers can pause</source>
            <translation>Wie lange Kunden pausieren können</translation>
        </message>
        <message>
            <source>I don't use the service enough</source>
            <translation>Ich nutze den Service zu wenig</translation>
        </message>
        <message>
            <source>I'm switching to a different service</source>
            <translation>Ich wechsle zu einem anderen Service</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Sofort</translation>
        </message>
        <message>
            <source>Information customers can update</source>
            <translation>Angaben, die Kunden aktualisieren können</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Rechnungsverlauf</translation>
        </message>
        <message>
            <source>It's too expensive</source>
            <translation>Es ist zu teuer</translation>
        </message>
        <message>
            <source>Keep the current billing date</source>
            <translation>Aktuelles Abrechnungsdatum beibehalten</translation>
        </message>
        <message>
            <source>Keep the trial going</source>
            <translation>Test weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Anmeldeseite</translation>
        </message>
        <message>
            <source>Login page link</source>
            <translation>Link zur Anmeldeseite</translation>
        </message>
        <message>
            <source>Manage downgrades</source>
            <translation>Downgrades verwalten</translation>
        </message>
        <message>
            <source>Maximum quantity</source>
            <translation>Höchstmenge</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Metadata keys can't contain square brackets: “{0}”.</source>
            <translation>Metadaten-Schlüssel dürfen keine eckigen Klammern enthalten: „{0}“.</translation>
        </message>
        <message>
            <source>Metadata “{0}”</source>
            <translation>Metadaten „{0}“</translation>
        </message>
        <message>
            <source>Minimum quantity</source>
            <translation>Mindestmenge</translation>
        </message>
        <message>
            <source>Moves to a shorter billing period start at the end of the period</source>
            <translation>Wechsel zu einem kürzeren Abrechnungszeitraum beginnen zum Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name (only you see it)</source>
            <translation>Name (nur für Sie sichtbar)</translation>
        </message>
        <message>
            <source>No credit</source>
            <translation>Keine Gutschrift</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Anzahl der Einheiten</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Order of the products offered</source>
            <translation>Reihenfolge der angebotenen Produkte</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Anderer Grund</translation>
        </message>
        <message>
            <source>Pause length</source>
            <translation>Pausendauer</translation>
        </message>
        <message>
            <source>Pause lengths offered</source>
            <translation>Angebotene Pausendauern</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Payment method configuration</source>
            <translation>Zahlungsmethodenkonfiguration</translation>
        </message>
        <message>
            <source>Payment method configuration {0} belongs to the source account; the target account's default payment methods are used instead</source>
            <translation>Zahlungsmethodenkonfiguration {0} gehört zum Quellkonto; stattdessen werden die Standard-Zahlungsmethoden des Zielkontos verwendet</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Zahlungsmethoden</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Pick a product.</source>
            <translation>Wählen Sie ein Produkt.</translation>
        </message>
        <message>
            <source>Pick at least one price of {0} for customers to switch to.</source>
            <translation>Wählen Sie mindestens einen Preis von {0}, zu dem Kunden wechseln können.</translation>
        </message>
        <message>
            <source>Pick at least one product that customers can switch between, or turn plan changes off.</source>
            <translation>Wählen Sie mindestens ein Produkt, zwischen dem Kunden wechseln können, oder schalten Sie Tarifwechsel aus.</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Tarifwechsel</translation>
        </message>
        <message>
            <source>Plan changes are not prorated</source>
            <translation>Tarifwechsel werden nicht anteilig verrechnet</translation>
        </message>
        <message>
            <source>Plan changes are off, so the products and options below have no effect (they are kept for when you turn plan changes on).</source>
            <translation>Tarifwechsel sind aus; die Produkte und Optionen unten haben daher keine Wirkung (sie bleiben erhalten, bis Sie Tarifwechsel einschalten).</translation>
        </message>
        <message>
            <source>Plan changes are prorated and invoiced at once</source>
            <translation>Tarifwechsel werden anteilig verrechnet und sofort abgerechnet</translation>
        </message>
        <message>
            <source>Plan changes are prorated on the next invoice</source>
            <translation>Tarifwechsel werden auf der nächsten Rechnung anteilig verrechnet</translation>
        </message>
        <message>
            <source>Plan changes are turned off: none of the products could be mapped</source>
            <translation>Tarifwechsel sind ausgeschaltet: Keines der Produkte war zuordenbar</translation>
        </message>
        <message>
            <source>Plan changes take effect immediately</source>
            <translation>Tarifwechsel gelten sofort</translation>
        </message>
        <message>
            <source>Plan changes › {0}</source>
            <translation>Tarifwechsel › {0}</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>Privacy policy link</source>
            <translation>Link zur Datenschutzerklärung</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Products and prices offered</source>
            <translation>Angebotene Produkte und Preise</translation>
        </message>
        <message>
            <source>Prorate and invoice immediately</source>
            <translation>Anteilig verrechnen und sofort abrechnen</translation>
        </message>
        <message>
            <source>Prorate plan changes</source>
            <translation>Tarifwechsel anteilig verrechnen</translation>
        </message>
        <message>
            <source>Prorate, charge on the next invoice</source>
            <translation>Anteilig verrechnen, auf der nächsten Rechnung berechnen</translation>
        </message>
        <message>
            <source>Quality was less than expected</source>
            <translation>Die Qualität war schlechter als erwartet</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Reach the portal only through a link from your app</source>
            <translation>Erreichen das Portal nur über einen Link aus Ihrer App</translation>
        </message>
        <message>
            <source>Reasons customers can pick</source>
            <translation>Gründe, die Kunden wählen können</translation>
        </message>
        <message>
            <source>Return link</source>
            <translation>Rückkehr-Link</translation>
        </message>
        <message>
            <source>Return to {0} when they leave</source>
            <translation>Kehren beim Verlassen zu {0} zurück</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Lieferadresse</translation>
        </message>
        <message>
            <source>Show invoice history</source>
            <translation>Rechnungsverlauf anzeigen</translation>
        </message>
        <message>
            <source>Some features are missing</source>
            <translation>Einige Funktionen fehlen</translation>
        </message>
        <message>
            <source>Start a new billing period on the day of the change</source>
            <translation>Neuen Abrechnungszeitraum am Tag der Änderung beginnen</translation>
        </message>
        <message>
            <source>Stripe does not allow invoicing the credit at once when a customer cancels (“always_invoice”). Choose “{0}” or “{1}”.</source>
            <translation>Stripe erlaubt nicht, die Gutschrift bei einer Kündigung sofort abzurechnen („always_invoice“). Wählen Sie „{0}“ oder „{1}“.</translation>
        </message>
        <message>
            <source>Stripe keeps at most {0} metadata entries; this has {1}.</source>
            <translation>Stripe speichert höchstens {0} Metadaten-Einträge; hier sind es {1}.</translation>
        </message>
        <message>
            <source>Switch plan</source>
            <translation>Tarif wechseln</translation>
        </message>
        <message>
            <source>Tax IDs</source>
            <translation>Steuer-IDs</translation>
        </message>
        <message>
            <source>Terms of service link</source>
            <translation>Link zu den Nutzungsbedingungen</translation>
        </message>
        <message>
            <source>The export lists no configurations.</source>
            <translation>Der Export enthält keine Konfigurationen.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {0}</source>
            <translation>Die Datei ist kein gültiges JSON: {0}</translation>
        </message>
        <message>
            <source>The maximum quantity must be at least 1 and not below the minimum.</source>
            <translation>Die Höchstmenge muss mindestens 1 sein und darf nicht unter der Mindestmenge liegen.</translation>
        </message>
        <message>
            <source>The metadata key “{0}” is longer than {1} characters.</source>
            <translation>Der Metadaten-Schlüssel „{0}“ ist länger als {1} Zeichen.</translation>
        </message>
        <message>
            <source>The minimum quantity can't be below 0.</source>
            <translation>Die Mindestmenge darf nicht unter 0 liegen.</translation>
        </message>
        <message>
            <source>The price {0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>Der Preis {0} ist nicht im synchronisierten Katalog dieses Kontos. Synchronisieren Sie oder lassen Sie Stripe ihn beim Speichern prüfen.</translation>
        </message>
        <message>
            <source>The value of “{0}” is longer than {1} characters.</source>
            <translation>Der Wert von „{0}“ ist länger als {1} Zeichen.</translation>
        </message>
        <message>
            <source>This doesn't look like a payment method configuration ID (those start with pmc_); Stripe will refuse it if it doesn't exist. Leave it empty to use your default payment methods.</source>
            <translation>Das sieht nicht wie die ID einer Zahlungsmethodenkonfiguration aus (diese beginnen mit pmc_); Stripe lehnt sie ab, wenn sie nicht existiert. Lassen Sie das Feld leer, um Ihre Standard-Zahlungsmethoden zu verwenden.</translation>
        </message>
        <message>
            <source>This export was made by a newer Counterfoil (format version {0}).</source>
            <translation>Dieser Export stammt von einem neueren Counterfoil (Formatversion {0}).</translation>
        </message>
        <message>
            <source>This is not a complete web address. Write the full link, starting with https:// (for example https://example.com/terms).</source>
            <translation>Das ist keine vollständige Webadresse. Geben Sie den ganzen Link ein, beginnend mit https:// (zum Beispiel https://example.com/terms).</translation>
        </message>
        <message>
            <source>This is not a portal configuration export from Counterfoil.</source>
            <translation>Das ist kein Portalkonfigurations-Export von Counterfoil.</translation>
        </message>
        <message>
            <source>This link starts with http://. Use https:// so customers' browsers don't warn them that the page is not secure.</source>
            <translation>Dieser Link beginnt mit http://. Verwenden Sie https://, damit die Browser Ihrer Kunden nicht vor einer unsicheren Seite warnen.</translation>
        </message>
        <message>
            <source>This pause length is offered twice.</source>
            <translation>Diese Pausendauer wird doppelt angeboten.</translation>
        </message>
        <message>
            <source>This price is listed twice.</source>
            <translation>Dieser Preis ist doppelt aufgeführt.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Until they resume</source>
            <translation>Bis sie fortsetzen</translation>
        </message>
        <message>
            <source>Unused time can only be credited when cancellations take effect immediately; at the end of the period there is no unused time. Choose “Immediately” above, or “No credit”.</source>
            <translation>Ungenutzte Zeit lässt sich nur gutschreiben, wenn Kündigungen sofort wirken; zum Ende des Zeitraums gibt es keine ungenutzte Zeit. Wählen Sie oben „Sofort“ oder „Keine Gutschrift“.</translation>
        </message>
        <message>
            <source>Update quantities</source>
            <translation>Mengen ändern</translation>
        </message>
        <message>
            <source>Updating customer information is off, so the items ticked below have no effect. Turn it on to let customers change them.</source>
            <translation>Das Aktualisieren der Kundeninformationen ist aus; die unten angehakten Punkte haben daher keine Wirkung. Schalten Sie es ein, damit Kunden sie ändern können.</translation>
        </message>
        <message>
            <source>Updating payment methods is off, so the payment method configuration has no effect. Turn it on, or clear the configuration.</source>
            <translation>Das Aktualisieren von Zahlungsmethoden ist aus; die Zahlungsmethodenkonfiguration hat daher keine Wirkung. Schalten Sie es ein oder leeren Sie die Konfiguration.</translation>
        </message>
        <message>
            <source>Use promotion codes</source>
            <translation>Promo-Codes nutzen</translation>
        </message>
        <message>
            <source>Wait until the end of the period when</source>
            <translation>Bis zum Ende des Zeitraums warten, wenn</translation>
        </message>
        <message>
            <source>What customers can change</source>
            <translation>Was Kunden ändern können</translation>
        </message>
        <message>
            <source>When a cancellation takes effect</source>
            <translation>Wann eine Kündigung wirksam wird</translation>
        </message>
        <message>
            <source>custom amount</source>
            <translation>individueller Betrag</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>every {0}</source>
            <translation>alle {0}</translation>
        </message>
        <message>
            <source>fixed quantity</source>
            <translation>feste Menge</translation>
        </message>
        <message>
            <source>lookup key</source>
            <translation>Lookup-Schlüssel</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>name, amount, period and currency</source>
            <translation>Name, Betrag, Zeitraum und Währung</translation>
        </message>
        <message>
            <source>no price with this lookup key, or this product name, amount, period and currency, in the target account</source>
            <translation>kein Preis mit diesem Lookup-Schlüssel oder mit diesem Produktnamen, Betrag, Zeitraum und dieser Währung im Zielkonto</translation>
        </message>
        <message>
            <source>no prices</source>
            <translation>keine Preise</translation>
        </message>
        <message>
            <source>offers no products (nothing to map)</source>
            <translation>bietet keine Produkte an (nichts zuzuordnen)</translation>
        </message>
        <message>
            <source>one time</source>
            <translation>einmalig</translation>
        </message>
        <message>
            <source>quantity {0}–{1}</source>
            <translation>Menge {0}–{1}</translation>
        </message>
        <message>
            <source>tax added</source>
            <translation>zzgl. Steuern</translation>
        </message>
        <message>
            <source>tax behaviour not set</source>
            <translation>Steuerverhalten nicht gesetzt</translation>
        </message>
        <message>
            <source>tax included</source>
            <translation>inkl. Steuern</translation>
        </message>
        <message>
            <source>the billing period gets shorter</source>
            <translation>der Abrechnungszeitraum kürzer wird</translation>
        </message>
        <message>
            <source>the export has no details of this price</source>
            <translation>der Export enthält keine Angaben zu diesem Preis</translation>
        </message>
        <message>
            <source>the plan gets cheaper (downgrade)</source>
            <translation>der Tarif günstiger wird (Downgrade)</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>jährlich</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>{0} ({1}): none of its prices could be mapped, so it is left out</source>
            <translation>{0} ({1}): Keiner seiner Preise war zuordenbar, daher bleibt es weg</translation>
        </message>
        <message>
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} und {1}</translation>
        </message>
        <message>
            <source>{0} every {1}</source>
            <translation>{0} alle {1}</translation>
        </message>
        <message>
            <source>{0} has no tax behaviour set (“unspecified”). Stripe doesn't let customers switch to or from such a price. Set it to inclusive or exclusive in Stripe.</source>
            <translation>{0} hat kein Steuerverhalten („unspecified“). Stripe lässt Kunden nicht zu oder von einem solchen Preis wechseln. Setzen Sie es in Stripe auf inclusive oder exclusive.</translation>
        </message>
        <message>
            <source>{0} has prices with different tax behaviour ({1}). Customers can only switch to a price with the same tax behaviour as their current one.</source>
            <translation>{0} hat Preise mit unterschiedlichem Steuerverhalten ({1}). Kunden können nur zu einem Preis mit demselben Steuerverhalten wie ihr aktueller wechseln.</translation>
        </message>
        <message>
            <source>{0} has two prices billed by the {1} in {2}: {3} and {4}. The portal allows one price per billing interval and currency for each product; remove one, or offer it as a separate product.</source>
            <translation>{0} hat zwei Preise mit Abrechnung pro {1} in {2}: {3} und {4}. Das Portal erlaubt pro Produkt einen Preis je Abrechnungsintervall und Währung; entfernen Sie einen oder bieten Sie ihn als eigenes Produkt an.</translation>
        </message>
        <message>
            <source>{0} is a one-time price. Customers can only switch to prices that renew (monthly, yearly…).</source>
            <translation>{0} ist ein Einmalpreis. Kunden können nur zu wiederkehrenden Preisen wechseln (monatlich, jährlich …).</translation>
        </message>
        <message>
            <source>{0} is a price of {1}, not of {2}. Move it to its own product.</source>
            <translation>{0} ist ein Preis von {1}, nicht von {2}. Verschieben Sie ihn zu seinem eigenen Produkt.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe, so customers can't switch to it. Remove it, or reactivate the product in Stripe first.</source>
            <translation>{0} ist in Stripe archiviert; Kunden können daher nicht dorthin wechseln. Entfernen Sie es oder reaktivieren Sie zuerst das Produkt in Stripe.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe. Only active prices can be offered; remove it or reactivate it in Stripe.</source>
            <translation>{0} ist in Stripe archiviert. Nur aktive Preise können angeboten werden; entfernen Sie ihn oder reaktivieren Sie ihn in Stripe.</translation>
        </message>
        <message>
            <source>{0} is listed twice. List each product once, with all the prices customers can pick.</source>
            <translation>{0} ist doppelt aufgeführt. Führen Sie jedes Produkt einmal auf, mit allen Preisen, die Kunden wählen können.</translation>
        </message>
        <message>
            <source>{0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>{0} ist nicht im synchronisierten Katalog dieses Kontos. Synchronisieren Sie oder lassen Sie Stripe es beim Speichern prüfen.</translation>
        </message>
        <message>
            <source>{0} is usage-based. Customers on a usage-based price can only cancel in the portal, not change plan.</source>
            <translation>{0} ist nutzungsbasiert. Kunden mit nutzungsbasiertem Preis können im Portal nur kündigen, nicht den Tarif wechseln.</translation>
        </message>
        <message>
            <source>{0} one time</source>
            <translation>{0} einmalig</translation>
        </message>
        <message>
            <source>{0} or {1}</source>
            <translation>{0} oder {1}</translation>
        </message>
        <message>
            <source>{0} prices of the target account match; make its lookup key unique</source>
            <translation>{0} Preise des Zielkontos passen; machen Sie seinen Lookup-Schlüssel eindeutig</translation>
        </message>
        <message>
            <source>{0}: price {1} ({2}) — {3}</source>
            <translation>{0}: Preis {1} ({2}) — {3}</translation>
        </message>
        <message>
            <source>{0}: price {1} maps to a different product ({2}) than the others ({3}), so it is left out</source>
            <translation>{0}: Preis {1} gehört zu einem anderen Produkt ({2}) als die übrigen ({3}) und bleibt daher weg</translation>
        </message>
        <message>
            <source>“Update quantities” is not ticked for plan changes, so customers can't change the quantity of {0}.</source>
            <translation>„Mengen ändern“ ist bei Tarifwechseln nicht angehakt; Kunden können die Menge von {0} daher nicht ändern.</translation>
        </message>
        <message>
            <source>“{0}” has no value, so Stripe will not keep it. Give it a value, or remove the entry.</source>
            <translation>„{0}“ hat keinen Wert und wird von Stripe daher nicht gespeichert. Geben Sie einen Wert an oder entfernen Sie den Eintrag.</translation>
        </message>
        <message>
            <source>“{0}” is not a value Stripe accepts for “{1}”. Choose one of: {2}.</source>
            <translation>„{0}“ ist kein Wert, den Stripe für „{1}“ akzeptiert. Wählen Sie einen von: {2}.</translation>
        </message>
    </context>
</TS>
