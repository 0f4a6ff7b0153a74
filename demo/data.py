"""Fictitious but realistic material for the demo vault: Brussels social-housing sites,
names of the city's communities, and case-note templates in Dutch and French.

Every person and household is invented; any likeness to real people is chance.
"""

from __future__ import annotations

# code, name, municipality, postcode, latitude, longitude, streets
SITES = [
    ("anneessens", "Anneessens", "Brussel", "1000", 50.8447, 4.3453,
     ["Anneessensplein", "Rue de la Philanthropie", "Lombardsijde"]),
    ("peterbos", "Peterbos", "Anderlecht", "1070", 50.8327, 4.2856,
     ["Peterbospark", "Avenue Marius Renard"]),
    ("hunderenveld", "Hunderenveld", "Sint-Agatha-Berchem", "1082", 50.8681, 4.2872,
     ["Hunderenveldlaan", "Rue des Alcyons"]),
    ("ransfort", "Ransfort", "Molenbeek-Saint-Jean", "1080", 50.8540, 4.3301,
     ["Rue Ransfort", "Rue de Ribaucourt"]),
    ("querelle", "Querelle", "Brussel", "1000", 50.8371, 4.3441,
     ["Rue de la Querelle", "Rue des Tanneurs"]),
    ("bon-air", "Bon Air", "Anderlecht", "1070", 50.8172, 4.2851,
     ["Rue Jean Baptiste Van Ryswyck", "Route de Lennik"]),
    ("modelwijk", "Modelwijk", "Laken", "1020", 50.8871, 4.3332,
     ["Modelwijk", "Avenue de l'Exposition"]),
    ("versailles", "Versailles", "Neder-Over-Heembeek", "1120", 50.9003, 4.3882,
     ["Avenue de Versailles", "Rue François Vekemans"]),
]

WORKERS = ["Sarah Janssens", "Karim Benali", "Sophie Dubois", "Lotte Peeters", "Yasmine Haddad"]

