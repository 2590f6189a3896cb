<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConfigActions</name>
        <message numerus="yes">
            <source>Exported %n configuration(s).</source>
            <translation>
                <numerusform>Exported %n configuration.</numerusform>
                <numerusform>Exported %n configurations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Connect</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectPanel</name>
        <message numerus="yes">
            <source>%Ln connected</source>
            <translation>
                <numerusform>%Ln connected</numerusform>
                <numerusform>%Ln connected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln deauthorized</source>
            <translation>
                <numerusform>%Ln deauthorized</numerusform>
                <numerusform>%Ln deauthorized</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not listed</source>
            <translation>
                <numerusform>%Ln not listed</numerusform>
                <numerusform>%Ln not listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n platform subscription(s) still running after disconnecting. Disconnecting cancels nothing.</source>
            <translation>
                <numerusform>{0}: %n platform subscription still running after disconnecting. Disconnecting cancels nothing.</numerusform>
                <numerusform>{0}: %n platform subscriptions still running after disconnecting. Disconnecting cancels nothing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomersPanel</name>
        <message numerus="yes">
            <source>%Ln customer(s) in the local cache, searchable offline</source>
            <translation>
                <numerusform>%Ln customer in the local cache, searchable offline</numerusform>
                <numerusform>%Ln customers in the local cache, searchable offline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>There is no customer {0} on Stripe (asked %n account(s)).</source>
            <translation>
                <numerusform>There is no customer {0} on Stripe (asked %n account).</numerusform>
                <numerusform>There is no customer {0} on Stripe (asked %n accounts).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisconnectedAccountsDialog</name>
        <message numerus="yes">
            <source>{0} ({1}) disconnected{2}: %n platform subscription(s) running.</source>
            <translation>
                <numerusform>{0} ({1}) disconnected{2}: %n platform subscription running.</numerusform>
                <numerusform>{0} ({1}) disconnected{2}: %n platform subscriptions running.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direct subscription(s) still run on its own account; only it can cancel those now.</source>
            <translation>
                <numerusform>%n direct subscription still runs on its own account; only it can cancel it now.</numerusform>
                <numerusform>%n direct subscriptions still run on its own account; only it can cancel those now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>Cancel %n subscription…</numerusform>
                <numerusform>Cancel %n subscriptions…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) now? They end immediately and send no more invoices. This cannot be undone.</source>
            <translation>
                <numerusform>Cancel %n subscription now? It ends immediately and sends no more invoices. This cannot be undone.</numerusform>
                <numerusform>Cancel %n subscriptions now? They end immediately and send no more invoices. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s) of disconnected accounts</source>
            <translation>
                <numerusform>Cancel %n subscription of disconnected accounts</numerusform>
                <numerusform>Cancel %n subscriptions of disconnected accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln canceled</source>
            <translation>
                <numerusform>%Ln canceled</numerusform>
                <numerusform>%Ln canceled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln had already ended</source>
            <translation>
                <numerusform>%Ln had already ended</numerusform>
                <numerusform>%Ln had already ended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln failed</numerusform>
                <numerusform>%Ln failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n configuration(s): {0}</source>
            <translation>
                <numerusform>%n configuration: {0}</numerusform>
                <numerusform>%n configurations: {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n configuration(s)</source>
            <translation>
                <numerusform>%n configuration</numerusform>
                <numerusform>%n configurations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PausedCollectionsPanel</name>
        <message numerus="yes">
            <source>Pause collection ({0}) on %n subscription(s)</source>
            <translation>
                <numerusform>Pause collection ({0}) on %n subscription</numerusform>
                <numerusform>Pause collection ({0}) on %n subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume collection on %n subscription(s)</source>
            <translation>
                <numerusform>Resume collection on %n subscription</numerusform>
                <numerusform>Resume collection on %n subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Looked up pause dates: %n new event(s) from Stripe.</source>
            <translation>
                <numerusform>Looked up pause dates: %n new event from Stripe.</numerusform>
                <numerusform>Looked up pause dates: %n new events from Stripe.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortalConfigurationPanel</name>
        <message numerus="yes">
            <source>%n problem(s) to fix first; saving shows where.</source>
            <translation>
                <numerusform>%n problem to fix first; saving shows where.</numerusform>
                <numerusform>%n problems to fix first; saving shows where.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>Nothing was sent. Fix %n problem(s) first; each message is next to its field, and the list on the right takes you there.</source>
            <translation>
                <numerusform>Nothing was sent. Fix %n problem first; each message is next to its field, and the list on the right takes you there.</numerusform>
                <numerusform>Nothing was sent. Fix %n problems first; each message is next to its field, and the list on the right takes you there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save %n change(s) to the portal configuration “{0}”</source>
            <translation>
                <numerusform>Save %n change to the portal configuration “{0}”</numerusform>
                <numerusform>Save %n changes to the portal configuration “{0}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln subscription(s)</source>
            <translation>
                <numerusform>%Ln subscription</numerusform>
                <numerusform>%Ln subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invoice(s)</source>
            <translation>
                <numerusform>%Ln invoice</numerusform>
                <numerusform>%Ln invoices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln product</numerusform>
                <numerusform>%Ln products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln price(s)</source>
            <translation>
                <numerusform>%Ln price</numerusform>
                <numerusform>%Ln prices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln payment method(s)</source>
            <translation>
                <numerusform>%Ln payment method</numerusform>
                <numerusform>%Ln payment methods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln portal configuration(s)</source>
            <translation>
                <numerusform>%Ln portal configuration</numerusform>
                <numerusform>%Ln portal configurations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln connected account(s)</source>
            <translation>
                <numerusform>%Ln connected account</numerusform>
                <numerusform>%Ln connected accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n min ago</source>
            <translation>
                <numerusform>Synced %n min ago</numerusform>
                <numerusform>Synced %n min ago</numerusform>
            </translation>
        </message>
    </context>
</TS>
