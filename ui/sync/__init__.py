"""The desktop side of synchronisation (issue 4): what the user sees of the sync engine.

    controller.SyncController   runs rounds in the background (timer, reconnection, saves, F5)
    status_widget.SyncStatusWidget   the status bar: online, waiting, last sync, conflicts
    conflicts_dialog.ConflictsDialog  both versions field by field; mine, theirs or merged
    history_dialog.HistoryDialog      every revision of a record (engine.history)
    account_page.ServerAccountPage    first run against a server: enrol or second laptop
    outcomes                          locked-offline page, log in again, withdrawn device
    hookup.SyncHookup                 ties it to the app at unlock and lock

The engine (``sync.engine``) never runs on the UI thread: network rounds go to the task
runner's general pool, cheap vault reads (status, conflicts) to its database worker.
"""