# community -> (surnames, first names, household language)
COMMUNITIES = {
    "flemish": (["Peeters", "Janssens", "Maes", "De Smet", "Willems", "Claes", "Wouters",
                 "Goossens", "Mertens", "Van den Broeck"],
                ["Jan", "Els", "Koen", "An", "Tom", "Lies", "Wim", "Marleen", "Jef", "Ine"], "nl"),
    "francophone": (["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lefèvre", "Renard",
                     "Hermans", "Lemaire", "Gilson"],
                    ["Marie", "Luc", "Chantal", "Michel", "Nathalie", "Pierre", "Amélie",
                     "Thierry", "Sylvie", "Benoît"], "fr"),
    "moroccan": (["El Amrani", "Benali", "Bouzid", "El Idrissi", "Ait Ouali", "Ziani",
                  "Lahlou", "Chaoui", "Bennani", "El Khattabi"],
                 ["Mohamed", "Fatima", "Youssef", "Khadija", "Said", "Nadia", "Hamza", "Samira",
                  "Bilal", "Imane"], "fr"),
    "turkish": (["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
                ["Mehmet", "Ayşe", "Emre", "Zeynep", "Mustafa", "Elif", "Hasan", "Fatma"], "nl"),
    "congolese": (["Mukendi", "Kalonji", "Ilunga", "Tshibanda", "Mbuyi", "Kasongo",
                   "Lukusa", "Nzuzi"],
                  ["Grâce", "Patrick", "Divine", "Jean-Claude", "Espérance", "Christian",
                   "Merveille", "Serge"], "fr"),
    "polish": (["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowska"],
               ["Piotr", "Anna", "Tomasz", "Katarzyna", "Marek", "Agnieszka"], "nl"),
    "romanian": (["Popescu", "Ionescu", "Popa", "Dumitru", "Stan"],
                 ["Andrei", "Elena", "Mihai", "Ioana", "Florin"], "fr"),
    "syrian": (["Haddad", "Al-Khatib", "Khoury", "Darwish", "Nasser"],
               ["Omar", "Rania", "Ahmad", "Lina", "Yara"], "fr"),
}
COMMUNITY_WEIGHTS = {"flemish": 12, "francophone": 22, "moroccan": 26, "turkish": 10,
                     "congolese": 12, "polish": 6, "romanian": 6, "syrian": 6}

NL = {
    "office_hours": [
        "{who} kwam naar de permanentie met een brief van {org} over {topic}. Samen de brief "
        "gelezen en uitgelegd wat er moet gebeuren.",
        "Permanentie: {who} vraagt hulp bij {topic}. Documenten gekopieerd, volgende stap is "
        "contact met {org}.",
    ],
    "office_interview": [
        "Gesprek op kantoor met {who} over {topic}. De huurachterstand bedraagt nu {amount} euro; "
        "een afbetalingsplan van {plan} euro per maand werd voorgesteld.",
        "Opvolggesprek: {who} vertelt dat de situatie rond {topic} stabiel is. Afgesproken om "
        "binnen {weeks} weken opnieuw te zien.",
    ],
    "home_visit": [
        "Huisbezoek bij {who}. Vochtprobleem in de {room} vastgesteld; melding aan de technische "
        "dienst. Gezin maakt zich ook zorgen over {topic}.",
        "Huisbezoek: woning netjes, {who} vraagt een mutatie naar een kleinere woning. Uitleg "
        "gegeven over de procedure en de wachttijd.",
    ],
    "phone_call": [
        "Telefoon van {who}: vraag over {topic}. Doorverwezen naar {org}, afspraak gemaakt.",
        "Gebeld met {org} over het dossier van {who}; zij nemen contact op over {topic}.",
    ],
    "letter_email": [
        "Mail gestuurd naar {org} met de gevraagde documenten over {topic}.",
        "Brief van {org} ontvangen over {topic}; kopie aan {who} bezorgd.",
    ],
}
FR = {
    "office_hours": [
        "{who} est passé(e) à la permanence avec un courrier de {org} concernant {topic}. "
        "Lecture du courrier ensemble et explication des démarches.",
        "Permanence : {who} demande de l'aide pour {topic}. Documents copiés, prochaine étape : "
        "prise de contact avec {org}.",
    ],
    "office_interview": [
        "Entretien au bureau avec {who} au sujet de {topic}. L'arriéré de loyer s'élève à "
        "{amount} euros ; un plan d'apurement de {plan} euros par mois a été proposé.",
        "Entretien de suivi : {who} explique que la situation concernant {topic} s'est "
        "stabilisée. Nouveau rendez-vous dans {weeks} semaines.",
    ],
    "home_visit": [
        "Visite à domicile chez {who}. Humidité constatée dans la {room} ; signalement au "
        "service technique. La famille s'inquiète aussi de {topic}.",
        "Visite à domicile : logement bien entretenu, {who} demande une mutation vers un "
        "logement plus petit. Explication de la procédure et des délais.",
    ],
    "phone_call": [
        "Appel de {who} : question concernant {topic}. Orientation vers {org}, rendez-vous pris.",
        "Appel au {org} au sujet du dossier de {who} ; ils reprendront contact pour {topic}.",
    ],
    "letter_email": [
        "Courriel envoyé au {org} avec les documents demandés concernant {topic}.",
        "Courrier reçu du {org} concernant {topic} ; copie remise à {who}.",
    ],
}
TOPICS_NL = ["de huurachterstand", "de energiefactuur", "schulden bij een incassobureau",
             "de schoolinschrijving van de kinderen", "een burenconflict", "de aanvraag leefloon",
             "de verlenging van de verblijfsvergunning", "psychische problemen", "de mutatie",
             "het onderhoud van de woning"]
TOPICS_FR = ["l'arriéré de loyer", "la facture d'énergie", "des dettes auprès d'un huissier",
             "l'inscription scolaire des enfants", "un conflit de voisinage",
             "la demande de revenu d'intégration", "le titre de séjour", "la santé mentale",
             "la demande de mutation", "l'entretien du logement"]
ORGS_NL = ["het OCMW", "het CAW", "Budget In Zicht", "de boekhouding", "de mutualiteit",
           "het centrum geestelijke gezondheidszorg"]
ORGS_FR = ["CPAS", "CAW", "service de médiation de dettes", "service comptabilité",
           "centre de santé mentale", "service juridique"]
ROOMS_NL = ["badkamer", "slaapkamer", "keuken"]
ROOMS_FR = ["salle de bain", "chambre", "cuisine"]
WHO_NL = ["mevrouw", "meneer", "het gezin", "de dochter"]
WHO_FR = ["Madame", "Monsieur", "la famille", "la fille aînée"]
FOLLOWUPS_NL = ["Terugbellen over afbetalingsplan", "Documenten OCMW nakijken",
                "Opvolgen melding technische dienst", "Afspraak CAW bevestigen"]
FOLLOWUPS_FR = ["Rappeler pour le plan d'apurement", "Vérifier les documents CPAS",
                "Suivre le signalement au service technique", "Confirmer le rendez-vous CAW"]
