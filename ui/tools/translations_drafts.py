"""Dutch and French of unsaved text kept as drafts: the dialog that offers it back after a
crash or a quit, and the kinds of text it names (context "drafts").

Vocabulary: ontwerp / brouillon, verslag / note (GLOSSARY), bewaren / enregistrer.
"""

from __future__ import annotations

_D = "RecoveredDraftsDialog"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    (_D, "Unsaved text kept for you"): (
        "Niet-bewaarde tekst voor je bijgehouden", "Texte non enregistré conservé pour vous"),
    (_D, "FieldApp did not close properly last time. What you were typing was kept "
         "encrypted on this laptop: open it to finish it, or discard it."): (
        "FieldApp werd de vorige keer niet correct afgesloten. Wat je aan het typen was, werd "
        "versleuteld op deze laptop bewaard: open het om het af te werken, of gooi het weg.",
        "FieldApp ne s'est pas fermé correctement la dernière fois. Ce que vous tapiez a été "
        "conservé, chiffré, sur cet ordinateur : ouvrez-le pour le terminer, ou supprimez-le."),
    (_D, "You left text unsaved last time. It was kept encrypted on this laptop: open it to "
         "finish it, or discard it."): (
        "Je liet de vorige keer tekst onbewaard achter. Die werd versleuteld op deze laptop "
        "bewaard: open hem om hem af te werken, of gooi hem weg.",
        "Vous avez laissé du texte non enregistré la dernière fois. Il a été conservé, chiffré, "
        "sur cet ordinateur : ouvrez-le pour le terminer, ou supprimez-le."),
    (_D, "&Open"): ("&Openen", "&Ouvrir"),
    (_D, "&Discard…"): ("&Weggooien…", "&Supprimer…"),
    (_D, "&Later"): ("&Later", "&Plus tard"),
    (_D, "Unsaved texts"): ("Niet-bewaarde teksten", "Textes non enregistrés"),
    (_D, "Unsaved text"): ("Niet-bewaarde tekst", "Texte non enregistré"),
    (_D, "{what}, kept {when}"): ("{what} · ontwerp van {when}", "{what} · brouillon du {when}"),
    (_D, "Discard unsaved text"): ("Niet-bewaarde tekst weggooien",
                                   "Supprimer le texte non enregistré"),
    (_D, "Delete this unsaved text for good? It cannot be brought back."): (
        "Deze niet-bewaarde tekst definitief verwijderen? Hij kan niet teruggehaald worden.",
        "Supprimer définitivement ce texte non enregistré ? Il ne pourra pas être récupéré."),
    ("FormDrafts", "Restored from your unsaved draft."): (
        "Hersteld uit je niet-bewaarde ontwerp.",
        "Texte restauré depuis votre brouillon non enregistré."),
    ("drafts", "A case note"): ("Een verslag", "Une note"),
    ("drafts", "A remark in an inventory"): ("Een opmerking in een plaatsbeschrijving",
                                             "Une remarque dans un état des lieux"),
    ("drafts", "A review note"): ("Een supervisienota", "Une note de supervision"),
    ("drafts", "A form"): ("Een formulier", "Un formulaire"),
    ("drafts", "A follow-up"): ("Een opvolging", "Un suivi"),
    ("drafts", "A referral"): ("Een doorverwijzing", "Une orientation"),
    ("drafts", "The outcome of a referral"): ("Het resultaat van een doorverwijzing",
                                              "Le résultat d'une orientation"),
    ("drafts", "A planned home visit"): ("Een gepland huisbezoek", "Une visite à domicile prévue"),
    ("drafts", "A home-visit note"): ("Een verslag van een huisbezoek",
                                      "Une note de visite à domicile"),
    ("drafts", "An intervention"): ("Een interventie", "Une intervention"),
    ("drafts", "A hand-off to the social assistant"): (
        "Een doorgave aan de maatschappelijk assistent",
        "Une transmission à l'assistant(e) social(e)"),
    ("drafts", "A request"): ("Een melding", "Une demande"),
    ("drafts", "A refusal to sign"): ("Een weigering om te tekenen", "Un refus de signer"),
    ("drafts", "An addendum to an inventory"): ("Een addendum bij een plaatsbeschrijving",
                                                "Un addendum à un état des lieux"),
    ("drafts", "A refused access"): ("Een geweigerde toegang", "Un accès refusé"),
    ("drafts", "An information session"): ("Een infovergadering", "Une séance d'information"),
}
