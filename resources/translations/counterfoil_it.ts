<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>AccessibilityBox</name>
        <message>
            <source>Accessibility (WCAG 2.1)</source>
            <translation>Accessibilità (WCAG 2.1)</translation>
        </message>
        <message>
            <source>AA asks for 4.5:1 for normal text. Stripe does not check this.</source>
            <translation>AA richiede 4,5:1 per il testo normale. Stripe non lo verifica.</translation>
        </message>
        <message>
            <source>Button text on the brand colour</source>
            <translation>Testo dei pulsanti sul colore del brand</translation>
        </message>
        <message>
            <source>Links in the accent colour, on white</source>
            <translation>Link nel colore di accento, su bianco</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>Choose an account…</source>
            <translation>Scegli un account…</translation>
        </message>
        <message>
            <source>Stripe account</source>
            <translation>Account Stripe</translation>
        </message>
        <message>
            <source>Switch Stripe account</source>
            <translation>Cambia account Stripe</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Account actions</source>
            <translation>Azioni dell'account</translation>
        </message>
        <message>
            <source>Add Stripe account…</source>
            <translation>Aggiungi account Stripe…</translation>
        </message>
        <message>
            <source>Remove this profile…</source>
            <translation>Rimuovi questo profilo…</translation>
        </message>
        <message>
            <source>Demo (sandbox)</source>
            <translation>Demo (sandbox)</translation>
        </message>
    </context>
    <context>
        <name>AccountView</name>
        <message>
            <source>New subscription…</source>
            <translation>Nuovo abbonamento…</translation>
        </message>
        <message>
            <source>Create a direct or destination subscription (Ctrl+N)</source>
            <translation>Crea un abbonamento diretto o a destinazione (Ctrl+N)</translation>
        </message>
        <message>
            <source>Bill this account…</source>
            <translation>Fattura a questo account…</translation>
        </message>
        <message>
            <source>Subscribe the customer that represents this account (Ctrl+B)</source>
            <translation>Abbona il cliente che rappresenta questo account (Ctrl+B)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualsiasi stato</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminato</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Change fee…</source>
            <translation>Modifica commissione…</translation>
        </message>
        <message>
            <source>Cancel subscription…</source>
            <translation>Annulla abbonamento…</translation>
        </message>
        <message>
            <source>Fee on latest invoice…</source>
            <translation>Commissione sull'ultima fattura…</translation>
        </message>
        <message>
            <source>No Connect or subscription events for this account in the local cache yet. Counterfoil records events as it syncs; load earlier ones from Stripe.</source>
            <translation>Ancora nessun evento Connect o di abbonamento per questo account nella cache locale. Counterfoil registra gli eventi durante la sincronizzazione; carica quelli precedenti da Stripe.</translation>
        </message>
        <message>
            <source>Load the last 30 days from Stripe</source>
            <translation>Carica gli ultimi 30 giorni da Stripe</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abbonamenti</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Impossibile leggere la cache locale: {0}</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>Nessun account selezionato</translation>
        </message>
        <message>
            <source>Select an account to see its subscriptions.</source>
            <translation>Seleziona un account per vedere i suoi abbonamenti.</translation>
        </message>
        <message>
            <source>Dashboard: {0}</source>
            <translation>Dashboard: {0}</translation>
        </message>
        <message>
            <source>All kinds ({0})</source>
            <translation>Tutti i tipi ({0})</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tutti i tipi</translation>
        </message>
        <message>
            <source>{0} has no subscriptions of this kind in the local cache.</source>
            <translation>{0} non ha abbonamenti di questo tipo nella cache locale.</translation>
        </message>
        <message>
            <source>Select a subscription to see what you can do with it.</source>
            <translation>Seleziona un abbonamento per vedere cosa puoi farne.</translation>
        </message>
        <message>
            <source>transfers to {0}</source>
            <translation>trasferisce a {0}</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>no on_behalf_of</source>
            <translation>nessun on_behalf_of</translation>
        </message>
        <message>
            <source>on the account (Stripe-Account)</source>
            <translation>sull'account (Stripe-Account)</translation>
        </message>
        <message>
            <source>customer {0} represents the account</source>
            <translation>il cliente {0} rappresenta l'account</translation>
        </message>
        <message>
            <source>Loading events from Stripe…</source>
            <translation>Caricamento degli eventi da Stripe…</translation>
        </message>
        <message>
            <source>Read {0} events from Stripe; {1} were new.</source>
            <translation>Letti {0} eventi da Stripe; {1} erano nuovi.</translation>
        </message>
        <message>
            <source>The account itself refused access (disconnected).</source>
            <translation>L'account stesso ha rifiutato l'accesso (disconnesso).</translation>
        </message>
        <message>
            <source>Stopped at the newest 1,000 per account.</source>
            <translation>Interrotto ai 1.000 più recenti per account.</translation>
        </message>
        <message>
            <source>Could not load events</source>
            <translation>Impossibile caricare gli eventi</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add Stripe account</source>
            <translation>Aggiungi account Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard → Developers → API keys. Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API. Counterfoil la verifica con Stripe e la conserva nel portachiavi di sistema, mai in un file.</translation>
        </message>
        <message>
            <source>Stripe API key</source>
            <translation>Chiave API di Stripe</translation>
        </message>
        <message>
            <source>Show key</source>
            <translation>Mostra chiave</translation>
        </message>
        <message>
            <source>Optional — defaults to the name in Stripe</source>
            <translation>Facoltativo: per impostazione predefinita il nome in Stripe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nome visualizzato</translation>
        </message>
        <message>
            <source>Use another API address (sandbox, stripe-mock)</source>
            <translation>Usa un altro indirizzo API (sandbox, stripe-mock)</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Chiave API</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Aggiungi account</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>Chiave segreta</translation>
        </message>
        <message>
            <source>Restricted key</source>
            <translation>Chiave con restrizioni</translation>
        </message>
        <message>
            <source>live mode: real customers and real money</source>
            <translation>modalità live: clienti reali e denaro reale</translation>
        </message>
        <message>
            <source>test mode</source>
            <translation>modalità di test</translation>
        </message>
        <message>
            <source>Hide key</source>
            <translation>Nascondi chiave</translation>
        </message>
        <message>
            <source>Checking the key with Stripe…</source>
            <translation>Verifica della chiave con Stripe…</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>There is no profile {0}.</source>
            <translation>Il profilo {0} non esiste.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abbonamento</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Risultato</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Pausing collection</source>
            <translation>Sospensione della riscossione</translation>
        </message>
        <message>
            <source>Resuming collection</source>
            <translation>Riattivazione della riscossione</translation>
        </message>
        <message>
            <source>until {0}</source>
            <translation>fino al {0}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Interrompi</translation>
        </message>
        <message>
            <source>Stop after the subscription being sent; what was done stays done.</source>
            <translation>Interrompi dopo l'abbonamento in invio; quanto fatto resta fatto.</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Riprova i non riusciti</translation>
        </message>
        <message>
            <source>Copy results</source>
            <translation>Copia risultati</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>No account is open; nothing was sent.</source>
            <translation>Nessun account aperto; non è stato inviato nulla.</translation>
        </message>
        <message>
            <source>Sending… {0} of {1}</source>
            <translation>Invio… {0} di {1}</translation>
        </message>
        <message>
            <source>Stopping after the current subscription…</source>
            <translation>Interruzione dopo l'abbonamento corrente…</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Piattaforma</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Riattivato</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <source>Not attempted</source>
            <translation>Non tentato</translation>
        </message>
        <message>
            <source>(request {0})</source>
            <translation>(richiesta {0})</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>sospesi</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>riattivati</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} skipped</source>
            <translation>{0} saltati</translation>
        </message>
        <message>
            <source>{0} failed</source>
            <translation>{0} non riusciti</translation>
        </message>
        <message>
            <source>{0} not attempted</source>
            <translation>{0} non tentati</translation>
        </message>
        <message>
            <source>The batch stopped</source>
            <translation>Il lotto si è interrotto</translation>
        </message>
    </context>
    <context>
        <name>BillAccountDialog</name>
        <message>
            <source>Bill {0}</source>
            <translation>Fattura a {0}</translation>
        </message>
        <message>
            <source>Your platform bills the business itself. One platform customer represents {0}, linked through its metadata (connected_account = {1}): one per business, never one per owner or manager.</source>
            <translation>La tua piattaforma fattura all'attività stessa. Un cliente della piattaforma rappresenta {0}, collegato tramite i suoi metadati (connected_account = {1}): uno per attività, mai uno per titolare o responsabile.</translation>
        </message>
        <message>
            <source>Platform price</source>
            <translation>Prezzo della piattaforma</translation>
        </message>
        <message>
            <source>Your platform has no active recurring price yet. Create one, then sync.</source>
            <translation>La tua piattaforma non ha ancora un prezzo ricorrente attivo. Creane uno, poi sincronizza.</translation>
        </message>
        <message>
            <source>Subscribe {0}</source>
            <translation>Abbona {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>{0} ({1}) represents {2} on your platform and will be reused.</source>
            <translation>{0} ({1}) rappresenta {2} sulla tua piattaforma e verrà riutilizzato.</translation>
        </message>
        <message>
            <source>Other customers also claim to represent it: {0}.</source>
            <translation>Anche altri clienti dichiarano di rappresentarlo: {0}.</translation>
        </message>
        <message>
            <source>No platform customer represents {0} yet. Counterfoil will look it up on Stripe and, if there is none, create one for the business ({1}).</source>
            <translation>Nessun cliente della piattaforma rappresenta ancora {0}. Counterfoil lo cercherà su Stripe e, se non c'è, ne creerà uno per l'attività ({1}).</translation>
        </message>
        <message>
            <source>already bills other accounts</source>
            <translation>fattura già ad altri account</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Bill {0} (subscribe its platform customer)</source>
            <translation>Fattura a {0} (abbona il suo cliente della piattaforma)</translation>
        </message>
        <message>
            <source>on your platform, billing {0}</source>
            <translation>sulla tua piattaforma, con fatturazione a {0}</translation>
        </message>
        <message>
            <source>Reused {0}, the customer that represents {1}.</source>
            <translation>Riutilizzato {0}, il cliente che rappresenta {1}.</translation>
        </message>
        <message>
            <source>Reused {0}, found on Stripe as the customer representing {1}.</source>
            <translation>Riutilizzato {0}, trovato su Stripe come cliente che rappresenta {1}.</translation>
        </message>
        <message>
            <source>Created {0} to represent {1}.</source>
            <translation>Creato {0} per rappresentare {1}.</translation>
        </message>
        <message>
            <source>The account was not billed</source>
            <translation>All'account non è stato fatturato nulla</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
    </context>
    <context>
        <name>BrandingEditor</name>
        <message>
            <source>&amp;Brand colour</source>
            <translation>Colore del &amp;brand</translation>
        </message>
        <message>
            <source>Acc&amp;ent colour</source>
            <translation>Colore di acc&amp;ento</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Icona</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Save to Stripe</source>
            <translation>Salva su Stripe</translation>
        </message>
        <message>
            <source>Upload new images and save the branding (Ctrl+S)</source>
            <translation>Carica le nuove immagini e salva il branding (Ctrl+S)</translation>
        </message>
        <message>
            <source>Saved via API</source>
            <translation>Salvato tramite API</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Simulazione</translation>
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
            <translation>Guarda il portale clienti ospitato come lo vedranno i tuoi clienti (ogni account, ogni lingua) e cambia colori, icona e logo prima che li vedano.</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Esporta PNG…</translation>
        </message>
        <message>
            <source>Save the preview as a PNG image (Ctrl+E)</source>
            <translation>Salva l'anteprima come immagine PNG (Ctrl+E)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Portal preview</source>
            <translation>Anteprima del portale</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tutti gli account</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Addebiti diretti</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Addebiti a destinazione</translation>
        </message>
        <message>
            <source>Destination + on_behalf_of</source>
            <translation>A destinazione + on_behalf_of</translation>
        </message>
        <message>
            <source>{0} — API locale “{1}”</source>
            <translation>{0} — lingua API «{1}»</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>C&amp;harges</source>
            <translation>Add&amp;ebiti</translation>
        </message>
        <message>
            <source>&amp;Configuration</source>
            <translation>&amp;Configurazione</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <source>Open a Stripe account to preview its portal.</source>
            <translation>Apri un account Stripe per vedere l'anteprima del suo portale.</translation>
        </message>
        <message>
            <source>Every account's portal as its direct-charge customers see it. Flags show a missing icon or colour; press Enter or double-click a card to open it.</source>
            <translation>Il portale di ogni account come lo vedono i suoi clienti con addebiti diretti. Gli indicatori segnalano un'icona o un colore mancante; premi Invio o fai doppio clic su una scheda per aprirla.</translation>
        </message>
        <message>
            <source>No connected accounts in the local cache yet; they appear after a sync.</source>
            <translation>Ancora nessun account connesso nella cache locale; compariranno dopo una sincronizzazione.</translation>
        </message>
        <message>
            <source>Loading the portal's branding…</source>
            <translation>Caricamento del branding del portale…</translation>
        </message>
        <message>
            <source>Your account's branding could not be loaded from Stripe</source>
            <translation>Impossibile caricare da Stripe il branding del tuo account</translation>
        </message>
        <message>
            <source>The branding could not be loaded</source>
            <translation>Impossibile caricare il branding</translation>
        </message>
        <message>
            <source>Nothing to preview: the accounts could not be loaded.</source>
            <translation>Niente da visualizzare: impossibile caricare gli account.</translation>
        </message>
        <message>
            <source>{0} (platform)</source>
            <translation>{0} (piattaforma)</translation>
        </message>
        <message>
            <source>Unsaved branding changes</source>
            <translation>Modifiche al branding non salvate</translation>
        </message>
        <message>
            <source>Stripe's defaults (no configuration yet)</source>
            <translation>Predefiniti di Stripe (ancora nessuna configurazione)</translation>
        </message>
        <message>
            <source>{0} · default</source>
            <translation>{0} · predefinita</translation>
        </message>
        <message>
            <source>{0} · inactive</source>
            <translation>{0} · inattiva</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>la tua piattaforma</translation>
        </message>
        <message>
            <source>Your platform's own customers see &lt;b&gt;{0}&lt;/b&gt;'s branding and the platform's portal configurations.</source>
            <translation>I clienti della tua piattaforma vedono il branding di &lt;b&gt;{0}&lt;/b&gt; e le configurazioni del portale della piattaforma.</translation>
        </message>
        <message>
            <source>Pick a connected account to see whose branding its customers get.</source>
            <translation>Scegli un account connesso per vedere quale branding vedono i suoi clienti.</translation>
        </message>
        <message>
            <source>Customers see &lt;b&gt;{0}&lt;/b&gt;'s branding with &lt;b&gt;{1}&lt;/b&gt;'s portal configuration.</source>
            <translation>I clienti vedono il branding di &lt;b&gt;{0}&lt;/b&gt; con la configurazione del portale di &lt;b&gt;{1}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your cached data has no current subscriptions with {0}.</source>
            <translation>I tuoi dati in cache non hanno abbonamenti attuali con {0}.</translation>
        </message>
        <message>
            <source>Your cached subscriptions with {0}: {1} direct, {2} destination, {3} destination + on_behalf_of.</source>
            <translation>I tuoi abbonamenti in cache con {0}: {1} diretti, {2} a destinazione, {3} a destinazione + on_behalf_of.</translation>
        </message>
        <message>
            <source>Branding of {0}</source>
            <translation>Branding di {0}</translation>
        </message>
        <message>
            <source>Open Settings → Branding</source>
            <translation>Apri Impostazioni → Branding</translation>
        </message>
        <message>
            <source>Buttons. Empty: Stripe's default {0}.</source>
            <translation>Pulsanti. Vuoto: il predefinito di Stripe, {0}.</translation>
        </message>
        <message>
            <source>Buttons. Saved: {0}.</source>
            <translation>Pulsanti. Salvato: {0}.</translation>
        </message>
        <message>
            <source>Links. Empty: the brand colour.</source>
            <translation>Link. Vuoto: il colore del brand.</translation>
        </message>
        <message>
            <source>Links. Saved: {0}.</source>
            <translation>Link. Salvato: {0}.</translation>
        </message>
        <message>
            <source>Unsaved changes (since {0}). They are kept until you save or discard them.</source>
            <translation>Modifiche non salvate (dalle {0}). Restano finché non le salvi o le scarti.</translation>
        </message>
        <message>
            <source>What-if changes (since {0}), kept on this computer only.</source>
            <translation>Modifiche di simulazione (dalle {0}), conservate solo su questo computer.</translation>
        </message>
        <message>
            <source>Fix the highlighted colour to save.</source>
            <translation>Correggi il colore evidenziato per salvare.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>Modifiche non ancora salvate.</translation>
        </message>
        <message>
            <source>What-if only: nothing here is sent to Stripe.</source>
            <translation>Solo simulazione: nulla viene inviato a Stripe.</translation>
        </message>
        <message>
            <source>Matches what Stripe has.</source>
            <translation>Corrisponde a quanto c'è su Stripe.</translation>
        </message>
        <message>
            <source>{0}×{1} {2}, {3} KB — new, not uploaded yet</source>
            <translation>{0}×{1} {2}, {3} KB — nuovo, non ancora caricato</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non impostato</translation>
        </message>
        <message>
            <source>{0}×{1}, on Stripe</source>
            <translation>{0}×{1}, su Stripe</translation>
        </message>
        <message>
            <source>Could not download {0}: {1}</source>
            <translation>Impossibile scaricare {0}: {1}</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Download di {0}…</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Impossibile leggere il file: {0}</translation>
        </message>
        <message>
            <source>Unsaved changes could not be written to disk: {0}</source>
            <translation>Impossibile scrivere su disco le modifiche non salvate: {0}</translation>
        </message>
        <message>
            <source>Change the branding of {0} ({1})</source>
            <translation>Modifica il branding di {0} ({1})</translation>
        </message>
        <message>
            <source>Fields: {0}</source>
            <translation>Campi: {0}</translation>
        </message>
        <message>
            <source>The new {0} is no longer on this computer; choose it again.</source>
            <translation>Il nuovo {0} non è più su questo computer; sceglilo di nuovo.</translation>
        </message>
        <message>
            <source>Uploading the icon…</source>
            <translation>Caricamento dell'icona…</translation>
        </message>
        <message>
            <source>Uploading the logo…</source>
            <translation>Caricamento del logo…</translation>
        </message>
        <message>
            <source>Saving the branding…</source>
            <translation>Salvataggio del branding…</translation>
        </message>
        <message>
            <source>Saved to Stripe at {0}.</source>
            <translation>Salvato su Stripe alle {0}.</translation>
        </message>
        <message>
            <source>Saving failed; your changes are kept</source>
            <translation>Salvataggio non riuscito; le tue modifiche sono conservate</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <source>Export the preview</source>
            <translation>Esporta l'anteprima</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Esportato in {0}</translation>
        </message>
        <message>
            <source>The preview could not be exported</source>
            <translation>Impossibile esportare l'anteprima</translation>
        </message>
    </context>
    <context>
        <name>CacheProblemPage</name>
        <message>
            <source>This account's local data is damaged</source>
            <translation>I dati locali di questo account sono danneggiati</translation>
        </message>
        <message>
            <source>Rebuilding deletes only Counterfoil's local copy and downloads it again from Stripe. Nothing in your Stripe account changes. The damaged file is kept aside in case you need it.</source>
            <translation>La ricostruzione elimina solo la copia locale di Counterfoil e la scarica di nuovo da Stripe. Nel tuo account Stripe non cambia nulla. Il file danneggiato viene conservato a parte, nel caso ti serva.</translation>
        </message>
        <message>
            <source>Rebuild the cache</source>
            <translation>Ricostruisci la cache</translation>
        </message>
        <message>
            <source>{0}'s data</source>
            <translation>i dati di {0}</translation>
        </message>
        <message>
            <source>this data</source>
            <translation>questi dati</translation>
        </message>
        <message>
            <source>Counterfoil couldn't read its local copy of {0}. This can happen after a crash, a full disk or a sync tool touching the file.</source>
            <translation>Counterfoil non è riuscito a leggere la sua copia locale di {0}. Può succedere dopo un arresto anomalo, con il disco pieno o se uno strumento di sincronizzazione ha modificato il file.</translation>
        </message>
        <message>
            <source>File: {0}
SQLite said: {1}</source>
            <translation>File: {0}
SQLite ha risposto: {1}</translation>
        </message>
        <message>
            <source>Rebuilding…</source>
            <translation>Ricostruzione in corso…</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the subscription</source>
            <translation>Annulla l'abbonamento</translation>
        </message>
        <message>
            <source>{0} subscription of {1}: {2}.</source>
            <translation>Abbonamento ({0}) di {1}: {2}.</translation>
        </message>
        <message>
            <source>Cancel now</source>
            <translation>Annulla ora</translation>
        </message>
        <message>
            <source>Cancel at the end of the current period</source>
            <translation>Annulla alla fine del periodo in corso</translation>
        </message>
        <message>
            <source>Cancelling now ends the subscription at once: no more invoices, and Stripe refunds nothing by itself.</source>
            <translation>Annullando ora l'abbonamento termina subito: niente più fatture, e Stripe non rimborsa nulla da sé.</translation>
        </message>
        <message>
            <source>Cancel subscription</source>
            <translation>Annulla abbonamento</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Mantienilo</translation>
        </message>
        <message>
            <source>Cancel subscription {0}</source>
            <translation>Annulla l'abbonamento {0}</translation>
        </message>
        <message>
            <source>At the end of the current period.</source>
            <translation>Alla fine del periodo in corso.</translation>
        </message>
        <message>
            <source>Immediately.</source>
            <translation>Subito.</translation>
        </message>
    </context>
    <context>
        <name>ChangeFeeDialog</name>
        <message>
            <source>Change the application fee</source>
            <translation>Modifica la commissione dell'applicazione</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source>{0} subscription of {1} ({2}). Your platform's fee is now {3}; it applies from the next invoice.</source>
            <translation>Abbonamento ({0}) di {1} ({2}). La commissione della tua piattaforma è ora {3}; si applica dalla prossima fattura.</translation>
        </message>
        <message>
            <source>e.g. 10 or 12.5 — empty removes the fee</source>
            <translation>ad es. 10 o 12.5 — vuoto rimuove la commissione</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Commissione dell'applicazione (%)</translation>
        </message>
        <message>
            <source>Save fee</source>
            <translation>Salva commissione</translation>
        </message>
        <message>
            <source>Change the application fee of {0}</source>
            <translation>Modifica la commissione dell'applicazione di {0}</translation>
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
            <translation>Usalo</translation>
        </message>
        <message>
            <source>Passes AA</source>
            <translation>Supera AA</translation>
        </message>
        <message>
            <source>Below AA ({0}:1)</source>
            <translation>Sotto AA ({0}:1)</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {0}</source>
            <translation>Colore più vicino che supera il test: {0}</translation>
        </message>
    </context>
    <context>
        <name>ColorField</name>
        <message>
            <source>Pick a colour</source>
            <translation>Scegli un colore</translation>
        </message>
        <message>
            <source>Pick {0}</source>
            <translation>Scegli {0}</translation>
        </message>
    </context>
    <context>
        <name>ConfigActions</name>
        <message numerus="yes">
            <source>Exported %n configuration(s).</source>
            <translation>
                <numerusform>Esportata %n configurazione.</numerusform>
                <numerusform>Esportate %n configurazioni.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfigEditor</name>
        <message>
            <source>A link you can share (on your site or in emails) where customers sign in with their email address, no code needed.</source>
            <translation>Un link che puoi condividere (sul tuo sito o nelle email) dove i clienti accedono con il loro indirizzo email, senza codice.</translation>
        </message>
        <message>
            <source>Ask why customers cancel; the answer is on the subscription and in webhooks.</source>
            <translation>Chiedi perché i clienti annullano; la risposta è nell'abbonamento e nei webhook.</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motivo dell'annullamento</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Annullamenti</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiato</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copia link</translation>
        </message>
        <message>
            <source>Credit the unused time of the old plan, and charge the new one.</source>
            <translation>Accredita il tempo non utilizzato del vecchio piano e addebita il nuovo.</translation>
        </message>
        <message>
            <source>Custom feedback options, if you have any.</source>
            <translation>Opzioni di feedback personalizzate, se ne hai.</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Informazioni sul cliente</translation>
        </message>
        <message>
            <source>Empty: the link in your public business details.</source>
            <translation>Vuoto: il link nei dati pubblici della tua attività.</translation>
        </message>
        <message>
            <source>From 1 day up to three years.</source>
            <translation>Da 1 giorno fino a tre anni.</translation>
        </message>
        <message>
            <source>Has problems to fix</source>
            <translation>Ha problemi da correggere</translation>
        </message>
        <message>
            <source>Has warnings</source>
            <translation>Ha avvisi</translation>
        </message>
        <message>
            <source>IDs separated by commas (optional)</source>
            <translation>ID separati da virgole (facoltativo)</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Cronologia delle fatture</translation>
        </message>
        <message>
            <source>Let customers add, remove and change the payment methods they pay with.</source>
            <translation>Consenti ai clienti di aggiungere, rimuovere e modificare le modalità di pagamento con cui pagano.</translation>
        </message>
        <message>
            <source>Let customers cancel their subscriptions themselves.</source>
            <translation>Consenti ai clienti di annullare da soli i propri abbonamenti.</translation>
        </message>
        <message>
            <source>Let customers keep their billing details up to date.</source>
            <translation>Consenti ai clienti di tenere aggiornati i dati di fatturazione.</translation>
        </message>
        <message>
            <source>Let customers pause payment collection for a while (redesigned customer portal only).</source>
            <translation>Consenti ai clienti di sospendere per un po' la riscossione dei pagamenti (solo portale clienti riprogettato).</translation>
        </message>
        <message>
            <source>Let customers see and download their past invoices.</source>
            <translation>Consenti ai clienti di vedere e scaricare le fatture passate.</translation>
        </message>
        <message>
            <source>Let customers switch plans, change quantities and use promotion codes.</source>
            <translation>Consenti ai clienti di cambiare piano e quantità e di usare codici promozionali.</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Pagina di accesso</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadati</translation>
        </message>
        <message>
            <source>Name and links</source>
            <translation>Nome e link</translation>
        </message>
        <message>
            <source>Notes for you and your integrations, as key–value pairs. Customers never see them.</source>
            <translation>Note per te e le tue integrazioni, come coppie chiave-valore. I clienti non le vedono mai.</translation>
        </message>
        <message>
            <source>Optional: offer the payment methods of one payment method configuration.</source>
            <translation>Facoltativo: offri le modalità di pagamento di una configurazione delle modalità di pagamento.</translation>
        </message>
        <message>
            <source>Otherwise the change applies at once. Stripe schedules it with a subscription schedule.</source>
            <translation>Altrimenti la modifica si applica subito. Stripe la pianifica con una pianificazione dell'abbonamento.</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Sospensione</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Modalità di pagamento</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Cambi di piano</translation>
        </message>
        <message>
            <source>Products and prices</source>
            <translation>Prodotti e prezzi</translation>
        </message>
        <message>
            <source>Save to get the link.</source>
            <translation>Salva per ottenere il link.</translation>
        </message>
        <message>
            <source>Shown at the top of the portal. Empty: “&lt;your business&gt; partners with Stripe for simplified billing.”</source>
            <translation>Mostrato in cima al portale. Vuoto: «&lt;la tua attività&gt; collabora con Stripe per una fatturazione semplificata.»</translation>
        </message>
        <message>
            <source>Shown when customers change a subscription or add a payment method. Empty: the link in your public business details.</source>
            <translation>Mostrato quando i clienti modificano un abbonamento o aggiungono una modalità di pagamento. Vuoto: il link nei dati pubblici della tua attività.</translation>
        </message>
        <message>
            <source>Stripe only credits unused time for immediate cancellations.</source>
            <translation>Stripe accredita il tempo non utilizzato solo per gli annullamenti immediati.</translation>
        </message>
        <message>
            <source>Tells configurations apart here and in the API.</source>
            <translation>Distingue le configurazioni qui e nell'API.</translation>
        </message>
        <message>
            <source>The name is only for you; customers see the headline and the links.</source>
            <translation>Il nome è solo per te; i clienti vedono il titolo e i link.</translation>
        </message>
        <message>
            <source>Up to 10 products, each with the prices customers can switch between, picked from your synced catalogue.</source>
            <translation>Fino a 10 prodotti, ciascuno con i prezzi tra cui i clienti possono passare, scelti dal tuo catalogo sincronizzato.</translation>
        </message>
        <message>
            <source>When customers change plan</source>
            <translation>Quando i clienti cambiano piano</translation>
        </message>
        <message>
            <source>Where “Return to &lt;your business&gt;” goes when customers leave the portal. Empty: no return link, unless the session sets one.</source>
            <translation>Dove porta «Torna a &lt;la tua attività&gt;» quando i clienti escono dal portale. Vuoto: nessun link di ritorno, salvo che la sessione ne imposti uno.</translation>
        </message>
        <message>
            <source>e.g. Plan changes for teams</source>
            <translation>ad es. Cambi di piano per i team</translation>
        </message>
        <message>
            <source>“{0}” (unknown to Stripe)</source>
            <translation>«{0}» (sconosciuto a Stripe)</translation>
        </message>
    </context>
    <context>
        <name>Connect</name>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>In prova</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Non pagato</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Account disconnected from your platform</source>
            <translation>Account disconnesso dalla tua piattaforma</translation>
        </message>
        <message>
            <source>Bank account or debit card updated</source>
            <translation>Conto bancario o carta di debito aggiornati</translation>
        </message>
        <message>
            <source>Account updated</source>
            <translation>Account aggiornato</translation>
        </message>
        <message>
            <source>Balance available</source>
            <translation>Saldo disponibile</translation>
        </message>
        <message>
            <source>Payment succeeded</source>
            <translation>Pagamento riuscito</translation>
        </message>
        <message>
            <source>Payment started</source>
            <translation>Pagamento avviato</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>Bonifico non riuscito</translation>
        </message>
        <message>
            <source>Person updated</source>
            <translation>Persona aggiornata</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Cliente creato</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abbonamento creato</translation>
        </message>
        <message>
            <source>Subscription ended</source>
            <translation>Abbonamento terminato</translation>
        </message>
        <message>
            <source>Subscription paused</source>
            <translation>Abbonamento in pausa</translation>
        </message>
        <message>
            <source>Subscription resumed</source>
            <translation>Abbonamento riattivato</translation>
        </message>
        <message>
            <source>Trial ends in three days</source>
            <translation>La prova gratuita termina tra tre giorni</translation>
        </message>
        <message>
            <source>Subscription updated</source>
            <translation>Abbonamento aggiornato</translation>
        </message>
        <message>
            <source>Entitlements changed</source>
            <translation>Diritti di accesso modificati</translation>
        </message>
        <message>
            <source>Invoice created</source>
            <translation>Fattura creata</translation>
        </message>
        <message>
            <source>Invoice finalized</source>
            <translation>Fattura finalizzata</translation>
        </message>
        <message>
            <source>Invoice could not be finalized</source>
            <translation>Impossibile finalizzare la fattura</translation>
        </message>
        <message>
            <source>Invoice paid</source>
            <translation>Fattura pagata</translation>
        </message>
        <message>
            <source>Invoice needs customer action</source>
            <translation>La fattura richiede un'azione del cliente</translation>
        </message>
        <message>
            <source>Invoice payment failed</source>
            <translation>Pagamento della fattura non riuscito</translation>
        </message>
        <message>
            <source>Invoice coming up</source>
            <translation>Fattura in arrivo</translation>
        </message>
        <message>
            <source>Invoice updated</source>
            <translation>Fattura aggiornata</translation>
        </message>
        <message>
            <source>Schedule aborted</source>
            <translation>Programma interrotto</translation>
        </message>
        <message>
            <source>Schedule canceled</source>
            <translation>Programma annullato</translation>
        </message>
        <message>
            <source>Schedule completed</source>
            <translation>Programma completato</translation>
        </message>
        <message>
            <source>Schedule created</source>
            <translation>Programma creato</translation>
        </message>
        <message>
            <source>Schedule expires in seven days</source>
            <translation>Il programma scade tra sette giorni</translation>
        </message>
        <message>
            <source>Schedule released</source>
            <translation>Programma rilasciato</translation>
        </message>
        <message>
            <source>Schedule updated</source>
            <translation>Programma aggiornato</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n giorno</numerusform>
                <numerusform>%n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n settimana</numerusform>
                <numerusform>%n settimane</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n mese</numerusform>
                <numerusform>%n mesi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n anno</numerusform>
                <numerusform>%n anni</numerusform>
            </translation>
        </message>
        <message>
            <source>(+{0} more)</source>
            <translation>(+{0} altri)</translation>
        </message>
        <message>
            <source>An application fee needs a connected account: this platform invoice has no destination.</source>
            <translation>Una commissione dell'applicazione richiede un account connesso: questa fattura della piattaforma non ha destinazione.</translation>
        </message>
        <message>
            <source>Another app ({0})</source>
            <translation>Un'altra app ({0})</translation>
        </message>
        <message>
            <source>Check the subscription's status in a moment.</source>
            <translation>Controlla lo stato dell'abbonamento tra un momento.</translation>
        </message>
        <message>
            <source>Choose a customer, or create a new one.</source>
            <translation>Scegli un cliente o creane uno nuovo.</translation>
        </message>
        <message>
            <source>Choose a price.</source>
            <translation>Scegli un prezzo.</translation>
        </message>
        <message>
            <source>Choose direct or destination charges.</source>
            <translation>Scegli addebiti diretti o a destinazione.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connesso</translation>
        </message>
        <message>
            <source>Controlled by {0}</source>
            <translation>Controllato da {0}</translation>
        </message>
        <message>
            <source>Controller properties</source>
            <translation>Proprietà del controller</translation>
        </message>
        <message>
            <source>Counterfoil cannot tell yet which Connect application is your platform's, so it cannot tell whether your platform created this.</source>
            <translation>Counterfoil non sa ancora quale applicazione Connect sia quella della tua piattaforma, quindi non può sapere se l'ha creato la tua piattaforma.</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Deauthorized</source>
            <translation>Autorizzazione revocata</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>A destinazione</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Diretto</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disattivato</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Attivato</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100, like 10 or 12.5.</source>
            <translation>Inserisci una percentuale tra 0 e 100, come 10 o 12.5.</translation>
        </message>
        <message>
            <source>Express</source>
            <translation>Express</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Commissioni</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Give the new customer a name or an email address.</source>
            <translation>Indica un nome o un indirizzo email per il nuovo cliente.</translation>
        </message>
        <message>
            <source>Lives on the connected account (requests use the Stripe-Account header); customer and price are the account's.</source>
            <translation>Risiede sull'account connesso (le richieste usano l'intestazione Stripe-Account); cliente e prezzo sono dell'account.</translation>
        </message>
        <message>
            <source>Lives on your platform; payments are transferred to the account (transfer_data.destination).</source>
            <translation>Risiede sulla tua piattaforma; i pagamenti vengono trasferiti all'account (transfer_data.destination).</translation>
        </message>
        <message>
            <source>No resume date.</source>
            <translation>Nessuna data di riattivazione.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>Not listed</source>
            <translation>Non elencato</translation>
        </message>
        <message>
            <source>Nothing left to do: the first invoice needed no payment.</source>
            <translation>Non resta niente da fare: la prima fattura non richiedeva pagamento.</translation>
        </message>
        <message>
            <source>On the account</source>
            <translation>Sull'account</translation>
        </message>
        <message>
            <source>On your platform</source>
            <translation>Sulla tua piattaforma</translation>
        </message>
        <message>
            <source>Paused (draft)</source>
            <translation>Sospesa (bozza)</translation>
        </message>
        <message>
            <source>Paused (uncollectible)</source>
            <translation>Sospesa (non riscuotibile)</translation>
        </message>
        <message>
            <source>Paused (void)</source>
            <translation>Sospesa (annullata)</translation>
        </message>
        <message>
            <source>Payment collection is paused.</source>
            <translation>La riscossione dei pagamenti è sospesa.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are uncollectible.</source>
            <translation>La riscossione dei pagamenti è sospesa: le fatture sono non riscuotibili.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are voided.</source>
            <translation>La riscossione dei pagamenti è sospesa: le fatture vengono annullate.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices stay drafts.</source>
            <translation>La riscossione dei pagamenti è sospesa: le fatture restano bozze.</translation>
        </message>
        <message>
            <source>Platform billing</source>
            <translation>Fatturazione della piattaforma</translation>
        </message>
        <message>
            <source>Platform billing pays your platform directly: there is no application fee.</source>
            <translation>La fatturazione della piattaforma paga direttamente la tua piattaforma: non c'è commissione dell'applicazione.</translation>
        </message>
        <message>
            <source>Recommended for accounts with full Dashboard access, like {0}.</source>
            <translation>Consigliato per gli account con accesso completo alla Dashboard, come {0}.</translation>
        </message>
        <message>
            <source>Recommended for accounts with the Express Dashboard or no Dashboard, like {0}.</source>
            <translation>Consigliato per gli account con la Dashboard Express o senza Dashboard, come {0}.</translation>
        </message>
        <message>
            <source>Refunds and chargebacks come out of {0}'s balance.</source>
            <translation>Rimborsi e chargeback vengono detratti dal saldo di {0}.</translation>
        </message>
        <message>
            <source>Refunds and disputes</source>
            <translation>Rimborsi e contestazioni</translation>
        </message>
        <message>
            <source>Resumes on {0}.</source>
            <translation>Riprende il {0}.</translation>
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
            <translation>Stripe accetta al massimo due decimali (come 12.75).</translation>
        </message>
        <message>
            <source>Stripe needs more information: {0}.</source>
            <translation>Stripe ha bisogno di altre informazioni: {0}.</translation>
        </message>
        <message>
            <source>Stripe no longer lists {0}; Counterfoil knows it from your platform's data.</source>
            <translation>Stripe non elenca più {0}; Counterfoil lo conosce dai dati della tua piattaforma.</translation>
        </message>
        <message>
            <source>The application fee must be between 0 and 100 percent.</source>
            <translation>La commissione dell'applicazione deve essere tra 0 e 100 percento.</translation>
        </message>
        <message>
            <source>The first invoice is open: send it to the customer.</source>
            <translation>La prima fattura è aperta: inviala al cliente.</translation>
        </message>
        <message>
            <source>The latest invoice is not in the local cache yet.</source>
            <translation>L'ultima fattura non è ancora nella cache locale.</translation>
        </message>
        <message>
            <source>The latest invoice is {0}: its application fee can no longer change.</source>
            <translation>L'ultima fattura è {0}: la sua commissione dell'applicazione non può più cambiare.</translation>
        </message>
        <message>
            <source>The platform cannot add an application fee to an invoice it did not create.</source>
            <translation>La piattaforma non può aggiungere una commissione dell'applicazione a una fattura che non ha creato.</translation>
        </message>
        <message>
            <source>The platform cannot update or cancel a subscription it did not create.</source>
            <translation>La piattaforma non può aggiornare né annullare un abbonamento che non ha creato.</translation>
        </message>
        <message>
            <source>The subscription is incomplete until its first invoice is paid. Send the customer the payment page link above, or confirm the payment in your app with the invoice's confirmation secret. If nobody pays within 23 hours, Stripe expires the subscription (incomplete_expired).</source>
            <translation>L'abbonamento è incompleto finché la prima fattura non viene pagata. Invia al cliente il link alla pagina di pagamento qui sopra, oppure conferma il pagamento nella tua app con il segreto di conferma della fattura. Se nessuno paga entro 23 ore, Stripe fa scadere l'abbonamento (incomplete_expired).</translation>
        </message>
        <message>
            <source>The trial has started; the customer is charged when it ends. Make sure they add a payment method before then.</source>
            <translation>La prova gratuita è iniziata; al cliente viene addebitato l'importo quando termina. Assicurati che aggiunga una modalità di pagamento prima di allora.</translation>
        </message>
        <message>
            <source>This account disconnected from your platform: Stripe refuses requests made on its behalf.</source>
            <translation>Questo account si è disconnesso dalla tua piattaforma: Stripe rifiuta le richieste fatte per suo conto.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>Non sembra un indirizzo email.</translation>
        </message>
        <message>
            <source>This one was created by another application ({0}).</source>
            <translation>Questo è stato creato da un'altra applicazione ({0}).</translation>
        </message>
        <message>
            <source>This one was created by {0} itself.</source>
            <translation>Questo è stato creato da {0} stesso.</translation>
        </message>
        <message>
            <source>This subscription has ended ({0}); it can no longer change.</source>
            <translation>Questo abbonamento è terminato ({0}); non può più cambiare.</translation>
        </message>
        <message>
            <source>Unknown ({0})</source>
            <translation>Sconosciuta ({0})</translation>
        </message>
        <message>
            <source>Who sells</source>
            <translation>Chi vende</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>La tua piattaforma</translation>
        </message>
        <message>
            <source>Your platform bills the account itself, through the customer that represents it.</source>
            <translation>La tua piattaforma fattura all'account stesso, tramite il cliente che lo rappresenta.</translation>
        </message>
        <message>
            <source>Your platform is responsible for refunds and chargebacks. With on_behalf_of, {0} becomes the settlement merchant (its name on statements).</source>
            <translation>La tua piattaforma è responsabile di rimborsi e chargeback. Con on_behalf_of, {0} diventa l'esercente di regolamento (il suo nome compare negli estratti conto).</translation>
        </message>
        <message>
            <source>Your platform is the merchant: the customer, the price and the subscription live on your platform, and each payment is transferred to {0} automatically.</source>
            <translation>La tua piattaforma è l'esercente: cliente, prezzo e abbonamento risiedono sulla tua piattaforma e ogni pagamento viene trasferito automaticamente a {0}.</translation>
        </message>
        <message>
            <source>Your platform pays Stripe's fees and keeps the application fee you set; the rest goes to {0}.</source>
            <translation>La tua piattaforma paga le commissioni di Stripe e trattiene la commissione dell'applicazione che imposti; il resto va a {0}.</translation>
        </message>
        <message>
            <source>application: {0}</source>
            <translation>applicazione: {0}</translation>
        </message>
        <message>
            <source>changed: {0}</source>
            <translation>modificato: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>giorno</translation>
        </message>
        <message>
            <source>full Stripe Dashboard access</source>
            <translation>accesso completo alla Dashboard di Stripe</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mese</translation>
        </message>
        <message>
            <source>no Stripe Dashboard</source>
            <translation>nessuna Dashboard di Stripe</translation>
        </message>
        <message>
            <source>on_behalf_of is only for destination charges: a direct charge already belongs to the account.</source>
            <translation>on_behalf_of è solo per gli addebiti a destinazione: un addebito diretto appartiene già all'account.</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>the Express Dashboard</source>
            <translation>la Dashboard Express</translation>
        </message>
        <message>
            <source>the account</source>
            <translation>l'account</translation>
        </message>
        <message>
            <source>the account pays Stripe's fees</source>
            <translation>l'account paga le commissioni di Stripe</translation>
        </message>
        <message>
            <source>today</source>
            <translation>oggi</translation>
        </message>
        <message>
            <source>unknown Dashboard access</source>
            <translation>accesso alla Dashboard sconosciuto</translation>
        </message>
        <message>
            <source>week</source>
            <translation>settimana</translation>
        </message>
        <message>
            <source>year</source>
            <translation>anno</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ieri</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>la tua piattaforma</translation>
        </message>
        <message>
            <source>your platform pays Stripe's fees</source>
            <translation>la tua piattaforma paga le commissioni di Stripe</translation>
        </message>
        <message>
            <source>{0} cannot accept charges yet.</source>
            <translation>{0} non può ancora accettare addebiti.</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>{0} giorni fa</translation>
        </message>
        <message>
            <source>{0} disconnected from your platform{1}. Disconnecting cancels nothing: its platform subscriptions keep running until you cancel them.</source>
            <translation>{0} si è disconnesso dalla tua piattaforma{1}. La disconnessione non annulla nulla: i suoi abbonamenti della piattaforma restano attivi finché non li annulli.</translation>
        </message>
        <message>
            <source>{0} due</source>
            <translation>{0} in sospeso</translation>
        </message>
        <message>
            <source>{0} has full Stripe Dashboard access and manages its own customers' subscriptions there. Your platform can change only the ones it created.</source>
            <translation>{0} ha accesso completo alla Dashboard di Stripe e vi gestisce gli abbonamenti dei propri clienti. La tua piattaforma può modificare solo quelli che ha creato.</translation>
        </message>
        <message>
            <source>{0} has {1}: your platform must manage its customers' subscriptions.</source>
            <translation>{0} ha {1}: la tua piattaforma deve gestire gli abbonamenti dei suoi clienti.</translation>
        </message>
        <message>
            <source>{0} is the merchant: the customer, the price and the subscription live on its account, and its name is on the customer's statement.</source>
            <translation>{0} è l'esercente: cliente, prezzo e abbonamento risiedono sul suo account, e il suo nome compare nell'estratto conto del cliente.</translation>
        </message>
        <message>
            <source>{0} past due</source>
            <translation>{0} scaduti</translation>
        </message>
        <message>
            <source>{0} receives the payment and pays Stripe's fees (per its controller settings); your platform earns the application fee you set.</source>
            <translation>{0} riceve il pagamento e paga le commissioni di Stripe (secondo le impostazioni del controller); la tua piattaforma guadagna la commissione dell'applicazione che imposti.</translation>
        </message>
        <message>
            <source>{0}% of each payment is transferred</source>
            <translation>Viene trasferito il {0}% di ogni pagamento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Account ID</source>
            <translation>ID account</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Addebiti</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Bonifici</translation>
        </message>
        <message>
            <source>Requirements due</source>
            <translation>Requisiti in sospeso</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connessione</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commissione dell'applicazione</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Riscossione</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creato da</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creato</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dove</translation>
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
            <translation>I tuoi account connessi e gli abbonamenti diretti, a destinazione e di fatturazione della piattaforma che la tua piattaforma gestisce con loro.</translation>
        </message>
        <message>
            <source>Disconnected accounts…</source>
            <translation>Account disconnessi…</translation>
        </message>
        <message>
            <source>Review and cancel…</source>
            <translation>Rivedi e annulla…</translation>
        </message>
        <message>
            <source>Search accounts by name, id or email  (Ctrl+F)</source>
            <translation>Cerca account per nome, ID o email  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Impossibile leggere la cache locale: {0}</translation>
        </message>
        <message>
            <source>Reading connected accounts…</source>
            <translation>Lettura degli account connessi…</translation>
        </message>
        <message>
            <source>Could not check the accounts Stripe no longer lists</source>
            <translation>Impossibile verificare gli account che Stripe non elenca più</translation>
        </message>
        <message>
            <source>Could not read connected accounts</source>
            <translation>Impossibile leggere gli account connessi</translation>
        </message>
        <message>
            <source>Connected accounts could not be read.</source>
            <translation>Impossibile leggere gli account connessi.</translation>
        </message>
        <message>
            <source>No account matches your search.</source>
            <translation>Nessun account corrisponde alla ricerca.</translation>
        </message>
        <message>
            <source>No connected accounts yet. Accounts you connect to your platform appear here after a sync.</source>
            <translation>Ancora nessun account connesso. Gli account che colleghi alla tua piattaforma compaiono qui dopo una sincronizzazione.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected</source>
            <translation>
                <numerusform>%Ln connesso</numerusform>
                <numerusform>%Ln connessi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deauthorized</source>
            <translation>
                <numerusform>%Ln con autorizzazione revocata</numerusform>
                <numerusform>%Ln con autorizzazione revocata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not listed</source>
            <translation>
                <numerusform>%Ln non elencato</numerusform>
                <numerusform>%Ln non elencati</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked while offline</source>
            <translation>non verificato offline</translation>
        </message>
        <message>
            <source>Your platform's Connect application: {0}</source>
            <translation>Applicazione Connect della tua piattaforma: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n platform subscription(s) still running after disconnecting. Disconnecting cancels nothing.</source>
            <translation>
                <numerusform>{0}: %n abbonamento della piattaforma ancora attivo dopo la disconnessione. La disconnessione non annulla nulla.</numerusform>
                <numerusform>{0}: %n abbonamenti della piattaforma ancora attivi dopo la disconnessione. La disconnessione non annulla nulla.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an account to see its connected accounts.</source>
            <translation>Apri un account per vedere i suoi account connessi.</translation>
        </message>
    </context>
    <context>
        <name>CreateSubscriptionDialog</name>
        <message>
            <source>New subscription for {0}</source>
            <translation>Nuovo abbonamento per {0}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Create subscription</source>
            <translation>Crea abbonamento</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>{0} has {1}.</source>
            <translation>{0} ha {1}.</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Addebiti diretti</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Addebiti a destinazione</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Consigliato</translation>
        </message>
        <message>
            <source>An existing customer</source>
            <translation>Un cliente esistente</translation>
        </message>
        <message>
            <source>A new customer</source>
            <translation>Un nuovo cliente</translation>
        </message>
        <message>
            <source>Search by name, email or id</source>
            <translation>Cerca per nome, email o ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Optional, e.g. 10 or 12.5</source>
            <translation>Facoltativo, ad es. 10 o 12.5</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Commissione dell'applicazione (%)</translation>
        </message>
        <message>
            <source>The share of each invoice your platform keeps, between 0 and 100 with at most two decimals.</source>
            <translation>La quota di ogni fattura che trattiene la tua piattaforma, tra 0 e 100 con al massimo due decimali.</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>la tua piattaforma</translation>
        </message>
        <message>
            <source>No customer on {0} matches.</source>
            <translation>Nessun cliente su {0} corrisponde.</translation>
        </message>
        <message>
            <source>sold for {0}</source>
            <translation>venduto per {0}</translation>
        </message>
        <message>
            <source>There is no active recurring price in this catalogue yet. Create one in the Stripe Dashboard, then sync.</source>
            <translation>In questo catalogo non c'è ancora un prezzo ricorrente attivo. Creane uno nella Dashboard di Stripe, poi sincronizza.</translation>
        </message>
        <message>
            <source>How should {0} be paid?</source>
            <translation>Come deve essere pagato {0}?</translation>
        </message>
        <message>
            <source>Who subscribes?</source>
            <translation>Chi si abbona?</translation>
        </message>
        <message>
            <source>Which price?</source>
            <translation>Quale prezzo?</translation>
        </message>
        <message>
            <source>Application fee and review</source>
            <translation>Commissione dell'applicazione e riepilogo</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abbonamento creato</translation>
        </message>
        <message>
            <source>Step {0} of 4</source>
            <translation>Passaggio {0} di 4</translation>
        </message>
        <message>
            <source>The customer must live on {0}'s account for direct charges.</source>
            <translation>Per gli addebiti diretti il cliente deve risiedere sull'account di {0}.</translation>
        </message>
        <message>
            <source>The customer must live on your platform for destination charges.</source>
            <translation>Per gli addebiti a destinazione il cliente deve risiedere sulla tua piattaforma.</translation>
        </message>
        <message>
            <source>Prices from {0}'s catalogue.</source>
            <translation>Prezzi dal catalogo di {0}.</translation>
        </message>
        <message>
            <source>Prices from your platform's catalogue.</source>
            <translation>Prezzi dal catalogo della tua piattaforma.</translation>
        </message>
        <message>
            <source>on_behalf_of (destination charges only)</source>
            <translation>on_behalf_of (solo addebiti a destinazione)</translation>
        </message>
        <message>
            <source>A direct charge already belongs to {0}.</source>
            <translation>Un addebito diretto appartiene già a {0}.</translation>
        </message>
        <message>
            <source>Settle on behalf of {0} (on_behalf_of)</source>
            <translation>Regola per conto di {0} (on_behalf_of)</translation>
        </message>
        <message>
            <source>{0} becomes the settlement merchant: its name and address appear on statements, and its country's fees apply.</source>
            <translation>{0} diventa l'esercente di regolamento: nome e indirizzo compaiono negli estratti conto e si applicano le commissioni del suo paese.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>a new customer ({0})</source>
            <translation>un nuovo cliente ({0})</translation>
        </message>
        <message>
            <source>on {0}'s account (Stripe-Account: {1})</source>
            <translation>sull'account di {0} (Stripe-Account: {1})</translation>
        </message>
        <message>
            <source>on your platform, paying out to {0}</source>
            <translation>sulla tua piattaforma, con versamento a {0}</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Addebiti</translation>
        </message>
        <message>
            <source>Lives</source>
            <translation>Risiede</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commissione dell'applicazione</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pagamento</translation>
        </message>
        <message>
            <source>default_incomplete: the first invoice waits for payment</source>
            <translation>default_incomplete: la prima fattura attende il pagamento</translation>
        </message>
        <message>
            <source>on_behalf_of</source>
            <translation>on_behalf_of</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non impostato</translation>
        </message>
        <message>
            <source>Create a {0} subscription for {1}</source>
            <translation>Crea un abbonamento ({0}) per {1}</translation>
        </message>
        <message>
            <source>on {0}'s account</source>
            <translation>sull'account di {0}</translation>
        </message>
        <message>
            <source>on your platform</source>
            <translation>sulla tua piattaforma</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (nuovo)</translation>
        </message>
        <message>
            <source>The subscription was not created</source>
            <translation>L'abbonamento non è stato creato</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
    </context>
    <context>
        <name>CustomersPanel</name>
        <message>
            <source>Customers</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Name, email, phone, id…   (Ctrl+K)</source>
            <translation>Nome, email, telefono, ID…   (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Cerca clienti</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tutti gli account</translation>
        </message>
        <message>
            <source>Search Stripe</source>
            <translation>Cerca su Stripe</translation>
        </message>
        <message>
            <source>Ask Stripe's Search API (it can lag a minute behind recent changes)</source>
            <translation>Chiedi all'API di ricerca di Stripe (può essere in ritardo di un minuto sulle modifiche recenti)</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Clienti trovati</translation>
        </message>
        <message>
            <source>Find customer…</source>
            <translation>Trova cliente…</translation>
        </message>
        <message>
            <source>Open a Stripe account to search its customers.</source>
            <translation>Apri un account Stripe per cercarne i clienti.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) in the local cache, searchable offline</source>
            <translation>
                <numerusform>%Ln cliente nella cache locale, ricercabile offline</numerusform>
                <numerusform>%Ln clienti nella cache locale, ricercabili offline</numerusform>
            </translation>
        </message>
        <message>
            <source>Platform only</source>
            <translation>Solo la piattaforma</translation>
        </message>
        <message>
            <source>Newest customers first. Type to search.</source>
            <translation>Prima i clienti più recenti. Digita per cercare.</translation>
        </message>
        <message>
            <source>{0}{1} found</source>
            <translation>{0}{1} trovati</translation>
        </message>
        <message>
            <source>1 found</source>
            <translation>1 trovato</translation>
        </message>
        <message>
            <source>No customers in the local cache yet. They appear here as the sync brings them in.</source>
            <translation>Ancora nessun cliente nella cache locale. Compaiono qui man mano che la sincronizzazione li porta.</translation>
        </message>
        <message>
            <source>Looking up {0} on Stripe…</source>
            <translation>Ricerca di {0} su Stripe…</translation>
        </message>
        <message>
            <source>No customer in the local cache matches “{0}”.</source>
            <translation>Nessun cliente nella cache locale corrisponde a «{0}».</translation>
        </message>
        <message>
            <source>Nothing found locally.</source>
            <translation>Nessun risultato in locale.</translation>
        </message>
        <message>
            <source>The local cache has no customers yet: asking Stripe's Search API…</source>
            <translation>La cache locale non ha ancora clienti: interrogazione dell'API di ricerca di Stripe…</translation>
        </message>
        <message>
            <source>The search failed</source>
            <translation>Ricerca non riuscita</translation>
        </message>
        <message numerus="yes">
            <source>There is no customer {0} on Stripe (asked %n account(s)).</source>
            <translation>
                <numerusform>Nessun cliente {0} su Stripe (interrogato %n account).</numerusform>
                <numerusform>Nessun cliente {0} su Stripe (interrogati %n account).</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking Stripe's Search API…</source>
            <translation>Interrogazione dell'API di ricerca di Stripe…</translation>
        </message>
        <message>
            <source>{0} from Stripe's Search API (it can lag a minute behind recent changes); now in the local cache too.</source>
            <translation>{0} dall'API di ricerca di Stripe (può essere in ritardo di un minuto sulle modifiche recenti); ora anche nella cache locale.</translation>
        </message>
        <message>
            <source>Stripe's Search API found no customer for “{0}” either.</source>
            <translation>Neanche l'API di ricerca di Stripe ha trovato clienti per «{0}».</translation>
        </message>
        <message>
            <source>Stripe could not be asked</source>
            <translation>Impossibile interrogare Stripe</translation>
        </message>
        <message>
            <source>Not in the local cache</source>
            <translation>Non nella cache locale</translation>
        </message>
        <message>
            <source>{0} is not in the local cache. Try Refresh or Search Stripe.</source>
            <translation>{0} non è nella cache locale. Prova Aggiorna o Cerca su Stripe.</translation>
        </message>
        <message>
            <source>The customer could not be loaded</source>
            <translation>Impossibile caricare il cliente</translation>
        </message>
        <message>
            <source>Stripe could not be asked for details</source>
            <translation>Impossibile chiedere i dettagli a Stripe</translation>
        </message>
        <message>
            <source>Refreshing from Stripe failed</source>
            <translation>Aggiornamento da Stripe non riuscito</translation>
        </message>
    </context>
    <context>
        <name>CustomersText</name>
        <message>
            <source>, application fee {0}%</source>
            <translation>, commissione dell'applicazione {0}%</translation>
        </message>
        <message>
            <source>, expires {0:02d}/{1}</source>
            <translation>, scade {0:02d}/{1}</translation>
        </message>
        <message>
            <source>, on behalf of {0}</source>
            <translation>, per conto di {0}</translation>
        </message>
        <message>
            <source>, resumes {0}</source>
            <translation>, riprende il {0}</translation>
        </message>
        <message>
            <source>, until resumed</source>
            <translation>, fino alla riattivazione</translation>
        </message>
        <message>
            <source>. The subscription itself stays {0}.</source>
            <translation>. L'abbonamento in sé resta {0}.</translation>
        </message>
        <message>
            <source>A subscription schedule ({0}) manages it: the portal can neither change nor cancel it.</source>
            <translation>È gestito da una pianificazione dell'abbonamento ({0}): il portale non può né modificarlo né annullarlo.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Dopo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Anyone with this link can act as the customer: share it only with them. Counterfoil does not save it.</source>
            <translation>Chiunque abbia questo link può agire come il cliente: condividilo solo con lui. Counterfoil non lo salva.</translation>
        </message>
        <message>
            <source>Automatic (customer's language or browser)</source>
            <translation>Automatica (lingua del cliente o del browser)</translation>
        </message>
        <message>
            <source>Back to the portal home page</source>
            <translation>Torna alla home page del portale</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Can't reach Stripe right now; the local cache is still searchable.</source>
            <translation>Stripe non è raggiungibile ora; la cache locale resta ricercabile.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel a subscription</source>
            <translation>Annulla un abbonamento</translation>
        </message>
        <message>
            <source>Cancel in portal…</source>
            <translation>Annulla nel portale…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Canceled on {0}</source>
            <translation>Annullato il {0}</translation>
        </message>
        <message>
            <source>Change a subscription</source>
            <translation>Modifica un abbonamento</translation>
        </message>
        <message>
            <source>Change in portal…</source>
            <translation>Modifica nel portale…</translation>
        </message>
        <message>
            <source>Change plan or quantity</source>
            <translation>Cambia piano o quantità</translation>
        </message>
        <message>
            <source>Charged by the platform</source>
            <translation>Addebitato dalla piattaforma</translation>
        </message>
        <message>
            <source>Choose a customer</source>
            <translation>Scegli un cliente</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Scegli una lingua dall'elenco.</translation>
        </message>
        <message>
            <source>Choose a new price or a new quantity.</source>
            <translation>Scegli un nuovo prezzo o una nuova quantità.</translation>
        </message>
        <message>
            <source>Choose a subscription.</source>
            <translation>Scegli un abbonamento.</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Riscossione sospesa</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configurazione</translation>
        </message>
        <message>
            <source>Confirm a specific change</source>
            <translation>Conferma una modifica specifica</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiato</translation>
        </message>
        <message>
            <source>Copy id</source>
            <translation>Copia ID</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copia link</translation>
        </message>
        <message>
            <source>Coupon id to offer before they cancel (optional)</source>
            <translation>ID del coupon da offrire prima dell'annullamento (facoltativo)</translation>
        </message>
        <message>
            <source>Create a customer portal session (Ctrl+P)</source>
            <translation>Crea una sessione del portale clienti (Ctrl+P)</translation>
        </message>
        <message>
            <source>Create a customer portal session for {0} ({1})</source>
            <translation>Crea una sessione del portale clienti per {0} ({1})</translation>
        </message>
        <message>
            <source>Create another</source>
            <translation>Creane un'altra</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Crea sessione</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creato</translation>
        </message>
        <message>
            <source>Current period: {0} – {1}</source>
            <translation>Periodo in corso: {0} – {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predefinito</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminato</translation>
        </message>
        <message>
            <source>Deleted customer</source>
            <translation>Cliente eliminato</translation>
        </message>
        <message>
            <source>Delinquent</source>
            <translation>Moroso</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Destination charge, paid out to {0}</source>
            <translation>Addebito a destinazione, versato a {0}</translation>
        </message>
        <message>
            <source>Direct charge on the connected account {0}</source>
            <translation>Addebito diretto sull'account connesso {0}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bozza</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Enter a full web address, starting with https://</source>
            <translation>Inserisci un indirizzo web completo che inizi con https://</translation>
        </message>
        <message>
            <source>Every price it could switch to has a different tax behavior than its current price ({0}).</source>
            <translation>Ogni prezzo a cui potrebbe passare ha un comportamento fiscale diverso dal prezzo attuale ({0}).</translation>
        </message>
        <message>
            <source>Fetch this customer again from Stripe (Ctrl+R)</source>
            <translation>Recupera di nuovo questo cliente da Stripe (Ctrl+R)</translation>
        </message>
        <message>
            <source>Fetched from Stripe at {0}</source>
            <translation>Recuperato da Stripe alle {0}</translation>
        </message>
        <message>
            <source>Free trial until {0}</source>
            <translation>Prova gratuita fino al {0}</translation>
        </message>
        <message>
            <source>From the local cache</source>
            <translation>Dalla cache locale</translation>
        </message>
        <message>
            <source>In the portal ({0})</source>
            <translation>Nel portale ({0})</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incompleto, scaduto</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Invoice page</source>
            <translation>Pagina della fattura</translation>
        </message>
        <message>
            <source>Invoices are sent for payment</source>
            <translation>Le fatture vengono inviate per il pagamento</translation>
        </message>
        <message>
            <source>Invoices are sent for payment, due in {0} days</source>
            <translation>Le fatture vengono inviate per il pagamento, con scadenza a {0} giorni</translation>
        </message>
        <message>
            <source>It has {0} items (several products): the portal can only cancel it.</source>
            <translation>Ha {0} articoli (più prodotti): il portale può solo annullarlo.</translation>
        </message>
        <message>
            <source>It is already set to cancel.</source>
            <translation>È già impostato per l'annullamento.</translation>
        </message>
        <message>
            <source>It is billed by sending invoices: the portal can only cancel it.</source>
            <translation>Viene fatturato inviando fatture: il portale può solo annullarlo.</translation>
        </message>
        <message>
            <source>It is paid with a payment method the portal does not support ({0}): the portal can only cancel it.</source>
            <translation>Viene pagato con una modalità di pagamento non supportata dal portale ({0}): il portale può solo annullarlo.</translation>
        </message>
        <message>
            <source>It is trialing: changing it ends the free trial and invoices at once.</source>
            <translation>È in prova: modificarlo termina la prova gratuita e fattura subito.</translation>
        </message>
        <message>
            <source>It uses usage-based (metered) pricing: the portal can only cancel it.</source>
            <translation>Usa una tariffazione a consumo: il portale può solo annullarlo.</translation>
        </message>
        <message>
            <source>Its payment method {0} is not loaded yet, so whether the portal supports it was not checked.</source>
            <translation>La sua modalità di pagamento {0} non è ancora caricata, quindi non è stato verificato se il portale la supporta.</translation>
        </message>
        <message>
            <source>Its price's tax behavior is unspecified: the portal only changes subscriptions whose prices say whether tax is included.</source>
            <translation>Il comportamento fiscale del suo prezzo è unspecified: il portale modifica solo abbonamenti i cui prezzi indicano se l'imposta è inclusa.</translation>
        </message>
        <message>
            <source>Its status is “{0}”; the portal only acts on {1} subscriptions.</source>
            <translation>Il suo stato è «{0}»; il portale agisce solo su abbonamenti {1}.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Mantieni {0}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Lingue</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Loading from Stripe… (the sync does not download payment methods)</source>
            <translation>Caricamento da Stripe… (la sincronizzazione non scarica le modalità di pagamento)</translation>
        </message>
        <message>
            <source>Loading {0}…</source>
            <translation>Caricamento di {0}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>Managed by schedule {0}: {1} phase(s), then {2}</source>
            <translation>Gestito dalla pianificazione {0}: {1} fase/i, poi {2}</translation>
        </message>
        <message>
            <source>Managed by subscription schedule {0}</source>
            <translation>Gestito dalla pianificazione dell'abbonamento {0}</translation>
        </message>
        <message>
            <source>Message on the confirmation page (optional)</source>
            <translation>Messaggio nella pagina di conferma (facoltativo)</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>Nuovo prezzo</translation>
        </message>
        <message>
            <source>No invoices.</source>
            <translation>Nessuna fattura.</translation>
        </message>
        <message>
            <source>No payment methods.</source>
            <translation>Nessuna modalità di pagamento.</translation>
        </message>
        <message>
            <source>No subscription</source>
            <translation>Nessun abbonamento</translation>
        </message>
        <message>
            <source>No subscriptions. The portal can still update payment methods and show invoices; flows that need a subscription are unavailable.</source>
            <translation>Nessun abbonamento. Il portale può comunque aggiornare le modalità di pagamento e mostrare le fatture; i flussi che richiedono un abbonamento non sono disponibili.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>None (the platform's branding)</source>
            <translation>Nessuno (il branding della piattaforma)</translation>
        </message>
        <message>
            <source>Not loaded yet</source>
            <translation>Non ancora caricato</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>Per conto di</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aperta</translation>
        </message>
        <message>
            <source>Open at</source>
            <translation>Apri su</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Apri nel browser</translation>
        </message>
        <message>
            <source>Open portal…</source>
            <translation>Apri portale…</translation>
        </message>
        <message>
            <source>Open the customer portal</source>
            <translation>Apri il portale clienti</translation>
        </message>
        <message>
            <source>Open the portal for {0}</source>
            <translation>Apri il portale per {0}</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagata</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Payment collection paused: {0}</source>
            <translation>Riscossione dei pagamenti sospesa: {0}</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Modalità di pagamento</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Piattaforma</translation>
        </message>
        <message>
            <source>Platform charge on behalf of {0}</source>
            <translation>Addebito della piattaforma per conto di {0}</translation>
        </message>
        <message>
            <source>Portal configuration for eligibility</source>
            <translation>Configurazione del portale per l'idoneità</translation>
        </message>
        <message>
            <source>Portal configuration:</source>
            <translation>Configurazione del portale:</translation>
        </message>
        <message>
            <source>Portal home page</source>
            <translation>Home page del portale</translation>
        </message>
        <message>
            <source>Portal session ready</source>
            <translation>Sessione del portale pronta</translation>
        </message>
        <message>
            <source>Portal sessions opened from Counterfoil</source>
            <translation>Sessioni del portale aperte da Counterfoil</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profilo</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>Recent invoices</source>
            <translation>Fatture recenti</translation>
        </message>
        <message>
            <source>Redirect to a web page</source>
            <translation>Reindirizza a una pagina web</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aggiorna</translation>
        </message>
        <message>
            <source>Retention offer</source>
            <translation>Offerta di fidelizzazione</translation>
        </message>
        <message>
            <source>Return URL</source>
            <translation>URL di ritorno</translation>
        </message>
        <message>
            <source>Set to cancel on {0}</source>
            <translation>Impostato per l'annullamento il {0}</translation>
        </message>
        <message>
            <source>Show Stripe's confirmation page</source>
            <translation>Mostra la pagina di conferma di Stripe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Status paused: the trial ended without a payment method; no invoices until it is resumed (this is not paused payment collection).</source>
            <translation>Stato in pausa: la prova gratuita è terminata senza una modalità di pagamento; nessuna fattura finché non viene riattivato (non è una riscossione dei pagamenti sospesa).</translation>
        </message>
        <message>
            <source>Stripe did not create the session</source>
            <translation>Stripe non ha creato la sessione</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abbonamento</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abbonamenti</translation>
        </message>
        <message>
            <source>Tax ids</source>
            <translation>Partite IVA</translation>
        </message>
        <message>
            <source>That is already the subscription's price and quantity.</source>
            <translation>Questi sono già il prezzo e la quantità dell'abbonamento.</translation>
        </message>
        <message>
            <source>That price is not offered for this subscription.</source>
            <translation>Quel prezzo non è offerto per questo abbonamento.</translation>
        </message>
        <message>
            <source>The customer has no subscription the portal can act on.</source>
            <translation>Il cliente non ha abbonamenti su cui il portale possa agire.</translation>
        </message>
        <message>
            <source>The customer was deleted.</source>
            <translation>Il cliente è stato eliminato.</translation>
        </message>
        <message>
            <source>The message can be at most 500 characters.</source>
            <translation>Il messaggio può avere al massimo 500 caratteri.</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>La quantità deve essere almeno 1.</translation>
        </message>
        <message>
            <source>The quantity must be between {0} and {1}.</source>
            <translation>La quantità deve essere tra {0} e {1}.</translation>
        </message>
        <message>
            <source>There is no active portal configuration for this account yet.</source>
            <translation>Questo account non ha ancora una configurazione del portale attiva.</translation>
        </message>
        <message>
            <source>There is no portal configuration yet. Create one in the Portal panel.</source>
            <translation>Non c'è ancora una configurazione del portale. Creane una nel pannello Configurazione del portale.</translation>
        </message>
        <message>
            <source>This configuration does not allow quantity changes.</source>
            <translation>Questa configurazione non consente di cambiare la quantità.</translation>
        </message>
        <message>
            <source>This configuration does not offer changes for its product ({0}).</source>
            <translation>Questa configurazione non offre modifiche per il suo prodotto ({0}).</translation>
        </message>
        <message>
            <source>This configuration offers no other price and no quantity change for it.</source>
            <translation>Questa configurazione non offre altri prezzi né cambi di quantità.</translation>
        </message>
        <message>
            <source>This customer belongs to a connected account: the session is created there.</source>
            <translation>Questo cliente appartiene a un account connesso: la sessione viene creata lì.</translation>
        </message>
        <message>
            <source>This customer was deleted on Stripe. What Counterfoil last knew is shown; no portal session can be opened for it.</source>
            <translation>Questo cliente è stato eliminato su Stripe. Viene mostrato quanto Counterfoil sapeva per ultimo; non è possibile aprire sessioni del portale per lui.</translation>
        </message>
        <message>
            <source>This link expired unused. Create a new session for the customer.</source>
            <translation>Questo link è scaduto senza essere usato. Crea una nuova sessione per il cliente.</translation>
        </message>
        <message>
            <source>This portal configuration does not let customers {0}.</source>
            <translation>Questa configurazione del portale non consente ai clienti di {0}.</translation>
        </message>
        <message>
            <source>This portal configuration is not active; sessions cannot use it.</source>
            <translation>Questa configurazione del portale non è attiva; le sessioni non possono usarla.</translation>
        </message>
        <message>
            <source>This portal configuration no longer exists on Stripe.</source>
            <translation>Questa configurazione del portale non esiste più su Stripe.</translation>
        </message>
        <message>
            <source>This subscription has no item to change.</source>
            <translation>Questo abbonamento non ha articoli da modificare.</translation>
        </message>
        <message>
            <source>Trial ends {0}</source>
            <translation>La prova gratuita termina il {0}</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>In prova</translation>
        </message>
        <message>
            <source>Type a name, email, phone number or customer id on the left. ↑ ↓ move through the results, Enter opens one, Escape comes back to the search; Ctrl+K jumps to the search from anywhere.</source>
            <translation>Digita un nome, un'email, un numero di telefono o un ID cliente a sinistra. ↑ ↓ scorrono i risultati, Invio ne apre uno, Esc torna alla ricerca; Ctrl+K porta alla ricerca da qualsiasi punto.</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Non riscuotibile</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Non pagato</translation>
        </message>
        <message>
            <source>Update payment method</source>
            <translation>Aggiorna modalità di pagamento</translation>
        </message>
        <message>
            <source>Valid for {0} if unused; once opened, it stays valid for an hour after the customer's last activity.</source>
            <translation>Valida per {0} se non usata; una volta aperta, resta valida fino a un'ora dopo l'ultima attività del cliente.</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annullata</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>consentito</translation>
        </message>
        <message>
            <source>cancel subscriptions</source>
            <translation>annullare abbonamenti</translation>
        </message>
        <message>
            <source>change subscriptions</source>
            <translation>modificare abbonamenti</translation>
        </message>
        <message>
            <source>day</source>
            <translation>giorno</translation>
        </message>
        <message>
            <source>days</source>
            <translation>giorni</translation>
        </message>
        <message>
            <source>https:// (where “Return” leads)</source>
            <translation>https:// (dove porta «Torna indietro»)</translation>
        </message>
        <message>
            <source>invoices kept as drafts</source>
            <translation>fatture mantenute come bozze</translation>
        </message>
        <message>
            <source>invoices marked uncollectible</source>
            <translation>fatture contrassegnate come non riscuotibili</translation>
        </message>
        <message>
            <source>invoices voided</source>
            <translation>fatture annullate</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mese</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mesi</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>non disponibile</translation>
        </message>
        <message>
            <source>tax excl.</source>
            <translation>IVA escl.</translation>
        </message>
        <message>
            <source>tax incl.</source>
            <translation>IVA incl.</translation>
        </message>
        <message>
            <source>update payment methods</source>
            <translation>aggiornare le modalità di pagamento</translation>
        </message>
        <message>
            <source>week</source>
            <translation>settimana</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>settimane</translation>
        </message>
        <message>
            <source>year</source>
            <translation>anno</translation>
        </message>
        <message>
            <source>years</source>
            <translation>anni</translation>
        </message>
        <message>
            <source>{0} (default)</source>
            <translation>{0} (predefinita)</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (inattiva)</translation>
        </message>
        <message>
            <source>{0} (no longer exists)</source>
            <translation>{0} (non esiste più)</translation>
        </message>
        <message>
            <source>{0} credit</source>
            <translation>{0} di credito</translation>
        </message>
        <message>
            <source>{0} owed</source>
            <translation>{0} dovuti</translation>
        </message>
        <message>
            <source>{0} price(s) of this configuration are not offered: their tax behavior differs.</source>
            <translation>{0} prezzo/i di questa configurazione non sono offerti: il loro comportamento fiscale è diverso.</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} · {1} · by {2}</source>
            <translation>{0} · {1} · da {2}</translation>
        </message>
        <message>
            <source>{0} × {1} — {2} / {3}</source>
            <translation>{0} × {1} — {2} / {3}</translation>
        </message>
        <message>
            <source>{0} — {1} per unit / {2}, usage-based</source>
            <translation>{0} — {1} per unità / {2}, a consumo</translation>
        </message>
        <message>
            <source>“On behalf of” is only for platform customers; this customer belongs to a connected account.</source>
            <translation>«Per conto di» è solo per i clienti della piattaforma; questo cliente appartiene a un account connesso.</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>SEPA Direct Debit</source>
            <translation>Addebito diretto SEPA</translation>
        </message>
        <message>
            <source>US bank account</source>
            <translation>Conto bancario USA</translation>
        </message>
        <message>
            <source>Bacs Direct Debit</source>
            <translation>Addebito diretto Bacs</translation>
        </message>
        <message>
            <source>BECS Direct Debit</source>
            <translation>Addebito diretto BECS</translation>
        </message>
        <message>
            <source>Pre-authorized debit</source>
            <translation>Addebito preautorizzato</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo: sample data in a sandbox running on this computer. Nothing is sent to Stripe, and it's reset when you quit.</source>
            <translation>Demo: dati di esempio in una sandbox in esecuzione su questo computer. Nulla viene inviato a Stripe e tutto si azzera all'uscita.</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Before</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Dopo</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Impostazione</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>Nessuna differenza</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedAccountsDialog</name>
        <message>
            <source>Disconnected accounts</source>
            <translation>Account disconnessi</translation>
        </message>
        <message>
            <source>Disconnecting from your platform cancels nothing: these subscriptions keep charging until you cancel them. Only subscriptions your platform created can be cancelled here.</source>
            <translation>La disconnessione dalla tua piattaforma non annulla nulla: questi abbonamenti continuano ad addebitare finché non li annulli. Qui si possono annullare solo gli abbonamenti creati dalla tua piattaforma.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abbonamento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creato da</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Risultato</translation>
        </message>
        <message>
            <source>No disconnected account has platform subscriptions still running.</source>
            <translation>Nessun account disconnesso ha abbonamenti della piattaforma ancora attivi.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Interrompi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) disconnected{2}: %n platform subscription(s) running.</source>
            <translation>
                <numerusform>{0} ({1}) si è disconnesso{2}: %n abbonamento della piattaforma attivo.</numerusform>
                <numerusform>{0} ({1}) si è disconnesso{2}: %n abbonamenti della piattaforma attivi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct subscription(s) still run on its own account; only it can cancel those now.</source>
            <translation>
                <numerusform>%n abbonamento diretto è ancora attivo sul suo account; ora solo l'account stesso può annullarlo.</numerusform>
                <numerusform>%n abbonamenti diretti sono ancora attivi sul suo account; ora solo l'account stesso può annullarli.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>Annulla %n abbonamento…</numerusform>
                <numerusform>Annulla %n abbonamenti…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) now? They end immediately and send no more invoices. This cannot be undone.</source>
            <translation>
                <numerusform>Annullare %n abbonamento ora? Termina subito e non invia più fatture. L'operazione non può essere annullata.</numerusform>
                <numerusform>Annullare %n abbonamenti ora? Terminano subito e non inviano più fatture. L'operazione non può essere annullata.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) of disconnected accounts</source>
            <translation>
                <numerusform>Annulla %n abbonamento di account disconnessi</numerusform>
                <numerusform>Annulla %n abbonamenti di account disconnessi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln canceled</source>
            <translation>
                <numerusform>%Ln annullato</numerusform>
                <numerusform>%Ln annullati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln had already ended</source>
            <translation>
                <numerusform>%Ln era già terminato</numerusform>
                <numerusform>%Ln erano già terminati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln non riuscito</numerusform>
                <numerusform>%Ln non riusciti</numerusform>
            </translation>
        </message>
        <message>
            <source>No account has disconnected from your platform.</source>
            <translation>Nessun account si è disconnesso dalla tua piattaforma.</translation>
        </message>
        <message>
            <source>Not created by your platform: left alone.</source>
            <translation>Non creato dalla tua piattaforma: lasciato invariato.</translation>
        </message>
        <message>
            <source>Skipped: not created by your platform</source>
            <translation>Saltato: non creato dalla tua piattaforma</translation>
        </message>
        <message>
            <source>Yes, cancel {0}</source>
            <translation>Sì, annulla {0}</translation>
        </message>
        <message>
            <source>Cancelling 1 of {0}…</source>
            <translation>Annullamento 1 di {0}…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Interruzione…</translation>
        </message>
        <message>
            <source>Cancelling {0} of {1}…</source>
            <translation>Annullamento {0} di {1}…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Already ended ({0})</source>
            <translation>Già terminato ({0})</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Non riuscito: {0}</translation>
        </message>
        <message>
            <source>Stopped. {0}</source>
            <translation>Interrotto. {0}</translation>
        </message>
        <message>
            <source>Stopped: {0}</source>
            <translation>Interrotto: {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Discard…</source>
            <translation>Scarta…</translation>
        </message>
        <message>
            <source>Throw these changes away?</source>
            <translation>Scartare queste modifiche?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Scarta modifiche</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Mantienile</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Copy the request id for Stripe support</source>
            <translation>Copia l'ID della richiesta per l'assistenza Stripe</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Request ID: {0}</source>
            <translation>ID richiesta: {0}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, email or id</source>
            <translation>Nome, email o ID</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cerca</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportamento</translation>
        </message>
        <message>
            <source>All behaviours</source>
            <translation>Tutti i comportamenti</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Riprende</translation>
        </message>
        <message>
            <source>Any resume date</source>
            <translation>Qualsiasi data di riattivazione</translation>
        </message>
        <message>
            <source>Resumes within…</source>
            <translation>Riprende entro…</translation>
        </message>
        <message>
            <source>Paused indefinitely</source>
            <translation>Sospesa a tempo indeterminato</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>Resumes within this many days</source>
            <translation>Riprende entro questo numero di giorni</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Cancella filtri</translation>
        </message>
        <message>
            <source>Resumed by hand: no resume dates</source>
            <translation>Riattivazione manuale: nessuna data di riattivazione</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tutti gli account</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Piattaforma</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Tutte le valute</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Synced from Stripe</source>
            <translation>Sincronizzata da Stripe</translation>
        </message>
        <message>
            <source>From a Stripe event</source>
            <translation>Da un evento Stripe</translation>
        </message>
        <message>
            <source>Saved here</source>
            <translation>Salvata qui</translation>
        </message>
        <message>
            <source>History of “{0}”</source>
            <translation>Cronologia di «{0}»</translation>
        </message>
        <message>
            <source>Every version Counterfoil has seen or saved. Select two to compare them, or one to see what restoring it would change. Restoring makes a new save, checked and reviewed like any other.</source>
            <translation>Tutte le versioni che Counterfoil ha visto o salvato. Selezionane due per confrontarle, o una per vedere cosa cambierebbe ripristinandola. Il ripristino crea un nuovo salvataggio, verificato e rivisto come gli altri.</translation>
        </message>
        <message>
            <source>Version from</source>
            <translation>Versione del</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>Da dove proviene</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Cosa è cambiato</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> e altri {0}</translation>
        </message>
        <message>
            <source>No setting changed</source>
            <translation>Nessuna impostazione modificata</translation>
        </message>
        <message>
            <source>Oldest version kept</source>
            <translation>Versione più vecchia conservata</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Ripristina questa versione…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Changes from the older to the newer version:</source>
            <translation>Modifiche dalla versione meno recente alla più recente:</translation>
        </message>
        <message>
            <source>In the editor now</source>
            <translation>Nell'editor ora</translation>
        </message>
        <message>
            <source>What restoring this version would change:</source>
            <translation>Cosa cambierebbe ripristinando questa versione:</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Seleziona una versione, o due da confrontare.</translation>
        </message>
        <message>
            <source>Select at most two versions to compare.</source>
            <translation>Seleziona al massimo due versioni da confrontare.</translation>
        </message>
    </context>
    <context>
        <name>HitDelegate</name>
        <message>
            <source>Deleted</source>
            <translation>Eliminato</translation>
        </message>
        <message>
            <source>From Stripe</source>
            <translation>Da Stripe</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Immagini (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <source>Upload…</source>
            <translation>Carica…</translation>
        </message>
        <message>
            <source>JPEG, PNG or GIF, at most 512 KB, at least 128×128 pixels</source>
            <translation>JPEG, PNG o GIF, al massimo 512 KB, almeno 128×128 pixel</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Forget the new image and keep the saved one</source>
            <translation>Dimentica la nuova immagine e mantieni quella salvata</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non impostato</translation>
        </message>
    </context>
    <context>
        <name>ImageStore</name>
        <message>
            <source>The image {0} could not be read.</source>
            <translation>Impossibile leggere l'immagine {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n configuration(s): {0}</source>
            <translation>
                <numerusform>%n configurazione: {0}</numerusform>
                <numerusform>%n configurazioni: {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source> — from {0} ({1} mode)</source>
            <translation> — da {0} (modalità {1})</translation>
        </message>
        <message>
            <source>Target account</source>
            <translation>Account di destinazione</translation>
        </message>
        <message>
            <source> (open now)</source>
            <translation> (aperta ora)</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Importa in</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configurazione</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Target price</source>
            <translation>Prezzo di destinazione</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Associato tramite</translation>
        </message>
        <message>
            <source>Create them without what cannot be mapped</source>
            <translation>Creale senza ciò che non è associabile</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crea</translation>
        </message>
        <message>
            <source>Reading the products and prices of {0}…</source>
            <translation>Lettura di prodotti e prezzi di {0}…</translation>
        </message>
        <message>
            <source>Could not read the target account</source>
            <translation>Impossibile leggere l'account di destinazione</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(senza nome)</translation>
        </message>
        <message>
            <source>cannot be mapped</source>
            <translation>non associabile</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be mapped ({0})&lt;/b&gt; — nothing has been created:</source>
            <translation>&lt;b&gt;Impossibile associare ({0})&lt;/b&gt; — non è stato creato nulla:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Everything can be mapped.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tutto può essere associato.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Create {0} in {1}</source>
            <translation>Crea {0} in {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n configuration(s)</source>
            <translation>
                <numerusform>%n configurazione</numerusform>
                <numerusform>%n configurazioni</numerusform>
            </translation>
        </message>
        <message>
            <source>Create portal configurations {0}</source>
            <translation>Crea configurazioni del portale {0}</translation>
        </message>
        <message>
            <source>Customers of this live account can be sent to them.</source>
            <translation>I clienti di questo account live possono esservi indirizzati.</translation>
        </message>
        <message>
            <source>Create in live mode</source>
            <translation>Crea in modalità live</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Creazione…</translation>
        </message>
        <message>
            <source>Stripe refused to create the configuration</source>
            <translation>Stripe ha rifiutato di creare la configurazione</translation>
        </message>
    </context>
    <context>
        <name>InsightsPane</name>
        <message>
            <source>What customers can do</source>
            <translation>Cosa possono fare i clienti</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Verifiche</translation>
        </message>
        <message>
            <source>✓ Nothing to fix: Stripe will accept this.</source>
            <translation>✓ Niente da correggere: Stripe lo accetterà.</translation>
        </message>
        <message>
            <source>{0} to fix before saving, {1} to review. Click one to see its field.</source>
            <translation>{0} da correggere prima del salvataggio, {1} da rivedere. Fai clic su uno per vederne il campo.</translation>
        </message>
        <message>
            <source>{0} to review; Stripe accepts them, but customers may be affected.</source>
            <translation>{0} da rivedere; Stripe li accetta, ma i clienti potrebbero risentirne.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFeeDialog</name>
        <message>
            <source>Application fee on the latest invoice</source>
            <translation>Commissione dell'applicazione sull'ultima fattura</translation>
        </message>
        <message>
            <source>Invoice {0} ({1}), amount due {2}. Current application fee: {3}. The fee can be at most the amount due.</source>
            <translation>Fattura {0} ({1}), importo dovuto {2}. Commissione dell'applicazione attuale: {3}. La commissione può essere al massimo pari all'importo dovuto.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source>Amount in {0}</source>
            <translation>Importo in {0}</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commissione dell'applicazione</translation>
        </message>
        <message>
            <source>Set fee</source>
            <translation>Imposta commissione</translation>
        </message>
        <message>
            <source>Enter an amount between 0 and {0}.</source>
            <translation>Inserisci un importo tra 0 e {0}.</translation>
        </message>
        <message>
            <source>Set the application fee of invoice {0}</source>
            <translation>Imposta la commissione dell'applicazione della fattura {0}</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>pause_collection is set: the subscription keeps its status and Stripe keeps creating invoices, handled as its behaviour says, until collection resumes.</source>
            <translation>pause_collection è impostato: l'abbonamento mantiene il suo stato e Stripe continua a creare fatture, gestite secondo il suo comportamento, finché la riscossione non riprende.</translation>
        </message>
        <message>
            <source>status = paused (paused through the API, or a trial that ended without a payment method): no invoices at all until the subscription is resumed.</source>
            <translation>status = paused (sospeso tramite API o prova gratuita terminata senza una modalità di pagamento): nessuna fattura finché l'abbonamento non viene riattivato.</translation>
        </message>
        <message>
            <source>No paused subscription matches these filters</source>
            <translation>Nessun abbonamento sospeso corrisponde a questi filtri</translation>
        </message>
        <message>
            <source>Change or clear the filters to see the others.</source>
            <translation>Modifica o cancella i filtri per vedere gli altri.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Cancella filtri</translation>
        </message>
        <message>
            <source>No subscription has its collection paused</source>
            <translation>Nessun abbonamento ha la riscossione sospesa</translation>
        </message>
        <message>
            <source>When you pause collection on a subscription, here or in the Stripe Dashboard, it is listed here after the next sync.</source>
            <translation>Quando sospendi la riscossione di un abbonamento, qui o nella Dashboard di Stripe, compare qui dopo la sincronizzazione successiva.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Sospendi la riscossione…</translation>
        </message>
        <message>
            <source>No subscription is paused</source>
            <translation>Nessun abbonamento è in pausa</translation>
        </message>
        <message>
            <source>Subscriptions with status = paused appear here: paused through the API, or trials that ended without a payment method.</source>
            <translation>Qui compaiono gli abbonamenti con status = paused: sospesi tramite API o prove gratuite terminate senza una modalità di pagamento.</translation>
        </message>
    </context>
    <context>
        <name>LiveBanner</name>
        <message>
            <source>LIVE MODE</source>
            <translation>MODALITÀ LIVE</translation>
        </message>
        <message>
            <source>{0}: changes here affect real customers and real money. Every change asks you to confirm.</source>
            <translation>{0}: le modifiche qui riguardano clienti reali e denaro reale. Ogni modifica chiede una conferma.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Confirm a live change</source>
            <translation>Conferma una modifica reale</translation>
        </message>
        <message>
            <source>Change live data?</source>
            <translation>Modificare dati reali?</translation>
        </message>
        <message>
            <source>on &lt;b&gt;{0}&lt;/b&gt; ({1}), in &lt;b&gt;live mode&lt;/b&gt;.</source>
            <translation>su &lt;b&gt;{0}&lt;/b&gt; ({1}), in &lt;b&gt;modalità live&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This changes your real Stripe account and can affect real customers.</source>
            <translation>Questo modifica il tuo account Stripe reale e può riguardare clienti reali.</translation>
        </message>
        <message>
            <source>Change live data</source>
            <translation>Modifica dati reali</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Add Stripe account…</source>
            <translation>&amp;Aggiungi account Stripe…</translation>
        </message>
        <message>
            <source>&amp;Remove this profile…</source>
            <translation>&amp;Rimuovi questo profilo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Come il sistema</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizza ora</translation>
        </message>
        <message>
            <source>Download &amp;everything again</source>
            <translation>Scarica di nuovo &amp;tutto</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>&amp;Annulla sincronizzazione</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;About Counterfoil</source>
            <translation>&amp;Informazioni su Counterfoil</translation>
        </message>
        <message>
            <source>Your saved accounts couldn't be read</source>
            <translation>Impossibile leggere gli account salvati</translation>
        </message>
        <message>
            <source>Opening {0}…</source>
            <translation>Apertura di {0}…</translation>
        </message>
        <message>
            <source>{0} (LIVE) — Counterfoil</source>
            <translation>{0} (LIVE) — Counterfoil</translation>
        </message>
        <message>
            <source>{0} (test mode) — Counterfoil</source>
            <translation>{0} (modalità di test) — Counterfoil</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Avvio della sandbox demo…</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Rimuovi profilo</translation>
        </message>
        <message>
            <source>Remove “{0}” from Counterfoil?</source>
            <translation>Rimuovere «{0}» da Counterfoil?</translation>
        </message>
        <message>
            <source>Its key is deleted from the system keyring and its local cache is deleted. Nothing changes in your Stripe account; you can add it again later.</source>
            <translation>La sua chiave viene eliminata dal portachiavi di sistema e la sua cache locale viene cancellata. Nel tuo account Stripe non cambia nulla; puoi aggiungerlo di nuovo in seguito.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Couldn't open the account</source>
            <translation>Impossibile aprire l'account</translation>
        </message>
        <message>
            <source>Sync cancelled; what was fetched is kept.</source>
            <translation>Sincronizzazione annullata; quanto scaricato viene conservato.</translation>
        </message>
        <message>
            <source>Sync failed: {0}</source>
            <translation>Sincronizzazione non riuscita: {0}</translation>
        </message>
        <message>
            <source>About Counterfoil</source>
            <translation>Informazioni su Counterfoil</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;A desktop back office for Stripe Billing.&lt;/p&gt;&lt;p&gt;Keys stay in your system keyring; data is cached locally on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;Un back office desktop per Stripe Billing.&lt;/p&gt;&lt;p&gt;Le chiavi restano nel portachiavi di sistema; i dati sono memorizzati nella cache locale di questo computer.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Changed on Stripe while you were editing</source>
            <translation>Modificato su Stripe mentre lo modificavi</translation>
        </message>
        <message>
            <source>“{0}” changed on Stripe while you were editing</source>
            <translation>«{0}» è cambiata su Stripe mentre la modificavi</translation>
        </message>
        <message>
            <source>Someone saved it {0}. Nothing is lost: their changes and yours are listed below. Merge them, then review before saving.</source>
            <translation>Qualcuno l'ha salvata {0}. Non si perde nulla: le sue modifiche e le tue sono elencate qui sotto. Uniscile, poi rivedi prima di salvare.</translation>
        </message>
        <message>
            <source>meanwhile</source>
            <translation>nel frattempo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Ora su Stripe</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Tuo</translation>
        </message>
        <message>
            <source>Changed on Stripe (kept)</source>
            <translation>Modificato su Stripe (mantenuto)</translation>
        </message>
        <message>
            <source>Your changes (kept)</source>
            <translation>Le tue modifiche (mantenute)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed on both sides&lt;/b&gt; — choose which to keep:</source>
            <translation>&lt;b&gt;Modificato da entrambe le parti&lt;/b&gt; — scegli cosa tenere:</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Impostazione</translation>
        </message>
        <message>
            <source>Merge and review</source>
            <translation>Unisci e rivedi</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Key</source>
            <translation>Chiave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Aggiungi voce</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
    </context>
    <context>
        <name>ModeBadge</name>
        <message>
            <source>Live mode: changes affect real customers and real money.</source>
            <translation>Modalità live: le modifiche riguardano clienti reali e denaro reale.</translation>
        </message>
        <message>
            <source>Test mode: nothing here touches real money.</source>
            <translation>Modalità di test: niente qui tocca denaro reale.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Copy link</source>
            <translation>Copia link</translation>
        </message>
        <message>
            <source>What remains to be done</source>
            <translation>Cosa resta da fare</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abbonamento</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Prima fattura</translation>
        </message>
        <message>
            <source>Payment page</source>
            <translation>Pagina di pagamento</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abbonamento creato</translation>
        </message>
        <message>
            <source>Stripe recognised this as a retry of the same request, so nothing was created twice: this is the subscription from the first attempt.</source>
            <translation>Stripe l'ha riconosciuto come un nuovo tentativo della stessa richiesta, quindi nulla è stato creato due volte: questo è l'abbonamento del primo tentativo.</translation>
        </message>
        <message>
            <source>{0} (new)</source>
            <translation>{0} (nuovo)</translation>
        </message>
        <message>
            <source>{0} · {1} due · {2}</source>
            <translation>{0} · {1} dovuti · {2}</translation>
        </message>
        <message>
            <source>No payment page (nothing to pay).</source>
            <translation>Nessuna pagina di pagamento (niente da pagare).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>Change how collection is paused</source>
            <translation>Modifica come è sospesa la riscossione</translation>
        </message>
        <message>
            <source>Pause collection</source>
            <translation>Sospendi la riscossione</translation>
        </message>
        <message>
            <source>Find subscriptions by customer name, email or id</source>
            <translation>Trova abbonamenti per nome, email o ID del cliente</translation>
        </message>
        <message>
            <source>Subscriptions to pause</source>
            <translation>Abbonamenti da sospendere</translation>
        </message>
        <message>
            <source>While collection is paused, invoices are…</source>
            <translation>Mentre la riscossione è sospesa, le fatture sono…</translation>
        </message>
        <message>
            <source>Resume collection automatically on</source>
            <translation>Riattiva automaticamente la riscossione il</translation>
        </message>
        <message>
            <source>Resume date</source>
            <translation>Data di riattivazione</translation>
        </message>
        <message>
            <source>1 subscription selected</source>
            <translation>1 abbonamento selezionato</translation>
        </message>
        <message>
            <source>{0} subscriptions selected</source>
            <translation>{0} abbonamenti selezionati</translation>
        </message>
        <message>
            <source>Tick the subscriptions whose collection you want to pause</source>
            <translation>Seleziona gli abbonamenti di cui vuoi sospendere la riscossione</translation>
        </message>
        <message>
            <source>1 subscription chosen</source>
            <translation>1 abbonamento scelto</translation>
        </message>
        <message>
            <source>{0} subscriptions chosen</source>
            <translation>{0} abbonamenti scelti</translation>
        </message>
        <message>
            <source>{0} will be skipped, not sent:</source>
            <translation>{0} verranno saltati, non inviati:</translation>
        </message>
        <message>
            <source>…and {0} more.</source>
            <translation>…e altri {0}.</translation>
        </message>
        <message>
            <source>Pause {0} subscriptions</source>
            <translation>Sospendi {0} abbonamenti</translation>
        </message>
        <message>
            <source>Stripe clears the pause at the start of that day (your time).</source>
            <translation>Stripe rimuove la sospensione all'inizio di quel giorno (ora locale).</translation>
        </message>
        <message>
            <source>Without a date, collection stays paused until you resume it.</source>
            <translation>Senza una data, la riscossione resta sospesa finché non la riattivi.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>Scegli almeno un abbonamento.</translation>
        </message>
        <message>
            <source>None of these subscriptions can be changed from here (see above).</source>
            <translation>Nessuno di questi abbonamenti può essere modificato da qui (vedi sopra).</translation>
        </message>
    </context>
    <context>
        <name>PauseLengthsEditor</name>
        <message>
            <source>Add a pause length</source>
            <translation>Aggiungi una durata di sospensione</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Numero di unità</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>Remove this pause length</source>
            <translation>Rimuovi questa durata di sospensione</translation>
        </message>
    </context>
    <context>
        <name>PausedCollectionsPanel</name>
        <message>
            <source>Paused collections</source>
            <translation>Riscossioni sospese</translation>
        </message>
        <message>
            <source>Look up pause dates</source>
            <translation>Cerca date di sospensione</translation>
        </message>
        <message>
            <source>Read Stripe's recent subscription events (the last 30 days) to learn when collection was paused.</source>
            <translation>Legge gli eventi recenti degli abbonamenti di Stripe (ultimi 30 giorni) per sapere quando è stata sospesa la riscossione.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Sospendi la riscossione…</translation>
        </message>
        <message>
            <source>Pause collection on subscriptions (Ctrl+Shift+P)</source>
            <translation>Sospendi la riscossione degli abbonamenti (Ctrl+Maiusc+P)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Esporta CSV</translation>
        </message>
        <message>
            <source>Export the list shown to CSV (Ctrl+E)</source>
            <translation>Esporta l'elenco mostrato in CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Esporta CSV…</translation>
        </message>
        <message>
            <source>Export CSV for Excel (UTF-8 with BOM)…</source>
            <translation>Esporta CSV per Excel (UTF-8 con BOM)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizza ora</translation>
        </message>
        <message>
            <source>Change pause…</source>
            <translation>Modifica sospensione…</translation>
        </message>
        <message>
            <source>Change the behaviour or resume date of the selected subscriptions</source>
            <translation>Modifica il comportamento o la data di riattivazione degli abbonamenti selezionati</translation>
        </message>
        <message>
            <source>Resume collection</source>
            <translation>Riattiva la riscossione</translation>
        </message>
        <message>
            <source>Resume collection on the selected subscriptions (Ctrl+Shift+R)</source>
            <translation>Riattiva la riscossione degli abbonamenti selezionati (Ctrl+Maiusc+R)</translation>
        </message>
        <message>
            <source>No account open</source>
            <translation>Nessun account aperto</translation>
        </message>
        <message>
            <source>Open or add a Stripe account to see its paused subscriptions.</source>
            <translation>Apri o aggiungi un account Stripe per vedere i suoi abbonamenti sospesi.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>Reading the paused subscriptions from this computer's cache.</source>
            <translation>Lettura degli abbonamenti sospesi dalla cache di questo computer.</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Niente da mostrare</translation>
        </message>
        <message>
            <source>The paused subscriptions could not be read (see above).</source>
            <translation>Impossibile leggere gli abbonamenti sospesi (vedi sopra).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <source>Paused subscriptions appear here when the first sync of this account finishes.</source>
            <translation>Gli abbonamenti sospesi compaiono qui al termine della prima sincronizzazione di questo account.</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Non ancora sincronizzato</translation>
        </message>
        <message>
            <source>This account's subscriptions are not on this computer yet. Sync to list the paused ones.</source>
            <translation>Gli abbonamenti di questo account non sono ancora su questo computer. Sincronizza per elencare quelli sospesi.</translation>
        </message>
        <message>
            <source>Could not read the paused subscriptions</source>
            <translation>Impossibile leggere gli abbonamenti sospesi</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Piattaforma</translation>
        </message>
        <message>
            <source>{0} with collection paused</source>
            <translation>{0} con riscossione sospesa</translation>
        </message>
        <message>
            <source>{0} with status paused</source>
            <translation>{0} con stato in pausa</translation>
        </message>
        <message>
            <source>From this computer's copy of your Stripe data: {0}.</source>
            <translation>Dalla copia dei tuoi dati Stripe su questo computer: {0}.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them: look up pause dates to read Stripe's recent events.</source>
            <translation>«Sospeso dal» è sconosciuto per {0} di essi: cerca le date di sospensione per leggere gli eventi recenti di Stripe.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them (paused more than 30 days ago, before the events Stripe keeps).</source>
            <translation>«Sospeso dal» è sconosciuto per {0} di essi (sospesi più di 30 giorni fa, prima degli eventi che Stripe conserva).</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Riscossione sospesa</translation>
        </message>
        <message>
            <source>Subscription paused (status)</source>
            <translation>Abbonamento in pausa (stato)</translation>
        </message>
        <message>
            <source>1 selected</source>
            <translation>1 selezionato</translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation>{0} selezionati</translation>
        </message>
        <message>
            <source>Select subscriptions to change or resume their pause.</source>
            <translation>Seleziona gli abbonamenti per modificarne o annullarne la sospensione.</translation>
        </message>
        <message>
            <source>Resuming status-paused subscriptions is done in Stripe.</source>
            <translation>Gli abbonamenti con stato in pausa si riattivano in Stripe.</translation>
        </message>
        <message numerus="yes">
            <source>Pause collection ({0}) on %n subscription(s)</source>
            <translation>
                <numerusform>Sospendi la riscossione ({0}) di %n abbonamento</numerusform>
                <numerusform>Sospendi la riscossione ({0}) di %n abbonamenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume collection on %n subscription(s)</source>
            <translation>
                <numerusform>Riattiva la riscossione di %n abbonamento</numerusform>
                <numerusform>Riattiva la riscossione di %n abbonamenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Looked up pause dates: %n new event(s) from Stripe.</source>
            <translation>
                <numerusform>Date di sospensione cercate: %n nuovo evento da Stripe.</numerusform>
                <numerusform>Date di sospensione cercate: %n nuovi eventi da Stripe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts: {0}</source>
            <translation>Account: {0}</translation>
        </message>
        <message>
            <source>Export paused subscriptions</source>
            <translation>Esporta abbonamenti sospesi</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Esportazione in {0}…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Esportazione annullata; non è stato scritto nulla.</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>abbonamento</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>abbonamenti</translation>
        </message>
        <message>
            <source>Exported {0} {1} to {2}.</source>
            <translation>Esportati {0} {1} in {2}.</translation>
        </message>
        <message>
            <source>The CSV was not written</source>
            <translation>Il CSV non è stato scritto</translation>
        </message>
        <message>
            <source>Could not look up pause dates</source>
            <translation>Impossibile cercare le date di sospensione</translation>
        </message>
        <message>
            <source>Looking up pause dates in Stripe's events…</source>
            <translation>Ricerca delle date di sospensione negli eventi di Stripe…</translation>
        </message>
        <message>
            <source>Lookup cancelled.</source>
            <translation>Ricerca annullata.</translation>
        </message>
        <message>
            <source>Looking up pause dates… {0}: {1} found so far</source>
            <translation>Ricerca delle date di sospensione… {0}: {1} trovate finora</translation>
        </message>
    </context>
    <context>
        <name>PausedTableModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportamento</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Riscossione</translation>
        </message>
        <message>
            <source>Collection resumes automatically on {0}.</source>
            <translation>La riscossione riprende automaticamente il {0}.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Days paused</source>
            <translation>Giorni di sospensione</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Indefinitely</source>
            <translation>A tempo indeterminato</translation>
        </message>
        <message>
            <source>Invoices while paused</source>
            <translation>Fatture durante la sospensione</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Latest invoice</source>
            <translation>Ultima fattura</translation>
        </message>
        <message>
            <source>List price per billing period, before discounts and taxes. ≈ marks a per-month equivalent (items on different intervals); ≥ means metered items are left out.</source>
            <translation>Prezzo di listino per periodo di fatturazione, prima di sconti e imposte. ≈ indica un equivalente mensile (articoli con intervalli diversi); ≥ significa che gli articoli a consumo sono esclusi.</translation>
        </message>
        <message>
            <source>No longer paused (refresh)</source>
            <translation>Non più sospeso (aggiorna)</translation>
        </message>
        <message>
            <source>No resume date: collection stays paused until someone resumes it.</source>
            <translation>Nessuna data di riattivazione: la riscossione resta sospesa finché qualcuno non la riattiva.</translation>
        </message>
        <message>
            <source>Not in the synced events (Stripe keeps 30 days of events). Use “Look up pause dates” to read them from Stripe.</source>
            <translation>Non presente negli eventi sincronizzati (Stripe conserva 30 giorni di eventi). Usa «Cerca date di sospensione» per leggerli da Stripe.</translation>
        </message>
        <message>
            <source>Paused since</source>
            <translation>Sospeso dal</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Piattaforma</translation>
        </message>
        <message>
            <source>Recurring amount</source>
            <translation>Importo ricorrente</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Riprende</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abbonamento</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Sconosciuto</translation>
        </message>
        <message>
            <source>≈ {0} per month</source>
            <translation>≈ {0} al mese</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPanel</name>
        <message>
            <source>Not built yet</source>
            <translation>Non ancora disponibile</translation>
        </message>
        <message>
            <source>This panel is planned but not part of this version of Counterfoil yet. Nothing is wrong with your account or your data.</source>
            <translation>Questo pannello è previsto ma non fa ancora parte di questa versione di Counterfoil. Il tuo account e i tuoi dati sono a posto.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>Cosa farà</translation>
        </message>
        <message>
            <source>Already synced to this computer: {0}.</source>
            <translation>Già sincronizzati su questo computer: {0}.</translation>
        </message>
    </context>
    <context>
        <name>PortalConfiguration</name>
        <message>
            <source>1 hour ago</source>
            <translation>1 ora fa</translation>
        </message>
        <message>
            <source>1 minute ago</source>
            <translation>1 minuto fa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attiva</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copia link</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predefinita</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inattiva</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nuova configurazione</translation>
        </message>
        <message>
            <source>No headline: the portal shows its standard greeting</source>
            <translation>Nessun titolo: il portale mostra il saluto standard</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Non ancora creata</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configurazione senza nome</translation>
        </message>
        <message>
            <source>Unsaved</source>
            <translation>Non salvata</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviato</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>proprio ora</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>non ancora creata</translation>
        </message>
        <message>
            <source>one-time price</source>
            <translation>prezzo una tantum</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>aggiornata {0}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ieri</translation>
        </message>
        <message>
            <source>{0} (unknown to Stripe)</source>
            <translation>{0} (sconosciuto a Stripe)</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>{0} giorni fa</translation>
        </message>
        <message>
            <source>{0} hours ago</source>
            <translation>{0} ore fa</translation>
        </message>
        <message>
            <source>{0} minutes ago</source>
            <translation>{0} minuti fa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aggiornata</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Pagina di accesso</translation>
        </message>
    </context>
    <context>
        <name>PortalConfigurationPanel</name>
        <message>
            <source>Search by name or ID</source>
            <translation>Cerca per nome o ID</translation>
        </message>
        <message>
            <source>Search configurations</source>
            <translation>Cerca configurazioni</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tutto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attiva</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inattiva</translation>
        </message>
        <message>
            <source>Portal configurations</source>
            <translation>Configurazioni del portale</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuova</translation>
        </message>
        <message>
            <source>New configuration, with the Dashboard's defaults (Ctrl+N)</source>
            <translation>Nuova configurazione, con i valori predefiniti della Dashboard (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>Importa / esporta</translation>
        </message>
        <message>
            <source>Loading portal configurations…</source>
            <translation>Caricamento delle configurazioni del portale…</translation>
        </message>
        <message>
            <source>No portal configuration yet</source>
            <translation>Ancora nessuna configurazione del portale</translation>
        </message>
        <message>
            <source>Create a configuration</source>
            <translation>Crea una configurazione</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predefinita</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Non ancora creata</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Every version, compare and restore (Ctrl+H)</source>
            <translation>Tutte le versioni, confronta e ripristina (Ctrl+H)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplica</translation>
        </message>
        <message>
            <source>A new configuration with these settings (Ctrl+D)</source>
            <translation>Una nuova configurazione con queste impostazioni (Ctrl+D)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Altro</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Scarta modifiche</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salva modifiche</translation>
        </message>
        <message>
            <source>Check, review and send to Stripe (Ctrl+S)</source>
            <translation>Verifica, rivedi e invia a Stripe (Ctrl+S)</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nuova configurazione</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cerca</translation>
        </message>
        <message>
            <source>Copy login page link</source>
            <translation>Copia il link della pagina di accesso</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Disattiva</translation>
        </message>
        <message>
            <source>Make default…</source>
            <translation>Rendi predefinita…</translation>
        </message>
        <message>
            <source>Export this configuration…</source>
            <translation>Esporta questa configurazione…</translation>
        </message>
        <message>
            <source>Copy to another account (test → live)…</source>
            <translation>Copia in un altro account (test → live)…</translation>
        </message>
        <message>
            <source>Import from a file…</source>
            <translation>Importa da un file…</translation>
        </message>
        <message>
            <source>Export all configurations…</source>
            <translation>Esporta tutte le configurazioni…</translation>
        </message>
        <message>
            <source>Open a Stripe account</source>
            <translation>Apri un account Stripe</translation>
        </message>
        <message>
            <source>Choose or add an account to see its customer portal configurations.</source>
            <translation>Scegli o aggiungi un account per vedere le sue configurazioni del portale clienti.</translation>
        </message>
        <message>
            <source>Your saved drafts could not be read and were set aside: {0}</source>
            <translation>Impossibile leggere le bozze salvate, che sono state messe da parte: {0}</translation>
        </message>
        <message>
            <source>Create one here with the Dashboard's defaults, or import one. Stripe also creates a default configuration the first time you open the customer portal settings in the Dashboard.</source>
            <translation>Creane una qui con i valori predefiniti della Dashboard, oppure importane una. Stripe crea anche una configurazione predefinita la prima volta che apri le impostazioni del portale clienti nella Dashboard.</translation>
        </message>
        <message>
            <source>Could not read the local cache</source>
            <translation>Impossibile leggere la cache locale</translation>
        </message>
        <message>
            <source>Could not read the configurations</source>
            <translation>Impossibile leggere le configurazioni</translation>
        </message>
        <message>
            <source>No configurations yet.</source>
            <translation>Ancora nessuna configurazione.</translation>
        </message>
        <message>
            <source>{0} active, {1} inactive</source>
            <translation>{0} attive, {1} inattive</translation>
        </message>
        <message>
            <source>Your unsaved changes from {0} are back.</source>
            <translation>Le tue modifiche non salvate del {0} sono tornate.</translation>
        </message>
        <message>
            <source>This configuration has changed on Stripe since; saving will show both changes so you can merge them.</source>
            <translation>Questa configurazione è cambiata su Stripe da allora; salvando vedrai entrambe le modifiche per unirle.</translation>
        </message>
        <message>
            <source>Draft restored</source>
            <translation>Bozza ripristinata</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configurazione senza nome</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>aggiornata {0}</translation>
        </message>
        <message>
            <source>live mode</source>
            <translation>modalità live</translation>
        </message>
        <message>
            <source>A new configuration: saving creates it on Stripe</source>
            <translation>Una nuova configurazione: salvandola viene creata su Stripe</translation>
        </message>
        <message>
            <source>Create configuration</source>
            <translation>Crea configurazione</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first; saving shows where.</source>
            <translation>
                <numerusform>%n problema da correggere prima; salvando vedrai dove.</numerusform>
                <numerusform>%n problemi da correggere prima; salvando vedrai dove.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Riattiva</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated.</source>
            <translation>La configurazione predefinita non può essere disattivata.</translation>
        </message>
        <message>
            <source>Your draft could not be saved on this computer</source>
            <translation>Impossibile salvare la bozza su questo computer</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Scartare le modifiche?</translation>
        </message>
        <message>
            <source>Throw away the unsaved changes to “{0}”? This can't be undone.</source>
            <translation>Scartare le modifiche non salvate a «{0}»? L'operazione non può essere annullata.</translation>
        </message>
        <message>
            <source>Starts with the Stripe Dashboard's defaults. Nothing is created on Stripe until you save.</source>
            <translation>Parte dai valori predefiniti della Dashboard di Stripe. Nulla viene creato su Stripe finché non salvi.</translation>
        </message>
        <message>
            <source>Login page link copied.</source>
            <translation>Link della pagina di accesso copiato.</translation>
        </message>
        <message>
            <source>A copy of “{0}”. Nothing is created on Stripe until you save.</source>
            <translation>Una copia di «{0}». Nulla viene creato su Stripe finché non salvi.</translation>
        </message>
        <message>
            <source>A new configuration with these settings (anything not listed is off or empty).</source>
            <translation>Una nuova configurazione con queste impostazioni (ciò che non è elencato è disattivato o vuoto).</translation>
        </message>
        <message>
            <source>After saving</source>
            <translation>Dopo il salvataggio</translation>
        </message>
        <message>
            <source>Can't import this file</source>
            <translation>Impossibile importare questo file</translation>
        </message>
        <message>
            <source>Changed on Stripe</source>
            <translation>Modificato su Stripe</translation>
        </message>
        <message>
            <source>Compared with the version on Stripe now (updated {0}). Only these fields are sent.</source>
            <translation>Confrontato con la versione attuale su Stripe (aggiornata {0}). Vengono inviati solo questi campi.</translation>
        </message>
        <message>
            <source>Comparing with Stripe…</source>
            <translation>Confronto con Stripe…</translation>
        </message>
        <message>
            <source>Copy of {0}</source>
            <translation>Copia di {0}</translation>
        </message>
        <message>
            <source>Copy “{0}” to another account</source>
            <translation>Copia «{0}» in un altro account</translation>
        </message>
        <message>
            <source>Create the portal configuration “{0}”</source>
            <translation>Crea la configurazione del portale «{0}»</translation>
        </message>
        <message>
            <source>Create “{0}”</source>
            <translation>Crea «{0}»</translation>
        </message>
        <message>
            <source>Created {0} in {1}.</source>
            <translation>Creato {0} in {1}.</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Creazione…</translation>
        </message>
        <message>
            <source>Deactivate the portal configuration “{0}”</source>
            <translation>Disattiva la configurazione del portale «{0}»</translation>
        </message>
        <message>
            <source>Deactivate “{0}”?</source>
            <translation>Disattivare «{0}»?</translation>
        </message>
        <message>
            <source>Deactivated.</source>
            <translation>Disattivata.</translation>
        </message>
        <message>
            <source>Deactivating…</source>
            <translation>Disattivazione…</translation>
        </message>
        <message>
            <source>Empty configuration</source>
            <translation>Configurazione vuota</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Esportazione non riuscita</translation>
        </message>
        <message>
            <source>Export portal configurations</source>
            <translation>Esporta configurazioni del portale</translation>
        </message>
        <message>
            <source>Import portal configurations</source>
            <translation>Importa configurazioni del portale</translation>
        </message>
        <message>
            <source>It changed on Stripe again while you were reviewing; here are both changes.</source>
            <translation>È cambiata di nuovo su Stripe mentre rivedevi; ecco entrambe le modifiche.</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>File JSON (*.json)</translation>
        </message>
        <message>
            <source>Make default</source>
            <translation>Rendi predefinita</translation>
        </message>
        <message>
            <source>Make “{0}” the default?</source>
            <translation>Rendere «{0}» la predefinita?</translation>
        </message>
        <message>
            <source>New portal sessions can't use an inactive configuration. Customers already in the portal are not affected. You can reactivate it at any time.</source>
            <translation>Le nuove sessioni del portale non possono usare una configurazione inattiva. I clienti già nel portale non sono interessati. Puoi riattivarla in qualsiasi momento.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Non ancora salvato</translation>
        </message>
        <message>
            <source>Nothing to save: Stripe already has this.</source>
            <translation>Niente da salvare: Stripe ha già questo.</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Ora su Stripe</translation>
        </message>
        <message>
            <source>Reactivate the portal configuration “{0}”</source>
            <translation>Riattiva la configurazione del portale «{0}»</translation>
        </message>
        <message>
            <source>Reactivated.</source>
            <translation>Riattivata.</translation>
        </message>
        <message>
            <source>Reactivating…</source>
            <translation>Riattivazione…</translation>
        </message>
        <message>
            <source>Review changes to “{0}”</source>
            <translation>Rivedi le modifiche a «{0}»</translation>
        </message>
        <message>
            <source>Saved — Stripe has it now.</source>
            <translation>Salvato: ora è su Stripe.</translation>
        </message>
        <message>
            <source>Saving is on hold: this configuration changed on Stripe. Your edits are kept; save again to merge.</source>
            <translation>Il salvataggio è in sospeso: questa configurazione è cambiata su Stripe. Le tue modifiche sono conservate; salva di nuovo per unirle.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <source>Stripe did not accept the change</source>
            <translation>Stripe non ha accettato la modifica</translation>
        </message>
        <message>
            <source>Stripe's API can't change which configuration is the default: the default is the one the Dashboard edits, “{1}”.

Counterfoil can copy the settings of “{0}” (features, business information, links and login page) onto “{1}”, so portal sessions without a configuration behave like “{0}”. You'll review the change before it is saved.</source>
            <translation>L'API di Stripe non può cambiare quale configurazione è la predefinita: la predefinita è quella che modifica la Dashboard, «{1}».

Counterfoil può copiare le impostazioni di «{0}» (funzionalità, informazioni sull'attività, link e pagina di accesso) su «{1}», così le sessioni del portale senza configurazione si comportano come «{0}». Rivedrai la modifica prima del salvataggio.</translation>
        </message>
        <message>
            <source>Stripe: {0}</source>
            <translation>Stripe: {0}</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated. Make another one the default first.</source>
            <translation>La configurazione predefinita non può essere disattivata. Prima rendi predefinita un'altra.</translation>
        </message>
        <message>
            <source>The merged configuration has problems to fix before saving.</source>
            <translation>La configurazione unita ha problemi da correggere prima del salvataggio.</translation>
        </message>
        <message>
            <source>The settings of “{0}” are loaded into the default configuration “{1}”. Review and save to apply them.</source>
            <translation>Le impostazioni di «{0}» sono caricate nella configurazione predefinita «{1}». Rivedi e salva per applicarle.</translation>
        </message>
        <message>
            <source>The version from {0} is in the editor. Review and save it to make it current; nothing has been sent yet.</source>
            <translation>La versione del {0} è nell'editor. Rivedila e salvala per renderla attuale; non è stato ancora inviato nulla.</translation>
        </message>
        <message>
            <source>This account has no default configuration yet; Stripe creates it when the customer portal settings are first opened in the Dashboard.</source>
            <translation>Questo account non ha ancora una configurazione predefinita; Stripe la crea la prima volta che si aprono le impostazioni del portale clienti nella Dashboard.</translation>
        </message>
        <message>
            <source>Version restored</source>
            <translation>Versione ripristinata</translation>
        </message>
    </context>
    <context>
        <name>PortalPreview</name>
        <message>
            <source>Customer portal preview</source>
            <translation>Anteprima del portale clienti</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Edit product</source>
            <translation>Modifica prodotto</translation>
        </message>
        <message>
            <source>Add a product</source>
            <translation>Aggiungi un prodotto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archiviato)</translation>
        </message>
        <message>
            <source> (already offered)</source>
            <translation> (già offerto)</translation>
        </message>
        <message>
            <source>Tick the prices customers can switch to. Only one price per billing interval and currency is allowed for a product.</source>
            <translation>Seleziona i prezzi a cui i clienti possono passare. Per ogni prodotto è consentito un solo prezzo per intervallo di fatturazione e valuta.</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>I clienti possono modificare la quantità</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prezzi</translation>
        </message>
        <message>
            <source>No products with an active recurring price are synced yet. Create them in Stripe, then sync (F5).</source>
            <translation>Non ci sono ancora prodotti sincronizzati con un prezzo ricorrente attivo. Creali in Stripe, poi sincronizza (F5).</translation>
        </message>
        <message>
            <source>Customers can't switch to this price: {0}.</source>
            <translation>I clienti non possono passare a questo prezzo: {0}.</translation>
        </message>
        <message>
            <source>{0} (not in the synced catalogue)</source>
            <translation>{0} (non nel catalogo sincronizzato)</translation>
        </message>
    </context>
    <context>
        <name>ProductsEditor</name>
        <message>
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <source>Prices customers can switch to</source>
            <translation>Prezzi a cui i clienti possono passare</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation>Aggiungi prodotto…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Move up (the portal lists products in this order)</source>
            <translation>Sposta su (il portale elenca i prodotti in quest'ordine)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
        <message>
            <source>{0} (not synced)</source>
            <translation>{0} (non sincronizzato)</translation>
        </message>
        <message>
            <source>No prices picked</source>
            <translation>Nessun prezzo scelto</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>da {0} a {1}</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fissa</translation>
        </message>
        <message>
            <source>{0} of {1} products</source>
            <translation>{0} di {1} prodotti</translation>
        </message>
    </context>
    <context>
        <name>QChartView</name>
        <message>
            <source>Indefinite</source>
            <translation>A tempo indeterminato</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminato</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Paused recurring revenue by month collection resumes</source>
            <translation>Ricavi ricorrenti sospesi per mese di riattivazione della riscossione</translation>
        </message>
        <message>
            <source>Chart currency</source>
            <translation>Valuta del grafico</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Valuta:</translation>
        </message>
        <message>
            <source>Nothing to chart.</source>
            <translation>Niente da rappresentare.</translation>
        </message>
        <message>
            <source>Paused recurring revenue (resumed by hand, so no month)</source>
            <translation>Ricavi ricorrenti sospesi (riattivazione manuale, quindi senza mese)</translation>
        </message>
        <message>
            <source>Until resumed</source>
            <translation>Fino alla riattivazione</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>{0} per month</source>
            <translation>{0} al mese</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Stripe accepts these, but please check they are what you want:</source>
            <translation>Stripe li accetta, ma verifica che siano ciò che vuoi:</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Salva comunque</translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>Nothing was sent. Fix %n problem(s) first; each message is next to its field, and the list on the right takes you there.</source>
            <translation>
                <numerusform>Non è stato inviato nulla. Correggi prima %n problema; ogni messaggio è accanto al suo campo e l'elenco a destra ti ci porta.</numerusform>
                <numerusform>Non è stato inviato nulla. Correggi prima %n problemi; ogni messaggio è accanto al suo campo e l'elenco a destra ti ci porta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save %n change(s) to the portal configuration “{0}”</source>
            <translation>
                <numerusform>Salva %n modifica alla configurazione del portale «{0}»</numerusform>
                <numerusform>Salva %n modifiche alla configurazione del portale «{0}»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <source>On</source>
            <translation>Sì</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Panels</source>
            <translation>Pannelli</translation>
        </message>
        <message>
            <source>{0} (Ctrl+{1})</source>
            <translation>{0} (Ctrl+{1})</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clienti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln abbonamento</numerusform>
                <numerusform>%Ln abbonamenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln fattura</numerusform>
                <numerusform>%Ln fatture</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln prodotto</numerusform>
                <numerusform>%Ln prodotti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln price(s)</source>
            <translation>
                <numerusform>%Ln prezzo</numerusform>
                <numerusform>%Ln prezzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln payment method(s)</source>
            <translation>
                <numerusform>%Ln modalità di pagamento</numerusform>
                <numerusform>%Ln modalità di pagamento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln portal configuration(s)</source>
            <translation>
                <numerusform>%Ln configurazione del portale</numerusform>
                <numerusform>%Ln configurazioni del portale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected account(s)</source>
            <translation>
                <numerusform>%Ln account connesso</numerusform>
                <numerusform>%Ln account connessi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln evento</numerusform>
                <numerusform>%Ln eventi</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sincronizza ora (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizza ora</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Stop syncing; what was fetched so far is kept</source>
            <translation>Interrompi la sincronizzazione; quanto scaricato finora viene conservato</translation>
        </message>
        <message>
            <source>Offline — showing cached data</source>
            <translation>Offline: dati dalla cache</translation>
        </message>
        <message>
            <source>Stripe can't be reached. Counterfoil keeps retrying in the background.</source>
            <translation>Stripe non è raggiungibile. Counterfoil continua a riprovare in background.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>Interruzione dopo questa pagina…</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Non ancora sincronizzato</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n min ago</source>
            <translation>
                <numerusform>Sincronizzato %n min fa</numerusform>
                <numerusform>Sincronizzato %n min fa</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at {0}</source>
            <translation>Sincronizzato alle {0}</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Sincronizzato adesso</translation>
        </message>
        <message>
            <source>Synced {0} {1}</source>
            <translation>Sincronizzato il {0} alle {1}</translation>
        </message>
    </context>
    <context>
        <name>TotalsCard</name>
        <message>
            <source>Totals per currency</source>
            <translation>Totali per valuta</translation>
        </message>
        <message>
            <source>Per month at list prices, before discounts and taxes.</source>
            <translation>Al mese a prezzi di listino, prima di sconti e imposte.</translation>
        </message>
        <message>
            <source>Nothing paused.</source>
            <translation>Niente di sospeso.</translation>
        </message>
        <message>
            <source>1 subscription</source>
            <translation>1 abbonamento</translation>
        </message>
        <message>
            <source>{0} subscriptions</source>
            <translation>{0} abbonamenti</translation>
        </message>
        <message>
            <source>{0} / month</source>
            <translation>{0} / mese</translation>
        </message>
        <message>
            <source>{0} of them have metered items, which are not counted.</source>
            <translation>{0} hanno articoli a consumo, che non sono conteggiati.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Counterfoil</source>
            <translation>Benvenuto in Counterfoil</translation>
        </message>
        <message>
            <source>A calm back office for Stripe Billing: the customer portal, branding, customers, Connect and paused collections. Your data is kept in a local cache, so it is fast and still there when you're offline.</source>
            <translation>Un back office tranquillo per Stripe Billing: il portale clienti, il branding, i clienti, Connect e la riscossione dei pagamenti sospesa. I tuoi dati restano in una cache locale: tutto è veloce e disponibile anche offline.</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Prova la demo</translation>
        </message>
        <message>
            <source>Explore with sample customers and subscriptions in a sandbox that runs on this computer. Nothing is sent to Stripe and no key is needed.</source>
            <translation>Esplora con clienti e abbonamenti di esempio in una sandbox in esecuzione su questo computer. Nulla viene inviato a Stripe e non serve alcuna chiave.</translation>
        </message>
        <message>
            <source>Add a Stripe account</source>
            <translation>Aggiungi un account Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…). Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…). Counterfoil la verifica con Stripe e la conserva nel portachiavi di sistema, mai in un file.</translation>
        </message>
    </context>
    <context>
        <name>_IssueButton</name>
        <message>
            <source>Show this field</source>
            <translation>Mostra questo campo</translation>
        </message>
    </context>
    <context>
        <name>branding</name>
        <message>
            <source>Accent</source>
            <translation>Accento</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>Branding of every account</source>
            <translation>Branding di ogni account</translation>
        </message>
        <message>
            <source>Complete branding</source>
            <translation>Branding completo</translation>
        </message>
        <message>
            <source>Destination charges with on_behalf_of: portal sessions are created on your platform with on_behalf_of set to {account}, which brands the portal.</source>
            <translation>Addebiti a destinazione con on_behalf_of: le sessioni del portale vengono create sulla tua piattaforma con on_behalf_of impostato su {account}, che dà il branding al portale.</translation>
        </message>
        <message>
            <source>Destination charges: the subscriptions live on your platform and pay out to {account}; portal sessions are created on your platform.</source>
            <translation>Addebiti a destinazione: gli abbonamenti risiedono sulla tua piattaforma e versano a {account}; le sessioni del portale vengono create sulla tua piattaforma.</translation>
        </message>
        <message>
            <source>Direct charges: the subscriptions live on {account}, and its portal sessions are created with the Stripe-Account header.</source>
            <translation>Addebiti diretti: gli abbonamenti risiedono su {account} e le sue sessioni del portale vengono create con l'intestazione Stripe-Account.</translation>
        </message>
        <message>
            <source>Enter a colour as #RRGGBB, for example #0a2540.</source>
            <translation>Inserisci un colore come #RRGGBB, per esempio #0a2540.</translation>
        </message>
        <message>
            <source>Express Dashboard · you control branding</source>
            <translation>Dashboard Express · il branding lo gestisci tu</translation>
        </message>
        <message>
            <source>Full Dashboard · manages its own branding</source>
            <translation>Dashboard completa · gestisce il proprio branding</translation>
        </message>
        <message>
            <source>Icon and both colours set</source>
            <translation>Icona ed entrambi i colori impostati</translation>
        </message>
        <message>
            <source>No Stripe Dashboard · you control branding</source>
            <translation>Nessuna Dashboard Stripe · il branding lo gestisci tu</translation>
        </message>
        <message>
            <source>No current subscriptions with this account in the cache.</source>
            <translation>Nessun abbonamento attuale con questo account nella cache.</translation>
        </message>
        <message>
            <source>Stripe accepts JPEG, PNG or GIF images for {purpose}; this file is {found}.</source>
            <translation>Stripe accetta immagini JPEG, PNG o GIF per {purpose}; questo file è {found}.</translation>
        </message>
        <message>
            <source>The file is empty. Choose an image with content.</source>
            <translation>Il file è vuoto. Scegli un'immagine con un contenuto.</translation>
        </message>
        <message>
            <source>The file is {size}; Stripe accepts at most 512 KB for files with purpose {purpose}. Export a smaller image (fewer pixels or stronger compression).</source>
            <translation>Il file pesa {size}; Stripe accetta al massimo 512 KB per i file con scopo {purpose}. Esporta un'immagine più piccola (meno pixel o compressione maggiore).</translation>
        </message>
        <message>
            <source>The file's content is {content} but its name ends in .{ext}; Stripe refuses files whose content and extension disagree. Rename it or export it again.</source>
            <translation>Il contenuto del file è {content} ma il nome termina con .{ext}; Stripe rifiuta i file il cui contenuto non corrisponde all'estensione. Rinominalo o esportalo di nuovo.</translation>
        </message>
        <message>
            <source>The icon is not square ({width}×{height}); the portal crops it to a circle.</source>
            <translation>L'icona non è quadrata ({width}×{height}); il portale la ritaglia a cerchio.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels, below Stripe's minimum of 128×128: upload a larger one.</source>
            <translation>L'icona è di {width}×{height} pixel, sotto il minimo di Stripe di 128×128: caricane una più grande.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels: Stripe accepts it, but it can look soft on high-density screens. 512×512 keeps it sharp everywhere.</source>
            <translation>L'icona è di {width}×{height} pixel: Stripe la accetta, ma può apparire sfocata sugli schermi ad alta densità. 512×512 la mantiene nitida ovunque.</translation>
        </message>
        <message>
            <source>The icon must be square; this image is {width}×{height} pixels. Crop it to a square (at least 128×128).</source>
            <translation>L'icona deve essere quadrata; questa immagine è di {width}×{height} pixel. Ritagliala a quadrato (almeno 128×128).</translation>
        </message>
        <message>
            <source>The image's width and height cannot be read; the file may be damaged.</source>
            <translation>Impossibile leggere larghezza e altezza dell'immagine; il file potrebbe essere danneggiato.</translation>
        </message>
        <message>
            <source>The logo is very wide ({width}×{height}); it is shrunk to fit and may be hard to read. Prefer a logo at most 6 times as wide as it is tall.</source>
            <translation>Il logo è molto largo ({width}×{height}); viene ridotto per starci e può risultare poco leggibile. Meglio un logo al massimo 6 volte più largo che alto.</translation>
        </message>
        <message>
            <source>The logo is {width}×{height} pixels, below Stripe's minimum of 128×128.</source>
            <translation>Il logo è di {width}×{height} pixel, sotto il minimo di Stripe di 128×128.</translation>
        </message>
        <message>
            <source>The {kind} must be at least 128×128 pixels; this image is {width}×{height}.</source>
            <translation>{kind}: deve essere di almeno 128×128 pixel; questa immagine è di {width}×{height}.</translation>
        </message>
        <message>
            <source>Their branding: {0} subscriptions · yours: {1}</source>
            <translation>Il loro branding: {0} abbonamenti · il tuo: {1}</translation>
        </message>
        <message>
            <source>This is your own account. Stripe's API cannot change its branding: change it in the Stripe Dashboard under Settings → Branding. Edits here are a what-if preview and are not saved to Stripe.</source>
            <translation>Questo è il tuo account. L'API di Stripe non può modificarne il branding: modificalo nella Dashboard di Stripe in Impostazioni → Branding. Le modifiche qui sono una simulazione e non vengono salvate su Stripe.</translation>
        </message>
        <message>
            <source>Your own customers, and customers of destination charges, see this.</source>
            <translation>Lo vedono i tuoi clienti e i clienti degli addebiti a destinazione.</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>La tua piattaforma</translation>
        </message>
        <message>
            <source>Your platform controls {account}, so its branding is saved through the Accounts API (settings.branding).</source>
            <translation>La tua piattaforma controlla {account}, quindi il suo branding viene salvato tramite l'API Accounts (settings.branding).</translation>
        </message>
        <message>
            <source>{account} has full Stripe Dashboard access and manages its own branding (Settings → Branding in its Dashboard); the platform may only change its metadata. Edits here are a what-if preview you can share with them.</source>
            <translation>{account} ha accesso completo alla Dashboard di Stripe e gestisce il proprio branding (Impostazioni → Branding nella sua Dashboard); la piattaforma può modificare solo i suoi metadati. Le modifiche qui sono una simulazione che puoi condividere con loro.</translation>
        </message>
        <message>
            <source>“{text}” is not a hex colour: use # and six hex digits (0–9, a–f), for example #0a2540.</source>
            <translation>«{text}» non è un colore esadecimale: usa # e sei cifre esadecimali (0–9, a–f), per esempio #0a2540.</translation>
        </message>
        <message>
            <source>No icon</source>
            <translation>Nessuna icona</translation>
        </message>
        <message>
            <source>No brand colour</source>
            <translation>Nessun colore del brand</translation>
        </message>
        <message>
            <source>No accent colour</source>
            <translation>Nessun colore di accento</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{message} (request {request_id})</source>
            <translation>{message} (richiesta {request_id})</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Another request is changing this object at the same moment. Wait a moment and try again.</source>
            <translation>Un'altra richiesta sta modificando questo oggetto nello stesso momento. Attendi un momento e riprova.</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Can't reach Stripe. Check your internet connection (and the API address, if you set one) and try again.</source>
            <translation>Impossibile raggiungere Stripe. Controlla la connessione a internet (e l'indirizzo API, se ne hai impostato uno) e riprova.</translation>
        </message>
        <message>
            <source>Can't reach Stripe: {detail}. Check your internet connection and try again.</source>
            <translation>Impossibile raggiungere Stripe: {detail}. Controlla la connessione a internet e riprova.</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Addebiti</translation>
        </message>
        <message>
            <source>Checkout Sessions</source>
            <translation>Sessioni di Checkout</translation>
        </message>
        <message>
            <source>Choose what happens to invoices while collection is paused.</source>
            <translation>Scegli cosa succede alle fatture mentre la riscossione è sospesa.</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Coupon</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>Note di credito</translation>
        </message>
        <message>
            <source>Customer portal</source>
            <translation>Portale clienti</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventi</translation>
        </message>
        <message>
            <source>File {file} is larger than a branding image can be.</source>
            <translation>Il file {file} è più grande di quanto possa essere un'immagine di branding.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Fatture</translation>
        </message>
        <message>
            <source>No key was entered. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Non è stata inserita alcuna chiave. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro (il backend configurato, {backend}, salva le chiavi in un file). Installa e sblocca GNOME Keyring o KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro (il backend configurato, {backend}, salva le chiavi in un file). Assicurati che Gestione credenziali di Windows sia disponibile, oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro (il backend configurato, {backend}, salva le chiavi in un file). Assicurati che il portachiavi «login» di macOS sia disponibile e sbloccato, oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro. Installa e sblocca GNOME Keyring o KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro. Assicurati che Gestione credenziali di Windows sia disponibile, oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Non è disponibile alcun portachiavi sicuro. Assicurati che il portachiavi «login» di macOS sia disponibile e sbloccato, oppure imposta {variable} per l'uso tramite script. Counterfoil non salva mai le chiavi in un file in chiaro.</translation>
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
            <translation>Piani</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prezzi</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Prodotti</translation>
        </message>
        <message>
            <source>Promotion codes</source>
            <translation>Codici promozionali</translation>
        </message>
        <message>
            <source>Refusing to send a live-mode key to {address}: live keys only go to Stripe or to this computer. Unset {variable} (or the API address) to use Stripe.</source>
            <translation>Una chiave della modalità live non viene inviata a {address}: le chiavi live vanno solo a Stripe o a questo computer. Rimuovi {variable} (o l'indirizzo API) per usare Stripe.</translation>
        </message>
        <message>
            <source>Remove the quotation marks around the key and paste it again.</source>
            <translation>Rimuovi le virgolette intorno alla chiave e incollala di nuovo.</translation>
        </message>
        <message>
            <source>Restricted keys can't be used for this at all; use a secret key (sk_…) for this account instead.</source>
            <translation>Le chiavi con restrizioni non possono essere usate per questa operazione; usa invece una chiave segreta (sk_…) per questo account.</translation>
        </message>
        <message>
            <source>SetupIntents</source>
            <translation>SetupIntents</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error_type}: {detail}).</source>
            <translation>Si è verificato un problema imprevisto ({error_type}: {detail}).</translation>
        </message>
        <message>
            <source>Stripe gives no download address for file {file}.</source>
            <translation>Stripe non fornisce alcun indirizzo di download per il file {file}.</translation>
        </message>
        <message>
            <source>Stripe is limiting how fast this key may make requests. Counterfoil will slow down; try again in a moment.</source>
            <translation>Stripe sta limitando la frequenza con cui questa chiave può effettuare richieste. Counterfoil rallenterà; riprova tra un momento.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again.</source>
            <translation>Stripe si è rifiutato di ripetere una richiesta precedente perché nel frattempo i suoi dettagli sono cambiati. Ricarica e riprova.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again. Stripe said: {stripe_message}</source>
            <translation>Stripe si è rifiutato di ripetere una richiesta precedente perché nel frattempo i suoi dettagli sono cambiati. Ricarica e riprova. Stripe ha risposto: {stripe_message}</translation>
        </message>
        <message>
            <source>Stripe rejected the request as invalid.</source>
            <translation>Stripe ha rifiutato la richiesta perché non valida.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}). Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe ha segnalato un errore (HTTP {status}). Riprova; se continua a succedere, controlla status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}): {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe ha segnalato un errore (HTTP {status}): {stripe_message} Riprova; se continua a succedere, controlla status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error. Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe ha segnalato un errore. Riprova; se continua a succedere, controlla status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error: {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe ha segnalato un errore: {stripe_message} Riprova; se continua a succedere, controlla status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe's answer could not be read (HTTP {status}): it is not a JSON object. Try again; if it keeps happening, check status.stripe.com (and the API address, if you set one).</source>
            <translation>Impossibile leggere la risposta di Stripe (HTTP {status}): non è un oggetto JSON. Riprova; se continua a succedere, controlla status.stripe.com (e l'indirizzo API, se ne hai impostato uno).</translation>
        </message>
        <message>
            <source>Stripe's answer did not name an account; is the API address right?</source>
            <translation>La risposta di Stripe non indicava alcun account; l'indirizzo API è corretto?</translation>
        </message>
        <message>
            <source>Subscription schedules</source>
            <translation>Pianificazioni degli abbonamenti</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abbonamenti</translation>
        </message>
        <message>
            <source>Tax rates</source>
            <translation>Aliquote fiscali</translation>
        </message>
        <message>
            <source>The API address {address} is not an http(s) URL. Use something like http://127.0.0.1:12111 (or leave it empty to talk to Stripe).</source>
            <translation>L'indirizzo API {address} non è un URL http(s). Usa qualcosa come http://127.0.0.1:12111 (oppure lascialo vuoto per comunicare con Stripe).</translation>
        </message>
        <message>
            <source>The API address {address} must not contain '?' or '#'.</source>
            <translation>L'indirizzo API {address} non deve contenere «?» o «#».</translation>
        </message>
        <message>
            <source>The account list {path} is damaged ({detail}). Repair or delete it and add your accounts again; keys already in the keyring are not affected.</source>
            <translation>L'elenco degli account {path} è danneggiato ({detail}). Riparalo o eliminalo e aggiungi di nuovo i tuoi account; le chiavi già presenti nel portachiavi non sono interessate.</translation>
        </message>
        <message>
            <source>The key contains characters a Stripe key never has; copy it again. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La chiave contiene caratteri che una chiave Stripe non contiene mai; copiala di nuovo. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>The key contains spaces or line breaks, so it was probably copied together with other text. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La chiave contiene spazi o interruzioni di riga, quindi probabilmente è stata copiata insieme ad altro testo. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>The key for '{name}' is missing from the system keyring. Add the account again with a current key.</source>
            <translation>La chiave di «{name}» manca dal portachiavi di sistema. Aggiungi di nuovo l'account con una chiave valida.</translation>
        </message>
        <message>
            <source>The resume date must be in the future. Pick a later date, or leave it empty to pause until you resume collection yourself.</source>
            <translation>La data di riattivazione deve essere nel futuro. Scegli una data successiva oppure lasciala vuota per sospendere finché non riattivi tu la riscossione.</translation>
        </message>
        <message>
            <source>The system keyring accepted the key but did not keep it; check that it is unlocked and working.</source>
            <translation>Il portachiavi di sistema ha accettato la chiave ma non l'ha conservata; verifica che sia sbloccato e funzionante.</translation>
        </message>
        <message>
            <source>The system keyring failed ({error_type}). Make sure it is running and unlocked, then try again.</source>
            <translation>Il portachiavi di sistema non ha funzionato ({error_type}). Assicurati che sia in esecuzione e sbloccato, poi riprova.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
            <translation>Il portachiavi di sistema è bloccato. Sbloccalo (ad esempio accedendo alla tua sessione desktop) e riprova.</translation>
        </message>
        <message>
            <source>The system keyring refused the request: {detail}. Make sure it is running and unlocked, then try again.</source>
            <translation>Il portachiavi di sistema ha rifiutato la richiesta: {detail}. Assicurati che sia in esecuzione e sbloccato, poi riprova.</translation>
        </message>
        <message>
            <source>This demo session has ended; start the demo again.</source>
            <translation>Questa sessione demo è terminata; avvia di nuovo la demo.</translation>
        </message>
        <message>
            <source>This doesn't look like a Stripe API key: keys start with sk_live_, sk_test_, rk_live_ or rk_test_. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Questa non sembra una chiave API di Stripe: le chiavi iniziano con sk_live_, sk_test_, rk_live_ o rk_test_. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>This is a publishable key (pk_…), which can't read or change billing data; paste a secret key (sk_…) or restricted key (rk_…) instead.</source>
            <translation>Questa è una chiave pubblicabile (pk_…), che non può leggere né modificare i dati di fatturazione; incolla invece una chiave segreta (sk_…) o una chiave con restrizioni (rk_…).</translation>
        </message>
        <message>
            <source>This is a webhook signing secret (whsec_…), not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Questo è un segreto di firma del webhook (whsec_…), non una chiave API. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>This is an account or client id, not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Questo è un ID account o un ID client OAuth, non una chiave API. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>This is longer than any Stripe key; it may be several keys pasted together. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Questo testo è più lungo di qualsiasi chiave Stripe; potrebbero essere state incollate più chiavi insieme. Incolla una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>This key is masked or shortened (it contains * or …). Reveal the key in the Stripe Dashboard → Developers → API keys and copy it whole.</source>
            <translation>Questa chiave è mascherata o abbreviata (contiene * o …). Mostra la chiave nella Dashboard di Stripe → Sviluppatori → Chiavi API e copiala per intero.</translation>
        </message>
        <message>
            <source>This key is too short; it was probably cut off while copying. Copy it again from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Questa chiave è troppo corta; probabilmente è stata troncata durante la copia. Copiala di nuovo dalla Dashboard di Stripe → Sviluppatori → Chiavi API.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that.</source>
            <translation>Questa chiave non è autorizzata a farlo.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that: {stripe_message}</source>
            <translation>Questa chiave non è autorizzata a farlo: {stripe_message}</translation>
        </message>
        <message>
            <source>This key was rejected by Stripe (revoked or mistyped). Copy a current secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys and add the account again.</source>
            <translation>Stripe ha rifiutato questa chiave (revocata o digitata male). Copia una chiave segreta (sk_…) o una chiave con restrizioni (rk_…) valida dalla Dashboard di Stripe → Sviluppatori → Chiavi API e aggiungi di nuovo l'account.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{permission}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>A questa chiave con restrizioni manca l'autorizzazione «{permission}» ({permission}). Concedila alla chiave nella Dashboard di Stripe → Sviluppatori → Chiavi API, oppure usa una chiave che la possieda.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{resource}: {access}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>A questa chiave con restrizioni manca l'autorizzazione «{resource}: {access}» ({permission}). Concedila alla chiave nella Dashboard di Stripe → Sviluppatori → Chiavi API, oppure usa una chiave che la possieda.</translation>
        </message>
        <message>
            <source>Webhook endpoints</source>
            <translation>Endpoint webhook</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lettura</translation>
        </message>
        <message>
            <source>write</source>
            <translation>scrittura</translation>
        </message>
    </context>
    <context>
        <name>panels</name>
        <message>
            <source>Portal configuration</source>
            <translation>Configurazione del portale</translation>
        </message>
        <message>
            <source>Decide what your customers can do in the Stripe customer portal.</source>
            <translation>Decidi cosa possono fare i tuoi clienti nel portale clienti di Stripe.</translation>
        </message>
        <message>
            <source>List, create and edit customer portal configurations</source>
            <translation>Elencare, creare e modificare le configurazioni del portale clienti</translation>
        </message>
        <message>
            <source>Choose features: payment methods, cancellations, plan switching, invoice history</source>
            <translation>Scegliere le funzionalità: modalità di pagamento, annullamenti, cambio di piano, cronologia delle fatture</translation>
        </message>
        <message>
            <source>Set the business headline, privacy policy and terms links</source>
            <translation>Impostare il titolo dell'attività e i link all'informativa sulla privacy e ai termini</translation>
        </message>
        <message>
            <source>Pick the default configuration and preview the portal for a customer</source>
            <translation>Scegliere la configurazione predefinita e visualizzare l'anteprima del portale per un cliente</translation>
        </message>
        <message>
            <source>Branding</source>
            <translation>Branding</translation>
        </message>
        <message>
            <source>Make the portal, Checkout and invoices look like your business.</source>
            <translation>Fai in modo che portale, Checkout e fatture rispecchino la tua attività.</translation>
        </message>
        <message>
            <source>Upload an icon and a logo</source>
            <translation>Caricare un'icona e un logo</translation>
        </message>
        <message>
            <source>Set brand and accent colours, with a live preview</source>
            <translation>Impostare i colori del brand e di accento, con anteprima dal vivo</translation>
        </message>
        <message>
            <source>Check contrast so buttons stay readable</source>
            <translation>Controllare il contrasto perché i pulsanti restino leggibili</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Find any customer instantly, even offline, from the local cache.</source>
            <translation>Trova qualsiasi cliente all'istante, anche offline, dalla cache locale.</translation>
        </message>
        <message>
            <source>Search by name, email or id across every synced customer</source>
            <translation>Cercare per nome, email o ID tra tutti i clienti sincronizzati</translation>
        </message>
        <message>
            <source>See subscriptions, invoices and payment methods at a glance</source>
            <translation>Vedere a colpo d'occhio abbonamenti, fatture e modalità di pagamento</translation>
        </message>
        <message>
            <source>Open a customer portal session for a customer</source>
            <translation>Aprire una sessione del portale clienti per un cliente</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>See your connected accounts and work on their behalf.</source>
            <translation>Consulta i tuoi account connessi e lavora per loro conto.</translation>
        </message>
        <message>
            <source>List connected accounts with their onboarding and payout status</source>
            <translation>Elencare gli account connessi con lo stato di onboarding e dei bonifici</translation>
        </message>
        <message>
            <source>Open an account's portal and branding settings</source>
            <translation>Aprire le impostazioni del portale e del branding di un account</translation>
        </message>
        <message>
            <source>Paused collections</source>
            <translation>Riscossioni sospese</translation>
        </message>
        <message>
            <source>Keep track of subscriptions whose payment collection is paused.</source>
            <translation>Tieni traccia degli abbonamenti con la riscossione dei pagamenti sospesa.</translation>
        </message>
        <message>
            <source>List paused subscriptions with how they were paused and until when</source>
            <translation>Elencare gli abbonamenti sospesi, con come e fino a quando sono stati sospesi</translation>
        </message>
        <message>
            <source>Pause and resume collection, one at a time or in bulk</source>
            <translation>Sospendere e riattivare la riscossione, uno alla volta o in blocco</translation>
        </message>
    </context>
    <context>
        <name>paused</name>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Charge automatically</source>
            <translation>Addebita automaticamente</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bozza</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incompleto, scaduto</translation>
        </message>
        <message>
            <source>Invoices marked uncollectible</source>
            <translation>Fatture contrassegnate come non riscuotibili</translation>
        </message>
        <message>
            <source>Invoices stay drafts</source>
            <translation>Le fatture restano bozze</translation>
        </message>
        <message>
            <source>Invoices voided</source>
            <translation>Fatture annullate</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Mantieni come bozza</translation>
        </message>
        <message>
            <source>Mark uncollectible</source>
            <translation>Contrassegna come non riscuotibile</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aperta</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagata</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Send invoice</source>
            <translation>Invia fattura</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately marks it uncollectible: the customer is not charged and no reminders go out. Use this when you don't expect to be paid for the paused periods.</source>
            <translation>Stripe finalizza ogni fattura e la contrassegna subito come non riscuotibile: al cliente non viene addebitato nulla e non partono promemoria. Usalo quando non ti aspetti di essere pagato per i periodi sospesi.</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately voids it: the paused periods are never billed, as if they were free.</source>
            <translation>Stripe finalizza ogni fattura e la annulla subito: i periodi sospesi non vengono mai fatturati, come se fossero gratuiti.</translation>
        </message>
        <message>
            <source>Stripe keeps creating invoices but leaves them as drafts: nothing is sent or charged. When collection resumes you can finalise and collect them.</source>
            <translation>Stripe continua a creare fatture ma le lascia come bozze: nulla viene inviato o addebitato. Quando la riscossione riprende puoi finalizzarle e riscuoterle.</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>In prova</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Non riscuotibile</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Non pagato</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>mixed intervals</source>
            <translation>intervalli misti</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>≈ {0} / month</source>
            <translation>≈ {0} / mese</translation>
        </message>
        <message>
            <source>day</source>
            <translation>giorno</translation>
        </message>
        <message>
            <source>days</source>
            <translation>giorni</translation>
        </message>
        <message>
            <source>week</source>
            <translation>settimana</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>settimane</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mese</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mesi</translation>
        </message>
        <message>
            <source>year</source>
            <translation>anno</translation>
        </message>
        <message>
            <source>years</source>
            <translation>anni</translation>
        </message>
        <message>
            <source>Void</source>
            <comment>invoice status</comment>
            <translation>Annullata</translation>
        </message>
    </context>
    <context>
        <name>portal_config</name>
        <message>
            <source> ({0} to {1})</source>
            <translation> (da {0} a {1})</translation>
        </message>
        <message>
            <source> and ask for a reason</source>
            <translation> e chiedere un motivo</translation>
        </message>
        <message>
            <source> with credit for unused time</source>
            <translation> con credito per il tempo non utilizzato</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(senza nome)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non impostato)</translation>
        </message>
        <message>
            <source>1 {0}</source>
            <translation>1 {0}</translation>
        </message>
        <message>
            <source>A pause can last at most three years ({0}).</source>
            <translation>Una sospensione può durare al massimo tre anni ({0}).</translation>
        </message>
        <message>
            <source>A pause lasts at least 1 {0}.</source>
            <translation>Una sospensione dura almeno 1 {0}.</translation>
        </message>
        <message>
            <source>A plan change starts a new billing period</source>
            <translation>Un cambio di piano avvia un nuovo periodo di fatturazione</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attiva</translation>
        </message>
        <message>
            <source>Add at least one pause length customers can choose, or let them pause until they resume.</source>
            <translation>Aggiungi almeno una durata di sospensione tra cui i clienti possano scegliere, oppure lasciali sospendere finché non riattivano.</translation>
        </message>
        <message>
            <source>Ask for a cancellation reason</source>
            <translation>Chiedi un motivo di annullamento</translation>
        </message>
        <message>
            <source>At the end of the billing period</source>
            <translation>Alla fine del periodo di fatturazione</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Indirizzo di fatturazione</translation>
        </message>
        <message>
            <source>Billing date after a change</source>
            <translation>Data di fatturazione dopo una modifica</translation>
        </message>
        <message>
            <source>Business information</source>
            <translation>Informazioni sull'attività</translation>
        </message>
        <message>
            <source>CANNOT MAP</source>
            <translation>NON ASSOCIABILE</translation>
        </message>
        <message>
            <source>Can add and change payment methods</source>
            <translation>Possono aggiungere e modificare le modalità di pagamento</translation>
        </message>
        <message>
            <source>Can apply a promotion code when changing plan</source>
            <translation>Possono applicare un codice promozionale quando cambiano piano</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect at the end of the billing period</source>
            <translation>Possono annullare; gli annullamenti hanno effetto alla fine del periodo di fatturazione</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect immediately</source>
            <translation>Possono annullare; gli annullamenti hanno effetto immediato</translation>
        </message>
        <message>
            <source>Can change the quantity</source>
            <translation>Possono modificare la quantità</translation>
        </message>
        <message>
            <source>Can change the quantity of {0}</source>
            <translation>Possono modificare la quantità di {0}</translation>
        </message>
        <message>
            <source>Can pause for {0}</source>
            <translation>Possono sospendere per {0}</translation>
        </message>
        <message>
            <source>Can pause until they choose to resume</source>
            <translation>Possono sospendere finché non decidono di riattivare</translation>
        </message>
        <message>
            <source>Can see and download past invoices</source>
            <translation>Possono vedere e scaricare le fatture passate</translation>
        </message>
        <message>
            <source>Can sign in on their own with a link sent to their email</source>
            <translation>Possono accedere da soli con un link inviato alla loro email</translation>
        </message>
        <message>
            <source>Can switch between the prices of {0}</source>
            <translation>Possono passare tra i prezzi di {0}</translation>
        </message>
        <message>
            <source>Can switch between {0}</source>
            <translation>Possono passare tra {0}</translation>
        </message>
        <message>
            <source>Can update their {0}</source>
            <translation>Possono aggiornare: {0}</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motivo dell'annullamento</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Annullamenti</translation>
        </message>
        <message>
            <source>Cancellations are off, so asking for a cancellation reason has no effect. Turn cancellations on, or stop asking for a reason.</source>
            <translation>Gli annullamenti sono disattivati, quindi chiedere un motivo non ha effetto. Attiva gli annullamenti o smetti di chiedere un motivo.</translation>
        </message>
        <message>
            <source>Cannot be mapped:</source>
            <translation>Impossibile associare:</translation>
        </message>
        <message>
            <source>Cannot cancel in the portal</source>
            <translation>Non possono annullare nel portale</translation>
        </message>
        <message>
            <source>Cannot change payment methods</source>
            <translation>Non possono modificare le modalità di pagamento</translation>
        </message>
        <message>
            <source>Cannot change the quantity</source>
            <translation>Non possono modificare la quantità</translation>
        </message>
        <message>
            <source>Cannot change their name, email or addresses</source>
            <translation>Non possono modificare nome, email o indirizzi</translation>
        </message>
        <message>
            <source>Cannot pause</source>
            <translation>Non possono sospendere</translation>
        </message>
        <message>
            <source>Cannot see past invoices</source>
            <translation>Non possono vedere le fatture passate</translation>
        </message>
        <message>
            <source>Cannot switch plans or change quantities</source>
            <translation>Non possono cambiare piano né quantità</translation>
        </message>
        <message>
            <source>Cannot switch to another plan</source>
            <translation>Non possono passare a un altro piano</translation>
        </message>
        <message>
            <source>Changing plan during a trial</source>
            <translation>Cambio di piano durante una prova</translation>
        </message>
        <message>
            <source>Changing plan during a trial ends the trial</source>
            <translation>Cambiare piano durante una prova la termina</translation>
        </message>
        <message>
            <source>Changing plan during a trial keeps the trial</source>
            <translation>Cambiare piano durante una prova la mantiene</translation>
        </message>
        <message>
            <source>Choose what customers can change (plan, quantity or promotion codes), or turn plan changes off.</source>
            <translation>Scegli cosa possono cambiare i clienti (piano, quantità o codici promozionali), oppure disattiva i cambi di piano.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condizione</translation>
        </message>
        <message>
            <source>Configuration {0} in the file has no settings.</source>
            <translation>La configurazione {0} nel file non ha impostazioni.</translation>
        </message>
        <message>
            <source>Configuration “{0}”</source>
            <translation>Configurazione «{0}»</translation>
        </message>
        <message>
            <source>Credit and invoice at once (not allowed for cancellations)</source>
            <translation>Accredita e fattura subito (non consentito per gli annullamenti)</translation>
        </message>
        <message>
            <source>Credit for unused time on cancellation</source>
            <translation>Credito per il tempo non utilizzato all'annullamento</translation>
        </message>
        <message>
            <source>Credit the unused time</source>
            <translation>Accredita il tempo non utilizzato</translation>
        </message>
        <message>
            <source>Credit the unused time (immediate cancellations only)</source>
            <translation>Accredita il tempo non utilizzato (solo annullamenti immediati)</translation>
        </message>
        <message>
            <source>Custom feedback options</source>
            <translation>Opzioni di feedback personalizzate</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Informazioni sul cliente</translation>
        </message>
        <message>
            <source>Customer service was less than expected</source>
            <translation>Il servizio clienti non è stato all'altezza</translation>
        </message>
        <message>
            <source>Customers can cancel subscriptions</source>
            <translation>I clienti possono annullare gli abbonamenti</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>I clienti possono modificare la quantità</translation>
        </message>
        <message>
            <source>Customers can change their plan</source>
            <translation>I clienti possono cambiare piano</translation>
        </message>
        <message>
            <source>Customers can choose between at most {0} products; this lists {1}. Remove {2}.</source>
            <translation>I clienti possono scegliere tra al massimo {0} prodotti; qui ce ne sono {1}. Rimuovine {2}.</translation>
        </message>
        <message>
            <source>Customers can pause subscriptions</source>
            <translation>I clienti possono sospendere gli abbonamenti</translation>
        </message>
        <message>
            <source>Customers can update payment methods</source>
            <translation>I clienti possono aggiornare le modalità di pagamento</translation>
        </message>
        <message>
            <source>Customers can update their information</source>
            <translation>I clienti possono aggiornare le proprie informazioni</translation>
        </message>
        <message>
            <source>Customers can update their information, but no item is ticked, so there is nothing they can change. Tick what they may update, or turn this off.</source>
            <translation>I clienti possono aggiornare le proprie informazioni, ma nessuna voce è selezionata, quindi non possono cambiare nulla. Seleziona cosa possono aggiornare o disattiva l'opzione.</translation>
        </message>
        <message>
            <source>Customers paying in {0} can't switch between products whose prices have different tax behaviour ({1}).</source>
            <translation>I clienti che pagano in {0} non possono passare tra prodotti i cui prezzi hanno comportamenti fiscali diversi ({1}).</translation>
        </message>
        <message>
            <source>Customers will be asked why they cancel but offered no reason to pick. Tick at least one reason.</source>
            <translation>Ai clienti verrà chiesto perché annullano, ma senza motivi tra cui scegliere. Seleziona almeno un motivo.</translation>
        </message>
        <message>
            <source>Don't prorate</source>
            <translation>Nessuna ripartizione proporzionale</translation>
        </message>
        <message>
            <source>Downgrades and shorter billing periods start at the end of the period</source>
            <translation>I downgrade e i periodi di fatturazione più brevi iniziano alla fine del periodo</translation>
        </message>
        <message>
            <source>Downgrades start at the end of the period</source>
            <translation>I downgrade iniziano alla fine del periodo</translation>
        </message>
        <message>
            <source>Ease of use was less than expected</source>
            <translation>La facilità d'uso non è stata all'altezza</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Indirizzo email</translation>
        </message>
        <message>
            <source>End the trial and charge now</source>
            <translation>Termina la prova e addebita ora</translation>
        </message>
        <message>
            <source>Every metadata entry needs a key.</source>
            <translation>Ogni voce dei metadati richiede una chiave.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Funzionalità</translation>
        </message>
        <message>
            <source>For one of the lengths below</source>
            <translation>Per una delle durate seguenti</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generale</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>How long customers can pause</source>
            <translation>Per quanto tempo i clienti possono sospendere</translation>
        </message>
        <message>
            <source>I don't use the service enough</source>
            <translation>Non uso abbastanza il servizio</translation>
        </message>
        <message>
            <source>I'm switching to a different service</source>
            <translation>Passo a un altro servizio</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Subito</translation>
        </message>
        <message>
            <source>Information customers can update</source>
            <translation>Informazioni che i clienti possono aggiornare</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Cronologia delle fatture</translation>
        </message>
        <message>
            <source>It's too expensive</source>
            <translation>È troppo costoso</translation>
        </message>
        <message>
            <source>Keep the current billing date</source>
            <translation>Mantieni la data di fatturazione attuale</translation>
        </message>
        <message>
            <source>Keep the trial going</source>
            <translation>Continua la prova</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Pagina di accesso</translation>
        </message>
        <message>
            <source>Login page link</source>
            <translation>Link della pagina di accesso</translation>
        </message>
        <message>
            <source>Manage downgrades</source>
            <translation>Gestisci i downgrade</translation>
        </message>
        <message>
            <source>Maximum quantity</source>
            <translation>Quantità massima</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadati</translation>
        </message>
        <message>
            <source>Metadata keys can't contain square brackets: “{0}”.</source>
            <translation>Le chiavi dei metadati non possono contenere parentesi quadre: «{0}».</translation>
        </message>
        <message>
            <source>Metadata “{0}”</source>
            <translation>Metadati «{0}»</translation>
        </message>
        <message>
            <source>Minimum quantity</source>
            <translation>Quantità minima</translation>
        </message>
        <message>
            <source>Moves to a shorter billing period start at the end of the period</source>
            <translation>I passaggi a un periodo di fatturazione più breve iniziano alla fine del periodo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Name (only you see it)</source>
            <translation>Nome (lo vedi solo tu)</translation>
        </message>
        <message>
            <source>No credit</source>
            <translation>Nessun credito</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Numero di unità</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>No</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sì</translation>
        </message>
        <message>
            <source>Order of the products offered</source>
            <translation>Ordine dei prodotti offerti</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Altro motivo</translation>
        </message>
        <message>
            <source>Pause length</source>
            <translation>Durata della sospensione</translation>
        </message>
        <message>
            <source>Pause lengths offered</source>
            <translation>Durate di sospensione offerte</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Sospensione</translation>
        </message>
        <message>
            <source>Payment method configuration</source>
            <translation>Configurazione delle modalità di pagamento</translation>
        </message>
        <message>
            <source>Payment method configuration {0} belongs to the source account; the target account's default payment methods are used instead</source>
            <translation>La configurazione delle modalità di pagamento {0} appartiene all'account di origine; vengono usate invece le modalità di pagamento predefinite dell'account di destinazione</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Modalità di pagamento</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numero di telefono</translation>
        </message>
        <message>
            <source>Pick a product.</source>
            <translation>Scegli un prodotto.</translation>
        </message>
        <message>
            <source>Pick at least one price of {0} for customers to switch to.</source>
            <translation>Scegli almeno un prezzo di {0} a cui i clienti possano passare.</translation>
        </message>
        <message>
            <source>Pick at least one product that customers can switch between, or turn plan changes off.</source>
            <translation>Scegli almeno un prodotto tra cui i clienti possano passare, oppure disattiva i cambi di piano.</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Cambi di piano</translation>
        </message>
        <message>
            <source>Plan changes are not prorated</source>
            <translation>I cambi di piano non sono ripartiti proporzionalmente</translation>
        </message>
        <message>
            <source>Plan changes are off, so the products and options below have no effect (they are kept for when you turn plan changes on).</source>
            <translation>I cambi di piano sono disattivati, quindi i prodotti e le opzioni qui sotto non hanno effetto (sono conservati per quando li attiverai).</translation>
        </message>
        <message>
            <source>Plan changes are prorated and invoiced at once</source>
            <translation>I cambi di piano sono ripartiti proporzionalmente e fatturati subito</translation>
        </message>
        <message>
            <source>Plan changes are prorated on the next invoice</source>
            <translation>I cambi di piano sono ripartiti proporzionalmente nella prossima fattura</translation>
        </message>
        <message>
            <source>Plan changes are turned off: none of the products could be mapped</source>
            <translation>I cambi di piano sono disattivati: nessuno dei prodotti è associabile</translation>
        </message>
        <message>
            <source>Plan changes take effect immediately</source>
            <translation>I cambi di piano hanno effetto immediato</translation>
        </message>
        <message>
            <source>Plan changes › {0}</source>
            <translation>Cambi di piano › {0}</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prezzi</translation>
        </message>
        <message>
            <source>Privacy policy link</source>
            <translation>Link all'informativa sulla privacy</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <source>Products and prices offered</source>
            <translation>Prodotti e prezzi offerti</translation>
        </message>
        <message>
            <source>Prorate and invoice immediately</source>
            <translation>Ripartisci proporzionalmente e fattura subito</translation>
        </message>
        <message>
            <source>Prorate plan changes</source>
            <translation>Ripartizione proporzionale dei cambi di piano</translation>
        </message>
        <message>
            <source>Prorate, charge on the next invoice</source>
            <translation>Ripartisci proporzionalmente, addebita nella prossima fattura</translation>
        </message>
        <message>
            <source>Quality was less than expected</source>
            <translation>La qualità non è stata all'altezza</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>Reach the portal only through a link from your app</source>
            <translation>Accedono al portale solo tramite un link dalla tua app</translation>
        </message>
        <message>
            <source>Reasons customers can pick</source>
            <translation>Motivi che i clienti possono scegliere</translation>
        </message>
        <message>
            <source>Return link</source>
            <translation>Link di ritorno</translation>
        </message>
        <message>
            <source>Return to {0} when they leave</source>
            <translation>Tornano a {0} quando escono</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Indirizzo di spedizione</translation>
        </message>
        <message>
            <source>Show invoice history</source>
            <translation>Mostra la cronologia delle fatture</translation>
        </message>
        <message>
            <source>Some features are missing</source>
            <translation>Mancano alcune funzionalità</translation>
        </message>
        <message>
            <source>Start a new billing period on the day of the change</source>
            <translation>Avvia un nuovo periodo di fatturazione il giorno della modifica</translation>
        </message>
        <message>
            <source>Stripe does not allow invoicing the credit at once when a customer cancels (“always_invoice”). Choose “{0}” or “{1}”.</source>
            <translation>Stripe non consente di fatturare subito il credito quando un cliente annulla («always_invoice»). Scegli «{0}» o «{1}».</translation>
        </message>
        <message>
            <source>Stripe keeps at most {0} metadata entries; this has {1}.</source>
            <translation>Stripe conserva al massimo {0} voci di metadati; qui ce ne sono {1}.</translation>
        </message>
        <message>
            <source>Switch plan</source>
            <translation>Cambia piano</translation>
        </message>
        <message>
            <source>Tax IDs</source>
            <translation>Partite IVA</translation>
        </message>
        <message>
            <source>Terms of service link</source>
            <translation>Link ai termini di servizio</translation>
        </message>
        <message>
            <source>The export lists no configurations.</source>
            <translation>L'esportazione non contiene configurazioni.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {0}</source>
            <translation>Il file non è un JSON valido: {0}</translation>
        </message>
        <message>
            <source>The maximum quantity must be at least 1 and not below the minimum.</source>
            <translation>La quantità massima deve essere almeno 1 e non inferiore alla minima.</translation>
        </message>
        <message>
            <source>The metadata key “{0}” is longer than {1} characters.</source>
            <translation>La chiave dei metadati «{0}» supera i {1} caratteri.</translation>
        </message>
        <message>
            <source>The minimum quantity can't be below 0.</source>
            <translation>La quantità minima non può essere inferiore a 0.</translation>
        </message>
        <message>
            <source>The price {0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>Il prezzo {0} non è nel catalogo sincronizzato di questo account. Sincronizza, o lascia che Stripe lo verifichi al salvataggio.</translation>
        </message>
        <message>
            <source>The value of “{0}” is longer than {1} characters.</source>
            <translation>Il valore di «{0}» supera i {1} caratteri.</translation>
        </message>
        <message>
            <source>This doesn't look like a payment method configuration ID (those start with pmc_); Stripe will refuse it if it doesn't exist. Leave it empty to use your default payment methods.</source>
            <translation>Non sembra un ID di configurazione delle modalità di pagamento (iniziano con pmc_); Stripe lo rifiuterà se non esiste. Lascialo vuoto per usare le modalità di pagamento predefinite.</translation>
        </message>
        <message>
            <source>This export was made by a newer Counterfoil (format version {0}).</source>
            <translation>Questa esportazione è stata fatta da un Counterfoil più recente (versione di formato {0}).</translation>
        </message>
        <message>
            <source>This is not a complete web address. Write the full link, starting with https:// (for example https://example.com/terms).</source>
            <translation>Non è un indirizzo web completo. Scrivi il link completo, che inizi con https:// (per esempio https://example.com/terms).</translation>
        </message>
        <message>
            <source>This is not a portal configuration export from Counterfoil.</source>
            <translation>Non è un'esportazione di configurazioni del portale di Counterfoil.</translation>
        </message>
        <message>
            <source>This link starts with http://. Use https:// so customers' browsers don't warn them that the page is not secure.</source>
            <translation>Questo link inizia con http://. Usa https:// perché i browser dei clienti non avvisino che la pagina non è sicura.</translation>
        </message>
        <message>
            <source>This pause length is offered twice.</source>
            <translation>Questa durata di sospensione è offerta due volte.</translation>
        </message>
        <message>
            <source>This price is listed twice.</source>
            <translation>Questo prezzo è elencato due volte.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>Until they resume</source>
            <translation>Finché non riattivano</translation>
        </message>
        <message>
            <source>Unused time can only be credited when cancellations take effect immediately; at the end of the period there is no unused time. Choose “Immediately” above, or “No credit”.</source>
            <translation>Il tempo non utilizzato può essere accreditato solo quando gli annullamenti hanno effetto immediato; alla fine del periodo non resta tempo inutilizzato. Scegli «Subito» sopra, oppure «Nessun credito».</translation>
        </message>
        <message>
            <source>Update quantities</source>
            <translation>Aggiorna quantità</translation>
        </message>
        <message>
            <source>Updating customer information is off, so the items ticked below have no effect. Turn it on to let customers change them.</source>
            <translation>L'aggiornamento delle informazioni del cliente è disattivato, quindi le voci selezionate qui sotto non hanno effetto. Attivalo per consentire ai clienti di modificarle.</translation>
        </message>
        <message>
            <source>Updating payment methods is off, so the payment method configuration has no effect. Turn it on, or clear the configuration.</source>
            <translation>L'aggiornamento delle modalità di pagamento è disattivato, quindi la configurazione delle modalità di pagamento non ha effetto. Attivalo o cancella la configurazione.</translation>
        </message>
        <message>
            <source>Use promotion codes</source>
            <translation>Usare codici promozionali</translation>
        </message>
        <message>
            <source>Wait until the end of the period when</source>
            <translation>Attendi la fine del periodo quando</translation>
        </message>
        <message>
            <source>What customers can change</source>
            <translation>Cosa possono cambiare i clienti</translation>
        </message>
        <message>
            <source>When a cancellation takes effect</source>
            <translation>Quando ha effetto un annullamento</translation>
        </message>
        <message>
            <source>custom amount</source>
            <translation>importo personalizzato</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>giornaliero</translation>
        </message>
        <message>
            <source>day</source>
            <translation>giorno</translation>
        </message>
        <message>
            <source>days</source>
            <translation>giorni</translation>
        </message>
        <message>
            <source>error</source>
            <translation>errore</translation>
        </message>
        <message>
            <source>every {0}</source>
            <translation>ogni {0}</translation>
        </message>
        <message>
            <source>fixed quantity</source>
            <translation>quantità fissa</translation>
        </message>
        <message>
            <source>lookup key</source>
            <translation>chiave di ricerca</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mese</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensile</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mesi</translation>
        </message>
        <message>
            <source>name, amount, period and currency</source>
            <translation>nome, importo, periodo e valuta</translation>
        </message>
        <message>
            <source>no price with this lookup key, or this product name, amount, period and currency, in the target account</source>
            <translation>nessun prezzo con questa chiave di ricerca, o con questo nome di prodotto, importo, periodo e valuta, nell'account di destinazione</translation>
        </message>
        <message>
            <source>no prices</source>
            <translation>nessun prezzo</translation>
        </message>
        <message>
            <source>offers no products (nothing to map)</source>
            <translation>non offre prodotti (niente da associare)</translation>
        </message>
        <message>
            <source>one time</source>
            <translation>una tantum</translation>
        </message>
        <message>
            <source>quantity {0}–{1}</source>
            <translation>quantità {0}–{1}</translation>
        </message>
        <message>
            <source>tax added</source>
            <translation>imposte aggiunte</translation>
        </message>
        <message>
            <source>tax behaviour not set</source>
            <translation>comportamento fiscale non impostato</translation>
        </message>
        <message>
            <source>tax included</source>
            <translation>imposte incluse</translation>
        </message>
        <message>
            <source>the billing period gets shorter</source>
            <translation>il periodo di fatturazione si accorcia</translation>
        </message>
        <message>
            <source>the export has no details of this price</source>
            <translation>l'esportazione non ha dettagli su questo prezzo</translation>
        </message>
        <message>
            <source>the plan gets cheaper (downgrade)</source>
            <translation>il piano costa meno (downgrade)</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avviso</translation>
        </message>
        <message>
            <source>week</source>
            <translation>settimana</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>settimanale</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>settimane</translation>
        </message>
        <message>
            <source>year</source>
            <translation>anno</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>annuale</translation>
        </message>
        <message>
            <source>years</source>
            <translation>anni</translation>
        </message>
        <message>
            <source>{0} ({1}): none of its prices could be mapped, so it is left out</source>
            <translation>{0} ({1}): nessuno dei suoi prezzi è associabile, quindi viene escluso</translation>
        </message>
        <message>
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} e {1}</translation>
        </message>
        <message>
            <source>{0} every {1}</source>
            <translation>{0} ogni {1}</translation>
        </message>
        <message>
            <source>{0} has no tax behaviour set (“unspecified”). Stripe doesn't let customers switch to or from such a price. Set it to inclusive or exclusive in Stripe.</source>
            <translation>{0} non ha un comportamento fiscale impostato («unspecified»). Stripe non consente ai clienti di passare a o da un prezzo simile. Impostalo su inclusive o exclusive in Stripe.</translation>
        </message>
        <message>
            <source>{0} has prices with different tax behaviour ({1}). Customers can only switch to a price with the same tax behaviour as their current one.</source>
            <translation>{0} ha prezzi con comportamenti fiscali diversi ({1}). I clienti possono passare solo a un prezzo con lo stesso comportamento fiscale di quello attuale.</translation>
        </message>
        <message>
            <source>{0} has two prices billed by the {1} in {2}: {3} and {4}. The portal allows one price per billing interval and currency for each product; remove one, or offer it as a separate product.</source>
            <translation>{0} ha due prezzi fatturati a {1} in {2}: {3} e {4}. Il portale consente un prezzo per intervallo di fatturazione e valuta per ogni prodotto; rimuovine uno o offrilo come prodotto separato.</translation>
        </message>
        <message>
            <source>{0} is a one-time price. Customers can only switch to prices that renew (monthly, yearly…).</source>
            <translation>{0} è un prezzo una tantum. I clienti possono passare solo a prezzi che si rinnovano (mensili, annuali…).</translation>
        </message>
        <message>
            <source>{0} is a price of {1}, not of {2}. Move it to its own product.</source>
            <translation>{0} è un prezzo di {1}, non di {2}. Spostalo nel suo prodotto.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe, so customers can't switch to it. Remove it, or reactivate the product in Stripe first.</source>
            <translation>{0} è archiviato in Stripe, quindi i clienti non possono passarvi. Rimuovilo o riattiva prima il prodotto in Stripe.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe. Only active prices can be offered; remove it or reactivate it in Stripe.</source>
            <translation>{0} è archiviato in Stripe. Si possono offrire solo prezzi attivi; rimuovilo o riattivalo in Stripe.</translation>
        </message>
        <message>
            <source>{0} is listed twice. List each product once, with all the prices customers can pick.</source>
            <translation>{0} è elencato due volte. Elenca ogni prodotto una sola volta, con tutti i prezzi che i clienti possono scegliere.</translation>
        </message>
        <message>
            <source>{0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>{0} non è nel catalogo sincronizzato di questo account. Sincronizza, o lascia che Stripe lo verifichi al salvataggio.</translation>
        </message>
        <message>
            <source>{0} is usage-based. Customers on a usage-based price can only cancel in the portal, not change plan.</source>
            <translation>{0} è a consumo. I clienti con un prezzo a consumo possono solo annullare nel portale, non cambiare piano.</translation>
        </message>
        <message>
            <source>{0} one time</source>
            <translation>{0} una tantum</translation>
        </message>
        <message>
            <source>{0} or {1}</source>
            <translation>{0} o {1}</translation>
        </message>
        <message>
            <source>{0} prices of the target account match; make its lookup key unique</source>
            <translation>Corrispondono {0} prezzi dell'account di destinazione; rendi unica la sua chiave di ricerca</translation>
        </message>
        <message>
            <source>{0}: price {1} ({2}) — {3}</source>
            <translation>{0}: prezzo {1} ({2}) — {3}</translation>
        </message>
        <message>
            <source>{0}: price {1} maps to a different product ({2}) than the others ({3}), so it is left out</source>
            <translation>{0}: il prezzo {1} è associato a un prodotto diverso ({2}) dagli altri ({3}), quindi viene escluso</translation>
        </message>
        <message>
            <source>“Update quantities” is not ticked for plan changes, so customers can't change the quantity of {0}.</source>
            <translation>«Aggiorna quantità» non è selezionato per i cambi di piano, quindi i clienti non possono modificare la quantità di {0}.</translation>
        </message>
        <message>
            <source>“{0}” has no value, so Stripe will not keep it. Give it a value, or remove the entry.</source>
            <translation>«{0}» non ha valore, quindi Stripe non lo conserverà. Dagli un valore o rimuovi la voce.</translation>
        </message>
        <message>
            <source>“{0}” is not a value Stripe accepts for “{1}”. Choose one of: {2}.</source>
            <translation>«{0}» non è un valore accettato da Stripe per «{1}». Scegline uno tra: {2}.</translation>
        </message>
    </context>
</TS>
