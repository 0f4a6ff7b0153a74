"""The supervisor's workspace (issue 7): caseload per worker and site, case files with
review notes, reassignment, indicators with charts and exports, team and keys.

    workspace.SupervisorWorkspace   tabs Caseload (Ctrl+1), Indicators (Ctrl+2), Team (Ctrl+3)
    caseload_view.CaseloadView      groups (worker / site) → their case files; Enter opens
    reassign_dialog.ReassignDialog  leave cover: the chosen case files to another worker
    case_page.SupervisedCasePage    the existing case view + the review notes panel
    indicators_view.IndicatorsView  period and site, charts, PDF / CSV / anonymised CSV
    team_view.TeamView              members, codes checked in person, grants, devices, audit
"""
