"""The GDPR duties as features (issue 14): subject access (art. 15), erasure (art. 17),
rectification (art. 16), retention (art. 5(1)(e)) and the DPO's register (art. 30).

A composition package like `fieldapp.catalogue`: what is held about one person crosses
every area, so this package may import casework, renovation, neighbourhood and
supervision; no area imports it.
"""
