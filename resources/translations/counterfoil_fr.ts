<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AccessibilityBox</name>
        <message>
            <source>Accessibility (WCAG 2.1)</source>
            <translation>Accessibilité (WCAG 2.1)</translation>
        </message>
        <message>
            <source>AA asks for 4.5:1 for normal text. Stripe does not check this.</source>
            <translation>AA exige 4,5:1 pour le texte normal. Stripe ne le vérifie pas.</translation>
        </message>
        <message>
            <source>Button text on the brand colour</source>
            <translation>Texte des boutons sur la couleur de marque</translation>
        </message>
        <message>
            <source>Links in the accent colour, on white</source>
            <translation>Liens dans la couleur d’accentuation, sur blanc</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>Choose an account…</source>
            <translation>Choisir un compte…</translation>
        </message>
        <message>
            <source>Stripe account</source>
            <translation>Compte Stripe</translation>
        </message>
        <message>
            <source>Switch Stripe account</source>
            <translation>Changer de compte Stripe</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Account actions</source>
            <translation>Actions du compte</translation>
        </message>
        <message>
            <source>Add Stripe account…</source>
            <translation>Ajouter un compte Stripe…</translation>
        </message>
        <message>
            <source>Remove this profile…</source>
            <translation>Supprimer ce profil…</translation>
        </message>
        <message>
            <source>Demo (sandbox)</source>
            <translation>Démo (environnement de test)</translation>
        </message>
    </context>
    <context>
        <name>AccountView</name>
        <message>
            <source>New subscription…</source>
            <translation>Nouvel abonnement…</translation>
        </message>
        <message>
            <source>Create a direct or destination subscription (Ctrl+N)</source>
            <translation>Créer un abonnement direct ou indirect (Ctrl+N)</translation>
        </message>
        <message>
            <source>Bill this account…</source>
            <translation>Facturer ce compte…</translation>
        </message>
        <message>
            <source>Subscribe the customer that represents this account (Ctrl+B)</source>
            <translation>Abonner le client qui représente ce compte (Ctrl+B)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Change fee…</source>
            <translation>Modifier la commission…</translation>
        </message>
        <message>
            <source>Cancel subscription…</source>
            <translation>Annuler l’abonnement…</translation>
        </message>
        <message>
            <source>Fee on latest invoice…</source>
            <translation>Commission sur la dernière facture…</translation>
        </message>
        <message>
            <source>No Connect or subscription events for this account in the local cache yet. Counterfoil records events as it syncs; load earlier ones from Stripe.</source>
            <translation>Aucun événement Connect ou d’abonnement pour ce compte dans le cache local pour l’instant. Counterfoil enregistre les événements à la synchronisation ; chargez les précédents depuis Stripe.</translation>
        </message>
        <message>
            <source>Load the last 30 days from Stripe</source>
            <translation>Charger les 30 derniers jours depuis Stripe</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Impossible de lire le cache local : {0}</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>Aucun compte sélectionné</translation>
        </message>
        <message>
            <source>Select an account to see its subscriptions.</source>
            <translation>Sélectionnez un compte pour voir ses abonnements.</translation>
        </message>
        <message>
            <source>Dashboard: {0}</source>
            <translation>Dashboard : {0}</translation>
        </message>
        <message>
            <source>All kinds ({0})</source>
            <translation>Tous les types ({0})</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>{0} has no subscriptions of this kind in the local cache.</source>
            <translation>{0} n’a aucun abonnement de ce type dans le cache local.</translation>
        </message>
        <message>
            <source>Select a subscription to see what you can do with it.</source>
            <translation>Sélectionnez un abonnement pour voir ce que vous pouvez en faire.</translation>
        </message>
        <message>
            <source>transfers to {0}</source>
            <translation>transfère à {0}</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of : {0}</translation>
        </message>
        <message>
            <source>no on_behalf_of</source>
            <translation>pas d’on_behalf_of</translation>
        </message>
        <message>
            <source>on the account (Stripe-Account)</source>
            <translation>sur le compte (Stripe-Account)</translation>
        </message>
        <message>
            <source>customer {0} represents the account</source>
            <translation>le client {0} représente le compte</translation>
        </message>
        <message>
            <source>Loading events from Stripe…</source>
            <translation>Chargement des événements depuis Stripe…</translation>
        </message>
        <message>
            <source>Read {0} events from Stripe; {1} were new.</source>
            <translation>{0} événements lus depuis Stripe ; {1} étaient nouveaux.</translation>
        </message>
        <message>
            <source>The account itself refused access (disconnected).</source>
            <translation>Le compte lui-même a refusé l’accès (déconnecté).</translation>
        </message>
        <message>
            <source>Stopped at the newest 1,000 per account.</source>
            <translation>Arrêté aux 1 000 plus récents par compte.</translation>
        </message>
        <message>
            <source>Could not load events</source>
            <translation>Impossible de charger les événements</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add Stripe account</source>
            <translation>Ajouter un compte Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard → Developers → API keys. Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API. Counterfoil la vérifie auprès de Stripe et la conserve dans le trousseau de votre système, jamais dans un fichier.</translation>
        </message>
        <message>
            <source>Stripe API key</source>
            <translation>Clé API Stripe</translation>
        </message>
        <message>
            <source>Show key</source>
            <translation>Afficher la clé</translation>
        </message>
        <message>
            <source>Optional — defaults to the name in Stripe</source>
            <translation>Facultatif — par défaut, le nom dans Stripe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>Use another API address (sandbox, stripe-mock)</source>
            <translation>Utiliser une autre adresse d’API (environnement de test, stripe-mock)</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ajouter le compte</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>Clé secrète</translation>
        </message>
        <message>
            <source>Restricted key</source>
            <translation>Clé restreinte</translation>
        </message>
        <message>
            <source>live mode: real customers and real money</source>
            <translation>mode production : de vrais clients et de l’argent réel</translation>
        </message>
        <message>
            <source>test mode</source>
            <translation>mode test</translation>
        </message>
        <message>
            <source>Hide key</source>
            <translation>Masquer la clé</translation>
        </message>
        <message>
            <source>Checking the key with Stripe…</source>
            <translation>Vérification de la clé auprès de Stripe…</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>There is no profile {0}.</source>
            <translation>Le profil {0} n’existe pas.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Pausing collection</source>
            <translation>Suspension de l’encaissement</translation>
        </message>
        <message>
            <source>Resuming collection</source>
            <translation>Reprise de l’encaissement</translation>
        </message>
        <message>
            <source>until {0}</source>
            <translation>jusqu’au {0}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop after the subscription being sent; what was done stays done.</source>
            <translation>Arrêter après l’abonnement en cours d’envoi ; ce qui est fait reste fait.</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Réessayer les échecs</translation>
        </message>
        <message>
            <source>Copy results</source>
            <translation>Copier les résultats</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>No account is open; nothing was sent.</source>
            <translation>Aucun compte ouvert ; rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>Sending… {0} of {1}</source>
            <translation>Envoi… {0} sur {1}</translation>
        </message>
        <message>
            <source>Stopping after the current subscription…</source>
            <translation>Arrêt après l’abonnement en cours…</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Repris</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignoré</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Not attempted</source>
            <translation>Non tenté</translation>
        </message>
        <message>
            <source>(request {0})</source>
            <translation>(requête {0})</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>suspendus</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>repris</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} skipped</source>
            <translation>{0} ignorés</translation>
        </message>
        <message>
            <source>{0} failed</source>
            <translation>{0} en échec</translation>
        </message>
        <message>
            <source>{0} not attempted</source>
            <translation>{0} non tentés</translation>
        </message>
        <message>
            <source>The batch stopped</source>
            <translation>Le lot s’est arrêté</translation>
        </message>
    </context>
    <context>
        <name>BillAccountDialog</name>
        <message>
            <source>Bill {0}</source>
            <translation>Facturer {0}</translation>
        </message>
        <message>
            <source>Your platform bills the business itself. One platform customer represents {0}, linked through its metadata (connected_account = {1}): one per business, never one per owner or manager.</source>
            <translation>Votre plateforme facture l’entreprise elle-même. Un client de plateforme représente {0}, lié par ses métadonnées (connected_account = {1}) : un par entreprise, jamais un par propriétaire ou gérant.</translation>
        </message>
        <message>
            <source>Platform price</source>
            <translation>Tarif de la plateforme</translation>
        </message>
        <message>
            <source>Your platform has no active recurring price yet. Create one, then sync.</source>
            <translation>Votre plateforme n’a pas encore de tarif récurrent actif. Créez-en un, puis synchronisez.</translation>
        </message>
        <message>
            <source>Subscribe {0}</source>
            <translation>Abonner {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{0} ({1}) represents {2} on your platform and will be reused.</source>
            <translation>{0} ({1}) représente {2} sur votre plateforme et sera réutilisé.</translation>
        </message>
        <message>
            <source>Other customers also claim to represent it: {0}.</source>
            <translation>D’autres clients prétendent aussi le représenter : {0}.</translation>
        </message>
        <message>
            <source>No platform customer represents {0} yet. Counterfoil will look it up on Stripe and, if there is none, create one for the business ({1}).</source>
            <translation>Aucun client de plateforme ne représente encore {0}. Counterfoil le cherchera dans Stripe et, s’il n’y en a pas, en créera un pour l’entreprise ({1}).</translation>
        </message>
        <message>
            <source>already bills other accounts</source>
            <translation>facture déjà d’autres comptes</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Bill {0} (subscribe its platform customer)</source>
            <translation>Facturer {0} (abonner son client de plateforme)</translation>
        </message>
        <message>
            <source>on your platform, billing {0}</source>
            <translation>sur votre plateforme, facturant {0}</translation>
        </message>
        <message>
            <source>Reused {0}, the customer that represents {1}.</source>
            <translation>{0} réutilisé, le client qui représente {1}.</translation>
        </message>
        <message>
            <source>Reused {0}, found on Stripe as the customer representing {1}.</source>
            <translation>{0} réutilisé, trouvé dans Stripe comme client représentant {1}.</translation>
        </message>
        <message>
            <source>Created {0} to represent {1}.</source>
            <translation>{0} a été créé pour représenter {1}.</translation>
        </message>
        <message>
            <source>The account was not billed</source>
            <translation>Le compte n’a pas été facturé</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
    </context>
    <context>
        <name>BrandingEditor</name>
        <message>
            <source>&amp;Brand colour</source>
            <translation>Couleur de &amp;marque</translation>
        </message>
        <message>
            <source>Acc&amp;ent colour</source>
            <translation>Couleur d’acc&amp;entuation</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Icône</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Save to Stripe</source>
            <translation>Enregistrer dans Stripe</translation>
        </message>
        <message>
            <source>Upload new images and save the branding (Ctrl+S)</source>
            <translation>Importer les nouvelles images et enregistrer l’image de marque (Ctrl+S)</translation>
        </message>
        <message>
            <source>Saved via API</source>
            <translation>Enregistré via l’API</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Simulation</translation>
        </message>
    </context>
    <context>
        <name>BrandingPanel</name>
        <message>
            <source>Branding</source>
            <translation>Image de marque</translation>
        </message>
        <message>
            <source>See the hosted customer portal as your customers will — every account, every language — and change colours, icon and logo before they see them.</source>
            <translation>Voyez le portail client hébergé comme vos clients le verront — chaque compte, chaque langue — et modifiez couleurs, icône et logo avant qu’ils ne les voient.</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <source>Save the preview as a PNG image (Ctrl+E)</source>
            <translation>Enregistrer l’aperçu en image PNG (Ctrl+E)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Portal preview</source>
            <translation>Aperçu du portail</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Paiements directs</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Paiements indirects</translation>
        </message>
        <message>
            <source>Destination + on_behalf_of</source>
            <translation>Indirect + on_behalf_of</translation>
        </message>
        <message>
            <source>{0} — API locale “{1}”</source>
            <translation>{0} — paramètre régional de l’API « {1} »</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Compte</translation>
        </message>
        <message>
            <source>C&amp;harges</source>
            <translation>&amp;Paiements</translation>
        </message>
        <message>
            <source>&amp;Configuration</source>
            <translation>&amp;Configuration</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Open a Stripe account to preview its portal.</source>
            <translation>Ouvrez un compte Stripe pour prévisualiser son portail.</translation>
        </message>
        <message>
            <source>Every account's portal as its direct-charge customers see it. Flags show a missing icon or colour; press Enter or double-click a card to open it.</source>
            <translation>Le portail de chaque compte tel que le voient ses clients en paiements directs. Les indicateurs signalent une icône ou une couleur manquante ; appuyez sur Entrée ou double-cliquez sur une carte pour l’ouvrir.</translation>
        </message>
        <message>
            <source>No connected accounts in the local cache yet; they appear after a sync.</source>
            <translation>Aucun compte connecté dans le cache local pour l’instant ; ils apparaîtront après une synchronisation.</translation>
        </message>
        <message>
            <source>Loading the portal's branding…</source>
            <translation>Chargement de l’image de marque du portail…</translation>
        </message>
        <message>
            <source>Your account's branding could not be loaded from Stripe</source>
            <translation>L’image de marque de votre compte n’a pas pu être chargée depuis Stripe</translation>
        </message>
        <message>
            <source>The branding could not be loaded</source>
            <translation>L’image de marque n’a pas pu être chargée</translation>
        </message>
        <message>
            <source>Nothing to preview: the accounts could not be loaded.</source>
            <translation>Rien à prévisualiser : les comptes n’ont pas pu être chargés.</translation>
        </message>
        <message>
            <source>{0} (platform)</source>
            <translation>{0} (plateforme)</translation>
        </message>
        <message>
            <source>Unsaved branding changes</source>
            <translation>Modifications d’image de marque non enregistrées</translation>
        </message>
        <message>
            <source>Stripe's defaults (no configuration yet)</source>
            <translation>Valeurs par défaut de Stripe (pas encore de configuration)</translation>
        </message>
        <message>
            <source>{0} · default</source>
            <translation>{0} · par défaut</translation>
        </message>
        <message>
            <source>{0} · inactive</source>
            <translation>{0} · inactive</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>votre plateforme</translation>
        </message>
        <message>
            <source>Your platform's own customers see &lt;b&gt;{0}&lt;/b&gt;'s branding and the platform's portal configurations.</source>
            <translation>Les clients propres à votre plateforme voient l’image de marque de &lt;b&gt;{0}&lt;/b&gt; et les configurations du portail de la plateforme.</translation>
        </message>
        <message>
            <source>Pick a connected account to see whose branding its customers get.</source>
            <translation>Choisissez un compte connecté pour voir quelle image de marque ses clients reçoivent.</translation>
        </message>
        <message>
            <source>Customers see &lt;b&gt;{0}&lt;/b&gt;'s branding with &lt;b&gt;{1}&lt;/b&gt;'s portal configuration.</source>
            <translation>Les clients voient l’image de marque de &lt;b&gt;{0}&lt;/b&gt; avec la configuration du portail de &lt;b&gt;{1}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your cached data has no current subscriptions with {0}.</source>
            <translation>Vos données en cache ne contiennent aucun abonnement en cours avec {0}.</translation>
        </message>
        <message>
            <source>Your cached subscriptions with {0}: {1} direct, {2} destination, {3} destination + on_behalf_of.</source>
            <translation>Vos abonnements en cache avec {0} : {1} directs, {2} indirects, {3} indirects + on_behalf_of.</translation>
        </message>
        <message>
            <source>Branding of {0}</source>
            <translation>Image de marque de {0}</translation>
        </message>
        <message>
            <source>Open Settings → Branding</source>
            <translation>Ouvrir Paramètres → Image de marque</translation>
        </message>
        <message>
            <source>Buttons. Empty: Stripe's default {0}.</source>
            <translation>Boutons. Vide : la valeur par défaut de Stripe, {0}.</translation>
        </message>
        <message>
            <source>Buttons. Saved: {0}.</source>
            <translation>Boutons. Enregistré : {0}.</translation>
        </message>
        <message>
            <source>Links. Empty: the brand colour.</source>
            <translation>Liens. Vide : la couleur de marque.</translation>
        </message>
        <message>
            <source>Links. Saved: {0}.</source>
            <translation>Liens. Enregistré : {0}.</translation>
        </message>
        <message>
            <source>Unsaved changes (since {0}). They are kept until you save or discard them.</source>
            <translation>Modifications non enregistrées (depuis {0}). Elles sont conservées jusqu’à ce que vous les enregistriez ou les abandonniez.</translation>
        </message>
        <message>
            <source>What-if changes (since {0}), kept on this computer only.</source>
            <translation>Modifications de simulation (depuis {0}), conservées sur cet ordinateur uniquement.</translation>
        </message>
        <message>
            <source>Fix the highlighted colour to save.</source>
            <translation>Corrigez la couleur en surbrillance pour enregistrer.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>Modifications pas encore enregistrées.</translation>
        </message>
        <message>
            <source>What-if only: nothing here is sent to Stripe.</source>
            <translation>Simulation uniquement : rien n’est envoyé à Stripe.</translation>
        </message>
        <message>
            <source>Matches what Stripe has.</source>
            <translation>Identique à ce qu’a Stripe.</translation>
        </message>
        <message>
            <source>{0}×{1} {2}, {3} KB — new, not uploaded yet</source>
            <translation>{0}×{1} {2}, {3} Ko — nouveau, pas encore importé</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>{0}×{1}, on Stripe</source>
            <translation>{0}×{1}, sur Stripe</translation>
        </message>
        <message>
            <source>Could not download {0}: {1}</source>
            <translation>Impossible de télécharger {0} : {1}</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Téléchargement de {0}…</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Le fichier n’a pas pu être lu : {0}</translation>
        </message>
        <message>
            <source>Unsaved changes could not be written to disk: {0}</source>
            <translation>Les modifications non enregistrées n’ont pas pu être écrites sur le disque : {0}</translation>
        </message>
        <message>
            <source>Change the branding of {0} ({1})</source>
            <translation>Modifier l’image de marque de {0} ({1})</translation>
        </message>
        <message>
            <source>Fields: {0}</source>
            <translation>Champs : {0}</translation>
        </message>
        <message>
            <source>The new {0} is no longer on this computer; choose it again.</source>
            <translation>Le nouveau {0} n’est plus sur cet ordinateur ; choisissez-le à nouveau.</translation>
        </message>
        <message>
            <source>Uploading the icon…</source>
            <translation>Importation de l’icône…</translation>
        </message>
        <message>
            <source>Uploading the logo…</source>
            <translation>Importation du logo…</translation>
        </message>
        <message>
            <source>Saving the branding…</source>
            <translation>Enregistrement de l’image de marque…</translation>
        </message>
        <message>
            <source>Saved to Stripe at {0}.</source>
            <translation>Enregistré dans Stripe à {0}.</translation>
        </message>
        <message>
            <source>Saving failed; your changes are kept</source>
            <translation>Échec de l’enregistrement ; vos modifications sont conservées</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Export the preview</source>
            <translation>Exporter l’aperçu</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exporté vers {0}</translation>
        </message>
        <message>
            <source>The preview could not be exported</source>
            <translation>L’aperçu n’a pas pu être exporté</translation>
        </message>
    </context>
    <context>
        <name>CacheProblemPage</name>
        <message>
            <source>This account's local data is damaged</source>
            <translation>Les données locales de ce compte sont endommagées</translation>
        </message>
        <message>
            <source>Rebuilding deletes only Counterfoil's local copy and downloads it again from Stripe. Nothing in your Stripe account changes. The damaged file is kept aside in case you need it.</source>
            <translation>La reconstruction supprime uniquement la copie locale de Counterfoil et la télécharge à nouveau depuis Stripe. Rien ne change dans votre compte Stripe. Le fichier endommagé est mis de côté au cas où vous en auriez besoin.</translation>
        </message>
        <message>
            <source>Rebuild the cache</source>
            <translation>Reconstruire le cache</translation>
        </message>
        <message>
            <source>{0}'s data</source>
            <translation>les données de {0}</translation>
        </message>
        <message>
            <source>this data</source>
            <translation>ces données</translation>
        </message>
        <message>
            <source>Counterfoil couldn't read its local copy of {0}. This can happen after a crash, a full disk or a sync tool touching the file.</source>
            <translation>Counterfoil n’a pas pu lire sa copie locale de {0}. Cela peut arriver après un plantage, avec un disque plein ou si un outil de synchronisation a modifié le fichier.</translation>
        </message>
        <message>
            <source>File: {0}
SQLite said: {1}</source>
            <translation>Fichier : {0}
SQLite a répondu : {1}</translation>
        </message>
        <message>
            <source>Rebuilding…</source>
            <translation>Reconstruction…</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the subscription</source>
            <translation>Annuler l’abonnement</translation>
        </message>
        <message>
            <source>{0} subscription of {1}: {2}.</source>
            <translation>Abonnement ({0}) de {1} : {2}.</translation>
        </message>
        <message>
            <source>Cancel now</source>
            <translation>Annuler maintenant</translation>
        </message>
        <message>
            <source>Cancel at the end of the current period</source>
            <translation>Annuler à la fin de la période en cours</translation>
        </message>
        <message>
            <source>Cancelling now ends the subscription at once: no more invoices, and Stripe refunds nothing by itself.</source>
            <translation>Annuler maintenant met fin à l’abonnement immédiatement : plus de factures, et Stripe ne rembourse rien de lui-même.</translation>
        </message>
        <message>
            <source>Cancel subscription</source>
            <translation>Annuler l’abonnement</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>La garder</translation>
        </message>
        <message>
            <source>Cancel subscription {0}</source>
            <translation>Annuler l’abonnement {0}</translation>
        </message>
        <message>
            <source>At the end of the current period.</source>
            <translation>À la fin de la période en cours.</translation>
        </message>
        <message>
            <source>Immediately.</source>
            <translation>Immédiatement.</translation>
        </message>
    </context>
    <context>
        <name>ChangeFeeDialog</name>
        <message>
            <source>Change the application fee</source>
            <translation>Modifier la commission de la plateforme</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>{0} subscription of {1} ({2}). Your platform's fee is now {3}; it applies from the next invoice.</source>
            <translation>Abonnement ({0}) de {1} ({2}). La commission de votre plateforme est désormais de {3} ; elle s’applique à partir de la prochaine facture.</translation>
        </message>
        <message>
            <source>e.g. 10 or 12.5 — empty removes the fee</source>
            <translation>p. ex. 10 ou 12.5 — vide supprime la commission</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Commission de la plateforme (%)</translation>
        </message>
        <message>
            <source>Save fee</source>
            <translation>Enregistrer la commission</translation>
        </message>
        <message>
            <source>Change the application fee of {0}</source>
            <translation>Modifier la commission de la plateforme de {0}</translation>
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
            <translation>L’utiliser</translation>
        </message>
        <message>
            <source>Passes AA</source>
            <translation>Conforme AA</translation>
        </message>
        <message>
            <source>Below AA ({0}:1)</source>
            <translation>Sous AA ({0}:1)</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {0}</source>
            <translation>Couleur la plus proche qui passe : {0}</translation>
        </message>
    </context>
    <context>
        <name>ColorField</name>
        <message>
            <source>Pick a colour</source>
            <translation>Choisir une couleur</translation>
        </message>
        <message>
            <source>Pick {0}</source>
            <translation>Choisir {0}</translation>
        </message>
    </context>
    <context>
        <name>ConfigActions</name>
        <message numerus="yes">
            <source>Exported %n configuration(s).</source>
            <translation>
                <numerusform>%n configuration exportée.</numerusform>
                <numerusform>%n configurations exportées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfigEditor</name>
        <message>
            <source>A link you can share (on your site or in emails) where customers sign in with their email address, no code needed.</source>
            <translation>Un lien à partager (sur votre site ou dans vos e-mails) où les clients se connectent avec leur adresse e-mail, sans code.</translation>
        </message>
        <message>
            <source>Ask why customers cancel; the answer is on the subscription and in webhooks.</source>
            <translation>Demandez pourquoi les clients résilient ; la réponse figure sur l’abonnement et dans les webhooks.</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motif de résiliation</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Résiliations</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>Credit the unused time of the old plan, and charge the new one.</source>
            <translation>Créditer le temps non utilisé de l’ancienne offre et facturer la nouvelle.</translation>
        </message>
        <message>
            <source>Custom feedback options, if you have any.</source>
            <translation>Options de commentaires personnalisées, si vous en avez.</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Informations client</translation>
        </message>
        <message>
            <source>Empty: the link in your public business details.</source>
            <translation>Vide : le lien de vos informations publiques d’entreprise.</translation>
        </message>
        <message>
            <source>From 1 day up to three years.</source>
            <translation>De 1 jour à trois ans.</translation>
        </message>
        <message>
            <source>Has problems to fix</source>
            <translation>A des problèmes à corriger</translation>
        </message>
        <message>
            <source>Has warnings</source>
            <translation>A des avertissements</translation>
        </message>
        <message>
            <source>IDs separated by commas (optional)</source>
            <translation>ID séparés par des virgules (facultatif)</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Historique des factures</translation>
        </message>
        <message>
            <source>Let customers add, remove and change the payment methods they pay with.</source>
            <translation>Permettez aux clients d’ajouter, supprimer et modifier les moyens de paiement qu’ils utilisent.</translation>
        </message>
        <message>
            <source>Let customers cancel their subscriptions themselves.</source>
            <translation>Permettez aux clients de résilier eux-mêmes leurs abonnements.</translation>
        </message>
        <message>
            <source>Let customers keep their billing details up to date.</source>
            <translation>Permettez aux clients de tenir à jour leurs informations de facturation.</translation>
        </message>
        <message>
            <source>Let customers pause payment collection for a while (redesigned customer portal only).</source>
            <translation>Permettez aux clients de suspendre l’encaissement des paiements pendant un temps (portail client repensé uniquement).</translation>
        </message>
        <message>
            <source>Let customers see and download their past invoices.</source>
            <translation>Permettez aux clients de voir et télécharger leurs factures passées.</translation>
        </message>
        <message>
            <source>Let customers switch plans, change quantities and use promotion codes.</source>
            <translation>Permettez aux clients de changer d’offre, de modifier les quantités et d’utiliser des codes promotionnels.</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Page de connexion</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Métadonnées</translation>
        </message>
        <message>
            <source>Name and links</source>
            <translation>Nom et liens</translation>
        </message>
        <message>
            <source>Notes for you and your integrations, as key–value pairs. Customers never see them.</source>
            <translation>Des notes pour vous et vos intégrations, sous forme de paires clé-valeur. Les clients ne les voient jamais.</translation>
        </message>
        <message>
            <source>Optional: offer the payment methods of one payment method configuration.</source>
            <translation>Facultatif : proposer les moyens de paiement d’une configuration de moyens de paiement.</translation>
        </message>
        <message>
            <source>Otherwise the change applies at once. Stripe schedules it with a subscription schedule.</source>
            <translation>Sinon, le changement s’applique immédiatement. Stripe le programme avec un calendrier d’abonnement.</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Suspension</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Changements d’offre</translation>
        </message>
        <message>
            <source>Products and prices</source>
            <translation>Produits et tarifs</translation>
        </message>
        <message>
            <source>Save to get the link.</source>
            <translation>Enregistrez pour obtenir le lien.</translation>
        </message>
        <message>
            <source>Shown at the top of the portal. Empty: “&lt;your business&gt; partners with Stripe for simplified billing.”</source>
            <translation>Affiché en haut du portail. Vide : « &lt;votre entreprise&gt; s’associe à Stripe pour une facturation simplifiée. »</translation>
        </message>
        <message>
            <source>Shown when customers change a subscription or add a payment method. Empty: the link in your public business details.</source>
            <translation>Affiché quand les clients modifient un abonnement ou ajoutent un moyen de paiement. Vide : le lien de vos informations publiques d’entreprise.</translation>
        </message>
        <message>
            <source>Stripe only credits unused time for immediate cancellations.</source>
            <translation>Stripe ne crédite le temps non utilisé que pour les résiliations immédiates.</translation>
        </message>
        <message>
            <source>Tells configurations apart here and in the API.</source>
            <translation>Distingue les configurations ici et dans l’API.</translation>
        </message>
        <message>
            <source>The name is only for you; customers see the headline and the links.</source>
            <translation>Le nom est pour vous seul ; les clients voient le titre et les liens.</translation>
        </message>
        <message>
            <source>Up to 10 products, each with the prices customers can switch between, picked from your synced catalogue.</source>
            <translation>Jusqu’à 10 produits, chacun avec les tarifs entre lesquels les clients peuvent passer, choisis dans votre catalogue synchronisé.</translation>
        </message>
        <message>
            <source>When customers change plan</source>
            <translation>Quand les clients changent d’offre</translation>
        </message>
        <message>
            <source>Where “Return to &lt;your business&gt;” goes when customers leave the portal. Empty: no return link, unless the session sets one.</source>
            <translation>Où mène « Retour à &lt;votre entreprise&gt; » quand les clients quittent le portail. Vide : pas de lien de retour, sauf si la session en définit un.</translation>
        </message>
        <message>
            <source>e.g. Plan changes for teams</source>
            <translation>p. ex. Changements d’offre pour les équipes</translation>
        </message>
        <message>
            <source>“{0}” (unknown to Stripe)</source>
            <translation>« {0} » (inconnu de Stripe)</translation>
        </message>
    </context>
    <context>
        <name>Connect</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En essai</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impayé</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incomplet</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Account disconnected from your platform</source>
            <translation>Compte déconnecté de votre plateforme</translation>
        </message>
        <message>
            <source>Bank account or debit card updated</source>
            <translation>Compte bancaire ou carte de débit mis à jour</translation>
        </message>
        <message>
            <source>Account updated</source>
            <translation>Compte mis à jour</translation>
        </message>
        <message>
            <source>Balance available</source>
            <translation>Solde disponible</translation>
        </message>
        <message>
            <source>Payment succeeded</source>
            <translation>Paiement réussi</translation>
        </message>
        <message>
            <source>Payment started</source>
            <translation>Paiement commencé</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>Échec du virement</translation>
        </message>
        <message>
            <source>Person updated</source>
            <translation>Personne mise à jour</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Client créé</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement créé</translation>
        </message>
        <message>
            <source>Subscription ended</source>
            <translation>Abonnement terminé</translation>
        </message>
        <message>
            <source>Subscription paused</source>
            <translation>Abonnement mis en pause</translation>
        </message>
        <message>
            <source>Subscription resumed</source>
            <translation>Abonnement repris</translation>
        </message>
        <message>
            <source>Trial ends in three days</source>
            <translation>L’essai se termine dans trois jours</translation>
        </message>
        <message>
            <source>Subscription updated</source>
            <translation>Abonnement mis à jour</translation>
        </message>
        <message>
            <source>Entitlements changed</source>
            <translation>Droits d’accès modifiés</translation>
        </message>
        <message>
            <source>Invoice created</source>
            <translation>Facture créée</translation>
        </message>
        <message>
            <source>Invoice finalized</source>
            <translation>Facture finalisée</translation>
        </message>
        <message>
            <source>Invoice could not be finalized</source>
            <translation>La facture n’a pas pu être finalisée</translation>
        </message>
        <message>
            <source>Invoice paid</source>
            <translation>Facture payée</translation>
        </message>
        <message>
            <source>Invoice needs customer action</source>
            <translation>La facture nécessite une action du client</translation>
        </message>
        <message>
            <source>Invoice payment failed</source>
            <translation>Échec du paiement de la facture</translation>
        </message>
        <message>
            <source>Invoice coming up</source>
            <translation>Facture à venir</translation>
        </message>
        <message>
            <source>Invoice updated</source>
            <translation>Facture mise à jour</translation>
        </message>
        <message>
            <source>Schedule aborted</source>
            <translation>Calendrier interrompu</translation>
        </message>
        <message>
            <source>Schedule canceled</source>
            <translation>Calendrier annulé</translation>
        </message>
        <message>
            <source>Schedule completed</source>
            <translation>Calendrier terminé</translation>
        </message>
        <message>
            <source>Schedule created</source>
            <translation>Calendrier créé</translation>
        </message>
        <message>
            <source>Schedule expires in seven days</source>
            <translation>Le calendrier expire dans sept jours</translation>
        </message>
        <message>
            <source>Schedule released</source>
            <translation>Calendrier libéré</translation>
        </message>
        <message>
            <source>Schedule updated</source>
            <translation>Calendrier mis à jour</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n an</numerusform>
                <numerusform>%n ans</numerusform>
            </translation>
        </message>
        <message>
            <source>(+{0} more)</source>
            <translation>(+{0} autres)</translation>
        </message>
        <message>
            <source>An application fee needs a connected account: this platform invoice has no destination.</source>
            <translation>Une commission de plateforme nécessite un compte connecté : cette facture de la plateforme n’a pas de destination.</translation>
        </message>
        <message>
            <source>Another app ({0})</source>
            <translation>Autre application ({0})</translation>
        </message>
        <message>
            <source>Check the subscription's status in a moment.</source>
            <translation>Vérifiez le statut de l’abonnement dans un instant.</translation>
        </message>
        <message>
            <source>Choose a customer, or create a new one.</source>
            <translation>Choisissez un client ou créez-en un nouveau.</translation>
        </message>
        <message>
            <source>Choose a price.</source>
            <translation>Choisissez un tarif.</translation>
        </message>
        <message>
            <source>Choose direct or destination charges.</source>
            <translation>Choisissez des paiements directs ou indirects.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Controlled by {0}</source>
            <translation>Contrôlé par {0}</translation>
        </message>
        <message>
            <source>Controller properties</source>
            <translation>Propriétés du contrôleur</translation>
        </message>
        <message>
            <source>Counterfoil cannot tell yet which Connect application is your platform's, so it cannot tell whether your platform created this.</source>
            <translation>Counterfoil ne sait pas encore quelle application Connect est celle de votre plateforme : il ne peut donc pas savoir si votre plateforme l’a créé.</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Deauthorized</source>
            <translation>Désautorisé</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Indirect</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Direct</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100, like 10 or 12.5.</source>
            <translation>Saisissez un pourcentage entre 0 et 100, comme 10 ou 12.5.</translation>
        </message>
        <message>
            <source>Express</source>
            <translation>Express</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complet</translation>
        </message>
        <message>
            <source>Give the new customer a name or an email address.</source>
            <translation>Donnez un nom ou une adresse e-mail au nouveau client.</translation>
        </message>
        <message>
            <source>Lives on the connected account (requests use the Stripe-Account header); customer and price are the account's.</source>
            <translation>Réside sur le compte connecté (les requêtes utilisent l’en-tête Stripe-Account) ; le client et le tarif sont ceux du compte.</translation>
        </message>
        <message>
            <source>Lives on your platform; payments are transferred to the account (transfer_data.destination).</source>
            <translation>Réside sur votre plateforme ; les paiements sont transférés au compte (transfer_data.destination).</translation>
        </message>
        <message>
            <source>No resume date.</source>
            <translation>Pas de date de reprise.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Not listed</source>
            <translation>Non listé</translation>
        </message>
        <message>
            <source>Nothing left to do: the first invoice needed no payment.</source>
            <translation>Plus rien à faire : la première facture ne nécessitait aucun paiement.</translation>
        </message>
        <message>
            <source>On the account</source>
            <translation>Sur le compte</translation>
        </message>
        <message>
            <source>On your platform</source>
            <translation>Sur votre plateforme</translation>
        </message>
        <message>
            <source>Paused (draft)</source>
            <translation>Suspendu (brouillon)</translation>
        </message>
        <message>
            <source>Paused (uncollectible)</source>
            <translation>Suspendu (irrécouvrable)</translation>
        </message>
        <message>
            <source>Paused (void)</source>
            <translation>Suspendu (annulée)</translation>
        </message>
        <message>
            <source>Payment collection is paused.</source>
            <translation>L’encaissement des paiements est suspendu.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are uncollectible.</source>
            <translation>L’encaissement des paiements est suspendu : les factures sont irrécouvrables.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are voided.</source>
            <translation>L’encaissement des paiements est suspendu : les factures sont annulées.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices stay drafts.</source>
            <translation>L’encaissement des paiements est suspendu : les factures restent à l’état de brouillon.</translation>
        </message>
        <message>
            <source>Platform billing</source>
            <translation>Facturation par la plateforme</translation>
        </message>
        <message>
            <source>Platform billing pays your platform directly: there is no application fee.</source>
            <translation>La facturation par la plateforme paie directement votre plateforme : il n’y a pas de commission de plateforme.</translation>
        </message>
        <message>
            <source>Recommended for accounts with full Dashboard access, like {0}.</source>
            <translation>Recommandé pour les comptes disposant d’un accès complet au Dashboard, comme {0}.</translation>
        </message>
        <message>
            <source>Recommended for accounts with the Express Dashboard or no Dashboard, like {0}.</source>
            <translation>Recommandé pour les comptes avec le Dashboard Express ou sans Dashboard, comme {0}.</translation>
        </message>
        <message>
            <source>Refunds and chargebacks come out of {0}'s balance.</source>
            <translation>Les remboursements et les rétrofacturations sont prélevés sur le solde de {0}.</translation>
        </message>
        <message>
            <source>Refunds and disputes</source>
            <translation>Remboursements et litiges</translation>
        </message>
        <message>
            <source>Resumes on {0}.</source>
            <translation>Reprend le {0}.</translation>
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
            <translation>Stripe accepte au plus deux décimales (comme 12.75).</translation>
        </message>
        <message>
            <source>Stripe needs more information: {0}.</source>
            <translation>Stripe a besoin de plus d’informations : {0}.</translation>
        </message>
        <message>
            <source>Stripe no longer lists {0}; Counterfoil knows it from your platform's data.</source>
            <translation>Stripe ne liste plus {0} ; Counterfoil le connaît grâce aux données de votre plateforme.</translation>
        </message>
        <message>
            <source>The application fee must be between 0 and 100 percent.</source>
            <translation>La commission de la plateforme doit être comprise entre 0 et 100 pour cent.</translation>
        </message>
        <message>
            <source>The first invoice is open: send it to the customer.</source>
            <translation>La première facture est ouverte : envoyez-la au client.</translation>
        </message>
        <message>
            <source>The latest invoice is not in the local cache yet.</source>
            <translation>La dernière facture n’est pas encore dans le cache local.</translation>
        </message>
        <message>
            <source>The latest invoice is {0}: its application fee can no longer change.</source>
            <translation>La dernière facture est {0} : sa commission de plateforme ne peut plus changer.</translation>
        </message>
        <message>
            <source>The platform cannot add an application fee to an invoice it did not create.</source>
            <translation>La plateforme ne peut pas ajouter de commission à une facture qu’elle n’a pas créée.</translation>
        </message>
        <message>
            <source>The platform cannot update or cancel a subscription it did not create.</source>
            <translation>La plateforme ne peut ni modifier ni annuler un abonnement qu’elle n’a pas créé.</translation>
        </message>
        <message>
            <source>The subscription is incomplete until its first invoice is paid. Send the customer the payment page link above, or confirm the payment in your app with the invoice's confirmation secret. If nobody pays within 23 hours, Stripe expires the subscription (incomplete_expired).</source>
            <translation>L’abonnement reste incomplet tant que sa première facture n’est pas payée. Envoyez au client le lien vers la page de paiement ci-dessus, ou confirmez le paiement dans votre application avec le secret de confirmation de la facture. Si personne ne paie sous 23 heures, Stripe fait expirer l’abonnement (incomplete_expired).</translation>
        </message>
        <message>
            <source>The trial has started; the customer is charged when it ends. Make sure they add a payment method before then.</source>
            <translation>L’essai a commencé ; le client est débité à la fin. Assurez-vous qu’il ajoute un moyen de paiement d’ici là.</translation>
        </message>
        <message>
            <source>This account disconnected from your platform: Stripe refuses requests made on its behalf.</source>
            <translation>Ce compte s’est déconnecté de votre plateforme : Stripe refuse les requêtes faites pour son compte.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
        </message>
        <message>
            <source>This one was created by another application ({0}).</source>
            <translation>Celui-ci a été créé par une autre application ({0}).</translation>
        </message>
        <message>
            <source>This one was created by {0} itself.</source>
            <translation>Celui-ci a été créé par {0} lui-même.</translation>
        </message>
        <message>
            <source>This subscription has ended ({0}); it can no longer change.</source>
            <translation>Cet abonnement est terminé ({0}) ; il ne peut plus changer.</translation>
        </message>
        <message>
            <source>Unknown ({0})</source>
            <translation>Inconnue ({0})</translation>
        </message>
        <message>
            <source>Who sells</source>
            <translation>Qui vend</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Votre plateforme</translation>
        </message>
        <message>
            <source>Your platform bills the account itself, through the customer that represents it.</source>
            <translation>Votre plateforme facture le compte lui-même, via le client qui le représente.</translation>
        </message>
        <message>
            <source>Your platform is responsible for refunds and chargebacks. With on_behalf_of, {0} becomes the settlement merchant (its name on statements).</source>
            <translation>Votre plateforme est responsable des remboursements et rétrofacturations. Avec on_behalf_of, {0} devient le marchand de règlement (son nom figure sur les relevés).</translation>
        </message>
        <message>
            <source>Your platform is the merchant: the customer, the price and the subscription live on your platform, and each payment is transferred to {0} automatically.</source>
            <translation>Votre plateforme est le marchand : le client, le tarif et l’abonnement sont sur votre plateforme, et chaque paiement est transféré automatiquement à {0}.</translation>
        </message>
        <message>
            <source>Your platform pays Stripe's fees and keeps the application fee you set; the rest goes to {0}.</source>
            <translation>Votre plateforme paie les frais Stripe et garde la commission que vous fixez ; le reste va à {0}.</translation>
        </message>
        <message>
            <source>application: {0}</source>
            <translation>application : {0}</translation>
        </message>
        <message>
            <source>changed: {0}</source>
            <translation>modifié : {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>full Stripe Dashboard access</source>
            <translation>un accès complet au Dashboard Stripe</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>no Stripe Dashboard</source>
            <translation>aucun Dashboard Stripe</translation>
        </message>
        <message>
            <source>on_behalf_of is only for destination charges: a direct charge already belongs to the account.</source>
            <translation>on_behalf_of ne s’applique qu’aux paiements indirects : un paiement direct appartient déjà au compte.</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of : {0}</translation>
        </message>
        <message>
            <source>the Express Dashboard</source>
            <translation>le Dashboard Express</translation>
        </message>
        <message>
            <source>the account</source>
            <translation>le compte</translation>
        </message>
        <message>
            <source>the account pays Stripe's fees</source>
            <translation>le compte paie les frais Stripe</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>unknown Dashboard access</source>
            <translation>un accès au Dashboard inconnu</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>year</source>
            <translation>an</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>votre plateforme</translation>
        </message>
        <message>
            <source>your platform pays Stripe's fees</source>
            <translation>votre plateforme paie les frais Stripe</translation>
        </message>
        <message>
            <source>{0} cannot accept charges yet.</source>
            <translation>{0} ne peut pas encore accepter de paiements.</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>il y a {0} jours</translation>
        </message>
        <message>
            <source>{0} disconnected from your platform{1}. Disconnecting cancels nothing: its platform subscriptions keep running until you cancel them.</source>
            <translation>{0} s’est déconnecté de votre plateforme{1}. La déconnexion n’annule rien : ses abonnements de plateforme continuent jusqu’à ce que vous les annuliez.</translation>
        </message>
        <message>
            <source>{0} due</source>
            <translation>{0} en attente</translation>
        </message>
        <message>
            <source>{0} has full Stripe Dashboard access and manages its own customers' subscriptions there. Your platform can change only the ones it created.</source>
            <translation>{0} a un accès complet au Dashboard Stripe et y gère les abonnements de ses clients. Votre plateforme ne peut modifier que ceux qu’elle a créés.</translation>
        </message>
        <message>
            <source>{0} has {1}: your platform must manage its customers' subscriptions.</source>
            <translation>{0} a {1} : votre plateforme doit gérer les abonnements de ses clients.</translation>
        </message>
        <message>
            <source>{0} is the merchant: the customer, the price and the subscription live on its account, and its name is on the customer's statement.</source>
            <translation>{0} est le marchand : le client, le tarif et l’abonnement sont sur son compte, et son nom figure sur le relevé du client.</translation>
        </message>
        <message>
            <source>{0} past due</source>
            <translation>{0} en retard</translation>
        </message>
        <message>
            <source>{0} receives the payment and pays Stripe's fees (per its controller settings); your platform earns the application fee you set.</source>
            <translation>{0} reçoit le paiement et paie les frais Stripe (selon ses paramètres de contrôleur) ; votre plateforme perçoit la commission que vous fixez.</translation>
        </message>
        <message>
            <source>{0}% of each payment is transferred</source>
            <translation>{0} % de chaque paiement est transféré</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Account ID</source>
            <translation>ID du compte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Virements</translation>
        </message>
        <message>
            <source>Requirements due</source>
            <translation>Exigences en attente</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commission de la plateforme</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Encaissement</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Créé par</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
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
            <translation>Vos comptes connectés, et les abonnements directs, indirects et facturés par la plateforme que votre plateforme gère avec eux.</translation>
        </message>
        <message>
            <source>Disconnected accounts…</source>
            <translation>Comptes déconnectés…</translation>
        </message>
        <message>
            <source>Review and cancel…</source>
            <translation>Vérifier et annuler…</translation>
        </message>
        <message>
            <source>Search accounts by name, id or email  (Ctrl+F)</source>
            <translation>Rechercher des comptes par nom, ID ou e-mail  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>Impossible de lire le cache local : {0}</translation>
        </message>
        <message>
            <source>Reading connected accounts…</source>
            <translation>Lecture des comptes connectés…</translation>
        </message>
        <message>
            <source>Could not check the accounts Stripe no longer lists</source>
            <translation>Impossible de vérifier les comptes que Stripe ne liste plus</translation>
        </message>
        <message>
            <source>Could not read connected accounts</source>
            <translation>Impossible de lire les comptes connectés</translation>
        </message>
        <message>
            <source>Connected accounts could not be read.</source>
            <translation>Les comptes connectés n’ont pas pu être lus.</translation>
        </message>
        <message>
            <source>No account matches your search.</source>
            <translation>Aucun compte ne correspond à votre recherche.</translation>
        </message>
        <message>
            <source>No connected accounts yet. Accounts you connect to your platform appear here after a sync.</source>
            <translation>Aucun compte connecté pour l’instant. Les comptes que vous connectez à votre plateforme apparaissent ici après une synchronisation.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected</source>
            <translation>
                <numerusform>%Ln connecté</numerusform>
                <numerusform>%Ln connectés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deauthorized</source>
            <translation>
                <numerusform>%Ln désautorisé</numerusform>
                <numerusform>%Ln désautorisés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not listed</source>
            <translation>
                <numerusform>%Ln non listé</numerusform>
                <numerusform>%Ln non listés</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked while offline</source>
            <translation>non vérifié hors ligne</translation>
        </message>
        <message>
            <source>Your platform's Connect application: {0}</source>
            <translation>Application Connect de votre plateforme : {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n platform subscription(s) still running after disconnecting. Disconnecting cancels nothing.</source>
            <translation>
                <numerusform>{0} : %n abonnement de plateforme toujours en cours après la déconnexion. La déconnexion n’annule rien.</numerusform>
                <numerusform>{0} : %n abonnements de plateforme toujours en cours après la déconnexion. La déconnexion n’annule rien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an account to see its connected accounts.</source>
            <translation>Ouvrez un compte pour voir ses comptes connectés.</translation>
        </message>
    </context>
    <context>
        <name>CreateSubscriptionDialog</name>
        <message>
            <source>New subscription for {0}</source>
            <translation>Nouvel abonnement pour {0}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Create subscription</source>
            <translation>Créer l’abonnement</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{0} has {1}.</source>
            <translation>{0} a {1}.</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Paiements directs</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Paiements indirects</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recommandé</translation>
        </message>
        <message>
            <source>An existing customer</source>
            <translation>Un client existant</translation>
        </message>
        <message>
            <source>A new customer</source>
            <translation>Un nouveau client</translation>
        </message>
        <message>
            <source>Search by name, email or id</source>
            <translation>Rechercher par nom, e-mail ou ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Optional, e.g. 10 or 12.5</source>
            <translation>Facultatif, p. ex. 10 ou 12.5</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Commission de la plateforme (%)</translation>
        </message>
        <message>
            <source>The share of each invoice your platform keeps, between 0 and 100 with at most two decimals.</source>
            <translation>La part de chaque facture que garde votre plateforme, entre 0 et 100 avec au plus deux décimales.</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>votre plateforme</translation>
        </message>
        <message>
            <source>No customer on {0} matches.</source>
            <translation>Aucun client de {0} ne correspond.</translation>
        </message>
        <message>
            <source>sold for {0}</source>
            <translation>vendu pour {0}</translation>
        </message>
        <message>
            <source>There is no active recurring price in this catalogue yet. Create one in the Stripe Dashboard, then sync.</source>
            <translation>Ce catalogue n’a pas encore de tarif récurrent actif. Créez-en un dans le Dashboard Stripe, puis synchronisez.</translation>
        </message>
        <message>
            <source>How should {0} be paid?</source>
            <translation>Comment {0} doit-il être payé ?</translation>
        </message>
        <message>
            <source>Who subscribes?</source>
            <translation>Qui s’abonne ?</translation>
        </message>
        <message>
            <source>Which price?</source>
            <translation>Quel tarif ?</translation>
        </message>
        <message>
            <source>Application fee and review</source>
            <translation>Commission de la plateforme et vérification</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement créé</translation>
        </message>
        <message>
            <source>Step {0} of 4</source>
            <translation>Étape {0} sur 4</translation>
        </message>
        <message>
            <source>The customer must live on {0}'s account for direct charges.</source>
            <translation>Pour les paiements directs, le client doit se trouver sur le compte de {0}.</translation>
        </message>
        <message>
            <source>The customer must live on your platform for destination charges.</source>
            <translation>Pour les paiements indirects, le client doit se trouver sur votre plateforme.</translation>
        </message>
        <message>
            <source>Prices from {0}'s catalogue.</source>
            <translation>Tarifs du catalogue de {0}.</translation>
        </message>
        <message>
            <source>Prices from your platform's catalogue.</source>
            <translation>Tarifs du catalogue de votre plateforme.</translation>
        </message>
        <message>
            <source>on_behalf_of (destination charges only)</source>
            <translation>on_behalf_of (paiements indirects uniquement)</translation>
        </message>
        <message>
            <source>A direct charge already belongs to {0}.</source>
            <translation>Un paiement direct appartient déjà à {0}.</translation>
        </message>
        <message>
            <source>Settle on behalf of {0} (on_behalf_of)</source>
            <translation>Régler pour le compte de {0} (on_behalf_of)</translation>
        </message>
        <message>
            <source>{0} becomes the settlement merchant: its name and address appear on statements, and its country's fees apply.</source>
            <translation>{0} devient le marchand de règlement : son nom et son adresse figurent sur les relevés, et les frais de son pays s’appliquent.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>a new customer ({0})</source>
            <translation>un nouveau client ({0})</translation>
        </message>
        <message>
            <source>on {0}'s account (Stripe-Account: {1})</source>
            <translation>sur le compte de {0} (Stripe-Account : {1})</translation>
        </message>
        <message>
            <source>on your platform, paying out to {0}</source>
            <translation>sur votre plateforme, reversé à {0}</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Lives</source>
            <translation>Réside</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commission de la plateforme</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>default_incomplete: the first invoice waits for payment</source>
            <translation>default_incomplete : la première facture attend le paiement</translation>
        </message>
        <message>
            <source>on_behalf_of</source>
            <translation>on_behalf_of</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>Create a {0} subscription for {1}</source>
            <translation>Créer un abonnement ({0}) pour {1}</translation>
        </message>
        <message>
            <source>on {0}'s account</source>
            <translation>sur le compte de {0}</translation>
        </message>
        <message>
            <source>on your platform</source>
            <translation>sur votre plateforme</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (nouveau)</translation>
        </message>
        <message>
            <source>The subscription was not created</source>
            <translation>L’abonnement n’a pas été créé</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
    </context>
    <context>
        <name>CustomersPanel</name>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Name, email, phone, id…   (Ctrl+K)</source>
            <translation>Nom, e-mail, téléphone, ID…   (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Rechercher des clients</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>Search Stripe</source>
            <translation>Rechercher dans Stripe</translation>
        </message>
        <message>
            <source>Ask Stripe's Search API (it can lag a minute behind recent changes)</source>
            <translation>Interroger l’API de recherche de Stripe (elle peut avoir une minute de retard sur les changements récents)</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Clients trouvés</translation>
        </message>
        <message>
            <source>Find customer…</source>
            <translation>Trouver un client…</translation>
        </message>
        <message>
            <source>Open a Stripe account to search its customers.</source>
            <translation>Ouvrez un compte Stripe pour rechercher ses clients.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) in the local cache, searchable offline</source>
            <translation>
                <numerusform>%Ln client dans le cache local, consultable hors ligne</numerusform>
                <numerusform>%Ln clients dans le cache local, consultables hors ligne</numerusform>
            </translation>
        </message>
        <message>
            <source>Platform only</source>
            <translation>Plateforme uniquement</translation>
        </message>
        <message>
            <source>Newest customers first. Type to search.</source>
            <translation>Les clients les plus récents d’abord. Tapez pour rechercher.</translation>
        </message>
        <message>
            <source>{0}{1} found</source>
            <translation>{0}{1} trouvés</translation>
        </message>
        <message>
            <source>1 found</source>
            <translation>1 trouvé</translation>
        </message>
        <message>
            <source>No customers in the local cache yet. They appear here as the sync brings them in.</source>
            <translation>Aucun client dans le cache local pour l’instant. Ils apparaissent ici au fil de la synchronisation.</translation>
        </message>
        <message>
            <source>Looking up {0} on Stripe…</source>
            <translation>Recherche de {0} dans Stripe…</translation>
        </message>
        <message>
            <source>No customer in the local cache matches “{0}”.</source>
            <translation>Aucun client du cache local ne correspond à « {0} ».</translation>
        </message>
        <message>
            <source>Nothing found locally.</source>
            <translation>Rien trouvé localement.</translation>
        </message>
        <message>
            <source>The local cache has no customers yet: asking Stripe's Search API…</source>
            <translation>Le cache local n’a pas encore de clients : interrogation de l’API de recherche de Stripe…</translation>
        </message>
        <message>
            <source>The search failed</source>
            <translation>La recherche a échoué</translation>
        </message>
        <message numerus="yes">
            <source>There is no customer {0} on Stripe (asked %n account(s)).</source>
            <translation>
                <numerusform>Aucun client {0} dans Stripe (%n compte interrogé).</numerusform>
                <numerusform>Aucun client {0} dans Stripe (%n comptes interrogés).</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking Stripe's Search API…</source>
            <translation>Interrogation de l’API de recherche de Stripe…</translation>
        </message>
        <message>
            <source>{0} from Stripe's Search API (it can lag a minute behind recent changes); now in the local cache too.</source>
            <translation>{0} depuis l’API de recherche de Stripe (elle peut avoir une minute de retard sur les changements récents) ; désormais aussi dans le cache local.</translation>
        </message>
        <message>
            <source>Stripe's Search API found no customer for “{0}” either.</source>
            <translation>L’API de recherche de Stripe n’a pas non plus trouvé de client pour « {0} ».</translation>
        </message>
        <message>
            <source>Stripe could not be asked</source>
            <translation>Impossible d’interroger Stripe</translation>
        </message>
        <message>
            <source>Not in the local cache</source>
            <translation>Absent du cache local</translation>
        </message>
        <message>
            <source>{0} is not in the local cache. Try Refresh or Search Stripe.</source>
            <translation>{0} n’est pas dans le cache local. Essayez Actualiser ou Rechercher dans Stripe.</translation>
        </message>
        <message>
            <source>The customer could not be loaded</source>
            <translation>Le client n’a pas pu être chargé</translation>
        </message>
        <message>
            <source>Stripe could not be asked for details</source>
            <translation>Impossible de demander les détails à Stripe</translation>
        </message>
        <message>
            <source>Refreshing from Stripe failed</source>
            <translation>Échec de l’actualisation depuis Stripe</translation>
        </message>
    </context>
    <context>
        <name>CustomersText</name>
        <message>
            <source>, application fee {0}%</source>
            <translation>, commission de la plateforme {0} %</translation>
        </message>
        <message>
            <source>, expires {0:02d}/{1}</source>
            <translation>, expire {0:02d}/{1}</translation>
        </message>
        <message>
            <source>, on behalf of {0}</source>
            <translation>, pour le compte de {0}</translation>
        </message>
        <message>
            <source>, resumes {0}</source>
            <translation>, reprend le {0}</translation>
        </message>
        <message>
            <source>, until resumed</source>
            <translation>, jusqu’à la reprise</translation>
        </message>
        <message>
            <source>. The subscription itself stays {0}.</source>
            <translation>. L’abonnement lui-même reste {0}.</translation>
        </message>
        <message>
            <source>A subscription schedule ({0}) manages it: the portal can neither change nor cancel it.</source>
            <translation>Un calendrier d’abonnement ({0}) le gère : le portail ne peut ni le modifier ni l’annuler.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Ensuite</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Anyone with this link can act as the customer: share it only with them. Counterfoil does not save it.</source>
            <translation>Toute personne disposant de ce lien peut agir en tant que client : ne le partagez qu’avec lui. Counterfoil ne l’enregistre pas.</translation>
        </message>
        <message>
            <source>Automatic (customer's language or browser)</source>
            <translation>Automatique (langue du client ou du navigateur)</translation>
        </message>
        <message>
            <source>Back to the portal home page</source>
            <translation>Retour à la page d’accueil du portail</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Can't reach Stripe right now; the local cache is still searchable.</source>
            <translation>Stripe est injoignable pour l’instant ; le cache local reste consultable.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel a subscription</source>
            <translation>Annuler un abonnement</translation>
        </message>
        <message>
            <source>Cancel in portal…</source>
            <translation>Annuler dans le portail…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Canceled on {0}</source>
            <translation>Annulé le {0}</translation>
        </message>
        <message>
            <source>Change a subscription</source>
            <translation>Modifier un abonnement</translation>
        </message>
        <message>
            <source>Change in portal…</source>
            <translation>Modifier dans le portail…</translation>
        </message>
        <message>
            <source>Change plan or quantity</source>
            <translation>Changer d’offre ou de quantité</translation>
        </message>
        <message>
            <source>Charged by the platform</source>
            <translation>Débité par la plateforme</translation>
        </message>
        <message>
            <source>Choose a customer</source>
            <translation>Choisissez un client</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Choisissez une langue dans la liste.</translation>
        </message>
        <message>
            <source>Choose a new price or a new quantity.</source>
            <translation>Choisissez un nouveau tarif ou une nouvelle quantité.</translation>
        </message>
        <message>
            <source>Choose a subscription.</source>
            <translation>Choisissez un abonnement.</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Encaissement suspendu</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>Confirm a specific change</source>
            <translation>Confirmer une modification précise</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Copy id</source>
            <translation>Copier l’ID</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>Coupon id to offer before they cancel (optional)</source>
            <translation>ID du coupon à proposer avant la résiliation (facultatif)</translation>
        </message>
        <message>
            <source>Create a customer portal session (Ctrl+P)</source>
            <translation>Créer une session du portail client (Ctrl+P)</translation>
        </message>
        <message>
            <source>Create a customer portal session for {0} ({1})</source>
            <translation>Créer une session du portail client pour {0} ({1})</translation>
        </message>
        <message>
            <source>Create another</source>
            <translation>En créer une autre</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Créer la session</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Current period: {0} – {1}</source>
            <translation>Période en cours : {0} – {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Deleted customer</source>
            <translation>Client supprimé</translation>
        </message>
        <message>
            <source>Delinquent</source>
            <translation>En défaut de paiement</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Destination charge, paid out to {0}</source>
            <translation>Paiement indirect, reversé à {0}</translation>
        </message>
        <message>
            <source>Direct charge on the connected account {0}</source>
            <translation>Paiement direct sur le compte connecté {0}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Enter a full web address, starting with https://</source>
            <translation>Saisissez une adresse web complète commençant par https://</translation>
        </message>
        <message>
            <source>Every price it could switch to has a different tax behavior than its current price ({0}).</source>
            <translation>Chaque tarif vers lequel il pourrait passer a un comportement fiscal différent de son tarif actuel ({0}).</translation>
        </message>
        <message>
            <source>Fetch this customer again from Stripe (Ctrl+R)</source>
            <translation>Récupérer à nouveau ce client depuis Stripe (Ctrl+R)</translation>
        </message>
        <message>
            <source>Fetched from Stripe at {0}</source>
            <translation>Récupéré depuis Stripe à {0}</translation>
        </message>
        <message>
            <source>Free trial until {0}</source>
            <translation>Essai gratuit jusqu’au {0}</translation>
        </message>
        <message>
            <source>From the local cache</source>
            <translation>Depuis le cache local</translation>
        </message>
        <message>
            <source>In the portal ({0})</source>
            <translation>Dans le portail ({0})</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incomplet</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incomplet, expiré</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <source>Invoice page</source>
            <translation>Page de la facture</translation>
        </message>
        <message>
            <source>Invoices are sent for payment</source>
            <translation>Les factures sont envoyées pour paiement</translation>
        </message>
        <message>
            <source>Invoices are sent for payment, due in {0} days</source>
            <translation>Les factures sont envoyées pour paiement, à régler sous {0} jours</translation>
        </message>
        <message>
            <source>It has {0} items (several products): the portal can only cancel it.</source>
            <translation>Il comporte {0} articles (plusieurs produits) : le portail peut seulement l’annuler.</translation>
        </message>
        <message>
            <source>It is already set to cancel.</source>
            <translation>Son annulation est déjà programmée.</translation>
        </message>
        <message>
            <source>It is billed by sending invoices: the portal can only cancel it.</source>
            <translation>Il est facturé par envoi de factures : le portail peut seulement l’annuler.</translation>
        </message>
        <message>
            <source>It is paid with a payment method the portal does not support ({0}): the portal can only cancel it.</source>
            <translation>Il est payé avec un moyen de paiement que le portail ne prend pas en charge ({0}) : le portail peut seulement l’annuler.</translation>
        </message>
        <message>
            <source>It is trialing: changing it ends the free trial and invoices at once.</source>
            <translation>Il est en période d’essai : le modifier met fin à l’essai gratuit et facture immédiatement.</translation>
        </message>
        <message>
            <source>It uses usage-based (metered) pricing: the portal can only cancel it.</source>
            <translation>Il utilise une tarification à l’usage : le portail peut seulement l’annuler.</translation>
        </message>
        <message>
            <source>Its payment method {0} is not loaded yet, so whether the portal supports it was not checked.</source>
            <translation>Son moyen de paiement {0} n’est pas encore chargé : la prise en charge par le portail n’a donc pas été vérifiée.</translation>
        </message>
        <message>
            <source>Its price's tax behavior is unspecified: the portal only changes subscriptions whose prices say whether tax is included.</source>
            <translation>Le comportement fiscal de son tarif est unspecified : le portail ne modifie que les abonnements dont les tarifs indiquent si les taxes sont incluses.</translation>
        </message>
        <message>
            <source>Its status is “{0}”; the portal only acts on {1} subscriptions.</source>
            <translation>Son statut est « {0} » ; le portail n’agit que sur les abonnements {1}.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Garder {0}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Loading from Stripe… (the sync does not download payment methods)</source>
            <translation>Chargement depuis Stripe… (la synchronisation ne télécharge pas les moyens de paiement)</translation>
        </message>
        <message>
            <source>Loading {0}…</source>
            <translation>Chargement de {0}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Managed by schedule {0}: {1} phase(s), then {2}</source>
            <translation>Géré par le calendrier {0} : {1} phase(s), puis {2}</translation>
        </message>
        <message>
            <source>Managed by subscription schedule {0}</source>
            <translation>Géré par le calendrier d’abonnement {0}</translation>
        </message>
        <message>
            <source>Message on the confirmation page (optional)</source>
            <translation>Message sur la page de confirmation (facultatif)</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>Nouveau tarif</translation>
        </message>
        <message>
            <source>No invoices.</source>
            <translation>Aucune facture.</translation>
        </message>
        <message>
            <source>No payment methods.</source>
            <translation>Aucun moyen de paiement.</translation>
        </message>
        <message>
            <source>No subscription</source>
            <translation>Aucun abonnement</translation>
        </message>
        <message>
            <source>No subscriptions. The portal can still update payment methods and show invoices; flows that need a subscription are unavailable.</source>
            <translation>Aucun abonnement. Le portail peut encore mettre à jour les moyens de paiement et afficher les factures ; les parcours qui nécessitent un abonnement sont indisponibles.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>None (the platform's branding)</source>
            <translation>Aucun (l’image de marque de la plateforme)</translation>
        </message>
        <message>
            <source>Not loaded yet</source>
            <translation>Pas encore chargé</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>Pour le compte de</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Open at</source>
            <translation>Ouvrir sur</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>Open portal…</source>
            <translation>Ouvrir le portail…</translation>
        </message>
        <message>
            <source>Open the customer portal</source>
            <translation>Ouvrir le portail client</translation>
        </message>
        <message>
            <source>Open the portal for {0}</source>
            <translation>Ouvrir le portail pour {0}</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Payment collection paused: {0}</source>
            <translation>Encaissement des paiements suspendu : {0}</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Platform charge on behalf of {0}</source>
            <translation>Paiement de la plateforme pour le compte de {0}</translation>
        </message>
        <message>
            <source>Portal configuration for eligibility</source>
            <translation>Configuration du portail pour l’éligibilité</translation>
        </message>
        <message>
            <source>Portal configuration:</source>
            <translation>Configuration du portail :</translation>
        </message>
        <message>
            <source>Portal home page</source>
            <translation>Page d’accueil du portail</translation>
        </message>
        <message>
            <source>Portal session ready</source>
            <translation>Session du portail prête</translation>
        </message>
        <message>
            <source>Portal sessions opened from Counterfoil</source>
            <translation>Sessions du portail ouvertes depuis Counterfoil</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Recent invoices</source>
            <translation>Factures récentes</translation>
        </message>
        <message>
            <source>Redirect to a web page</source>
            <translation>Rediriger vers une page web</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Retention offer</source>
            <translation>Offre de rétention</translation>
        </message>
        <message>
            <source>Return URL</source>
            <translation>URL de retour</translation>
        </message>
        <message>
            <source>Set to cancel on {0}</source>
            <translation>Annulation programmée le {0}</translation>
        </message>
        <message>
            <source>Show Stripe's confirmation page</source>
            <translation>Afficher la page de confirmation de Stripe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Status paused: the trial ended without a payment method; no invoices until it is resumed (this is not paused payment collection).</source>
            <translation>Statut en pause : l’essai s’est terminé sans moyen de paiement ; aucune facture jusqu’à la reprise (ce n’est pas une suspension de l’encaissement).</translation>
        </message>
        <message>
            <source>Stripe did not create the session</source>
            <translation>Stripe n’a pas créé la session</translation>
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
            <translation>Numéros fiscaux</translation>
        </message>
        <message>
            <source>That is already the subscription's price and quantity.</source>
            <translation>Ce sont déjà le tarif et la quantité de l’abonnement.</translation>
        </message>
        <message>
            <source>That price is not offered for this subscription.</source>
            <translation>Ce tarif n’est pas proposé pour cet abonnement.</translation>
        </message>
        <message>
            <source>The customer has no subscription the portal can act on.</source>
            <translation>Le client n’a aucun abonnement sur lequel le portail peut agir.</translation>
        </message>
        <message>
            <source>The customer was deleted.</source>
            <translation>Le client a été supprimé.</translation>
        </message>
        <message>
            <source>The message can be at most 500 characters.</source>
            <translation>Le message peut comporter au plus 500 caractères.</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>La quantité doit être d’au moins 1.</translation>
        </message>
        <message>
            <source>The quantity must be between {0} and {1}.</source>
            <translation>La quantité doit être comprise entre {0} et {1}.</translation>
        </message>
        <message>
            <source>There is no active portal configuration for this account yet.</source>
            <translation>Ce compte n’a pas encore de configuration du portail active.</translation>
        </message>
        <message>
            <source>There is no portal configuration yet. Create one in the Portal panel.</source>
            <translation>Il n’y a pas encore de configuration du portail. Créez-en une dans le panneau Configuration du portail.</translation>
        </message>
        <message>
            <source>This configuration does not allow quantity changes.</source>
            <translation>Cette configuration n’autorise pas les changements de quantité.</translation>
        </message>
        <message>
            <source>This configuration does not offer changes for its product ({0}).</source>
            <translation>Cette configuration ne propose pas de changement pour son produit ({0}).</translation>
        </message>
        <message>
            <source>This configuration offers no other price and no quantity change for it.</source>
            <translation>Cette configuration ne lui propose ni autre tarif ni changement de quantité.</translation>
        </message>
        <message>
            <source>This customer belongs to a connected account: the session is created there.</source>
            <translation>Ce client appartient à un compte connecté : la session y est créée.</translation>
        </message>
        <message>
            <source>This customer was deleted on Stripe. What Counterfoil last knew is shown; no portal session can be opened for it.</source>
            <translation>Ce client a été supprimé dans Stripe. Ce que Counterfoil savait en dernier est affiché ; aucune session du portail ne peut être ouverte pour lui.</translation>
        </message>
        <message>
            <source>This link expired unused. Create a new session for the customer.</source>
            <translation>Ce lien a expiré sans avoir servi. Créez une nouvelle session pour le client.</translation>
        </message>
        <message>
            <source>This portal configuration does not let customers {0}.</source>
            <translation>Cette configuration du portail ne permet pas aux clients de {0}.</translation>
        </message>
        <message>
            <source>This portal configuration is not active; sessions cannot use it.</source>
            <translation>Cette configuration du portail n’est pas active ; les sessions ne peuvent pas l’utiliser.</translation>
        </message>
        <message>
            <source>This portal configuration no longer exists on Stripe.</source>
            <translation>Cette configuration du portail n’existe plus dans Stripe.</translation>
        </message>
        <message>
            <source>This subscription has no item to change.</source>
            <translation>Cet abonnement n’a aucun article à modifier.</translation>
        </message>
        <message>
            <source>Trial ends {0}</source>
            <translation>L’essai se termine le {0}</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En essai</translation>
        </message>
        <message>
            <source>Type a name, email, phone number or customer id on the left. ↑ ↓ move through the results, Enter opens one, Escape comes back to the search; Ctrl+K jumps to the search from anywhere.</source>
            <translation>Tapez un nom, un e-mail, un numéro de téléphone ou un ID client à gauche. ↑ ↓ parcourent les résultats, Entrée en ouvre un, Échap revient à la recherche ; Ctrl+K rejoint la recherche depuis n’importe où.</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Irrécouvrable</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impayé</translation>
        </message>
        <message>
            <source>Update payment method</source>
            <translation>Mettre à jour le moyen de paiement</translation>
        </message>
        <message>
            <source>Valid for {0} if unused; once opened, it stays valid for an hour after the customer's last activity.</source>
            <translation>Valable {0} si elle n’est pas utilisée ; une fois ouverte, elle reste valable une heure après la dernière activité du client.</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>autorisé</translation>
        </message>
        <message>
            <source>cancel subscriptions</source>
            <translation>annuler des abonnements</translation>
        </message>
        <message>
            <source>change subscriptions</source>
            <translation>modifier des abonnements</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>https:// (where “Return” leads)</source>
            <translation>https:// (où mène « Retour »)</translation>
        </message>
        <message>
            <source>invoices kept as drafts</source>
            <translation>factures conservées en brouillon</translation>
        </message>
        <message>
            <source>invoices marked uncollectible</source>
            <translation>factures marquées irrécouvrables</translation>
        </message>
        <message>
            <source>invoices voided</source>
            <translation>factures annulées</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>indisponible</translation>
        </message>
        <message>
            <source>tax excl.</source>
            <translation>HT</translation>
        </message>
        <message>
            <source>tax incl.</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>update payment methods</source>
            <translation>mettre à jour les moyens de paiement</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>year</source>
            <translation>an</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>{0} (default)</source>
            <translation>{0} (par défaut)</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (inactive)</translation>
        </message>
        <message>
            <source>{0} (no longer exists)</source>
            <translation>{0} (n’existe plus)</translation>
        </message>
        <message>
            <source>{0} credit</source>
            <translation>{0} de crédit</translation>
        </message>
        <message>
            <source>{0} owed</source>
            <translation>{0} dû</translation>
        </message>
        <message>
            <source>{0} price(s) of this configuration are not offered: their tax behavior differs.</source>
            <translation>{0} tarif(s) de cette configuration ne sont pas proposés : leur comportement fiscal diffère.</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} · {1} · by {2}</source>
            <translation>{0} · {1} · par {2}</translation>
        </message>
        <message>
            <source>{0} × {1} — {2} / {3}</source>
            <translation>{0} × {1} — {2} / {3}</translation>
        </message>
        <message>
            <source>{0} — {1} per unit / {2}, usage-based</source>
            <translation>{0} — {1} par unité / {2}, à l’usage</translation>
        </message>
        <message>
            <source>“On behalf of” is only for platform customers; this customer belongs to a connected account.</source>
            <translation>« Pour le compte de » est réservé aux clients de la plateforme ; ce client appartient à un compte connecté.</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>SEPA Direct Debit</source>
            <translation>Prélèvement SEPA</translation>
        </message>
        <message>
            <source>US bank account</source>
            <translation>Compte bancaire américain</translation>
        </message>
        <message>
            <source>Bacs Direct Debit</source>
            <translation>Prélèvement Bacs</translation>
        </message>
        <message>
            <source>BECS Direct Debit</source>
            <translation>Prélèvement BECS</translation>
        </message>
        <message>
            <source>Pre-authorized debit</source>
            <translation>Prélèvement préautorisé</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo: sample data in a sandbox running on this computer. Nothing is sent to Stripe, and it's reset when you quit.</source>
            <translation>Démo : des données d’exemple dans un environnement de test qui tourne sur cet ordinateur. Rien n’est envoyé à Stripe, et tout est réinitialisé à la fermeture.</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Paramètre</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>Aucune différence</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedAccountsDialog</name>
        <message>
            <source>Disconnected accounts</source>
            <translation>Comptes déconnectés</translation>
        </message>
        <message>
            <source>Disconnecting from your platform cancels nothing: these subscriptions keep charging until you cancel them. Only subscriptions your platform created can be cancelled here.</source>
            <translation>Se déconnecter de votre plateforme n’annule rien : ces abonnements continuent d’être facturés jusqu’à ce que vous les annuliez. Seuls les abonnements créés par votre plateforme peuvent être annulés ici.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Créé par</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>No disconnected account has platform subscriptions still running.</source>
            <translation>Aucun compte déconnecté n’a encore d’abonnements de plateforme en cours.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) disconnected{2}: %n platform subscription(s) running.</source>
            <translation>
                <numerusform>{0} ({1}) s’est déconnecté{2} : %n abonnement de plateforme en cours.</numerusform>
                <numerusform>{0} ({1}) s’est déconnecté{2} : %n abonnements de plateforme en cours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct subscription(s) still run on its own account; only it can cancel those now.</source>
            <translation>
                <numerusform>%n abonnement direct tourne encore sur son propre compte ; lui seul peut désormais l’annuler.</numerusform>
                <numerusform>%n abonnements directs tournent encore sur son propre compte ; lui seul peut désormais les annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>Annuler %n abonnement…</numerusform>
                <numerusform>Annuler %n abonnements…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) now? They end immediately and send no more invoices. This cannot be undone.</source>
            <translation>
                <numerusform>Annuler %n abonnement maintenant ? Il prend fin immédiatement et n’envoie plus de factures. C’est irréversible.</numerusform>
                <numerusform>Annuler %n abonnements maintenant ? Ils prennent fin immédiatement et n’envoient plus de factures. C’est irréversible.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) of disconnected accounts</source>
            <translation>
                <numerusform>Annuler %n abonnement de comptes déconnectés</numerusform>
                <numerusform>Annuler %n abonnements de comptes déconnectés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln canceled</source>
            <translation>
                <numerusform>%Ln annulé</numerusform>
                <numerusform>%Ln annulés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln had already ended</source>
            <translation>
                <numerusform>%Ln était déjà terminé</numerusform>
                <numerusform>%Ln étaient déjà terminés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln en échec</numerusform>
                <numerusform>%Ln en échec</numerusform>
            </translation>
        </message>
        <message>
            <source>No account has disconnected from your platform.</source>
            <translation>Aucun compte ne s’est déconnecté de votre plateforme.</translation>
        </message>
        <message>
            <source>Not created by your platform: left alone.</source>
            <translation>Non créé par votre plateforme : laissé tel quel.</translation>
        </message>
        <message>
            <source>Skipped: not created by your platform</source>
            <translation>Ignoré : non créé par votre plateforme</translation>
        </message>
        <message>
            <source>Yes, cancel {0}</source>
            <translation>Oui, annuler {0}</translation>
        </message>
        <message>
            <source>Cancelling 1 of {0}…</source>
            <translation>Annulation 1 sur {0}…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>Cancelling {0} of {1}…</source>
            <translation>Annulation {0} sur {1}…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Already ended ({0})</source>
            <translation>Déjà terminé ({0})</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Échec : {0}</translation>
        </message>
        <message>
            <source>Stopped. {0}</source>
            <translation>Arrêté. {0}</translation>
        </message>
        <message>
            <source>Stopped: {0}</source>
            <translation>Arrêté : {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Discard…</source>
            <translation>Abandonner…</translation>
        </message>
        <message>
            <source>Throw these changes away?</source>
            <translation>Abandonner ces modifications ?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Les garder</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the request id for Stripe support</source>
            <translation>Copier l’ID de la requête pour l’assistance Stripe</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Request ID: {0}</source>
            <translation>ID de requête : {0}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, email or id</source>
            <translation>Nom, e-mail ou ID</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportement</translation>
        </message>
        <message>
            <source>All behaviours</source>
            <translation>Tous les comportements</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Any resume date</source>
            <translation>Toute date de reprise</translation>
        </message>
        <message>
            <source>Resumes within…</source>
            <translation>Reprend d’ici…</translation>
        </message>
        <message>
            <source>Paused indefinitely</source>
            <translation>Suspendu indéfiniment</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Resumes within this many days</source>
            <translation>Reprend dans ce nombre de jours au plus</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Resumed by hand: no resume dates</source>
            <translation>Reprise manuelle : pas de date de reprise</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Toutes les devises</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Synced from Stripe</source>
            <translation>Synchronisée depuis Stripe</translation>
        </message>
        <message>
            <source>From a Stripe event</source>
            <translation>D’un événement Stripe</translation>
        </message>
        <message>
            <source>Saved here</source>
            <translation>Enregistrée ici</translation>
        </message>
        <message>
            <source>History of “{0}”</source>
            <translation>Historique de « {0} »</translation>
        </message>
        <message>
            <source>Every version Counterfoil has seen or saved. Select two to compare them, or one to see what restoring it would change. Restoring makes a new save, checked and reviewed like any other.</source>
            <translation>Toutes les versions que Counterfoil a vues ou enregistrées. Sélectionnez-en deux pour les comparer, ou une pour voir ce que sa restauration changerait. Restaurer crée un nouvel enregistrement, vérifié et relu comme les autres.</translation>
        </message>
        <message>
            <source>Version from</source>
            <translation>Version du</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> et {0} de plus</translation>
        </message>
        <message>
            <source>No setting changed</source>
            <translation>Aucun paramètre modifié</translation>
        </message>
        <message>
            <source>Oldest version kept</source>
            <translation>Plus ancienne version conservée</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Restaurer cette version…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Changes from the older to the newer version:</source>
            <translation>Modifications de la version la plus ancienne à la plus récente :</translation>
        </message>
        <message>
            <source>In the editor now</source>
            <translation>Dans l’éditeur actuellement</translation>
        </message>
        <message>
            <source>What restoring this version would change:</source>
            <translation>Ce que la restauration de cette version changerait :</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Sélectionnez une version, ou deux à comparer.</translation>
        </message>
        <message>
            <source>Select at most two versions to compare.</source>
            <translation>Sélectionnez au plus deux versions à comparer.</translation>
        </message>
    </context>
    <context>
        <name>HitDelegate</name>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>From Stripe</source>
            <translation>Depuis Stripe</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <source>Upload…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>JPEG, PNG or GIF, at most 512 KB, at least 128×128 pixels</source>
            <translation>JPEG, PNG ou GIF, 512 Ko au plus, au moins 128×128 pixels</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Forget the new image and keep the saved one</source>
            <translation>Oublier la nouvelle image et garder celle enregistrée</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
    </context>
    <context>
        <name>ImageStore</name>
        <message>
            <source>The image {0} could not be read.</source>
            <translation>L’image {0} n’a pas pu être lue.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n configuration(s): {0}</source>
            <translation>
                <numerusform>%n configuration : {0}</numerusform>
                <numerusform>%n configurations : {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>live</source>
            <translation>production</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source> — from {0} ({1} mode)</source>
            <translation> — de {0} (mode {1})</translation>
        </message>
        <message>
            <source>Target account</source>
            <translation>Compte cible</translation>
        </message>
        <message>
            <source> (open now)</source>
            <translation> (ouverte actuellement)</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Importer dans</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <source>Target price</source>
            <translation>Tarif cible</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Correspondance par</translation>
        </message>
        <message>
            <source>Create them without what cannot be mapped</source>
            <translation>Les créer sans ce qui ne peut pas être mis en correspondance</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Reading the products and prices of {0}…</source>
            <translation>Lecture des produits et tarifs de {0}…</translation>
        </message>
        <message>
            <source>Could not read the target account</source>
            <translation>Impossible de lire le compte cible</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>cannot be mapped</source>
            <translation>impossible à faire correspondre</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be mapped ({0})&lt;/b&gt; — nothing has been created:</source>
            <translation>&lt;b&gt;Impossible à faire correspondre ({0})&lt;/b&gt; — rien n’a été créé :</translation>
        </message>
        <message>
            <source>&lt;b&gt;Everything can be mapped.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tout peut être mis en correspondance.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Create {0} in {1}</source>
            <translation>Créer {0} dans {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n configuration(s)</source>
            <translation>
                <numerusform>%n configuration</numerusform>
                <numerusform>%n configurations</numerusform>
            </translation>
        </message>
        <message>
            <source>Create portal configurations {0}</source>
            <translation>Créer des configurations du portail {0}</translation>
        </message>
        <message>
            <source>Customers of this live account can be sent to them.</source>
            <translation>Les clients de ce compte en production peuvent y être envoyés.</translation>
        </message>
        <message>
            <source>Create in live mode</source>
            <translation>Créer en mode production</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Création…</translation>
        </message>
        <message>
            <source>Stripe refused to create the configuration</source>
            <translation>Stripe a refusé de créer la configuration</translation>
        </message>
    </context>
    <context>
        <name>InsightsPane</name>
        <message>
            <source>What customers can do</source>
            <translation>Ce que les clients peuvent faire</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>✓ Nothing to fix: Stripe will accept this.</source>
            <translation>✓ Rien à corriger : Stripe l’acceptera.</translation>
        </message>
        <message>
            <source>{0} to fix before saving, {1} to review. Click one to see its field.</source>
            <translation>{0} à corriger avant l’enregistrement, {1} à relire. Cliquez sur un élément pour voir son champ.</translation>
        </message>
        <message>
            <source>{0} to review; Stripe accepts them, but customers may be affected.</source>
            <translation>{0} à relire ; Stripe les accepte, mais les clients peuvent être concernés.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFeeDialog</name>
        <message>
            <source>Application fee on the latest invoice</source>
            <translation>Commission de la plateforme sur la dernière facture</translation>
        </message>
        <message>
            <source>Invoice {0} ({1}), amount due {2}. Current application fee: {3}. The fee can be at most the amount due.</source>
            <translation>Facture {0} ({1}), montant dû {2}. Commission de la plateforme actuelle : {3}. La commission ne peut pas dépasser le montant dû.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Amount in {0}</source>
            <translation>Montant en {0}</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Commission de la plateforme</translation>
        </message>
        <message>
            <source>Set fee</source>
            <translation>Définir la commission</translation>
        </message>
        <message>
            <source>Enter an amount between 0 and {0}.</source>
            <translation>Saisissez un montant entre 0 et {0}.</translation>
        </message>
        <message>
            <source>Set the application fee of invoice {0}</source>
            <translation>Définir la commission de la plateforme de la facture {0}</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>pause_collection is set: the subscription keeps its status and Stripe keeps creating invoices, handled as its behaviour says, until collection resumes.</source>
            <translation>pause_collection est défini : l’abonnement garde son statut et Stripe continue de créer des factures, traitées selon son comportement, jusqu’à la reprise de l’encaissement.</translation>
        </message>
        <message>
            <source>status = paused (paused through the API, or a trial that ended without a payment method): no invoices at all until the subscription is resumed.</source>
            <translation>status = paused (suspendu via l’API, ou essai terminé sans moyen de paiement) : aucune facture tant que l’abonnement n’est pas repris.</translation>
        </message>
        <message>
            <source>No paused subscription matches these filters</source>
            <translation>Aucun abonnement suspendu ne correspond à ces filtres</translation>
        </message>
        <message>
            <source>Change or clear the filters to see the others.</source>
            <translation>Modifiez ou effacez les filtres pour voir les autres.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>No subscription has its collection paused</source>
            <translation>Aucun abonnement n’a d’encaissement suspendu</translation>
        </message>
        <message>
            <source>When you pause collection on a subscription, here or in the Stripe Dashboard, it is listed here after the next sync.</source>
            <translation>Quand vous suspendez l’encaissement d’un abonnement, ici ou dans le Dashboard Stripe, il apparaît ici après la synchronisation suivante.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Suspendre l’encaissement…</translation>
        </message>
        <message>
            <source>No subscription is paused</source>
            <translation>Aucun abonnement n’est en pause</translation>
        </message>
        <message>
            <source>Subscriptions with status = paused appear here: paused through the API, or trials that ended without a payment method.</source>
            <translation>Les abonnements au statut status = paused apparaissent ici : suspendus via l’API, ou essais terminés sans moyen de paiement.</translation>
        </message>
    </context>
    <context>
        <name>LiveBanner</name>
        <message>
            <source>LIVE MODE</source>
            <translation>MODE PRODUCTION</translation>
        </message>
        <message>
            <source>{0}: changes here affect real customers and real money. Every change asks you to confirm.</source>
            <translation>{0} : les modifications ici touchent de vrais clients et de l’argent réel. Chaque modification vous demande une confirmation.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Confirm a live change</source>
            <translation>Confirmer une modification réelle</translation>
        </message>
        <message>
            <source>Change live data?</source>
            <translation>Modifier des données réelles ?</translation>
        </message>
        <message>
            <source>on &lt;b&gt;{0}&lt;/b&gt; ({1}), in &lt;b&gt;live mode&lt;/b&gt;.</source>
            <translation>sur &lt;b&gt;{0}&lt;/b&gt; ({1}), en &lt;b&gt;mode production&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This changes your real Stripe account and can affect real customers.</source>
            <translation>Cela modifie votre vrai compte Stripe et peut toucher de vrais clients.</translation>
        </message>
        <message>
            <source>Change live data</source>
            <translation>Modifier des données réelles</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Add Stripe account…</source>
            <translation>&amp;Ajouter un compte Stripe…</translation>
        </message>
        <message>
            <source>&amp;Remove this profile…</source>
            <translation>&amp;Supprimer ce profil…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Compte</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Download &amp;everything again</source>
            <translation>&amp;Tout télécharger à nouveau</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>&amp;Annuler la synchronisation</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Counterfoil</source>
            <translation>À &amp;propos de Counterfoil</translation>
        </message>
        <message>
            <source>Your saved accounts couldn't be read</source>
            <translation>Impossible de lire vos comptes enregistrés</translation>
        </message>
        <message>
            <source>Opening {0}…</source>
            <translation>Ouverture de {0}…</translation>
        </message>
        <message>
            <source>{0} (LIVE) — Counterfoil</source>
            <translation>{0} (PRODUCTION) — Counterfoil</translation>
        </message>
        <message>
            <source>{0} (test mode) — Counterfoil</source>
            <translation>{0} (mode test) — Counterfoil</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Démarrage de l’environnement de test de la démo…</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Supprimer le profil</translation>
        </message>
        <message>
            <source>Remove “{0}” from Counterfoil?</source>
            <translation>Supprimer « {0} » de Counterfoil ?</translation>
        </message>
        <message>
            <source>Its key is deleted from the system keyring and its local cache is deleted. Nothing changes in your Stripe account; you can add it again later.</source>
            <translation>Sa clé est supprimée du trousseau du système et son cache local est effacé. Rien ne change dans votre compte Stripe ; vous pourrez l’ajouter à nouveau plus tard.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Couldn't open the account</source>
            <translation>Impossible d’ouvrir le compte</translation>
        </message>
        <message>
            <source>Sync cancelled; what was fetched is kept.</source>
            <translation>Synchronisation annulée ; ce qui a été récupéré est conservé.</translation>
        </message>
        <message>
            <source>Sync failed: {0}</source>
            <translation>Échec de la synchronisation : {0}</translation>
        </message>
        <message>
            <source>About Counterfoil</source>
            <translation>À propos de Counterfoil</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;A desktop back office for Stripe Billing.&lt;/p&gt;&lt;p&gt;Keys stay in your system keyring; data is cached locally on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;Un back-office de bureau pour Stripe Billing.&lt;/p&gt;&lt;p&gt;Les clés restent dans le trousseau de votre système ; les données sont mises en cache localement sur cet ordinateur.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Changed on Stripe while you were editing</source>
            <translation>Modifié dans Stripe pendant votre modification</translation>
        </message>
        <message>
            <source>“{0}” changed on Stripe while you were editing</source>
            <translation>« {0} » a changé dans Stripe pendant votre modification</translation>
        </message>
        <message>
            <source>Someone saved it {0}. Nothing is lost: their changes and yours are listed below. Merge them, then review before saving.</source>
            <translation>Quelqu’un l’a enregistrée {0}. Rien n’est perdu : ses modifications et les vôtres sont listées ci-dessous. Fusionnez-les, puis relisez avant d’enregistrer.</translation>
        </message>
        <message>
            <source>meanwhile</source>
            <translation>entre-temps</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Actuellement dans Stripe</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Les vôtres</translation>
        </message>
        <message>
            <source>Changed on Stripe (kept)</source>
            <translation>Modifié dans Stripe (conservé)</translation>
        </message>
        <message>
            <source>Your changes (kept)</source>
            <translation>Vos modifications (conservées)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed on both sides&lt;/b&gt; — choose which to keep:</source>
            <translation>&lt;b&gt;Modifié des deux côtés&lt;/b&gt; — choisissez quoi garder :</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Paramètre</translation>
        </message>
        <message>
            <source>Merge and review</source>
            <translation>Fusionner et relire</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Ajouter une entrée</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>ModeBadge</name>
        <message>
            <source>Live mode: changes affect real customers and real money.</source>
            <translation>Mode production : les modifications touchent de vrais clients et de l’argent réel.</translation>
        </message>
        <message>
            <source>Test mode: nothing here touches real money.</source>
            <translation>Mode test : rien ici ne touche à de l’argent réel.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>What remains to be done</source>
            <translation>Ce qu’il reste à faire</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Première facture</translation>
        </message>
        <message>
            <source>Payment page</source>
            <translation>Page de paiement</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Abonnement créé</translation>
        </message>
        <message>
            <source>Stripe recognised this as a retry of the same request, so nothing was created twice: this is the subscription from the first attempt.</source>
            <translation>Stripe l’a reconnu comme une nouvelle tentative de la même requête : rien n’a été créé deux fois. Voici l’abonnement de la première tentative.</translation>
        </message>
        <message>
            <source>{0} (new)</source>
            <translation>{0} (nouveau)</translation>
        </message>
        <message>
            <source>{0} · {1} due · {2}</source>
            <translation>{0} · {1} dû · {2}</translation>
        </message>
        <message>
            <source>No payment page (nothing to pay).</source>
            <translation>Pas de page de paiement (rien à payer).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>Change how collection is paused</source>
            <translation>Modifier la suspension de l’encaissement</translation>
        </message>
        <message>
            <source>Pause collection</source>
            <translation>Suspendre l’encaissement</translation>
        </message>
        <message>
            <source>Find subscriptions by customer name, email or id</source>
            <translation>Trouver des abonnements par nom, e-mail ou ID du client</translation>
        </message>
        <message>
            <source>Subscriptions to pause</source>
            <translation>Abonnements à suspendre</translation>
        </message>
        <message>
            <source>While collection is paused, invoices are…</source>
            <translation>Pendant la suspension de l’encaissement, les factures sont…</translation>
        </message>
        <message>
            <source>Resume collection automatically on</source>
            <translation>Reprendre l’encaissement automatiquement le</translation>
        </message>
        <message>
            <source>Resume date</source>
            <translation>Date de reprise</translation>
        </message>
        <message>
            <source>1 subscription selected</source>
            <translation>1 abonnement sélectionné</translation>
        </message>
        <message>
            <source>{0} subscriptions selected</source>
            <translation>{0} abonnements sélectionnés</translation>
        </message>
        <message>
            <source>Tick the subscriptions whose collection you want to pause</source>
            <translation>Cochez les abonnements dont vous voulez suspendre l’encaissement</translation>
        </message>
        <message>
            <source>1 subscription chosen</source>
            <translation>1 abonnement choisi</translation>
        </message>
        <message>
            <source>{0} subscriptions chosen</source>
            <translation>{0} abonnements choisis</translation>
        </message>
        <message>
            <source>{0} will be skipped, not sent:</source>
            <translation>{0} seront ignorés, non envoyés :</translation>
        </message>
        <message>
            <source>…and {0} more.</source>
            <translation>…et {0} de plus.</translation>
        </message>
        <message>
            <source>Pause {0} subscriptions</source>
            <translation>Suspendre {0} abonnements</translation>
        </message>
        <message>
            <source>Stripe clears the pause at the start of that day (your time).</source>
            <translation>Stripe lève la suspension au début de ce jour-là (heure locale).</translation>
        </message>
        <message>
            <source>Without a date, collection stays paused until you resume it.</source>
            <translation>Sans date, l’encaissement reste suspendu jusqu’à ce que vous le repreniez.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>Choisissez au moins un abonnement.</translation>
        </message>
        <message>
            <source>None of these subscriptions can be changed from here (see above).</source>
            <translation>Aucun de ces abonnements ne peut être modifié d’ici (voir ci-dessus).</translation>
        </message>
    </context>
    <context>
        <name>PauseLengthsEditor</name>
        <message>
            <source>Add a pause length</source>
            <translation>Ajouter une durée de suspension</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Nombre d’unités</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Remove this pause length</source>
            <translation>Supprimer cette durée de suspension</translation>
        </message>
    </context>
    <context>
        <name>PausedCollectionsPanel</name>
        <message>
            <source>Paused collections</source>
            <translation>Encaissements suspendus</translation>
        </message>
        <message>
            <source>Look up pause dates</source>
            <translation>Rechercher les dates de suspension</translation>
        </message>
        <message>
            <source>Read Stripe's recent subscription events (the last 30 days) to learn when collection was paused.</source>
            <translation>Lit les événements d’abonnement récents de Stripe (30 derniers jours) pour savoir quand l’encaissement a été suspendu.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Suspendre l’encaissement…</translation>
        </message>
        <message>
            <source>Pause collection on subscriptions (Ctrl+Shift+P)</source>
            <translation>Suspendre l’encaissement d’abonnements (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Export the list shown to CSV (Ctrl+E)</source>
            <translation>Exporter la liste affichée en CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export CSV for Excel (UTF-8 with BOM)…</source>
            <translation>Exporter en CSV pour Excel (UTF-8 avec BOM)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Change pause…</source>
            <translation>Modifier la suspension…</translation>
        </message>
        <message>
            <source>Change the behaviour or resume date of the selected subscriptions</source>
            <translation>Modifier le comportement ou la date de reprise des abonnements sélectionnés</translation>
        </message>
        <message>
            <source>Resume collection</source>
            <translation>Reprendre l’encaissement</translation>
        </message>
        <message>
            <source>Resume collection on the selected subscriptions (Ctrl+Shift+R)</source>
            <translation>Reprendre l’encaissement des abonnements sélectionnés (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>No account open</source>
            <translation>Aucun compte ouvert</translation>
        </message>
        <message>
            <source>Open or add a Stripe account to see its paused subscriptions.</source>
            <translation>Ouvrez ou ajoutez un compte Stripe pour voir ses abonnements suspendus.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Reading the paused subscriptions from this computer's cache.</source>
            <translation>Lecture des abonnements suspendus depuis le cache de cet ordinateur.</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Rien à afficher</translation>
        </message>
        <message>
            <source>The paused subscriptions could not be read (see above).</source>
            <translation>Les abonnements suspendus n’ont pas pu être lus (voir ci-dessus).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Paused subscriptions appear here when the first sync of this account finishes.</source>
            <translation>Les abonnements suspendus apparaissent ici à la fin de la première synchronisation de ce compte.</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>This account's subscriptions are not on this computer yet. Sync to list the paused ones.</source>
            <translation>Les abonnements de ce compte ne sont pas encore sur cet ordinateur. Synchronisez pour lister ceux qui sont suspendus.</translation>
        </message>
        <message>
            <source>Could not read the paused subscriptions</source>
            <translation>Impossible de lire les abonnements suspendus</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>{0} with collection paused</source>
            <translation>{0} avec encaissement suspendu</translation>
        </message>
        <message>
            <source>{0} with status paused</source>
            <translation>{0} au statut en pause</translation>
        </message>
        <message>
            <source>From this computer's copy of your Stripe data: {0}.</source>
            <translation>D’après la copie de vos données Stripe sur cet ordinateur : {0}.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them: look up pause dates to read Stripe's recent events.</source>
            <translation>« Suspendu depuis » est inconnu pour {0} d’entre eux : recherchez les dates de suspension pour lire les événements récents de Stripe.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them (paused more than 30 days ago, before the events Stripe keeps).</source>
            <translation>« Suspendu depuis » est inconnu pour {0} d’entre eux (suspendus il y a plus de 30 jours, avant les événements que Stripe conserve).</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Encaissement suspendu</translation>
        </message>
        <message>
            <source>Subscription paused (status)</source>
            <translation>Abonnement en pause (statut)</translation>
        </message>
        <message>
            <source>1 selected</source>
            <translation>1 sélectionné</translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation>{0} sélectionnés</translation>
        </message>
        <message>
            <source>Select subscriptions to change or resume their pause.</source>
            <translation>Sélectionnez des abonnements pour modifier ou lever leur suspension.</translation>
        </message>
        <message>
            <source>Resuming status-paused subscriptions is done in Stripe.</source>
            <translation>Les abonnements au statut en pause se reprennent dans Stripe.</translation>
        </message>
        <message numerus="yes">
            <source>Pause collection ({0}) on %n subscription(s)</source>
            <translation>
                <numerusform>Suspendre l’encaissement ({0}) de %n abonnement</numerusform>
                <numerusform>Suspendre l’encaissement ({0}) de %n abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume collection on %n subscription(s)</source>
            <translation>
                <numerusform>Reprendre l’encaissement de %n abonnement</numerusform>
                <numerusform>Reprendre l’encaissement de %n abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Looked up pause dates: %n new event(s) from Stripe.</source>
            <translation>
                <numerusform>Dates de suspension recherchées : %n nouvel événement de Stripe.</numerusform>
                <numerusform>Dates de suspension recherchées : %n nouveaux événements de Stripe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts: {0}</source>
            <translation>Comptes : {0}</translation>
        </message>
        <message>
            <source>Export paused subscriptions</source>
            <translation>Exporter les abonnements suspendus</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Export vers {0}…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>abonnement</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>abonnements</translation>
        </message>
        <message>
            <source>Exported {0} {1} to {2}.</source>
            <translation>{0} {1} exporté(s) vers {2}.</translation>
        </message>
        <message>
            <source>The CSV was not written</source>
            <translation>Le CSV n’a pas été écrit</translation>
        </message>
        <message>
            <source>Could not look up pause dates</source>
            <translation>Impossible de rechercher les dates de suspension</translation>
        </message>
        <message>
            <source>Looking up pause dates in Stripe's events…</source>
            <translation>Recherche des dates de suspension dans les événements Stripe…</translation>
        </message>
        <message>
            <source>Lookup cancelled.</source>
            <translation>Recherche annulée.</translation>
        </message>
        <message>
            <source>Looking up pause dates… {0}: {1} found so far</source>
            <translation>Recherche des dates de suspension… {0} : {1} trouvées jusqu’ici</translation>
        </message>
    </context>
    <context>
        <name>PausedTableModel</name>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportement</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Encaissement</translation>
        </message>
        <message>
            <source>Collection resumes automatically on {0}.</source>
            <translation>L’encaissement reprend automatiquement le {0}.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Days paused</source>
            <translation>Jours de suspension</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Indefinitely</source>
            <translation>Indéfiniment</translation>
        </message>
        <message>
            <source>Invoices while paused</source>
            <translation>Factures pendant la suspension</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Latest invoice</source>
            <translation>Dernière facture</translation>
        </message>
        <message>
            <source>List price per billing period, before discounts and taxes. ≈ marks a per-month equivalent (items on different intervals); ≥ means metered items are left out.</source>
            <translation>Prix catalogue par période de facturation, avant remises et taxes. ≈ indique un équivalent mensuel (articles à intervalles différents) ; ≥ signifie que les articles facturés à l’usage sont exclus.</translation>
        </message>
        <message>
            <source>No longer paused (refresh)</source>
            <translation>N’est plus suspendu (actualisez)</translation>
        </message>
        <message>
            <source>No resume date: collection stays paused until someone resumes it.</source>
            <translation>Pas de date de reprise : l’encaissement reste suspendu jusqu’à ce que quelqu’un le reprenne.</translation>
        </message>
        <message>
            <source>Not in the synced events (Stripe keeps 30 days of events). Use “Look up pause dates” to read them from Stripe.</source>
            <translation>Absent des événements synchronisés (Stripe conserve 30 jours d’événements). Utilisez « Rechercher les dates de suspension » pour les lire depuis Stripe.</translation>
        </message>
        <message>
            <source>Paused since</source>
            <translation>Suspendu depuis</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Recurring amount</source>
            <translation>Montant récurrent</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>≈ {0} per month</source>
            <translation>≈ {0} par mois</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPanel</name>
        <message>
            <source>Not built yet</source>
            <translation>Pas encore disponible</translation>
        </message>
        <message>
            <source>This panel is planned but not part of this version of Counterfoil yet. Nothing is wrong with your account or your data.</source>
            <translation>Ce panneau est prévu mais ne fait pas encore partie de cette version de Counterfoil. Votre compte et vos données vont bien.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>Ce qu’il fera</translation>
        </message>
        <message>
            <source>Already synced to this computer: {0}.</source>
            <translation>Déjà synchronisé sur cet ordinateur : {0}.</translation>
        </message>
    </context>
    <context>
        <name>PortalConfiguration</name>
        <message>
            <source>1 hour ago</source>
            <translation>il y a 1 heure</translation>
        </message>
        <message>
            <source>1 minute ago</source>
            <translation>il y a 1 minute</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nouvelle configuration</translation>
        </message>
        <message>
            <source>No headline: the portal shows its standard greeting</source>
            <translation>Pas de titre : le portail affiche son message d’accueil standard</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Pas encore créée</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configuration sans nom</translation>
        </message>
        <message>
            <source>Unsaved</source>
            <translation>Non enregistrée</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivé</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>pas encore créée</translation>
        </message>
        <message>
            <source>one-time price</source>
            <translation>tarif unique</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>mise à jour {0}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>{0} (unknown to Stripe)</source>
            <translation>{0} (inconnu de Stripe)</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>il y a {0} jours</translation>
        </message>
        <message>
            <source>{0} hours ago</source>
            <translation>il y a {0} heures</translation>
        </message>
        <message>
            <source>{0} minutes ago</source>
            <translation>il y a {0} minutes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mise à jour</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Page de connexion</translation>
        </message>
    </context>
    <context>
        <name>PortalConfigurationPanel</name>
        <message>
            <source>Search by name or ID</source>
            <translation>Rechercher par nom ou ID</translation>
        </message>
        <message>
            <source>Search configurations</source>
            <translation>Rechercher des configurations</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Portal configurations</source>
            <translation>Configurations du portail</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>New configuration, with the Dashboard's defaults (Ctrl+N)</source>
            <translation>Nouvelle configuration, avec les valeurs par défaut du Dashboard (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>Importer / exporter</translation>
        </message>
        <message>
            <source>Loading portal configurations…</source>
            <translation>Chargement des configurations du portail…</translation>
        </message>
        <message>
            <source>No portal configuration yet</source>
            <translation>Pas encore de configuration du portail</translation>
        </message>
        <message>
            <source>Create a configuration</source>
            <translation>Créer une configuration</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Pas encore créée</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Every version, compare and restore (Ctrl+H)</source>
            <translation>Toutes les versions, comparer et restaurer (Ctrl+H)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>A new configuration with these settings (Ctrl+D)</source>
            <translation>Une nouvelle configuration avec ces paramètres (Ctrl+D)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Check, review and send to Stripe (Ctrl+S)</source>
            <translation>Vérifier, relire et envoyer à Stripe (Ctrl+S)</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nouvelle configuration</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Copy login page link</source>
            <translation>Copier le lien de la page de connexion</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Make default…</source>
            <translation>Définir par défaut…</translation>
        </message>
        <message>
            <source>Export this configuration…</source>
            <translation>Exporter cette configuration…</translation>
        </message>
        <message>
            <source>Copy to another account (test → live)…</source>
            <translation>Copier vers un autre compte (test → production)…</translation>
        </message>
        <message>
            <source>Import from a file…</source>
            <translation>Importer depuis un fichier…</translation>
        </message>
        <message>
            <source>Export all configurations…</source>
            <translation>Exporter toutes les configurations…</translation>
        </message>
        <message>
            <source>Open a Stripe account</source>
            <translation>Ouvrez un compte Stripe</translation>
        </message>
        <message>
            <source>Choose or add an account to see its customer portal configurations.</source>
            <translation>Choisissez ou ajoutez un compte pour voir ses configurations du portail client.</translation>
        </message>
        <message>
            <source>Your saved drafts could not be read and were set aside: {0}</source>
            <translation>Vos brouillons enregistrés n’ont pas pu être lus et ont été mis de côté : {0}</translation>
        </message>
        <message>
            <source>Create one here with the Dashboard's defaults, or import one. Stripe also creates a default configuration the first time you open the customer portal settings in the Dashboard.</source>
            <translation>Créez-en une ici avec les valeurs par défaut du Dashboard, ou importez-en une. Stripe crée aussi une configuration par défaut la première fois que vous ouvrez les paramètres du portail client dans le Dashboard.</translation>
        </message>
        <message>
            <source>Could not read the local cache</source>
            <translation>Impossible de lire le cache local</translation>
        </message>
        <message>
            <source>Could not read the configurations</source>
            <translation>Impossible de lire les configurations</translation>
        </message>
        <message>
            <source>No configurations yet.</source>
            <translation>Aucune configuration pour l’instant.</translation>
        </message>
        <message>
            <source>{0} active, {1} inactive</source>
            <translation>{0} actives, {1} inactives</translation>
        </message>
        <message>
            <source>Your unsaved changes from {0} are back.</source>
            <translation>Vos modifications non enregistrées du {0} sont de retour.</translation>
        </message>
        <message>
            <source>This configuration has changed on Stripe since; saving will show both changes so you can merge them.</source>
            <translation>Cette configuration a changé dans Stripe depuis ; l’enregistrement affichera les deux modifications pour que vous les fusionniez.</translation>
        </message>
        <message>
            <source>Draft restored</source>
            <translation>Brouillon restauré</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configuration sans nom</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>mise à jour {0}</translation>
        </message>
        <message>
            <source>live mode</source>
            <translation>mode production</translation>
        </message>
        <message>
            <source>A new configuration: saving creates it on Stripe</source>
            <translation>Une nouvelle configuration : l’enregistrer la crée dans Stripe</translation>
        </message>
        <message>
            <source>Create configuration</source>
            <translation>Créer la configuration</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first; saving shows where.</source>
            <translation>
                <numerusform>%n problème à corriger d’abord ; l’enregistrement montre où.</numerusform>
                <numerusform>%n problèmes à corriger d’abord ; l’enregistrement montre où.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated.</source>
            <translation>La configuration par défaut ne peut pas être désactivée.</translation>
        </message>
        <message>
            <source>Your draft could not be saved on this computer</source>
            <translation>Votre brouillon n’a pas pu être enregistré sur cet ordinateur</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <source>Throw away the unsaved changes to “{0}”? This can't be undone.</source>
            <translation>Abandonner les modifications non enregistrées de « {0} » ? C’est irréversible.</translation>
        </message>
        <message>
            <source>Starts with the Stripe Dashboard's defaults. Nothing is created on Stripe until you save.</source>
            <translation>Commence avec les valeurs par défaut du Dashboard Stripe. Rien n’est créé dans Stripe tant que vous n’enregistrez pas.</translation>
        </message>
        <message>
            <source>Login page link copied.</source>
            <translation>Lien de la page de connexion copié.</translation>
        </message>
        <message>
            <source>A copy of “{0}”. Nothing is created on Stripe until you save.</source>
            <translation>Une copie de « {0} ». Rien n’est créé dans Stripe tant que vous n’enregistrez pas.</translation>
        </message>
        <message>
            <source>A new configuration with these settings (anything not listed is off or empty).</source>
            <translation>Une nouvelle configuration avec ces paramètres (ce qui n’est pas listé est désactivé ou vide).</translation>
        </message>
        <message>
            <source>After saving</source>
            <translation>Après enregistrement</translation>
        </message>
        <message>
            <source>Can't import this file</source>
            <translation>Impossible d’importer ce fichier</translation>
        </message>
        <message>
            <source>Changed on Stripe</source>
            <translation>Modifié dans Stripe</translation>
        </message>
        <message>
            <source>Compared with the version on Stripe now (updated {0}). Only these fields are sent.</source>
            <translation>Comparé à la version actuelle dans Stripe (mise à jour {0}). Seuls ces champs sont envoyés.</translation>
        </message>
        <message>
            <source>Comparing with Stripe…</source>
            <translation>Comparaison avec Stripe…</translation>
        </message>
        <message>
            <source>Copy of {0}</source>
            <translation>Copie de {0}</translation>
        </message>
        <message>
            <source>Copy “{0}” to another account</source>
            <translation>Copier « {0} » vers un autre compte</translation>
        </message>
        <message>
            <source>Create the portal configuration “{0}”</source>
            <translation>Créer la configuration du portail « {0} »</translation>
        </message>
        <message>
            <source>Create “{0}”</source>
            <translation>Créer « {0} »</translation>
        </message>
        <message>
            <source>Created {0} in {1}.</source>
            <translation>{0} créé dans {1}.</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Création…</translation>
        </message>
        <message>
            <source>Deactivate the portal configuration “{0}”</source>
            <translation>Désactiver la configuration du portail « {0} »</translation>
        </message>
        <message>
            <source>Deactivate “{0}”?</source>
            <translation>Désactiver « {0} » ?</translation>
        </message>
        <message>
            <source>Deactivated.</source>
            <translation>Désactivée.</translation>
        </message>
        <message>
            <source>Deactivating…</source>
            <translation>Désactivation…</translation>
        </message>
        <message>
            <source>Empty configuration</source>
            <translation>Configuration vide</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <source>Export portal configurations</source>
            <translation>Exporter les configurations du portail</translation>
        </message>
        <message>
            <source>Import portal configurations</source>
            <translation>Importer des configurations du portail</translation>
        </message>
        <message>
            <source>It changed on Stripe again while you were reviewing; here are both changes.</source>
            <translation>Elle a encore changé dans Stripe pendant votre relecture ; voici les deux modifications.</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Make default</source>
            <translation>Définir par défaut</translation>
        </message>
        <message>
            <source>Make “{0}” the default?</source>
            <translation>Définir « {0} » par défaut ?</translation>
        </message>
        <message>
            <source>New portal sessions can't use an inactive configuration. Customers already in the portal are not affected. You can reactivate it at any time.</source>
            <translation>Les nouvelles sessions du portail ne peuvent pas utiliser une configuration inactive. Les clients déjà dans le portail ne sont pas concernés. Vous pouvez la réactiver à tout moment.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
        <message>
            <source>Nothing to save: Stripe already has this.</source>
            <translation>Rien à enregistrer : Stripe a déjà ceci.</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Actuellement dans Stripe</translation>
        </message>
        <message>
            <source>Reactivate the portal configuration “{0}”</source>
            <translation>Réactiver la configuration du portail « {0} »</translation>
        </message>
        <message>
            <source>Reactivated.</source>
            <translation>Réactivée.</translation>
        </message>
        <message>
            <source>Reactivating…</source>
            <translation>Réactivation…</translation>
        </message>
        <message>
            <source>Review changes to “{0}”</source>
            <translation>Relire les modifications de « {0} »</translation>
        </message>
        <message>
            <source>Saved — Stripe has it now.</source>
            <translation>Enregistré — Stripe l’a maintenant.</translation>
        </message>
        <message>
            <source>Saving is on hold: this configuration changed on Stripe. Your edits are kept; save again to merge.</source>
            <translation>Enregistrement en attente : cette configuration a changé dans Stripe. Vos modifications sont conservées ; enregistrez à nouveau pour fusionner.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Stripe did not accept the change</source>
            <translation>Stripe n’a pas accepté la modification</translation>
        </message>
        <message>
            <source>Stripe's API can't change which configuration is the default: the default is the one the Dashboard edits, “{1}”.

Counterfoil can copy the settings of “{0}” (features, business information, links and login page) onto “{1}”, so portal sessions without a configuration behave like “{0}”. You'll review the change before it is saved.</source>
            <translation>L’API Stripe ne peut pas changer la configuration par défaut : c’est celle que modifie le Dashboard, « {1} ».

Counterfoil peut copier les paramètres de « {0} » (fonctionnalités, informations sur l’entreprise, liens et page de connexion) sur « {1} », pour que les sessions du portail sans configuration se comportent comme « {0} ». Vous relirez la modification avant son enregistrement.</translation>
        </message>
        <message>
            <source>Stripe: {0}</source>
            <translation>Stripe : {0}</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated. Make another one the default first.</source>
            <translation>La configuration par défaut ne peut pas être désactivée. Définissez d’abord une autre configuration par défaut.</translation>
        </message>
        <message>
            <source>The merged configuration has problems to fix before saving.</source>
            <translation>La configuration fusionnée a des problèmes à corriger avant l’enregistrement.</translation>
        </message>
        <message>
            <source>The settings of “{0}” are loaded into the default configuration “{1}”. Review and save to apply them.</source>
            <translation>Les paramètres de « {0} » sont chargés dans la configuration par défaut « {1} ». Relisez et enregistrez pour les appliquer.</translation>
        </message>
        <message>
            <source>The version from {0} is in the editor. Review and save it to make it current; nothing has been sent yet.</source>
            <translation>La version du {0} est dans l’éditeur. Relisez-la et enregistrez-la pour la rendre actuelle ; rien n’a encore été envoyé.</translation>
        </message>
        <message>
            <source>This account has no default configuration yet; Stripe creates it when the customer portal settings are first opened in the Dashboard.</source>
            <translation>Ce compte n’a pas encore de configuration par défaut ; Stripe la crée à la première ouverture des paramètres du portail client dans le Dashboard.</translation>
        </message>
        <message>
            <source>Version restored</source>
            <translation>Version restaurée</translation>
        </message>
    </context>
    <context>
        <name>PortalPreview</name>
        <message>
            <source>Customer portal preview</source>
            <translation>Aperçu du portail client</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Edit product</source>
            <translation>Modifier le produit</translation>
        </message>
        <message>
            <source>Add a product</source>
            <translation>Ajouter un produit</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivé)</translation>
        </message>
        <message>
            <source> (already offered)</source>
            <translation> (déjà proposé)</translation>
        </message>
        <message>
            <source>Tick the prices customers can switch to. Only one price per billing interval and currency is allowed for a product.</source>
            <translation>Cochez les tarifs vers lesquels les clients peuvent passer. Un seul tarif par intervalle de facturation et par devise est autorisé pour un produit.</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Les clients peuvent modifier la quantité</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Tarifs</translation>
        </message>
        <message>
            <source>No products with an active recurring price are synced yet. Create them in Stripe, then sync (F5).</source>
            <translation>Aucun produit avec un tarif récurrent actif n’est encore synchronisé. Créez-les dans Stripe, puis synchronisez (F5).</translation>
        </message>
        <message>
            <source>Customers can't switch to this price: {0}.</source>
            <translation>Les clients ne peuvent pas passer à ce tarif : {0}.</translation>
        </message>
        <message>
            <source>{0} (not in the synced catalogue)</source>
            <translation>{0} (absent du catalogue synchronisé)</translation>
        </message>
    </context>
    <context>
        <name>ProductsEditor</name>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Prices customers can switch to</source>
            <translation>Tarifs vers lesquels les clients peuvent passer</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation>Ajouter un produit…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Move up (the portal lists products in this order)</source>
            <translation>Monter (le portail liste les produits dans cet ordre)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>{0} (not synced)</source>
            <translation>{0} (non synchronisé)</translation>
        </message>
        <message>
            <source>No prices picked</source>
            <translation>Aucun tarif choisi</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} à {1}</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fixe</translation>
        </message>
        <message>
            <source>{0} of {1} products</source>
            <translation>{0} produits sur {1}</translation>
        </message>
    </context>
    <context>
        <name>QChartView</name>
        <message>
            <source>Indefinite</source>
            <translation>Indéfini</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Paused recurring revenue by month collection resumes</source>
            <translation>Revenus récurrents suspendus par mois de reprise de l’encaissement</translation>
        </message>
        <message>
            <source>Chart currency</source>
            <translation>Devise du graphique</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Devise :</translation>
        </message>
        <message>
            <source>Nothing to chart.</source>
            <translation>Rien à représenter.</translation>
        </message>
        <message>
            <source>Paused recurring revenue (resumed by hand, so no month)</source>
            <translation>Revenus récurrents suspendus (reprise manuelle, donc sans mois)</translation>
        </message>
        <message>
            <source>Until resumed</source>
            <translation>Jusqu’à la reprise</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>{0} per month</source>
            <translation>{0} par mois</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Stripe accepts these, but please check they are what you want:</source>
            <translation>Stripe les accepte, mais vérifiez qu’ils correspondent à ce que vous voulez :</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Enregistrer quand même</translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>Nothing was sent. Fix %n problem(s) first; each message is next to its field, and the list on the right takes you there.</source>
            <translation>
                <numerusform>Rien n’a été envoyé. Corrigez d’abord %n problème ; chaque message est à côté de son champ, et la liste à droite vous y mène.</numerusform>
                <numerusform>Rien n’a été envoyé. Corrigez d’abord %n problèmes ; chaque message est à côté de son champ, et la liste à droite vous y mène.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save %n change(s) to the portal configuration “{0}”</source>
            <translation>
                <numerusform>Enregistrer %n modification de la configuration du portail « {0} »</numerusform>
                <numerusform>Enregistrer %n modifications de la configuration du portail « {0} »</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <source>On</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Panels</source>
            <translation>Panneaux</translation>
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
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln abonnement</numerusform>
                <numerusform>%Ln abonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln facture</numerusform>
                <numerusform>%Ln factures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln produit</numerusform>
                <numerusform>%Ln produits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln price(s)</source>
            <translation>
                <numerusform>%Ln tarif</numerusform>
                <numerusform>%Ln tarifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln payment method(s)</source>
            <translation>
                <numerusform>%Ln moyen de paiement</numerusform>
                <numerusform>%Ln moyens de paiement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln portal configuration(s)</source>
            <translation>
                <numerusform>%Ln configuration du portail</numerusform>
                <numerusform>%Ln configurations du portail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected account(s)</source>
            <translation>
                <numerusform>%Ln compte connecté</numerusform>
                <numerusform>%Ln comptes connectés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln événement</numerusform>
                <numerusform>%Ln événements</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Synchroniser maintenant (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop syncing; what was fetched so far is kept</source>
            <translation>Arrêter la synchronisation ; ce qui a déjà été récupéré est conservé</translation>
        </message>
        <message>
            <source>Offline — showing cached data</source>
            <translation>Hors ligne — données en cache</translation>
        </message>
        <message>
            <source>Stripe can't be reached. Counterfoil keeps retrying in the background.</source>
            <translation>Stripe est injoignable. Counterfoil continue de réessayer en arrière-plan.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>Arrêt après cette page…</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n min ago</source>
            <translation>
                <numerusform>Synchronisé il y a %n min</numerusform>
                <numerusform>Synchronisé il y a %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at {0}</source>
            <translation>Synchronisé à {0}</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Synchronisé à l’instant</translation>
        </message>
        <message>
            <source>Synced {0} {1}</source>
            <translation>Synchronisé le {0} à {1}</translation>
        </message>
    </context>
    <context>
        <name>TotalsCard</name>
        <message>
            <source>Totals per currency</source>
            <translation>Totaux par devise</translation>
        </message>
        <message>
            <source>Per month at list prices, before discounts and taxes.</source>
            <translation>Par mois au prix catalogue, avant remises et taxes.</translation>
        </message>
        <message>
            <source>Nothing paused.</source>
            <translation>Rien de suspendu.</translation>
        </message>
        <message>
            <source>1 subscription</source>
            <translation>1 abonnement</translation>
        </message>
        <message>
            <source>{0} subscriptions</source>
            <translation>{0} abonnements</translation>
        </message>
        <message>
            <source>{0} / month</source>
            <translation>{0} / mois</translation>
        </message>
        <message>
            <source>{0} of them have metered items, which are not counted.</source>
            <translation>{0} ont des articles facturés à l’usage, qui ne sont pas comptés.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Counterfoil</source>
            <translation>Bienvenue dans Counterfoil</translation>
        </message>
        <message>
            <source>A calm back office for Stripe Billing: the customer portal, branding, customers, Connect and paused collections. Your data is kept in a local cache, so it is fast and still there when you're offline.</source>
            <translation>Un back-office serein pour Stripe Billing : le portail client, l’image de marque, les clients, Connect et les encaissements suspendus. Vos données sont conservées dans un cache local : tout est rapide et reste disponible hors ligne.</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <source>Explore with sample customers and subscriptions in a sandbox that runs on this computer. Nothing is sent to Stripe and no key is needed.</source>
            <translation>Explorez avec des clients et des abonnements d’exemple dans un environnement de test qui tourne sur cet ordinateur. Rien n’est envoyé à Stripe et aucune clé n’est nécessaire.</translation>
        </message>
        <message>
            <source>Add a Stripe account</source>
            <translation>Ajouter un compte Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…). Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Collez une clé secrète (sk_…) ou une clé restreinte (rk_…). Counterfoil la vérifie auprès de Stripe et la conserve dans le trousseau de votre système, jamais dans un fichier.</translation>
        </message>
    </context>
    <context>
        <name>_IssueButton</name>
        <message>
            <source>Show this field</source>
            <translation>Afficher ce champ</translation>
        </message>
    </context>
    <context>
        <name>branding</name>
        <message>
            <source>Accent</source>
            <translation>Accentuation</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marque</translation>
        </message>
        <message>
            <source>Branding of every account</source>
            <translation>Image de marque de chaque compte</translation>
        </message>
        <message>
            <source>Complete branding</source>
            <translation>Image de marque complète</translation>
        </message>
        <message>
            <source>Destination charges with on_behalf_of: portal sessions are created on your platform with on_behalf_of set to {account}, which brands the portal.</source>
            <translation>Paiements indirects avec on_behalf_of : les sessions du portail sont créées sur votre plateforme avec on_behalf_of défini sur {account}, qui donne son image de marque au portail.</translation>
        </message>
        <message>
            <source>Destination charges: the subscriptions live on your platform and pay out to {account}; portal sessions are created on your platform.</source>
            <translation>Paiements indirects : les abonnements sont sur votre plateforme et reversés à {account} ; les sessions du portail sont créées sur votre plateforme.</translation>
        </message>
        <message>
            <source>Direct charges: the subscriptions live on {account}, and its portal sessions are created with the Stripe-Account header.</source>
            <translation>Paiements directs : les abonnements sont sur {account}, et ses sessions du portail sont créées avec l’en-tête Stripe-Account.</translation>
        </message>
        <message>
            <source>Enter a colour as #RRGGBB, for example #0a2540.</source>
            <translation>Saisissez une couleur au format #RRGGBB, par exemple #0a2540.</translation>
        </message>
        <message>
            <source>Express Dashboard · you control branding</source>
            <translation>Dashboard Express · vous gérez l’image de marque</translation>
        </message>
        <message>
            <source>Full Dashboard · manages its own branding</source>
            <translation>Dashboard complet · gère sa propre image de marque</translation>
        </message>
        <message>
            <source>Icon and both colours set</source>
            <translation>Icône et les deux couleurs définies</translation>
        </message>
        <message>
            <source>No Stripe Dashboard · you control branding</source>
            <translation>Pas de Dashboard Stripe · vous gérez l’image de marque</translation>
        </message>
        <message>
            <source>No current subscriptions with this account in the cache.</source>
            <translation>Aucun abonnement en cours avec ce compte dans le cache.</translation>
        </message>
        <message>
            <source>Stripe accepts JPEG, PNG or GIF images for {purpose}; this file is {found}.</source>
            <translation>Stripe accepte les images JPEG, PNG ou GIF pour {purpose} ; ce fichier est {found}.</translation>
        </message>
        <message>
            <source>The file is empty. Choose an image with content.</source>
            <translation>Le fichier est vide. Choisissez une image avec du contenu.</translation>
        </message>
        <message>
            <source>The file is {size}; Stripe accepts at most 512 KB for files with purpose {purpose}. Export a smaller image (fewer pixels or stronger compression).</source>
            <translation>Le fichier fait {size} ; Stripe accepte au plus 512 Ko pour les fichiers de type {purpose}. Exportez une image plus petite (moins de pixels ou une compression plus forte).</translation>
        </message>
        <message>
            <source>The file's content is {content} but its name ends in .{ext}; Stripe refuses files whose content and extension disagree. Rename it or export it again.</source>
            <translation>Le contenu du fichier est {content} mais son nom se termine par .{ext} ; Stripe refuse les fichiers dont le contenu et l’extension ne concordent pas. Renommez-le ou exportez-le à nouveau.</translation>
        </message>
        <message>
            <source>The icon is not square ({width}×{height}); the portal crops it to a circle.</source>
            <translation>L’icône n’est pas carrée ({width}×{height}) ; le portail la rogne en cercle.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels, below Stripe's minimum of 128×128: upload a larger one.</source>
            <translation>L’icône fait {width}×{height} pixels, sous le minimum de Stripe de 128×128 : importez-en une plus grande.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels: Stripe accepts it, but it can look soft on high-density screens. 512×512 keeps it sharp everywhere.</source>
            <translation>L’icône fait {width}×{height} pixels : Stripe l’accepte, mais elle peut paraître floue sur les écrans haute densité. En 512×512, elle reste nette partout.</translation>
        </message>
        <message>
            <source>The icon must be square; this image is {width}×{height} pixels. Crop it to a square (at least 128×128).</source>
            <translation>L’icône doit être carrée ; cette image fait {width}×{height} pixels. Rognez-la en carré (au moins 128×128).</translation>
        </message>
        <message>
            <source>The image's width and height cannot be read; the file may be damaged.</source>
            <translation>La largeur et la hauteur de l’image sont illisibles ; le fichier est peut-être endommagé.</translation>
        </message>
        <message>
            <source>The logo is very wide ({width}×{height}); it is shrunk to fit and may be hard to read. Prefer a logo at most 6 times as wide as it is tall.</source>
            <translation>Le logo est très large ({width}×{height}) ; il est réduit pour tenir et peut être difficile à lire. Préférez un logo au plus 6 fois plus large que haut.</translation>
        </message>
        <message>
            <source>The logo is {width}×{height} pixels, below Stripe's minimum of 128×128.</source>
            <translation>Le logo fait {width}×{height} pixels, sous le minimum de Stripe de 128×128.</translation>
        </message>
        <message>
            <source>The {kind} must be at least 128×128 pixels; this image is {width}×{height}.</source>
            <translation>{kind} : au moins 128×128 pixels requis ; cette image fait {width}×{height}.</translation>
        </message>
        <message>
            <source>Their branding: {0} subscriptions · yours: {1}</source>
            <translation>Leur image de marque : {0} abonnements · la vôtre : {1}</translation>
        </message>
        <message>
            <source>This is your own account. Stripe's API cannot change its branding: change it in the Stripe Dashboard under Settings → Branding. Edits here are a what-if preview and are not saved to Stripe.</source>
            <translation>C’est votre propre compte. L’API Stripe ne peut pas modifier son image de marque : modifiez-la dans le Dashboard Stripe, sous Paramètres → Image de marque. Les modifications ici sont une simulation et ne sont pas enregistrées dans Stripe.</translation>
        </message>
        <message>
            <source>Your own customers, and customers of destination charges, see this.</source>
            <translation>Vos propres clients, et ceux des paiements indirects, voient ceci.</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Votre plateforme</translation>
        </message>
        <message>
            <source>Your platform controls {account}, so its branding is saved through the Accounts API (settings.branding).</source>
            <translation>Votre plateforme contrôle {account} : son image de marque est donc enregistrée via l’API Accounts (settings.branding).</translation>
        </message>
        <message>
            <source>{account} has full Stripe Dashboard access and manages its own branding (Settings → Branding in its Dashboard); the platform may only change its metadata. Edits here are a what-if preview you can share with them.</source>
            <translation>{account} a un accès complet au Dashboard Stripe et gère sa propre image de marque (Paramètres → Image de marque dans son Dashboard) ; la plateforme ne peut modifier que ses métadonnées. Les modifications ici sont une simulation que vous pouvez lui partager.</translation>
        </message>
        <message>
            <source>“{text}” is not a hex colour: use # and six hex digits (0–9, a–f), for example #0a2540.</source>
            <translation>« {text} » n’est pas une couleur hexadécimale : utilisez # et six chiffres hexadécimaux (0–9, a–f), par exemple #0a2540.</translation>
        </message>
        <message>
            <source>No icon</source>
            <translation>Pas d’icône</translation>
        </message>
        <message>
            <source>No brand colour</source>
            <translation>Pas de couleur de marque</translation>
        </message>
        <message>
            <source>No accent colour</source>
            <translation>Pas de couleur d’accentuation</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{message} (request {request_id})</source>
            <translation>{message} (requête {request_id})</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Another request is changing this object at the same moment. Wait a moment and try again.</source>
            <translation>Une autre requête modifie cet objet au même moment. Patientez un instant, puis réessayez.</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Can't reach Stripe. Check your internet connection (and the API address, if you set one) and try again.</source>
            <translation>Impossible de joindre Stripe. Vérifiez votre connexion Internet (et l’adresse d’API, si vous en avez défini une), puis réessayez.</translation>
        </message>
        <message>
            <source>Can't reach Stripe: {detail}. Check your internet connection and try again.</source>
            <translation>Impossible de joindre Stripe : {detail}. Vérifiez votre connexion Internet, puis réessayez.</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Checkout Sessions</source>
            <translation>Sessions Checkout</translation>
        </message>
        <message>
            <source>Choose what happens to invoices while collection is paused.</source>
            <translation>Choisissez ce qu’il advient des factures pendant la suspension de l’encaissement.</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Coupons</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>Avoirs</translation>
        </message>
        <message>
            <source>Customer portal</source>
            <translation>Portail client</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>File {file} is larger than a branding image can be.</source>
            <translation>Le fichier {file} est plus volumineux que ne peut l’être une image de marque.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
        <message>
            <source>No key was entered. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Aucune clé n’a été saisie. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible (le backend configuré, {backend}, stocke les clés dans un fichier). Installez et déverrouillez GNOME Keyring ou KWallet (Debian/Ubuntu : sudo apt install gnome-keyring), ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible (le backend configuré, {backend}, stocke les clés dans un fichier). Assurez-vous que le Gestionnaire d’identification de Windows est disponible, ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible (le backend configuré, {backend}, stocke les clés dans un fichier). Assurez-vous que le trousseau « session » de macOS est disponible et déverrouillé, ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible. Installez et déverrouillez GNOME Keyring ou KWallet (Debian/Ubuntu : sudo apt install gnome-keyring), ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible. Assurez-vous que le Gestionnaire d’identification de Windows est disponible, ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>Aucun trousseau sécurisé n’est disponible. Assurez-vous que le trousseau « session » de macOS est disponible et déverrouillé, ou définissez {variable} pour une utilisation par script. Counterfoil ne stocke jamais les clés dans un simple fichier.</translation>
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
            <translation>Plans</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Tarifs</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Promotion codes</source>
            <translation>Codes promotionnels</translation>
        </message>
        <message>
            <source>Refusing to send a live-mode key to {address}: live keys only go to Stripe or to this computer. Unset {variable} (or the API address) to use Stripe.</source>
            <translation>Refus d’envoyer une clé du mode production à {address} : les clés de production ne vont qu’à Stripe ou à cet ordinateur. Supprimez {variable} (ou l’adresse d’API) pour utiliser Stripe.</translation>
        </message>
        <message>
            <source>Remove the quotation marks around the key and paste it again.</source>
            <translation>Retirez les guillemets autour de la clé et collez-la à nouveau.</translation>
        </message>
        <message>
            <source>Restricted keys can't be used for this at all; use a secret key (sk_…) for this account instead.</source>
            <translation>Les clés restreintes ne peuvent pas du tout servir à cela ; utilisez plutôt une clé secrète (sk_…) pour ce compte.</translation>
        </message>
        <message>
            <source>SetupIntents</source>
            <translation>SetupIntents</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error_type}: {detail}).</source>
            <translation>Une erreur inattendue s’est produite ({error_type} : {detail}).</translation>
        </message>
        <message>
            <source>Stripe gives no download address for file {file}.</source>
            <translation>Stripe ne fournit aucune adresse de téléchargement pour le fichier {file}.</translation>
        </message>
        <message>
            <source>Stripe is limiting how fast this key may make requests. Counterfoil will slow down; try again in a moment.</source>
            <translation>Stripe limite la fréquence des requêtes de cette clé. Counterfoil va ralentir ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again.</source>
            <translation>Stripe a refusé de répéter une requête précédente, car ses détails ont changé entre-temps. Rechargez, puis réessayez.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again. Stripe said: {stripe_message}</source>
            <translation>Stripe a refusé de répéter une requête précédente, car ses détails ont changé entre-temps. Rechargez, puis réessayez. Stripe a répondu : {stripe_message}</translation>
        </message>
        <message>
            <source>Stripe rejected the request as invalid.</source>
            <translation>Stripe a rejeté la requête comme non valide.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}). Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe a signalé une erreur (HTTP {status}). Réessayez ; si cela continue, consultez status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}): {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe a signalé une erreur (HTTP {status}) : {stripe_message} Réessayez ; si cela continue, consultez status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error. Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe a signalé une erreur. Réessayez ; si cela continue, consultez status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error: {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe a signalé une erreur : {stripe_message} Réessayez ; si cela continue, consultez status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe's answer could not be read (HTTP {status}): it is not a JSON object. Try again; if it keeps happening, check status.stripe.com (and the API address, if you set one).</source>
            <translation>La réponse de Stripe est illisible (HTTP {status}) : ce n’est pas un objet JSON. Réessayez ; si cela continue, consultez status.stripe.com (et vérifiez l’adresse d’API, si vous en avez défini une).</translation>
        </message>
        <message>
            <source>Stripe's answer did not name an account; is the API address right?</source>
            <translation>La réponse de Stripe n’indiquait aucun compte ; l’adresse d’API est-elle correcte ?</translation>
        </message>
        <message>
            <source>Subscription schedules</source>
            <translation>Planifications d’abonnements</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Tax rates</source>
            <translation>Taux de taxe</translation>
        </message>
        <message>
            <source>The API address {address} is not an http(s) URL. Use something like http://127.0.0.1:12111 (or leave it empty to talk to Stripe).</source>
            <translation>L’adresse d’API {address} n’est pas une URL http(s). Utilisez par exemple http://127.0.0.1:12111 (ou laissez-la vide pour communiquer avec Stripe).</translation>
        </message>
        <message>
            <source>The API address {address} must not contain '?' or '#'.</source>
            <translation>L’adresse d’API {address} ne doit contenir ni « ? » ni « # ».</translation>
        </message>
        <message>
            <source>The account list {path} is damaged ({detail}). Repair or delete it and add your accounts again; keys already in the keyring are not affected.</source>
            <translation>La liste des comptes {path} est endommagée ({detail}). Réparez-la ou supprimez-la, puis ajoutez à nouveau vos comptes ; les clés déjà présentes dans le trousseau ne sont pas concernées.</translation>
        </message>
        <message>
            <source>The key contains characters a Stripe key never has; copy it again. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La clé contient des caractères qu’une clé Stripe ne contient jamais ; copiez-la à nouveau. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>The key contains spaces or line breaks, so it was probably copied together with other text. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La clé contient des espaces ou des sauts de ligne ; elle a sans doute été copiée avec d’autre texte. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>The key for '{name}' is missing from the system keyring. Add the account again with a current key.</source>
            <translation>La clé de « {name} » est absente du trousseau du système. Ajoutez à nouveau le compte avec une clé valide.</translation>
        </message>
        <message>
            <source>The resume date must be in the future. Pick a later date, or leave it empty to pause until you resume collection yourself.</source>
            <translation>La date de reprise doit être dans le futur. Choisissez une date ultérieure, ou laissez-la vide pour suspendre jusqu’à ce que vous repreniez vous-même l’encaissement.</translation>
        </message>
        <message>
            <source>The system keyring accepted the key but did not keep it; check that it is unlocked and working.</source>
            <translation>Le trousseau du système a accepté la clé mais ne l’a pas conservée ; vérifiez qu’il est déverrouillé et qu’il fonctionne.</translation>
        </message>
        <message>
            <source>The system keyring failed ({error_type}). Make sure it is running and unlocked, then try again.</source>
            <translation>Le trousseau du système a échoué ({error_type}). Assurez-vous qu’il est lancé et déverrouillé, puis réessayez.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
            <translation>Le trousseau du système est verrouillé. Déverrouillez-le (par exemple en ouvrant votre session de bureau), puis réessayez.</translation>
        </message>
        <message>
            <source>The system keyring refused the request: {detail}. Make sure it is running and unlocked, then try again.</source>
            <translation>Le trousseau du système a refusé la requête : {detail}. Assurez-vous qu’il est lancé et déverrouillé, puis réessayez.</translation>
        </message>
        <message>
            <source>This demo session has ended; start the demo again.</source>
            <translation>Cette session de démo est terminée ; relancez la démo.</translation>
        </message>
        <message>
            <source>This doesn't look like a Stripe API key: keys start with sk_live_, sk_test_, rk_live_ or rk_test_. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Cela ne ressemble pas à une clé API Stripe : les clés commencent par sk_live_, sk_test_, rk_live_ ou rk_test_. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>This is a publishable key (pk_…), which can't read or change billing data; paste a secret key (sk_…) or restricted key (rk_…) instead.</source>
            <translation>Il s’agit d’une clé publiable (pk_…), qui ne peut ni lire ni modifier les données de facturation ; collez plutôt une clé secrète (sk_…) ou une clé restreinte (rk_…).</translation>
        </message>
        <message>
            <source>This is a webhook signing secret (whsec_…), not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Il s’agit d’un secret de signature de webhook (whsec_…), pas d’une clé API. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>This is an account or client id, not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Il s’agit d’un ID de compte ou d’un ID client OAuth, pas d’une clé API. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>This is longer than any Stripe key; it may be several keys pasted together. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>C’est plus long que n’importe quelle clé Stripe ; plusieurs clés ont peut-être été collées ensemble. Collez une clé secrète (sk_…) ou une clé restreinte (rk_…) depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>This key is masked or shortened (it contains * or …). Reveal the key in the Stripe Dashboard → Developers → API keys and copy it whole.</source>
            <translation>Cette clé est masquée ou raccourcie (elle contient * ou …). Affichez la clé dans le Dashboard Stripe → Développeurs → Clés API et copiez-la en entier.</translation>
        </message>
        <message>
            <source>This key is too short; it was probably cut off while copying. Copy it again from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Cette clé est trop courte ; elle a sans doute été tronquée lors de la copie. Copiez-la à nouveau depuis le Dashboard Stripe → Développeurs → Clés API.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that.</source>
            <translation>Cette clé n’est pas autorisée à faire cela.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that: {stripe_message}</source>
            <translation>Cette clé n’est pas autorisée à faire cela : {stripe_message}</translation>
        </message>
        <message>
            <source>This key was rejected by Stripe (revoked or mistyped). Copy a current secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys and add the account again.</source>
            <translation>Stripe a refusé cette clé (révoquée ou mal saisie). Copiez une clé secrète (sk_…) ou une clé restreinte (rk_…) valide depuis le Dashboard Stripe → Développeurs → Clés API, puis ajoutez à nouveau le compte.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{permission}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>Il manque à cette clé restreinte l’autorisation « {permission} » ({permission}). Accordez-la à la clé dans le Dashboard Stripe → Développeurs → Clés API, ou utilisez une clé qui la possède.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{resource}: {access}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>Il manque à cette clé restreinte l’autorisation « {resource} : {access} » ({permission}). Accordez-la à la clé dans le Dashboard Stripe → Développeurs → Clés API, ou utilisez une clé qui la possède.</translation>
        </message>
        <message>
            <source>Webhook endpoints</source>
            <translation>Endpoints de webhook</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lecture</translation>
        </message>
        <message>
            <source>write</source>
            <translation>écriture</translation>
        </message>
    </context>
    <context>
        <name>panels</name>
        <message>
            <source>Portal configuration</source>
            <translation>Configuration du portail</translation>
        </message>
        <message>
            <source>Decide what your customers can do in the Stripe customer portal.</source>
            <translation>Décidez de ce que vos clients peuvent faire dans le portail client Stripe.</translation>
        </message>
        <message>
            <source>List, create and edit customer portal configurations</source>
            <translation>Lister, créer et modifier les configurations du portail client</translation>
        </message>
        <message>
            <source>Choose features: payment methods, cancellations, plan switching, invoice history</source>
            <translation>Choisir les fonctionnalités : moyens de paiement, résiliations, changement d’offre, historique des factures</translation>
        </message>
        <message>
            <source>Set the business headline, privacy policy and terms links</source>
            <translation>Définir le titre de l’entreprise et les liens vers la politique de confidentialité et les conditions</translation>
        </message>
        <message>
            <source>Pick the default configuration and preview the portal for a customer</source>
            <translation>Choisir la configuration par défaut et prévisualiser le portail pour un client</translation>
        </message>
        <message>
            <source>Branding</source>
            <translation>Image de marque</translation>
        </message>
        <message>
            <source>Make the portal, Checkout and invoices look like your business.</source>
            <translation>Donnez au portail, à Checkout et aux factures l’image de votre entreprise.</translation>
        </message>
        <message>
            <source>Upload an icon and a logo</source>
            <translation>Importer une icône et un logo</translation>
        </message>
        <message>
            <source>Set brand and accent colours, with a live preview</source>
            <translation>Définir les couleurs de marque et d’accent, avec un aperçu en direct</translation>
        </message>
        <message>
            <source>Check contrast so buttons stay readable</source>
            <translation>Vérifier le contraste pour que les boutons restent lisibles</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Find any customer instantly, even offline, from the local cache.</source>
            <translation>Trouvez n’importe quel client instantanément, même hors ligne, grâce au cache local.</translation>
        </message>
        <message>
            <source>Search by name, email or id across every synced customer</source>
            <translation>Rechercher par nom, e-mail ou ID parmi tous les clients synchronisés</translation>
        </message>
        <message>
            <source>See subscriptions, invoices and payment methods at a glance</source>
            <translation>Voir d’un coup d’œil abonnements, factures et moyens de paiement</translation>
        </message>
        <message>
            <source>Open a customer portal session for a customer</source>
            <translation>Ouvrir une session du portail client pour un client</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>See your connected accounts and work on their behalf.</source>
            <translation>Consultez vos comptes connectés et agissez pour leur compte.</translation>
        </message>
        <message>
            <source>List connected accounts with their onboarding and payout status</source>
            <translation>Lister les comptes connectés avec leur état d’inscription et de virements</translation>
        </message>
        <message>
            <source>Open an account's portal and branding settings</source>
            <translation>Ouvrir les paramètres du portail et de l’image de marque d’un compte</translation>
        </message>
        <message>
            <source>Paused collections</source>
            <translation>Encaissements suspendus</translation>
        </message>
        <message>
            <source>Keep track of subscriptions whose payment collection is paused.</source>
            <translation>Suivez les abonnements dont l’encaissement des paiements est suspendu.</translation>
        </message>
        <message>
            <source>List paused subscriptions with how they were paused and until when</source>
            <translation>Lister les abonnements suspendus, avec le mode et la durée de la suspension</translation>
        </message>
        <message>
            <source>Pause and resume collection, one at a time or in bulk</source>
            <translation>Suspendre et reprendre l’encaissement, un par un ou en masse</translation>
        </message>
    </context>
    <context>
        <name>paused</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Charge automatically</source>
            <translation>Prélever automatiquement</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incomplet</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incomplet, expiré</translation>
        </message>
        <message>
            <source>Invoices marked uncollectible</source>
            <translation>Factures marquées irrécouvrables</translation>
        </message>
        <message>
            <source>Invoices stay drafts</source>
            <translation>Les factures restent en brouillon</translation>
        </message>
        <message>
            <source>Invoices voided</source>
            <translation>Factures annulées</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Conserver en brouillon</translation>
        </message>
        <message>
            <source>Mark uncollectible</source>
            <translation>Marquer comme irrécouvrable</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Send invoice</source>
            <translation>Envoyer une facture</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately marks it uncollectible: the customer is not charged and no reminders go out. Use this when you don't expect to be paid for the paused periods.</source>
            <translation>Stripe finalise chaque facture et la marque aussitôt irrécouvrable : le client n’est pas débité et aucune relance n’est envoyée. Choisissez cette option si vous ne comptez pas être payé pour les périodes suspendues.</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately voids it: the paused periods are never billed, as if they were free.</source>
            <translation>Stripe finalise chaque facture et l’annule aussitôt : les périodes suspendues ne sont jamais facturées, comme si elles étaient gratuites.</translation>
        </message>
        <message>
            <source>Stripe keeps creating invoices but leaves them as drafts: nothing is sent or charged. When collection resumes you can finalise and collect them.</source>
            <translation>Stripe continue de créer des factures mais les laisse en brouillon : rien n’est envoyé ni débité. Quand l’encaissement reprend, vous pouvez les finaliser et les encaisser.</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En essai</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Irrécouvrable</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impayé</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>mixed intervals</source>
            <translation>intervalles mixtes</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>≈ {0} / month</source>
            <translation>≈ {0} / mois</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>year</source>
            <translation>an</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>Void</source>
            <comment>invoice status</comment>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>portal_config</name>
        <message>
            <source> ({0} to {1})</source>
            <translation> ({0} à {1})</translation>
        </message>
        <message>
            <source> and ask for a reason</source>
            <translation> et demander un motif</translation>
        </message>
        <message>
            <source> with credit for unused time</source>
            <translation> avec crédit pour le temps non utilisé</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non défini)</translation>
        </message>
        <message>
            <source>1 {0}</source>
            <translation>1 {0}</translation>
        </message>
        <message>
            <source>A pause can last at most three years ({0}).</source>
            <translation>Une suspension peut durer au plus trois ans ({0}).</translation>
        </message>
        <message>
            <source>A pause lasts at least 1 {0}.</source>
            <translation>Une suspension dure au moins 1 {0}.</translation>
        </message>
        <message>
            <source>A plan change starts a new billing period</source>
            <translation>Un changement d’offre démarre une nouvelle période de facturation</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Add at least one pause length customers can choose, or let them pause until they resume.</source>
            <translation>Ajoutez au moins une durée de suspension au choix des clients, ou laissez-les suspendre jusqu’à ce qu’ils reprennent.</translation>
        </message>
        <message>
            <source>Ask for a cancellation reason</source>
            <translation>Demander un motif de résiliation</translation>
        </message>
        <message>
            <source>At the end of the billing period</source>
            <translation>À la fin de la période de facturation</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Adresse de facturation</translation>
        </message>
        <message>
            <source>Billing date after a change</source>
            <translation>Date de facturation après un changement</translation>
        </message>
        <message>
            <source>Business information</source>
            <translation>Informations sur l’entreprise</translation>
        </message>
        <message>
            <source>CANNOT MAP</source>
            <translation>IMPOSSIBLE À FAIRE CORRESPONDRE</translation>
        </message>
        <message>
            <source>Can add and change payment methods</source>
            <translation>Peuvent ajouter et modifier des moyens de paiement</translation>
        </message>
        <message>
            <source>Can apply a promotion code when changing plan</source>
            <translation>Peuvent appliquer un code promotionnel en changeant d’offre</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect at the end of the billing period</source>
            <translation>Peuvent résilier ; les résiliations prennent effet à la fin de la période de facturation</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect immediately</source>
            <translation>Peuvent résilier ; les résiliations prennent effet immédiatement</translation>
        </message>
        <message>
            <source>Can change the quantity</source>
            <translation>Peuvent modifier la quantité</translation>
        </message>
        <message>
            <source>Can change the quantity of {0}</source>
            <translation>Peuvent modifier la quantité de {0}</translation>
        </message>
        <message>
            <source>Can pause for {0}</source>
            <translation>Peuvent suspendre pendant {0}</translation>
        </message>
        <message>
            <source>Can pause until they choose to resume</source>
            <translation>Peuvent suspendre jusqu’à ce qu’ils décident de reprendre</translation>
        </message>
        <message>
            <source>Can see and download past invoices</source>
            <translation>Peuvent voir et télécharger les factures passées</translation>
        </message>
        <message>
            <source>Can sign in on their own with a link sent to their email</source>
            <translation>Peuvent se connecter seuls via un lien envoyé à leur e-mail</translation>
        </message>
        <message>
            <source>Can switch between the prices of {0}</source>
            <translation>Peuvent passer d’un tarif de {0} à l’autre</translation>
        </message>
        <message>
            <source>Can switch between {0}</source>
            <translation>Peuvent passer entre {0}</translation>
        </message>
        <message>
            <source>Can update their {0}</source>
            <translation>Peuvent mettre à jour : {0}</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motif de résiliation</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Résiliations</translation>
        </message>
        <message>
            <source>Cancellations are off, so asking for a cancellation reason has no effect. Turn cancellations on, or stop asking for a reason.</source>
            <translation>Les résiliations sont désactivées : demander un motif n’a donc aucun effet. Activez les résiliations ou cessez de demander un motif.</translation>
        </message>
        <message>
            <source>Cannot be mapped:</source>
            <translation>Impossible à faire correspondre :</translation>
        </message>
        <message>
            <source>Cannot cancel in the portal</source>
            <translation>Ne peuvent pas résilier dans le portail</translation>
        </message>
        <message>
            <source>Cannot change payment methods</source>
            <translation>Ne peuvent pas modifier les moyens de paiement</translation>
        </message>
        <message>
            <source>Cannot change the quantity</source>
            <translation>Ne peuvent pas modifier la quantité</translation>
        </message>
        <message>
            <source>Cannot change their name, email or addresses</source>
            <translation>Ne peuvent pas modifier leur nom, e-mail ou adresses</translation>
        </message>
        <message>
            <source>Cannot pause</source>
            <translation>Ne peuvent pas suspendre</translation>
        </message>
        <message>
            <source>Cannot see past invoices</source>
            <translation>Ne peuvent pas voir les factures passées</translation>
        </message>
        <message>
            <source>Cannot switch plans or change quantities</source>
            <translation>Ne peuvent changer ni d’offre ni de quantité</translation>
        </message>
        <message>
            <source>Cannot switch to another plan</source>
            <translation>Ne peuvent pas passer à une autre offre</translation>
        </message>
        <message>
            <source>Changing plan during a trial</source>
            <translation>Changement d’offre pendant un essai</translation>
        </message>
        <message>
            <source>Changing plan during a trial ends the trial</source>
            <translation>Changer d’offre pendant un essai y met fin</translation>
        </message>
        <message>
            <source>Changing plan during a trial keeps the trial</source>
            <translation>Changer d’offre pendant un essai le conserve</translation>
        </message>
        <message>
            <source>Choose what customers can change (plan, quantity or promotion codes), or turn plan changes off.</source>
            <translation>Choisissez ce que les clients peuvent modifier (offre, quantité ou codes promotionnels), ou désactivez les changements d’offre.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Configuration {0} in the file has no settings.</source>
            <translation>La configuration {0} du fichier n’a aucun paramètre.</translation>
        </message>
        <message>
            <source>Configuration “{0}”</source>
            <translation>Configuration « {0} »</translation>
        </message>
        <message>
            <source>Credit and invoice at once (not allowed for cancellations)</source>
            <translation>Créditer et facturer immédiatement (interdit pour les résiliations)</translation>
        </message>
        <message>
            <source>Credit for unused time on cancellation</source>
            <translation>Crédit pour le temps non utilisé à la résiliation</translation>
        </message>
        <message>
            <source>Credit the unused time</source>
            <translation>Créditer le temps non utilisé</translation>
        </message>
        <message>
            <source>Credit the unused time (immediate cancellations only)</source>
            <translation>Créditer le temps non utilisé (résiliations immédiates uniquement)</translation>
        </message>
        <message>
            <source>Custom feedback options</source>
            <translation>Options de commentaires personnalisées</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Informations client</translation>
        </message>
        <message>
            <source>Customer service was less than expected</source>
            <translation>Le service client n’a pas été à la hauteur</translation>
        </message>
        <message>
            <source>Customers can cancel subscriptions</source>
            <translation>Les clients peuvent résilier leurs abonnements</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Les clients peuvent modifier la quantité</translation>
        </message>
        <message>
            <source>Customers can change their plan</source>
            <translation>Les clients peuvent changer d’offre</translation>
        </message>
        <message>
            <source>Customers can choose between at most {0} products; this lists {1}. Remove {2}.</source>
            <translation>Les clients peuvent choisir parmi {0} produits au plus ; il y en a {1} ici. Retirez-en {2}.</translation>
        </message>
        <message>
            <source>Customers can pause subscriptions</source>
            <translation>Les clients peuvent suspendre leurs abonnements</translation>
        </message>
        <message>
            <source>Customers can update payment methods</source>
            <translation>Les clients peuvent mettre à jour leurs moyens de paiement</translation>
        </message>
        <message>
            <source>Customers can update their information</source>
            <translation>Les clients peuvent mettre à jour leurs informations</translation>
        </message>
        <message>
            <source>Customers can update their information, but no item is ticked, so there is nothing they can change. Tick what they may update, or turn this off.</source>
            <translation>Les clients peuvent mettre à jour leurs informations, mais rien n’est coché : ils ne peuvent donc rien modifier. Cochez ce qu’ils peuvent mettre à jour, ou désactivez cette option.</translation>
        </message>
        <message>
            <source>Customers paying in {0} can't switch between products whose prices have different tax behaviour ({1}).</source>
            <translation>Les clients qui paient en {0} ne peuvent pas passer entre des produits dont les tarifs ont des comportements fiscaux différents ({1}).</translation>
        </message>
        <message>
            <source>Customers will be asked why they cancel but offered no reason to pick. Tick at least one reason.</source>
            <translation>On demandera aux clients pourquoi ils résilient, sans leur proposer de motif. Cochez au moins un motif.</translation>
        </message>
        <message>
            <source>Don't prorate</source>
            <translation>Pas de calcul au prorata</translation>
        </message>
        <message>
            <source>Downgrades and shorter billing periods start at the end of the period</source>
            <translation>Les passages à une offre inférieure et à des périodes plus courtes commencent en fin de période</translation>
        </message>
        <message>
            <source>Downgrades start at the end of the period</source>
            <translation>Les passages à une offre inférieure commencent en fin de période</translation>
        </message>
        <message>
            <source>Ease of use was less than expected</source>
            <translation>La facilité d’utilisation n’a pas été à la hauteur</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>End the trial and charge now</source>
            <translation>Mettre fin à l’essai et débiter maintenant</translation>
        </message>
        <message>
            <source>Every metadata entry needs a key.</source>
            <translation>Chaque entrée de métadonnées doit avoir une clé.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Fonctionnalités</translation>
        </message>
        <message>
            <source>For one of the lengths below</source>
            <translation>Pour l’une des durées ci-dessous</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>How long customers can pause</source>
            <translation>Combien de temps les clients peuvent suspendre</translation>
        </message>
        <message>
            <source>I don't use the service enough</source>
            <translation>Je n’utilise pas assez le service</translation>
        </message>
        <message>
            <source>I'm switching to a different service</source>
            <translation>Je passe à un autre service</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Immédiatement</translation>
        </message>
        <message>
            <source>Information customers can update</source>
            <translation>Informations que les clients peuvent mettre à jour</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Historique des factures</translation>
        </message>
        <message>
            <source>It's too expensive</source>
            <translation>C’est trop cher</translation>
        </message>
        <message>
            <source>Keep the current billing date</source>
            <translation>Garder la date de facturation actuelle</translation>
        </message>
        <message>
            <source>Keep the trial going</source>
            <translation>Poursuivre l’essai</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Page de connexion</translation>
        </message>
        <message>
            <source>Login page link</source>
            <translation>Lien de la page de connexion</translation>
        </message>
        <message>
            <source>Manage downgrades</source>
            <translation>Gérer les passages à une offre inférieure</translation>
        </message>
        <message>
            <source>Maximum quantity</source>
            <translation>Quantité maximale</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Métadonnées</translation>
        </message>
        <message>
            <source>Metadata keys can't contain square brackets: “{0}”.</source>
            <translation>Les clés de métadonnées ne peuvent pas contenir de crochets : « {0} ».</translation>
        </message>
        <message>
            <source>Metadata “{0}”</source>
            <translation>Métadonnées « {0} »</translation>
        </message>
        <message>
            <source>Minimum quantity</source>
            <translation>Quantité minimale</translation>
        </message>
        <message>
            <source>Moves to a shorter billing period start at the end of the period</source>
            <translation>Les passages à une période de facturation plus courte commencent en fin de période</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Name (only you see it)</source>
            <translation>Nom (vous seul le voyez)</translation>
        </message>
        <message>
            <source>No credit</source>
            <translation>Pas de crédit</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Nombre d’unités</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Order of the products offered</source>
            <translation>Ordre des produits proposés</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Autre motif</translation>
        </message>
        <message>
            <source>Pause length</source>
            <translation>Durée de suspension</translation>
        </message>
        <message>
            <source>Pause lengths offered</source>
            <translation>Durées de suspension proposées</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Suspension</translation>
        </message>
        <message>
            <source>Payment method configuration</source>
            <translation>Configuration des moyens de paiement</translation>
        </message>
        <message>
            <source>Payment method configuration {0} belongs to the source account; the target account's default payment methods are used instead</source>
            <translation>La configuration de moyens de paiement {0} appartient au compte source ; les moyens de paiement par défaut du compte cible sont utilisés à la place</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Pick a product.</source>
            <translation>Choisissez un produit.</translation>
        </message>
        <message>
            <source>Pick at least one price of {0} for customers to switch to.</source>
            <translation>Choisissez au moins un tarif de {0} vers lequel les clients peuvent passer.</translation>
        </message>
        <message>
            <source>Pick at least one product that customers can switch between, or turn plan changes off.</source>
            <translation>Choisissez au moins un produit entre lesquels les clients peuvent passer, ou désactivez les changements d’offre.</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Changements d’offre</translation>
        </message>
        <message>
            <source>Plan changes are not prorated</source>
            <translation>Les changements d’offre ne sont pas calculés au prorata</translation>
        </message>
        <message>
            <source>Plan changes are off, so the products and options below have no effect (they are kept for when you turn plan changes on).</source>
            <translation>Les changements d’offre sont désactivés : les produits et options ci-dessous n’ont donc aucun effet (ils sont conservés pour quand vous les activerez).</translation>
        </message>
        <message>
            <source>Plan changes are prorated and invoiced at once</source>
            <translation>Les changements d’offre sont calculés au prorata et facturés immédiatement</translation>
        </message>
        <message>
            <source>Plan changes are prorated on the next invoice</source>
            <translation>Les changements d’offre sont calculés au prorata sur la prochaine facture</translation>
        </message>
        <message>
            <source>Plan changes are turned off: none of the products could be mapped</source>
            <translation>Les changements d’offre sont désactivés : aucun produit n’a pu être mis en correspondance</translation>
        </message>
        <message>
            <source>Plan changes take effect immediately</source>
            <translation>Les changements d’offre prennent effet immédiatement</translation>
        </message>
        <message>
            <source>Plan changes › {0}</source>
            <translation>Changements d’offre › {0}</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Tarifs</translation>
        </message>
        <message>
            <source>Privacy policy link</source>
            <translation>Lien vers la politique de confidentialité</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Products and prices offered</source>
            <translation>Produits et tarifs proposés</translation>
        </message>
        <message>
            <source>Prorate and invoice immediately</source>
            <translation>Calculer au prorata et facturer immédiatement</translation>
        </message>
        <message>
            <source>Prorate plan changes</source>
            <translation>Calcul au prorata des changements d’offre</translation>
        </message>
        <message>
            <source>Prorate, charge on the next invoice</source>
            <translation>Calculer au prorata, facturer sur la prochaine facture</translation>
        </message>
        <message>
            <source>Quality was less than expected</source>
            <translation>La qualité n’a pas été à la hauteur</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Reach the portal only through a link from your app</source>
            <translation>N’accèdent au portail que par un lien depuis votre application</translation>
        </message>
        <message>
            <source>Reasons customers can pick</source>
            <translation>Motifs que les clients peuvent choisir</translation>
        </message>
        <message>
            <source>Return link</source>
            <translation>Lien de retour</translation>
        </message>
        <message>
            <source>Return to {0} when they leave</source>
            <translation>Reviennent à {0} en partant</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Adresse de livraison</translation>
        </message>
        <message>
            <source>Show invoice history</source>
            <translation>Afficher l’historique des factures</translation>
        </message>
        <message>
            <source>Some features are missing</source>
            <translation>Il manque certaines fonctionnalités</translation>
        </message>
        <message>
            <source>Start a new billing period on the day of the change</source>
            <translation>Démarrer une nouvelle période de facturation le jour du changement</translation>
        </message>
        <message>
            <source>Stripe does not allow invoicing the credit at once when a customer cancels (“always_invoice”). Choose “{0}” or “{1}”.</source>
            <translation>Stripe ne permet pas de facturer le crédit immédiatement lors d’une résiliation (« always_invoice »). Choisissez « {0} » ou « {1} ».</translation>
        </message>
        <message>
            <source>Stripe keeps at most {0} metadata entries; this has {1}.</source>
            <translation>Stripe conserve au plus {0} entrées de métadonnées ; il y en a {1} ici.</translation>
        </message>
        <message>
            <source>Switch plan</source>
            <translation>Changer d’offre</translation>
        </message>
        <message>
            <source>Tax IDs</source>
            <translation>Numéros fiscaux</translation>
        </message>
        <message>
            <source>Terms of service link</source>
            <translation>Lien vers les conditions d’utilisation</translation>
        </message>
        <message>
            <source>The export lists no configurations.</source>
            <translation>L’export ne contient aucune configuration.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {0}</source>
            <translation>Le fichier n’est pas un JSON valide : {0}</translation>
        </message>
        <message>
            <source>The maximum quantity must be at least 1 and not below the minimum.</source>
            <translation>La quantité maximale doit être d’au moins 1 et pas inférieure à la minimale.</translation>
        </message>
        <message>
            <source>The metadata key “{0}” is longer than {1} characters.</source>
            <translation>La clé de métadonnées « {0} » dépasse {1} caractères.</translation>
        </message>
        <message>
            <source>The minimum quantity can't be below 0.</source>
            <translation>La quantité minimale ne peut pas être inférieure à 0.</translation>
        </message>
        <message>
            <source>The price {0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>Le tarif {0} n’est pas dans le catalogue synchronisé de ce compte. Synchronisez, ou laissez Stripe le vérifier à l’enregistrement.</translation>
        </message>
        <message>
            <source>The value of “{0}” is longer than {1} characters.</source>
            <translation>La valeur de « {0} » dépasse {1} caractères.</translation>
        </message>
        <message>
            <source>This doesn't look like a payment method configuration ID (those start with pmc_); Stripe will refuse it if it doesn't exist. Leave it empty to use your default payment methods.</source>
            <translation>Cela ne ressemble pas à un ID de configuration de moyens de paiement (ils commencent par pmc_) ; Stripe le refusera s’il n’existe pas. Laissez vide pour utiliser vos moyens de paiement par défaut.</translation>
        </message>
        <message>
            <source>This export was made by a newer Counterfoil (format version {0}).</source>
            <translation>Cet export provient d’un Counterfoil plus récent (version de format {0}).</translation>
        </message>
        <message>
            <source>This is not a complete web address. Write the full link, starting with https:// (for example https://example.com/terms).</source>
            <translation>Ce n’est pas une adresse web complète. Saisissez le lien entier, commençant par https:// (par exemple https://example.com/terms).</translation>
        </message>
        <message>
            <source>This is not a portal configuration export from Counterfoil.</source>
            <translation>Ce n’est pas un export de configurations du portail de Counterfoil.</translation>
        </message>
        <message>
            <source>This link starts with http://. Use https:// so customers' browsers don't warn them that the page is not secure.</source>
            <translation>Ce lien commence par http://. Utilisez https:// pour que les navigateurs des clients ne signalent pas une page non sécurisée.</translation>
        </message>
        <message>
            <source>This pause length is offered twice.</source>
            <translation>Cette durée de suspension est proposée deux fois.</translation>
        </message>
        <message>
            <source>This price is listed twice.</source>
            <translation>Ce tarif est listé deux fois.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Until they resume</source>
            <translation>Jusqu’à ce qu’ils reprennent</translation>
        </message>
        <message>
            <source>Unused time can only be credited when cancellations take effect immediately; at the end of the period there is no unused time. Choose “Immediately” above, or “No credit”.</source>
            <translation>Le temps non utilisé ne peut être crédité que si les résiliations prennent effet immédiatement ; en fin de période, il n’y a pas de temps non utilisé. Choisissez « Immédiatement » ci-dessus, ou « Pas de crédit ».</translation>
        </message>
        <message>
            <source>Update quantities</source>
            <translation>Modifier les quantités</translation>
        </message>
        <message>
            <source>Updating customer information is off, so the items ticked below have no effect. Turn it on to let customers change them.</source>
            <translation>La mise à jour des informations client est désactivée : les éléments cochés ci-dessous n’ont donc aucun effet. Activez-la pour que les clients puissent les modifier.</translation>
        </message>
        <message>
            <source>Updating payment methods is off, so the payment method configuration has no effect. Turn it on, or clear the configuration.</source>
            <translation>La mise à jour des moyens de paiement est désactivée : la configuration de moyens de paiement n’a donc aucun effet. Activez-la ou effacez la configuration.</translation>
        </message>
        <message>
            <source>Use promotion codes</source>
            <translation>Utiliser des codes promotionnels</translation>
        </message>
        <message>
            <source>Wait until the end of the period when</source>
            <translation>Attendre la fin de la période lorsque</translation>
        </message>
        <message>
            <source>What customers can change</source>
            <translation>Ce que les clients peuvent modifier</translation>
        </message>
        <message>
            <source>When a cancellation takes effect</source>
            <translation>Quand une résiliation prend effet</translation>
        </message>
        <message>
            <source>custom amount</source>
            <translation>montant personnalisé</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>quotidien</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>every {0}</source>
            <translation>tous les {0}</translation>
        </message>
        <message>
            <source>fixed quantity</source>
            <translation>quantité fixe</translation>
        </message>
        <message>
            <source>lookup key</source>
            <translation>clé de recherche</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensuel</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>name, amount, period and currency</source>
            <translation>nom, montant, période et devise</translation>
        </message>
        <message>
            <source>no price with this lookup key, or this product name, amount, period and currency, in the target account</source>
            <translation>aucun tarif avec cette clé de recherche, ou avec ce nom de produit, montant, période et devise, dans le compte cible</translation>
        </message>
        <message>
            <source>no prices</source>
            <translation>aucun tarif</translation>
        </message>
        <message>
            <source>offers no products (nothing to map)</source>
            <translation>ne propose aucun produit (rien à faire correspondre)</translation>
        </message>
        <message>
            <source>one time</source>
            <translation>unique</translation>
        </message>
        <message>
            <source>quantity {0}–{1}</source>
            <translation>quantité {0}–{1}</translation>
        </message>
        <message>
            <source>tax added</source>
            <translation>taxes en sus</translation>
        </message>
        <message>
            <source>tax behaviour not set</source>
            <translation>comportement fiscal non défini</translation>
        </message>
        <message>
            <source>tax included</source>
            <translation>taxes incluses</translation>
        </message>
        <message>
            <source>the billing period gets shorter</source>
            <translation>la période de facturation raccourcit</translation>
        </message>
        <message>
            <source>the export has no details of this price</source>
            <translation>l’export n’a aucun détail sur ce tarif</translation>
        </message>
        <message>
            <source>the plan gets cheaper (downgrade)</source>
            <translation>l’offre devient moins chère (offre inférieure)</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>hebdomadaire</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>year</source>
            <translation>an</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>annuel</translation>
        </message>
        <message>
            <source>years</source>
            <translation>ans</translation>
        </message>
        <message>
            <source>{0} ({1}): none of its prices could be mapped, so it is left out</source>
            <translation>{0} ({1}) : aucun de ses tarifs n’a pu être mis en correspondance, il est donc écarté</translation>
        </message>
        <message>
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} et {1}</translation>
        </message>
        <message>
            <source>{0} every {1}</source>
            <translation>{0} tous les {1}</translation>
        </message>
        <message>
            <source>{0} has no tax behaviour set (“unspecified”). Stripe doesn't let customers switch to or from such a price. Set it to inclusive or exclusive in Stripe.</source>
            <translation>{0} n’a pas de comportement fiscal défini (« unspecified »). Stripe ne permet pas aux clients de passer vers ou depuis un tel tarif. Définissez-le sur inclusive ou exclusive dans Stripe.</translation>
        </message>
        <message>
            <source>{0} has prices with different tax behaviour ({1}). Customers can only switch to a price with the same tax behaviour as their current one.</source>
            <translation>{0} a des tarifs aux comportements fiscaux différents ({1}). Les clients ne peuvent passer qu’à un tarif ayant le même comportement fiscal que l’actuel.</translation>
        </message>
        <message>
            <source>{0} has two prices billed by the {1} in {2}: {3} and {4}. The portal allows one price per billing interval and currency for each product; remove one, or offer it as a separate product.</source>
            <translation>{0} a deux tarifs facturés par {1} en {2} : {3} et {4}. Le portail autorise un tarif par intervalle de facturation et par devise pour chaque produit ; retirez-en un, ou proposez-le comme produit distinct.</translation>
        </message>
        <message>
            <source>{0} is a one-time price. Customers can only switch to prices that renew (monthly, yearly…).</source>
            <translation>{0} est un tarif unique. Les clients ne peuvent passer qu’à des tarifs qui se renouvellent (mensuels, annuels…).</translation>
        </message>
        <message>
            <source>{0} is a price of {1}, not of {2}. Move it to its own product.</source>
            <translation>{0} est un tarif de {1}, pas de {2}. Déplacez-le vers son propre produit.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe, so customers can't switch to it. Remove it, or reactivate the product in Stripe first.</source>
            <translation>{0} est archivé dans Stripe : les clients ne peuvent donc pas y passer. Retirez-le, ou réactivez d’abord le produit dans Stripe.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe. Only active prices can be offered; remove it or reactivate it in Stripe.</source>
            <translation>{0} est archivé dans Stripe. Seuls les tarifs actifs peuvent être proposés ; retirez-le ou réactivez-le dans Stripe.</translation>
        </message>
        <message>
            <source>{0} is listed twice. List each product once, with all the prices customers can pick.</source>
            <translation>{0} est listé deux fois. Listez chaque produit une seule fois, avec tous les tarifs que les clients peuvent choisir.</translation>
        </message>
        <message>
            <source>{0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>{0} n’est pas dans le catalogue synchronisé de ce compte. Synchronisez, ou laissez Stripe le vérifier à l’enregistrement.</translation>
        </message>
        <message>
            <source>{0} is usage-based. Customers on a usage-based price can only cancel in the portal, not change plan.</source>
            <translation>{0} est facturé à l’usage. Les clients avec un tarif à l’usage peuvent seulement résilier dans le portail, pas changer d’offre.</translation>
        </message>
        <message>
            <source>{0} one time</source>
            <translation>{0} unique</translation>
        </message>
        <message>
            <source>{0} or {1}</source>
            <translation>{0} ou {1}</translation>
        </message>
        <message>
            <source>{0} prices of the target account match; make its lookup key unique</source>
            <translation>{0} tarifs du compte cible correspondent ; rendez sa clé de recherche unique</translation>
        </message>
        <message>
            <source>{0}: price {1} ({2}) — {3}</source>
            <translation>{0} : tarif {1} ({2}) — {3}</translation>
        </message>
        <message>
            <source>{0}: price {1} maps to a different product ({2}) than the others ({3}), so it is left out</source>
            <translation>{0} : le tarif {1} correspond à un autre produit ({2}) que les autres ({3}), il est donc écarté</translation>
        </message>
        <message>
            <source>“Update quantities” is not ticked for plan changes, so customers can't change the quantity of {0}.</source>
            <translation>« Modifier les quantités » n’est pas coché pour les changements d’offre : les clients ne peuvent donc pas modifier la quantité de {0}.</translation>
        </message>
        <message>
            <source>“{0}” has no value, so Stripe will not keep it. Give it a value, or remove the entry.</source>
            <translation>« {0} » n’a pas de valeur : Stripe ne la conservera pas. Donnez-lui une valeur ou supprimez l’entrée.</translation>
        </message>
        <message>
            <source>“{0}” is not a value Stripe accepts for “{1}”. Choose one of: {2}.</source>
            <translation>« {0} » n’est pas une valeur que Stripe accepte pour « {1} ». Choisissez parmi : {2}.</translation>
        </message>
    </context>
</TS>
