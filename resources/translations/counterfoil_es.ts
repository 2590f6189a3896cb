<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AccessibilityBox</name>
        <message>
            <source>Accessibility (WCAG 2.1)</source>
            <translation>Accesibilidad (WCAG 2.1)</translation>
        </message>
        <message>
            <source>AA asks for 4.5:1 for normal text. Stripe does not check this.</source>
            <translation>AA exige 4,5:1 para el texto normal. Stripe no lo comprueba.</translation>
        </message>
        <message>
            <source>Button text on the brand colour</source>
            <translation>Texto de botón sobre el color de marca</translation>
        </message>
        <message>
            <source>Links in the accent colour, on white</source>
            <translation>Enlaces en el color de énfasis, sobre blanco</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>Choose an account…</source>
            <translation>Elige una cuenta…</translation>
        </message>
        <message>
            <source>Stripe account</source>
            <translation>Cuenta de Stripe</translation>
        </message>
        <message>
            <source>Switch Stripe account</source>
            <translation>Cambiar de cuenta de Stripe</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Account actions</source>
            <translation>Acciones de la cuenta</translation>
        </message>
        <message>
            <source>Add Stripe account…</source>
            <translation>Añadir cuenta de Stripe…</translation>
        </message>
        <message>
            <source>Remove this profile…</source>
            <translation>Eliminar este perfil…</translation>
        </message>
        <message>
            <source>Demo (sandbox)</source>
            <translation>Demo (entorno de prueba)</translation>
        </message>
    </context>
    <context>
        <name>AccountView</name>
        <message>
            <source>New subscription…</source>
            <translation>Nueva suscripción…</translation>
        </message>
        <message>
            <source>Create a direct or destination subscription (Ctrl+N)</source>
            <translation>Crear una suscripción directa o a un destino (Ctrl+N)</translation>
        </message>
        <message>
            <source>Bill this account…</source>
            <translation>Facturar a esta cuenta…</translation>
        </message>
        <message>
            <source>Subscribe the customer that represents this account (Ctrl+B)</source>
            <translation>Suscribir al cliente que representa esta cuenta (Ctrl+B)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Finalizada</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Change fee…</source>
            <translation>Cambiar comisión…</translation>
        </message>
        <message>
            <source>Cancel subscription…</source>
            <translation>Cancelar suscripción…</translation>
        </message>
        <message>
            <source>Fee on latest invoice…</source>
            <translation>Comisión en la última factura…</translation>
        </message>
        <message>
            <source>No Connect or subscription events for this account in the local cache yet. Counterfoil records events as it syncs; load earlier ones from Stripe.</source>
            <translation>Aún no hay eventos de Connect ni de suscripciones de esta cuenta en la caché local. Counterfoil registra los eventos al sincronizar; carga los anteriores desde Stripe.</translation>
        </message>
        <message>
            <source>Load the last 30 days from Stripe</source>
            <translation>Cargar los últimos 30 días desde Stripe</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Suscripciones</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>No se pudo leer la caché local: {0}</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>Ninguna cuenta seleccionada</translation>
        </message>
        <message>
            <source>Select an account to see its subscriptions.</source>
            <translation>Selecciona una cuenta para ver sus suscripciones.</translation>
        </message>
        <message>
            <source>Dashboard: {0}</source>
            <translation>Dashboard: {0}</translation>
        </message>
        <message>
            <source>All kinds ({0})</source>
            <translation>Todos los tipos ({0})</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>{0} has no subscriptions of this kind in the local cache.</source>
            <translation>{0} no tiene suscripciones de este tipo en la caché local.</translation>
        </message>
        <message>
            <source>Select a subscription to see what you can do with it.</source>
            <translation>Selecciona una suscripción para ver qué puedes hacer con ella.</translation>
        </message>
        <message>
            <source>transfers to {0}</source>
            <translation>transfiere a {0}</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>no on_behalf_of</source>
            <translation>sin on_behalf_of</translation>
        </message>
        <message>
            <source>on the account (Stripe-Account)</source>
            <translation>en la cuenta (Stripe-Account)</translation>
        </message>
        <message>
            <source>customer {0} represents the account</source>
            <translation>el cliente {0} representa la cuenta</translation>
        </message>
        <message>
            <source>Loading events from Stripe…</source>
            <translation>Cargando eventos desde Stripe…</translation>
        </message>
        <message>
            <source>Read {0} events from Stripe; {1} were new.</source>
            <translation>Se leyeron {0} eventos de Stripe; {1} eran nuevos.</translation>
        </message>
        <message>
            <source>The account itself refused access (disconnected).</source>
            <translation>La propia cuenta rechazó el acceso (desconectada).</translation>
        </message>
        <message>
            <source>Stopped at the newest 1,000 per account.</source>
            <translation>Se detuvo en los 1.000 más recientes por cuenta.</translation>
        </message>
        <message>
            <source>Could not load events</source>
            <translation>No se pudieron cargar los eventos</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add Stripe account</source>
            <translation>Añadir cuenta de Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard → Developers → API keys. Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API. Counterfoil la comprueba con Stripe y la guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <source>Stripe API key</source>
            <translation>Clave de API de Stripe</translation>
        </message>
        <message>
            <source>Show key</source>
            <translation>Mostrar clave</translation>
        </message>
        <message>
            <source>Optional — defaults to the name in Stripe</source>
            <translation>Opcional: por defecto, el nombre en Stripe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <source>Use another API address (sandbox, stripe-mock)</source>
            <translation>Usar otra dirección de API (entorno de prueba, stripe-mock)</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Añadir cuenta</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>Clave secreta</translation>
        </message>
        <message>
            <source>Restricted key</source>
            <translation>Clave restringida</translation>
        </message>
        <message>
            <source>live mode: real customers and real money</source>
            <translation>modo activo: clientes reales y dinero real</translation>
        </message>
        <message>
            <source>test mode</source>
            <translation>modo de prueba</translation>
        </message>
        <message>
            <source>Hide key</source>
            <translation>Ocultar clave</translation>
        </message>
        <message>
            <source>Checking the key with Stripe…</source>
            <translation>Comprobando la clave con Stripe…</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>There is no profile {0}.</source>
            <translation>No existe el perfil {0}.</translation>
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
            <translation>Suscripción</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Pausing collection</source>
            <translation>Pausando el cobro</translation>
        </message>
        <message>
            <source>Resuming collection</source>
            <translation>Reanudando el cobro</translation>
        </message>
        <message>
            <source>until {0}</source>
            <translation>hasta el {0}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop after the subscription being sent; what was done stays done.</source>
            <translation>Detener tras la suscripción que se está enviando; lo hecho, hecho está.</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Reintentar las fallidas</translation>
        </message>
        <message>
            <source>Copy results</source>
            <translation>Copiar resultados</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>No account is open; nothing was sent.</source>
            <translation>No hay ninguna cuenta abierta; no se envió nada.</translation>
        </message>
        <message>
            <source>Sending… {0} of {1}</source>
            <translation>Enviando… {0} de {1}</translation>
        </message>
        <message>
            <source>Stopping after the current subscription…</source>
            <translation>Deteniendo tras la suscripción actual…</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reanudado</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitida</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Not attempted</source>
            <translation>No intentado</translation>
        </message>
        <message>
            <source>(request {0})</source>
            <translation>(solicitud {0})</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausadas</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>reanudadas</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} skipped</source>
            <translation>{0} omitidas</translation>
        </message>
        <message>
            <source>{0} failed</source>
            <translation>{0} con error</translation>
        </message>
        <message>
            <source>{0} not attempted</source>
            <translation>{0} no intentadas</translation>
        </message>
        <message>
            <source>The batch stopped</source>
            <translation>El lote se detuvo</translation>
        </message>
    </context>
    <context>
        <name>BillAccountDialog</name>
        <message>
            <source>Bill {0}</source>
            <translation>Facturar a {0}</translation>
        </message>
        <message>
            <source>Your platform bills the business itself. One platform customer represents {0}, linked through its metadata (connected_account = {1}): one per business, never one per owner or manager.</source>
            <translation>Tu plataforma factura a la propia empresa. Un cliente de la plataforma representa a {0}, vinculado mediante sus metadatos (connected_account = {1}): uno por empresa, nunca uno por propietario o responsable.</translation>
        </message>
        <message>
            <source>Platform price</source>
            <translation>Precio de la plataforma</translation>
        </message>
        <message>
            <source>Your platform has no active recurring price yet. Create one, then sync.</source>
            <translation>Tu plataforma aún no tiene ningún precio recurrente activo. Crea uno y luego sincroniza.</translation>
        </message>
        <message>
            <source>Subscribe {0}</source>
            <translation>Suscribir a {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{0} ({1}) represents {2} on your platform and will be reused.</source>
            <translation>{0} ({1}) representa a {2} en tu plataforma y se reutilizará.</translation>
        </message>
        <message>
            <source>Other customers also claim to represent it: {0}.</source>
            <translation>Otros clientes también dicen representarla: {0}.</translation>
        </message>
        <message>
            <source>No platform customer represents {0} yet. Counterfoil will look it up on Stripe and, if there is none, create one for the business ({1}).</source>
            <translation>Aún no hay ningún cliente de la plataforma que represente a {0}. Counterfoil lo buscará en Stripe y, si no lo hay, creará uno para la empresa ({1}).</translation>
        </message>
        <message>
            <source>already bills other accounts</source>
            <translation>ya factura a otras cuentas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Bill {0} (subscribe its platform customer)</source>
            <translation>Facturar a {0} (suscribir a su cliente de la plataforma)</translation>
        </message>
        <message>
            <source>on your platform, billing {0}</source>
            <translation>en tu plataforma, facturando a {0}</translation>
        </message>
        <message>
            <source>Reused {0}, the customer that represents {1}.</source>
            <translation>Se reutilizó {0}, el cliente que representa a {1}.</translation>
        </message>
        <message>
            <source>Reused {0}, found on Stripe as the customer representing {1}.</source>
            <translation>Se reutilizó {0}, encontrado en Stripe como el cliente que representa a {1}.</translation>
        </message>
        <message>
            <source>Created {0} to represent {1}.</source>
            <translation>Se creó {0} para representar a {1}.</translation>
        </message>
        <message>
            <source>The account was not billed</source>
            <translation>No se facturó a la cuenta</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
    </context>
    <context>
        <name>BrandingEditor</name>
        <message>
            <source>&amp;Brand colour</source>
            <translation>Color de &amp;marca</translation>
        </message>
        <message>
            <source>Acc&amp;ent colour</source>
            <translation>Color de &amp;énfasis</translation>
        </message>
        <message>
            <source>Icon</source>
            <translation>Icono</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>Save to Stripe</source>
            <translation>Guardar en Stripe</translation>
        </message>
        <message>
            <source>Upload new images and save the branding (Ctrl+S)</source>
            <translation>Subir las imágenes nuevas y guardar la imagen de marca (Ctrl+S)</translation>
        </message>
        <message>
            <source>Saved via API</source>
            <translation>Guardado mediante la API</translation>
        </message>
        <message>
            <source>What-if</source>
            <translation>Simulación</translation>
        </message>
    </context>
    <context>
        <name>BrandingPanel</name>
        <message>
            <source>Branding</source>
            <translation>Imagen de marca</translation>
        </message>
        <message>
            <source>See the hosted customer portal as your customers will — every account, every language — and change colours, icon and logo before they see them.</source>
            <translation>Ve el portal de clientes alojado como lo verán tus clientes (cada cuenta, cada idioma) y cambia colores, icono y logotipo antes de que ellos los vean.</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <source>Save the preview as a PNG image (Ctrl+E)</source>
            <translation>Guardar la vista previa como imagen PNG (Ctrl+E)</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Portal preview</source>
            <translation>Vista previa del portal</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Cargos directos</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Cargos a un destino</translation>
        </message>
        <message>
            <source>Destination + on_behalf_of</source>
            <translation>A un destino + on_behalf_of</translation>
        </message>
        <message>
            <source>{0} — API locale “{1}”</source>
            <translation>{0} — configuración regional de la API «{1}»</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Cuenta</translation>
        </message>
        <message>
            <source>C&amp;harges</source>
            <translation>C&amp;argos</translation>
        </message>
        <message>
            <source>&amp;Configuration</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Open a Stripe account to preview its portal.</source>
            <translation>Abre una cuenta de Stripe para previsualizar su portal.</translation>
        </message>
        <message>
            <source>Every account's portal as its direct-charge customers see it. Flags show a missing icon or colour; press Enter or double-click a card to open it.</source>
            <translation>El portal de cada cuenta tal como lo ven sus clientes de cargos directos. Los indicadores señalan un icono o color que falta; pulsa Intro o haz doble clic en una tarjeta para abrirla.</translation>
        </message>
        <message>
            <source>No connected accounts in the local cache yet; they appear after a sync.</source>
            <translation>Aún no hay cuentas conectadas en la caché local; aparecerán tras una sincronización.</translation>
        </message>
        <message>
            <source>Loading the portal's branding…</source>
            <translation>Cargando la imagen de marca del portal…</translation>
        </message>
        <message>
            <source>Your account's branding could not be loaded from Stripe</source>
            <translation>No se pudo cargar de Stripe la imagen de marca de tu cuenta</translation>
        </message>
        <message>
            <source>The branding could not be loaded</source>
            <translation>No se pudo cargar la imagen de marca</translation>
        </message>
        <message>
            <source>Nothing to preview: the accounts could not be loaded.</source>
            <translation>Nada que previsualizar: no se pudieron cargar las cuentas.</translation>
        </message>
        <message>
            <source>{0} (platform)</source>
            <translation>{0} (plataforma)</translation>
        </message>
        <message>
            <source>Unsaved branding changes</source>
            <translation>Cambios de imagen de marca sin guardar</translation>
        </message>
        <message>
            <source>Stripe's defaults (no configuration yet)</source>
            <translation>Valores predeterminados de Stripe (aún sin configuración)</translation>
        </message>
        <message>
            <source>{0} · default</source>
            <translation>{0} · predeterminada</translation>
        </message>
        <message>
            <source>{0} · inactive</source>
            <translation>{0} · inactiva</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>tu plataforma</translation>
        </message>
        <message>
            <source>Your platform's own customers see &lt;b&gt;{0}&lt;/b&gt;'s branding and the platform's portal configurations.</source>
            <translation>Los clientes propios de tu plataforma ven la imagen de marca de &lt;b&gt;{0}&lt;/b&gt; y las configuraciones del portal de la plataforma.</translation>
        </message>
        <message>
            <source>Pick a connected account to see whose branding its customers get.</source>
            <translation>Elige una cuenta conectada para ver qué imagen de marca ven sus clientes.</translation>
        </message>
        <message>
            <source>Customers see &lt;b&gt;{0}&lt;/b&gt;'s branding with &lt;b&gt;{1}&lt;/b&gt;'s portal configuration.</source>
            <translation>Los clientes ven la imagen de marca de &lt;b&gt;{0}&lt;/b&gt; con la configuración del portal de &lt;b&gt;{1}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Your cached data has no current subscriptions with {0}.</source>
            <translation>Tus datos en caché no tienen suscripciones actuales con {0}.</translation>
        </message>
        <message>
            <source>Your cached subscriptions with {0}: {1} direct, {2} destination, {3} destination + on_behalf_of.</source>
            <translation>Tus suscripciones en caché con {0}: {1} directos, {2} a un destino, {3} a un destino + on_behalf_of.</translation>
        </message>
        <message>
            <source>Branding of {0}</source>
            <translation>Imagen de marca de {0}</translation>
        </message>
        <message>
            <source>Open Settings → Branding</source>
            <translation>Abrir Configuración → Imagen de marca</translation>
        </message>
        <message>
            <source>Buttons. Empty: Stripe's default {0}.</source>
            <translation>Botones. Vacío: el valor predeterminado de Stripe, {0}.</translation>
        </message>
        <message>
            <source>Buttons. Saved: {0}.</source>
            <translation>Botones. Guardado: {0}.</translation>
        </message>
        <message>
            <source>Links. Empty: the brand colour.</source>
            <translation>Enlaces. Vacío: el color de marca.</translation>
        </message>
        <message>
            <source>Links. Saved: {0}.</source>
            <translation>Enlaces. Guardado: {0}.</translation>
        </message>
        <message>
            <source>Unsaved changes (since {0}). They are kept until you save or discard them.</source>
            <translation>Cambios sin guardar (desde {0}). Se conservan hasta que los guardes o descartes.</translation>
        </message>
        <message>
            <source>What-if changes (since {0}), kept on this computer only.</source>
            <translation>Cambios de simulación (desde {0}), guardados solo en este ordenador.</translation>
        </message>
        <message>
            <source>Fix the highlighted colour to save.</source>
            <translation>Corrige el color resaltado para guardar.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>Cambios aún no guardados.</translation>
        </message>
        <message>
            <source>What-if only: nothing here is sent to Stripe.</source>
            <translation>Solo simulación: no se envía nada a Stripe.</translation>
        </message>
        <message>
            <source>Matches what Stripe has.</source>
            <translation>Coincide con lo que tiene Stripe.</translation>
        </message>
        <message>
            <source>{0}×{1} {2}, {3} KB — new, not uploaded yet</source>
            <translation>{0}×{1} {2}, {3} KB: nuevo, aún no subido</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>{0}×{1}, on Stripe</source>
            <translation>{0}×{1}, en Stripe</translation>
        </message>
        <message>
            <source>Could not download {0}: {1}</source>
            <translation>No se pudo descargar {0}: {1}</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Descargando {0}…</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>No se pudo leer el archivo: {0}</translation>
        </message>
        <message>
            <source>Unsaved changes could not be written to disk: {0}</source>
            <translation>No se pudieron escribir en disco los cambios sin guardar: {0}</translation>
        </message>
        <message>
            <source>Change the branding of {0} ({1})</source>
            <translation>Cambiar la imagen de marca de {0} ({1})</translation>
        </message>
        <message>
            <source>Fields: {0}</source>
            <translation>Campos: {0}</translation>
        </message>
        <message>
            <source>The new {0} is no longer on this computer; choose it again.</source>
            <translation>El nuevo {0} ya no está en este ordenador; vuelve a elegirlo.</translation>
        </message>
        <message>
            <source>Uploading the icon…</source>
            <translation>Subiendo el icono…</translation>
        </message>
        <message>
            <source>Uploading the logo…</source>
            <translation>Subiendo el logotipo…</translation>
        </message>
        <message>
            <source>Saving the branding…</source>
            <translation>Guardando la imagen de marca…</translation>
        </message>
        <message>
            <source>Saved to Stripe at {0}.</source>
            <translation>Guardado en Stripe a las {0}.</translation>
        </message>
        <message>
            <source>Saving failed; your changes are kept</source>
            <translation>No se pudo guardar; tus cambios se conservan</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Export the preview</source>
            <translation>Exportar la vista previa</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exportado a {0}</translation>
        </message>
        <message>
            <source>The preview could not be exported</source>
            <translation>No se pudo exportar la vista previa</translation>
        </message>
    </context>
    <context>
        <name>CacheProblemPage</name>
        <message>
            <source>This account's local data is damaged</source>
            <translation>Los datos locales de esta cuenta están dañados</translation>
        </message>
        <message>
            <source>Rebuilding deletes only Counterfoil's local copy and downloads it again from Stripe. Nothing in your Stripe account changes. The damaged file is kept aside in case you need it.</source>
            <translation>Al reconstruir solo se borra la copia local de Counterfoil y se vuelve a descargar de Stripe. No cambia nada en tu cuenta de Stripe. El archivo dañado se guarda aparte por si lo necesitas.</translation>
        </message>
        <message>
            <source>Rebuild the cache</source>
            <translation>Reconstruir la caché</translation>
        </message>
        <message>
            <source>{0}'s data</source>
            <translation>los datos de {0}</translation>
        </message>
        <message>
            <source>this data</source>
            <translation>estos datos</translation>
        </message>
        <message>
            <source>Counterfoil couldn't read its local copy of {0}. This can happen after a crash, a full disk or a sync tool touching the file.</source>
            <translation>Counterfoil no pudo leer su copia local de {0}. Puede ocurrir tras un cierre inesperado, con el disco lleno o si una herramienta de sincronización modificó el archivo.</translation>
        </message>
        <message>
            <source>File: {0}
SQLite said: {1}</source>
            <translation>Archivo: {0}
SQLite dijo: {1}</translation>
        </message>
        <message>
            <source>Rebuilding…</source>
            <translation>Reconstruyendo…</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the subscription</source>
            <translation>Cancelar la suscripción</translation>
        </message>
        <message>
            <source>{0} subscription of {1}: {2}.</source>
            <translation>Suscripción ({0}) de {1}: {2}.</translation>
        </message>
        <message>
            <source>Cancel now</source>
            <translation>Cancelar ahora</translation>
        </message>
        <message>
            <source>Cancel at the end of the current period</source>
            <translation>Cancelar al final del período actual</translation>
        </message>
        <message>
            <source>Cancelling now ends the subscription at once: no more invoices, and Stripe refunds nothing by itself.</source>
            <translation>Cancelar ahora finaliza la suscripción de inmediato: no habrá más facturas y Stripe no reembolsa nada por sí solo.</translation>
        </message>
        <message>
            <source>Cancel subscription</source>
            <translation>Cancelar suscripción</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Mantenerla</translation>
        </message>
        <message>
            <source>Cancel subscription {0}</source>
            <translation>Cancelar la suscripción {0}</translation>
        </message>
        <message>
            <source>At the end of the current period.</source>
            <translation>Al final del período actual.</translation>
        </message>
        <message>
            <source>Immediately.</source>
            <translation>De inmediato.</translation>
        </message>
    </context>
    <context>
        <name>ChangeFeeDialog</name>
        <message>
            <source>Change the application fee</source>
            <translation>Cambiar la comisión de la aplicación</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{0} subscription of {1} ({2}). Your platform's fee is now {3}; it applies from the next invoice.</source>
            <translation>Suscripción ({0}) de {1} ({2}). La comisión de tu plataforma es ahora {3}; se aplica a partir de la próxima factura.</translation>
        </message>
        <message>
            <source>e.g. 10 or 12.5 — empty removes the fee</source>
            <translation>p. ej. 10 o 12.5 (vacío elimina la comisión)</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Comisión de la aplicación (%)</translation>
        </message>
        <message>
            <source>Save fee</source>
            <translation>Guardar comisión</translation>
        </message>
        <message>
            <source>Change the application fee of {0}</source>
            <translation>Cambiar la comisión de la aplicación de {0}</translation>
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
            <translation>Usarlo</translation>
        </message>
        <message>
            <source>Passes AA</source>
            <translation>Cumple AA</translation>
        </message>
        <message>
            <source>Below AA ({0}:1)</source>
            <translation>Por debajo de AA ({0}:1)</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {0}</source>
            <translation>Color más cercano que cumple: {0}</translation>
        </message>
    </context>
    <context>
        <name>ColorField</name>
        <message>
            <source>Pick a colour</source>
            <translation>Elegir un color</translation>
        </message>
        <message>
            <source>Pick {0}</source>
            <translation>Elegir {0}</translation>
        </message>
    </context>
    <context>
        <name>ConfigActions</name>
        <message numerus="yes">
            <source>Exported %n configuration(s).</source>
            <translation>
                <numerusform>Se exportó %n configuración.</numerusform>
                <numerusform>Se exportaron %n configuraciones.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfigEditor</name>
        <message>
            <source>A link you can share (on your site or in emails) where customers sign in with their email address, no code needed.</source>
            <translation>Un enlace que puedes compartir (en tu sitio o en correos) donde los clientes inician sesión con su correo electrónico, sin código.</translation>
        </message>
        <message>
            <source>Ask why customers cancel; the answer is on the subscription and in webhooks.</source>
            <translation>Pregunta por qué cancelan los clientes; la respuesta queda en la suscripción y en los webhooks.</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motivo de cancelación</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Cancelaciones</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copiar enlace</translation>
        </message>
        <message>
            <source>Credit the unused time of the old plan, and charge the new one.</source>
            <translation>Acreditar el tiempo no usado del plan anterior y cobrar el nuevo.</translation>
        </message>
        <message>
            <source>Custom feedback options, if you have any.</source>
            <translation>Opciones de comentarios personalizadas, si tienes alguna.</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Información del cliente</translation>
        </message>
        <message>
            <source>Empty: the link in your public business details.</source>
            <translation>Vacío: el enlace de los datos públicos de tu empresa.</translation>
        </message>
        <message>
            <source>From 1 day up to three years.</source>
            <translation>De 1 día a tres años.</translation>
        </message>
        <message>
            <source>Has problems to fix</source>
            <translation>Tiene problemas que corregir</translation>
        </message>
        <message>
            <source>Has warnings</source>
            <translation>Tiene advertencias</translation>
        </message>
        <message>
            <source>IDs separated by commas (optional)</source>
            <translation>ID separados por comas (opcional)</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Historial de facturas</translation>
        </message>
        <message>
            <source>Let customers add, remove and change the payment methods they pay with.</source>
            <translation>Permite a los clientes añadir, eliminar y cambiar los métodos de pago con los que pagan.</translation>
        </message>
        <message>
            <source>Let customers cancel their subscriptions themselves.</source>
            <translation>Permite a los clientes cancelar sus suscripciones por sí mismos.</translation>
        </message>
        <message>
            <source>Let customers keep their billing details up to date.</source>
            <translation>Permite a los clientes mantener actualizados sus datos de facturación.</translation>
        </message>
        <message>
            <source>Let customers pause payment collection for a while (redesigned customer portal only).</source>
            <translation>Permite a los clientes pausar el cobro de pagos durante un tiempo (solo en el portal de clientes rediseñado).</translation>
        </message>
        <message>
            <source>Let customers see and download their past invoices.</source>
            <translation>Permite a los clientes ver y descargar sus facturas anteriores.</translation>
        </message>
        <message>
            <source>Let customers switch plans, change quantities and use promotion codes.</source>
            <translation>Permite a los clientes cambiar de plan y de cantidad y usar códigos promocionales.</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Página de inicio de sesión</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadatos</translation>
        </message>
        <message>
            <source>Name and links</source>
            <translation>Nombre y enlaces</translation>
        </message>
        <message>
            <source>Notes for you and your integrations, as key–value pairs. Customers never see them.</source>
            <translation>Notas para ti y tus integraciones, como pares clave-valor. Los clientes nunca las ven.</translation>
        </message>
        <message>
            <source>Optional: offer the payment methods of one payment method configuration.</source>
            <translation>Opcional: ofrece los métodos de pago de una configuración de métodos de pago.</translation>
        </message>
        <message>
            <source>Otherwise the change applies at once. Stripe schedules it with a subscription schedule.</source>
            <translation>Si no, el cambio se aplica de inmediato. Stripe lo programa con un calendario de suscripciones.</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Métodos de pago</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Cambios de plan</translation>
        </message>
        <message>
            <source>Products and prices</source>
            <translation>Productos y precios</translation>
        </message>
        <message>
            <source>Save to get the link.</source>
            <translation>Guarda para obtener el enlace.</translation>
        </message>
        <message>
            <source>Shown at the top of the portal. Empty: “&lt;your business&gt; partners with Stripe for simplified billing.”</source>
            <translation>Se muestra en la parte superior del portal. Vacío: «&lt;tu empresa&gt; colabora con Stripe para simplificar la facturación.»</translation>
        </message>
        <message>
            <source>Shown when customers change a subscription or add a payment method. Empty: the link in your public business details.</source>
            <translation>Se muestra cuando los clientes cambian una suscripción o añaden un método de pago. Vacío: el enlace de los datos públicos de tu empresa.</translation>
        </message>
        <message>
            <source>Stripe only credits unused time for immediate cancellations.</source>
            <translation>Stripe solo acredita el tiempo no usado en cancelaciones inmediatas.</translation>
        </message>
        <message>
            <source>Tells configurations apart here and in the API.</source>
            <translation>Distingue las configuraciones aquí y en la API.</translation>
        </message>
        <message>
            <source>The name is only for you; customers see the headline and the links.</source>
            <translation>El nombre es solo para ti; los clientes ven el titular y los enlaces.</translation>
        </message>
        <message>
            <source>Up to 10 products, each with the prices customers can switch between, picked from your synced catalogue.</source>
            <translation>Hasta 10 productos, cada uno con los precios entre los que pueden cambiar los clientes, elegidos de tu catálogo sincronizado.</translation>
        </message>
        <message>
            <source>When customers change plan</source>
            <translation>Cuando los clientes cambian de plan</translation>
        </message>
        <message>
            <source>Where “Return to &lt;your business&gt;” goes when customers leave the portal. Empty: no return link, unless the session sets one.</source>
            <translation>Adónde lleva «Volver a &lt;tu empresa&gt;» cuando los clientes salen del portal. Vacío: sin enlace de retorno, salvo que la sesión defina uno.</translation>
        </message>
        <message>
            <source>e.g. Plan changes for teams</source>
            <translation>p. ej. Cambios de plan para equipos</translation>
        </message>
        <message>
            <source>“{0}” (unknown to Stripe)</source>
            <translation>«{0}» (desconocido para Stripe)</translation>
        </message>
    </context>
    <context>
        <name>Connect</name>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En prueba</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impaga</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleta</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Account disconnected from your platform</source>
            <translation>Cuenta desconectada de tu plataforma</translation>
        </message>
        <message>
            <source>Bank account or debit card updated</source>
            <translation>Cuenta bancaria o tarjeta de débito actualizada</translation>
        </message>
        <message>
            <source>Account updated</source>
            <translation>Cuenta actualizada</translation>
        </message>
        <message>
            <source>Balance available</source>
            <translation>Saldo disponible</translation>
        </message>
        <message>
            <source>Payment succeeded</source>
            <translation>Pago realizado</translation>
        </message>
        <message>
            <source>Payment started</source>
            <translation>Pago iniciado</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>Error en la transferencia</translation>
        </message>
        <message>
            <source>Person updated</source>
            <translation>Persona actualizada</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Cliente creado</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Suscripción creada</translation>
        </message>
        <message>
            <source>Subscription ended</source>
            <translation>Suscripción finalizada</translation>
        </message>
        <message>
            <source>Subscription paused</source>
            <translation>Suscripción en pausa</translation>
        </message>
        <message>
            <source>Subscription resumed</source>
            <translation>Suscripción reanudada</translation>
        </message>
        <message>
            <source>Trial ends in three days</source>
            <translation>La prueba gratuita termina en tres días</translation>
        </message>
        <message>
            <source>Subscription updated</source>
            <translation>Suscripción actualizada</translation>
        </message>
        <message>
            <source>Entitlements changed</source>
            <translation>Derechos de acceso modificados</translation>
        </message>
        <message>
            <source>Invoice created</source>
            <translation>Factura creada</translation>
        </message>
        <message>
            <source>Invoice finalized</source>
            <translation>Factura finalizada</translation>
        </message>
        <message>
            <source>Invoice could not be finalized</source>
            <translation>No se pudo finalizar la factura</translation>
        </message>
        <message>
            <source>Invoice paid</source>
            <translation>Factura pagada</translation>
        </message>
        <message>
            <source>Invoice needs customer action</source>
            <translation>La factura requiere una acción del cliente</translation>
        </message>
        <message>
            <source>Invoice payment failed</source>
            <translation>Error en el pago de la factura</translation>
        </message>
        <message>
            <source>Invoice coming up</source>
            <translation>Próxima factura</translation>
        </message>
        <message>
            <source>Invoice updated</source>
            <translation>Factura actualizada</translation>
        </message>
        <message>
            <source>Schedule aborted</source>
            <translation>Calendario interrumpido</translation>
        </message>
        <message>
            <source>Schedule canceled</source>
            <translation>Calendario cancelado</translation>
        </message>
        <message>
            <source>Schedule completed</source>
            <translation>Calendario completado</translation>
        </message>
        <message>
            <source>Schedule created</source>
            <translation>Calendario creado</translation>
        </message>
        <message>
            <source>Schedule expires in seven days</source>
            <translation>El calendario vence en siete días</translation>
        </message>
        <message>
            <source>Schedule released</source>
            <translation>Calendario liberado</translation>
        </message>
        <message>
            <source>Schedule updated</source>
            <translation>Calendario actualizado</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message>
            <source>(+{0} more)</source>
            <translation>(+{0} más)</translation>
        </message>
        <message>
            <source>An application fee needs a connected account: this platform invoice has no destination.</source>
            <translation>Una comisión de la aplicación necesita una cuenta conectada: esta factura de la plataforma no tiene destino.</translation>
        </message>
        <message>
            <source>Another app ({0})</source>
            <translation>Otra aplicación ({0})</translation>
        </message>
        <message>
            <source>Check the subscription's status in a moment.</source>
            <translation>Comprueba el estado de la suscripción en un momento.</translation>
        </message>
        <message>
            <source>Choose a customer, or create a new one.</source>
            <translation>Elige un cliente o crea uno nuevo.</translation>
        </message>
        <message>
            <source>Choose a price.</source>
            <translation>Elige un precio.</translation>
        </message>
        <message>
            <source>Choose direct or destination charges.</source>
            <translation>Elige cargos directos o cargos a un destino.</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectada</translation>
        </message>
        <message>
            <source>Controlled by {0}</source>
            <translation>Controlada por {0}</translation>
        </message>
        <message>
            <source>Controller properties</source>
            <translation>Propiedades del controlador</translation>
        </message>
        <message>
            <source>Counterfoil cannot tell yet which Connect application is your platform's, so it cannot tell whether your platform created this.</source>
            <translation>Counterfoil aún no sabe qué aplicación de Connect es la de tu plataforma, así que no puede saber si tu plataforma la creó.</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Deauthorized</source>
            <translation>Desautorizada</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>A un destino</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Directo</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100, like 10 or 12.5.</source>
            <translation>Introduce un porcentaje entre 0 y 100, como 10 o 12.5.</translation>
        </message>
        <message>
            <source>Express</source>
            <translation>Express</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Comisiones</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completo</translation>
        </message>
        <message>
            <source>Give the new customer a name or an email address.</source>
            <translation>Indica un nombre o un correo electrónico para el cliente nuevo.</translation>
        </message>
        <message>
            <source>Lives on the connected account (requests use the Stripe-Account header); customer and price are the account's.</source>
            <translation>Reside en la cuenta conectada (las solicitudes usan el encabezado Stripe-Account); el cliente y el precio son de la cuenta.</translation>
        </message>
        <message>
            <source>Lives on your platform; payments are transferred to the account (transfer_data.destination).</source>
            <translation>Reside en tu plataforma; los pagos se transfieren a la cuenta (transfer_data.destination).</translation>
        </message>
        <message>
            <source>No resume date.</source>
            <translation>Sin fecha de reanudación.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Not listed</source>
            <translation>No listada</translation>
        </message>
        <message>
            <source>Nothing left to do: the first invoice needed no payment.</source>
            <translation>No queda nada por hacer: la primera factura no requería pago.</translation>
        </message>
        <message>
            <source>On the account</source>
            <translation>En la cuenta</translation>
        </message>
        <message>
            <source>On your platform</source>
            <translation>En tu plataforma</translation>
        </message>
        <message>
            <source>Paused (draft)</source>
            <translation>En pausa (borrador)</translation>
        </message>
        <message>
            <source>Paused (uncollectible)</source>
            <translation>En pausa (incobrable)</translation>
        </message>
        <message>
            <source>Paused (void)</source>
            <translation>En pausa (anulada)</translation>
        </message>
        <message>
            <source>Payment collection is paused.</source>
            <translation>El cobro de pagos está en pausa.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are uncollectible.</source>
            <translation>El cobro de pagos está en pausa: las facturas se marcan como incobrables.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices are voided.</source>
            <translation>El cobro de pagos está en pausa: las facturas se anulan.</translation>
        </message>
        <message>
            <source>Payment collection is paused: invoices stay drafts.</source>
            <translation>El cobro de pagos está en pausa: las facturas quedan como borrador.</translation>
        </message>
        <message>
            <source>Platform billing</source>
            <translation>Facturación de la plataforma</translation>
        </message>
        <message>
            <source>Platform billing pays your platform directly: there is no application fee.</source>
            <translation>La facturación de la plataforma paga directamente a tu plataforma: no hay comisión de la aplicación.</translation>
        </message>
        <message>
            <source>Recommended for accounts with full Dashboard access, like {0}.</source>
            <translation>Recomendado para cuentas con acceso completo al Dashboard, como {0}.</translation>
        </message>
        <message>
            <source>Recommended for accounts with the Express Dashboard or no Dashboard, like {0}.</source>
            <translation>Recomendado para cuentas con el Dashboard Express o sin Dashboard, como {0}.</translation>
        </message>
        <message>
            <source>Refunds and chargebacks come out of {0}'s balance.</source>
            <translation>Los reembolsos y contracargos salen del saldo de {0}.</translation>
        </message>
        <message>
            <source>Refunds and disputes</source>
            <translation>Reembolsos y disputas</translation>
        </message>
        <message>
            <source>Resumes on {0}.</source>
            <translation>Se reanuda el {0}.</translation>
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
            <translation>Stripe acepta como máximo dos decimales (como 12.75).</translation>
        </message>
        <message>
            <source>Stripe needs more information: {0}.</source>
            <translation>Stripe necesita más información: {0}.</translation>
        </message>
        <message>
            <source>Stripe no longer lists {0}; Counterfoil knows it from your platform's data.</source>
            <translation>Stripe ya no lista {0}; Counterfoil la conoce por los datos de tu plataforma.</translation>
        </message>
        <message>
            <source>The application fee must be between 0 and 100 percent.</source>
            <translation>La comisión de la aplicación debe estar entre el 0 y el 100 por ciento.</translation>
        </message>
        <message>
            <source>The first invoice is open: send it to the customer.</source>
            <translation>La primera factura está abierta: envíasela al cliente.</translation>
        </message>
        <message>
            <source>The latest invoice is not in the local cache yet.</source>
            <translation>La última factura aún no está en la caché local.</translation>
        </message>
        <message>
            <source>The latest invoice is {0}: its application fee can no longer change.</source>
            <translation>La última factura está {0}: su comisión de la aplicación ya no puede cambiar.</translation>
        </message>
        <message>
            <source>The platform cannot add an application fee to an invoice it did not create.</source>
            <translation>La plataforma no puede añadir una comisión de la aplicación a una factura que no creó.</translation>
        </message>
        <message>
            <source>The platform cannot update or cancel a subscription it did not create.</source>
            <translation>La plataforma no puede actualizar ni cancelar una suscripción que no creó.</translation>
        </message>
        <message>
            <source>The subscription is incomplete until its first invoice is paid. Send the customer the payment page link above, or confirm the payment in your app with the invoice's confirmation secret. If nobody pays within 23 hours, Stripe expires the subscription (incomplete_expired).</source>
            <translation>La suscripción está incompleta hasta que se pague su primera factura. Envía al cliente el enlace a la página de pago de arriba o confirma el pago en tu aplicación con el secreto de confirmación de la factura. Si nadie paga en 23 horas, Stripe hace caducar la suscripción (incomplete_expired).</translation>
        </message>
        <message>
            <source>The trial has started; the customer is charged when it ends. Make sure they add a payment method before then.</source>
            <translation>La prueba gratuita ha comenzado; se cobra al cliente cuando termine. Asegúrate de que añada un método de pago antes.</translation>
        </message>
        <message>
            <source>This account disconnected from your platform: Stripe refuses requests made on its behalf.</source>
            <translation>Esta cuenta se desconectó de tu plataforma: Stripe rechaza las solicitudes hechas en su nombre.</translation>
        </message>
        <message>
            <source>This does not look like an email address.</source>
            <translation>No parece una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>This one was created by another application ({0}).</source>
            <translation>Esta la creó otra aplicación ({0}).</translation>
        </message>
        <message>
            <source>This one was created by {0} itself.</source>
            <translation>Esta la creó la propia {0}.</translation>
        </message>
        <message>
            <source>This subscription has ended ({0}); it can no longer change.</source>
            <translation>Esta suscripción ha finalizado ({0}); ya no puede cambiar.</translation>
        </message>
        <message>
            <source>Unknown ({0})</source>
            <translation>Desconocida ({0})</translation>
        </message>
        <message>
            <source>Who sells</source>
            <translation>Quién vende</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Tu plataforma</translation>
        </message>
        <message>
            <source>Your platform bills the account itself, through the customer that represents it.</source>
            <translation>Tu plataforma factura a la propia cuenta, mediante el cliente que la representa.</translation>
        </message>
        <message>
            <source>Your platform is responsible for refunds and chargebacks. With on_behalf_of, {0} becomes the settlement merchant (its name on statements).</source>
            <translation>Tu plataforma es responsable de los reembolsos y contracargos. Con on_behalf_of, {0} pasa a ser el comerciante de liquidación (su nombre aparece en los extractos).</translation>
        </message>
        <message>
            <source>Your platform is the merchant: the customer, the price and the subscription live on your platform, and each payment is transferred to {0} automatically.</source>
            <translation>Tu plataforma es el comerciante: el cliente, el precio y la suscripción están en tu plataforma, y cada pago se transfiere automáticamente a {0}.</translation>
        </message>
        <message>
            <source>Your platform pays Stripe's fees and keeps the application fee you set; the rest goes to {0}.</source>
            <translation>Tu plataforma paga las comisiones de Stripe y se queda con la comisión de la aplicación que fijes; el resto va a {0}.</translation>
        </message>
        <message>
            <source>application: {0}</source>
            <translation>aplicación: {0}</translation>
        </message>
        <message>
            <source>changed: {0}</source>
            <translation>cambiado: {0}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>full Stripe Dashboard access</source>
            <translation>acceso completo al Dashboard de Stripe</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>no Stripe Dashboard</source>
            <translation>ningún Dashboard de Stripe</translation>
        </message>
        <message>
            <source>on_behalf_of is only for destination charges: a direct charge already belongs to the account.</source>
            <translation>on_behalf_of es solo para cargos a un destino: un cargo directo ya pertenece a la cuenta.</translation>
        </message>
        <message>
            <source>on_behalf_of: {0}</source>
            <translation>on_behalf_of: {0}</translation>
        </message>
        <message>
            <source>the Express Dashboard</source>
            <translation>el Dashboard Express</translation>
        </message>
        <message>
            <source>the account</source>
            <translation>la cuenta</translation>
        </message>
        <message>
            <source>the account pays Stripe's fees</source>
            <translation>la cuenta paga las comisiones de Stripe</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>unknown Dashboard access</source>
            <translation>acceso al Dashboard desconocido</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>tu plataforma</translation>
        </message>
        <message>
            <source>your platform pays Stripe's fees</source>
            <translation>tu plataforma paga las comisiones de Stripe</translation>
        </message>
        <message>
            <source>{0} cannot accept charges yet.</source>
            <translation>{0} aún no puede aceptar cargos.</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>hace {0} días</translation>
        </message>
        <message>
            <source>{0} disconnected from your platform{1}. Disconnecting cancels nothing: its platform subscriptions keep running until you cancel them.</source>
            <translation>{0} se desconectó de tu plataforma{1}. Desconectarse no cancela nada: sus suscripciones de la plataforma siguen activas hasta que las canceles.</translation>
        </message>
        <message>
            <source>{0} due</source>
            <translation>{0} pendientes</translation>
        </message>
        <message>
            <source>{0} has full Stripe Dashboard access and manages its own customers' subscriptions there. Your platform can change only the ones it created.</source>
            <translation>{0} tiene acceso completo al Dashboard de Stripe y gestiona allí las suscripciones de sus clientes. Tu plataforma solo puede cambiar las que creó.</translation>
        </message>
        <message>
            <source>{0} has {1}: your platform must manage its customers' subscriptions.</source>
            <translation>{0} tiene {1}: tu plataforma debe gestionar las suscripciones de sus clientes.</translation>
        </message>
        <message>
            <source>{0} is the merchant: the customer, the price and the subscription live on its account, and its name is on the customer's statement.</source>
            <translation>{0} es el comerciante: el cliente, el precio y la suscripción están en su cuenta, y su nombre aparece en el extracto del cliente.</translation>
        </message>
        <message>
            <source>{0} past due</source>
            <translation>{0} vencidos</translation>
        </message>
        <message>
            <source>{0} receives the payment and pays Stripe's fees (per its controller settings); your platform earns the application fee you set.</source>
            <translation>{0} recibe el pago y paga las comisiones de Stripe (según la configuración de su controlador); tu plataforma gana la comisión de la aplicación que fijes.</translation>
        </message>
        <message>
            <source>{0}% of each payment is transferred</source>
            <translation>Se transfiere el {0} % de cada pago</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Account ID</source>
            <translation>ID de cuenta</translation>
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
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Transferencias</translation>
        </message>
        <message>
            <source>Requirements due</source>
            <translation>Requisitos pendientes</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
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
            <translation>Precio</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Comisión de la aplicación</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Cobro</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creada por</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
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
            <translation>Tus cuentas conectadas y las suscripciones directas, a un destino y de facturación de la plataforma que tu plataforma gestiona con ellas.</translation>
        </message>
        <message>
            <source>Disconnected accounts…</source>
            <translation>Cuentas desconectadas…</translation>
        </message>
        <message>
            <source>Review and cancel…</source>
            <translation>Revisar y cancelar…</translation>
        </message>
        <message>
            <source>Search accounts by name, id or email  (Ctrl+F)</source>
            <translation>Buscar cuentas por nombre, ID o correo electrónico  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Could not read the local cache: {0}</source>
            <translation>No se pudo leer la caché local: {0}</translation>
        </message>
        <message>
            <source>Reading connected accounts…</source>
            <translation>Leyendo las cuentas conectadas…</translation>
        </message>
        <message>
            <source>Could not check the accounts Stripe no longer lists</source>
            <translation>No se pudieron comprobar las cuentas que Stripe ya no lista</translation>
        </message>
        <message>
            <source>Could not read connected accounts</source>
            <translation>No se pudieron leer las cuentas conectadas</translation>
        </message>
        <message>
            <source>Connected accounts could not be read.</source>
            <translation>No se pudieron leer las cuentas conectadas.</translation>
        </message>
        <message>
            <source>No account matches your search.</source>
            <translation>Ninguna cuenta coincide con tu búsqueda.</translation>
        </message>
        <message>
            <source>No connected accounts yet. Accounts you connect to your platform appear here after a sync.</source>
            <translation>Aún no hay cuentas conectadas. Las cuentas que conectes a tu plataforma aparecen aquí tras una sincronización.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected</source>
            <translation>
                <numerusform>%Ln conectada</numerusform>
                <numerusform>%Ln conectadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deauthorized</source>
            <translation>
                <numerusform>%Ln desautorizada</numerusform>
                <numerusform>%Ln desautorizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not listed</source>
            <translation>
                <numerusform>%Ln no listada</numerusform>
                <numerusform>%Ln no listadas</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked while offline</source>
            <translation>no comprobado sin conexión</translation>
        </message>
        <message>
            <source>Your platform's Connect application: {0}</source>
            <translation>Aplicación de Connect de tu plataforma: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n platform subscription(s) still running after disconnecting. Disconnecting cancels nothing.</source>
            <translation>
                <numerusform>{0}: %n suscripción de la plataforma sigue activa tras la desconexión. Desconectarse no cancela nada.</numerusform>
                <numerusform>{0}: %n suscripciones de la plataforma siguen activas tras la desconexión. Desconectarse no cancela nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open an account to see its connected accounts.</source>
            <translation>Abre una cuenta para ver sus cuentas conectadas.</translation>
        </message>
    </context>
    <context>
        <name>CreateSubscriptionDialog</name>
        <message>
            <source>New subscription for {0}</source>
            <translation>Nueva suscripción para {0}</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Create subscription</source>
            <translation>Crear suscripción</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{0} has {1}.</source>
            <translation>{0} tiene {1}.</translation>
        </message>
        <message>
            <source>Direct charges</source>
            <translation>Cargos directos</translation>
        </message>
        <message>
            <source>Destination charges</source>
            <translation>Cargos a un destino</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recomendado</translation>
        </message>
        <message>
            <source>An existing customer</source>
            <translation>Un cliente existente</translation>
        </message>
        <message>
            <source>A new customer</source>
            <translation>Un cliente nuevo</translation>
        </message>
        <message>
            <source>Search by name, email or id</source>
            <translation>Buscar por nombre, correo electrónico o ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Optional, e.g. 10 or 12.5</source>
            <translation>Opcional, p. ej. 10 o 12.5</translation>
        </message>
        <message>
            <source>Application fee (%)</source>
            <translation>Comisión de la aplicación (%)</translation>
        </message>
        <message>
            <source>The share of each invoice your platform keeps, between 0 and 100 with at most two decimals.</source>
            <translation>La parte de cada factura que se queda tu plataforma, entre 0 y 100 con dos decimales como máximo.</translation>
        </message>
        <message>
            <source>your platform</source>
            <translation>tu plataforma</translation>
        </message>
        <message>
            <source>No customer on {0} matches.</source>
            <translation>Ningún cliente de {0} coincide.</translation>
        </message>
        <message>
            <source>sold for {0}</source>
            <translation>vendido para {0}</translation>
        </message>
        <message>
            <source>There is no active recurring price in this catalogue yet. Create one in the Stripe Dashboard, then sync.</source>
            <translation>Aún no hay ningún precio recurrente activo en este catálogo. Crea uno en el Dashboard de Stripe y luego sincroniza.</translation>
        </message>
        <message>
            <source>How should {0} be paid?</source>
            <translation>¿Cómo se debe pagar a {0}?</translation>
        </message>
        <message>
            <source>Who subscribes?</source>
            <translation>¿Quién se suscribe?</translation>
        </message>
        <message>
            <source>Which price?</source>
            <translation>¿Qué precio?</translation>
        </message>
        <message>
            <source>Application fee and review</source>
            <translation>Comisión de la aplicación y revisión</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Suscripción creada</translation>
        </message>
        <message>
            <source>Step {0} of 4</source>
            <translation>Paso {0} de 4</translation>
        </message>
        <message>
            <source>The customer must live on {0}'s account for direct charges.</source>
            <translation>Para cargos directos, el cliente debe estar en la cuenta de {0}.</translation>
        </message>
        <message>
            <source>The customer must live on your platform for destination charges.</source>
            <translation>Para cargos a un destino, el cliente debe estar en tu plataforma.</translation>
        </message>
        <message>
            <source>Prices from {0}'s catalogue.</source>
            <translation>Precios del catálogo de {0}.</translation>
        </message>
        <message>
            <source>Prices from your platform's catalogue.</source>
            <translation>Precios del catálogo de tu plataforma.</translation>
        </message>
        <message>
            <source>on_behalf_of (destination charges only)</source>
            <translation>on_behalf_of (solo cargos a un destino)</translation>
        </message>
        <message>
            <source>A direct charge already belongs to {0}.</source>
            <translation>Un cargo directo ya pertenece a {0}.</translation>
        </message>
        <message>
            <source>Settle on behalf of {0} (on_behalf_of)</source>
            <translation>Liquidar en nombre de {0} (on_behalf_of)</translation>
        </message>
        <message>
            <source>{0} becomes the settlement merchant: its name and address appear on statements, and its country's fees apply.</source>
            <translation>{0} pasa a ser el comerciante de liquidación: su nombre y dirección aparecen en los extractos y se aplican las comisiones de su país.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>a new customer ({0})</source>
            <translation>un cliente nuevo ({0})</translation>
        </message>
        <message>
            <source>on {0}'s account (Stripe-Account: {1})</source>
            <translation>en la cuenta de {0} (Stripe-Account: {1})</translation>
        </message>
        <message>
            <source>on your platform, paying out to {0}</source>
            <translation>en tu plataforma, pagando a {0}</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Lives</source>
            <translation>Reside</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Comisión de la aplicación</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>default_incomplete: the first invoice waits for payment</source>
            <translation>default_incomplete: la primera factura espera el pago</translation>
        </message>
        <message>
            <source>on_behalf_of</source>
            <translation>on_behalf_of</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>Create a {0} subscription for {1}</source>
            <translation>Crear una suscripción ({0}) para {1}</translation>
        </message>
        <message>
            <source>on {0}'s account</source>
            <translation>en la cuenta de {0}</translation>
        </message>
        <message>
            <source>on your platform</source>
            <translation>en tu plataforma</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (nuevo)</translation>
        </message>
        <message>
            <source>The subscription was not created</source>
            <translation>No se creó la suscripción</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
    </context>
    <context>
        <name>CustomersPanel</name>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Name, email, phone, id…   (Ctrl+K)</source>
            <translation>Nombre, correo electrónico, teléfono, ID…   (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Buscar clientes</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <source>Search Stripe</source>
            <translation>Buscar en Stripe</translation>
        </message>
        <message>
            <source>Ask Stripe's Search API (it can lag a minute behind recent changes)</source>
            <translation>Preguntar a la API de búsqueda de Stripe (puede ir un minuto por detrás de los cambios recientes)</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Clientes encontrados</translation>
        </message>
        <message>
            <source>Find customer…</source>
            <translation>Buscar cliente…</translation>
        </message>
        <message>
            <source>Open a Stripe account to search its customers.</source>
            <translation>Abre una cuenta de Stripe para buscar sus clientes.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) in the local cache, searchable offline</source>
            <translation>
                <numerusform>%Ln cliente en la caché local, se puede buscar sin conexión</numerusform>
                <numerusform>%Ln clientes en la caché local, se pueden buscar sin conexión</numerusform>
            </translation>
        </message>
        <message>
            <source>Platform only</source>
            <translation>Solo la plataforma</translation>
        </message>
        <message>
            <source>Newest customers first. Type to search.</source>
            <translation>Primero los clientes más recientes. Escribe para buscar.</translation>
        </message>
        <message>
            <source>{0}{1} found</source>
            <translation>{0}{1} encontrados</translation>
        </message>
        <message>
            <source>1 found</source>
            <translation>1 encontrado</translation>
        </message>
        <message>
            <source>No customers in the local cache yet. They appear here as the sync brings them in.</source>
            <translation>Aún no hay clientes en la caché local. Aparecen aquí a medida que la sincronización los trae.</translation>
        </message>
        <message>
            <source>Looking up {0} on Stripe…</source>
            <translation>Buscando {0} en Stripe…</translation>
        </message>
        <message>
            <source>No customer in the local cache matches “{0}”.</source>
            <translation>Ningún cliente de la caché local coincide con «{0}».</translation>
        </message>
        <message>
            <source>Nothing found locally.</source>
            <translation>No se encontró nada localmente.</translation>
        </message>
        <message>
            <source>The local cache has no customers yet: asking Stripe's Search API…</source>
            <translation>La caché local aún no tiene clientes: preguntando a la API de búsqueda de Stripe…</translation>
        </message>
        <message>
            <source>The search failed</source>
            <translation>La búsqueda falló</translation>
        </message>
        <message numerus="yes">
            <source>There is no customer {0} on Stripe (asked %n account(s)).</source>
            <translation>
                <numerusform>No hay ningún cliente {0} en Stripe (se consultó %n cuenta).</numerusform>
                <numerusform>No hay ningún cliente {0} en Stripe (se consultaron %n cuentas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking Stripe's Search API…</source>
            <translation>Preguntando a la API de búsqueda de Stripe…</translation>
        </message>
        <message>
            <source>{0} from Stripe's Search API (it can lag a minute behind recent changes); now in the local cache too.</source>
            <translation>{0} de la API de búsqueda de Stripe (puede ir un minuto por detrás de los cambios recientes); ahora también en la caché local.</translation>
        </message>
        <message>
            <source>Stripe's Search API found no customer for “{0}” either.</source>
            <translation>La API de búsqueda de Stripe tampoco encontró ningún cliente para «{0}».</translation>
        </message>
        <message>
            <source>Stripe could not be asked</source>
            <translation>No se pudo preguntar a Stripe</translation>
        </message>
        <message>
            <source>Not in the local cache</source>
            <translation>No está en la caché local</translation>
        </message>
        <message>
            <source>{0} is not in the local cache. Try Refresh or Search Stripe.</source>
            <translation>{0} no está en la caché local. Prueba Actualizar o Buscar en Stripe.</translation>
        </message>
        <message>
            <source>The customer could not be loaded</source>
            <translation>No se pudo cargar el cliente</translation>
        </message>
        <message>
            <source>Stripe could not be asked for details</source>
            <translation>No se pudieron pedir los detalles a Stripe</translation>
        </message>
        <message>
            <source>Refreshing from Stripe failed</source>
            <translation>No se pudo actualizar desde Stripe</translation>
        </message>
    </context>
    <context>
        <name>CustomersText</name>
        <message>
            <source>, application fee {0}%</source>
            <translation>, comisión de la aplicación {0} %</translation>
        </message>
        <message>
            <source>, expires {0:02d}/{1}</source>
            <translation>, caduca {0:02d}/{1}</translation>
        </message>
        <message>
            <source>, on behalf of {0}</source>
            <translation>, en nombre de {0}</translation>
        </message>
        <message>
            <source>, resumes {0}</source>
            <translation>, se reanuda el {0}</translation>
        </message>
        <message>
            <source>, until resumed</source>
            <translation>, hasta que se reanude</translation>
        </message>
        <message>
            <source>. The subscription itself stays {0}.</source>
            <translation>. La suscripción en sí sigue {0}.</translation>
        </message>
        <message>
            <source>A subscription schedule ({0}) manages it: the portal can neither change nor cancel it.</source>
            <translation>La gestiona un calendario de suscripciones ({0}): el portal no puede cambiarla ni cancelarla.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Afterwards</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Anyone with this link can act as the customer: share it only with them. Counterfoil does not save it.</source>
            <translation>Cualquiera con este enlace puede actuar como el cliente: compártelo solo con él. Counterfoil no lo guarda.</translation>
        </message>
        <message>
            <source>Automatic (customer's language or browser)</source>
            <translation>Automático (idioma del cliente o del navegador)</translation>
        </message>
        <message>
            <source>Back to the portal home page</source>
            <translation>Volver a la página de inicio del portal</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Can't reach Stripe right now; the local cache is still searchable.</source>
            <translation>No se puede contactar con Stripe ahora; la caché local se puede seguir consultando.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel a subscription</source>
            <translation>Cancelar una suscripción</translation>
        </message>
        <message>
            <source>Cancel in portal…</source>
            <translation>Cancelar en el portal…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Canceled on {0}</source>
            <translation>Cancelada el {0}</translation>
        </message>
        <message>
            <source>Change a subscription</source>
            <translation>Cambiar una suscripción</translation>
        </message>
        <message>
            <source>Change in portal…</source>
            <translation>Cambiar en el portal…</translation>
        </message>
        <message>
            <source>Change plan or quantity</source>
            <translation>Cambiar plan o cantidad</translation>
        </message>
        <message>
            <source>Charged by the platform</source>
            <translation>Cobrado por la plataforma</translation>
        </message>
        <message>
            <source>Choose a customer</source>
            <translation>Elige un cliente</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Elige un idioma de la lista.</translation>
        </message>
        <message>
            <source>Choose a new price or a new quantity.</source>
            <translation>Elige un precio nuevo o una cantidad nueva.</translation>
        </message>
        <message>
            <source>Choose a subscription.</source>
            <translation>Elige una suscripción.</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Cobro en pausa</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Confirm a specific change</source>
            <translation>Confirmar un cambio concreto</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Copy id</source>
            <translation>Copiar ID</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copiar enlace</translation>
        </message>
        <message>
            <source>Coupon id to offer before they cancel (optional)</source>
            <translation>ID del cupón que ofrecer antes de que cancele (opcional)</translation>
        </message>
        <message>
            <source>Create a customer portal session (Ctrl+P)</source>
            <translation>Crear una sesión del portal de clientes (Ctrl+P)</translation>
        </message>
        <message>
            <source>Create a customer portal session for {0} ({1})</source>
            <translation>Crear una sesión del portal de clientes para {0} ({1})</translation>
        </message>
        <message>
            <source>Create another</source>
            <translation>Crear otra</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Crear sesión</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Current period: {0} – {1}</source>
            <translation>Período actual: {0} – {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Deleted customer</source>
            <translation>Cliente eliminado</translation>
        </message>
        <message>
            <source>Delinquent</source>
            <translation>Moroso</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Destination charge, paid out to {0}</source>
            <translation>Cargo a un destino, pagado a {0}</translation>
        </message>
        <message>
            <source>Direct charge on the connected account {0}</source>
            <translation>Cargo directo en la cuenta conectada {0}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Enter a full web address, starting with https://</source>
            <translation>Introduce una dirección web completa que empiece por https://</translation>
        </message>
        <message>
            <source>Every price it could switch to has a different tax behavior than its current price ({0}).</source>
            <translation>Todos los precios a los que podría cambiar tienen un comportamiento fiscal distinto del de su precio actual ({0}).</translation>
        </message>
        <message>
            <source>Fetch this customer again from Stripe (Ctrl+R)</source>
            <translation>Volver a obtener este cliente de Stripe (Ctrl+R)</translation>
        </message>
        <message>
            <source>Fetched from Stripe at {0}</source>
            <translation>Obtenido de Stripe a las {0}</translation>
        </message>
        <message>
            <source>Free trial until {0}</source>
            <translation>Prueba gratuita hasta el {0}</translation>
        </message>
        <message>
            <source>From the local cache</source>
            <translation>De la caché local</translation>
        </message>
        <message>
            <source>In the portal ({0})</source>
            <translation>En el portal ({0})</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleta</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incompleta, caducada</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factura</translation>
        </message>
        <message>
            <source>Invoice page</source>
            <translation>Página de la factura</translation>
        </message>
        <message>
            <source>Invoices are sent for payment</source>
            <translation>Las facturas se envían para su pago</translation>
        </message>
        <message>
            <source>Invoices are sent for payment, due in {0} days</source>
            <translation>Las facturas se envían para su pago, con vencimiento en {0} días</translation>
        </message>
        <message>
            <source>It has {0} items (several products): the portal can only cancel it.</source>
            <translation>Tiene {0} artículos (varios productos): el portal solo puede cancelarla.</translation>
        </message>
        <message>
            <source>It is already set to cancel.</source>
            <translation>Ya está programada para cancelarse.</translation>
        </message>
        <message>
            <source>It is billed by sending invoices: the portal can only cancel it.</source>
            <translation>Se factura enviando facturas: el portal solo puede cancelarla.</translation>
        </message>
        <message>
            <source>It is paid with a payment method the portal does not support ({0}): the portal can only cancel it.</source>
            <translation>Se paga con un método de pago que el portal no admite ({0}): el portal solo puede cancelarla.</translation>
        </message>
        <message>
            <source>It is trialing: changing it ends the free trial and invoices at once.</source>
            <translation>Está en período de prueba: cambiarla termina la prueba gratuita y factura de inmediato.</translation>
        </message>
        <message>
            <source>It uses usage-based (metered) pricing: the portal can only cancel it.</source>
            <translation>Usa cobro por consumo: el portal solo puede cancelarla.</translation>
        </message>
        <message>
            <source>Its payment method {0} is not loaded yet, so whether the portal supports it was not checked.</source>
            <translation>Su método de pago {0} aún no está cargado, así que no se comprobó si el portal lo admite.</translation>
        </message>
        <message>
            <source>Its price's tax behavior is unspecified: the portal only changes subscriptions whose prices say whether tax is included.</source>
            <translation>El comportamiento fiscal de su precio es unspecified: el portal solo cambia suscripciones cuyos precios indican si incluyen impuestos.</translation>
        </message>
        <message>
            <source>Its status is “{0}”; the portal only acts on {1} subscriptions.</source>
            <translation>Su estado es «{0}»; el portal solo actúa sobre suscripciones {1}.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Mantener {0}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Enlaces</translation>
        </message>
        <message>
            <source>Loading from Stripe… (the sync does not download payment methods)</source>
            <translation>Cargando desde Stripe… (la sincronización no descarga los métodos de pago)</translation>
        </message>
        <message>
            <source>Loading {0}…</source>
            <translation>Cargando {0}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Managed by schedule {0}: {1} phase(s), then {2}</source>
            <translation>Gestionada por el calendario {0}: {1} fase(s), luego {2}</translation>
        </message>
        <message>
            <source>Managed by subscription schedule {0}</source>
            <translation>Gestionada por el calendario de suscripciones {0}</translation>
        </message>
        <message>
            <source>Message on the confirmation page (optional)</source>
            <translation>Mensaje en la página de confirmación (opcional)</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>Precio nuevo</translation>
        </message>
        <message>
            <source>No invoices.</source>
            <translation>Sin facturas.</translation>
        </message>
        <message>
            <source>No payment methods.</source>
            <translation>Sin métodos de pago.</translation>
        </message>
        <message>
            <source>No subscription</source>
            <translation>Sin suscripción</translation>
        </message>
        <message>
            <source>No subscriptions. The portal can still update payment methods and show invoices; flows that need a subscription are unavailable.</source>
            <translation>Sin suscripciones. El portal aún puede actualizar métodos de pago y mostrar facturas; los flujos que necesitan una suscripción no están disponibles.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>None (the platform's branding)</source>
            <translation>Ninguna (la imagen de marca de la plataforma)</translation>
        </message>
        <message>
            <source>Not loaded yet</source>
            <translation>Aún no cargado</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>En nombre de</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Open at</source>
            <translation>Abrir en</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <source>Open portal…</source>
            <translation>Abrir portal…</translation>
        </message>
        <message>
            <source>Open the customer portal</source>
            <translation>Abrir el portal de clientes</translation>
        </message>
        <message>
            <source>Open the portal for {0}</source>
            <translation>Abrir el portal para {0}</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagada</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Payment collection paused: {0}</source>
            <translation>Cobro de pagos en pausa: {0}</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Métodos de pago</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Platform charge on behalf of {0}</source>
            <translation>Cargo de la plataforma en nombre de {0}</translation>
        </message>
        <message>
            <source>Portal configuration for eligibility</source>
            <translation>Configuración del portal para la elegibilidad</translation>
        </message>
        <message>
            <source>Portal configuration:</source>
            <translation>Configuración del portal:</translation>
        </message>
        <message>
            <source>Portal home page</source>
            <translation>Página de inicio del portal</translation>
        </message>
        <message>
            <source>Portal session ready</source>
            <translation>Sesión del portal lista</translation>
        </message>
        <message>
            <source>Portal sessions opened from Counterfoil</source>
            <translation>Sesiones del portal abiertas desde Counterfoil</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Recent invoices</source>
            <translation>Facturas recientes</translation>
        </message>
        <message>
            <source>Redirect to a web page</source>
            <translation>Redirigir a una página web</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Retention offer</source>
            <translation>Oferta de retención</translation>
        </message>
        <message>
            <source>Return URL</source>
            <translation>URL de retorno</translation>
        </message>
        <message>
            <source>Set to cancel on {0}</source>
            <translation>Programada para cancelarse el {0}</translation>
        </message>
        <message>
            <source>Show Stripe's confirmation page</source>
            <translation>Mostrar la página de confirmación de Stripe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Status paused: the trial ended without a payment method; no invoices until it is resumed (this is not paused payment collection).</source>
            <translation>Estado en pausa: la prueba gratuita terminó sin método de pago; no hay facturas hasta que se reanude (no es un cobro de pagos en pausa).</translation>
        </message>
        <message>
            <source>Stripe did not create the session</source>
            <translation>Stripe no creó la sesión</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Suscripción</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Suscripciones</translation>
        </message>
        <message>
            <source>Tax ids</source>
            <translation>Identificaciones fiscales</translation>
        </message>
        <message>
            <source>That is already the subscription's price and quantity.</source>
            <translation>Ese ya es el precio y la cantidad de la suscripción.</translation>
        </message>
        <message>
            <source>That price is not offered for this subscription.</source>
            <translation>Ese precio no se ofrece para esta suscripción.</translation>
        </message>
        <message>
            <source>The customer has no subscription the portal can act on.</source>
            <translation>El cliente no tiene ninguna suscripción sobre la que pueda actuar el portal.</translation>
        </message>
        <message>
            <source>The customer was deleted.</source>
            <translation>El cliente se eliminó.</translation>
        </message>
        <message>
            <source>The message can be at most 500 characters.</source>
            <translation>El mensaje puede tener como máximo 500 caracteres.</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>La cantidad debe ser al menos 1.</translation>
        </message>
        <message>
            <source>The quantity must be between {0} and {1}.</source>
            <translation>La cantidad debe estar entre {0} y {1}.</translation>
        </message>
        <message>
            <source>There is no active portal configuration for this account yet.</source>
            <translation>Esta cuenta aún no tiene ninguna configuración del portal activa.</translation>
        </message>
        <message>
            <source>There is no portal configuration yet. Create one in the Portal panel.</source>
            <translation>Aún no hay ninguna configuración del portal. Crea una en el panel Configuración del portal.</translation>
        </message>
        <message>
            <source>This configuration does not allow quantity changes.</source>
            <translation>Esta configuración no permite cambiar la cantidad.</translation>
        </message>
        <message>
            <source>This configuration does not offer changes for its product ({0}).</source>
            <translation>Esta configuración no ofrece cambios para su producto ({0}).</translation>
        </message>
        <message>
            <source>This configuration offers no other price and no quantity change for it.</source>
            <translation>Esta configuración no le ofrece otro precio ni cambio de cantidad.</translation>
        </message>
        <message>
            <source>This customer belongs to a connected account: the session is created there.</source>
            <translation>Este cliente pertenece a una cuenta conectada: la sesión se crea allí.</translation>
        </message>
        <message>
            <source>This customer was deleted on Stripe. What Counterfoil last knew is shown; no portal session can be opened for it.</source>
            <translation>Este cliente se eliminó en Stripe. Se muestra lo último que sabía Counterfoil; no se puede abrir ninguna sesión del portal para él.</translation>
        </message>
        <message>
            <source>This link expired unused. Create a new session for the customer.</source>
            <translation>Este enlace caducó sin usarse. Crea una sesión nueva para el cliente.</translation>
        </message>
        <message>
            <source>This portal configuration does not let customers {0}.</source>
            <translation>Esta configuración del portal no permite a los clientes {0}.</translation>
        </message>
        <message>
            <source>This portal configuration is not active; sessions cannot use it.</source>
            <translation>Esta configuración del portal no está activa; las sesiones no pueden usarla.</translation>
        </message>
        <message>
            <source>This portal configuration no longer exists on Stripe.</source>
            <translation>Esta configuración del portal ya no existe en Stripe.</translation>
        </message>
        <message>
            <source>This subscription has no item to change.</source>
            <translation>Esta suscripción no tiene ningún artículo que cambiar.</translation>
        </message>
        <message>
            <source>Trial ends {0}</source>
            <translation>La prueba gratuita termina el {0}</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En prueba</translation>
        </message>
        <message>
            <source>Type a name, email, phone number or customer id on the left. ↑ ↓ move through the results, Enter opens one, Escape comes back to the search; Ctrl+K jumps to the search from anywhere.</source>
            <translation>Escribe un nombre, correo electrónico, teléfono o ID de cliente a la izquierda. ↑ ↓ recorren los resultados, Intro abre uno, Escape vuelve a la búsqueda; Ctrl+K salta a la búsqueda desde cualquier sitio.</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Incobrable</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impaga</translation>
        </message>
        <message>
            <source>Update payment method</source>
            <translation>Actualizar método de pago</translation>
        </message>
        <message>
            <source>Valid for {0} if unused; once opened, it stays valid for an hour after the customer's last activity.</source>
            <translation>Válida durante {0} si no se usa; una vez abierta, sigue siendo válida hasta una hora después de la última actividad del cliente.</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anulada</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>permitido</translation>
        </message>
        <message>
            <source>cancel subscriptions</source>
            <translation>cancelar suscripciones</translation>
        </message>
        <message>
            <source>change subscriptions</source>
            <translation>cambiar suscripciones</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>https:// (where “Return” leads)</source>
            <translation>https:// (adonde lleva «Volver»)</translation>
        </message>
        <message>
            <source>invoices kept as drafts</source>
            <translation>facturas conservadas como borrador</translation>
        </message>
        <message>
            <source>invoices marked uncollectible</source>
            <translation>facturas marcadas como incobrables</translation>
        </message>
        <message>
            <source>invoices voided</source>
            <translation>facturas anuladas</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>no disponible</translation>
        </message>
        <message>
            <source>tax excl.</source>
            <translation>impuestos excl.</translation>
        </message>
        <message>
            <source>tax incl.</source>
            <translation>impuestos incl.</translation>
        </message>
        <message>
            <source>update payment methods</source>
            <translation>actualizar métodos de pago</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>{0} (default)</source>
            <translation>{0} (predeterminada)</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (inactiva)</translation>
        </message>
        <message>
            <source>{0} (no longer exists)</source>
            <translation>{0} (ya no existe)</translation>
        </message>
        <message>
            <source>{0} credit</source>
            <translation>{0} a favor</translation>
        </message>
        <message>
            <source>{0} owed</source>
            <translation>{0} adeudado</translation>
        </message>
        <message>
            <source>{0} price(s) of this configuration are not offered: their tax behavior differs.</source>
            <translation>{0} precio(s) de esta configuración no se ofrecen: su comportamiento fiscal es distinto.</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} · {1} · by {2}</source>
            <translation>{0} · {1} · por {2}</translation>
        </message>
        <message>
            <source>{0} × {1} — {2} / {3}</source>
            <translation>{0} × {1} — {2} / {3}</translation>
        </message>
        <message>
            <source>{0} — {1} per unit / {2}, usage-based</source>
            <translation>{0} — {1} por unidad / {2}, por consumo</translation>
        </message>
        <message>
            <source>“On behalf of” is only for platform customers; this customer belongs to a connected account.</source>
            <translation>«En nombre de» es solo para clientes de la plataforma; este cliente pertenece a una cuenta conectada.</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>SEPA Direct Debit</source>
            <translation>Débito directo SEPA</translation>
        </message>
        <message>
            <source>US bank account</source>
            <translation>Cuenta bancaria de EE. UU.</translation>
        </message>
        <message>
            <source>Bacs Direct Debit</source>
            <translation>Débito directo Bacs</translation>
        </message>
        <message>
            <source>BECS Direct Debit</source>
            <translation>Débito directo BECS</translation>
        </message>
        <message>
            <source>Pre-authorized debit</source>
            <translation>Débito preautorizado</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo: sample data in a sandbox running on this computer. Nothing is sent to Stripe, and it's reset when you quit.</source>
            <translation>Demo: datos de ejemplo en un entorno de prueba que se ejecuta en este ordenador. No se envía nada a Stripe y se restablece al salir.</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>Sin diferencias</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedAccountsDialog</name>
        <message>
            <source>Disconnected accounts</source>
            <translation>Cuentas desconectadas</translation>
        </message>
        <message>
            <source>Disconnecting from your platform cancels nothing: these subscriptions keep charging until you cancel them. Only subscriptions your platform created can be cancelled here.</source>
            <translation>Desconectarse de tu plataforma no cancela nada: estas suscripciones siguen cobrando hasta que las canceles. Aquí solo se pueden cancelar las suscripciones que creó tu plataforma.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Suscripción</translation>
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
            <translation>Estado</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creada por</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No disconnected account has platform subscriptions still running.</source>
            <translation>Ninguna cuenta desconectada tiene suscripciones de la plataforma aún activas.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) disconnected{2}: %n platform subscription(s) running.</source>
            <translation>
                <numerusform>{0} ({1}) se desconectó{2}: %n suscripción de la plataforma activa.</numerusform>
                <numerusform>{0} ({1}) se desconectó{2}: %n suscripciones de la plataforma activas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct subscription(s) still run on its own account; only it can cancel those now.</source>
            <translation>
                <numerusform>%n suscripción directa sigue activa en su propia cuenta; ahora solo esa cuenta puede cancelarla.</numerusform>
                <numerusform>%n suscripciones directas siguen activas en su propia cuenta; ahora solo esa cuenta puede cancelarlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>Cancelar %n suscripción…</numerusform>
                <numerusform>Cancelar %n suscripciones…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) now? They end immediately and send no more invoices. This cannot be undone.</source>
            <translation>
                <numerusform>¿Cancelar %n suscripción ahora? Finaliza de inmediato y no envía más facturas. No se puede deshacer.</numerusform>
                <numerusform>¿Cancelar %n suscripciones ahora? Finalizan de inmediato y no envían más facturas. No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) of disconnected accounts</source>
            <translation>
                <numerusform>Cancelar %n suscripción de cuentas desconectadas</numerusform>
                <numerusform>Cancelar %n suscripciones de cuentas desconectadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln canceled</source>
            <translation>
                <numerusform>%Ln cancelada</numerusform>
                <numerusform>%Ln canceladas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln had already ended</source>
            <translation>
                <numerusform>%Ln ya había finalizado</numerusform>
                <numerusform>%Ln ya habían finalizado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln con error</numerusform>
                <numerusform>%Ln con error</numerusform>
            </translation>
        </message>
        <message>
            <source>No account has disconnected from your platform.</source>
            <translation>Ninguna cuenta se ha desconectado de tu plataforma.</translation>
        </message>
        <message>
            <source>Not created by your platform: left alone.</source>
            <translation>No la creó tu plataforma: no se toca.</translation>
        </message>
        <message>
            <source>Skipped: not created by your platform</source>
            <translation>Omitida: no la creó tu plataforma</translation>
        </message>
        <message>
            <source>Yes, cancel {0}</source>
            <translation>Sí, cancelar {0}</translation>
        </message>
        <message>
            <source>Cancelling 1 of {0}…</source>
            <translation>Cancelando 1 de {0}…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Cancelling {0} of {1}…</source>
            <translation>Cancelando {0} de {1}…</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Already ended ({0})</source>
            <translation>Ya finalizada ({0})</translation>
        </message>
        <message>
            <source>Failed: {0}</source>
            <translation>Error: {0}</translation>
        </message>
        <message>
            <source>Stopped. {0}</source>
            <translation>Detenido. {0}</translation>
        </message>
        <message>
            <source>Stopped: {0}</source>
            <translation>Detenido: {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Discard…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <source>Throw these changes away?</source>
            <translation>¿Descartar estos cambios?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Conservarlos</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the request id for Stripe support</source>
            <translation>Copiar el ID de la solicitud para el soporte de Stripe</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Request ID: {0}</source>
            <translation>ID de la solicitud: {0}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, email or id</source>
            <translation>Nombre, correo o ID</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportamiento</translation>
        </message>
        <message>
            <source>All behaviours</source>
            <translation>Todos los comportamientos</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Se reanuda</translation>
        </message>
        <message>
            <source>Any resume date</source>
            <translation>Cualquier fecha de reanudación</translation>
        </message>
        <message>
            <source>Resumes within…</source>
            <translation>Se reanuda en…</translation>
        </message>
        <message>
            <source>Paused indefinitely</source>
            <translation>En pausa indefinidamente</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Resumes within this many days</source>
            <translation>Se reanuda en este número de días como máximo</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <source>Resumed by hand: no resume dates</source>
            <translation>Reanudación manual: sin fechas de reanudación</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Todas las monedas</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Synced from Stripe</source>
            <translation>Sincronizada desde Stripe</translation>
        </message>
        <message>
            <source>From a Stripe event</source>
            <translation>De un evento de Stripe</translation>
        </message>
        <message>
            <source>Saved here</source>
            <translation>Guardada aquí</translation>
        </message>
        <message>
            <source>History of “{0}”</source>
            <translation>Historial de «{0}»</translation>
        </message>
        <message>
            <source>Every version Counterfoil has seen or saved. Select two to compare them, or one to see what restoring it would change. Restoring makes a new save, checked and reviewed like any other.</source>
            <translation>Todas las versiones que Counterfoil ha visto o guardado. Selecciona dos para compararlas, o una para ver qué cambiaría al restaurarla. Restaurar hace un nuevo guardado, comprobado y revisado como cualquier otro.</translation>
        </message>
        <message>
            <source>Version from</source>
            <translation>Versión de</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>De dónde procede</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> y {0} más</translation>
        </message>
        <message>
            <source>No setting changed</source>
            <translation>Ningún ajuste cambiado</translation>
        </message>
        <message>
            <source>Oldest version kept</source>
            <translation>Versión más antigua conservada</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Restaurar esta versión…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Changes from the older to the newer version:</source>
            <translation>Cambios de la versión más antigua a la más reciente:</translation>
        </message>
        <message>
            <source>In the editor now</source>
            <translation>En el editor ahora</translation>
        </message>
        <message>
            <source>What restoring this version would change:</source>
            <translation>Qué cambiaría al restaurar esta versión:</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Selecciona una versión, o dos para compararlas.</translation>
        </message>
        <message>
            <source>Select at most two versions to compare.</source>
            <translation>Selecciona como máximo dos versiones para comparar.</translation>
        </message>
    </context>
    <context>
        <name>HitDelegate</name>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>From Stripe</source>
            <translation>De Stripe</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <source>Upload…</source>
            <translation>Subir…</translation>
        </message>
        <message>
            <source>JPEG, PNG or GIF, at most 512 KB, at least 128×128 pixels</source>
            <translation>JPEG, PNG o GIF, como máximo 512 KB, al menos 128×128 píxeles</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Forget the new image and keep the saved one</source>
            <translation>Olvidar la imagen nueva y conservar la guardada</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
    </context>
    <context>
        <name>ImageStore</name>
        <message>
            <source>The image {0} could not be read.</source>
            <translation>No se pudo leer la imagen {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n configuration(s): {0}</source>
            <translation>
                <numerusform>%n configuración: {0}</numerusform>
                <numerusform>%n configuraciones: {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>live</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>test</source>
            <translation>prueba</translation>
        </message>
        <message>
            <source> — from {0} ({1} mode)</source>
            <translation> — de {0} (modo {1})</translation>
        </message>
        <message>
            <source>Target account</source>
            <translation>Cuenta de destino</translation>
        </message>
        <message>
            <source> (open now)</source>
            <translation> (abierta ahora)</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Importar en</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Target price</source>
            <translation>Precio de destino</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Asignado por</translation>
        </message>
        <message>
            <source>Create them without what cannot be mapped</source>
            <translation>Crearlas sin lo que no se puede asignar</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Reading the products and prices of {0}…</source>
            <translation>Leyendo los productos y precios de {0}…</translation>
        </message>
        <message>
            <source>Could not read the target account</source>
            <translation>No se pudo leer la cuenta de destino</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>cannot be mapped</source>
            <translation>no se puede asignar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be mapped ({0})&lt;/b&gt; — nothing has been created:</source>
            <translation>&lt;b&gt;No se puede asignar ({0})&lt;/b&gt;: no se ha creado nada:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Everything can be mapped.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Todo se puede asignar.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Create {0} in {1}</source>
            <translation>Crear {0} en {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n configuration(s)</source>
            <translation>
                <numerusform>%n configuración</numerusform>
                <numerusform>%n configuraciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Create portal configurations {0}</source>
            <translation>Crear configuraciones del portal {0}</translation>
        </message>
        <message>
            <source>Customers of this live account can be sent to them.</source>
            <translation>Los clientes de esta cuenta en modo activo pueden ser enviados a ellas.</translation>
        </message>
        <message>
            <source>Create in live mode</source>
            <translation>Crear en modo activo</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Creando…</translation>
        </message>
        <message>
            <source>Stripe refused to create the configuration</source>
            <translation>Stripe se negó a crear la configuración</translation>
        </message>
    </context>
    <context>
        <name>InsightsPane</name>
        <message>
            <source>What customers can do</source>
            <translation>Qué pueden hacer los clientes</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>✓ Nothing to fix: Stripe will accept this.</source>
            <translation>✓ Nada que corregir: Stripe lo aceptará.</translation>
        </message>
        <message>
            <source>{0} to fix before saving, {1} to review. Click one to see its field.</source>
            <translation>{0} que corregir antes de guardar, {1} que revisar. Haz clic en uno para ver su campo.</translation>
        </message>
        <message>
            <source>{0} to review; Stripe accepts them, but customers may be affected.</source>
            <translation>{0} que revisar; Stripe los acepta, pero pueden afectar a los clientes.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFeeDialog</name>
        <message>
            <source>Application fee on the latest invoice</source>
            <translation>Comisión de la aplicación en la última factura</translation>
        </message>
        <message>
            <source>Invoice {0} ({1}), amount due {2}. Current application fee: {3}. The fee can be at most the amount due.</source>
            <translation>Factura {0} ({1}), importe adeudado {2}. Comisión de la aplicación actual: {3}. La comisión puede ser como máximo el importe adeudado.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Amount in {0}</source>
            <translation>Importe en {0}</translation>
        </message>
        <message>
            <source>Application fee</source>
            <translation>Comisión de la aplicación</translation>
        </message>
        <message>
            <source>Set fee</source>
            <translation>Fijar comisión</translation>
        </message>
        <message>
            <source>Enter an amount between 0 and {0}.</source>
            <translation>Introduce un importe entre 0 y {0}.</translation>
        </message>
        <message>
            <source>Set the application fee of invoice {0}</source>
            <translation>Fijar la comisión de la aplicación de la factura {0}</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>pause_collection is set: the subscription keeps its status and Stripe keeps creating invoices, handled as its behaviour says, until collection resumes.</source>
            <translation>pause_collection está definido: la suscripción conserva su estado y Stripe sigue creando facturas, tratadas según su comportamiento, hasta que se reanude el cobro.</translation>
        </message>
        <message>
            <source>status = paused (paused through the API, or a trial that ended without a payment method): no invoices at all until the subscription is resumed.</source>
            <translation>status = paused (pausada mediante la API o una prueba gratuita que terminó sin método de pago): ninguna factura hasta que se reanude la suscripción.</translation>
        </message>
        <message>
            <source>No paused subscription matches these filters</source>
            <translation>Ninguna suscripción en pausa coincide con estos filtros</translation>
        </message>
        <message>
            <source>Change or clear the filters to see the others.</source>
            <translation>Cambia o borra los filtros para ver las demás.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <source>No subscription has its collection paused</source>
            <translation>Ninguna suscripción tiene el cobro en pausa</translation>
        </message>
        <message>
            <source>When you pause collection on a subscription, here or in the Stripe Dashboard, it is listed here after the next sync.</source>
            <translation>Cuando pausas el cobro de una suscripción, aquí o en el Dashboard de Stripe, aparece aquí tras la siguiente sincronización.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Pausar el cobro…</translation>
        </message>
        <message>
            <source>No subscription is paused</source>
            <translation>Ninguna suscripción está en pausa</translation>
        </message>
        <message>
            <source>Subscriptions with status = paused appear here: paused through the API, or trials that ended without a payment method.</source>
            <translation>Aquí aparecen las suscripciones con status = paused: pausadas mediante la API o pruebas gratuitas que terminaron sin método de pago.</translation>
        </message>
    </context>
    <context>
        <name>LiveBanner</name>
        <message>
            <source>LIVE MODE</source>
            <translation>MODO ACTIVO</translation>
        </message>
        <message>
            <source>{0}: changes here affect real customers and real money. Every change asks you to confirm.</source>
            <translation>{0}: los cambios aquí afectan a clientes reales y a dinero real. Cada cambio te pide confirmación.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Confirm a live change</source>
            <translation>Confirmar un cambio real</translation>
        </message>
        <message>
            <source>Change live data?</source>
            <translation>¿Cambiar datos reales?</translation>
        </message>
        <message>
            <source>on &lt;b&gt;{0}&lt;/b&gt; ({1}), in &lt;b&gt;live mode&lt;/b&gt;.</source>
            <translation>en &lt;b&gt;{0}&lt;/b&gt; ({1}), en &lt;b&gt;modo activo&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This changes your real Stripe account and can affect real customers.</source>
            <translation>Esto cambia tu cuenta real de Stripe y puede afectar a clientes reales.</translation>
        </message>
        <message>
            <source>Change live data</source>
            <translation>Cambiar datos reales</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Add Stripe account…</source>
            <translation>&amp;Añadir cuenta de Stripe…</translation>
        </message>
        <message>
            <source>&amp;Remove this profile…</source>
            <translation>&amp;Eliminar este perfil…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Cuenta</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Download &amp;everything again</source>
            <translation>&amp;Descargar todo de nuevo</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>&amp;Cancelar sincronización</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Counterfoil</source>
            <translation>&amp;Acerca de Counterfoil</translation>
        </message>
        <message>
            <source>Your saved accounts couldn't be read</source>
            <translation>No se pudieron leer tus cuentas guardadas</translation>
        </message>
        <message>
            <source>Opening {0}…</source>
            <translation>Abriendo {0}…</translation>
        </message>
        <message>
            <source>{0} (LIVE) — Counterfoil</source>
            <translation>{0} (ACTIVO) — Counterfoil</translation>
        </message>
        <message>
            <source>{0} (test mode) — Counterfoil</source>
            <translation>{0} (modo de prueba) — Counterfoil</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Iniciando el entorno de prueba de la demo…</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Eliminar perfil</translation>
        </message>
        <message>
            <source>Remove “{0}” from Counterfoil?</source>
            <translation>¿Eliminar «{0}» de Counterfoil?</translation>
        </message>
        <message>
            <source>Its key is deleted from the system keyring and its local cache is deleted. Nothing changes in your Stripe account; you can add it again later.</source>
            <translation>Su clave se elimina del llavero del sistema y se borra su caché local. No cambia nada en tu cuenta de Stripe; puedes volver a añadirla más tarde.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Couldn't open the account</source>
            <translation>No se pudo abrir la cuenta</translation>
        </message>
        <message>
            <source>Sync cancelled; what was fetched is kept.</source>
            <translation>Sincronización cancelada; se conserva lo descargado.</translation>
        </message>
        <message>
            <source>Sync failed: {0}</source>
            <translation>La sincronización falló: {0}</translation>
        </message>
        <message>
            <source>About Counterfoil</source>
            <translation>Acerca de Counterfoil</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;A desktop back office for Stripe Billing.&lt;/p&gt;&lt;p&gt;Keys stay in your system keyring; data is cached locally on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Counterfoil 0.1&lt;/h3&gt;&lt;p&gt;Un back office de escritorio para Stripe Billing.&lt;/p&gt;&lt;p&gt;Las claves se quedan en el llavero del sistema; los datos se guardan en caché en este ordenador.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Changed on Stripe while you were editing</source>
            <translation>Cambiado en Stripe mientras editabas</translation>
        </message>
        <message>
            <source>“{0}” changed on Stripe while you were editing</source>
            <translation>«{0}» cambió en Stripe mientras editabas</translation>
        </message>
        <message>
            <source>Someone saved it {0}. Nothing is lost: their changes and yours are listed below. Merge them, then review before saving.</source>
            <translation>Alguien la guardó {0}. No se pierde nada: sus cambios y los tuyos aparecen abajo. Combínalos y revisa antes de guardar.</translation>
        </message>
        <message>
            <source>meanwhile</source>
            <translation>mientras tanto</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Ahora en Stripe</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Tuyo</translation>
        </message>
        <message>
            <source>Changed on Stripe (kept)</source>
            <translation>Cambiado en Stripe (se conserva)</translation>
        </message>
        <message>
            <source>Your changes (kept)</source>
            <translation>Tus cambios (se conservan)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changed on both sides&lt;/b&gt; — choose which to keep:</source>
            <translation>&lt;b&gt;Cambiado en ambos lados&lt;/b&gt;: elige qué conservar:</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Merge and review</source>
            <translation>Combinar y revisar</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Añadir entrada</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>ModeBadge</name>
        <message>
            <source>Live mode: changes affect real customers and real money.</source>
            <translation>Modo activo: los cambios afectan a clientes reales y a dinero real.</translation>
        </message>
        <message>
            <source>Test mode: nothing here touches real money.</source>
            <translation>Modo de prueba: nada de esto afecta a dinero real.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Copy link</source>
            <translation>Copiar enlace</translation>
        </message>
        <message>
            <source>What remains to be done</source>
            <translation>Qué queda por hacer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Suscripción</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Primera factura</translation>
        </message>
        <message>
            <source>Payment page</source>
            <translation>Página de pago</translation>
        </message>
        <message>
            <source>Subscription created</source>
            <translation>Suscripción creada</translation>
        </message>
        <message>
            <source>Stripe recognised this as a retry of the same request, so nothing was created twice: this is the subscription from the first attempt.</source>
            <translation>Stripe lo reconoció como un reintento de la misma solicitud, así que no se creó nada dos veces: esta es la suscripción del primer intento.</translation>
        </message>
        <message>
            <source>{0} (new)</source>
            <translation>{0} (nuevo)</translation>
        </message>
        <message>
            <source>{0} · {1} due · {2}</source>
            <translation>{0} · {1} pendiente · {2}</translation>
        </message>
        <message>
            <source>No payment page (nothing to pay).</source>
            <translation>Sin página de pago (no hay nada que pagar).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>Change how collection is paused</source>
            <translation>Cambiar cómo se pausa el cobro</translation>
        </message>
        <message>
            <source>Pause collection</source>
            <translation>Pausar el cobro</translation>
        </message>
        <message>
            <source>Find subscriptions by customer name, email or id</source>
            <translation>Buscar suscripciones por nombre, correo electrónico o ID del cliente</translation>
        </message>
        <message>
            <source>Subscriptions to pause</source>
            <translation>Suscripciones que pausar</translation>
        </message>
        <message>
            <source>While collection is paused, invoices are…</source>
            <translation>Mientras el cobro está en pausa, las facturas…</translation>
        </message>
        <message>
            <source>Resume collection automatically on</source>
            <translation>Reanudar el cobro automáticamente el</translation>
        </message>
        <message>
            <source>Resume date</source>
            <translation>Fecha de reanudación</translation>
        </message>
        <message>
            <source>1 subscription selected</source>
            <translation>1 suscripción seleccionada</translation>
        </message>
        <message>
            <source>{0} subscriptions selected</source>
            <translation>{0} suscripciones seleccionadas</translation>
        </message>
        <message>
            <source>Tick the subscriptions whose collection you want to pause</source>
            <translation>Marca las suscripciones cuyo cobro quieres pausar</translation>
        </message>
        <message>
            <source>1 subscription chosen</source>
            <translation>1 suscripción elegida</translation>
        </message>
        <message>
            <source>{0} subscriptions chosen</source>
            <translation>{0} suscripciones elegidas</translation>
        </message>
        <message>
            <source>{0} will be skipped, not sent:</source>
            <translation>{0} se omitirán, no se enviarán:</translation>
        </message>
        <message>
            <source>…and {0} more.</source>
            <translation>…y {0} más.</translation>
        </message>
        <message>
            <source>Pause {0} subscriptions</source>
            <translation>Pausar {0} suscripciones</translation>
        </message>
        <message>
            <source>Stripe clears the pause at the start of that day (your time).</source>
            <translation>Stripe quita la pausa al comienzo de ese día (tu hora).</translation>
        </message>
        <message>
            <source>Without a date, collection stays paused until you resume it.</source>
            <translation>Sin fecha, el cobro sigue en pausa hasta que lo reanudes.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>Elige al menos una suscripción.</translation>
        </message>
        <message>
            <source>None of these subscriptions can be changed from here (see above).</source>
            <translation>Ninguna de estas suscripciones se puede cambiar desde aquí (ver arriba).</translation>
        </message>
    </context>
    <context>
        <name>PauseLengthsEditor</name>
        <message>
            <source>Add a pause length</source>
            <translation>Añadir una duración de pausa</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Número de unidades</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Remove this pause length</source>
            <translation>Eliminar esta duración de pausa</translation>
        </message>
    </context>
    <context>
        <name>PausedCollectionsPanel</name>
        <message>
            <source>Paused collections</source>
            <translation>Cobros en pausa</translation>
        </message>
        <message>
            <source>Look up pause dates</source>
            <translation>Consultar fechas de pausa</translation>
        </message>
        <message>
            <source>Read Stripe's recent subscription events (the last 30 days) to learn when collection was paused.</source>
            <translation>Lee los eventos recientes de suscripciones de Stripe (los últimos 30 días) para saber cuándo se pausó el cobro.</translation>
        </message>
        <message>
            <source>Pause collection…</source>
            <translation>Pausar el cobro…</translation>
        </message>
        <message>
            <source>Pause collection on subscriptions (Ctrl+Shift+P)</source>
            <translation>Pausar el cobro de suscripciones (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Export the list shown to CSV (Ctrl+E)</source>
            <translation>Exportar la lista mostrada a CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Export CSV for Excel (UTF-8 with BOM)…</source>
            <translation>Exportar CSV para Excel (UTF-8 con BOM)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Change pause…</source>
            <translation>Cambiar pausa…</translation>
        </message>
        <message>
            <source>Change the behaviour or resume date of the selected subscriptions</source>
            <translation>Cambiar el comportamiento o la fecha de reanudación de las suscripciones seleccionadas</translation>
        </message>
        <message>
            <source>Resume collection</source>
            <translation>Reanudar el cobro</translation>
        </message>
        <message>
            <source>Resume collection on the selected subscriptions (Ctrl+Shift+R)</source>
            <translation>Reanudar el cobro de las suscripciones seleccionadas (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <source>No account open</source>
            <translation>Ninguna cuenta abierta</translation>
        </message>
        <message>
            <source>Open or add a Stripe account to see its paused subscriptions.</source>
            <translation>Abre o añade una cuenta de Stripe para ver sus suscripciones en pausa.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Reading the paused subscriptions from this computer's cache.</source>
            <translation>Leyendo las suscripciones en pausa de la caché de este ordenador.</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Nada que mostrar</translation>
        </message>
        <message>
            <source>The paused subscriptions could not be read (see above).</source>
            <translation>No se pudieron leer las suscripciones en pausa (ver arriba).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Paused subscriptions appear here when the first sync of this account finishes.</source>
            <translation>Las suscripciones en pausa aparecen aquí cuando termina la primera sincronización de esta cuenta.</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún no sincronizado</translation>
        </message>
        <message>
            <source>This account's subscriptions are not on this computer yet. Sync to list the paused ones.</source>
            <translation>Las suscripciones de esta cuenta aún no están en este ordenador. Sincroniza para listar las que están en pausa.</translation>
        </message>
        <message>
            <source>Could not read the paused subscriptions</source>
            <translation>No se pudieron leer las suscripciones en pausa</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>{0} with collection paused</source>
            <translation>{0} con el cobro en pausa</translation>
        </message>
        <message>
            <source>{0} with status paused</source>
            <translation>{0} con estado en pausa</translation>
        </message>
        <message>
            <source>From this computer's copy of your Stripe data: {0}.</source>
            <translation>De la copia de tus datos de Stripe en este ordenador: {0}.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them: look up pause dates to read Stripe's recent events.</source>
            <translation>Se desconoce «En pausa desde» para {0} de ellas: consulta las fechas de pausa para leer los eventos recientes de Stripe.</translation>
        </message>
        <message>
            <source>“Paused since” is unknown for {0} of them (paused more than 30 days ago, before the events Stripe keeps).</source>
            <translation>Se desconoce «En pausa desde» para {0} de ellas (pausadas hace más de 30 días, antes de los eventos que conserva Stripe).</translation>
        </message>
        <message>
            <source>Collection paused</source>
            <translation>Cobro en pausa</translation>
        </message>
        <message>
            <source>Subscription paused (status)</source>
            <translation>Suscripción en pausa (estado)</translation>
        </message>
        <message>
            <source>1 selected</source>
            <translation>1 seleccionada</translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation>{0} seleccionadas</translation>
        </message>
        <message>
            <source>Select subscriptions to change or resume their pause.</source>
            <translation>Selecciona suscripciones para cambiar o reanudar su pausa.</translation>
        </message>
        <message>
            <source>Resuming status-paused subscriptions is done in Stripe.</source>
            <translation>Las suscripciones con estado en pausa se reanudan en Stripe.</translation>
        </message>
        <message numerus="yes">
            <source>Pause collection ({0}) on %n subscription(s)</source>
            <translation>
                <numerusform>Pausar el cobro ({0}) de %n suscripción</numerusform>
                <numerusform>Pausar el cobro ({0}) de %n suscripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume collection on %n subscription(s)</source>
            <translation>
                <numerusform>Reanudar el cobro de %n suscripción</numerusform>
                <numerusform>Reanudar el cobro de %n suscripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Looked up pause dates: %n new event(s) from Stripe.</source>
            <translation>
                <numerusform>Fechas de pausa consultadas: %n evento nuevo de Stripe.</numerusform>
                <numerusform>Fechas de pausa consultadas: %n eventos nuevos de Stripe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts: {0}</source>
            <translation>Cuentas: {0}</translation>
        </message>
        <message>
            <source>Export paused subscriptions</source>
            <translation>Exportar suscripciones en pausa</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Exportando a {0}…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportación cancelada; no se escribió nada.</translation>
        </message>
        <message>
            <source>subscription</source>
            <translation>suscripción</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>suscripciones</translation>
        </message>
        <message>
            <source>Exported {0} {1} to {2}.</source>
            <translation>Se exportaron {0} {1} a {2}.</translation>
        </message>
        <message>
            <source>The CSV was not written</source>
            <translation>No se escribió el CSV</translation>
        </message>
        <message>
            <source>Could not look up pause dates</source>
            <translation>No se pudieron consultar las fechas de pausa</translation>
        </message>
        <message>
            <source>Looking up pause dates in Stripe's events…</source>
            <translation>Consultando las fechas de pausa en los eventos de Stripe…</translation>
        </message>
        <message>
            <source>Lookup cancelled.</source>
            <translation>Consulta cancelada.</translation>
        </message>
        <message>
            <source>Looking up pause dates… {0}: {1} found so far</source>
            <translation>Consultando fechas de pausa… {0}: {1} encontradas hasta ahora</translation>
        </message>
    </context>
    <context>
        <name>PausedTableModel</name>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Comportamiento</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Cobro</translation>
        </message>
        <message>
            <source>Collection resumes automatically on {0}.</source>
            <translation>El cobro se reanuda automáticamente el {0}.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Days paused</source>
            <translation>Días en pausa</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Indefinitely</source>
            <translation>Indefinidamente</translation>
        </message>
        <message>
            <source>Invoices while paused</source>
            <translation>Facturas durante la pausa</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Latest invoice</source>
            <translation>Última factura</translation>
        </message>
        <message>
            <source>List price per billing period, before discounts and taxes. ≈ marks a per-month equivalent (items on different intervals); ≥ means metered items are left out.</source>
            <translation>Precio de lista por período de facturación, antes de descuentos e impuestos. ≈ indica un equivalente mensual (artículos con intervalos distintos); ≥ significa que se excluyen los artículos con cobro por consumo.</translation>
        </message>
        <message>
            <source>No longer paused (refresh)</source>
            <translation>Ya no está en pausa (actualiza)</translation>
        </message>
        <message>
            <source>No resume date: collection stays paused until someone resumes it.</source>
            <translation>Sin fecha de reanudación: el cobro sigue en pausa hasta que alguien lo reanude.</translation>
        </message>
        <message>
            <source>Not in the synced events (Stripe keeps 30 days of events). Use “Look up pause dates” to read them from Stripe.</source>
            <translation>No está en los eventos sincronizados (Stripe conserva 30 días de eventos). Usa «Consultar fechas de pausa» para leerlos de Stripe.</translation>
        </message>
        <message>
            <source>Paused since</source>
            <translation>En pausa desde</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Recurring amount</source>
            <translation>Importe recurrente</translation>
        </message>
        <message>
            <source>Resumes</source>
            <translation>Se reanuda</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Suscripción</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>≈ {0} per month</source>
            <translation>≈ {0} al mes</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPanel</name>
        <message>
            <source>Not built yet</source>
            <translation>Aún no disponible</translation>
        </message>
        <message>
            <source>This panel is planned but not part of this version of Counterfoil yet. Nothing is wrong with your account or your data.</source>
            <translation>Este panel está previsto, pero aún no forma parte de esta versión de Counterfoil. Tu cuenta y tus datos están bien.</translation>
        </message>
        <message>
            <source>What it will do</source>
            <translation>Qué hará</translation>
        </message>
        <message>
            <source>Already synced to this computer: {0}.</source>
            <translation>Ya sincronizado en este ordenador: {0}.</translation>
        </message>
    </context>
    <context>
        <name>PortalConfiguration</name>
        <message>
            <source>1 hour ago</source>
            <translation>hace 1 hora</translation>
        </message>
        <message>
            <source>1 minute ago</source>
            <translation>hace 1 minuto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copiar enlace</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminada</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactiva</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nueva configuración</translation>
        </message>
        <message>
            <source>No headline: the portal shows its standard greeting</source>
            <translation>Sin titular: el portal muestra su saludo estándar</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Aún no creada</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configuración sin nombre</translation>
        </message>
        <message>
            <source>Unsaved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivado</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>aún no creada</translation>
        </message>
        <message>
            <source>one-time price</source>
            <translation>precio único</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>actualizada {0}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>{0} (unknown to Stripe)</source>
            <translation>{0} (desconocido para Stripe)</translation>
        </message>
        <message>
            <source>{0} days ago</source>
            <translation>hace {0} días</translation>
        </message>
        <message>
            <source>{0} hours ago</source>
            <translation>hace {0} horas</translation>
        </message>
        <message>
            <source>{0} minutes ago</source>
            <translation>hace {0} minutos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Página de inicio de sesión</translation>
        </message>
    </context>
    <context>
        <name>PortalConfigurationPanel</name>
        <message>
            <source>Search by name or ID</source>
            <translation>Buscar por nombre o ID</translation>
        </message>
        <message>
            <source>Search configurations</source>
            <translation>Buscar configuraciones</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactiva</translation>
        </message>
        <message>
            <source>Portal configurations</source>
            <translation>Configuraciones del portal</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>New configuration, with the Dashboard's defaults (Ctrl+N)</source>
            <translation>Nueva configuración, con los valores predeterminados del Dashboard (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>Importar / exportar</translation>
        </message>
        <message>
            <source>Loading portal configurations…</source>
            <translation>Cargando configuraciones del portal…</translation>
        </message>
        <message>
            <source>No portal configuration yet</source>
            <translation>Aún no hay configuración del portal</translation>
        </message>
        <message>
            <source>Create a configuration</source>
            <translation>Crear una configuración</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminada</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Aún no creada</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Every version, compare and restore (Ctrl+H)</source>
            <translation>Todas las versiones, comparar y restaurar (Ctrl+H)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>A new configuration with these settings (Ctrl+D)</source>
            <translation>Una configuración nueva con estos ajustes (Ctrl+D)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Check, review and send to Stripe (Ctrl+S)</source>
            <translation>Comprobar, revisar y enviar a Stripe (Ctrl+S)</translation>
        </message>
        <message>
            <source>New configuration</source>
            <translation>Nueva configuración</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Copy login page link</source>
            <translation>Copiar el enlace de la página de inicio de sesión</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <source>Make default…</source>
            <translation>Hacer predeterminada…</translation>
        </message>
        <message>
            <source>Export this configuration…</source>
            <translation>Exportar esta configuración…</translation>
        </message>
        <message>
            <source>Copy to another account (test → live)…</source>
            <translation>Copiar a otra cuenta (prueba → activo)…</translation>
        </message>
        <message>
            <source>Import from a file…</source>
            <translation>Importar de un archivo…</translation>
        </message>
        <message>
            <source>Export all configurations…</source>
            <translation>Exportar todas las configuraciones…</translation>
        </message>
        <message>
            <source>Open a Stripe account</source>
            <translation>Abre una cuenta de Stripe</translation>
        </message>
        <message>
            <source>Choose or add an account to see its customer portal configurations.</source>
            <translation>Elige o añade una cuenta para ver sus configuraciones del portal de clientes.</translation>
        </message>
        <message>
            <source>Your saved drafts could not be read and were set aside: {0}</source>
            <translation>No se pudieron leer tus borradores guardados y se apartaron: {0}</translation>
        </message>
        <message>
            <source>Create one here with the Dashboard's defaults, or import one. Stripe also creates a default configuration the first time you open the customer portal settings in the Dashboard.</source>
            <translation>Crea una aquí con los valores predeterminados del Dashboard o importa una. Stripe también crea una configuración predeterminada la primera vez que abres la configuración del portal de clientes en el Dashboard.</translation>
        </message>
        <message>
            <source>Could not read the local cache</source>
            <translation>No se pudo leer la caché local</translation>
        </message>
        <message>
            <source>Could not read the configurations</source>
            <translation>No se pudieron leer las configuraciones</translation>
        </message>
        <message>
            <source>No configurations yet.</source>
            <translation>Aún no hay configuraciones.</translation>
        </message>
        <message>
            <source>{0} active, {1} inactive</source>
            <translation>{0} activas, {1} inactivas</translation>
        </message>
        <message>
            <source>Your unsaved changes from {0} are back.</source>
            <translation>Tus cambios sin guardar de {0} han vuelto.</translation>
        </message>
        <message>
            <source>This configuration has changed on Stripe since; saving will show both changes so you can merge them.</source>
            <translation>Esta configuración ha cambiado en Stripe desde entonces; al guardar verás ambos cambios para combinarlos.</translation>
        </message>
        <message>
            <source>Draft restored</source>
            <translation>Borrador restaurado</translation>
        </message>
        <message>
            <source>Unnamed configuration</source>
            <translation>Configuración sin nombre</translation>
        </message>
        <message>
            <source>updated {0}</source>
            <translation>actualizada {0}</translation>
        </message>
        <message>
            <source>live mode</source>
            <translation>modo activo</translation>
        </message>
        <message>
            <source>A new configuration: saving creates it on Stripe</source>
            <translation>Una configuración nueva: al guardar se crea en Stripe</translation>
        </message>
        <message>
            <source>Create configuration</source>
            <translation>Crear configuración</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first; saving shows where.</source>
            <translation>
                <numerusform>%n problema que corregir antes; al guardar verás dónde.</numerusform>
                <numerusform>%n problemas que corregir antes; al guardar verás dónde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivar</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated.</source>
            <translation>La configuración predeterminada no se puede desactivar.</translation>
        </message>
        <message>
            <source>Your draft could not be saved on this computer</source>
            <translation>No se pudo guardar tu borrador en este ordenador</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <source>Throw away the unsaved changes to “{0}”? This can't be undone.</source>
            <translation>¿Descartar los cambios sin guardar de «{0}»? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Starts with the Stripe Dashboard's defaults. Nothing is created on Stripe until you save.</source>
            <translation>Empieza con los valores predeterminados del Dashboard de Stripe. No se crea nada en Stripe hasta que guardes.</translation>
        </message>
        <message>
            <source>Login page link copied.</source>
            <translation>Enlace de la página de inicio de sesión copiado.</translation>
        </message>
        <message>
            <source>A copy of “{0}”. Nothing is created on Stripe until you save.</source>
            <translation>Una copia de «{0}». No se crea nada en Stripe hasta que guardes.</translation>
        </message>
        <message>
            <source>A new configuration with these settings (anything not listed is off or empty).</source>
            <translation>Una configuración nueva con estos ajustes (lo que no aparece está desactivado o vacío).</translation>
        </message>
        <message>
            <source>After saving</source>
            <translation>Después de guardar</translation>
        </message>
        <message>
            <source>Can't import this file</source>
            <translation>No se puede importar este archivo</translation>
        </message>
        <message>
            <source>Changed on Stripe</source>
            <translation>Cambiado en Stripe</translation>
        </message>
        <message>
            <source>Compared with the version on Stripe now (updated {0}). Only these fields are sent.</source>
            <translation>Comparado con la versión actual en Stripe (actualizada {0}). Solo se envían estos campos.</translation>
        </message>
        <message>
            <source>Comparing with Stripe…</source>
            <translation>Comparando con Stripe…</translation>
        </message>
        <message>
            <source>Copy of {0}</source>
            <translation>Copia de {0}</translation>
        </message>
        <message>
            <source>Copy “{0}” to another account</source>
            <translation>Copiar «{0}» a otra cuenta</translation>
        </message>
        <message>
            <source>Create the portal configuration “{0}”</source>
            <translation>Crear la configuración del portal «{0}»</translation>
        </message>
        <message>
            <source>Create “{0}”</source>
            <translation>Crear «{0}»</translation>
        </message>
        <message>
            <source>Created {0} in {1}.</source>
            <translation>Se creó {0} en {1}.</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Creando…</translation>
        </message>
        <message>
            <source>Deactivate the portal configuration “{0}”</source>
            <translation>Desactivar la configuración del portal «{0}»</translation>
        </message>
        <message>
            <source>Deactivate “{0}”?</source>
            <translation>¿Desactivar «{0}»?</translation>
        </message>
        <message>
            <source>Deactivated.</source>
            <translation>Desactivada.</translation>
        </message>
        <message>
            <source>Deactivating…</source>
            <translation>Desactivando…</translation>
        </message>
        <message>
            <source>Empty configuration</source>
            <translation>Configuración vacía</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <source>Export portal configurations</source>
            <translation>Exportar configuraciones del portal</translation>
        </message>
        <message>
            <source>Import portal configurations</source>
            <translation>Importar configuraciones del portal</translation>
        </message>
        <message>
            <source>It changed on Stripe again while you were reviewing; here are both changes.</source>
            <translation>Volvió a cambiar en Stripe mientras revisabas; aquí están ambos cambios.</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Make default</source>
            <translation>Hacer predeterminada</translation>
        </message>
        <message>
            <source>Make “{0}” the default?</source>
            <translation>¿Hacer que «{0}» sea la predeterminada?</translation>
        </message>
        <message>
            <source>New portal sessions can't use an inactive configuration. Customers already in the portal are not affected. You can reactivate it at any time.</source>
            <translation>Las nuevas sesiones del portal no pueden usar una configuración inactiva. Los clientes que ya están en el portal no se ven afectados. Puedes reactivarla en cualquier momento.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Aún no guardado</translation>
        </message>
        <message>
            <source>Nothing to save: Stripe already has this.</source>
            <translation>Nada que guardar: Stripe ya tiene esto.</translation>
        </message>
        <message>
            <source>Now on Stripe</source>
            <translation>Ahora en Stripe</translation>
        </message>
        <message>
            <source>Reactivate the portal configuration “{0}”</source>
            <translation>Reactivar la configuración del portal «{0}»</translation>
        </message>
        <message>
            <source>Reactivated.</source>
            <translation>Reactivada.</translation>
        </message>
        <message>
            <source>Reactivating…</source>
            <translation>Reactivando…</translation>
        </message>
        <message>
            <source>Review changes to “{0}”</source>
            <translation>Revisar los cambios de «{0}»</translation>
        </message>
        <message>
            <source>Saved — Stripe has it now.</source>
            <translation>Guardado: ya está en Stripe.</translation>
        </message>
        <message>
            <source>Saving is on hold: this configuration changed on Stripe. Your edits are kept; save again to merge.</source>
            <translation>El guardado está en espera: esta configuración cambió en Stripe. Tus cambios se conservan; vuelve a guardar para combinarlos.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Stripe did not accept the change</source>
            <translation>Stripe no aceptó el cambio</translation>
        </message>
        <message>
            <source>Stripe's API can't change which configuration is the default: the default is the one the Dashboard edits, “{1}”.

Counterfoil can copy the settings of “{0}” (features, business information, links and login page) onto “{1}”, so portal sessions without a configuration behave like “{0}”. You'll review the change before it is saved.</source>
            <translation>La API de Stripe no puede cambiar qué configuración es la predeterminada: la predeterminada es la que edita el Dashboard, «{1}».

Counterfoil puede copiar los ajustes de «{0}» (funcionalidades, información de la empresa, enlaces y página de inicio de sesión) en «{1}», para que las sesiones del portal sin configuración se comporten como «{0}». Revisarás el cambio antes de guardarlo.</translation>
        </message>
        <message>
            <source>Stripe: {0}</source>
            <translation>Stripe: {0}</translation>
        </message>
        <message>
            <source>The default configuration can't be deactivated. Make another one the default first.</source>
            <translation>La configuración predeterminada no se puede desactivar. Primero haz predeterminada otra.</translation>
        </message>
        <message>
            <source>The merged configuration has problems to fix before saving.</source>
            <translation>La configuración combinada tiene problemas que corregir antes de guardar.</translation>
        </message>
        <message>
            <source>The settings of “{0}” are loaded into the default configuration “{1}”. Review and save to apply them.</source>
            <translation>Los ajustes de «{0}» se han cargado en la configuración predeterminada «{1}». Revisa y guarda para aplicarlos.</translation>
        </message>
        <message>
            <source>The version from {0} is in the editor. Review and save it to make it current; nothing has been sent yet.</source>
            <translation>La versión de {0} está en el editor. Revísala y guárdala para que sea la actual; aún no se ha enviado nada.</translation>
        </message>
        <message>
            <source>This account has no default configuration yet; Stripe creates it when the customer portal settings are first opened in the Dashboard.</source>
            <translation>Esta cuenta aún no tiene configuración predeterminada; Stripe la crea la primera vez que se abre la configuración del portal de clientes en el Dashboard.</translation>
        </message>
        <message>
            <source>Version restored</source>
            <translation>Versión restaurada</translation>
        </message>
    </context>
    <context>
        <name>PortalPreview</name>
        <message>
            <source>Customer portal preview</source>
            <translation>Vista previa del portal de clientes</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Edit product</source>
            <translation>Editar producto</translation>
        </message>
        <message>
            <source>Add a product</source>
            <translation>Añadir un producto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivado)</translation>
        </message>
        <message>
            <source> (already offered)</source>
            <translation> (ya ofrecido)</translation>
        </message>
        <message>
            <source>Tick the prices customers can switch to. Only one price per billing interval and currency is allowed for a product.</source>
            <translation>Marca los precios a los que pueden cambiar los clientes. Solo se permite un precio por intervalo de facturación y moneda para cada producto.</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Los clientes pueden cambiar la cantidad</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Precios</translation>
        </message>
        <message>
            <source>No products with an active recurring price are synced yet. Create them in Stripe, then sync (F5).</source>
            <translation>Aún no hay productos sincronizados con un precio recurrente activo. Créalos en Stripe y luego sincroniza (F5).</translation>
        </message>
        <message>
            <source>Customers can't switch to this price: {0}.</source>
            <translation>Los clientes no pueden cambiar a este precio: {0}.</translation>
        </message>
        <message>
            <source>{0} (not in the synced catalogue)</source>
            <translation>{0} (no está en el catálogo sincronizado)</translation>
        </message>
    </context>
    <context>
        <name>ProductsEditor</name>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Prices customers can switch to</source>
            <translation>Precios a los que pueden cambiar los clientes</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation>Añadir producto…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Move up (the portal lists products in this order)</source>
            <translation>Subir (el portal muestra los productos en este orden)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>{0} (not synced)</source>
            <translation>{0} (no sincronizado)</translation>
        </message>
        <message>
            <source>No prices picked</source>
            <translation>Ningún precio elegido</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} a {1}</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fija</translation>
        </message>
        <message>
            <source>{0} of {1} products</source>
            <translation>{0} de {1} productos</translation>
        </message>
    </context>
    <context>
        <name>QChartView</name>
        <message>
            <source>Indefinite</source>
            <translation>Indefinido</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
    </context>
    <context>
        <name>RevenueChart</name>
        <message>
            <source>Paused recurring revenue by month collection resumes</source>
            <translation>Ingresos recurrentes en pausa por mes de reanudación del cobro</translation>
        </message>
        <message>
            <source>Chart currency</source>
            <translation>Moneda del gráfico</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Moneda:</translation>
        </message>
        <message>
            <source>Nothing to chart.</source>
            <translation>Nada que representar.</translation>
        </message>
        <message>
            <source>Paused recurring revenue (resumed by hand, so no month)</source>
            <translation>Ingresos recurrentes en pausa (reanudación manual, sin mes)</translation>
        </message>
        <message>
            <source>Until resumed</source>
            <translation>Hasta que se reanude</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>{0} per month</source>
            <translation>{0} al mes</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Stripe accepts these, but please check they are what you want:</source>
            <translation>Stripe los acepta, pero comprueba que sean lo que quieres:</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Guardar de todos modos</translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>Nothing was sent. Fix %n problem(s) first; each message is next to its field, and the list on the right takes you there.</source>
            <translation>
                <numerusform>No se envió nada. Corrige primero %n problema; cada mensaje está junto a su campo y la lista de la derecha te lleva hasta él.</numerusform>
                <numerusform>No se envió nada. Corrige primero %n problemas; cada mensaje está junto a su campo y la lista de la derecha te lleva hasta él.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save %n change(s) to the portal configuration “{0}”</source>
            <translation>
                <numerusform>Guardar %n cambio en la configuración del portal «{0}»</numerusform>
                <numerusform>Guardar %n cambios en la configuración del portal «{0}»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <source>On</source>
            <translation>Sí</translation>
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
            <translation>Paneles</translation>
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
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln suscripción</numerusform>
                <numerusform>%Ln suscripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln factura</numerusform>
                <numerusform>%Ln facturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln producto</numerusform>
                <numerusform>%Ln productos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln price(s)</source>
            <translation>
                <numerusform>%Ln precio</numerusform>
                <numerusform>%Ln precios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln payment method(s)</source>
            <translation>
                <numerusform>%Ln método de pago</numerusform>
                <numerusform>%Ln métodos de pago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln portal configuration(s)</source>
            <translation>
                <numerusform>%Ln configuración del portal</numerusform>
                <numerusform>%Ln configuraciones del portal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected account(s)</source>
            <translation>
                <numerusform>%Ln cuenta conectada</numerusform>
                <numerusform>%Ln cuentas conectadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln evento</numerusform>
                <numerusform>%Ln eventos</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sincronizar ahora (F5)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop syncing; what was fetched so far is kept</source>
            <translation>Detener la sincronización; se conserva lo descargado hasta ahora</translation>
        </message>
        <message>
            <source>Offline — showing cached data</source>
            <translation>Sin conexión: se muestran datos en caché</translation>
        </message>
        <message>
            <source>Stripe can't be reached. Counterfoil keeps retrying in the background.</source>
            <translation>No se puede contactar con Stripe. Counterfoil sigue reintentándolo en segundo plano.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>Deteniendo tras esta página…</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún no sincronizado</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n min ago</source>
            <translation>
                <numerusform>Sincronizado hace %n min</numerusform>
                <numerusform>Sincronizado hace %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at {0}</source>
            <translation>Sincronizado a las {0}</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Sincronizado ahora mismo</translation>
        </message>
        <message>
            <source>Synced {0} {1}</source>
            <translation>Sincronizado el {0} a las {1}</translation>
        </message>
    </context>
    <context>
        <name>TotalsCard</name>
        <message>
            <source>Totals per currency</source>
            <translation>Totales por moneda</translation>
        </message>
        <message>
            <source>Per month at list prices, before discounts and taxes.</source>
            <translation>Por mes a precios de lista, antes de descuentos e impuestos.</translation>
        </message>
        <message>
            <source>Nothing paused.</source>
            <translation>Nada en pausa.</translation>
        </message>
        <message>
            <source>1 subscription</source>
            <translation>1 suscripción</translation>
        </message>
        <message>
            <source>{0} subscriptions</source>
            <translation>{0} suscripciones</translation>
        </message>
        <message>
            <source>{0} / month</source>
            <translation>{0} / mes</translation>
        </message>
        <message>
            <source>{0} of them have metered items, which are not counted.</source>
            <translation>{0} tienen artículos con cobro por consumo, que no se cuentan.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Counterfoil</source>
            <translation>Te damos la bienvenida a Counterfoil</translation>
        </message>
        <message>
            <source>A calm back office for Stripe Billing: the customer portal, branding, customers, Connect and paused collections. Your data is kept in a local cache, so it is fast and still there when you're offline.</source>
            <translation>Un back office tranquilo para Stripe Billing: el portal de clientes, la imagen de marca, los clientes, Connect y los cobros en pausa. Tus datos se guardan en una caché local, así que todo es rápido y sigue disponible sin conexión.</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Probar la demo</translation>
        </message>
        <message>
            <source>Explore with sample customers and subscriptions in a sandbox that runs on this computer. Nothing is sent to Stripe and no key is needed.</source>
            <translation>Explora con clientes y suscripciones de ejemplo en un entorno de prueba que se ejecuta en este ordenador. No se envía nada a Stripe y no hace falta ninguna clave.</translation>
        </message>
        <message>
            <source>Add a Stripe account</source>
            <translation>Añade una cuenta de Stripe</translation>
        </message>
        <message>
            <source>Paste a secret key (sk_…) or a restricted key (rk_…). Counterfoil checks it with Stripe and keeps it in your system keyring, never in a file.</source>
            <translation>Pega una clave secreta (sk_…) o una clave restringida (rk_…). Counterfoil la comprueba con Stripe y la guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
    </context>
    <context>
        <name>_IssueButton</name>
        <message>
            <source>Show this field</source>
            <translation>Mostrar este campo</translation>
        </message>
    </context>
    <context>
        <name>branding</name>
        <message>
            <source>Accent</source>
            <translation>Énfasis</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Branding of every account</source>
            <translation>Imagen de marca de cada cuenta</translation>
        </message>
        <message>
            <source>Complete branding</source>
            <translation>Imagen de marca completa</translation>
        </message>
        <message>
            <source>Destination charges with on_behalf_of: portal sessions are created on your platform with on_behalf_of set to {account}, which brands the portal.</source>
            <translation>Cargos a un destino con on_behalf_of: las sesiones del portal se crean en tu plataforma con on_behalf_of igual a {account}, que aporta la imagen de marca del portal.</translation>
        </message>
        <message>
            <source>Destination charges: the subscriptions live on your platform and pay out to {account}; portal sessions are created on your platform.</source>
            <translation>Cargos a un destino: las suscripciones están en tu plataforma y pagan a {account}; las sesiones del portal se crean en tu plataforma.</translation>
        </message>
        <message>
            <source>Direct charges: the subscriptions live on {account}, and its portal sessions are created with the Stripe-Account header.</source>
            <translation>Cargos directos: las suscripciones están en {account} y sus sesiones del portal se crean con el encabezado Stripe-Account.</translation>
        </message>
        <message>
            <source>Enter a colour as #RRGGBB, for example #0a2540.</source>
            <translation>Introduce un color como #RRGGBB, por ejemplo #0a2540.</translation>
        </message>
        <message>
            <source>Express Dashboard · you control branding</source>
            <translation>Dashboard Express · tú controlas la imagen de marca</translation>
        </message>
        <message>
            <source>Full Dashboard · manages its own branding</source>
            <translation>Dashboard completo · gestiona su propia imagen de marca</translation>
        </message>
        <message>
            <source>Icon and both colours set</source>
            <translation>Icono y ambos colores definidos</translation>
        </message>
        <message>
            <source>No Stripe Dashboard · you control branding</source>
            <translation>Sin Dashboard de Stripe · tú controlas la imagen de marca</translation>
        </message>
        <message>
            <source>No current subscriptions with this account in the cache.</source>
            <translation>No hay suscripciones actuales con esta cuenta en la caché.</translation>
        </message>
        <message>
            <source>Stripe accepts JPEG, PNG or GIF images for {purpose}; this file is {found}.</source>
            <translation>Stripe acepta imágenes JPEG, PNG o GIF para {purpose}; este archivo es {found}.</translation>
        </message>
        <message>
            <source>The file is empty. Choose an image with content.</source>
            <translation>El archivo está vacío. Elige una imagen con contenido.</translation>
        </message>
        <message>
            <source>The file is {size}; Stripe accepts at most 512 KB for files with purpose {purpose}. Export a smaller image (fewer pixels or stronger compression).</source>
            <translation>El archivo ocupa {size}; Stripe acepta como máximo 512 KB para archivos con propósito {purpose}. Exporta una imagen más pequeña (menos píxeles o más compresión).</translation>
        </message>
        <message>
            <source>The file's content is {content} but its name ends in .{ext}; Stripe refuses files whose content and extension disagree. Rename it or export it again.</source>
            <translation>El contenido del archivo es {content}, pero su nombre termina en .{ext}; Stripe rechaza los archivos cuyo contenido y extensión no coinciden. Cámbiale el nombre o vuelve a exportarlo.</translation>
        </message>
        <message>
            <source>The icon is not square ({width}×{height}); the portal crops it to a circle.</source>
            <translation>El icono no es cuadrado ({width}×{height}); el portal lo recorta en un círculo.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels, below Stripe's minimum of 128×128: upload a larger one.</source>
            <translation>El icono mide {width}×{height} píxeles, por debajo del mínimo de Stripe de 128×128: sube uno más grande.</translation>
        </message>
        <message>
            <source>The icon is {width}×{height} pixels: Stripe accepts it, but it can look soft on high-density screens. 512×512 keeps it sharp everywhere.</source>
            <translation>El icono mide {width}×{height} píxeles: Stripe lo acepta, pero puede verse borroso en pantallas de alta densidad. Con 512×512 se ve nítido en todas partes.</translation>
        </message>
        <message>
            <source>The icon must be square; this image is {width}×{height} pixels. Crop it to a square (at least 128×128).</source>
            <translation>El icono debe ser cuadrado; esta imagen mide {width}×{height} píxeles. Recórtala en un cuadrado (al menos 128×128).</translation>
        </message>
        <message>
            <source>The image's width and height cannot be read; the file may be damaged.</source>
            <translation>No se pueden leer el ancho y el alto de la imagen; el archivo puede estar dañado.</translation>
        </message>
        <message>
            <source>The logo is very wide ({width}×{height}); it is shrunk to fit and may be hard to read. Prefer a logo at most 6 times as wide as it is tall.</source>
            <translation>El logotipo es muy ancho ({width}×{height}); se reduce para que quepa y puede ser difícil de leer. Mejor un logotipo como máximo 6 veces más ancho que alto.</translation>
        </message>
        <message>
            <source>The logo is {width}×{height} pixels, below Stripe's minimum of 128×128.</source>
            <translation>El logotipo mide {width}×{height} píxeles, por debajo del mínimo de Stripe de 128×128.</translation>
        </message>
        <message>
            <source>The {kind} must be at least 128×128 pixels; this image is {width}×{height}.</source>
            <translation>El {kind} debe medir al menos 128×128 píxeles; esta imagen mide {width}×{height}.</translation>
        </message>
        <message>
            <source>Their branding: {0} subscriptions · yours: {1}</source>
            <translation>Su imagen de marca: {0} suscripciones · la tuya: {1}</translation>
        </message>
        <message>
            <source>This is your own account. Stripe's API cannot change its branding: change it in the Stripe Dashboard under Settings → Branding. Edits here are a what-if preview and are not saved to Stripe.</source>
            <translation>Esta es tu propia cuenta. La API de Stripe no puede cambiar su imagen de marca: cámbiala en el Dashboard de Stripe, en Configuración → Imagen de marca. Los cambios aquí son una simulación y no se guardan en Stripe.</translation>
        </message>
        <message>
            <source>Your own customers, and customers of destination charges, see this.</source>
            <translation>Esto lo ven tus propios clientes y los clientes de cargos a un destino.</translation>
        </message>
        <message>
            <source>Your platform</source>
            <translation>Tu plataforma</translation>
        </message>
        <message>
            <source>Your platform controls {account}, so its branding is saved through the Accounts API (settings.branding).</source>
            <translation>Tu plataforma controla {account}, así que su imagen de marca se guarda mediante la API de cuentas (settings.branding).</translation>
        </message>
        <message>
            <source>{account} has full Stripe Dashboard access and manages its own branding (Settings → Branding in its Dashboard); the platform may only change its metadata. Edits here are a what-if preview you can share with them.</source>
            <translation>{account} tiene acceso completo al Dashboard de Stripe y gestiona su propia imagen de marca (Configuración → Imagen de marca en su Dashboard); la plataforma solo puede cambiar sus metadatos. Los cambios aquí son una simulación que puedes compartir con ellos.</translation>
        </message>
        <message>
            <source>“{text}” is not a hex colour: use # and six hex digits (0–9, a–f), for example #0a2540.</source>
            <translation>«{text}» no es un color hexadecimal: usa # y seis dígitos hexadecimales (0–9, a–f), por ejemplo #0a2540.</translation>
        </message>
        <message>
            <source>No icon</source>
            <translation>Sin icono</translation>
        </message>
        <message>
            <source>No brand colour</source>
            <translation>Sin color de marca</translation>
        </message>
        <message>
            <source>No accent colour</source>
            <translation>Sin color de énfasis</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{message} (request {request_id})</source>
            <translation>{message} (solicitud {request_id})</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>Another request is changing this object at the same moment. Wait a moment and try again.</source>
            <translation>Otra solicitud está modificando este objeto en este mismo momento. Espera un momento y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Can't reach Stripe. Check your internet connection (and the API address, if you set one) and try again.</source>
            <translation>No se puede conectar con Stripe. Comprueba tu conexión a internet (y la dirección de API, si has indicado una) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Can't reach Stripe: {detail}. Check your internet connection and try again.</source>
            <translation>No se puede conectar con Stripe: {detail}. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Checkout Sessions</source>
            <translation>Sesiones de Checkout</translation>
        </message>
        <message>
            <source>Choose what happens to invoices while collection is paused.</source>
            <translation>Elige qué ocurre con las facturas mientras el cobro está en pausa.</translation>
        </message>
        <message>
            <source>Coupons</source>
            <translation>Cupones</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>Notas de crédito</translation>
        </message>
        <message>
            <source>Customer portal</source>
            <translation>Portal de clientes</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>File {file} is larger than a branding image can be.</source>
            <translation>El archivo {file} es más grande de lo que puede ser una imagen de marca.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Facturas</translation>
        </message>
        <message>
            <source>No key was entered. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>No se ha introducido ninguna clave. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible (el backend configurado, {backend}, guarda las claves en un archivo). Instala y desbloquea GNOME Keyring o KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible (el backend configurado, {backend}, guarda las claves en un archivo). Asegúrate de que el Administrador de credenciales de Windows esté disponible, o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>No secure keyring is available (the configured backend, {backend}, stores keys in a file). Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible (el backend configurado, {backend}, guarda las claves en un archivo). Asegúrate de que el llavero «Inicio de sesión» de macOS esté disponible y desbloqueado, o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible. Instala y desbloquea GNOME Keyring o KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure Windows Credential Manager is available, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible. Asegúrate de que el Administrador de credenciales de Windows esté disponible, o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>No secure keyring is available. Make sure the macOS login Keychain is available and unlocked, or set {variable} for scripted use. Counterfoil never stores keys in a plain file.</source>
            <translation>No hay ningún llavero seguro disponible. Asegúrate de que el llavero «Inicio de sesión» de macOS esté disponible y desbloqueado, o define {variable} para el uso con scripts. Counterfoil nunca guarda las claves en un archivo sin cifrar.</translation>
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
            <translation>Planes</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Precios</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Promotion codes</source>
            <translation>Códigos de promoción</translation>
        </message>
        <message>
            <source>Refusing to send a live-mode key to {address}: live keys only go to Stripe or to this computer. Unset {variable} (or the API address) to use Stripe.</source>
            <translation>No se envía una clave del modo activo a {address}: las claves del modo activo solo van a Stripe o a este ordenador. Elimina {variable} (o la dirección de API) para usar Stripe.</translation>
        </message>
        <message>
            <source>Remove the quotation marks around the key and paste it again.</source>
            <translation>Quita las comillas que rodean la clave y vuelve a pegarla.</translation>
        </message>
        <message>
            <source>Restricted keys can't be used for this at all; use a secret key (sk_…) for this account instead.</source>
            <translation>Las claves restringidas no se pueden usar para esto; usa en su lugar una clave secreta (sk_…) para esta cuenta.</translation>
        </message>
        <message>
            <source>SetupIntents</source>
            <translation>SetupIntents</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error_type}: {detail}).</source>
            <translation>Algo inesperado salió mal ({error_type}: {detail}).</translation>
        </message>
        <message>
            <source>Stripe gives no download address for file {file}.</source>
            <translation>Stripe no proporciona ninguna dirección de descarga para el archivo {file}.</translation>
        </message>
        <message>
            <source>Stripe is limiting how fast this key may make requests. Counterfoil will slow down; try again in a moment.</source>
            <translation>Stripe está limitando la velocidad a la que esta clave puede hacer solicitudes. Counterfoil irá más despacio; vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again.</source>
            <translation>Stripe se negó a repetir una solicitud anterior porque sus detalles cambiaron entretanto. Recarga y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Stripe refused to repeat an earlier request because its details changed in between. Reload and try again. Stripe said: {stripe_message}</source>
            <translation>Stripe se negó a repetir una solicitud anterior porque sus detalles cambiaron entretanto. Recarga y vuelve a intentarlo. Stripe dijo: {stripe_message}</translation>
        </message>
        <message>
            <source>Stripe rejected the request as invalid.</source>
            <translation>Stripe rechazó la solicitud por no ser válida.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}). Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe informó de un error (HTTP {status}). Vuelve a intentarlo; si sigue ocurriendo, consulta status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error (HTTP {status}): {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe informó de un error (HTTP {status}): {stripe_message} Vuelve a intentarlo; si sigue ocurriendo, consulta status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error. Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe informó de un error. Vuelve a intentarlo; si sigue ocurriendo, consulta status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe reported an error: {stripe_message} Try again; if it keeps happening, check status.stripe.com.</source>
            <translation>Stripe informó de un error: {stripe_message} Vuelve a intentarlo; si sigue ocurriendo, consulta status.stripe.com.</translation>
        </message>
        <message>
            <source>Stripe's answer could not be read (HTTP {status}): it is not a JSON object. Try again; if it keeps happening, check status.stripe.com (and the API address, if you set one).</source>
            <translation>No se pudo leer la respuesta de Stripe (HTTP {status}): no es un objeto JSON. Vuelve a intentarlo; si sigue ocurriendo, consulta status.stripe.com (y la dirección de API, si has indicado una).</translation>
        </message>
        <message>
            <source>Stripe's answer did not name an account; is the API address right?</source>
            <translation>La respuesta de Stripe no indicaba ninguna cuenta; ¿es correcta la dirección de API?</translation>
        </message>
        <message>
            <source>Subscription schedules</source>
            <translation>Programaciones de suscripciones</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Suscripciones</translation>
        </message>
        <message>
            <source>Tax rates</source>
            <translation>Tasas impositivas</translation>
        </message>
        <message>
            <source>The API address {address} is not an http(s) URL. Use something like http://127.0.0.1:12111 (or leave it empty to talk to Stripe).</source>
            <translation>La dirección de API {address} no es una URL http(s). Usa algo como http://127.0.0.1:12111 (o déjala vacía para hablar con Stripe).</translation>
        </message>
        <message>
            <source>The API address {address} must not contain '?' or '#'.</source>
            <translation>La dirección de API {address} no debe contener «?» ni «#».</translation>
        </message>
        <message>
            <source>The account list {path} is damaged ({detail}). Repair or delete it and add your accounts again; keys already in the keyring are not affected.</source>
            <translation>La lista de cuentas {path} está dañada ({detail}). Repárala o elimínala y vuelve a añadir tus cuentas; las claves que ya están en el llavero no se ven afectadas.</translation>
        </message>
        <message>
            <source>The key contains characters a Stripe key never has; copy it again. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La clave contiene caracteres que una clave de Stripe nunca tiene; cópiala de nuevo. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>The key contains spaces or line breaks, so it was probably copied together with other text. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>La clave contiene espacios o saltos de línea, así que probablemente se copió junto con otro texto. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>The key for '{name}' is missing from the system keyring. Add the account again with a current key.</source>
            <translation>Falta la clave de «{name}» en el llavero del sistema. Vuelve a añadir la cuenta con una clave vigente.</translation>
        </message>
        <message>
            <source>The resume date must be in the future. Pick a later date, or leave it empty to pause until you resume collection yourself.</source>
            <translation>La fecha de reanudación debe ser futura. Elige una fecha posterior o déjala vacía para pausar hasta que tú reanudes el cobro.</translation>
        </message>
        <message>
            <source>The system keyring accepted the key but did not keep it; check that it is unlocked and working.</source>
            <translation>El llavero del sistema aceptó la clave, pero no la conservó; comprueba que esté desbloqueado y funcione.</translation>
        </message>
        <message>
            <source>The system keyring failed ({error_type}). Make sure it is running and unlocked, then try again.</source>
            <translation>El llavero del sistema falló ({error_type}). Asegúrate de que esté en ejecución y desbloqueado, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it (for example by logging in to your desktop session) and try again.</source>
            <translation>El llavero del sistema está bloqueado. Desbloquéalo (por ejemplo, iniciando sesión en tu escritorio) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The system keyring refused the request: {detail}. Make sure it is running and unlocked, then try again.</source>
            <translation>El llavero del sistema rechazó la solicitud: {detail}. Asegúrate de que esté en ejecución y desbloqueado, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This demo session has ended; start the demo again.</source>
            <translation>Esta sesión de demo ha terminado; vuelve a iniciar la demo.</translation>
        </message>
        <message>
            <source>This doesn't look like a Stripe API key: keys start with sk_live_, sk_test_, rk_live_ or rk_test_. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Esto no parece una clave de API de Stripe: las claves empiezan por sk_live_, sk_test_, rk_live_ o rk_test_. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>This is a publishable key (pk_…), which can't read or change billing data; paste a secret key (sk_…) or restricted key (rk_…) instead.</source>
            <translation>Esto es una clave publicable (pk_…), que no puede leer ni cambiar datos de facturación; pega en su lugar una clave secreta (sk_…) o una clave restringida (rk_…).</translation>
        </message>
        <message>
            <source>This is a webhook signing secret (whsec_…), not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Esto es un secreto de firma de webhook (whsec_…), no una clave de API. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>This is an account or client id, not an API key. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Esto es un ID de cuenta o un ID de cliente de OAuth, no una clave de API. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>This is longer than any Stripe key; it may be several keys pasted together. Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Esto es más largo que cualquier clave de Stripe; puede que se hayan pegado varias claves juntas. Pega una clave secreta (sk_…) o una clave restringida (rk_…) desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>This key is masked or shortened (it contains * or …). Reveal the key in the Stripe Dashboard → Developers → API keys and copy it whole.</source>
            <translation>Esta clave está enmascarada o acortada (contiene * o …). Muestra la clave en el Dashboard de Stripe → Desarrolladores → Claves de API y cópiala entera.</translation>
        </message>
        <message>
            <source>This key is too short; it was probably cut off while copying. Copy it again from the Stripe Dashboard → Developers → API keys.</source>
            <translation>Esta clave es demasiado corta; probablemente se cortó al copiarla. Cópiala de nuevo desde el Dashboard de Stripe → Desarrolladores → Claves de API.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that.</source>
            <translation>Esta clave no tiene permiso para hacer eso.</translation>
        </message>
        <message>
            <source>This key isn't allowed to do that: {stripe_message}</source>
            <translation>Esta clave no tiene permiso para hacer eso: {stripe_message}</translation>
        </message>
        <message>
            <source>This key was rejected by Stripe (revoked or mistyped). Copy a current secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys and add the account again.</source>
            <translation>Stripe rechazó esta clave (revocada o mal escrita). Copia una clave secreta (sk_…) o una clave restringida (rk_…) vigente desde el Dashboard de Stripe → Desarrolladores → Claves de API y vuelve a añadir la cuenta.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{permission}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>A esta clave restringida le falta el permiso «{permission}» ({permission}). Concédeselo a la clave en el Dashboard de Stripe → Desarrolladores → Claves de API o usa una clave que lo tenga.</translation>
        </message>
        <message>
            <source>This restricted key lacks the permission '{resource}: {access}' ({permission}). Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key that has it.</source>
            <translation>A esta clave restringida le falta el permiso «{resource}: {access}» ({permission}). Concédeselo a la clave en el Dashboard de Stripe → Desarrolladores → Claves de API o usa una clave que lo tenga.</translation>
        </message>
        <message>
            <source>Webhook endpoints</source>
            <translation>Endpoints de webhook</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lectura</translation>
        </message>
        <message>
            <source>write</source>
            <translation>escritura</translation>
        </message>
    </context>
    <context>
        <name>panels</name>
        <message>
            <source>Portal configuration</source>
            <translation>Configuración del portal</translation>
        </message>
        <message>
            <source>Decide what your customers can do in the Stripe customer portal.</source>
            <translation>Decide qué pueden hacer tus clientes en el portal de clientes de Stripe.</translation>
        </message>
        <message>
            <source>List, create and edit customer portal configurations</source>
            <translation>Listar, crear y editar configuraciones del portal de clientes</translation>
        </message>
        <message>
            <source>Choose features: payment methods, cancellations, plan switching, invoice history</source>
            <translation>Elegir funcionalidades: métodos de pago, cancelaciones, cambio de plan, historial de facturas</translation>
        </message>
        <message>
            <source>Set the business headline, privacy policy and terms links</source>
            <translation>Definir el titular de la empresa y los enlaces a la política de privacidad y las condiciones</translation>
        </message>
        <message>
            <source>Pick the default configuration and preview the portal for a customer</source>
            <translation>Elegir la configuración predeterminada y previsualizar el portal para un cliente</translation>
        </message>
        <message>
            <source>Branding</source>
            <translation>Imagen de marca</translation>
        </message>
        <message>
            <source>Make the portal, Checkout and invoices look like your business.</source>
            <translation>Haz que el portal, Checkout y las facturas reflejen tu negocio.</translation>
        </message>
        <message>
            <source>Upload an icon and a logo</source>
            <translation>Subir un icono y un logotipo</translation>
        </message>
        <message>
            <source>Set brand and accent colours, with a live preview</source>
            <translation>Definir los colores de marca y de énfasis, con vista previa en directo</translation>
        </message>
        <message>
            <source>Check contrast so buttons stay readable</source>
            <translation>Comprobar el contraste para que los botones sigan siendo legibles</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Find any customer instantly, even offline, from the local cache.</source>
            <translation>Encuentra cualquier cliente al instante, incluso sin conexión, desde la caché local.</translation>
        </message>
        <message>
            <source>Search by name, email or id across every synced customer</source>
            <translation>Buscar por nombre, correo electrónico o ID entre todos los clientes sincronizados</translation>
        </message>
        <message>
            <source>See subscriptions, invoices and payment methods at a glance</source>
            <translation>Ver de un vistazo suscripciones, facturas y métodos de pago</translation>
        </message>
        <message>
            <source>Open a customer portal session for a customer</source>
            <translation>Abrir una sesión del portal de clientes para un cliente</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>See your connected accounts and work on their behalf.</source>
            <translation>Consulta tus cuentas conectadas y trabaja en su nombre.</translation>
        </message>
        <message>
            <source>List connected accounts with their onboarding and payout status</source>
            <translation>Listar las cuentas conectadas con su estado de onboarding y de transferencias</translation>
        </message>
        <message>
            <source>Open an account's portal and branding settings</source>
            <translation>Abrir la configuración del portal y de la imagen de marca de una cuenta</translation>
        </message>
        <message>
            <source>Paused collections</source>
            <translation>Cobros en pausa</translation>
        </message>
        <message>
            <source>Keep track of subscriptions whose payment collection is paused.</source>
            <translation>Sigue las suscripciones cuyo cobro de pagos está en pausa.</translation>
        </message>
        <message>
            <source>List paused subscriptions with how they were paused and until when</source>
            <translation>Listar las suscripciones en pausa, con cómo y hasta cuándo se pausaron</translation>
        </message>
        <message>
            <source>Pause and resume collection, one at a time or in bulk</source>
            <translation>Pausar y reanudar el cobro, de uno en uno o en bloque</translation>
        </message>
    </context>
    <context>
        <name>paused</name>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Charge automatically</source>
            <translation>Cobrar automáticamente</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleta</translation>
        </message>
        <message>
            <source>Incomplete, expired</source>
            <translation>Incompleta, caducada</translation>
        </message>
        <message>
            <source>Invoices marked uncollectible</source>
            <translation>Facturas marcadas como incobrables</translation>
        </message>
        <message>
            <source>Invoices stay drafts</source>
            <translation>Las facturas quedan como borrador</translation>
        </message>
        <message>
            <source>Invoices voided</source>
            <translation>Facturas anuladas</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Conservar como borrador</translation>
        </message>
        <message>
            <source>Mark uncollectible</source>
            <translation>Marcar como incobrable</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagada</translation>
        </message>
        <message>
            <source>Past due</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Send invoice</source>
            <translation>Enviar factura</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately marks it uncollectible: the customer is not charged and no reminders go out. Use this when you don't expect to be paid for the paused periods.</source>
            <translation>Stripe finaliza cada factura y la marca de inmediato como incobrable: no se cobra al cliente ni se envían recordatorios. Úsalo cuando no esperes cobrar los períodos en pausa.</translation>
        </message>
        <message>
            <source>Stripe finalises each invoice and immediately voids it: the paused periods are never billed, as if they were free.</source>
            <translation>Stripe finaliza cada factura y la anula de inmediato: los períodos en pausa nunca se facturan, como si fueran gratuitos.</translation>
        </message>
        <message>
            <source>Stripe keeps creating invoices but leaves them as drafts: nothing is sent or charged. When collection resumes you can finalise and collect them.</source>
            <translation>Stripe sigue creando facturas pero las deja como borrador: no se envía ni se cobra nada. Cuando se reanude el cobro, podrás finalizarlas y cobrarlas.</translation>
        </message>
        <message>
            <source>Trialing</source>
            <translation>En prueba</translation>
        </message>
        <message>
            <source>Uncollectible</source>
            <translation>Incobrable</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Impaga</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>mixed intervals</source>
            <translation>intervalos mixtos</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>≈ {0} / month</source>
            <translation>≈ {0} / mes</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>Void</source>
            <comment>invoice status</comment>
            <translation>Anulada</translation>
        </message>
    </context>
    <context>
        <name>portal_config</name>
        <message>
            <source> ({0} to {1})</source>
            <translation> ({0} a {1})</translation>
        </message>
        <message>
            <source> and ask for a reason</source>
            <translation> y pedir un motivo</translation>
        </message>
        <message>
            <source> with credit for unused time</source>
            <translation> con crédito por el tiempo no usado</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin definir)</translation>
        </message>
        <message>
            <source>1 {0}</source>
            <translation>1 {0}</translation>
        </message>
        <message>
            <source>A pause can last at most three years ({0}).</source>
            <translation>Una pausa puede durar como máximo tres años ({0}).</translation>
        </message>
        <message>
            <source>A pause lasts at least 1 {0}.</source>
            <translation>Una pausa dura al menos 1 {0}.</translation>
        </message>
        <message>
            <source>A plan change starts a new billing period</source>
            <translation>Un cambio de plan inicia un nuevo período de facturación</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Add at least one pause length customers can choose, or let them pause until they resume.</source>
            <translation>Añade al menos una duración de pausa que puedan elegir los clientes o deja que pausen hasta que reanuden.</translation>
        </message>
        <message>
            <source>Ask for a cancellation reason</source>
            <translation>Pedir un motivo de cancelación</translation>
        </message>
        <message>
            <source>At the end of the billing period</source>
            <translation>Al final del período de facturación</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Dirección de facturación</translation>
        </message>
        <message>
            <source>Billing date after a change</source>
            <translation>Fecha de facturación tras un cambio</translation>
        </message>
        <message>
            <source>Business information</source>
            <translation>Información de la empresa</translation>
        </message>
        <message>
            <source>CANNOT MAP</source>
            <translation>NO SE PUEDE ASIGNAR</translation>
        </message>
        <message>
            <source>Can add and change payment methods</source>
            <translation>Pueden añadir y cambiar métodos de pago</translation>
        </message>
        <message>
            <source>Can apply a promotion code when changing plan</source>
            <translation>Pueden aplicar un código promocional al cambiar de plan</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect at the end of the billing period</source>
            <translation>Pueden cancelar; las cancelaciones surten efecto al final del período de facturación</translation>
        </message>
        <message>
            <source>Can cancel; cancellations take effect immediately</source>
            <translation>Pueden cancelar; las cancelaciones surten efecto de inmediato</translation>
        </message>
        <message>
            <source>Can change the quantity</source>
            <translation>Pueden cambiar la cantidad</translation>
        </message>
        <message>
            <source>Can change the quantity of {0}</source>
            <translation>Pueden cambiar la cantidad de {0}</translation>
        </message>
        <message>
            <source>Can pause for {0}</source>
            <translation>Pueden pausar durante {0}</translation>
        </message>
        <message>
            <source>Can pause until they choose to resume</source>
            <translation>Pueden pausar hasta que decidan reanudar</translation>
        </message>
        <message>
            <source>Can see and download past invoices</source>
            <translation>Pueden ver y descargar facturas anteriores</translation>
        </message>
        <message>
            <source>Can sign in on their own with a link sent to their email</source>
            <translation>Pueden iniciar sesión por su cuenta con un enlace enviado a su correo</translation>
        </message>
        <message>
            <source>Can switch between the prices of {0}</source>
            <translation>Pueden cambiar entre los precios de {0}</translation>
        </message>
        <message>
            <source>Can switch between {0}</source>
            <translation>Pueden cambiar entre {0}</translation>
        </message>
        <message>
            <source>Can update their {0}</source>
            <translation>Pueden actualizar su {0}</translation>
        </message>
        <message>
            <source>Cancellation reason</source>
            <translation>Motivo de cancelación</translation>
        </message>
        <message>
            <source>Cancellations</source>
            <translation>Cancelaciones</translation>
        </message>
        <message>
            <source>Cancellations are off, so asking for a cancellation reason has no effect. Turn cancellations on, or stop asking for a reason.</source>
            <translation>Las cancelaciones están desactivadas, así que pedir un motivo no tiene efecto. Activa las cancelaciones o deja de pedir un motivo.</translation>
        </message>
        <message>
            <source>Cannot be mapped:</source>
            <translation>No se puede asignar:</translation>
        </message>
        <message>
            <source>Cannot cancel in the portal</source>
            <translation>No pueden cancelar en el portal</translation>
        </message>
        <message>
            <source>Cannot change payment methods</source>
            <translation>No pueden cambiar los métodos de pago</translation>
        </message>
        <message>
            <source>Cannot change the quantity</source>
            <translation>No pueden cambiar la cantidad</translation>
        </message>
        <message>
            <source>Cannot change their name, email or addresses</source>
            <translation>No pueden cambiar su nombre, correo electrónico ni direcciones</translation>
        </message>
        <message>
            <source>Cannot pause</source>
            <translation>No pueden pausar</translation>
        </message>
        <message>
            <source>Cannot see past invoices</source>
            <translation>No pueden ver facturas anteriores</translation>
        </message>
        <message>
            <source>Cannot switch plans or change quantities</source>
            <translation>No pueden cambiar de plan ni de cantidad</translation>
        </message>
        <message>
            <source>Cannot switch to another plan</source>
            <translation>No pueden cambiar a otro plan</translation>
        </message>
        <message>
            <source>Changing plan during a trial</source>
            <translation>Cambio de plan durante una prueba gratuita</translation>
        </message>
        <message>
            <source>Changing plan during a trial ends the trial</source>
            <translation>Cambiar de plan durante una prueba gratuita la termina</translation>
        </message>
        <message>
            <source>Changing plan during a trial keeps the trial</source>
            <translation>Cambiar de plan durante una prueba gratuita la mantiene</translation>
        </message>
        <message>
            <source>Choose what customers can change (plan, quantity or promotion codes), or turn plan changes off.</source>
            <translation>Elige qué pueden cambiar los clientes (plan, cantidad o códigos promocionales) o desactiva los cambios de plan.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Configuration {0} in the file has no settings.</source>
            <translation>La configuración {0} del archivo no tiene ajustes.</translation>
        </message>
        <message>
            <source>Configuration “{0}”</source>
            <translation>Configuración «{0}»</translation>
        </message>
        <message>
            <source>Credit and invoice at once (not allowed for cancellations)</source>
            <translation>Acreditar y facturar de inmediato (no permitido en cancelaciones)</translation>
        </message>
        <message>
            <source>Credit for unused time on cancellation</source>
            <translation>Crédito por el tiempo no usado al cancelar</translation>
        </message>
        <message>
            <source>Credit the unused time</source>
            <translation>Acreditar el tiempo no usado</translation>
        </message>
        <message>
            <source>Credit the unused time (immediate cancellations only)</source>
            <translation>Acreditar el tiempo no usado (solo cancelaciones inmediatas)</translation>
        </message>
        <message>
            <source>Custom feedback options</source>
            <translation>Opciones de comentarios personalizadas</translation>
        </message>
        <message>
            <source>Customer information</source>
            <translation>Información del cliente</translation>
        </message>
        <message>
            <source>Customer service was less than expected</source>
            <translation>El servicio al cliente no estuvo a la altura</translation>
        </message>
        <message>
            <source>Customers can cancel subscriptions</source>
            <translation>Los clientes pueden cancelar suscripciones</translation>
        </message>
        <message>
            <source>Customers can change the quantity</source>
            <translation>Los clientes pueden cambiar la cantidad</translation>
        </message>
        <message>
            <source>Customers can change their plan</source>
            <translation>Los clientes pueden cambiar de plan</translation>
        </message>
        <message>
            <source>Customers can choose between at most {0} products; this lists {1}. Remove {2}.</source>
            <translation>Los clientes pueden elegir entre {0} productos como máximo; aquí hay {1}. Elimina {2}.</translation>
        </message>
        <message>
            <source>Customers can pause subscriptions</source>
            <translation>Los clientes pueden pausar suscripciones</translation>
        </message>
        <message>
            <source>Customers can update payment methods</source>
            <translation>Los clientes pueden actualizar métodos de pago</translation>
        </message>
        <message>
            <source>Customers can update their information</source>
            <translation>Los clientes pueden actualizar su información</translation>
        </message>
        <message>
            <source>Customers can update their information, but no item is ticked, so there is nothing they can change. Tick what they may update, or turn this off.</source>
            <translation>Los clientes pueden actualizar su información, pero no hay nada marcado, así que no pueden cambiar nada. Marca lo que pueden actualizar o desactiva esta opción.</translation>
        </message>
        <message>
            <source>Customers paying in {0} can't switch between products whose prices have different tax behaviour ({1}).</source>
            <translation>Los clientes que pagan en {0} no pueden cambiar entre productos cuyos precios tienen distinto comportamiento fiscal ({1}).</translation>
        </message>
        <message>
            <source>Customers will be asked why they cancel but offered no reason to pick. Tick at least one reason.</source>
            <translation>Se preguntará a los clientes por qué cancelan, pero no se les ofrecerá ningún motivo. Marca al menos un motivo.</translation>
        </message>
        <message>
            <source>Don't prorate</source>
            <translation>No prorratear</translation>
        </message>
        <message>
            <source>Downgrades and shorter billing periods start at the end of the period</source>
            <translation>Los cambios a planes inferiores y a períodos más cortos empiezan al final del período</translation>
        </message>
        <message>
            <source>Downgrades start at the end of the period</source>
            <translation>Los cambios a planes inferiores empiezan al final del período</translation>
        </message>
        <message>
            <source>Ease of use was less than expected</source>
            <translation>Fue menos fácil de usar de lo esperado</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>End the trial and charge now</source>
            <translation>Terminar la prueba gratuita y cobrar ahora</translation>
        </message>
        <message>
            <source>Every metadata entry needs a key.</source>
            <translation>Cada entrada de metadatos necesita una clave.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Funcionalidades</translation>
        </message>
        <message>
            <source>For one of the lengths below</source>
            <translation>Durante una de las duraciones siguientes</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>How long customers can pause</source>
            <translation>Cuánto tiempo pueden pausar los clientes</translation>
        </message>
        <message>
            <source>I don't use the service enough</source>
            <translation>No uso el servicio lo suficiente</translation>
        </message>
        <message>
            <source>I'm switching to a different service</source>
            <translation>Me cambio a otro servicio</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>De inmediato</translation>
        </message>
        <message>
            <source>Information customers can update</source>
            <translation>Información que pueden actualizar los clientes</translation>
        </message>
        <message>
            <source>Invoice history</source>
            <translation>Historial de facturas</translation>
        </message>
        <message>
            <source>It's too expensive</source>
            <translation>Es demasiado caro</translation>
        </message>
        <message>
            <source>Keep the current billing date</source>
            <translation>Mantener la fecha de facturación actual</translation>
        </message>
        <message>
            <source>Keep the trial going</source>
            <translation>Mantener la prueba gratuita</translation>
        </message>
        <message>
            <source>Login page</source>
            <translation>Página de inicio de sesión</translation>
        </message>
        <message>
            <source>Login page link</source>
            <translation>Enlace de la página de inicio de sesión</translation>
        </message>
        <message>
            <source>Manage downgrades</source>
            <translation>Gestionar cambios a planes inferiores</translation>
        </message>
        <message>
            <source>Maximum quantity</source>
            <translation>Cantidad máxima</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadatos</translation>
        </message>
        <message>
            <source>Metadata keys can't contain square brackets: “{0}”.</source>
            <translation>Las claves de metadatos no pueden contener corchetes: «{0}».</translation>
        </message>
        <message>
            <source>Metadata “{0}”</source>
            <translation>Metadatos «{0}»</translation>
        </message>
        <message>
            <source>Minimum quantity</source>
            <translation>Cantidad mínima</translation>
        </message>
        <message>
            <source>Moves to a shorter billing period start at the end of the period</source>
            <translation>Los cambios a un período de facturación más corto empiezan al final del período</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Name (only you see it)</source>
            <translation>Nombre (solo lo ves tú)</translation>
        </message>
        <message>
            <source>No credit</source>
            <translation>Sin crédito</translation>
        </message>
        <message>
            <source>Number of units</source>
            <translation>Número de unidades</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>No</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Order of the products offered</source>
            <translation>Orden de los productos ofrecidos</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Otro motivo</translation>
        </message>
        <message>
            <source>Pause length</source>
            <translation>Duración de la pausa</translation>
        </message>
        <message>
            <source>Pause lengths offered</source>
            <translation>Duraciones de pausa ofrecidas</translation>
        </message>
        <message>
            <source>Pausing</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <source>Payment method configuration</source>
            <translation>Configuración de métodos de pago</translation>
        </message>
        <message>
            <source>Payment method configuration {0} belongs to the source account; the target account's default payment methods are used instead</source>
            <translation>La configuración de métodos de pago {0} pertenece a la cuenta de origen; se usan en su lugar los métodos de pago predeterminados de la cuenta de destino</translation>
        </message>
        <message>
            <source>Payment methods</source>
            <translation>Métodos de pago</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Pick a product.</source>
            <translation>Elige un producto.</translation>
        </message>
        <message>
            <source>Pick at least one price of {0} for customers to switch to.</source>
            <translation>Elige al menos un precio de {0} al que puedan cambiar los clientes.</translation>
        </message>
        <message>
            <source>Pick at least one product that customers can switch between, or turn plan changes off.</source>
            <translation>Elige al menos un producto entre el que puedan cambiar los clientes o desactiva los cambios de plan.</translation>
        </message>
        <message>
            <source>Plan changes</source>
            <translation>Cambios de plan</translation>
        </message>
        <message>
            <source>Plan changes are not prorated</source>
            <translation>Los cambios de plan no se prorratean</translation>
        </message>
        <message>
            <source>Plan changes are off, so the products and options below have no effect (they are kept for when you turn plan changes on).</source>
            <translation>Los cambios de plan están desactivados, así que los productos y opciones de abajo no tienen efecto (se conservan para cuando los actives).</translation>
        </message>
        <message>
            <source>Plan changes are prorated and invoiced at once</source>
            <translation>Los cambios de plan se prorratean y se facturan de inmediato</translation>
        </message>
        <message>
            <source>Plan changes are prorated on the next invoice</source>
            <translation>Los cambios de plan se prorratean en la próxima factura</translation>
        </message>
        <message>
            <source>Plan changes are turned off: none of the products could be mapped</source>
            <translation>Los cambios de plan se desactivan: no se pudo asignar ninguno de los productos</translation>
        </message>
        <message>
            <source>Plan changes take effect immediately</source>
            <translation>Los cambios de plan surten efecto de inmediato</translation>
        </message>
        <message>
            <source>Plan changes › {0}</source>
            <translation>Cambios de plan › {0}</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Precios</translation>
        </message>
        <message>
            <source>Privacy policy link</source>
            <translation>Enlace a la política de privacidad</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Products and prices offered</source>
            <translation>Productos y precios ofrecidos</translation>
        </message>
        <message>
            <source>Prorate and invoice immediately</source>
            <translation>Prorratear y facturar de inmediato</translation>
        </message>
        <message>
            <source>Prorate plan changes</source>
            <translation>Prorratear los cambios de plan</translation>
        </message>
        <message>
            <source>Prorate, charge on the next invoice</source>
            <translation>Prorratear, cobrar en la próxima factura</translation>
        </message>
        <message>
            <source>Quality was less than expected</source>
            <translation>La calidad no estuvo a la altura</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Reach the portal only through a link from your app</source>
            <translation>Acceden al portal solo mediante un enlace desde tu aplicación</translation>
        </message>
        <message>
            <source>Reasons customers can pick</source>
            <translation>Motivos que pueden elegir los clientes</translation>
        </message>
        <message>
            <source>Return link</source>
            <translation>Enlace de retorno</translation>
        </message>
        <message>
            <source>Return to {0} when they leave</source>
            <translation>Vuelven a {0} al salir</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Dirección de envío</translation>
        </message>
        <message>
            <source>Show invoice history</source>
            <translation>Mostrar historial de facturas</translation>
        </message>
        <message>
            <source>Some features are missing</source>
            <translation>Faltan algunas funcionalidades</translation>
        </message>
        <message>
            <source>Start a new billing period on the day of the change</source>
            <translation>Iniciar un nuevo período de facturación el día del cambio</translation>
        </message>
        <message>
            <source>Stripe does not allow invoicing the credit at once when a customer cancels (“always_invoice”). Choose “{0}” or “{1}”.</source>
            <translation>Stripe no permite facturar el crédito de inmediato cuando un cliente cancela («always_invoice»). Elige «{0}» o «{1}».</translation>
        </message>
        <message>
            <source>Stripe keeps at most {0} metadata entries; this has {1}.</source>
            <translation>Stripe guarda como máximo {0} entradas de metadatos; aquí hay {1}.</translation>
        </message>
        <message>
            <source>Switch plan</source>
            <translation>Cambiar de plan</translation>
        </message>
        <message>
            <source>Tax IDs</source>
            <translation>Identificaciones fiscales</translation>
        </message>
        <message>
            <source>Terms of service link</source>
            <translation>Enlace a las condiciones del servicio</translation>
        </message>
        <message>
            <source>The export lists no configurations.</source>
            <translation>La exportación no contiene configuraciones.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {0}</source>
            <translation>El archivo no es JSON válido: {0}</translation>
        </message>
        <message>
            <source>The maximum quantity must be at least 1 and not below the minimum.</source>
            <translation>La cantidad máxima debe ser al menos 1 y no inferior a la mínima.</translation>
        </message>
        <message>
            <source>The metadata key “{0}” is longer than {1} characters.</source>
            <translation>La clave de metadatos «{0}» tiene más de {1} caracteres.</translation>
        </message>
        <message>
            <source>The minimum quantity can't be below 0.</source>
            <translation>La cantidad mínima no puede ser inferior a 0.</translation>
        </message>
        <message>
            <source>The price {0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>El precio {0} no está en el catálogo sincronizado de esta cuenta. Sincroniza o deja que Stripe lo compruebe al guardar.</translation>
        </message>
        <message>
            <source>The value of “{0}” is longer than {1} characters.</source>
            <translation>El valor de «{0}» tiene más de {1} caracteres.</translation>
        </message>
        <message>
            <source>This doesn't look like a payment method configuration ID (those start with pmc_); Stripe will refuse it if it doesn't exist. Leave it empty to use your default payment methods.</source>
            <translation>No parece un ID de configuración de métodos de pago (empiezan por pmc_); Stripe lo rechazará si no existe. Déjalo vacío para usar tus métodos de pago predeterminados.</translation>
        </message>
        <message>
            <source>This export was made by a newer Counterfoil (format version {0}).</source>
            <translation>Esta exportación la hizo un Counterfoil más reciente (versión de formato {0}).</translation>
        </message>
        <message>
            <source>This is not a complete web address. Write the full link, starting with https:// (for example https://example.com/terms).</source>
            <translation>No es una dirección web completa. Escribe el enlace completo, empezando por https:// (por ejemplo https://example.com/terms).</translation>
        </message>
        <message>
            <source>This is not a portal configuration export from Counterfoil.</source>
            <translation>No es una exportación de configuraciones del portal de Counterfoil.</translation>
        </message>
        <message>
            <source>This link starts with http://. Use https:// so customers' browsers don't warn them that the page is not secure.</source>
            <translation>Este enlace empieza por http://. Usa https:// para que los navegadores de los clientes no avisen de que la página no es segura.</translation>
        </message>
        <message>
            <source>This pause length is offered twice.</source>
            <translation>Esta duración de pausa se ofrece dos veces.</translation>
        </message>
        <message>
            <source>This price is listed twice.</source>
            <translation>Este precio aparece dos veces.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Until they resume</source>
            <translation>Hasta que reanuden</translation>
        </message>
        <message>
            <source>Unused time can only be credited when cancellations take effect immediately; at the end of the period there is no unused time. Choose “Immediately” above, or “No credit”.</source>
            <translation>El tiempo no usado solo se puede acreditar cuando las cancelaciones surten efecto de inmediato; al final del período no queda tiempo sin usar. Elige «De inmediato» arriba o «Sin crédito».</translation>
        </message>
        <message>
            <source>Update quantities</source>
            <translation>Actualizar cantidades</translation>
        </message>
        <message>
            <source>Updating customer information is off, so the items ticked below have no effect. Turn it on to let customers change them.</source>
            <translation>La actualización de la información del cliente está desactivada, así que lo marcado abajo no tiene efecto. Actívala para que los clientes puedan cambiarlo.</translation>
        </message>
        <message>
            <source>Updating payment methods is off, so the payment method configuration has no effect. Turn it on, or clear the configuration.</source>
            <translation>La actualización de métodos de pago está desactivada, así que la configuración de métodos de pago no tiene efecto. Actívala o borra la configuración.</translation>
        </message>
        <message>
            <source>Use promotion codes</source>
            <translation>Usar códigos promocionales</translation>
        </message>
        <message>
            <source>Wait until the end of the period when</source>
            <translation>Esperar al final del período cuando</translation>
        </message>
        <message>
            <source>What customers can change</source>
            <translation>Qué pueden cambiar los clientes</translation>
        </message>
        <message>
            <source>When a cancellation takes effect</source>
            <translation>Cuándo surte efecto una cancelación</translation>
        </message>
        <message>
            <source>custom amount</source>
            <translation>importe personalizado</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diario</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>every {0}</source>
            <translation>cada {0}</translation>
        </message>
        <message>
            <source>fixed quantity</source>
            <translation>cantidad fija</translation>
        </message>
        <message>
            <source>lookup key</source>
            <translation>clave de búsqueda</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensual</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>name, amount, period and currency</source>
            <translation>nombre, importe, período y moneda</translation>
        </message>
        <message>
            <source>no price with this lookup key, or this product name, amount, period and currency, in the target account</source>
            <translation>ningún precio con esta clave de búsqueda, ni con este nombre de producto, importe, período y moneda, en la cuenta de destino</translation>
        </message>
        <message>
            <source>no prices</source>
            <translation>sin precios</translation>
        </message>
        <message>
            <source>offers no products (nothing to map)</source>
            <translation>no ofrece productos (nada que asignar)</translation>
        </message>
        <message>
            <source>one time</source>
            <translation>una vez</translation>
        </message>
        <message>
            <source>quantity {0}–{1}</source>
            <translation>cantidad {0}–{1}</translation>
        </message>
        <message>
            <source>tax added</source>
            <translation>impuestos añadidos</translation>
        </message>
        <message>
            <source>tax behaviour not set</source>
            <translation>comportamiento fiscal sin definir</translation>
        </message>
        <message>
            <source>tax included</source>
            <translation>impuestos incluidos</translation>
        </message>
        <message>
            <source>the billing period gets shorter</source>
            <translation>el período de facturación se acorta</translation>
        </message>
        <message>
            <source>the export has no details of this price</source>
            <translation>la exportación no tiene detalles de este precio</translation>
        </message>
        <message>
            <source>the plan gets cheaper (downgrade)</source>
            <translation>el plan es más barato (plan inferior)</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>semanal</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>anual</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <source>{0} ({1}): none of its prices could be mapped, so it is left out</source>
            <translation>{0} ({1}): no se pudo asignar ninguno de sus precios, así que se omite</translation>
        </message>
        <message>
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} y {1}</translation>
        </message>
        <message>
            <source>{0} every {1}</source>
            <translation>{0} cada {1}</translation>
        </message>
        <message>
            <source>{0} has no tax behaviour set (“unspecified”). Stripe doesn't let customers switch to or from such a price. Set it to inclusive or exclusive in Stripe.</source>
            <translation>{0} no tiene definido el comportamiento fiscal («unspecified»). Stripe no permite a los clientes cambiar a ni desde un precio así. Defínelo como inclusive o exclusive en Stripe.</translation>
        </message>
        <message>
            <source>{0} has prices with different tax behaviour ({1}). Customers can only switch to a price with the same tax behaviour as their current one.</source>
            <translation>{0} tiene precios con distinto comportamiento fiscal ({1}). Los clientes solo pueden cambiar a un precio con el mismo comportamiento fiscal que el actual.</translation>
        </message>
        <message>
            <source>{0} has two prices billed by the {1} in {2}: {3} and {4}. The portal allows one price per billing interval and currency for each product; remove one, or offer it as a separate product.</source>
            <translation>{0} tiene dos precios facturados por {1} en {2}: {3} y {4}. El portal permite un precio por intervalo de facturación y moneda para cada producto; elimina uno u ofrécelo como producto aparte.</translation>
        </message>
        <message>
            <source>{0} is a one-time price. Customers can only switch to prices that renew (monthly, yearly…).</source>
            <translation>{0} es un precio único. Los clientes solo pueden cambiar a precios que se renuevan (mensuales, anuales…).</translation>
        </message>
        <message>
            <source>{0} is a price of {1}, not of {2}. Move it to its own product.</source>
            <translation>{0} es un precio de {1}, no de {2}. Muévelo a su propio producto.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe, so customers can't switch to it. Remove it, or reactivate the product in Stripe first.</source>
            <translation>{0} está archivado en Stripe, así que los clientes no pueden cambiar a él. Elimínalo o reactiva antes el producto en Stripe.</translation>
        </message>
        <message>
            <source>{0} is archived in Stripe. Only active prices can be offered; remove it or reactivate it in Stripe.</source>
            <translation>{0} está archivado en Stripe. Solo se pueden ofrecer precios activos; elimínalo o reactívalo en Stripe.</translation>
        </message>
        <message>
            <source>{0} is listed twice. List each product once, with all the prices customers can pick.</source>
            <translation>{0} aparece dos veces. Incluye cada producto una sola vez, con todos los precios que pueden elegir los clientes.</translation>
        </message>
        <message>
            <source>{0} is not in this account's synced catalogue. Sync, or let Stripe check it when you save.</source>
            <translation>{0} no está en el catálogo sincronizado de esta cuenta. Sincroniza o deja que Stripe lo compruebe al guardar.</translation>
        </message>
        <message>
            <source>{0} is usage-based. Customers on a usage-based price can only cancel in the portal, not change plan.</source>
            <translation>{0} es por consumo. Los clientes con un precio por consumo solo pueden cancelar en el portal, no cambiar de plan.</translation>
        </message>
        <message>
            <source>{0} one time</source>
            <translation>{0} una vez</translation>
        </message>
        <message>
            <source>{0} or {1}</source>
            <translation>{0} o {1}</translation>
        </message>
        <message>
            <source>{0} prices of the target account match; make its lookup key unique</source>
            <translation>Coinciden {0} precios de la cuenta de destino; haz que su clave de búsqueda sea única</translation>
        </message>
        <message>
            <source>{0}: price {1} ({2}) — {3}</source>
            <translation>{0}: precio {1} ({2}) — {3}</translation>
        </message>
        <message>
            <source>{0}: price {1} maps to a different product ({2}) than the others ({3}), so it is left out</source>
            <translation>{0}: el precio {1} se asigna a un producto distinto ({2}) que los demás ({3}), así que se omite</translation>
        </message>
        <message>
            <source>“Update quantities” is not ticked for plan changes, so customers can't change the quantity of {0}.</source>
            <translation>«Actualizar cantidades» no está marcado en los cambios de plan, así que los clientes no pueden cambiar la cantidad de {0}.</translation>
        </message>
        <message>
            <source>“{0}” has no value, so Stripe will not keep it. Give it a value, or remove the entry.</source>
            <translation>«{0}» no tiene valor, así que Stripe no lo conservará. Dale un valor o elimina la entrada.</translation>
        </message>
        <message>
            <source>“{0}” is not a value Stripe accepts for “{1}”. Choose one of: {2}.</source>
            <translation>«{0}» no es un valor que Stripe acepte para «{1}». Elige uno de estos: {2}.</translation>
        </message>
    </context>
</TS>
